//! `recap-check`: the site editors' checker for recap files.
//!
//! Prints every fatal and item problem with its JSON path, line and column,
//! using exactly the widget's own parser and rules. Exit status: 0 clean,
//! 1 problems found, 2 a file could not be read or the arguments are wrong.

use std::process::ExitCode;

// Trunk builds every target of the package for wasm32; the checker reads
// files and its argument parser is a native dependency, so it is native only.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use recap_widget::i18n::plural;
    use recap_widget::lang::Lang;
    use recap_widget::recap;

    const USAGE: &str = "usage: recap-check [--lang de|en] FILE...
       recap-check --help | --version

    Checks recap files (format version 1) and prints every problem with its
    JSON path and line.
      --lang LANG   the language of the messages: de (default) or en";

    /// What the command line asks for.
    enum Request {
        Check { lang: Lang, files: Vec<PathBuf> },
        Help,
        Version,
    }

    pub fn main() -> ExitCode {
        match request() {
            Ok(Request::Help) => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            Ok(Request::Version) => {
                println!("recap-check {}", env!("CARGO_PKG_VERSION"));
                ExitCode::SUCCESS
            }
            Ok(Request::Check { lang, files }) => {
                let mut status = 0u8;
                for file in &files {
                    status = status.max(check(file, lang));
                }
                ExitCode::from(status)
            }
            Err(message) => {
                eprintln!("recap-check: {message}\n{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// Reads the arguments; an unknown option or language is an error.
    fn request() -> Result<Request, String> {
        use lexopt::prelude::*;
        let mut lang = Lang::De;
        let mut files = Vec::new();
        let mut parser = lexopt::Parser::from_env();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Short('h') | Long("help") => return Ok(Request::Help),
                Short('V') | Long("version") => return Ok(Request::Version),
                Long("lang") => {
                    let value = parser.value().map_err(|e| e.to_string())?;
                    lang = value.to_str().and_then(Lang::from_option).ok_or_else(|| {
                        format!("unknown language {value:?} for --lang (de or en)")
                    })?;
                }
                Value(file) => files.push(PathBuf::from(file)),
                other => return Err(other.unexpected().to_string()),
            }
        }
        if files.is_empty() {
            return Err("no file to check".to_owned());
        }
        Ok(Request::Check { lang, files })
    }

    /// Checks one file and returns its exit status.
    fn check(path: &Path, lang: Lang) -> u8 {
        let file = path.display().to_string();
        let bytes = match std::fs::read(path) {
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
            println!("{}", problem.report(&file, lang, true));
        }
        for problem in &warnings {
            println!("{}", problem.report(&file, lang, false));
        }
        let problems = fatal.len() + warnings.len();
        let summary = match (counts, problems, lang) {
            (Some((speakers, quotes)), 0, Lang::De) => format!(
                "in Ordnung ({speakers} {}, {quotes} {})",
                plural(speakers, "Person", "Personen"),
                plural(quotes, "Zitat", "Zitate")
            ),
            (Some((speakers, quotes)), 0, Lang::En) => format!(
                "ok ({speakers} {}, {quotes} {})",
                plural(speakers, "person", "people"),
                plural(quotes, "quote", "quotes")
            ),
            (_, n, Lang::De) => format!("{n} {}", plural(n, "Problem", "Probleme")),
            (_, n, Lang::En) => format!("{n} {}", plural(n, "problem", "problems")),
        };
        println!("{file}: {summary}");
        u8::from(problems > 0)
    }
}
