//! What the page knows about a file once it is checked ([`Checked`]: the
//! text, the recap after the rules or why it cannot be shown) and what it
//! lists for it ([`Report`]): every fatal problem and item problem in the
//! order of the file, each with its line, column, JSON path and the message
//! the widget and `recap-check` give; a summary; at most [`MAX_SHOWN`] of
//! them (a file with 10,000 problems stays usable).

use std::rc::Rc;

use recap_widget::lang::Lang;
use recap_widget::recap::{Parsed, Problem, Rejected};

/// A checked text, as the page's parts share it.
#[derive(Clone, PartialEq)]
pub struct Checked {
    pub text: Rc<str>,
    pub report: Rc<Report>,
    /// The recap after the rules, when nothing is fatal.
    pub parsed: Option<Rc<Parsed>>,
    /// The first fatal problem's message, when something is.
    pub fatal: Option<String>,
}

impl Checked {
    pub fn new(text: Rc<str>, result: Result<Parsed, Rejected>, lang: Lang) -> Checked {
        let report = Rc::new(Report::of(&result, lang));
        let (parsed, fatal) = match result {
            Ok(parsed) => (Some(Rc::new(parsed)), None),
            Err(rejected) => (None, Some(rejected.first().message(lang))),
        };
        Checked {
            text,
            report,
            parsed,
            fatal,
        }
    }
}

/// How many problems the page lists; the rest are counted.
pub const MAX_SHOWN: usize = 500;

/// One problem as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub fatal: bool,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// `speakers[5].region`, empty for the file itself.
    pub path: String,
    /// The sentence, as the widget and `recap-check` say it after the path
    /// (the page shows the path and the place beside it).
    pub message: String,
}

/// The problems of one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub fatal: usize,
    pub warnings: usize,
    /// The first [`MAX_SHOWN`], in the order of the file.
    pub entries: Vec<Entry>,
    /// How many more there are.
    pub more: usize,
}

impl Report {
    pub fn of(result: &Result<Parsed, Rejected>, lang: Lang) -> Report {
        let (fatal, warnings): (&[Problem], &[Problem]) = match result {
            Ok(parsed) => (&[], &parsed.warnings),
            Err(rejected) => (&rejected.fatal, &rejected.warnings),
        };
        let mut all: Vec<(bool, &Problem)> = fatal
            .iter()
            .map(|p| (true, p))
            .chain(warnings.iter().map(|p| (false, p)))
            .collect();
        // In the order of the file; a problem without a place first.
        all.sort_by_key(|(_, p)| (p.line.unwrap_or(0), p.column.unwrap_or(0)));
        let entries = all
            .iter()
            .take(MAX_SHOWN)
            .map(|&(fatal, problem)| Entry {
                fatal,
                line: problem.line,
                column: problem.column,
                path: problem.path.to_string(),
                message: problem.kind.describe(lang),
            })
            .collect();
        Report {
            fatal: fatal.len(),
            warnings: warnings.len(),
            entries,
            more: all.len().saturating_sub(MAX_SHOWN),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use recap_widget::recap::parse;

    #[test]
    fn problems_in_the_order_of_the_file_with_the_checkers_messages() {
        let text = include_str!("../../tests/fixtures/items/every-item-rule.json");
        let report = Report::of(&parse(text), Lang::De);
        assert_eq!((report.fatal, report.warnings, report.more), (0, 20, 0));
        let lines: Vec<usize> = report.entries.iter().filter_map(|e| e.line).collect();
        assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
        let region = report
            .entries
            .iter()
            .find(|e| e.path == "speakers[5].region")
            .expect("the region problem");
        assert_eq!((region.line, region.column), (Some(41), Some(17)));
        assert!(region
            .message
            .starts_with("unbekannte Region \"Thuringen\""));
        assert!(
            !region.message.contains("Zeile") && !region.message.contains("speakers"),
            "the place and the path are shown apart"
        );
    }

    #[test]
    fn a_fatal_file_lists_its_fatal_problems_first_in_place() {
        let report = Report::of(&parse("{\n  \"version\": 1\n  \"event\": {}\n}"), Lang::En);
        assert_eq!(report.fatal, 1);
        assert!(report.entries[0].fatal);
        assert_eq!(
            (report.entries[0].line, report.entries[0].column),
            (Some(3), Some(3))
        );
    }

    #[test]
    fn a_checked_text_keeps_the_recap_or_the_first_fatal_message() {
        let text = include_str!("../../tests/fixtures/items/every-item-rule.json");
        let checked = Checked::new(text.into(), parse(text), Lang::De);
        assert_eq!(&*checked.text, text);
        assert_eq!(checked.fatal, None);
        assert_eq!(checked.report.warnings, 20);
        assert!(checked.parsed.is_some_and(|p| p.recap.speakers.len() == 4));

        let text = "{\n  \"version\": 2\n}";
        let checked = Checked::new(text.into(), parse(text), Lang::En);
        assert!(checked.parsed.is_none());
        let first = parse(text).expect_err("fatal").first().message(Lang::En);
        assert_eq!(checked.fatal.as_deref(), Some(first.as_str()));
        assert!(checked.report.fatal >= 1);
    }

    #[test]
    fn ten_thousand_problems_show_the_first_five_hundred() {
        let people: Vec<String> = (0..10_000)
            .map(|i| format!("{{\"id\": \"p{i}\", \"name\": \"P\", \"region\": \"Bayern\"}}"))
            .collect();
        let text = format!(
            "{{\"version\": 1, \"event\": {{\"title\": \"T\", \"date\": \"2024-04-17\", \"city\": \"C\"}}, \"speakers\": [{}], \"quotes\": []}}",
            people.join(",")
        );
        let report = Report::of(&parse(&text), Lang::De);
        assert_eq!(report.warnings, 10_000);
        assert_eq!(report.entries.len(), MAX_SHOWN);
        assert_eq!(report.more, 10_000 - MAX_SHOWN);
    }
}
