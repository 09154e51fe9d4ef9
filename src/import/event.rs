//! The event as a press release states it: headline and title, attendees, venue, motto and hosts.

use super::draft::Marked;
use super::text::{head, is_closer, is_opener, words};

const EVENT_WORDS: &[&str] = &[
    "konferenz",
    "kongress",
    "tag",
    "tage",
    "forum",
    "gipfel",
    "summit",
    "conference",
    "symposium",
    "messe",
    "festival",
    "day",
    "days",
    "woche",
    "week",
    "barcamp",
    "meetup",
    "treffen",
    "nacht",
    "night",
    "dialog",
    "talks",
    "werkstatt",
    "workshop",
    "convention",
    "expo",
    "hackathon",
    "camp",
    "fachtag",
    "kolloquium",
];

fn is_ordinal(word: &str) -> bool {
    let core = word.strip_suffix('.').or_else(|| {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| word.strip_suffix(s))
    });
    core.is_some_and(|c| !c.is_empty() && c.len() <= 3 && c.bytes().all(|b| b.is_ascii_digit()))
}

/// An event's name: with its edition ("15. Mitteldeutsche
/// Digitalisierungskonferenz", "2nd Data Summit") or after "zum"/"zur"
/// ("zum Verwaltungsforum Sachsen-Anhalt"), with the capitalized words that
/// follow it ("3. KI-Tag Thüringen").
pub fn event_name(text: &str) -> Option<String> {
    event_name_in(text, false)
}

/// As `event_name`; `headline` also lets the name start the text
/// ("Sächsischer Digitalgipfel 2025: …").
fn event_name_in(text: &str, headline: bool) -> Option<String> {
    let tokens = words(text);
    for (i, &(start, word)) in tokens.iter().enumerate() {
        let (first, from) = if is_ordinal(word) {
            (start, i + 1)
        } else if headline && i == 0 {
            (start, 0)
        } else if matches!(word, "zum" | "zur" | "beim") {
            match tokens.get(i + 1) {
                Some(&(s, _)) => (s, i + 1),
                None => continue,
            }
        } else {
            continue;
        };
        let mut end = None;
        for (k, &(s, w)) in tokens.iter().enumerate().skip(from).take(7) {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !core.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            let lower = core.to_lowercase();
            if EVENT_WORDS.iter().any(|e| lower.ends_with(e)) {
                end = Some((k, s + core.len(), core.len() == w.len()));
                break;
            }
        }
        let Some((k, mut last, mut open)) = end else {
            continue;
        };
        // Places and years after the name belong to it, up to a lower-case word or a mark.
        for &(s, w) in tokens.iter().skip(k + 1) {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !open
                || !core
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                break;
            }
            last = s + core.len();
            open = core.len() == w.len();
        }
        return text.get(first..last).map(str::to_string);
    }
    None
}

/// Prefixes of a headline that are not the event's name.
const HEADLINE_PREFIXES: &[&str] = &[
    "pressemitteilung:",
    "pressemitteilung",
    "presseinformation:",
    "presseinformation",
    "press release:",
    "press release",
    "rückblick:",
    "rückblick auf die",
    "rückblick auf den",
    "rückblick auf das",
    "rückblick",
    "recap:",
    "recap of the",
    "recap",
];

/// The event's title from the headline: its name with edition where one is
/// written, else the headline itself (then guessed: a headline is often a claim).
pub fn title(headline: &str) -> Option<Marked<String>> {
    let mut text = headline
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '+' | '*' | '#' | '='))
        .to_string();
    loop {
        let lower = text.to_lowercase();
        let Some(prefix) = HEADLINE_PREFIXES.iter().find(|p| lower.starts_with(*p)) else {
            break;
        };
        // Lower-casing keeps these ASCII and umlaut prefixes the same length.
        text = text
            .get(prefix.len()..)
            .unwrap_or_default()
            .trim()
            .to_string();
    }
    if let Some(name) = event_name_in(&text, true) {
        return Some(Marked::read(name));
    }
    (!text.is_empty()).then(|| Marked::guessed(text))
}

const ATTENDEE_WORDS: &[&str] = &[
    "teilnehm",
    "gäste",
    "besucher",
    "participants",
    "attendees",
    "guests",
    "visitors",
    "delegates",
    "interessierte",
    "zuhörer",
    "zuschauer",
];
const APPROXIMATE: &[&str] = &[
    "rund",
    "über",
    "mehr",
    "knapp",
    "etwa",
    "ca.",
    "circa",
    "fast",
    "nahezu",
    "around",
    "about",
    "over",
    "nearly",
    "almost",
    "some",
    "than",
    "als",
    "approximately",
];

