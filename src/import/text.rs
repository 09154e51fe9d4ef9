//! The press release as plain paragraphs: markdown leftovers removed, wrapped lines joined, sentences found.

/// One paragraph (text between blank lines) with its lines joined by a space.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    /// As written, markdown markers included: the people lists use `**` to find names.
    pub raw: String,
    /// Without markdown markers: what every other reader sees.
    pub text: String,
}

pub fn paragraphs(input: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, out: &mut Vec<Paragraph>| {
        if !lines.is_empty() {
            let raw = squash(&lines.join(" "));
            let text = squash(&clean(&raw));
            if !text.is_empty() {
                out.push(Paragraph { raw, text });
            }
            lines.clear();
        }
    };
    for line in input.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut lines, &mut out);
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut out);
    out
}

/// Removes the markdown that press releases copied from web pages carry:
/// `**bold**`, `[label](target)` (the label stays) and `<https://…>`.
pub fn clean(raw: &str) -> String {
    let text = raw.replace("**", "");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|mid| {
            let target = &after[mid + 2..];
            target.find(')').map(|close| (mid, mid + 2 + close + 1))
        });
        match link {
            Some((mid, end)) if !after[..mid].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..mid]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let trimmed = out.trim();
    if trimmed.starts_with("<http") && trimmed.ends_with('>') && !trimmed.contains(' ') {
        return trimmed[1..trimmed.len() - 1].to_string();
    }
    out
}

/// Collapses every run of white space to one space.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr.", "prof.", "e.v.", "st.", "nr.", "bzw.", "z.b.", "u.a.", "inc.", "ltd.", "co.", "dipl.",
    "ing.", "h.c.", "ca.", "vgl.", "sog.", "str.", "jr.", "mr.", "mrs.", "ms.", "med.", "rer.",
    "nat.", "abs.", "hr.", "fr.", "corp.", "e.g.", "i.e.", "gem.", "ggf.", "dr.-ing.", "e.g.",
    "mbh.", "a.d.",
];

/// Whether the word before a period is an abbreviation, an ordinal ("17.") or an initial ("J.").
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if ABBREVIATIONS.contains(&lower) {
        return true;
    }
    let body = lower.trim_end_matches('.');
    !body.is_empty() && (body.chars().all(|c| c.is_ascii_digit()) || body.chars().count() == 1)
}

/// The byte offset just after the first sentence end at or after `from`, if any:
/// `.`, `!` or `?` followed by white space and an upper-case letter, a digit or
/// an opening quotation mark, or by the end of the text.
pub fn sentence_end(text: &str, from: usize) -> Option<usize> {
    let start = text.get(from..)?;
    for (offset, c) in start.char_indices() {
        let i = from + offset;
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let end = i + c.len_utf8();
        let rest = &text[end..];
        let next = rest.trim_start();
        let followed = next.is_empty()
            || (rest.starts_with(char::is_whitespace)
                && next
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opener(n)));
        if !followed {
            continue;
        }
        if c == '.' {
            let word_start = text[..i].rfind(char::is_whitespace).map_or(0, |w| w + 1);
            if is_abbreviation(&text[word_start..end]) {
                continue;
            }
        }
        return Some(end);
    }
    None
}

/// The text after the last sentence end: the clause that leads into what follows.
pub fn last_sentence(text: &str) -> &str {
    let mut start = 0;
    while let Some(end) = sentence_end(text, start) {
        if end >= text.len() {
            break;
        }
        start = end;
    }
    text[start..].trim()
}

pub fn is_opener(c: char) -> bool {
    matches!(c, '„' | '»' | '"' | '“')
}

pub fn is_closer(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '"')
}

/// Whether a text ends like a finished sentence (what a paragraph break needs to be real).
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

/// "ERFURT" -> "Erfurt", "HALLE (SAALE)" -> "Halle (Saale)"; mixed case stays.
pub fn place_case(place: &str) -> String {
    if place.chars().any(char::is_lowercase) {
        return place.to_string();
    }
    let mut out = String::with_capacity(place.len());
    let mut word_start = true;
    for c in place.chars() {
        if c.is_alphabetic() {
            if word_start {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
            word_start = false;
        } else {
            out.push(c);
            word_start = true;
        }
    }
    out
}

/// The first `max` bytes of `text` (or a little less, at a character
/// boundary): readers that look at a few words read only those, so that
/// scanning a long text stays linear.
pub fn head(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Words with the byte offset each starts at.
pub fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_join_lines_and_drop_markdown() {
        let found = paragraphs("a\nb **C**\n\n\n[x](#) <https://e.org/>\n\n<https://e.org/>\n");
        let texts: Vec<_> = found.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["a b C", "x <https://e.org/>", "https://e.org/"]);
        assert_eq!(found[0].raw, "a b **C**");
    }

    #[test]
    fn sentences_end_after_periods_that_are_not_abbreviations() {
        let text = "Am 17. April sprach Dr. Vogler vom Databund e.V. in Jena. Danach";
        let end = sentence_end(text, 0);
        assert_eq!(
            end.map(|e| &text[..e]),
            Some("Am 17. April sprach Dr. Vogler vom Databund e.V. in Jena.")
        );
        assert_eq!(
            last_sentence("Eins. Zum Abschluss sagte Dr. Name:"),
            "Zum Abschluss sagte Dr. Name:"
        );
    }

    #[test]
    fn places_in_capitals_get_their_case() {
        assert_eq!(place_case("ERFURT"), "Erfurt");
        assert_eq!(place_case("HALLE (SAALE)"), "Halle (Saale)");
        assert_eq!(place_case("Bad Langensalza"), "Bad Langensalza");
    }
}
