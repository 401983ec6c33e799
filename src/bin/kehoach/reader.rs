//! `kehoach check` and `kehoach import`: the reader of src/domain/import
//! on the command line, for an education office checking many plans and
//! for scripts. The JSON of `check --json` is [`FileReport`], documented
//! in the README.

use kehoach_bdg::domain::catalogue::Catalogue;
use kehoach_bdg::domain::checklist::Severity;
use kehoach_bdg::domain::draft::{default_name, export_file, DraftMeta};
use kehoach_bdg::domain::import::summary::FileReport;
use kehoach_bdg::domain::import::{check as check_doc, read, DocumentKind, Imported};
use kehoach_bdg::domain::Date;
use std::process::ExitCode;

/// A failure of `import`, with the exit code it maps to (as in `native`).
pub(crate) enum Failure {
    Usage(String),
    Run(String),
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("{msg}\n\n{}", super::native::USAGE);
    ExitCode::from(2)
}

/// `kehoach check FILE... [--json] [--as-of YYYY-MM-DD]`.
pub(crate) fn check(args: &[String]) -> ExitCode {
    let mut files = Vec::new();
    let mut json = false;
    let mut as_of = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--as-of" => {
                let Some(v) = it.next() else {
                    return usage("thiếu ngày sau / missing the date after --as-of");
                };
                match Date::parse_iso(v) {
                    Ok(d) => as_of = Some(d),
                    Err(_) => {
                        return usage(&format!(
                            "ngày không hợp lệ, cần YYYY-MM-DD / invalid date, use YYYY-MM-DD: {v}"
                        ))
                    }
                }
            }
            s if s.starts_with("--") => {
                return usage(&format!("tùy chọn không rõ / unknown option: {s}"))
            }
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        return usage("thiếu tệp cần kiểm tra / missing the files to check");
    }
    let as_of = as_of.or_else(today);
    let mut reports = Vec::new();
    let mut unreadable = false;
    for file in &files {
        match read_file(file) {
            Ok(docs) => {
                let many = docs.len() > 1;
                for (n, doc) in docs.iter().enumerate() {
                    let name = if many {
                        format!("{file}#{}", n + 1)
                    } else {
                        file.clone()
                    };
                    let checked = check_doc(&doc.recognised, Catalogue::builtin(), as_of);
                    reports.push(FileReport::new(&name, &doc.recognised, &checked));
                }
            }
            Err(message) => {
                unreadable = true;
                reports.push(FileReport::unreadable(file, message));
            }
        }
    }
    let out = if json {
        match serde_json::to_string_pretty(&reports) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("lỗi / error: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        table(&reports)
    };
    // A closed pipe (`| head`) is not an error of the check.
    use std::io::Write;
    let _ = std::io::stdout().write_all(out.as_bytes());
    if unreadable {
        ExitCode::from(2)
    } else if reports.iter().any(FileReport::has_error) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `kehoach import FILE -o draft.json`.
pub(crate) fn import(args: &[String]) -> Result<(), Failure> {
    let mut input = None;
    let mut output = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => {
                output = Some(it.next().cloned().ok_or_else(|| {
                    Failure::Usage("thiếu tên tệp sau / missing the file after -o".into())
                })?)
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure::Usage(format!(
                    "tùy chọn không rõ / unknown option: {s}"
                )))
            }
            s if input.is_none() => input = Some(s.to_string()),
            s => {
                return Err(Failure::Usage(format!(
                    "thừa tham số / unexpected argument: {s}"
                )))
            }
        }
    }
    let input =
        input.ok_or_else(|| Failure::Usage("thiếu tệp kế hoạch / missing the plan file".into()))?;
    let output = output.ok_or_else(|| {
        Failure::Usage("thiếu -o <bản-nháp.json> / missing -o <draft.json>".into())
    })?;
    let docs = read_file(&input).map_err(Failure::Run)?;
    for doc in &docs {
        match doc.recognised.document {
            DocumentKind::Plan => {}
            DocumentKind::Letter => eprintln!(
                "lưu ý: {input} là một công văn, không phải kế hoạch / note: {input} is a letter (công văn), not a plan"
            ),
            DocumentKind::Unknown => eprintln!(
                "lưu ý: không nhận ra {input} là kế hoạch; phần chưa xếp được vẫn được giữ trong bản nháp \
                 / note: {input} was not recognised as a plan; what could not be placed is kept in the draft"
            ),
        }
    }
    let now = now_iso();
    let drafts: Vec<(DraftMeta, _)> = docs
        .into_iter()
        .enumerate()
        .map(|(n, doc)| {
            let plan = doc.recognised.plan;
            let checked = kehoach_bdg::domain::checklist::evaluate(&plan);
            let meta = DraftMeta {
                id: format!("import-{}", n + 1),
                name: default_name(&plan),
                kind: plan.kind,
                saved_at: now.clone(),
                completeness: checked.completeness,
            };
            (meta, plan)
        })
        .collect();
    let text = export_file(&drafts, &now);
    let written = if output == "-" {
        use std::io::Write;
        std::io::stdout().write_all(text.as_bytes())
    } else {
        std::fs::write(&output, text)
    };
    written.map_err(|e| Failure::Run(format!("không ghi được tệp {output}: {e}")))
}

