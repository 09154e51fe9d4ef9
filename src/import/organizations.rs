//! The closing "Zum …" sections: each organization's name, about text and link.

use super::draft::{Marked, OrganizationDraft};
use super::text::{is_closer, is_opener, squash, words, Paragraph};

const HEADING_LEADS: &[&str] = &[
    "Zum ",
    "Zur ",
    "Über den ",
    "Über die ",
    "Über das ",
    "Über ",
    "About the ",
    "About ",
];

/// "Zum Cluster IT Mitteldeutschland e.V." -> the organization's name.
pub fn heading(paragraph: &str) -> Option<&str> {
    let lead = HEADING_LEADS.iter().find(|l| paragraph.starts_with(*l))?;
    let name = paragraph[lead.len()..].trim();
    let ends_sentence = name.ends_with(['!', '?'])
        || (name.ends_with('.')
            && !name.ends_with("e.V.")
            && !name.ends_with("Inc.")
            && !name.ends_with("Ltd."));
    let ok = !name.is_empty()
        && name.chars().next().is_some_and(char::is_uppercase)
        && words(name).len() <= 8
        && !ends_sentence
        && !name.contains(':')
        && !name.chars().any(|c| is_opener(c) || is_closer(c));
    ok.then_some(name)
}

/// A paragraph that is only a link: its target when it is a web address.
fn link(paragraph: &Paragraph) -> Option<Option<Marked<String>>> {
    let raw = paragraph.raw.trim();
    if raw.contains(' ') && !raw.starts_with('[') {
        return None;
    }
    let target = if let Some(inner) = raw.strip_prefix('<').and_then(|r| r.strip_suffix('>')) {
        inner
    } else if raw.starts_with('[') && raw.ends_with(')') {
        let mid = raw.rfind("](")?;
        &raw[mid + 2..raw.len() - 1]
    } else {
        raw
    };
    if target.starts_with("https://") || target.starts_with("http://") {
        return Some(Some(Marked::read(target.to_string())));
    }
    if target.starts_with("www.") {
        // The scheme is added: most sites answer on https today, but not all.
        return Some(Some(Marked::guessed(format!("https://{target}"))));
    }
    // A link whose target was lost in copying ("[…](#)") still closes the section.
    raw.starts_with('[').then_some(None)
}

/// "IHK Erfurt" -> "Industrie- und Handelskammer (IHK) Erfurt" where the about
/// text spells the abbreviation out.
fn spelled_out(name: &str, about: &str) -> Option<String> {
    let (abbreviation, rest) = name.split_once(' ').unwrap_or((name, ""));
    let letters = abbreviation.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || !abbreviation.chars().all(char::is_uppercase) {
        return None;
    }
    let marker = format!("({abbreviation})");
    let at = about.find(&marker)?;
    let before = words(&about[..at]);
    let mut start = None;
    for &(s, word) in before.iter().rev() {
        let article = matches!(word, "Die" | "Der" | "Das" | "Den" | "Dem" | "The");
        let part =
            word.chars().next().is_some_and(char::is_uppercase) || word == "und" || word == "für";
        if !part || article {
            break;
        }
        start = Some(s);
    }
    let start = start?;
    let long = about[start..at].trim_start_matches(|c: char| !c.is_uppercase());
    Some(squash(&format!("{long} {marker} {rest}")))
}

/// Reads the sections from the first heading on; stops at the first paragraph
/// after a section that is no new heading (signatures, imprint).
pub fn read(paragraphs: &[Paragraph]) -> Vec<OrganizationDraft> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(name) = paragraphs.get(i).and_then(|p| heading(&p.text)) {
        i += 1;
        let mut about: Vec<String> = Vec::new();
        let mut url = None;
        while let Some(p) = paragraphs.get(i) {
            if heading(&p.text).is_some() {
                break;
            }
            i += 1;
            if let Some(target) = link(p) {
                url = target;
                break;
            }
            about.push(p.text.clone());
            // About texts are one or two paragraphs; more is the signature block.
            if about.len() >= 3 {
                break;
            }
        }
        let mut about_text = about.join("\n\n");
        let mut about_guessed = false;
        // "… im Landesverband Sachsen-Anhalt unter:" pointed at a link that is not kept.
        if about_text.ends_with(':') {
            let trimmed = about_text.trim_end_matches(':').trim_end();
            let trimmed = ["unter", "hier", "at", "here", "under"]
                .iter()
                .find_map(|w| trimmed.strip_suffix(w).map(str::trim_end))
                .unwrap_or(trimmed);
            about_text = format!("{trimmed}.");
            about_guessed = true;
        }
        let name = match spelled_out(name, &about_text) {
            Some(long) => Marked::guessed(long),
            None => Marked::read(name.to_string()),
        };
        found.push(OrganizationDraft {
            name,
            about: (!about.is_empty()).then_some(Marked {
                value: about_text,
                guessed: about_guessed,
            }),
            url,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text::paragraphs;

    #[test]
    fn headings_are_short_and_name_an_organization() {
        assert_eq!(
            heading("Zum Cluster IT Mitteldeutschland e.V."),
            Some("Cluster IT Mitteldeutschland e.V.")
        );
        assert_eq!(heading("About Northwind Ltd."), Some("Northwind Ltd."));
        assert_eq!(heading("Zum Abschluss sagte Dr. Berg: „Danke.“"), None);
        assert_eq!(heading("Zum Glück kamen alle pünktlich an."), None);
    }

    #[test]
    fn sections_with_about_and_links() {
        let text = "Zur IHK Erfurt\n\nDie Industrie- und Handelskammer (IHK) Erfurt vertritt 59.000 Unternehmen.\n\n<https://www.ihk.de/erfurt/>\n\nZum Verein e.V.\n\nMehr erfahren Sie unter:\n\n[Verein](#)\n\nSirko Scheffler\n\nVorstand";
        let found = read(&paragraphs(text));
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].name,
            Marked::guessed("Industrie- und Handelskammer (IHK) Erfurt".into())
        );
        assert_eq!(
            found[0].url,
            Some(Marked::read("https://www.ihk.de/erfurt/".into()))
        );
        assert_eq!(
            found[1].about,
            Some(Marked::guessed("Mehr erfahren Sie.".into()))
        );
        assert_eq!(found[1].url, None);
    }
}
