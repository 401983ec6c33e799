//! `kehoach`: the native command-line tool, for batch work and for tests.
//!
//! ```text
//! kehoach export draft.json [-o plan.docx|-] [--format docx|html|txt] [--plan N]
//! kehoach check FILE... [--json] [--as-of YYYY-MM-DD]
//! kehoach import FILE -o draft.json
//! kehoach strings
//! ```
//!
//! Native only: the browser build has no files to read, so on wasm32 the
//! binary is an empty `main`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::run(std::env::args().skip(1).collect())
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "kehoach/reader.rs"]
mod reader;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use kehoach_bdg::domain::draft::{import_file, ImportError};
    use kehoach_bdg::domain::export::Format;
    use kehoach_bdg::domain::plan::Plan;
    use std::io::{Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    pub(crate) const USAGE: &str = "Cách dùng / usage:
  kehoach export <bản-nháp.json> [-o <tệp>|-] [--format docx|html|txt] [--plan <n>]
      xuất kế hoạch ra .docx (mặc định), trang HTML để in hoặc văn bản thuần
      export the plan as .docx (default), a printable HTML page or plain text
      <bản-nháp.json>  tệp bản nháp tải về từ ứng dụng, một bản nháp, hoặc JSON
                       của một kế hoạch; \"-\" để đọc từ đầu vào chuẩn
                       a draft file downloaded from the app, one stored draft,
                       or a bare plan JSON; \"-\" reads standard input
      -o <tệp>         tệp kết quả, \"-\" để ghi ra đầu ra chuẩn; mặc định đặt
                       tên theo kế hoạch, ví dụ KH-BDG-2024-truong-th-thinh-quang.docx
                       output file, \"-\" for standard output; by default named
                       after the plan
      --format         docx | html | txt; mặc định theo đuôi tệp của -o, hoặc docx
                       default: from the -o extension, else docx
      --plan <n>       chọn bản nháp thứ n khi tệp có nhiều bản nháp (đếm từ 1)
                       pick the n-th draft of a file holding several (from 1)
  kehoach check <tệp>... [--json] [--as-of YYYY-MM-DD]
      đọc và kiểm tra kế hoạch (.docx, .txt, bản nháp .json, \"-\" = đầu vào chuẩn)
      read and check plans (.docx, .txt, draft .json, \"-\" = standard input)
      --json           một mảng JSON, mỗi tệp một đối tượng (xem README)
                       one JSON array, one object per file (see the README)
      --as-of <ngày>   \"hôm nay\" cho các quy tắc theo ngày (mặc định: hôm nay)
                       \"today\" for date-dependent rules (default: today)
      mã thoát: 0 không tệp nào có lỗi; 1 có tệp có lỗi; 2 sai lệnh hoặc có tệp
      không đọc được / exit: 0 no file has an error finding; 1 one has; 2 usage
      error or an unreadable file (every file is still reported)
  kehoach import <tệp> -o <bản-nháp.json>
      đọc một kế hoạch (.docx, .txt) thành tệp bản nháp mở được trong ứng dụng
      read a plan (.docx, .txt) into a draft file the widget opens
  kehoach strings
      in bảng chuỗi giao diện (JSON) / print the UI strings table (JSON)

Mã thoát / exit codes: 0 thành công / success; 1 lỗi đọc, xuất hoặc ghi tệp /
read, export or write error; 2 sai cú pháp lệnh / usage error.";

    /// A failure, with the exit code it maps to.
    pub(crate) enum Failure {
        Usage(String),
        Run(String),
    }

    pub fn run(args: Vec<String>) -> ExitCode {
        let result = match args.first().map(String::as_str) {
            Some("strings") => {
                println!("{}", kehoach_bdg::domain::strings::table_json());
                Ok(())
            }
            Some("export") => export(&args[1..]),
            Some("check") => return super::reader::check(&args[1..]),
            Some("import") => super::reader::import(&args[1..]).map_err(|f| match f {
                super::reader::Failure::Usage(m) => Failure::Usage(m),
                super::reader::Failure::Run(m) => Failure::Run(m),
            }),
            Some("-h") | Some("--help") | Some("help") => {
                println!("{USAGE}");
                Ok(())
            }
            Some(other) => Err(Failure::Usage(format!(
                "lệnh không rõ / unknown command: {other}"
            ))),
            None => Err(Failure::Usage(String::new())),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure::Usage(msg)) => {
                if !msg.is_empty() {
                    eprintln!("{msg}\n");
                }
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
            Err(Failure::Run(msg)) => {
                eprintln!("lỗi / error: {msg}");
                ExitCode::from(1)
            }
        }
    }

    struct Options {
        input: String,
        output: Option<String>,
        format: Option<Format>,
        pick: Option<usize>,
    }

    fn parse(args: &[String]) -> Result<Options, Failure> {
        let mut input = None;
        let mut output = None;
        let mut format = None;
        let mut pick = None;
        let mut it = args.iter();
        let usage = |m: String| Failure::Usage(m);
        while let Some(a) = it.next() {
            let mut value = |name: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| usage(format!("thiếu giá trị sau / missing value after {name}")))
            };
            match a.as_str() {
                "-o" | "--output" => output = Some(value(a)?),
                "--format" | "-f" => {
                    let v = value(a)?;
                    format = Some(Format::parse(&v).ok_or_else(|| {
                        usage(format!("định dạng không hỗ trợ / unsupported format: {v}"))
                    })?);
                }
                "--plan" => {
                    let v = value(a)?;
                    pick = Some(v.parse::<usize>().ok().filter(|n| *n > 0).ok_or_else(|| {
                        usage(format!(
                            "--plan cần một số từ 1 / needs a number from 1: {v}"
                        ))
                    })?);
                }
                s if s.starts_with('-') && s != "-" => {
                    return Err(usage(format!("tùy chọn không rõ / unknown option: {s}")));
                }
                s if input.is_none() => input = Some(s.to_string()),
                s => return Err(usage(format!("thừa tham số / unexpected argument: {s}"))),
            }
        }
        let input = input
            .ok_or_else(|| usage("thiếu tệp bản nháp / missing the draft file".to_string()))?;
        Ok(Options {
            input,
            output,
            format,
            pick,
        })
    }

    fn export(args: &[String]) -> Result<(), Failure> {
        let opts = parse(args)?;
        let bytes = read_input(&opts.input)?;
        let mut plans = load_plans(&bytes)?;
        if let Some(n) = opts.pick {
            if n > plans.len() {
                return Err(Failure::Usage(format!(
                    "tệp chỉ có {} bản nháp / the file holds {} draft(s)",
                    plans.len(),
                    plans.len()
                )));
            }
            plans = vec![plans.swap_remove(n - 1)];
        }
        let format = opts
            .format
            .or_else(|| {
                let out = opts.output.as_deref()?;
                Format::parse(Path::new(out).extension()?.to_str()?)
            })
            .unwrap_or(Format::Docx);
        match opts.output.as_deref() {
            Some(out) if plans.len() > 1 => Err(Failure::Usage(format!(
                "tệp có {} bản nháp: dùng --plan <n> để chọn một, hoặc bỏ -o {out} để xuất tất cả \
                 / the file holds {} drafts: pick one with --plan <n>, or drop -o to export all",
                plans.len(),
                plans.len()
            ))),
            Some("-") => {
                let data = render(format, &plans[0].1)?;
                std::io::stdout()
                    .write_all(&data)
                    .map_err(|e| Failure::Run(format!("không ghi được ra đầu ra chuẩn: {e}")))
            }
            Some(out) => write(Path::new(out), &render(format, &plans[0].1)?),
            None => {
                let mut used: Vec<PathBuf> = Vec::new();
                for (_, plan) in &plans {
                    let path = unique(format.file_name(plan), &used);
                    write(&path, &render(format, plan)?)?;
                    eprintln!("{}", path.display());
                    used.push(path);
                }
                Ok(())
            }
        }
    }

    fn render(format: Format, plan: &Plan) -> Result<Vec<u8>, Failure> {
        format.render(plan).map_err(|e| Failure::Run(e.to_string()))
    }

    pub(crate) fn read_input(input: &str) -> Result<Vec<u8>, Failure> {
        let mut bytes = Vec::new();
        let read = if input == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(|_| ())
        } else {
            std::fs::File::open(input).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
        };
        read.map_err(|e| Failure::Run(format!("không đọc được tệp {input}: {e}")))?;
        Ok(bytes)
    }

    /// A draft file or envelope through the app's own importer; a bare plan
    /// JSON (what tests and scripts write by hand) as a fallback.
    fn load_plans(bytes: &[u8]) -> Result<Vec<(String, Plan)>, Failure> {
        match import_file(bytes) {
            Ok(plans) => Ok(plans),
            Err(ImportError::NotOurs) => {
                let plan = kehoach_bdg::domain::import::bare_plan(bytes)
                    .ok_or_else(|| Failure::Run(ImportError::NotOurs.to_string()))?;
                Ok(vec![(String::new(), plan)])
            }
            Err(e) => Err(Failure::Run(e.to_string())),
        }
    }

    /// "x.docx", then "x-2.docx", … for plans that would share a name.
    fn unique(name: String, used: &[PathBuf]) -> PathBuf {
        let first = PathBuf::from(&name);
        if !used.contains(&first) {
            return first;
        }
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name.as_str(), ""));
        (2..)
            .map(|n| {
                if ext.is_empty() {
                    PathBuf::from(format!("{stem}-{n}"))
                } else {
                    PathBuf::from(format!("{stem}-{n}.{ext}"))
                }
            })
            .find(|p| !used.contains(p))
            .unwrap_or(first)
    }

    fn write(path: &Path, data: &[u8]) -> Result<(), Failure> {
        std::fs::write(path, data)
            .map_err(|e| Failure::Run(format!("không ghi được tệp {}: {e}", path.display())))
    }
}
