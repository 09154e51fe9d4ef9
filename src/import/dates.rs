//! Dates as press releases write them: "17.04.2024", "17. April 2024", "April 17, 2024", and the dateline "ERFURT, 17.04.2024".

use crate::i18n::{MONTHS_DE, MONTHS_EN};

use super::text::{head, is_closer, is_opener, words};

/// A calendar date; `year` is `None` where the text leaves it out ("am 17. April").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub year: Option<u16>,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// `YYYY-MM-DD` in `year`, if the day exists in it (29 February does not always).
    pub fn iso(&self, year: u16) -> Option<String> {
        ((1000..=9999).contains(&year) && self.day <= days_in(self.month, year))
            .then(|| format!("{:04}-{:02}-{:02}", year, self.month, self.day))
    }
}

/// The month a capitalized month name stands for ("März", "May", the
/// Austrian "Jänner"), 1 to 12.
pub(super) fn month(word: &str) -> Option<u8> {
    // Capitalized only: "may" is a verb, "May" a month.
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = word.trim_end_matches([',', '.']).to_lowercase();
    if lower == "jänner" {
        return Some(1);
    }
    [MONTHS_DE, MONTHS_EN].iter().find_map(|names| {
        let index = names.iter().position(|name| name.to_lowercase() == lower)?;
        u8::try_from(index + 1).ok()
    })
}

fn number(word: &str) -> Option<u32> {
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

fn days_in(month: u8, year: u16) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

fn checked(year: Option<u32>, month: u32, day: u32) -> Option<Day> {
    let year = match year {
        Some(y) if (1000..=9999).contains(&y) => Some(y as u16),
        Some(_) => return None,
        None => None,
    };
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = u8::try_from(day).ok()?;
    // Without a year, 29 February is allowed (a leap year may be meant).
    (day >= 1 && day <= days_in(month, year.unwrap_or(2024))).then_some(Day { year, month, day })
}

/// Reads a date at the start of `text`: "17.04.2024", "2024-04-17",
/// "17. April 2024", "17. April", "17 April 2024", "April 17, 2024".
/// Returns it with the byte offset where it ends.
pub fn date_at(text: &str) -> Option<(Day, usize)> {
    let tokens = words(head(text, 80));
    let (s0, t0) = *tokens.first()?;
    let core0 = t0.trim_end_matches([',', ';', ')', ':']);
    let numeric: Vec<&str> = core0.trim_end_matches('.').split('.').collect();
    if let [d, m, y] = numeric[..] {
        if y.len() == 4 {
            let day = checked(Some(number(y)?), number(m)?, number(d)?)?;
            return Some((day, s0 + core0.len()));
        }
    }
    let iso: Vec<&str> = core0.split('-').collect();
    if let [y, m, d] = iso[..] {
        if y.len() == 4 {
            let day = checked(Some(number(y)?), number(m)?, number(d)?)?;
            return Some((day, s0 + core0.len()));
        }
    }
    let year_at = |i: usize| -> Option<(u32, usize)> {
        let &(start, token) = tokens.get(i)?;
        let core = token.trim_end_matches([',', '.', ';', ':', ')']);
        let year = number(core).filter(|_| core.len() == 4)?;
        Some((year, start + core.len()))
    };
    let (s1, t1) = *tokens.get(1)?;
    // "17. April 2024" and "17 April 2024"
    if let (Some(day), Some(m)) = (number(core0.trim_end_matches('.')), month(t1)) {
        return match year_at(2) {
            Some((year, end)) => Some((checked(Some(year), m.into(), day)?, end)),
            None => Some((
                checked(None, m.into(), day)?,
                s1 + t1.trim_end_matches([',', '.']).len(),
            )),
        };
    }
    // "April 17, 2024"
    if let Some(m) = month(t0) {
        let day_core = t1.trim_end_matches([',', '.']);
        let day_core = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| day_core.strip_suffix(s))
            .unwrap_or(day_core);
        let day = number(day_core)?;
        return match year_at(2) {
            Some((year, end)) => Some((checked(Some(year), m.into(), day)?, end)),
            None => Some((
                checked(None, m.into(), day)?,
                s1 + t1.trim_end_matches([',', '.']).len(),
            )),
        };
    }
    None
}

