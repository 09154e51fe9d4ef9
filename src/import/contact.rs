//! The press contact: the e-mail address and phone number of the "Für Rückfragen …" line.

const TRIGGERS: &[&str] = &[
    "rückfragen",
    "pressekontakt",
    "kontakt",
    "press contact",
    "media contact",
    "for questions",
    "further information",
    "further questions",
    "ansprechpartner",
    "ansprechpartnerin",
];

pub fn is_contact(paragraph: &str) -> bool {
    let lower = paragraph.to_lowercase();
    TRIGGERS.iter().any(|t| lower.contains(t))
        && (paragraph.contains('@') || phone(paragraph).is_some())
}

pub fn email(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|word| {
        let word = word.strip_prefix("mailto:").unwrap_or(word);
        let word = word.trim_matches(|c: char| !(c.is_alphanumeric()));
        let (local, domain) = word.split_once('@')?;
        (!local.is_empty() && domain.contains('.') && !domain.contains('@'))
            .then(|| word.to_string())
    })
}

/// The first run of digits, spaces and `+ – - / ( )` with at least six digits:
/// "0341 – 60016253", "+49 (0)341 600162-53".
pub fn phone(text: &str) -> Option<String> {
    let allowed =
        |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '–' | '/' | '(' | ')');
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        match start {
            None if c.is_ascii_digit() || c == '+' => {
                // Not the digits of an e-mail address or a web address.
                let before = text[..i].chars().next_back();
                if before.is_none_or(|b| b.is_whitespace() || matches!(b, ':' | ',' | '(' | ';')) {
                    start = Some(i);
                }
            }
            Some(s) if !allowed(c) => {
                let run = text[s..i].trim_end_matches(|c: char| !c.is_ascii_digit() && c != ')');
                let digits = run.chars().filter(char::is_ascii_digit).count();
                let glued = c.is_alphanumeric()
                    || c == '@'
                    || c == '.' && text[i..].chars().nth(1).is_some_and(|n| n.is_ascii_digit());
                if digits >= 6 && !glued {
                    return Some(run.trim().to_string());
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_contact_line() {
        let line = "Für Rückfragen wenden Sie sich bitte an: marielouise.busch@it-mitteldeutschland.de, 0341 – 60016253.";
        assert!(is_contact(line));
        assert_eq!(
            email(line),
            Some("marielouise.busch@it-mitteldeutschland.de".into())
        );
        assert_eq!(phone(line), Some("0341 – 60016253".into()));
    }

    #[test]
    fn phones_with_country_codes_and_no_dates() {
        assert_eq!(
            phone("Tel.: +49 (0)341 600162-53, Fax"),
            Some("+49 (0)341 600162-53".into())
        );
        assert_eq!(phone("am 17.04.2024 um 10 Uhr"), None);
        assert_eq!(
            email("Mail: <presse@example.org>."),
            Some("presse@example.org".into())
        );
        assert!(!is_contact("Kontaktfreudig war das Publikum."));
    }
}
