//! The card's layout rules, for generated quotes from 1 to 2,000 characters:
//! the size from 56 to 36 px, lines within the column and the band, nothing
//! lost unless cut, a cut after whole words (or a sentence) with "…", words
//! longer than a line broken, hostile and unknown characters harmless.

use share_card::fonts::{measure, Face};
use share_card::layout::{fit_line, layout, max_lines, wrap, Card, LARGEST, LEFT, RIGHT, SMALLEST};

fn card(quote: &str, language: &str) -> Card {
    Card {
        quote: quote.to_owned(),
        speaker: "Prof. Dr. Jürgen Weiß".to_owned(),
        role: Some("Präsident".to_owned()),
        organization: Some("Verband „Digitale Straße“ e.V.".to_owned()),
        event: "15. Mitteldeutsche Digitalisierungskonferenz".to_owned(),
        date: "17. April 2024".to_owned(),
        language: language.to_owned(),
    }
}

const WORDS: &[&str] = &[
    "Digitalisierung",
    "ist",
    "für",
    "uns",
    "kein",
    "Selbstzweck,",
    "sondern",
    "Straße",
    "„Netzwerke“",
    "‚klein‘",
    "–",
    "Größe",
    "Übergänge…",
    "Öffentlichkeit.",
    "and",
    "the",
    "<script>alert(1)</script>",
    "R&D",
    "&amp;",
    "\"quoted\"",
    "it's",
    "Verwaltungsmodernisierungsgesetzgebungsverfahren",
    "👩‍💻",
    "漢字",
    "Zukunft?",
    "Mitteldeutschland!",
    "Ünterstützung",
    "ß",
    "e\u{301}",
];

/// A quote of exactly `length` characters from the word pool, now and then
/// a word longer than any line.
fn generated(length: usize, seed: usize) -> String {
    let mut text = String::new();
    let mut i = seed;
    while text.chars().count() < length {
        if !text.is_empty() {
            text.push(' ');
        }
        i = i.wrapping_mul(31).wrapping_add(7);
        if i % 97 == 3 {
            text.push_str(&"Donaudampfschifffahrtsgesellschaftskapitän".repeat(3));
        } else {
            text.push_str(WORDS[i % WORDS.len()]);
        }
    }
    text.chars()
        .take(length)
        .collect::<String>()
        .trim()
        .to_owned()
}

fn no_space(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn check(quote: &str) {
    let layout = layout(&card(quote, "de"));
    let size = layout.quote.size;
    assert!((SMALLEST..=LARGEST).contains(&size), "size {size}");
    assert_eq!(size % 2.0, 0.0);
    let lines: Vec<&str> = layout.quote.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(!lines.is_empty() || quote.trim().is_empty());
    assert!(
        lines.len() <= max_lines(size, layout.quote_bottom),
        "{} lines at {size}: {quote:?}",
        lines.len()
    );
    for line in &lines {
        let width = measure(line, size, Face::Regular);
        assert!(
            width <= RIGHT - LEFT,
            "line {line:?} is {width} px wide at {size}"
        );
    }
    for pair in layout.quote.lines.windows(2) {
        assert!(pair[1].y - pair[0].y >= size, "lines overlap");
    }
    let top = layout.quote.lines.first().map_or(0.0, |l| l.y - size);
    let bottom = layout.quote.lines.last().map_or(0.0, |l| l.y);
    assert!(
        top >= 60.0 && bottom <= 448.0,
        "quote from {top} to {bottom}"
    );
    let set = no_space(&lines.concat());
    let inner = set.strip_prefix('„').unwrap_or(&set);
    let inner = inner.strip_suffix('“').unwrap_or(inner);
    if layout.cut {
        assert_eq!(size, SMALLEST, "cut only at the smallest size");
        let kept = inner.strip_suffix('…').expect("a cut quote ends with …");
        assert!(
            no_space(quote).starts_with(kept),
            "{kept:?} is not the start of {quote:?}"
        );
        assert!(
            kept.len() * 2 > no_space(quote).len().min(300),
            "too little kept: {kept:?}"
        );
    } else {
        assert_eq!(inner, no_space(quote), "nothing lost");
        if size < LARGEST {
            let larger = size + 2.0;
            let text = format!(
                "„{}“",
                quote.split_whitespace().collect::<Vec<_>>().join(" ")
            );
            let at_larger = wrap(&text, larger, (RIGHT - LEFT) * 0.98).len();
            assert!(
                at_larger > max_lines(larger, layout.quote_bottom),
                "{quote:?} fits at {larger}"
            );
        }
    }
    assert!(layout.details.lines.len() <= 2);
    for block in [&layout.speaker, &layout.details, &layout.event] {
        assert!(block.lines.len() <= 2);
        for line in &block.lines {
            assert!(measure(&line.text, block.size, block.face) <= RIGHT - LEFT);
        }
    }
}

#[test]
fn generated_quotes_from_1_to_2000_characters() {
    let mut lengths: Vec<usize> = (1..=2000).step_by(23).collect();
    lengths.extend([
        2, 3, 50, 100, 150, 199, 200, 201, 250, 300, 400, 500, 1000, 1999, 2000,
    ]);
    for (seed, length) in lengths.into_iter().enumerate() {
        check(&generated(length, seed));
    }
}

#[test]
fn a_word_longer_than_a_line_is_broken_between_characters() {
    for length in [40, 80, 200, 2000] {
        let word: String = "Ä".repeat(length);
        check(&word);
        check(&format!("Kurz {word} danach"));
    }
    let lines = wrap(&"x".repeat(500), 36.0, 100.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), "x".repeat(500));
    // A letter and its combining mark stay together.
    let lines = wrap(&"e\u{301}".repeat(300), 36.0, 200.0);
    assert!(lines.iter().all(|line| !line.starts_with('\u{301}')));
}

