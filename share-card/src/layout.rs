//! Where everything on a card goes: the quote's lines and font size, the
//! speaker and event lines, as plain data. Pure: glyph advances come from the
//! embedded fonts (`fonts`), nothing is drawn here.

use crate::fonts::{measure, Face};

/// The card's size: what Open Graph and X show without cropping.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The text column: right of the accent bar, with the same margin right.
pub const LEFT: f32 = 96.0;
pub const RIGHT: f32 = 1104.0;
/// The band the quote is set in, above the attribution; it ends higher
/// when role and organization take two lines.
pub const QUOTE_TOP: f32 = 64.0;
pub const QUOTE_BOTTOM: f32 = 448.0;
const QUOTE_BOTTOM_TALL_FOOTER: f32 = 432.0;
/// The quote's font sizes, tried from the largest down in steps of 2 px.
pub const LARGEST: f32 = 56.0;
pub const SMALLEST: f32 = 36.0;
const LINE_HEIGHT: f32 = 1.25;
/// Shaping with kerning can be a little wider than the sum of advances
/// (rarely); the lines leave this much room for it.
const SLACK: f32 = 0.98;
/// A cut at a sentence end is taken when it keeps at least this share of
/// the text the cut at a word boundary would keep.
const SENTENCE_NEAR: f32 = 0.75;
/// Between the last word kept and the ellipsis: a no-break space (German
/// typography for omitted words; it also keeps "…" on the word's line).
const ELLIPSIS: &str = "\u{a0}…";

/// What a card shows, as plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub quote: String,
    /// With the honorific ("Dr. Bernd Schlömer").
    pub speaker: String,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub event: String,
    /// Written out in the recap's language ("17. April 2024").
    pub date: String,
    /// The recap's language (BCP 47): chooses the quotation marks.
    pub language: String,
}

/// One line of text, its baseline's left end.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub x: f32,
    pub y: f32,
}

/// A line of text in one face, size and role (for its colour).
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub lines: Vec<Line>,
    pub size: f32,
    pub face: Face,
}

/// Everything on the card.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub quote: Block,
    /// Where the quote's band ends (its last baseline is above).
    pub quote_bottom: f32,
    /// Whether the quote had to be shortened (at 36 px it did not fit).
    pub cut: bool,
    pub speaker: Block,
    /// Role and organization: one line, or two when together too long
    /// (lines may be missing).
    pub details: Block,
    /// Event title and date.
    pub event: Block,
    /// The short accent rule between quote and attribution: x, y, width, height.
    pub rule: [f32; 4],
}

