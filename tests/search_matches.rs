//! Property test: searching all people's texts in one pass finds exactly the
//! texts that a search of each text on its own finds.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use recap_widget::view::search::{fold_query, Folded, FoldedTexts};

/// Letters that fold in interesting ways, plus separators and spaces.
const ALPHABET: &str = "[aeousrtAÄäöüßẞæœŒ\u{308}\u{200b}Łİ \n-]{0,12}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn one_pass_matches_each_text_alone(
        texts in prop::collection::vec(ALPHABET, 0..8),
        query in "[aeousrtäöüßæœ\u{308}\u{200b} ]{1,5}",
    ) {
        let Some(query) = fold_query(&query) else {
            return Ok(());
        };
        let mut all = FoldedTexts::default();
        for text in &texts {
            all.push(text);
        }
        let expected: Vec<bool> = texts.iter().map(|t| Folded::new(t).contains(&query)).collect();
        prop_assert_eq!(all.matching(&query), expected);
    }
}
