//! The press-release import never panics and never returns a file the rules
//! reject, whatever text it is given: random text, and real press releases
//! with their lines shuffled.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use proptest::prelude::*;
use recap_widget::import::import;
use recap_widget::recap::parse;

/// Imports `text` and checks the draft against the rules: no fatal problem,
/// no item problem, and a review list of paths.
fn draft_is_accepted(text: &str) -> Result<(), TestCaseError> {
    let json = import(text).to_json();
    match parse(&json) {
        Ok(parsed) => prop_assert!(
            parsed.warnings.is_empty(),
            "item problems {:?} in {json}",
            parsed.warnings
        ),
        Err(rejected) => prop_assert!(false, "rejected {:?}: {json}", rejected.fatal),
    }
    prop_assert!(json.ends_with('\n'));
    Ok(())
}

fn press_releases() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = vec![
        std::fs::read_to_string(root.join("tests/fixtures/press-release.txt")).unwrap_or_default(),
    ];
    if let Ok(entries) = std::fs::read_dir(root.join("tests/fixtures/press")) {
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(entry.path()).unwrap_or_default());
            }
        }
    }
    texts
}

/// Text made of the pieces press releases are made of, so that the rules'
/// corners (marks, datelines, names, colons) are reached far more often
/// than by uniform random characters.
fn press_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("„".to_string()),
        Just("“".to_string()),
        Just("»".to_string()),
        Just("«".to_string()),
        Just("\"".to_string()),
        Just("‚".to_string()),
        Just(": ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("**".to_string()),
        Just("Dr. ".to_string()),
        Just("Prof. Dr. ".to_string()),
        Just("Anna Müller".to_string()),
        Just("sagte ".to_string()),
        Just("so ".to_string()),
        Just("said ".to_string()),
        Just("Geschäftsführer der Beispiel GmbH".to_string()),
        Just("ERFURT, 17.04.2024".to_string()),
        Just("17. April 2024".to_string()),
        Just("Rund 140 Gäste".to_string()),
        Just("im Volkshaus Jena".to_string()),
        Just("Mit dabei waren ".to_string()),
        Just("Zum Verein e.V.".to_string()),
        Just("www.example.org".to_string()),
        Just("Für Rückfragen: a@b.de, 0341 123456".to_string()),
        Just("Motto ".to_string()),
        "[a-zA-ZäöüÄÖÜß0-9 ]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_gives_an_accepted_draft(text in any::<String>()) {
        draft_is_accepted(&text)?;
    }

    #[test]
    fn press_like_text_gives_an_accepted_draft(text in press_like()) {
        draft_is_accepted(&text)?;
    }

    #[test]
    fn shuffled_press_releases_give_accepted_drafts(
        (index, order) in (0usize..16).prop_flat_map(|index| {
            let texts = press_releases();
            let lines = texts.get(index % texts.len().max(1)).map_or(0, |t| t.lines().count());
            (Just(index), Just((0..lines).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let texts = press_releases();
        let text = texts.get(index % texts.len().max(1)).cloned().unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let shuffled: Vec<&str> = order.iter().filter_map(|&i| lines.get(i).copied()).collect();
        draft_is_accepted(&shuffled.join("\n"))?;
    }
}

/// A long text (a press release pasted many times over) imports in well
/// under a second per megabyte: no rule is quadratic in the text's length.
#[test]
fn long_texts_import_in_linear_time() {
    let text = press_releases().concat().repeat(40);
    let started = std::time::Instant::now();
    let draft = import(&text);
    let elapsed = started.elapsed();
    assert!(!draft.quotes.is_empty());
    assert!(
        elapsed.as_secs() < 10,
        "{} bytes took {elapsed:?}",
        text.len()
    );
}
