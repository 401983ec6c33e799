//! `kehoach check` and `kehoach import` as a user runs them: the JSON keys
//! of the README, the exit codes, and a draft file the app opens.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kehoach(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .output()
        .expect("kehoach runs")
}

fn seed(prefix: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    std::fs::read_dir(dir)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .expect("seed")
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-import-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn check_json_has_the_documented_keys_and_exit_codes() {
    let letter = seed("002_");
    let plan = seed("001_");
    let out = kehoach(&[
        "check",
        "--json",
        "--as-of",
        "2022-04-01",
        plan.to_str().unwrap(),
        letter.to_str().unwrap(),
    ]);
    // The plan copy lost its header: error findings, exit 1.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let files = v.as_array().expect("array");
    assert_eq!(files.len(), 2);
    for f in files {
        for key in [
            "file",
            "document",
            "header",
            "title",
            "subject",
            "kind",
            "citations",
            "sections",
            "unplaced",
            "findings",
            "completeness",
        ] {
            assert!(f.get(key).is_some(), "{key} in {f}");
        }
        for key in [
            "parent_body",
            "issuer",
            "number",
            "symbol",
            "place",
            "date",
            "date_line",
        ] {
            assert!(f["header"].get(key).is_some(), "header.{key}");
        }
    }
    let p = &files[0];
    assert_eq!(p["document"], "plan");
    assert_eq!(p["kind"], "annual");
    assert_eq!(p["header"]["date"], "2022-03-24");
    assert_eq!(p["header"]["number"], serde_json::Value::Null, "no Số line");
    let c = &p["citations"][0];
    for key in ["type", "number", "symbol", "date", "issuer", "subject"] {
        assert!(c.get(key).is_some(), "citations[].{key}");
    }
    assert_eq!(c["symbol"], "KH-BVSTBPN");
    assert_eq!(c["date"], "2022-03-11");
    assert_eq!(p["sections"][0]["id"], "targets");
    let f = &p["findings"][0];
    for key in ["rule", "severity", "section", "message", "excerpt"] {
        assert!(f.get(key).is_some(), "findings[].{key}");
    }
    assert_eq!(files[1]["document"], "letter");
    assert_eq!(files[1]["completeness"], serde_json::Value::Null);

    // Only the letter: no error finding, exit 0.
    let out = kehoach(&["check", letter.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    // An unreadable file: still reported, exit 2.
    let pdf = tmp("scan.pdf", b"%PDF-1.4 ...");
    let out = kehoach(&[
        "check",
        "--json",
        pdf.to_str().unwrap(),
        letter.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v[0]["error"].as_str().expect("message").contains("PDF"));
    assert_eq!(v[1]["document"], "letter");
    // Usage errors: exit 2.
    assert_eq!(kehoach(&["check"]).status.code(), Some(2));
    assert_eq!(
        kehoach(&["check", "--as-of", "24/3/2022", "x.txt"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn import_writes_a_draft_file_the_app_reads() {
    let out_path = std::env::temp_dir().join(format!("kehoach-import-{}.json", std::process::id()));
    let out = kehoach(&[
        "import",
        seed("004_").to_str().unwrap(),
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&out_path).expect("draft written");
    let drafts =
        kehoach_bdg::domain::draft::import_file(&bytes).expect("the app's importer reads it");
    assert_eq!(drafts.len(), 1);
    let plan = &drafts[0].1;
    assert_eq!(plan.basis[0].number, "112");
    assert_eq!(plan.assignments.len(), 2);
    assert_eq!(plan.reports.len(), 2);
    let _ = std::fs::remove_file(out_path);
}
