//! The recap parser reads JSON the way serde_json does: for every
//! JSONTestSuite-style case under `tests/fixtures/json/` (written for this
//! project: `y_` must parse, `n_` must not, `i_` may go either way but never
//! panics) and for arbitrary JSON values and mutated files (property tests),
//! it gives the same verdict as `serde_json::Value`. "Valid JSON" for the
//! recap parser means: no syntax problem and not empty (a valid JSON file
//! that is no recap gets a problem of the recap rules instead).
//!
//! One leniency is on purpose: a UTF-8 byte order mark before the text is
//! skipped (editors save files with one); serde_json refuses it.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

mod common;

use common::mutate;
use proptest::prelude::*;
use recap_widget::recap::{parse, parse_bytes, Parsed, ProblemKind, Rejected};
use serde_json::Value;

/// Whether the recap parser found the text to be JSON.
fn recap_says_json(result: &Result<Parsed, Rejected>) -> bool {
    match result {
        Ok(_) => true,
        Err(rejected) => !rejected
            .fatal
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::Syntax(_) | ProblemKind::Empty)),
    }
}

fn serde_says_json(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Value>(bytes).is_ok()
}

fn cases() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json");
    let mut cases: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .expect("tests/fixtures/json")
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a file name")
                .to_owned();
            (name, fs::read(&path).expect("a readable case"))
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_case_gets_serde_jsons_verdict() {
    let cases = cases();
    assert!(cases.len() > 60, "the cases are there ({})", cases.len());
    let mut wrong = Vec::new();
    for (name, bytes) in &cases {
        let recap = recap_says_json(&parse_bytes(bytes));
        let serde = serde_says_json(bytes);
        let expected = match &name[..2] {
            "y_" => Some(true),
            "n_" => Some(false),
            "i_" => None,
            _ => panic!("{name}: a case is named y_, n_ or i_"),
        };
        if let Some(expected) = expected {
            assert_eq!(serde, expected, "{name}: the case itself is wrong");
            if recap != expected {
                wrong.push(format!(
                    "{name}: recap parser says {recap}, serde_json {serde}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_case_inside_a_recap_keeps_its_verdict_and_its_place() {
    let before = "{\"version\": 1, \"event\": {\"title\": \"T\", \"date\": \"2024-04-17\", \"city\": \"C\"},\n\"future_field\": ";
    let after = ",\n\"speakers\": [], \"quotes\": []}";
    for (name, bytes) in cases() {
        let Ok(case) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if name.starts_with("i_") || case.trim().is_empty() || case.starts_with('\u{feff}') {
            continue;
        }
        let text = format!("{before}{case}{after}");
        let result = parse(&text);
        let serde = serde_says_json(text.as_bytes());
        assert_eq!(recap_says_json(&result), serde, "{name} inside a recap");
        match result {
            Ok(parsed) => assert_eq!(parsed.recap.event.title, "T", "{name}"),
            Err(rejected) => {
                // The syntax error is in the case's text: line 2 on.
                let syntax = rejected
                    .fatal
                    .iter()
                    .find(|p| matches!(p.kind, ProblemKind::Syntax(_)))
                    .unwrap_or_else(|| panic!("{name}: {rejected:?}"));
                assert!(
                    syntax.line.is_some_and(|line| line >= 2),
                    "{name}: {syntax:?}"
                );
            }
        }
    }
}

/// Arbitrary JSON values, small and deep enough to matter.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("\\PC{0,8}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

const BASE: &str = r#"{"version": 1, "event": {"title": "T", "date": "2024-04-17", "city": "C"}, "speakers": [{"id": "a", "name": "A"}], "quotes": [], "future_field": FIELD}"#;

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Any JSON value serde_json writes, compact or pretty, is JSON to the
    /// recap parser too; in an unknown field it changes nothing, and as the
    /// title it is the title when it is text.
    #[test]
    fn any_json_value_is_json_to_the_recap_parser(value in json_value(), pretty in any::<bool>()) {
        let written = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        }.expect("serde_json writes any value");
        prop_assert!(recap_says_json(&parse(&written)), "{written}");

        let base = parse(&BASE.replace("FIELD", "null")).expect("the base recap");
        let with_field = parse(&BASE.replace("FIELD", &written)).map(|parsed| parsed.recap);
        prop_assert!(with_field.as_ref().is_ok_and(|recap| *recap == base.recap), "{written}");

        let as_title = BASE.replace("\"title\": \"T\"", &format!("\"title\": {written}")).replace("FIELD", "null");
        let result = parse(&as_title);
        prop_assert!(recap_says_json(&result));
        match (&value, result) {
            (Value::String(title), Ok(parsed)) => prop_assert_eq!(&parsed.recap.event.title, title.trim()),
            (Value::String(title), Err(_)) => prop_assert!(title.trim().is_empty(), "{title:?} was refused"),
            (_, result) => prop_assert!(result.is_err(), "a {value} title was taken"),
        }
    }

    /// A valid recap with a few characters inserted, removed or replaced:
    /// JSON to the recap parser exactly when it is JSON to serde_json.
    #[test]
    fn mutated_files_get_serde_jsons_verdict(edits in prop::collection::vec((0usize..400, prop_oneof![
        Just('{'), Just('}'), Just('['), Just(']'), Just('"'), Just(','), Just(':'), Just('\\'),
        Just(' '), Just('\n'), Just('0'), Just('-'), Just('e'), Just('.'), Just('u'), Just('\u{1}'),
        any::<char>(),
    ], 0u8..3), 1..4)) {
        let text = mutate(&BASE.replace("FIELD", r#"{"list": [1, -2.5e3, "x\u00e4\n", true, null]}"#), &edits);
        // The one leniency: a byte order mark before the text.
        let unmarked = text.strip_prefix('\u{feff}').unwrap_or(&text);
        // Lone surrogate escapes are implementation-defined (i_ cases).
        prop_assume!(!unmarked.contains("\\ud") && !unmarked.contains("\\uD"));
        prop_assert_eq!(recap_says_json(&parse(&text)), serde_says_json(unmarked.as_bytes()), "{}", text);
    }
}
