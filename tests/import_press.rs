//! The press-release import against recaps made by hand: the seed press
//! release (with the shipped `static/recap.json`) and the releases in
//! `tests/fixtures/press/`. Quotes, people, date and city must come out
//! right; every other field is counted and reported (run with
//! `--nocapture` to see the figures).

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use recap_widget::import::import;
use recap_widget::recap::{parse, Recap};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A recap the rules accept with no fatal and no item problem.
fn accepted(json: &str, what: &str) -> Recap {
    match parse(json) {
        Ok(parsed) => {
            assert!(
                parsed.warnings.is_empty(),
                "{what}: item problems {:?}",
                parsed.warnings
            );
            parsed.recap
        }
        Err(rejected) => panic!("{what}: rejected {:?}", rejected.fatal),
    }
}

/// Collapses every run of white space (paragraph breaks too) to one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn speaker_name(recap: &Recap, index: Option<usize>) -> Option<&str> {
    index
        .and_then(|i| recap.speakers.get(i))
        .map(|s| s.name.as_str())
}

#[derive(Default, Debug)]
struct Score {
    quotes_expected: usize,
    quotes_found: usize,
    quotes_right: usize,
    quotes_invented: usize,
    people_expected: usize,
    people_found: usize,
    people_right: usize,
    fields_total: usize,
    fields_right: usize,
    wrong: Vec<String>,
    review: Vec<String>,
}

impl Score {
    fn field<T: PartialEq + std::fmt::Debug>(&mut self, path: &str, got: T, want: T) {
        self.fields_total += 1;
        if got == want {
            self.fields_right += 1;
        } else {
            self.wrong
                .push(format!("{path}: {got:?} (expected {want:?})"));
        }
    }

    fn report(&self, name: &str) {
        println!(
            "{name}: quotes found {} / right {} of {} / invented {}; people found {} / right {} of {}; fields right {} of {}",
            self.quotes_found,
            self.quotes_right,
            self.quotes_expected,
            self.quotes_invented,
            self.people_found,
            self.people_right,
            self.people_expected,
            self.fields_right,
            self.fields_total
        );
        for wrong in &self.wrong {
            println!("  differs  {wrong}");
        }
        println!("  review   {}", self.review.join(", "));
    }
}

/// Imports `press` and compares the draft with the hand-made `expected`.
fn score(name: &str, press: &str, expected: &Recap) -> (Score, Recap) {
    let draft = import(press);
    let json = draft.to_json();
    assert!(
        json.ends_with("}\n") && json.starts_with("{\n  \""),
        "{name}: two-space indent, trailing newline"
    );
    let got = accepted(&json, name);
    let mut score = Score {
        quotes_expected: expected.quotes.len(),
        quotes_found: got.quotes.len(),
        people_expected: expected.speakers.len(),
        people_found: got.speakers.len(),
        review: draft.review(),
        ..Score::default()
    };
    for quote in &got.quotes {
        let text = words(&quote.text);
        match expected.quotes.iter().find(|q| words(&q.text) == text) {
            None => {
                score.quotes_invented += 1;
                score.wrong.push(format!("invented quote {:?}", quote.text));
            }
            Some(want)
                if speaker_name(expected, want.speaker) == speaker_name(&got, quote.speaker) =>
            {
                score.quotes_right += 1
            }
            Some(_) => score
                .wrong
                .push(format!("quote with the wrong speaker: {:?}", quote.text)),
        }
    }
    for want in &expected.quotes {
        if !got
            .quotes
            .iter()
            .any(|q| words(&q.text) == words(&want.text))
        {
            score.wrong.push(format!("missing quote {:?}", want.text));
        }
    }
    for want in &expected.speakers {
        let Some(person) = got.speakers.iter().find(|s| s.name == want.name) else {
            score.wrong.push(format!("missing person {}", want.name));
            continue;
        };
        if person.honorific == want.honorific && person.role == want.role {
            score.people_right += 1;
        } else {
            score.wrong.push(format!(
                "person {}: {:?} {:?} (expected {:?} {:?})",
                want.name, person.honorific, person.role, want.honorific, want.role
            ));
        }
        let at = format!("speakers[{}]", want.name);
        score.field(
            &format!("{at}.organization"),
            &person.organization,
            &want.organization,
        );
        score.field(&format!("{at}.region"), person.region, want.region);
        score.field(&format!("{at}.sector"), person.sector, want.sector);
    }
    for person in &got.speakers {
        if !expected.speakers.iter().any(|s| s.name == person.name) {
            score
                .wrong
                .push(format!("person not in the recap: {}", person.name));
        }
    }
    let (e, w) = (&got.event, &expected.event);
    score.field("language", &got.language, &expected.language);
    score.field("event.title", &e.title, &w.title);
    score.field("event.motto", &e.motto, &w.motto);
    score.field("event.date", e.date, w.date);
    score.field("event.city", &e.city, &w.city);
    score.field("event.venue", &e.venue, &w.venue);
    score.field("event.attendees", e.attendees, w.attendees);
    score.field(
        "event.summary",
        e.summary.as_deref().map(words),
        w.summary.as_deref().map(words),
    );
    score.field("event.organizers", &e.organizers, &w.organizers);
    score.field("event.contact", &e.contact, &w.contact);
    score.field(
        "organizations.len",
        got.organizations.len(),
        expected.organizations.len(),
    );
    for (i, want) in expected.organizations.iter().enumerate() {
        let found = got.organizations.get(i);
        score.field(
            &format!("organizations[{i}].name"),
            found.map(|o| &o.name),
            Some(&want.name),
        );
        score.field(
            &format!("organizations[{i}].about"),
            found.and_then(|o| o.about.as_deref()).map(words),
            want.about.as_deref().map(words),
        );
        score.field(
            &format!("organizations[{i}].url"),
            found.and_then(|o| o.url.as_ref()),
            want.url.as_ref(),
        );
    }
    (score, got)
}