#[test]
fn a_short_quote_is_large_and_a_long_one_small() {
    assert_eq!(layout(&card("Mut!", "de")).quote.size, LARGEST);
    let long = layout(&card(&generated(2000, 1), "de"));
    assert_eq!(long.quote.size, SMALLEST);
    assert!(long.cut);
}

#[test]
fn a_long_quote_ends_at_a_nearby_sentence_end() {
    let sentence =
        "Wir brauchen mehr digitale Verwaltung in der Fläche und weniger Papier in den Ämtern.";
    let quote = [sentence; 12].join(" ");
    let layout = layout(&card(&quote, "de"));
    assert!(layout.cut);
    let last = &layout.quote.lines.last().expect("lines").text;
    assert!(last.ends_with("Ämtern.\u{a0}…“"), "{last:?}");
}

#[test]
fn a_cut_without_a_sentence_end_nearby_is_after_a_whole_word() {
    let quote = ["Verwaltung", "digital,", "Zukunft", "gemeinsam"]
        .repeat(80)
        .join(" ");
    let layout = layout(&card(&quote, "en"));
    assert!(layout.cut);
    let last = &layout.quote.lines.last().expect("lines").text;
    assert!(last.ends_with("\u{a0}…”"), "{last:?}");
    assert!(
        !last.contains(",\u{a0}…"),
        "no comma before the ellipsis: {last:?}"
    );
    assert!(layout.quote.lines[0].text.starts_with('“'));
}

#[test]
fn long_details_are_shortened_to_one_line() {
    let line = fit_line(
        &"Staatssekretär für Digitales ".repeat(20),
        24.0,
        Face::Regular,
        1008.0,
    );
    assert!(line.ends_with('…'));
    assert!(measure(&line, 24.0, Face::Regular) <= 1008.0);
    let word = fit_line(&"ß".repeat(400), 32.0, Face::Bold, 1008.0);
    assert!(word.ends_with('…'));
    assert!(measure(&word, 32.0, Face::Bold) <= 1008.0);
}

#[test]
fn a_long_role_puts_the_organization_on_a_line_of_its_own() {
    let mut card = card("Kurz.", "de");
    card.role = Some("Staatssekretär im Ministerium für Infrastruktur und Digitales und CIO des Landes Sachsen-Anhalt, Beauftragter".to_owned());
    card.organization = Some("Ministerium für Infrastruktur und Digitales".to_owned());
    let layout = layout(&card);
    let lines: Vec<&str> = layout
        .details
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].ends_with('…'));
    assert_eq!(lines[1], "Ministerium für Infrastruktur und Digitales");
    assert!(layout.speaker.lines[0].y < layout.details.lines[0].y);
    let bottom = layout.event.lines[0].y;
    assert!(bottom < 630.0 - 16.0);
}

#[test]
fn missing_parts_leave_no_empty_lines() {
    let mut card = card("Ein Satz.", "de");
    card.role = None;
    card.organization = Some("  ".to_owned());
    card.speaker = String::new();
    let layout = layout(&card);
    assert!(layout.details.lines.is_empty());
    assert!(layout.speaker.lines.is_empty());
    assert_eq!(
        layout.event.lines[0].text,
        "15. Mitteldeutsche Digitalisierungskonferenz · 17. April 2024"
    );
}
