//! Files a real word processor wrote: the fixture plans exported by us,
//! opened and saved again by LibreOffice as .docx (its own XML: run
//! properties, revision ids, its table markup) read back to the same plan;
//! saved as .doc (Word 97) they get the "save as .docx" message.
//!
//! Without `libreoffice` on the PATH the test prints a notice and passes,
//! unless `KEHOACH_REQUIRE_LIBREOFFICE=1` (as in tests/libreoffice.rs).
#![cfg(not(target_arch = "wasm32"))]

use kehoach_bdg::domain::export::to_docx;
use kehoach_bdg::domain::import::{read, ReadError};
use kehoach_bdg::domain::plan::Plan;
use std::path::Path;
use std::process::{Command, Stdio};

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// What LibreOffice must not change.
fn fields(p: &Plan) -> Vec<String> {
    let mut out = vec![
        p.header.issuer.to_uppercase(),
        p.header.number.clone(),
        p.header.issuer_abbr.clone(),
        format!("{:?}", p.header.date),
        p.title.subject.clone(),
        format!("{:?}", p.signer),
        p.recipients.join("|"),
    ];
    out.extend(
        p.basis
            .iter()
            .map(|c| format!("{}/{} {:?}", c.number, c.symbol, c.date)),
    );
    out.extend(p.assignments.iter().map(|a| a.role.clone()));
    out.extend(p.reports.iter().map(|r| format!("{:?}", r.date)));
    out.extend(p.tasks().map(|t| t.text.clone()));
    out
}

#[test]
fn libreoffice_saved_docx_reads_like_ours_and_its_doc_is_refused() {
    if !on_path("libreoffice") {
        if std::env::var("KEHOACH_REQUIRE_LIBREOFFICE").as_deref() == Ok("1") {
            panic!("libreoffice is not on the PATH but KEHOACH_REQUIRE_LIBREOFFICE=1");
        }
        eprintln!("skipped: libreoffice is not on the PATH");
        return;
    }
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lo-import");
    let ours = out.join("ours");
    std::fs::create_dir_all(&ours).expect("dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&fixtures).expect("fixtures") {
        let path = entry.expect("entry").path();
        let mut plan: Plan =
            serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("plan");
        plan.normalize();
        let name = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .to_string();
        std::fs::write(
            ours.join(format!("{name}.docx")),
            to_docx(&plan).expect("docx"),
        )
        .expect("write");
        names.push(name);
    }
    let profile = out.join("profile");
    for (format, dir) in [
        ("docx:MS Word 2007 XML", "resaved"),
        ("doc:MS Word 97", "doc"),
    ] {
        let status = Command::new("libreoffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                format,
                "--outdir",
            ])
            .arg(out.join(dir))
            .args(names.iter().map(|n| ours.join(format!("{n}.docx"))))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("libreoffice runs");
        assert!(status.success(), "libreoffice --convert-to {format}");
    }
    for name in &names {
        let read_one = |p: &Path| read(&std::fs::read(p).expect("converted file"));
        let ours = read_one(&ours.join(format!("{name}.docx")))
            .expect("ours")
            .remove(0);
        let resaved = read_one(&out.join("resaved").join(format!("{name}.docx")))
            .expect("LibreOffice's .docx")
            .remove(0);
        assert_eq!(
            fields(&resaved.recognised.plan),
            fields(&ours.recognised.plan),
            "{name}"
        );
        assert_eq!(
            resaved.recognised.plan.unplaced, ours.recognised.plan.unplaced,
            "{name}"
        );
        let doc = read_one(&out.join("doc").join(format!("{name}.doc")));
        assert_eq!(doc.err(), Some(ReadError::OldWord), "{name}.doc");
    }
}