/// The first date written anywhere in `text`.
pub fn first_date(text: &str) -> Option<Day> {
    words(text)
        .iter()
        .find_map(|(start, _)| date_at(&text[*start..]).map(|(d, _)| d))
}

/// A dateline: "ERFURT, 17.04.2024", optionally followed by the first sentence
/// ("LEIPZIG, 12 March 2025 – More than …").
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    pub city: String,
    pub date: Day,
    /// Text after the dateline in the same paragraph.
    pub rest: String,
}

pub fn dateline(paragraph: &str) -> Option<Dateline> {
    let (place, after) = paragraph.split_once(',')?;
    let place = place.trim();
    let place_words = words(place).len();
    if place.is_empty()
        || place_words > 4
        || !place.chars().next().is_some_and(char::is_uppercase)
        || place
            .chars()
            .any(|c| c.is_ascii_digit() || is_opener(c) || is_closer(c))
    {
        return None;
    }
    let after_trimmed = after.trim_start();
    let (date, end) = date_at(after_trimmed)?;
    let mut rest = after_trimmed[end..].trim_start();
    // "(ots)", "(dpa)": the agency's tag after the date.
    if let Some(close) = rest.strip_prefix('(').and_then(|r| r.find(')')) {
        if close <= 12 {
            rest = &rest[close + 2..];
        }
    }
    let rest = rest
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '-' | ':' | '.'))
        .trim()
        .to_string();
    // A city written in capitals (a dateline's habit) gets its usual case.
    Some(Dateline {
        city: super::text::place_case(
            place.trim_end_matches(|c: char| c == '(' || c.is_whitespace()),
        ),
        date,
        rest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: u16, m: u8, d: u8) -> Day {
        Day {
            year: Some(y),
            month: m,
            day: d,
        }
    }

    #[test]
    fn dates_numeric_and_written_out() {
        assert_eq!(date_at("17.04.2024").map(|d| d.0), Some(day(2024, 4, 17)));
        assert_eq!(date_at("2024-04-17,").map(|d| d.0), Some(day(2024, 4, 17)));
        assert_eq!(
            date_at("17. April 2024 in Erfurt").map(|d| d.0),
            Some(day(2024, 4, 17))
        );
        assert_eq!(
            date_at("12 March 2025").map(|d| d.0),
            Some(day(2025, 3, 12))
        );
        assert_eq!(
            date_at("March 12, 2025").map(|d| d.0),
            Some(day(2025, 3, 12))
        );
        assert_eq!(
            date_at("17. April in").map(|d| d.0),
            Some(Day {
                year: None,
                month: 4,
                day: 17
            })
        );
        assert_eq!(date_at("31.02.2024"), None);
        assert_eq!(date_at("15. Mitteldeutsche"), None);
        assert_eq!(
            first_date("Mit dabei waren am 17. April in den Räumen"),
            Some(Day {
                year: None,
                month: 4,
                day: 17
            })
        );
    }

    #[test]
    fn datelines_give_city_date_and_the_rest() {
        let found = dateline("ERFURT, 17.04.2024").expect("a dateline");
        assert_eq!(
            (found.city.as_str(), found.date, found.rest.as_str()),
            ("Erfurt", day(2024, 4, 17), "")
        );
        let found =
            dateline("Leipzig, 12 March 2025 – More than 200 guests came.").expect("a dateline");
        assert_eq!(found.rest, "More than 200 guests came.");
        assert_eq!(dateline("Sirko Scheffler, Vorsitzender"), None);
        let found = dateline("Weimar, 7. März 2025 (ots) – Mehr als 400 kamen.").map(|d| d.rest);
        assert_eq!(found.as_deref(), Some("Mehr als 400 kamen."));
    }
}