/// "100 Teilnehmerinnen und Teilnehmer", "Rund 140 Gäste": the count, guessed
/// where the text gives it as an approximation.
pub fn attendees(text: &str) -> Option<Marked<u64>> {
    attendees_by_noun(text).or_else(|| attendees_by_verb(text))
}

const MEETING_VERBS: &[&str] = &[
    "met",
    "came",
    "gathered",
    "attended",
    "joined",
    "kamen",
    "trafen",
    "besuchten",
    "nahmen",
    "folgten",
    "informierten",
    "diskutierten",
    "versammelten",
];

/// "Some 180 developers, administrators and public servants met …": a count
/// whose clause goes on with a verb of coming together. Who was counted is
/// the reader's judgement, so it is guessed.
fn attendees_by_verb(text: &str) -> Option<Marked<u64>> {
    let tokens = words(text);
    for (i, &(_, word)) in tokens.iter().enumerate() {
        let core = word.trim_end_matches([',', ';', ':']);
        if word.ends_with('.')
            || core.is_empty()
            || !core.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            continue;
        }
        let Ok(count) = core.replace('.', "").parse::<u64>() else {
            continue;
        };
        // A year is a date, not a crowd.
        if (1900..=2100).contains(&count) && core.len() == 4 {
            continue;
        }
        for &(_, next) in tokens.iter().skip(i + 1).take(8) {
            let bare = next.trim_end_matches([',', '.', ';', ':']);
            if MEETING_VERBS.contains(&bare) {
                return Some(Marked::guessed(count));
            }
            if next.ends_with(['.', ';', ':']) {
                break;
            }
        }
    }
    None
}

fn attendees_by_noun(text: &str) -> Option<Marked<u64>> {
    let tokens = words(text);
    for (i, &(_, word)) in tokens.iter().enumerate() {
        // "15." is an ordinal, "6.000" a count.
        if word.ends_with('.') {
            continue;
        }
        let core = word.trim_end_matches([',', ';', ':']);
        if core.is_empty()
            || !core.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            || !core.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        let Ok(count) = core.replace('.', "").parse::<u64>() else {
            continue;
        };
        for &(_, next) in tokens.iter().skip(i + 1).take(3) {
            let lower = next.to_lowercase();
            if ATTENDEE_WORDS.iter().any(|w| lower.starts_with(w)) {
                let approximate = i > 0
                    && tokens[i.saturating_sub(2)..i]
                        .iter()
                        .any(|(_, w)| APPROXIMATE.contains(&w.to_lowercase().as_str()));
                return Some(Marked {
                    value: count,
                    guessed: approximate,
                });
            }
            // Adjectives may stand between ("140 interessierte Gäste"), nouns may not.
            if !next.chars().next().is_some_and(char::is_lowercase) {
                break;
            }
        }
    }
    None
}

const VENUE_WORDS: &[&str] = &[
    "haus",
    "halle",
    "saal",
    "zentrum",
    "center",
    "centre",
    "hotel",
    "forum",
    "museum",
    "theater",
    "arena",
    "messe",
    "schloss",
    "kongress",
    "campus",
    "palais",
    "kammer",
    "bibliothek",
    "kirche",
    "fabrik",
    "villa",
    "rathaus",
    "hall",
    "auditorium",
    "ihk",
    "universität",
    "university",
    "hochschule",
    "akademie",
    "burg",
    "atrium",
    "aula",
    "varieté",
    "variete",
    "oper",
    "kino",
    "bühne",
    "stadion",
    "pavillon",
    "kloster",
    "speicher",
    "venue",
    "theatre",
    "stadium",
];
const CONNECTORS: &[&str] = &[
    "und", "der", "des", "für", "of", "the", "&", "am", "an", "von", "van", "de",
];

/// The capitalized name that starts `text` ("IHK Erfurt unter anderem" -> "IHK Erfurt").
fn proper_name(text: &str) -> Option<String> {
    let tokens = words(head(text, 400));
    let mut taken: Vec<&str> = Vec::new();
    for (i, &(_, word)) in tokens.iter().enumerate().take(7) {
        let core = word.trim_end_matches([',', '.', ';', ':', '!', '?']);
        let capital = core
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '(');
        let connector = !taken.is_empty()
            && CONNECTORS.contains(&core)
            && tokens
                .get(i + 1)
                .is_some_and(|(_, n)| n.chars().next().is_some_and(char::is_uppercase));
        if !(capital || connector) || core.is_empty() {
            break;
        }
        taken.push(core);
        if core.len() < word.len() {
            break;
        }
    }
    while taken.last().is_some_and(|w| CONNECTORS.contains(w)) {
        taken.pop();
    }
    (!taken.is_empty()).then(|| taken.join(" "))
}

