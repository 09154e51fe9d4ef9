//! A file an editor gives the page: refused when too large, checked as its
//! bytes (so that an encoding problem is named), shown as text.

use recap_widget::recap::MAX_FILE_BYTES;

/// The largest text the text area gets at once. A browser lays out a text
/// area's text in one go: measured in Chromium, 10 MB took 0.8 s on one
/// line and 4 s pretty-printed; a bigger file's text is shown on request.
pub const SHOWN_AT_ONCE_BYTES: usize = 2 * 1024 * 1024;

/// Whether a text of `len` bytes goes into the text area at once.
pub fn shown_at_once(len: usize) -> bool {
    len <= SHOWN_AT_ONCE_BYTES
}

/// Whether a file of `size` bytes may be read at all.
pub fn too_large(size: f64) -> bool {
    size > MAX_FILE_BYTES as f64
}

/// The file's text for the text area: UTF-8 without its byte order mark;
/// UTF-16 with a byte order mark decoded (the check names it); anything
/// else with its broken bytes replaced.
pub fn text_of(bytes: &[u8]) -> String {
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_shown_as_text() {
        assert_eq!(text_of(b"\xef\xbb\xbf{}"), "{}");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("{\"ä\"}".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(text_of(&utf16), "{\"ä\"}");
        assert_eq!(text_of(b"Th\xfcringen"), "Th\u{fffd}ringen");
        assert!(too_large(21.0 * 1024.0 * 1024.0));
        assert!(!too_large(20.0 * 1024.0 * 1024.0));
        assert!(shown_at_once(SHOWN_AT_ONCE_BYTES));
        assert!(!shown_at_once(SHOWN_AT_ONCE_BYTES + 1));
    }
}
