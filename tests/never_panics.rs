//! Property tests: arbitrary and mutated input never panics the parser, the
//! validator, the checker's locator or the view state built from a recap.
//! Bounded (a few hundred cases each) so the suite stays quick.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::mutate;
use proptest::prelude::*;
use recap_widget::lang::Lang;
use recap_widget::recap::parse;
use recap_widget::view::carousel::{position, visible_quotes};
use recap_widget::view::filter::{PeopleIndex, Selection};
use recap_widget::view::url;

const SHIPPED: &str = include_str!("../static/recap.json");

/// Exercises everything downstream of a successful parse.
fn use_everything(text: &str) {
    match parse(text) {
        Ok(parsed) => {
            for warning in &parsed.warnings {
                let _ = warning.message(Lang::De);
            }
            let index = PeopleIndex::new(&parsed.recap);
            let selection = Selection {
                query: "ä".into(),
                ..Selection::default()
            };
            let matches = index.apply(&selection);
            let quotes = visible_quotes(&parsed.recap, &matches, &selection);
            let _ = position(&parsed.recap, &quotes, Some("x"));
        }
        Err(rejected) => {
            for problem in rejected.fatal.iter().chain(&rejected.warnings) {
                let _ = problem.message(Lang::En);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        use_everything(&text);
    }

    #[test]
    fn json_shaped_noise_never_panics(text in r#"[\{\}\[\]",:0-9a-z \n\\tfrue-]{0,120}"#) {
        use_everything(&text);
    }

    #[test]
    fn mutated_shipped_recap_never_panics(edits in prop::collection::vec((0usize..16_000, any::<char>(), 0u8..3), 1..6)) {
        use_everything(&mutate(SHIPPED, &edits));
    }

    #[test]
    fn truncated_shipped_recap_never_panics(cut in 0usize..16_000) {
        let cut = SHIPPED.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(SHIPPED.len());
        use_everything(&SHIPPED[..cut]);
    }

    #[test]
    fn url_state_round_trips(query in "\\PC{0,40}", quote in "[a-z0-9-]{1,20}", foreign in "[a-z]{1,8}=[a-z%0-9+]{0,10}") {
        let view = url::UrlView { query: query.trim().to_owned(), quote: Some(quote), ..url::UrlView::default() };
        let host = format!("?{foreign}");
        let written = url::write(&host, "recap", &view);
        prop_assert!(written.starts_with(&host), "host keys kept: {}", written);
        let read = url::read(&written, "recap");
        prop_assert_eq!(read, Some(view));
    }

    #[test]
    fn arbitrary_query_strings_never_panic(search in "\\PC{0,80}") {
        let _ = url::read(&search, "recap");
        let _ = url::write(&search, "recap", &url::UrlView::default());
    }
}
