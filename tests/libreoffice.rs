//! The .docx as a word processor sees it: every fixture plan is converted
//! to PDF by LibreOffice, then checked with poppler's `pdfinfo` and
//! `pdftotext`; page 1 is rendered to PNG under `target/` for a human look.
//!
//! Without `libreoffice` on the PATH the test prints a notice and passes,
//! unless `KEHOACH_REQUIRE_LIBREOFFICE=1` (set it in CI images that have
//! it). LibreOffice runs with its own throw-away profile so it never meets
//! a user's or another test's running instance.
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::draft::import_file;
use kehoach_bdg::domain::export::layout::{layout, Block, Kind};
use kehoach_bdg::domain::export::to_docx;
use kehoach_bdg::domain::plan::Plan;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use unicode_normalization::UnicodeNormalization;

/// LibreOffice's first start builds its profile and can take a minute on a
/// busy machine.
const TIMEOUT: Duration = Duration::from_secs(300);

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Runs a command to completion or kills it after `TIMEOUT`.
fn run(cmd: &mut Command) -> std::process::Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A fixture file: a draft file or envelope, or a bare plan JSON.
fn load(path: &Path) -> Plan {
    let bytes = std::fs::read(path).unwrap();
    if let Ok(mut plans) = import_file(&bytes) {
        return plans.remove(0).1;
    }
    let mut plan: Plan = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    plan.normalize();
    plan
}

/// The first text of each kind the PDF must show, from the layout itself.
fn expected(plan: &Plan, kind: Kind) -> Option<String> {
    fn find(blocks: &[Block], kind: Kind) -> Option<String> {
        blocks.iter().find_map(|b| match b {
            Block::Para(p) if p.kind == kind => Some(p.text()),
            Block::Columns(c) => c
                .rows
                .iter()
                .flat_map(|row| row.iter())
                .find_map(|cell| find(cell, kind)),
            _ => None,
        })
    }
    find(&layout(plan).blocks, kind).filter(|t| !t.trim().is_empty())
}

/// Page-count range per known fixture; others only need to be sane.
fn page_range(name: &str) -> (u32, u32) {
    match name {
        "th-annual-2024" => (3, 5),
        "phong-bdg-tre-em-2025" => (3, 5),
        _ => (1, 40),
    }
}

/// pdftotext breaks words and lines at will: compare without whitespace,
/// in NFC.
fn squash(s: &str) -> String {
    s.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// Fails unless every needle occurs in `hay`, each after the previous.
fn assert_in_order(what: &str, hay: &str, needles: &[String]) {
    let hay = squash(hay);
    let mut from = 0;
    for n in needles {
        let n = squash(n);
        match hay[from..].find(&n) {
            Some(at) => from += at + n.len(),
            None => panic!("{what}: {n:?} missing or out of order in\n{hay}"),
        }
    }
}

#[test]
fn fixtures_convert_to_pdf_with_the_decree_layout() {
    if !on_path("libreoffice") {
        if std::env::var("KEHOACH_REQUIRE_LIBREOFFICE").as_deref() == Ok("1") {
            panic!("libreoffice is not on the PATH but KEHOACH_REQUIRE_LIBREOFFICE=1");
        }
        eprintln!("skipped: libreoffice is not on the PATH (set KEHOACH_REQUIRE_LIBREOFFICE=1 to require it)");
        return;
    }
    for tool in ["pdfinfo", "pdftotext", "pdftoppm"] {
        assert!(
            on_path(tool),
            "{tool} (poppler-utils) is needed with libreoffice"
        );
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lo");
    std::fs::create_dir_all(&out).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut cases: Vec<(String, Plan, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let plan = load(&path);
        let docx = out.join(format!("{name}.docx"));
        let bytes = to_docx(&plan).unwrap();
        eprintln!("{name}.docx: {} bytes", bytes.len());
        std::fs::write(&docx, bytes).unwrap();
        let _ = std::fs::remove_file(out.join(format!("{name}.pdf")));
        cases.push((name, plan, docx));
    }
    assert!(cases.len() >= 2, "the fixture plans are missing");
    cases.sort_by(|a, b| a.0.cmp(&b.0));

    let profile = out.join("profile");
    let mut lo = Command::new("libreoffice");
    lo.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ))
    .args([
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
    ])
    .arg(&out)
    .args(cases.iter().map(|(_, _, docx)| docx));
    let o = run(&mut lo);
    assert!(
        o.status.success(),
        "libreoffice failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );

    for (name, plan, _) in &cases {
        let pdf = out.join(format!("{name}.pdf"));
        assert!(pdf.is_file(), "{name}: no PDF was written");
        let info = run(Command::new("pdfinfo").arg(&pdf));
        let info = String::from_utf8_lossy(&info.stdout).to_string();
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("{name}: no page count in\n{info}"));
        let (lo_pages, hi_pages) = page_range(name);
        assert!(
            (lo_pages..=hi_pages).contains(&pages),
            "{name}: {pages} pages, expected {lo_pages}–{hi_pages}"
        );
        assert!(
            info.contains("595.") && info.contains("841."),
            "{name}: A4: {info}"
        );

        let text = run(Command::new("pdftotext").arg(&pdf).arg("-"));
        let text = String::from_utf8_lossy(&text.stdout).to_string();
        let get = |k: Kind| expected(plan, k);
        // pdftotext reads each header column as a block, so the order is
        // checked per column, then across the page.
        let left: Vec<String> = [Kind::ParentBody, Kind::Issuer, Kind::Number]
            .into_iter()
            .filter_map(get)
            .collect();
        assert_in_order(&format!("{name} left header"), &text, &left);
        let right: Vec<String> = [Kind::QuocHieu, Kind::TieuNgu, Kind::DateLine]
            .into_iter()
            .filter_map(get)
            .collect();
        assert_eq!(right.len(), 3);
        // The Tiêu ngữ sits on its rule, and pdftotext may read it after the
        // date line: only its presence is checked.
        let (qh, tn, date) = (&right[0], &right[1], &right[2]);
        assert_in_order(
            &format!("{name} right header"),
            &text,
            &[qh.clone(), date.clone()],
        );
        assert!(squash(&text).contains(&squash(tn)), "{name}: Tiêu ngữ");
        for head in left.iter().chain(&right) {
            let page: Vec<String> = [
                Some(head.clone()),
                get(Kind::DocName),
                get(Kind::Subject),
                get(Kind::SignerName),
            ]
            .into_iter()
            .flatten()
            .collect();
            assert_in_order(&format!("{name} page order"), &text, &page);
        }
        // The first page has no page number, the second one has "2".
        let page = |n: u32| {
            let o = run(Command::new("pdftotext")
                .args(["-f", &n.to_string(), "-l", &n.to_string()])
                .arg(&pdf)
                .arg("-"));
            String::from_utf8_lossy(&o.stdout).to_string()
        };
        let first_line = |s: &str| {
            s.lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim()
                .to_string()
        };
        assert_ne!(
            first_line(&page(1)),
            "1",
            "{name}: page 1 must not be numbered"
        );
        let second = page(2);
        if pages > 1 && !squash(&second).starts_with("Phụlục") {
            assert_eq!(first_line(&second), "2", "{name}: page 2 is numbered");
        }

        let png = out.join(format!("{name}-p1"));
        let o = run(Command::new("pdftoppm")
            .args(["-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile"])
            .arg(&pdf)
            .arg(&png));
        assert!(o.status.success(), "{name}: pdftoppm failed");
        eprintln!("{name}: {pages} pages, page 1 at {}.png", png.display());
    }
}
