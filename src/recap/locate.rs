//! Finds the line and column of a JSON path in the recap text, so that the
//! checker can point an editor at the exact spot of an item problem.
//!
//! The text has already been parsed successfully; this only walks it again.

use super::path::{JsonPath, Segment};

/// Line and column (both 1-based, columns in characters) where the value at
/// `path` starts; for a missing field, where its enclosing object starts.
pub fn locate(text: &str, path: &JsonPath) -> Option<(usize, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut walker = Walker {
        bytes: text.as_bytes(),
        pos: 0,
    };
    walker.skip_ws();
    let mut found = walker.pos;
    for segment in path.segments() {
        match walker.enter(segment) {
            Some(pos) => {
                found = pos;
                walker.pos = pos;
            }
            None => break,
        }
    }
    Some(line_column(text, found))
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    (line, before[line_start..].chars().count() + 1)
}

struct Walker<'t> {
    bytes: &'t [u8],
    pos: usize,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// From the start of a container value, returns the start of its child.
    fn enter(&mut self, segment: &Segment) -> Option<usize> {
        match (segment, self.peek()?) {
            (Segment::Key(key), b'{') => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    let name = self.string()?;
                    self.skip_ws();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_ws();
                    // serde_json keeps the last of duplicate keys; so does this.
                    let start = self.pos;
                    self.skip_value()?;
                    let is_match = name == *key;
                    self.skip_ws();
                    let more = self.peek() == Some(b',');
                    self.pos += 1;
                    if is_match && !(more && self.has_later_key(key)) {
                        return Some(start);
                    }
                    if !more {
                        return None;
                    }
                }
            }
            (Segment::Index(index), b'[') => {
                self.pos += 1;
                for _ in 0..*index {
                    self.skip_ws();
                    self.skip_value()?;
                    self.skip_ws();
                    if self.peek()? != b',' {
                        return None;
                    }
                    self.pos += 1;
                }
                self.skip_ws();
                Some(self.pos)
            }
            _ => None,
        }
    }

    /// Whether the rest of the current object repeats `key`.
    fn has_later_key(&self, key: &str) -> bool {
        let mut probe = Walker {
            bytes: self.bytes,
            pos: self.pos,
        };
        loop {
            probe.skip_ws();
            if probe.peek() != Some(b'"') {
                return false;
            }
            let Some(name) = probe.string() else {
                return false;
            };
            if name == key {
                return true;
            }
            probe.skip_ws();
            probe.pos += 1; // ':'
            probe.skip_ws();
            if probe.skip_value().is_none() {
                return false;
            }
            probe.skip_ws();
            if probe.peek() != Some(b',') {
                return false;
            }
            probe.pos += 1;
        }
    }

    /// Reads a string at the cursor, decoding escapes; the cursor ends after it.
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.skip_string()?;
        serde_json::from_slice(&self.bytes[start..self.pos]).ok()
    }

    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.skip_string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.pos += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.pos += 1;
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": [1, {\"b\": \"x\\\"]\"},\n    {\"c\": true}],\n  \"é\": 2\n}";

    #[test]
    fn finds_nested_values() {
        let p = JsonPath::root().key("a").index(2).key("c");
        assert_eq!(locate(TEXT, &p), Some((3, 11)));
        let p = JsonPath::root().key("a").index(1).key("b");
        assert_eq!(locate(TEXT, &p), Some((2, 18)));
    }

    #[test]
    fn missing_field_points_at_its_object() {
        let p = JsonPath::root().key("a").index(2).key("name");
        assert_eq!(locate(TEXT, &p), Some((3, 5)));
    }

    #[test]
    fn last_duplicate_key_wins_like_the_parser() {
        let text = "{\"a\": 1,\n\"a\": 2}";
        assert_eq!(locate(text, &JsonPath::root().key("a")), Some((2, 6)));
    }
}
