//! Drawing: a 1200×630 PNG under 300 KB, the same bytes for the same input,
//! nothing drawn outside the text column, and text no font has (or text
//! that looks like markup) harmless.

use share_card::card::{svg, tree};
use share_card::layout::{layout, Card, RIGHT};
use share_card::{render, Accent};

fn card(quote: &str) -> Card {
    Card {
        quote: quote.to_owned(),
        speaker: "Dr. Anna Müller-Lüdenscheidt".to_owned(),
        role: Some("Leiterin „Digitale Verwaltung“ & Recht".to_owned()),
        organization: Some("Stadt Görlitz".to_owned()),
        event: "15. Mitteldeutsche Digitalisierungskonferenz".to_owned(),
        date: "17. April 2024".to_owned(),
        language: "de".to_owned(),
    }
}

/// Width and height from the PNG's IHDR chunk.
fn dimensions(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (number(16), number(20))
}

const QUOTES: &[&str] = &[
    "Ja.",
    "„Straße“, ‚Maß‘ – Größe… Übermorgen: Öl, Äpfel & <script>alert('x')</script> ]]> <!-- -->",
    "Emoji 👩‍💻 and 漢字 and \u{0007}control\u{fffe} characters no font here has.",
];

#[test]
fn a_card_is_a_png_of_1200_by_630_under_300_kb() {
    let long =
        "Digitalisierung gelingt nur gemeinsam, über Grenzen von Ländern hinweg. ".repeat(30);
    for quote in QUOTES.iter().copied().chain([long.as_str()]) {
        let png = render(&card(quote), &Accent::default());
        assert_eq!(dimensions(&png), (1200, 630));
        assert!(png.len() < 300 * 1024, "{} bytes", png.len());
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let accent = Accent::parse("#c0392b").expect("a colour");
    for quote in QUOTES {
        assert_eq!(render(&card(quote), &accent), render(&card(quote), &accent));
    }
    assert_ne!(
        render(&card("Eins."), &accent),
        render(&card("Eins."), &Accent::default())
    );
}

#[test]
fn nothing_is_drawn_outside_the_card_or_right_of_the_column() {
    let long = "Ünterstützungsleistungsverordnung ".repeat(80);
    for quote in QUOTES.iter().copied().chain([long.as_str()]) {
        let tree = tree(&svg(&layout(&card(quote)), &Accent::default()));
        let bounds = tree.root().abs_bounding_box();
        assert!(bounds.left() >= 0.0 && bounds.top() >= 0.0);
        assert!(bounds.bottom() <= 630.0, "bottom {}", bounds.bottom());
        for node in tree.root().children() {
            if let resvg::usvg::Node::Text(text) = node {
                let right = text.abs_bounding_box().right();
                assert!(right <= RIGHT + 4.0, "text reaches {right}");
            }
        }
    }
}

#[test]
fn markup_in_the_text_stays_text() {
    let svg = svg(&layout(&card(QUOTES[1])), &Accent::default());
    assert!(!svg.contains("<script"));
    assert!(svg.contains("&lt;script&gt;"));
    assert!(svg.contains("&amp;"));
}

#[test]
fn an_accent_is_a_colour_and_nothing_else() {
    assert_eq!(
        Accent::parse("#ABC").map(|a| a.as_str().to_owned()),
        Some("#aabbcc".to_owned())
    );
    assert_eq!(
        Accent::parse(" #0a58ca ").map(|a| a.as_str().to_owned()),
        Some("#0a58ca".to_owned())
    );
    for bad in ["red", "#12", "#1234567", "#zzzzzz", "\"/><script>", ""] {
        assert_eq!(Accent::parse(bad), None, "{bad:?}");
    }
    assert_eq!(Accent::default().as_str(), "#0a58ca");
}
