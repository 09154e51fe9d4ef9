//! The shipped recap against the press release it was written from: every
//! quoted passage appears word for word, with the right speaker, and every
//! person named in bold is in the recap.

use std::path::Path;

use recap_widget::recap::{parse, Recap};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn shipped() -> Recap {
    match parse(&read("static/recap.json")) {
        Ok(parsed) => {
            assert!(
                parsed.warnings.is_empty(),
                "the shipped recap has warnings: {:?}",
                parsed.warnings
            );
            parsed.recap
        }
        Err(rejected) => panic!("the shipped recap is rejected: {:?}", rejected.fatal),
    }
}

/// Collapses every run of white space (including paragraph breaks) to one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A quoted passage of the press release and the text just before it.
struct Passage {
    text: String,
    lead: String,
    /// Continues the previous passage (a closing mark without an opening one).
    continuation: bool,
}

/// Finds the quoted statements: „…“ and "…" spans of statement length, and a
/// paragraph that ends with a closing mark whose opening mark is missing.
fn passages(release: &str) -> Vec<Passage> {
    let text = words(release);
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut last_close = 0;
    for (i, &c) in chars.iter().enumerate() {
        match (c, open) {
            ('„', None) => open = Some((i, '“')),
            ('"', None) => open = Some((i, '"')),
            (close, Some((start, expected))) if close == expected => {
                let span: String = chars[start + 1..i].iter().collect();
                if span.chars().count() >= 80 {
                    let lead: String = chars[start.saturating_sub(300)..start].iter().collect();
                    found.push(Passage {
                        text: span,
                        lead,
                        continuation: false,
                    });
                }
                open = None;
                last_close = i;
            }
            ('“', None) => {
                let span: String = chars[last_close + 1..i].iter().collect();
                found.push(Passage {
                    text: span.trim().to_owned(),
                    lead: String::new(),
                    continuation: true,
                });
                last_close = i;
            }
            _ => {}
        }
    }
    found
}

#[test]
fn every_quoted_passage_is_in_the_recap_word_for_word_with_its_speaker() {
    let release = read("tests/fixtures/press-release.txt");
    let recap = shipped();
    let quote_texts: Vec<String> = recap.quotes.iter().map(|q| words(&q.text)).collect();
    let found = passages(&release);
    assert_eq!(
        found.len(),
        14,
        "13 statements, one of them over two paragraphs"
    );
    let mut previous: Option<usize> = None;
    for passage in &found {
        let owner = quote_texts
            .iter()
            .position(|q| q.contains(&passage.text))
            .unwrap_or_else(|| panic!("not in the recap word for word: {}", passage.text));
        if passage.continuation {
            assert_eq!(
                Some(owner),
                previous,
                "a continued statement belongs to the same quote"
            );
        } else {
            let speaker = recap.quotes[owner].speaker.map(|s| &recap.speakers[s]);
            let speaker = speaker
                .unwrap_or_else(|| panic!("quote {} has no speaker", recap.quotes[owner].id));
            assert!(
                passage.lead.contains(&speaker.name),
                "quote {} is attributed to {}, but the release names someone else before it",
                recap.quotes[owner].id,
                speaker.name
            );
        }
        previous = Some(owner);
    }
    // Nothing in the recap's quotes that the release does not say.
    for (quote, text) in recap.quotes.iter().zip(&quote_texts) {
        let covered: usize = found
            .iter()
            .filter(|p| text.contains(&p.text))
            .map(|p| p.text.len())
            .sum();
        let paragraph_joins = quote.text.matches("\n\n").count();
        assert_eq!(
            covered + paragraph_joins,
            text.len(),
            "quote {} holds text that is not in the release",
            quote.id
        );
    }
}

#[test]
fn the_statement_over_two_paragraphs_keeps_both() {
    let recap = shipped();
    let scheffler = recap
        .quotes
        .iter()
        .find(|q| q.id == "scheffler-quo-vadis")
        .expect("Scheffler's statement");
    assert_eq!(scheffler.paragraphs().count(), 2);
    let sander = recap
        .quotes
        .iter()
        .find(|q| q.id == "sander-registermodernisierung")
        .expect("Sander");
    assert!(sander
        .text
        .contains("Vor allen Dingen im Bereich Registermodernisierung"));
}

#[test]
fn every_person_named_as_taking_part_is_in_the_recap() {
    let release = read("tests/fixtures/press-release.txt");
    let recap = shipped();
    let names: Vec<String> = recap.speakers.iter().map(|s| s.display_name()).collect();
    let bold: Vec<&str> = release.split("**").skip(1).step_by(2).collect();
    assert_eq!(bold.len(), 5);
    for name in bold {
        assert!(
            names.iter().any(|n| n == name),
            "{name} is named as taking part but missing"
        );
    }
    assert_eq!(recap.speakers.len(), 14);
    assert!(recap
        .speakers
        .iter()
        .all(|s| s.role.is_some() && s.organization.is_some()));
}

#[test]
fn the_event_matches_the_release() {
    let recap = shipped();
    let event = &recap.event;
    assert_eq!(event.title, "15. Mitteldeutsche Digitalisierungskonferenz");
    assert_eq!(
        (event.date.year, event.date.month, event.date.day),
        (2024, 4, 17)
    );
    assert_eq!(event.city, "Erfurt");
    assert_eq!(event.attendees, Some(100));
    assert_eq!(recap.language, "de");
    let contact = event.contact.as_ref().expect("press contact");
    assert_eq!(
        contact.email.as_deref(),
        Some("marielouise.busch@it-mitteldeutschland.de")
    );
    assert_eq!(recap.organizations.len(), 3);
}
