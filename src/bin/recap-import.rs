//! `recap-import`: a press release (plain text) in, a draft recap out.
//!
//! Prints the draft recap file to standard output; values the import guessed
//! are listed under the file's top-level `review` member. Exit status: 0 done,
//! 2 the input could not be read or the arguments are wrong.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: recap-import PRESS.txt|-\n\
Reads a press release (plain text, German or English; - for standard input) \
and prints a draft recap (format version 1) with a \"review\" list of guessed values.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [file] if file == "-" || !file.starts_with('-') => file.clone(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(&file).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("recap-import: {file}: {e}");
        return ExitCode::from(2);
    }
    // A press release saved in another encoding still imports; odd bytes become U+FFFD.
    let text = String::from_utf8_lossy(&bytes);
    print!("{}", recap_widget::import::import(&text).to_json());
    ExitCode::SUCCESS
}