/// The documents of a file ("-" is standard input), or what to tell the user.
fn read_file(file: &str) -> Result<Vec<Imported>, String> {
    let bytes = match super::native::read_input(file) {
        Ok(b) => b,
        Err(super::native::Failure::Run(m) | super::native::Failure::Usage(m)) => return Err(m),
    };
    read(&bytes).map_err(|e| e.to_string())
}

/// One line per file, then its findings.
fn table(reports: &[FileReport]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<32} {:<8} {:<20} {:<10} {:>5} {:>4} {:>4}",
        "tệp / file", "loại", "số, ký hiệu", "ngày", "đủ %", "lỗi", "cảnh"
    );
    for r in reports {
        let number = match (&r.header.number, &r.header.symbol) {
            (Some(n), Some(s)) => format!("{n}/{s}"),
            (Some(n), None) => n.clone(),
            _ => "—".into(),
        };
        let kind = match r.document {
            DocumentKind::Plan => "kế hoạch",
            DocumentKind::Letter => "công văn",
            DocumentKind::Unknown => "?",
        };
        let count = |sev: Severity| r.findings.iter().filter(|f| f.severity == sev).count();
        let _ = writeln!(
            out,
            "{:<32} {:<8} {:<20} {:<10} {:>5} {:>4} {:>4}",
            r.file,
            kind,
            number,
            r.header.date.as_deref().unwrap_or("—"),
            r.completeness.map_or("—".to_string(), |c| c.to_string()),
            count(Severity::Error),
            count(Severity::Warning),
        );
    }
    for r in reports {
        let _ = writeln!(out, "\n{}", r.file);
        if let Some(e) = &r.error {
            let _ = writeln!(out, "  không đọc được / unreadable: {e}");
        }
        for f in &r.findings {
            let sev = match f.severity {
                Severity::Error => "lỗi",
                Severity::Warning => "cảnh báo",
                Severity::Hint => "gợi ý",
            };
            let _ = writeln!(
                out,
                "  [{sev}] {} ({}): {}",
                f.rule,
                f.section.code(),
                f.message
            );
        }
        if !r.unplaced.is_empty() {
            let _ = writeln!(
                out,
                "  {} đoạn chưa xếp vào mục nào / paragraphs not placed",
                r.unplaced.len()
            );
        }
    }
    out
}

/// Today (UTC) from the system clock.
fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let (y, m, d) = civil(secs / 86_400);
    Date::new(y, m, d)
}

fn now_iso() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil(secs / 86_400);
    let t = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Days since 1970-01-01 → (year, month, day) (H. Hinnant's civil_from_days).
fn civil(days: u64) -> (u16, u8, u8) {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as u16, m as u8, d as u8)
}
