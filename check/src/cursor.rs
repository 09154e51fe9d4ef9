//! Where a problem is in the text area: the line and column the rules give
//! (characters) as the offset a text area counts (UTF-16 code units, with
//! every line break one `\n`: a text area's value turns `\r\n` into `\n`).

/// The text area offset of 1-based `line` and `column` in `text`; past the
/// end of a line or the text, its end.
pub fn offset(text: &str, line: usize, column: usize) -> usize {
    let content = |l: &str| {
        let l = l.strip_suffix('\n').unwrap_or(l);
        l.strip_suffix('\r').unwrap_or(l).to_owned()
    };
    let mut lines = text.split_inclusive('\n');
    let before: usize = lines
        .by_ref()
        .take(line.saturating_sub(1))
        .map(|l| content(l).encode_utf16().count() + usize::from(l.ends_with('\n')))
        .sum();
    let within = lines.next().map_or(0, |l| {
        content(l)
            .chars()
            .take(column.saturating_sub(1))
            .map(char::len_utf16)
            .sum()
    });
    before + within
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_columns_and_utf16() {
        let text = "ab\n😀x\nend";
        assert_eq!(offset(text, 1, 1), 0);
        assert_eq!(offset(text, 2, 1), 3);
        assert_eq!(offset(text, 2, 2), 5, "the emoji takes two code units");
        assert_eq!(offset(text, 2, 9), 6, "past the line's end: its end");
        assert_eq!(offset(text, 3, 4), 10);
        assert_eq!(offset(text, 9, 1), 10, "past the text: its end");
    }

    #[test]
    fn windows_line_breaks_count_as_one() {
        let text = "ab\r\ncd\r\nef";
        assert_eq!(offset(text, 2, 1), 3);
        assert_eq!(offset(text, 3, 2), 7);
        assert_eq!(
            offset(text, 1, 9),
            2,
            "the end of a line is before its break"
        );
    }
}
