//! The two embedded faces (Noto Sans Regular and Bold, subset; see
//! fonts/README.md) and the width of a text set in them.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef};

pub const REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
pub const BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
/// The family name both faces carry, as the SVG names it.
pub const FAMILY: &str = "Noto Sans";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    fn font(self) -> &'static FontRef<'static> {
        static REGULAR_FONT: OnceLock<FontRef<'static>> = OnceLock::new();
        static BOLD_FONT: OnceLock<FontRef<'static>> = OnceLock::new();
        let (cell, bytes) = match self {
            Face::Regular => (&REGULAR_FONT, REGULAR),
            Face::Bold => (&BOLD_FONT, BOLD),
        };
        cell.get_or_init(|| FontRef::try_from_slice(bytes).expect("the embedded font parses"))
    }

    /// The CSS font weight of the face.
    pub fn weight(self) -> u16 {
        match self {
            Face::Regular => 400,
            Face::Bold => 700,
        }
    }
}

/// The width of `text` at `size` px: the sum of its glyphs' advances. A
/// character the font lacks counts as the width of the font's empty box
/// (resvg leaves it out: room to spare, never an overflow).
pub fn measure(text: &str, size: f32, face: Face) -> f32 {
    // In font units per em: the SVG's font-size is the em, as in CSS.
    let font = face.font();
    let em = font.units_per_em().unwrap_or(1000.0);
    let units: f32 = text
        .chars()
        .map(|c| font.h_advance_unscaled(font.glyph_id(c)))
        .sum();
    units * size / em
}