/// The venue: "in den Räumen der IHK Erfurt", "im Volkshaus Jena", "at the Congress Center Leipzig".
pub fn venue(text: &str) -> Option<Marked<String>> {
    venue_name(text).map(|name| {
        // "im Alten Theater": the case ending of the text, not the name's
        // own ("Altes Theater"); the editor puts it right.
        let first = name.split(' ').next().unwrap_or_default();
        let lower = first.to_lowercase();
        let adjective = ["e", "en", "em"].iter().any(|end| lower.ends_with(end))
            && !VENUE_WORDS.iter().any(|v| lower.contains(v));
        let inflected = name.contains(' ') && adjective && first.starts_with(char::is_uppercase);
        Marked {
            value: name,
            guessed: inflected,
        }
    })
}

fn venue_name(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for lead in [
        "in den räumen der ",
        "in den räumen des ",
        "in den räumlichkeiten der ",
        "in den räumlichkeiten des ",
    ] {
        if let Some(at) = lower.find(lead) {
            // The lead is ASCII and umlauts keep their length in lower case, so
            // the offset is valid in `text` when the slice exists.
            if let Some(rest) = text.get(at + lead.len()..) {
                if let Some(name) = proper_name(rest) {
                    return Some(name);
                }
            }
        }
    }
    let tokens = words(text);
    for (i, &(_, word)) in tokens.iter().enumerate() {
        let skip = match word {
            "im" | "ins" => 1,
            "in" if tokens
                .get(i + 1)
                .is_some_and(|(_, w)| matches!(*w, "der" | "das" | "die" | "the")) =>
            {
                2
            }
            "at" if tokens.get(i + 1).is_some_and(|(_, w)| *w == "the") => 2,
            _ => continue,
        };
        let Some(&(start, _)) = tokens.get(i + skip) else {
            continue;
        };
        let Some(name) = proper_name(&text[start..]) else {
            continue;
        };
        let lower = name.to_lowercase();
        if VENUE_WORDS.iter().any(|v| lower.contains(v)) {
            return Some(name);
        }
    }
    None
}

const ORGANIZER_LEADS: &[&str] = &[
    "veranstalter waren ",
    "veranstalter war ",
    "gastgeber waren ",
    "gastgeber war ",
    "eingeladen hatten ",
    "eingeladen hatte ",
    "veranstaltet von ",
    "ausgerichtet von ",
    "hosted by ",
    "organised by ",
    "organized by ",
];

/// The hosts a sentence names: "Veranstalter waren die X und die Y.",
/// "Eingeladen hatten das X und die Y.", "hosted by X together with the Y".
pub fn organizers(text: &str) -> Option<Vec<String>> {
    let lower = text.to_lowercase();
    let (at, lead) = ORGANIZER_LEADS
        .iter()
        .find_map(|lead| lower.find(lead).map(|at| (at, lead.len())))?;
    // Lower case keeps the length of these leads' letters, so the offset holds
    // wherever the slice exists.
    let rest = text.get(at + lead..)?;
    let clause = &rest[..super::text::sentence_end(rest, 0).unwrap_or(rest.len())];
    let clause = clause.trim_end_matches(['.', '!']);
    let mut names: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut quoted = false;
    let tokens = words(clause);
    for (i, &(_, word)) in tokens.iter().enumerate() {
        let previous = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .map(|(_, w)| *w);
        let joins = matches!(word, "und" | "sowie" | "and" | "together" | "gemeinsam")
            && !previous.is_some_and(|p| p.ends_with('-'));
        if !quoted && joins {
            names.push(current.join(" "));
            current.clear();
            continue;
        }
        if !quoted
            && current.is_empty()
            && matches!(
                word,
                "die" | "der" | "das" | "den" | "dem" | "the" | "with" | "mit"
            )
        {
            continue;
        }
        for c in word.chars() {
            if quoted && is_closer(c) {
                quoted = false;
            } else if !quoted && is_opener(c) {
                quoted = true;
            }
        }
        match word.strip_suffix(',') {
            Some(head) if !quoted => {
                current.push(head);
                names.push(current.join(" "));
                current.clear();
            }
            _ => current.push(word),
        }
    }
    names.push(current.join(" "));
    let names: Vec<String> = names
        .into_iter()
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
        .collect();
    (!names.is_empty()).then_some(names)
}

