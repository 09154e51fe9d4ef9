//! Search folding: case, diacritics, and German umlauts that also match
//! their two-letter spellings (ä = ae, ö = oe, ü = ue, ß = ss).

/// A text prepared for matching in both spellings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// Lower case without diacritics: "schlömer" -> "schlomer".
    pub plain: String,
    /// Lower case with umlauts spelled out: "schlömer" -> "schloemer".
    pub spelled: String,
}

impl Folded {
    pub fn new(text: &str) -> Folded {
        let mut folded = Folded::default();
        folded.push(text);
        folded
    }

    /// Appends the folded `text`.
    fn push(&mut self, text: &str) {
        let Folded { plain, spelled } = self;
        plain.reserve(text.len());
        spelled.reserve(text.len() + 8);
        let mut previous: Option<char> = None;
        for c in text.chars() {
            // A decomposed umlaut (u + U+0308) spells out like the composed one.
            if c == '\u{308}' && matches!(previous, Some('a' | 'o' | 'u')) {
                spelled.push('e');
                continue;
            }
            if is_combining(c) {
                continue;
            }
            let lower = to_lower(c);
            {
                match fold_char(lower) {
                    Some((base, expansion)) => {
                        plain.push_str(base);
                        spelled.push_str(expansion.unwrap_or(base));
                    }
                    None => {
                        plain.push(lower);
                        spelled.push(lower);
                    }
                }
                previous = Some(lower);
            }
        }
    }

    /// Whether `query` (already folded) occurs in this text.
    pub fn contains(&self, query: &Folded) -> bool {
        self.plain.contains(&query.plain) || self.spelled.contains(&query.spelled)
    }
}

/// Many texts folded into one pair of strings, so that a query is searched
/// for in one pass over all of them instead of once per text (at 10,000
/// people, setting up 20,000 searches cost more than the searching).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FoldedTexts {
    all: Folded,
    /// Where each text starts in `all.plain`.
    plain_starts: Vec<usize>,
    /// Where each text starts in `all.spelled`.
    spelled_starts: Vec<usize>,
}

impl FoldedTexts {
    /// Adds a text; texts are numbered in the order they are added.
    pub fn push(&mut self, text: &str) {
        if !self.plain_starts.is_empty() {
            // A line break is never part of a folded query (it is whitespace),
            // so no match spans two texts.
            self.all.plain.push('\n');
            self.all.spelled.push('\n');
        }
        self.plain_starts.push(self.all.plain.len());
        self.spelled_starts.push(self.all.spelled.len());
        self.all.push(text);
    }

    /// For each text, whether `query` (from [`fold_query`]) occurs in it, as
    /// [`Folded::contains`] would say.
    pub fn matching(&self, query: &Folded) -> Vec<bool> {
        debug_assert!(
            !query.plain.contains('\n') && !query.spelled.contains('\n'),
            "a folded query has no line break, so no match can span two texts"
        );
        let mut hits = vec![false; self.plain_starts.len()];
        mark(&mut hits, &self.all.plain, &self.plain_starts, &query.plain);
        mark(
            &mut hits,
            &self.all.spelled,
            &self.spelled_starts,
            &query.spelled,
        );
        hits
    }
}

/// Sets `hits[i]` for every text `i` (starting at `starts[i]` in `haystack`)
/// in which `needle` occurs, looking only at texts not yet hit and at each
/// text only up to its first match.
fn mark(hits: &mut [bool], haystack: &str, starts: &[usize], needle: &str) {
    if needle.is_empty() {
        hits.fill(true);
        return;
    }
    if let [byte] = needle.as_bytes() {
        // One byte: a byte scan of each text is cheaper than any search.
        let ends = starts.iter().skip(1).copied().chain([haystack.len()]);
        for ((hit, &start), end) in hits.iter_mut().zip(starts).zip(ends) {
            *hit = *hit
                || haystack
                    .as_bytes()
                    .get(start..end)
                    .is_some_and(|t| t.contains(byte));
        }
        return;
    }
    let mut text = 0;
    while let Some(&start) = starts.get(text) {
        if hits.get(text) == Some(&true) {
            text += 1;
            continue;
        }
        let Some(found) = haystack.get(start..).and_then(|rest| rest.find(needle)) else {
            return;
        };
        // Matches come in order, so the text a match falls in only moves forward.
        while starts
            .get(text + 1)
            .is_some_and(|&next| next <= start + found)
        {
            text += 1;
        }
        if let Some(hit) = hits.get_mut(text) {
            *hit = true;
        }
        text += 1;
    }
}

/// Folds a search query; an all-blank query is `None` (matches everything).
pub fn fold_query(query: &str) -> Option<Folded> {
    let query = query.split_whitespace().collect::<Vec<_>>().join(" ");
    (!query.is_empty()).then(|| Folded::new(&query))
}