/// The card's layout: the quote at the largest size from 56 to 36 px at
/// which it fits, shortened at 36 px where even that is too long; the other
/// lines on one line each, shortened with "…" where too long.
pub fn layout(card: &Card) -> Layout {
    let (open, close) = quotation_marks(&card.language);
    let words: Vec<&str> = card.quote.split_whitespace().collect();
    let width = (RIGHT - LEFT) * SLACK;
    let parts: Vec<&str> = [&card.role, &card.organization]
        .into_iter()
        .flatten()
        .map(|text| text.trim())
        .filter(|text| !text.is_empty())
        .collect();
    let joined = parts.join(", ");
    // Role and organization on one line where they fit; else each on a line
    // of its own (shortened where still too long), so that a long role does
    // not push the organization off the card. The quote's band then ends
    // higher to make room.
    let tall_footer = parts.len() == 2 && measure(&joined, 24.0, Face::Regular) > width;
    let quote_bottom = if tall_footer {
        QUOTE_BOTTOM_TALL_FOOTER
    } else {
        QUOTE_BOTTOM
    };
    let mut size = LARGEST;
    let (lines, cut) = loop {
        let max_lines = max_lines(size, quote_bottom);
        let lines = wrap(&quoted(open, &words, close), size, width);
        if lines.len() <= max_lines {
            break (lines, false);
        }
        if size <= SMALLEST {
            break (shorten(&words, open, close, size, width, max_lines), true);
        }
        size -= 2.0;
    };
    let line_height = size * LINE_HEIGHT;
    // The block sits in the middle of its band: a short quote is not stuck
    // to the top with empty space under it.
    let block = lines.len() as f32 * line_height;
    let top = QUOTE_TOP + ((quote_bottom - QUOTE_TOP) - block) / 2.0;
    let quote = Block {
        lines: lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Line {
                text,
                x: LEFT,
                y: (top + size + i as f32 * line_height).round(),
            })
            .collect(),
        size,
        face: Face::Regular,
    };
    let single = |text: &str, size: f32, face: Face, y: f32| Block {
        lines: (!text.trim().is_empty())
            .then(|| Line {
                text: fit_line(text, size, face, width),
                x: LEFT,
                y,
            })
            .into_iter()
            .collect(),
        size,
        face,
    };
    let event = [card.event.trim(), card.date.trim()]
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    if !tall_footer {
        Layout {
            quote,
            quote_bottom,
            cut,
            speaker: single(&card.speaker, 32.0, Face::Bold, 526.0),
            details: single(&joined, 24.0, Face::Regular, 564.0),
            event: single(&event, 22.0, Face::Regular, 600.0),
            rule: [LEFT, 476.0, 80.0, 5.0],
        }
    } else {
        let mut details = single(parts[0], 21.0, Face::Regular, 532.0);
        details
            .lines
            .extend(single(parts[1], 21.0, Face::Regular, 561.0).lines);
        Layout {
            quote,
            quote_bottom,
            cut,
            speaker: single(&card.speaker, 32.0, Face::Bold, 498.0),
            details,
            event: single(&event, 20.0, Face::Regular, 595.0),
            rule: [LEFT, 456.0, 80.0, 5.0],
        }
    }
}

/// How many lines of the quote fit its band (ending at `bottom`) at `size`.
pub fn max_lines(size: f32, bottom: f32) -> usize {
    ((bottom - QUOTE_TOP) / (size * LINE_HEIGHT)).floor() as usize
}

/// German „…“, English and every other language “…”.
fn quotation_marks(language: &str) -> (&'static str, &'static str) {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    if primary.eq_ignore_ascii_case("de") {
        ("„", "“")
    } else {
        ("“", "”")
    }
}

fn quoted(open: &str, words: &[&str], close: &str) -> String {
    format!("{open}{}{close}", words.join(" "))
}