/// A motto the text names as one: "unter dem Motto „…“", "under the motto "…"".
pub fn motto(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find("motto")?;
    let after = text.get(at..)?;
    let open = after.find(is_opener)?;
    // Only right after the word (and a colon or "of"), not a quotation further on.
    if after[..open].split_whitespace().count() > 2 {
        return None;
    }
    let opener = after[open..].chars().next()?;
    let inner = &after[open + opener.len_utf8()..];
    let close = inner.find(|c: char| is_closer(c) || (opener == '»' && c == '«'))?;
    let motto = inner[..close].trim();
    (!motto.is_empty()).then(|| motto.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_from_headlines() {
        let seed = "++ Pressemitteilung: Rückblick 15. Mitteldeutsche Digitalisierungskonferenz ++";
        assert_eq!(
            title(seed),
            Some(Marked::read(
                "15. Mitteldeutsche Digitalisierungskonferenz".into()
            ))
        );
        assert_eq!(
            title("Recap: 2nd Central German Data Summit in Leipzig"),
            Some(Marked::read("2nd Central German Data Summit".into()))
        );
        assert_eq!(
            title("Daten nutzen"),
            Some(Marked::guessed("Daten nutzen".into()))
        );
        assert_eq!(title("+++"), None);
        assert_eq!(
            title("Sächsischer Digitalgipfel 2025: Verwaltung und Wirtschaft rücken zusammen"),
            Some(Marked::read("Sächsischer Digitalgipfel 2025".into()))
        );
    }

    #[test]
    fn attendees_exact_and_approximate() {
        assert_eq!(
            attendees("100 Teilnehmerinnen und Teilnehmer kamen"),
            Some(Marked::read(100))
        );
        assert_eq!(
            attendees("Rund 140 Gäste kamen"),
            Some(Marked::guessed(140))
        );
        assert_eq!(
            attendees("more than 1.200 interested visitors"),
            Some(Marked::guessed(1200))
        );
        assert_eq!(attendees("Zur 15. Konferenz kamen Gäste"), None);
        assert_eq!(
            attendees(
                "Some 180 developers, administrators and public servants met on 13 October 2025."
            ),
            Some(Marked::guessed(180))
        );
        assert_eq!(attendees("Im Jahr 2025 kamen viele."), None);
    }

    #[test]
    fn venues_by_their_words() {
        let read = |name: &str| Some(Marked::read(name.to_string()));
        assert_eq!(
            venue("am 17. April in den Räumen der IHK Erfurt unter anderem:"),
            read("IHK Erfurt")
        );
        assert_eq!(
            venue("trafen sich im Volkshaus Jena zum Austausch"),
            read("Volkshaus Jena")
        );
        assert_eq!(
            venue("at the Congress Center Leipzig."),
            read("Congress Center Leipzig")
        );
        assert_eq!(venue("Staatssekretär im Thüringer Finanzministerium"), None);
        // The case ending stays as written, for the editor to put right.
        assert_eq!(
            venue("im Alten Theater Magdeburg"),
            Some(Marked::guessed("Alten Theater Magdeburg".into()))
        );
    }

    #[test]
    fn organizers_named_in_a_sentence() {
        let names = |text: &str| organizers(text).unwrap_or_default();
        assert_eq!(
            names("Veranstalter waren die Cyberallianz Sachsen-Anhalt e.V. und die Landeshauptstadt Magdeburg."),
            ["Cyberallianz Sachsen-Anhalt e.V.", "Landeshauptstadt Magdeburg"]
        );
        assert_eq!(
            names("The summit was hosted by Data Valley Saxony e.V. together with the City of Leipzig."),
            ["Data Valley Saxony e.V.", "City of Leipzig"]
        );
        assert_eq!(
            names("Eingeladen hatten die Industrie- und Handelskammer Erfurt, der Verein „Daten und Recht“ sowie die Stadt."),
            ["Industrie- und Handelskammer Erfurt", "Verein „Daten und Recht“", "Stadt"]
        );
        assert_eq!(organizers("Es kamen viele."), None);
    }

    #[test]
    fn mottos_named_as_such() {
        assert_eq!(
            motto("stand unter dem Motto „Daten teilen, Zukunft gestalten“."),
            Some("Daten teilen, Zukunft gestalten".into())
        );
        assert_eq!(
            motto("Das Motto: »Mut zur Lücke«"),
            Some("Mut zur Lücke".into())
        );
        assert_eq!(motto("Motto war gut. Er sagte „x“"), None);
    }
}
