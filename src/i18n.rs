//! Every user-interface string of the widget, in German and English, in one place.
//!
//! Content from the recap file is never translated; only the widget's own words are.

use crate::lang::Lang;
use crate::recap::Sector;

/// Fixed UI strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Loading,
    MoreAboutEvent,
    Region,
    Sector,
    Search,
    SearchPlaceholder,
    ResetFilters,
    NoMatch,
    People,
    ShowQuote,
    Quotes,
    PreviousQuote,
    NextQuote,
    NoQuotes,
    Pause,
    Play,
    ShareQuote,
    ReadMore,
    ReadLess,
    LinkCopied,
    LinkShared,
    CopyFailed,
    TryAgain,
    About,
    PressContact,
    Email,
    Phone,
    PressRelease,
    ErrorTitle,
    NetworkOffline,
    NetworkTimeout,
    TooLarge,
    Unexpected,
    Website,
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match (lang, key) {
        (Lang::De, Loading) => "Rückblick wird geladen …",
        (Lang::En, Loading) => "Loading the recap …",
        (Lang::De, MoreAboutEvent) => "Mehr zur Konferenz",
        (Lang::En, MoreAboutEvent) => "More about the conference",
        (Lang::De, Region) => "Region",
        (Lang::En, Region) => "Region",
        (Lang::De, Sector) => "Bereich",
        (Lang::En, Sector) => "Sector",
        (Lang::De, Search) => "Suche",
        (Lang::En, Search) => "Search",
        (Lang::De, SearchPlaceholder) => "Name, Organisation, Zitat …",
        (Lang::En, SearchPlaceholder) => "Name, organization, quote …",
        (Lang::De, ResetFilters) => "Filter zurücksetzen",
        (Lang::En, ResetFilters) => "Reset filters",
        (Lang::De, NoMatch) => "Keine Person passt zu diesen Filtern.",
        (Lang::En, NoMatch) => "Nobody matches these filters.",
        (Lang::De, People) => "Personen",
        (Lang::En, People) => "People",
        (Lang::De, ShowQuote) => "Zitat anzeigen",
        (Lang::En, ShowQuote) => "Show quote",
        (Lang::De, Quotes) => "Zitate",
        (Lang::En, Quotes) => "Quotes",
        (Lang::De, PreviousQuote) => "Vorheriges Zitat",
        (Lang::En, PreviousQuote) => "Previous quote",
        (Lang::De, NextQuote) => "Nächstes Zitat",
        (Lang::En, NextQuote) => "Next quote",
        (Lang::De, NoQuotes) => "Zu diesen Filtern gibt es keine Zitate.",
        (Lang::En, NoQuotes) => "There are no quotes for these filters.",
        (Lang::De, Pause) => "Automatischen Wechsel anhalten",
        (Lang::En, Pause) => "Pause automatic rotation",
        (Lang::De, Play) => "Automatischen Wechsel starten",
        (Lang::En, Play) => "Start automatic rotation",
        (Lang::De, ShareQuote) => "Zitat teilen",
        (Lang::En, ShareQuote) => "Share quote",
        (Lang::De, ReadMore) => "Weiterlesen",
        (Lang::En, ReadMore) => "Read more",
        (Lang::De, ReadLess) => "Weniger anzeigen",
        (Lang::En, ReadLess) => "Show less",
        (Lang::De, LinkCopied) => "Link kopiert",
        (Lang::En, LinkCopied) => "Link copied",
        (Lang::De, LinkShared) => "Link geteilt",
        (Lang::En, LinkShared) => "Link shared",
        (Lang::De, CopyFailed) => "Link konnte nicht kopiert werden",
        (Lang::En, CopyFailed) => "The link could not be copied",
        (Lang::De, TryAgain) => "Erneut versuchen",
        (Lang::En, TryAgain) => "Try again",
        (Lang::De, About) => "Über die Veranstalter",
        (Lang::En, About) => "About the organizers",
        (Lang::De, PressContact) => "Pressekontakt",
        (Lang::En, PressContact) => "Press contact",
        (Lang::De, Email) => "E-Mail",
        (Lang::En, Email) => "Email",
        (Lang::De, Phone) => "Telefon",
        (Lang::En, Phone) => "Phone",
        (Lang::De, PressRelease) => "Vollständige Pressemitteilung",
        (Lang::En, PressRelease) => "Full press release",
        (Lang::De, ErrorTitle) => "Der Rückblick kann nicht angezeigt werden",
        (Lang::En, ErrorTitle) => "The recap cannot be shown",
        (Lang::De, NetworkOffline) => {
            "Die Rückblick-Datei konnte nicht geladen werden (keine Verbindung)."
        }
        (Lang::En, NetworkOffline) => "The recap file could not be loaded (no connection).",
        (Lang::De, NetworkTimeout) => {
            "Die Rückblick-Datei kam nicht rechtzeitig an (Zeitüberschreitung)."
        }
        (Lang::En, NetworkTimeout) => "The recap file did not arrive in time (timeout).",
        (Lang::De, TooLarge) => {
            "Die Rückblick-Datei ist größer als 20 MB und wird deshalb nicht geladen."
        }
        (Lang::En, TooLarge) => "The recap file is larger than 20 MB, so it is not loaded.",
        (Lang::De, Unexpected) => "Ein unerwarteter Fehler ist aufgetreten.",
        (Lang::En, Unexpected) => "An unexpected error occurred.",
        (Lang::De, Website) => "Website",
        (Lang::En, Website) => "Website",
    }
}