/// `text` broken into lines at most `width` wide, at spaces; a word wider
/// than a line is broken between characters (combining marks stay with
/// their letter).
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let space = measure(" ", size, Face::Regular);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let word_width = measure(word, size, Face::Regular);
        if !line.is_empty() && line_width + space + word_width <= width {
            line.push(' ');
            line.push_str(word);
            line_width += space + word_width;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if word_width <= width {
            line.push_str(word);
            line_width = word_width;
            continue;
        }
        let mut pieces = break_word(word, size, width);
        line = pieces.pop().unwrap_or_default();
        line_width = measure(&line, size, Face::Regular);
        lines.extend(pieces);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word too wide for a line, in pieces that each fit (at least one
/// character each, so that even an absurdly narrow line makes progress).
fn break_word(word: &str, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for cluster in clusters(word) {
        let mut longer = piece.clone();
        longer.push_str(cluster);
        if !piece.is_empty() && measure(&longer, size, Face::Regular) > width {
            pieces.push(std::mem::replace(&mut piece, cluster.to_owned()));
        } else {
            piece = longer;
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// A character with the combining marks that follow it.
fn clusters(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        chars.next()?;
        let end = chars
            .find(|(_, c)| !is_combining(*c))
            .map_or(rest.len(), |(i, _)| i);
        let (cluster, tail) = rest.split_at(end);
        rest = tail;
        Some(cluster)
    })
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{200d}' | '\u{fe0f}')
}

/// The quote shortened to `max_lines` lines at `size`, ending in "…":
/// after the last whole word that fits, or at an earlier sentence end when
/// that keeps nearly as much. A quote whose first word alone is too long is
/// cut between characters.
fn shorten(
    words: &[&str],
    open: &str,
    close: &str,
    size: f32,
    width: f32,
    max_lines: usize,
) -> Vec<String> {
    let candidate = |kept: usize| {
        let last = words[kept - 1].trim_end_matches([',', ';', ':', '–', '—', '-']);
        let mut text = quoted(open, &words[..kept - 1], "");
        if kept > 1 {
            text.push(' ');
        }
        text.push_str(if last.is_empty() {
            words[kept - 1]
        } else {
            last
        });
        text.push_str(ELLIPSIS);
        text.push_str(close);
        text
    };
    let fits = |text: &str| wrap(text, size, width).len() <= max_lines;
    // Greedy wrapping is the same for every prefix, so the longest fitting
    // prefix has at most as many words as the full text's first lines.
    let mut kept = words.len().min(
        wrap(&quoted(open, words, close), size, width)
            .iter()
            .take(max_lines)
            .map(|line| line.split(' ').count())
            .sum(),
    );
    while kept > 0 && !fits(&candidate(kept)) {
        kept -= 1;
    }
    // The word after the cut is longer than a line (and left lines empty):
    // it is broken between characters like any such word, and cut inside.
    let overlong = |k: usize| {
        words
            .get(k)
            .is_some_and(|word| measure(word, size, Face::Regular) > width)
    };
    if kept == 0 || (overlong(kept) && wrap(&candidate(kept), size, width).len() < max_lines) {
        return cut_between_characters(&quoted(open, words, close), size, width, max_lines, close);
    }
    let length = |kept: usize| words[..kept].iter().map(|w| w.len() + 1).sum::<usize>();
    let sentence = (1..kept)
        .rev()
        .take_while(|&k| length(k) as f32 >= length(kept) as f32 * SENTENCE_NEAR)
        .find(|&k| ends_sentence(words[k - 1]));
    let text = match sentence {
        Some(k) => {
            let mut text = quoted(open, &words[..k], "");
            text.push_str(ELLIPSIS);
            text.push_str(close);
            text
        }
        None => candidate(kept),
    };
    let text = if fits(&text) { text } else { candidate(kept) };
    wrap(&text, size, width)
}

/// Whether `word` ends a sentence: ".", "!" or "?", maybe followed by
/// closing quotation marks or a bracket.
fn ends_sentence(word: &str) -> bool {
    word.trim_end_matches(['“', '”', '‘', '’', '"', '\'', '»', '«', ')'])
        .ends_with(['.', '!', '?'])
}

/// The first `max_lines` lines of `text`, the last one shortened until "…"
/// and the closing mark fit after it.
fn cut_between_characters(
    text: &str,
    size: f32,
    width: f32,
    max_lines: usize,
    close: &str,
) -> Vec<String> {
    let mut lines = wrap(text, size, width);
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        let mut kept: Vec<&str> = clusters(last).collect();
        loop {
            let line = format!("{}…{close}", kept.concat());
            if kept.is_empty() || measure(&line, size, Face::Regular) <= width {
                *last = line;
                break;
            }
            kept.pop();
        }
    }
    lines
}

/// `text` on one line: as is when it fits, else shortened at a word
/// boundary (or between characters for one long word) with "…".
pub fn fit_line(text: &str, size: f32, face: Face, width: f32) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if measure(&text, size, face) <= width {
        return text;
    }
    let words: Vec<&str> = text.split(' ').collect();
    for kept in (1..words.len()).rev() {
        let line = format!(
            "{}\u{a0}…",
            words[..kept]
                .join(" ")
                .trim_end_matches([',', ';', ':', '–', '-'])
        );
        if measure(&line, size, face) <= width {
            return line;
        }
    }
    let mut kept: Vec<&str> = clusters(&text).collect();
    loop {
        let line = format!("{}…", kept.concat());
        if kept.is_empty() || measure(&line, size, face) <= width {
            return line;
        }
        kept.pop();
    }
}
