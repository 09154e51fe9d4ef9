//! A small JSON parser (RFC 8259) that keeps the line and column of every
//! value, so that every problem in a recap file can point at its place.
//!
//! Numbers are kept as written: the format needs only whole numbers, and
//! leaving floats unparsed keeps float code out of the wasm.

use super::problem::SyntaxKind;

/// Where a value starts: 1-based line and column (columns count characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's text, already checked against the JSON grammar.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in file order; a repeated key is looked up as its last occurrence.
    Object(Vec<(String, Node)>),
}

/// A value with its position in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

impl Node {
    /// The member `key` of an object (the last one, like most parsers).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl Value {
    /// A whole number of 0 or more (`1`, not `1.0` or `-1`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// The value as JSON text, for messages (`"1"`, `2`, `[…]`).
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => if *b { "true" } else { "false" }.into(),
            Value::Number(text) => text.clone(),
            Value::String(text) => format!("\"{text}\""),
            Value::Array(_) => "[…]".into(),
            Value::Object(_) => "{…}".into(),
        }
    }
}

/// A syntax error and where the parser stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxKind,
    pub pos: Pos,
}

/// How deep arrays and objects may nest before the file is refused.
const MAX_DEPTH: u32 = 128;

pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        column: 1,
    };
    parser.skip_ws();
    let node = parser.value(0)?;
    parser.skip_ws();
    if parser.at < parser.bytes.len() {
        return Err(parser.error(SyntaxKind::TrailingCharacters));
    }
    Ok(node)
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    line: u32,
    column: u32,
}

