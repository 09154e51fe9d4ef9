//! What the native property tests share.

/// `text` with `edits` applied: each `(at, c, op)` inserts `c` at `at`
/// (op 0), removes the character there (op 1) or replaces it (op 2), `at`
/// taken modulo the length.
pub fn mutate(text: &str, edits: &[(usize, char, u8)]) -> String {
    let mut text: Vec<char> = text.chars().collect();
    for &(at, c, op) in edits {
        let at = at % (text.len() + 1);
        match op {
            0 => text.insert(at, c),
            1 if at < text.len() => {
                text.remove(at);
            }
            _ if at < text.len() => text[at] = c,
            _ => text.push(c),
        }
    }
    text.into_iter().collect()
}