/// A sector's label: the German names are the content's own vocabulary, so
/// the English UI translates them.
pub fn sector_label(lang: Lang, sector: Sector) -> &'static str {
    use Sector::*;
    match (lang, sector) {
        (Lang::De, s) => s.name(),
        (Lang::En, Wirtschaft) => "Business",
        (Lang::En, Politik) => "Politics",
        (Lang::En, Verwaltung) => "Administration",
        (Lang::En, Wissenschaft) => "Science",
    }
}

/// The one plural rule of the UI, German and English alike: the singular
/// for exactly one, the plural for every other count, 0 included ("1 Zitat",
/// "0 Zitate", "2 quotes"). Every counted noun goes through it.
pub fn plural<'a, N: PartialEq + From<u8>>(count: N, one: &'a str, other: &'a str) -> &'a str {
    if count == N::from(1) {
        one
    } else {
        other
    }
}

/// "Sachsen (3)": a filter option with its live count.
pub fn option_with_count(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// The polite status line: "5 von 15 Personen", "1 von 1 Person" (the
/// noun agrees with the total).
pub fn people_status(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::De => format!(
            "{shown} von {total} {}",
            plural(total, "Person", "Personen")
        ),
        Lang::En => format!("{shown} of {total} {}", plural(total, "person", "people")),
    }
}

/// "Weitere Personen anzeigen (noch 24)".
pub fn show_more(lang: Lang, left: usize) -> String {
    match lang {
        Lang::De => format!("Weitere Personen anzeigen (noch {left})"),
        Lang::En => format!("Show more people ({left} left)"),
    }
}

/// A slide's label: "3 von 12".
pub fn slide_label(lang: Lang, position: usize, total: usize) -> String {
    match lang {
        Lang::De => format!("{position} von {total}"),
        Lang::En => format!("{position} of {total}"),
    }
}

/// "100 Teilnehmende" ("Teilnehmende" is singular and plural), "1 attendee".
pub fn attendees(lang: Lang, count: u64) -> String {
    let noun = match lang {
        Lang::De => plural(count, "Teilnehmende", "Teilnehmende"),
        Lang::En => plural(count, "attendee", "attendees"),
    };
    format!("{count} {noun}")
}

