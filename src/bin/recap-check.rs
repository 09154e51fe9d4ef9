//! `recap-check`: the site editors' checker for recap files.
//!
//! Prints every fatal and item problem with its JSON path, line and column,
//! using exactly the widget's own parser and rules. Exit status: 0 clean,
//! 1 problems found, 2 a file could not be read or the arguments are wrong.

use std::process::ExitCode;

use recap_widget::lang::Lang;
use recap_widget::recap;

const USAGE: &str = "usage: recap-check [--lang de|en] FILE...\n\
Checks recap files (format version 1) and prints every problem with its JSON path and line.";

fn main() -> ExitCode {
    let mut lang = Lang::De;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = Lang::from_attr(args.next().as_deref()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut status = 0u8;
    for file in &files {
        status = status.max(check(file, lang));
    }
    ExitCode::from(status)
}

/// Checks one file and returns its exit status.
fn check(file: &str, lang: Lang) -> u8 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            let what = if lang == Lang::De {
                "kann nicht gelesen werden"
            } else {
                "cannot be read"
            };
            eprintln!("{file}: {what}: {e}");
            return 2;
        }
    };
    let (fatal, warnings, counts) = match recap::parse_bytes(&bytes) {
        Ok(parsed) => {
            let counts = Some((parsed.recap.speakers.len(), parsed.recap.quotes.len()));
            (Vec::new(), parsed.warnings, counts)
        }
        Err(rejected) => (rejected.fatal, rejected.warnings, None),
    };
    for problem in &fatal {
        println!("{}", problem.report(file, lang, true));
    }
    for problem in &warnings {
        println!("{}", problem.report(file, lang, false));
    }
    match (counts, fatal.len() + warnings.len(), lang) {
        (Some((speakers, quotes)), 0, Lang::De) => {
            println!("{file}: in Ordnung ({speakers} Personen, {quotes} Zitate)");
            0
        }
        (Some((speakers, quotes)), 0, Lang::En) => {
            println!("{file}: ok ({speakers} people, {quotes} quotes)");
            0
        }
        (_, 1, Lang::De) => {
            println!("{file}: 1 Problem");
            1
        }
        (_, n, Lang::De) => {
            println!("{file}: {n} Probleme");
            1
        }
        (_, 1, Lang::En) => {
            println!("{file}: 1 problem");
            1
        }
        (_, n, Lang::En) => {
            println!("{file}: {n} problems");
            1
        }
    }
}
