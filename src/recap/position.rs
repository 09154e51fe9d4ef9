//! Where a problem is in the text: the line and column of a byte offset.
//! Columns count characters, as an editor shows them; lines start at 1.

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
}

/// Finds places in one text. The line starts are found once, on the first
/// question, so that a file with thousands of problems is not scanned again
/// for each of them.
pub struct Lines<'t> {
    text: &'t str,
    starts: Option<Vec<usize>>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        Lines { text, starts: None }
    }

    /// The byte offset of `part`, a slice of this text (such as a
    /// `RawValue` borrowed from it); `None` for any other string.
    pub fn offset_of(&self, part: &str) -> Option<usize> {
        let start = self.text.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(start)?;
        (at + part.len() <= self.text.len()).then_some(at)
    }

    /// The byte offsets where lines start.
    fn starts(&mut self) -> &[usize] {
        let text = self.text;
        self.starts.get_or_insert_with(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// The place of the character at byte `offset`.
    pub fn place(&mut self, offset: usize) -> Place {
        let text = self.text;
        let offset = offset.min(text.len());
        let starts = self.starts();
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        Place {
            line,
            column: char_count(&text.as_bytes()[line_start..offset]) + 1,
        }
    }

    /// The place of `part`, a slice of this text.
    pub fn place_of(&mut self, part: &str) -> Option<Place> {
        self.offset_of(part).map(|offset| self.place(offset))
    }

    /// The byte offset of the 1-based `line` and byte column serde_json
    /// reports (clamped to the text).
    pub fn offset_of_byte_column(&mut self, line: usize, byte_column: usize) -> usize {
        let len = self.text.len();
        match self.starts().get(line.saturating_sub(1)) {
            Some(&start) => (start + byte_column.saturating_sub(1)).min(len),
            None => len,
        }
    }
}

/// Characters in UTF-8 bytes (a cut inside a character counts it once).
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_character_columns() {
        let text = "ab\nü€x\n\nz";
        let mut lines = Lines::new(text);
        assert_eq!(lines.place(0), Place { line: 1, column: 1 });
        assert_eq!(lines.place(3), Place { line: 2, column: 1 });
        let x = text.find('x').expect("x");
        assert_eq!(lines.place(x), Place { line: 2, column: 3 });
        assert_eq!(lines.place(text.len() - 1), Place { line: 4, column: 1 });
        assert_eq!(
            lines.place_of(&text[x..]),
            Some(Place { line: 2, column: 3 })
        );
        assert_eq!(lines.place_of("elsewhere"), None);
        // serde_json's byte column 6 on line 2 is the x after "ü€".
        assert_eq!(lines.offset_of_byte_column(2, 6), x);
        assert_eq!(
            lines.offset_of_byte_column(9, 1),
            text.len(),
            "past the end"
        );
    }
}