/// The console line after the first problems of a file: "… und 150 weitere Probleme".
pub fn more_problems(lang: Lang, count: usize) -> String {
    match lang {
        Lang::De => format!(
            "… und {count} {}",
            plural(count, "weiteres Problem", "weitere Probleme")
        ),
        Lang::En => format!(
            "… and {count} more {}",
            plural(count, "problem", "problems")
        ),
    }
}

/// A network failure with an HTTP status.
pub fn http_status(lang: Lang, status: u16) -> String {
    match lang {
        Lang::De => {
            format!("Die Rückblick-Datei konnte nicht geladen werden (HTTP-Status {status}).")
        }
        Lang::En => format!("The recap file could not be loaded (HTTP status {status})."),
    }
}

/// Month names, January first (also read by the press-release import).
pub const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "17. April 2024" (de) or "17 April 2024" (en). `month` is 1-based and already validated.
pub fn long_date(lang: Lang, year: u16, month: u8, day: u8) -> String {
    let index = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::De => format!("{day}. {} {year}", MONTHS_DE[index]),
        Lang::En => format!("{day} {} {year}", MONTHS_EN[index]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(long_date(Lang::De, 2024, 4, 17), "17. April 2024");
        assert_eq!(long_date(Lang::En, 2024, 4, 17), "17 April 2024");
        assert_eq!(long_date(Lang::De, 2025, 3, 1), "1. März 2025");
    }

    #[test]
    fn singular_and_plural() {
        assert_eq!(people_status(Lang::De, 1, 1), "1 von 1 Person");
        assert_eq!(people_status(Lang::De, 0, 1), "0 von 1 Person");
        assert_eq!(people_status(Lang::En, 1, 1), "1 of 1 person");
        assert_eq!(people_status(Lang::En, 1, 2), "1 of 2 people");
        assert_eq!(attendees(Lang::De, 1), "1 Teilnehmende");
        assert_eq!(attendees(Lang::En, 1), "1 attendee");
        assert_eq!(attendees(Lang::En, 100), "100 attendees");
    }

    #[test]
    fn one_plural_rule_for_zero_one_and_two() {
        assert_eq!(plural(0usize, "Zitat", "Zitate"), "Zitate");
        assert_eq!(plural(1usize, "Zitat", "Zitate"), "Zitat");
        assert_eq!(plural(2usize, "Zitat", "Zitate"), "Zitate");
        assert_eq!(plural(0u64, "quote", "quotes"), "quotes");
        assert_eq!(plural(1u64, "quote", "quotes"), "quote");
        assert_eq!(plural(2u64, "quote", "quotes"), "quotes");
        assert_eq!(people_status(Lang::De, 0, 0), "0 von 0 Personen");
        assert_eq!(people_status(Lang::En, 0, 0), "0 of 0 people");
        assert_eq!(attendees(Lang::En, 0), "0 attendees");
        assert_eq!(attendees(Lang::En, 2), "2 attendees");
        assert_eq!(attendees(Lang::De, 2), "2 Teilnehmende");
        assert_eq!(more_problems(Lang::De, 1), "… und 1 weiteres Problem");
        assert_eq!(more_problems(Lang::De, 2), "… und 2 weitere Probleme");
        assert_eq!(more_problems(Lang::En, 1), "… and 1 more problem");
        assert_eq!(more_problems(Lang::En, 0), "… and 0 more problems");
    }

    #[test]
    fn counted_strings() {
        assert_eq!(people_status(Lang::De, 5, 15), "5 von 15 Personen");
        assert_eq!(people_status(Lang::En, 5, 15), "5 of 15 people");
        assert_eq!(show_more(Lang::De, 7), "Weitere Personen anzeigen (noch 7)");
        assert_eq!(show_more(Lang::En, 7), "Show more people (7 left)");
        assert_eq!(slide_label(Lang::De, 3, 12), "3 von 12");
        assert_eq!(option_with_count("Sachsen", 3), "Sachsen (3)");
    }
}