/// Lower case for the scripts a recap of central Germany meets: Latin
/// (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic. Other characters
/// stay as they are. Hand-written so that the wasm does not carry Unicode's
/// full case tables (about 27 KB) for a search box.
fn to_lower(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde | 0x391..=0x3a1 | 0x3a3..=0x3ab | 0x410..=0x42f => {
            code + 0x20
        }
        0x400..=0x40f => code + 0x50,
        0x1e9e => 0xdf, // ẞ -> ß
        0x130 => 0x69,  // İ -> i
        0x178 => 0xff,  // Ÿ -> ÿ
        0x100..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
        )
}

/// The base letters of a lower-case letter with a diacritic, and its German
/// spelled-out form where that differs; `None` for a character that stands for itself.
fn fold_char(c: char) -> Option<(&'static str, Option<&'static str>)> {
    let base = match c {
        'ä' => return Some(("a", Some("ae"))),
        'ö' => return Some(("o", Some("oe"))),
        'ü' => return Some(("u", Some("ue"))),
        'ß' => return Some(("ss", None)),
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    };
    Some((base, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(text: &str, query: &str) -> bool {
        fold_query(query).is_some_and(|q| Folded::new(text).contains(&q))
    }

    #[test]
    fn umlauts_match_both_spellings() {
        assert!(matches("Bernd Schlömer", "schlömer"));
        assert!(matches("Bernd Schlömer", "Schloemer"));
        assert!(matches("Bernd Schlömer", "SCHLOMER"));
        assert!(matches("Thüringen", "thueringen"));
        assert!(matches("Thueringen", "thüringen"));
        assert!(matches("Straße", "strasse"));
        assert!(matches("Strasse", "straße"));
        assert!(matches("Haase-Lerch", "haase-lerch"));
    }

    #[test]
    fn diacritics_and_decomposed_letters() {
        assert!(matches("Zoë", "zoe"));
        assert!(matches("Müller", "mu\u{308}ller"));
        assert!(matches("Mu\u{308}ller", "mueller"));
        assert!(matches("José", "jose"));
        assert!(matches("Łódź", "lodz"));
        assert!(matches("Zero\u{200b}width", "zerowidth"));
    }

    #[test]
    fn non_matches_and_blank_queries() {
        assert!(!matches("Schlömer", "schlemer"));
        assert!(!matches("Sachsen", "anhalt"));
        assert_eq!(fold_query("   "), None);
        assert_eq!(fold_query(" a   b "), Some(Folded::new("a b")));
    }

    #[test]
    fn lower_case_agrees_with_unicode_where_it_applies() {
        let ranges = [0x20..0x250u32, 0x370..0x400, 0x400..0x460, 0x1e9e..0x1e9f];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let ours = to_lower(c);
            if ours != c {
                assert_eq!(
                    Some(ours),
                    c.to_lowercase().next(),
                    "{c} (U+{:04X})",
                    u32::from(c)
                );
            }
        }
        for c in "ABCÄÖÜÀÉÎÕØÞĀĒŁŃŒŠŸŽΑΣΩАЯЁЂ".chars() {
            assert_ne!(to_lower(c), c, "{c} is lowered");
        }
    }

    #[test]
    fn folded_texts_match_as_each_text_would() {
        let texts = [
            "Bernd Schlömer",
            "",
            "Straße\nThüringen",
            "mu\u{308}ller",
            "Ab",
            "cd",
            "ÄÖÜ",
            "Schloemer",
        ];
        let mut all = FoldedTexts::default();
        for text in texts {
            all.push(text);
        }
        for query in [
            "schlömer",
            "schloemer",
            "m",
            "e",
            "ss",
            "strasse\nthu",
            "thüringen",
            "müller",
            "ab",
            "bc",
            "b c",
            "b\nc",
            "äöü",
            "aeoeue",
            "\u{308}",
            "x",
            "r",
        ] {
            let Some(q) = fold_query(query) else {
                continue;
            };
            let expected: Vec<bool> = texts.iter().map(|t| Folded::new(t).contains(&q)).collect();
            assert_eq!(all.matching(&q), expected, "query {query:?}");
        }
    }

    #[test]
    fn no_match_spans_two_texts() {
        let mut all = FoldedTexts::default();
        all.push("ab");
        all.push("cd");
        let q = fold_query("bc").expect("not blank");
        assert_eq!(all.matching(&q), [false, false]);
        let q = fold_query("b c").expect("not blank");
        assert_eq!(all.matching(&q), [false, false]);
    }

    #[test]
    fn other_scripts_fold_by_case_only() {
        assert!(matches("ΑΘΗΝΑ", "αθηνα"));
        assert!(matches("👩🏽‍💻 Müller", "👩🏽‍💻"));
        assert!(matches("שלום", "שלום"));
    }
}
