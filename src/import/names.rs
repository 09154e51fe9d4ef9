//! People's names in running text: honorifics, given and family names, and the words that are never part of one.

use super::text::{head, words};

/// Academic titles that stand before a name ("Prof. Dr." is two of them).
pub const HONORIFIC_WORDS: &[&str] = &[
    "Prof.",
    "Dr.",
    "Dr.-Ing.",
    "Dipl.-Ing.",
    "Dipl.-Kfm.",
    "PD",
    "h.c.",
    "Dr.h.c.",
    "Prof",
    "Dr",
    "med.",
    "rer.",
    "nat.",
    "habil.",
];

/// Particles inside a name ("Ursula von der Leyen", "Vincent van Gogh").
const PARTICLES: &[&str] = &[
    "von", "van", "de", "der", "den", "zu", "da", "di", "du", "le", "la", "y",
];

/// Capitalized words that start sentences or phrases, never a name.
const NOT_NAMES: &[&str] = &[
    "Die",
    "Der",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Zum",
    "Zur",
    "Mit",
    "Auch",
    "Dazu",
    "Für",
    "Im",
    "In",
    "Am",
    "An",
    "Auf",
    "Aus",
    "Bei",
    "Unter",
    "Nach",
    "Vor",
    "Wie",
    "Als",
    "Und",
    "Oder",
    "Aber",
    "Doch",
    "Denn",
    "So",
    "Sie",
    "Er",
    "Es",
    "Wir",
    "Ich",
    "Ihr",
    "Man",
    "Hier",
    "Dort",
    "Heute",
    "Gestern",
    "Morgen",
    "Damit",
    "Daher",
    "Deshalb",
    "Abschluss",
    "Anschluss",
    "Beginn",
    "Ende",
    "Rund",
    "Über",
    "Gemeinsam",
    "Frau",
    "Herr",
    "Herrn",
    "Moderiert",
    "The",
    "A",
    "An",
    "At",
    "On",
    "For",
    "With",
    "Also",
    "And",
    "Or",
    "But",
    "He",
    "She",
    "We",
    "They",
    "It",
    "This",
    "That",
    "Mr",
    "Mrs",
    "Ms",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Sachsen",
    "Thüringen",
    "Sachsen-Anhalt",
    "Deutschland",
    "Germany",
    "Mitteldeutschland",
    "Zitat",
    "Quote",
];

/// Endings of German nouns that are never family names in practice.
const NOUN_ENDINGS: &[&str] = &[
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "tät",
    "ismus",
    "konferenz",
    "gruppe",
    "kammer",
    "verband",
    "verein",
    "ministerium",
    "zentrum",
    "agentur",
    "institut",
    "hochschule",
    "universität",
    "gmbh",
    "rat",
    "amt",
    "wirtschaft",
    "politik",
    "verwaltung",
    "wissenschaft",
];

/// Words that name a position: they end a name and start a role.
const ROLE_ENDINGS: &[&str] = &[
    "führer",
    "führerin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "präsident",
    "präsidentin",
    "vorsitzender",
    "vorsitzende",
    "mitglied",
    "sekretär",
    "sekretärin",
    "minister",
    "ministerin",
    "sprecher",
    "sprecherin",
    "referent",
    "referentin",
    "gründer",
    "gründerin",
    "inhaber",
    "inhaberin",
    "berater",
    "beraterin",
    "professor",
    "professorin",
    "beauftragter",
    "beauftragte",
    "manager",
    "managerin",
    "officer",
    "founder",
    "director",
    "president",
    "bürgermeister",
    "bürgermeisterin",
    "dezernent",
    "dezernentin",
    "vorstand",
    "vorständin",
    "koordinator",
    "koordinatorin",
    "partnerin",
    "chairman",
    "chairwoman",
];
const ROLE_WORDS: &[&str] = &[
    "ceo",
    "cto",
    "cio",
    "cfo",
    "coo",
    "cdo",
    "head",
    "chair",
    "lead",
    "vp",
    "co-founder",
    "owner",
    "partner",
    "dean",
    "staatssekretär",
    "staatssekretärin",
    "landrat",
    "landrätin",
    "abgeordneter",
    "abgeordnete",
    "mayor",
];

/// Verbs that introduce or follow a quotation.
pub const SPEECH_VERBS: &[&str] = &[
    "sagte",
    "sagt",
    "betonte",
    "betont",
    "erklärte",
    "erklärt",
    "ergänzte",
    "ergänzt",
    "meinte",
    "meint",
    "resümierte",
    "resümiert",
    "unterstrich",
    "unterstreicht",
    "bilanzierte",
    "bilanziert",
    "kommentierte",
    "kommentiert",
    "mahnte",
    "mahnt",
    "warnte",
    "warnt",
    "forderte",
    "fordert",
    "appellierte",
    "so",
    "said",
    "says",
    "added",
    "adds",
    "explained",
    "explains",
    "stressed",
    "stresses",
    "noted",
    "notes",
    "emphasised",
    "emphasized",
    "commented",
    "remarked",
    "concluded",
    "summed",
    "sprach",
    "spricht",
    "fasste",
    "zog",
    "äußerte",
    "ergänzte",
    "berichtete",
    "berichtet",
    "reported",
    "reports",
    "told",
    "warned",
    "warns",
    "pointed",
];

