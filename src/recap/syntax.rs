//! What a serde_json error means for a site editor: the kind of JSON syntax
//! error it reports, or the member it found twice.
//!
//! serde_json exposes an error's category, line and column, but its reason
//! only as English text. Each reason maps to a [`SyntaxKind`] here, so the
//! message can be given in German and English; the tests pin every reason
//! this relies on against serde_json itself.

use super::position::{Lines, Place};
use super::problem::SyntaxKind;

/// A syntax error in `text` (which `lines` covers): its kind and the place
/// of the character where reading stopped.
pub fn located(
    error: &serde_json::Error,
    text: &str,
    lines: &mut Lines<'_>,
) -> (SyntaxKind, Place) {
    let mut offset = lines.offset_of_byte_column(error.line(), error.column());
    let mut kind = kind(error);
    let at = |offset: usize| text.get(offset..).and_then(|rest| rest.chars().next());
    // Skipping a value, serde_json reports a control character one character
    // early, and a trailing comma as a missing key or value at the bracket.
    if kind == SyntaxKind::ControlCharacter && !at(offset).is_some_and(char::is_control) {
        offset += at(offset).map_or(0, char::len_utf8);
    }
    let before = text.get(..offset).map(str::trim_end);
    if matches!(at(offset), Some(']' | '}')) && before.is_some_and(|b| b.ends_with(',')) {
        kind = SyntaxKind::TrailingComma;
    }
    (kind, lines.place(offset))
}

/// The kind of syntax error serde_json reported.
pub fn kind(error: &serde_json::Error) -> SyntaxKind {
    use SyntaxKind::*;
    let reason = reason(error);
    match reason.as_str() {
        r if r.starts_with("EOF while parsing") => UnexpectedEnd,
        "trailing comma" => TrailingComma,
        "expected `,` or `]`" | "expected `,` or `}`" => ExpectedCommaOrClose,
        "expected `:`" => ExpectedColon,
        "key must be a string" | "expected `\"`" => KeyNotString,
        "control character (\\u0000-\\u001F) found while parsing a string" => ControlCharacter,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => InvalidEscape,
        "invalid number" => InvalidNumber,
        "number out of range" => NumberOutOfRange,
        "trailing characters" => TrailingCharacters,
        "recursion limit exceeded" => TooDeep,
        // "expected value", "expected ident" (a misspelled true, false or null).
        _ => ExpectedValue,
    }
}

/// The member an object has twice, when that is what serde reported
/// (serde's wording: "duplicate field `title`").
pub fn duplicate_key(error: &serde_json::Error) -> Option<String> {
    let reason = reason(error);
    let key = reason
        .strip_prefix("duplicate field `")?
        .strip_suffix('`')?;
    Some(key.to_owned())
}

/// The error's text without serde_json's " at line L column C".
fn reason(error: &serde_json::Error) -> String {
    let mut text = error.to_string();
    if let Some(at) = text.rfind(" at line ") {
        text.truncate(at);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn error(text: &str) -> serde_json::Error {
        match serde_json::from_str::<Value>(text) {
            Err(error) => error,
            Ok(value) => panic!("{text} parsed as {value}"),
        }
    }

    #[test]
    fn every_reason_serde_json_gives_has_its_kind() {
        use SyntaxKind::*;
        let cases = [
            ("[1, 2", UnexpectedEnd),
            ("{\"a\": \"b", UnexpectedEnd),
            ("", UnexpectedEnd),
            ("[1, 2,]", TrailingComma),
            ("{\"a\": 1,}", TrailingComma),
            ("[1 2]", ExpectedCommaOrClose),
            ("{\"a\": 1 \"b\": 2}", ExpectedCommaOrClose),
            ("{\"a\" 1}", ExpectedColon),
            ("{a: 1}", KeyNotString),
            ("\"a\u{1}b\"", ControlCharacter),
            ("\"\\x\"", InvalidEscape),
            ("\"\\ud800\"", InvalidEscape),
            ("\"\\u12zz\"", InvalidEscape),
            ("1e400", NumberOutOfRange),
            ("[-]", InvalidNumber),
            ("[1.]", InvalidNumber),
            ("[1] x", TrailingCharacters),
            (&"[".repeat(200), TooDeep),
            ("[tru]", ExpectedValue),
            ("[,]", ExpectedValue),
        ];
        for (text, expected) in cases {
            assert_eq!(kind(&error(text)), expected, "{text:?}: {}", error(text));
        }
    }

    #[test]
    fn places_point_at_the_character_where_reading_stopped() {
        let cases = [
            ("[1 2]", SyntaxKind::ExpectedCommaOrClose, 4),
            ("{\"a\": \"x\ny\"}", SyntaxKind::ControlCharacter, 9),
            ("[1,\n]", SyntaxKind::TrailingComma, 1),
            ("{\"a\": 1, }", SyntaxKind::TrailingComma, 10),
        ];
        for (text, expected, column) in cases {
            let mut lines = Lines::new(text);
            // Through a RawValue, as the recap's lists and objects are read.
            let error = match serde_json::from_str::<&serde_json::value::RawValue>(text) {
                Err(error) => error,
                Ok(raw) => panic!("{text:?} parsed as {raw}"),
            };
            let (kind, place) = located(&error, text, &mut lines);
            assert_eq!(
                (kind, place.column),
                (expected, column),
                "{text:?}: {error}"
            );
        }
    }

    #[test]
    fn duplicate_members_are_named() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Event {
            title: String,
        }
        let error = match serde_json::from_str::<Event>(r#"{"title": "a", "title": "b"}"#) {
            Err(error) => error,
            Ok(event) => panic!("{event:?}"),
        };
        assert_eq!(duplicate_key(&error).as_deref(), Some("title"));
        assert_eq!(duplicate_key(&super::tests::error("[1 2]")), None);
    }
}