impl Parser<'_> {
    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.column,
        }
    }

    fn error(&self, kind: SyntaxKind) -> SyntaxError {
        let kind = if self.at >= self.bytes.len() {
            SyntaxKind::UnexpectedEnd
        } else {
            kind
        };
        SyntaxError {
            kind,
            pos: self.pos(),
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Moves past `n` bytes on the current line, counting characters.
    #[inline(always)]
    fn advance(&mut self, n: usize) {
        let end = (self.at + n).min(self.bytes.len());
        let chars = self.bytes[self.at..end]
            .iter()
            .filter(|&&b| b & 0xc0 != 0x80)
            .count();
        self.column = self
            .column
            .saturating_add(u32::try_from(chars).unwrap_or(u32::MAX));
        self.at = end;
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b'\n' => {
                    self.at += 1;
                    self.line = self.line.saturating_add(1);
                    self.column = 1;
                }
                b' ' | b'\t' | b'\r' => {
                    self.at += 1;
                    self.column = self.column.saturating_add(1);
                }
                _ => break,
            }
        }
    }

    fn value(&mut self, depth: u32) -> Result<Node, SyntaxError> {
        let pos = self.pos();
        let value = match self.peek() {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            _ => return Err(self.error(SyntaxKind::ExpectedValue)),
        };
        Ok(Node { value, pos })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.advance(word.len());
            Ok(value)
        } else {
            Err(self.error(SyntaxKind::ExpectedValue))
        }
    }

    fn enter(&self, depth: u32) -> Result<u32, SyntaxError> {
        if depth >= MAX_DEPTH {
            Err(self.error(SyntaxKind::TooDeep))
        } else {
            Ok(depth + 1)
        }
    }

    fn array(&mut self, depth: u32) -> Result<Value, SyntaxError> {
        let depth = self.enter(depth)?;
        self.advance(1);
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.advance(1);
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            if self.peek() == Some(b']') {
                return Err(self.error(SyntaxKind::TrailingComma));
            }
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.advance(1),
                Some(b']') => {
                    self.advance(1);
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error(SyntaxKind::ExpectedCommaOrClose)),
            }
        }
    }

    fn object(&mut self, depth: u32) -> Result<Value, SyntaxError> {
        let depth = self.enter(depth)?;
        self.advance(1);
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.advance(1);
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error(SyntaxKind::TrailingComma)),
                _ => return Err(self.error(SyntaxKind::KeyNotString)),
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error(SyntaxKind::ExpectedColon));
            }
            self.advance(1);
            self.skip_ws();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.advance(1),
                Some(b'}') => {
                    self.advance(1);
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error(SyntaxKind::ExpectedCommaOrClose)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.advance(1); // the opening quote
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, escape or control
            // character, counting its characters in the same pass.
            let rest = &self.bytes[self.at..];
            let mut run = 0;
            let mut continuation = 0u32;
            while let Some(&b) = rest.get(run) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                continuation += u32::from(b & 0xc0 == 0x80);
                run += 1;
            }
            if run == rest.len() {
                self.advance(run);
                return Err(self.error(SyntaxKind::UnexpectedEnd));
            }
            // The run starts and ends next to ASCII bytes: both are char boundaries.
            let piece = self.text.get(self.at..self.at + run).unwrap_or_default();
            if out.is_empty() && rest[run] == b'"' {
                out = piece.to_owned(); // the common case: no escapes, one exact allocation
            } else {
                out.push_str(piece);
            }
            self.at += run;
            let chars = u32::try_from(run)
                .unwrap_or(u32::MAX)
                .saturating_sub(continuation);
            self.column = self.column.saturating_add(chars);
            match self.peek() {
                Some(b'"') => {
                    self.advance(1);
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                _ => return Err(self.error(SyntaxKind::ControlCharacter)),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let c = match self.bytes.get(self.at + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4(self.at + 2)?;
                let code = if (0xd800..0xdc00).contains(&high) {
                    // A surrogate pair: \uD83D\uDE00.
                    let low = match self.bytes.get(self.at + 6..self.at + 8) {
                        Some(b"\\u") => self.hex4(self.at + 8)?,
                        _ => return Err(self.error(SyntaxKind::InvalidEscape)),
                    };
                    if !(0xdc00..0xe000).contains(&low) {
                        return Err(self.error(SyntaxKind::InvalidEscape));
                    }
                    self.advance(6);
                    0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                } else {
                    high
                };
                let c =
                    char::from_u32(code).ok_or_else(|| self.error(SyntaxKind::InvalidEscape))?;
                self.advance(6);
                out.push(c);
                return Ok(());
            }
            _ => return Err(self.error(SyntaxKind::InvalidEscape)),
        };
        self.advance(2);
        out.push(c);
        Ok(())
    }

    fn hex4(&self, from: usize) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(from..from + 4)
            .ok_or_else(|| self.error(SyntaxKind::InvalidEscape))?;
        digits.iter().try_fold(0u32, |acc, &b| {
            let digit = char::from(b)
                .to_digit(16)
                .ok_or_else(|| self.error(SyntaxKind::InvalidEscape))?;
            Ok(acc * 16 + digit)
        })
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |p: &Parser<'_>, from: usize| {
            p.bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let mut end = start + usize::from(self.bytes[start] == b'-');
        match (self.bytes.get(end), digits(self, end)) {
            (Some(b'0'), _) => end += 1,
            (_, 0) => return Err(self.invalid_number(end)),
            (_, n) => end += n,
        }
        if self.bytes.get(end) == Some(&b'.') {
            match digits(self, end + 1) {
                0 => return Err(self.invalid_number(end + 1)),
                n => end += 1 + n,
            }
        }
        if matches!(self.bytes.get(end), Some(b'e' | b'E')) {
            end += 1;
            if matches!(self.bytes.get(end), Some(b'+' | b'-')) {
                end += 1;
            }
            match digits(self, end) {
                0 => return Err(self.invalid_number(end)),
                n => end += n,
            }
        }
        let text = String::from_utf8_lossy(&self.bytes[start..end]).into_owned();
        self.advance(end - start);
        Ok(Value::Number(text))
    }

    fn invalid_number(&mut self, at: usize) -> SyntaxError {
        self.advance(at - self.at);
        self.error(SyntaxKind::InvalidNumber)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Node {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    fn err(text: &str) -> SyntaxError {
        parse(text)
            .err()
            .unwrap_or_else(|| panic!("{text} should not parse"))
    }

    #[test]
    fn values_and_positions() {
        let root = ok(
            "{\n  \"a\": [1, {\"b\": \"x\\\"]\"}],\n  \"é\": -2.5e3, \"t\": true, \"n\": null\n}",
        );
        assert_eq!(root.pos, Pos { line: 1, column: 1 });
        let a = root.get("a").expect("a");
        assert_eq!(a.pos, Pos { line: 2, column: 8 });
        let Value::Array(items) = &a.value else {
            panic!("array")
        };
        assert_eq!(
            items[1].get("b").map(|b| &b.value),
            Some(&Value::String("x\"]".into()))
        );
        assert_eq!(
            items[1].get("b").map(|b| b.pos),
            Some(Pos {
                line: 2,
                column: 18
            })
        );
        let e = root.get("é").expect("é");
        assert_eq!(
            (e.pos, &e.value),
            (Pos { line: 3, column: 8 }, &Value::Number("-2.5e3".into()))
        );
        assert_eq!(
            root.get("t").map(|t| t.pos.column),
            Some(21),
            "columns count characters, not bytes"
        );
        assert_eq!(root.get("n").map(|n| &n.value), Some(&Value::Null));
    }

    #[test]
    fn escapes_and_unicode() {
        let root = ok(r#"["\u00e4\ud83d\ude00\n\t\/\\", "grüße 👩🏽‍💻"]"#);
        let Value::Array(items) = root.value else {
            panic!("array")
        };
        assert_eq!(items[0].value, Value::String("ä😀\n\t/\\".into()));
        assert_eq!(items[1].value, Value::String("grüße 👩🏽‍💻".into()));
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(Value::Number("100".into()).as_u64(), Some(100));
        assert_eq!(Value::Number("1.0".into()).as_u64(), None);
        assert_eq!(Value::Number("-1".into()).as_u64(), None);
        assert_eq!(
            Value::Number("99999999999999999999999".into()).as_u64(),
            None
        );
    }

    #[test]
    fn last_duplicate_key_wins() {
        assert_eq!(
            ok(r#"{"a": 1, "a": 2}"#).get("a").map(|a| a.value.clone()),
            Some(Value::Number("2".into()))
        );
    }

    #[test]
    fn syntax_errors_with_positions() {
        use SyntaxKind::*;
        let cases: &[(&str, SyntaxKind, u32, u32)] = &[
            (
                "{\n  \"version\": 1\n  \"event\": {}\n}",
                ExpectedCommaOrClose,
                3,
                3,
            ),
            ("{\"a\": 1,}", TrailingComma, 1, 9),
            ("[1, 2,]", TrailingComma, 1, 7),
            ("{\"a\": \"x\n\"}", ControlCharacter, 1, 9),
            ("{\"a\": ", UnexpectedEnd, 1, 7),
            ("{\"a\" 1}", ExpectedColon, 1, 6),
            ("{a: 1}", KeyNotString, 1, 2),
            ("[tru]", ExpectedValue, 1, 2),
            ("[01]", ExpectedCommaOrClose, 1, 3),
            ("[1.]", InvalidNumber, 1, 4),
            ("[-]", InvalidNumber, 1, 3),
            ("[\"\\x\"]", InvalidEscape, 1, 3),
            ("[\"\\ud800\"]", InvalidEscape, 1, 3),
            ("{} {}", TrailingCharacters, 1, 4),
            ("", UnexpectedEnd, 1, 1),
        ];
        for (text, kind, line, column) in cases {
            let e = err(text);
            assert_eq!(
                (&e.kind, e.pos.line, e.pos.column),
                (kind, *line, *column),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(err(&deep).kind, SyntaxKind::TooDeep);
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&fine).is_ok());
    }
}
