//! The recap as the widget shows it: what a file becomes once the rules of
//! `validate` have run (skipped items gone, unsafe URLs dropped, text trimmed).

use super::options::{Region, Sector};

/// A validated recap file.
#[derive(Clone, Debug, PartialEq)]
pub struct Recap {
    /// BCP 47 tag of the content (default "de").
    pub language: String,
    pub event: Event,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    pub organizations: Vec<Organization>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub title: String,
    pub motto: Option<String>,
    pub date: Date,
    pub city: String,
    pub venue: Option<String>,
    pub attendees: Option<u64>,
    pub summary: Option<String>,
    pub organizers: Vec<String>,
    pub contact: Option<Contact>,
    pub source_url: Option<String>,
}

/// A calendar date that has been checked to exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses a strict `YYYY-MM-DD` date and checks that the day exists.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days_in_month).contains(&day)).then_some(Date { year, month, day })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub honorific: Option<String>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub region: Option<Region>,
    pub sector: Option<Sector>,
    /// http(s) or relative URL, as written (relative paths are resolved by the widget).
    pub photo: Option<String>,
    /// Absolute http(s) URL.
    pub url: Option<String>,
}

impl Speaker {
    /// "Prof. Dr. Gunnar Auth".
    pub fn display_name(&self) -> String {
        match &self.honorific {
            Some(h) => format!("{h} {}", self.name),
            None => self.name.clone(),
        }
    }

    /// Up to two initials for the photo placeholder: "GA". They keep the case
    /// of the name ("ümit" gives "ü"); the stylesheet upper-cases them, so the
    /// wasm does not carry Unicode's case tables (about 4 KB brotli) for them.
    pub fn initials(&self) -> String {
        let mut words = self
            .name
            .split_whitespace()
            .filter_map(|w| w.chars().next());
        let first = words.next();
        let last = words.next_back();
        first.into_iter().chain(last).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub id: String,
    /// Index into `Recap::speakers`; `None` when the speaker id is unknown.
    pub speaker: Option<usize>,
    pub text: String,
}

impl Quote {
    /// The quote's paragraphs (separated by a blank line in the file).
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Organization {
    pub name: String,
    pub about: Option<String>,
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            Date::parse_iso("2024-04-17"),
            Some(Date {
                year: 2024,
                month: 4,
                day: 17
            })
        );
        assert!(Date::parse_iso("2024-02-29").is_some());
        assert!(Date::parse_iso("2023-02-29").is_none());
        assert!(Date::parse_iso("1900-02-29").is_none());
        assert!(Date::parse_iso("2000-02-29").is_some());
        assert!(Date::parse_iso("2024-13-01").is_none());
        assert!(Date::parse_iso("2024-04-31").is_none());
        assert!(Date::parse_iso("2024-4-17").is_none());
        assert!(Date::parse_iso("17.04.2024").is_none());
        assert!(Date::parse_iso("2024-04-17T10:00").is_none());
        assert!(Date::parse_iso("+024-04-17").is_none());
        assert!(Date::parse_iso("0000-01-01").is_none());
        assert!(Date::parse_iso("２０２４-04-17").is_none());
    }

    #[test]
    fn initials_and_display_name() {
        let s = Speaker {
            name: "Cornelia Haase-Lerch".into(),
            honorific: Some("Dr.".into()),
            ..Speaker::default()
        };
        assert_eq!(s.initials(), "CH");
        assert_eq!(s.display_name(), "Dr. Cornelia Haase-Lerch");
        let one = Speaker {
            name: "ümit".into(),
            ..Speaker::default()
        };
        assert_eq!(
            one.initials(),
            "ü",
            "as written; the stylesheet upper-cases it"
        );
    }
}