/// The measure for every release: all quotes verbatim with their speakers,
/// none invented, all people with honorific, name and role, none extra,
/// and the event's date and city exact.
fn assert_measure(name: &str, score: &Score, got: &Recap, expected: &Recap) {
    score.report(name);
    assert_eq!(
        score.quotes_right, score.quotes_expected,
        "{name}: {:#?}",
        score.wrong
    );
    assert_eq!(score.quotes_invented, 0, "{name}: {:#?}", score.wrong);
    assert_eq!(
        score.quotes_found, score.quotes_expected,
        "{name}: {:#?}",
        score.wrong
    );
    assert_eq!(
        score.people_right, score.people_expected,
        "{name}: {:#?}",
        score.wrong
    );
    assert_eq!(
        score.people_found, score.people_expected,
        "{name}: {:#?}",
        score.wrong
    );
    assert_eq!(got.event.date, expected.event.date, "{name}: date");
    assert_eq!(got.event.city, expected.event.city, "{name}: city");
}

#[test]
fn the_seed_press_release_gives_the_shipped_recap() {
    let expected = accepted(&read("static/recap.json"), "static/recap.json");
    let press = read("tests/fixtures/press-release.txt");
    let (score, got) = score("seed", &press, &expected);
    assert_measure("seed", &score, &got, &expected);
    assert_eq!((score.quotes_expected, score.people_expected), (13, 14));
}

#[test]
fn press_releases_not_seen_while_writing_the_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/press");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".txt").map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "at least three press releases: {names:?}");
    for name in &names {
        let press = read(&format!("tests/fixtures/press/{name}.txt"));
        let expected = accepted(&read(&format!("tests/fixtures/press/{name}.json")), name);
        let (score, got) = score(name, &press, &expected);
        assert_measure(name, &score, &got, &expected);
    }
}

#[test]
fn every_guessed_value_is_listed_for_review() {
    let draft = import(&read("tests/fixtures/press-release.txt"));
    let json: serde_json::Value = serde_json::from_str(&draft.to_json()).unwrap_or_default();
    let review = json["review"].as_array().cloned().unwrap_or_default();
    // A motto from a subtitle and an organization split off without a legal form are guesses.
    assert!(review.iter().any(|p| p == "event.motto"), "{review:?}");
    assert!(
        review.iter().any(|p| p == "speakers[1].organization"),
        "{review:?}"
    );
    // The quotes and the date were read as they stand.
    assert!(!review.iter().any(|p| p
        .as_str()
        .is_some_and(|p| p.starts_with("quotes") || p == "event.date")));
}

/// The seed written in other typographic habits must come out the same:
/// guillemets or straight marks instead of „…“, no bold type, Windows line
/// ends. Rules that only fit the seed's exact characters would fail here.
#[test]
fn the_seed_in_other_typography() {
    let json = read("static/recap.json");
    let press = read("tests/fixtures/press-release.txt");
    // (name, the press release, the shipped recap with the same marks)
    let variants = [
        (
            "guillemets",
            press.replace('„', "»").replace('“', "«"),
            json.replace('„', "»").replace('“', "«"),
        ),
        (
            "straight marks",
            press.replace(['„', '“'], "\""),
            json.replace(['„', '“'], "\\\""),
        ),
        ("no bold", press.replace("**", ""), json.clone()),
        ("CRLF", press.replace('\n', "\r\n"), json.clone()),
    ];
    for (name, text, recap) in &variants {
        let expected = accepted(recap, name);
        let (score, got) = score(name, text, &expected);
        assert_measure(name, &score, &got, &expected);
    }
}