/// Adverbs between a speech verb and the name ("sagte abschließend Name").
const SPEECH_ADVERBS: &[&str] = &[
    "abschließend",
    "weiter",
    "auch",
    "dazu",
    "zudem",
    "außerdem",
    "ebenfalls",
    "schließlich",
    "also",
    "further",
    "finally",
];

pub fn is_role_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    ROLE_WORDS.contains(&lower.as_str()) || ROLE_ENDINGS.iter().any(|e| lower.ends_with(e))
}

pub fn is_speech_verb(word: &str) -> bool {
    let lower = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    SPEECH_VERBS.contains(&lower.as_str())
}

pub fn is_speech_adverb(word: &str) -> bool {
    let lower = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    SPEECH_ADVERBS.contains(&lower.as_str())
}

/// A person's name as written: honorific apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub honorific: Option<String>,
    pub name: String,
    /// How many words the name has: one word is a reference to someone named before.
    pub words: usize,
}

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase()
        || NOT_NAMES.contains(&word)
        || super::dates::month(word).is_some()
        || is_role_word(word)
    {
        return false;
    }
    // Acronyms (IHK, KI, CEO) are organizations or topics, not people.
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return false;
    }
    if !word
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        || word.ends_with('-')
    {
        return false;
    }
    let lower = word.to_lowercase();
    !NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Reads a name at the start of `text` (after leading blanks); returns it with
/// the byte offset where it ends. One-word names are returned too (with a
/// title, or as a reference the caller checks against people already named).
pub fn name_at(text: &str) -> Option<(Name, usize)> {
    // Titles and up to five name words: a few hundred bytes at most.
    let tokens = words(head(text, 400));
    let mut honorifics: Vec<&str> = Vec::new();
    let mut parts: Vec<(&str, usize)> = Vec::new();
    let mut i = 0;
    while let Some(&(_, token)) = tokens.get(i) {
        if !HONORIFIC_WORDS.contains(&token) {
            break;
        }
        honorifics.push(token);
        i += 1;
    }
    while let Some(&(start, token)) = tokens.get(i) {
        let core = token.trim_end_matches([',', ':', ';', '.', '!', '?', ')']);
        let stops_here = core.len() < token.len();
        // Particles follow the given name only: "Anna Berg von der Stadt" ends at "Berg".
        let is_particle = !parts.is_empty()
            && parts[1..].iter().all(|(p, _)| PARTICLES.contains(p))
            && PARTICLES.contains(&core)
            && !stops_here
            && tokens.get(i + 1).is_some_and(|(_, next)| {
                PARTICLES.contains(next) || next.chars().next().is_some_and(char::is_uppercase)
            });
        if !(is_particle || is_name_word(core)) || parts.len() >= 5 {
            break;
        }
        parts.push((core, start + core.len()));
        i += 1;
        if stops_here {
            break;
        }
    }
    // A trailing particle is a preposition after the name ("Anna Berg von der …").
    while parts.last().is_some_and(|(p, _)| PARTICLES.contains(p)) {
        parts.pop();
    }
    let &(_, end) = parts.last()?;
    let name = parts.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(" ");
    Some((
        Name {
            honorific: (!honorifics.is_empty()).then(|| honorifics.join(" ")),
            name,
            words: parts.len(),
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<(Option<String>, String, String)> {
        name_at(text).map(|(n, end)| (n.honorific, n.name, text[end..].to_string()))
    }

    #[test]
    fn honorifics_stand_apart() {
        assert_eq!(
            name("Prof. Dr. Gunnar Auth, Professor"),
            Some((
                Some("Prof. Dr.".into()),
                "Gunnar Auth".into(),
                ", Professor".into()
            ))
        );
        assert_eq!(
            name("Dr. Herbert Vogler, Geschäftsführer"),
            Some((
                Some("Dr.".into()),
                "Herbert Vogler".into(),
                ", Geschäftsführer".into()
            ))
        );
    }

    #[test]
    fn hyphens_particles_and_letters_from_other_languages() {
        assert_eq!(
            name("Cornelia Haase-Lerch:").map(|n| n.1),
            Some("Cornelia Haase-Lerch".into())
        );
        assert_eq!(
            name("Zoë Ćosić – Gründerin").map(|n| n.1),
            Some("Zoë Ćosić".into())
        );
        assert_eq!(
            name("Jørn Ødegaard betonte").map(|n| n.1),
            Some("Jørn Ødegaard".into())
        );
        assert_eq!(
            name("Ursula von der Leyen sagte").map(|n| n.1),
            Some("Ursula von der Leyen".into())
        );
        assert_eq!(
            name("Anna Berg von der Stadt").map(|n| n.1),
            Some("Anna Berg".into())
        );
    }

    #[test]
    fn roles_acronyms_and_nouns_are_not_names() {
        assert_eq!(name("Geschäftsführer Lecos GmbH"), None);
        assert_eq!(name("IHK Erfurt").map(|n| n.1), None);
        assert_eq!(
            name("Digitale Verwaltung").map(|n| n.2),
            Some(" Verwaltung".into())
        );
        assert_eq!(
            name("Mario Jandeck Geschäftsführer").map(|n| n.1),
            Some("Mario Jandeck".into())
        );
    }
}
