//! Drawing a card: its layout as an SVG string (every text escaped), then
//! resvg with the embedded fonts only, then PNG. The thin last step: every
//! decision about the card is in `layout`.

use std::fmt::Write as _;

use resvg::{tiny_skia, usvg};

use crate::fonts;
use crate::layout::{layout, Block, Card, Layout, HEIGHT, WIDTH};

/// The accent colour, `#rrggbb`. The default is the widget's own
/// (`--recap-accent` in static/widget.css, light scheme).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accent(String);

impl Default for Accent {
    fn default() -> Self {
        Accent("#0a58ca".to_owned())
    }
}

impl Accent {
    /// `#rgb` or `#rrggbb` (what a site editor copies from CSS); `None`
    /// for anything else, so nothing but a colour reaches the SVG.
    pub fn parse(text: &str) -> Option<Accent> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let hex = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_owned(),
            _ => return None,
        };
        Some(Accent(format!("#{}", hex.to_ascii_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

const BACKGROUND: &str = "#ffffff";
const TEXT: &str = "#1b1f24";
const DETAILS: &str = "#3d4550";
const EVENT: &str = "#5f6873";

/// The card as a PNG: 1200×630, the same bytes for the same input.
pub fn render(card: &Card, accent: &Accent) -> Vec<u8> {
    draw(&svg(&layout(card), accent))
}

/// The layout as an SVG document (also what the tests check for overflow).
pub fn svg(layout: &Layout, accent: &Accent) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BACKGROUND}\"/>\
         <rect width=\"24\" height=\"{HEIGHT}\" fill=\"{}\"/>",
        accent.as_str()
    );
    let [x, y, width, height] = layout.rule;
    let _ = write!(
        out,
        "<rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
        accent.as_str()
    );
    text(&mut out, &layout.quote, TEXT);
    text(&mut out, &layout.speaker, TEXT);
    text(&mut out, &layout.details, DETAILS);
    text(&mut out, &layout.event, EVENT);
    out.push_str("</svg>");
    out
}

fn text(out: &mut String, block: &Block, fill: &str) {
    for line in &block.lines {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" font-family=\"{}\" font-size=\"{}\" font-weight=\"{}\" \
             fill=\"{fill}\" xml:space=\"preserve\">{}</text>",
            line.x,
            line.y,
            fonts::FAMILY,
            block.size,
            block.face.weight(),
            escape(&line.text)
        );
    }
}

/// Text for XML: the five special characters, and the control characters
/// XML 1.0 forbids dropped (a stray one must not make the SVG invalid).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 => out.push(' '),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The fonts resvg draws with: the two embedded faces, nothing from the system.
fn options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let db = options.fontdb_mut();
    db.load_font_data(fonts::REGULAR.to_vec());
    db.load_font_data(fonts::BOLD.to_vec());
    db.set_sans_serif_family(fonts::FAMILY);
    options
}

/// Parses an SVG this crate wrote.
pub fn tree(svg: &str) -> usvg::Tree {
    usvg::Tree::from_str(svg, &options()).expect("the card's SVG is valid: its text is escaped")
}

fn draw(svg: &str) -> Vec<u8> {
    let tree = tree(svg);
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).expect("a non-empty size");
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().expect("PNG encoding into memory")
}
