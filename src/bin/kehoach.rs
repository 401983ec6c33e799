//! `kehoach`: the native command-line tool, for batch work and for tests.

use std::process::ExitCode;

const USAGE: &str = "Cách dùng / usage:
  kehoach strings        in bảng chuỗi giao diện (JSON) / print the UI strings table (JSON)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("strings") => {
            println!("{}", kehoach_bdg::domain::strings::table_json());
            ExitCode::SUCCESS
        }
        Some("-h") | Some("--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
