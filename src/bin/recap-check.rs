//! `recap-check`: the site editors' checker for recap files.
//!
//! Prints every fatal and item problem with its JSON path, line and column,
//! using exactly the widget's own parser and rules. Exit status: 0 clean,
//! 1 problems found, 2 a file could not be read or the arguments are wrong.

use std::process::ExitCode;

use recap_widget::i18n::Lang;
use recap_widget::recap::{self, Problem};

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
    let (error, warning) = if lang == Lang::De {
        ("Fehler", "Warnung")
    } else {
        ("error", "warning")
    };
    for problem in &fatal {
        report(file, problem, error, lang);
    }
    for problem in &warnings {
        report(file, problem, warning, lang);
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
        (_, n, Lang::De) => {
            println!("{file}: {n} Problem(e)");
            1
        }
        (_, n, Lang::En) => {
            println!("{file}: {n} problem(s)");
            1
        }
    }
}

/// `FILE:LINE:COLUMN: error: path: message`, like a compiler, so editors can jump there.
fn report(file: &str, problem: &Problem, severity: &str, lang: Lang) {
    let problem = problem.clone();
    let position = match (problem.line, problem.column) {
        (Some(line), Some(column)) => format!("{line}:{column}:"),
        _ => String::new(),
    };
    // The position leads the line here, so the message need not repeat it.
    let located = Problem {
        line: None,
        column: None,
        ..problem
    };
    println!("{file}:{position} {severity}: {}", located.message(lang));
}
