//! The share page: every tag messengers read, with the right values,
//! every text escaped, the description cut at a word, no script, < 32 KB.

use share_card::page::{locale, page, quote_url, shorten, Links};
use share_card::Card;

fn card(quote: &str, language: &str) -> Card {
    Card {
        quote: quote.to_owned(),
        speaker: "Dr. Anna <b>Müller</b> & Co".to_owned(),
        role: Some("Leiterin \"Digitales\"".to_owned()),
        organization: Some("Stadt Görlitz".to_owned()),
        event: "15. Konferenz <Digital> & mehr".to_owned(),
        date: "17. April 2024".to_owned(),
        language: language.to_owned(),
    }
}

fn links() -> Links {
    Links {
        id: "mueller-zukunft".to_owned(),
        share_base: "https://example.org/recap/share/".to_owned(),
        host: "https://example.org/seite.html".to_owned(),
        element_id: None,
    }
}

/// The `content` of the `<meta>` with `key="name"`.
fn meta<'a>(html: &'a str, key: &str, name: &str) -> &'a str {
    let tag = format!("<meta {key}=\"{name}\" content=\"");
    let start = html
        .find(&tag)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + tag.len();
    &html[start..start + html[start..].find('"').expect("closing quote")]
}

#[test]
fn every_tag_is_there_with_its_value() {
    let html = page(
        &card("Wir müssen <jetzt> handeln & zusammenarbeiten.", "de"),
        &links(),
    );
    let title =
        "Dr. Anna &lt;b&gt;Müller&lt;/b&gt; &amp; Co – 15. Konferenz &lt;Digital&gt; &amp; mehr";
    assert!(html.contains(&format!("<title>{title}</title>")));
    assert_eq!(meta(&html, "property", "og:title"), title);
    assert_eq!(
        meta(&html, "property", "og:description"),
        "Wir müssen &lt;jetzt&gt; handeln &amp; zusammenarbeiten."
    );
    assert_eq!(meta(&html, "property", "og:type"), "article");
    let url = "https://example.org/recap/share/mueller-zukunft.html";
    assert_eq!(meta(&html, "property", "og:url"), url);
    assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));
    assert_eq!(
        meta(&html, "property", "og:image"),
        "https://example.org/recap/share/mueller-zukunft.png"
    );
    assert_eq!(meta(&html, "property", "og:image:width"), "1200");
    assert_eq!(meta(&html, "property", "og:image:height"), "630");
    assert_eq!(meta(&html, "property", "og:image:type"), "image/png");
    assert!(meta(&html, "property", "og:image:alt").starts_with("„Wir müssen &lt;jetzt&gt;"));
    assert!(meta(&html, "property", "og:image:alt")
        .ends_with("– Dr. Anna &lt;b&gt;Müller&lt;/b&gt; &amp; Co"));
    assert_eq!(
        meta(&html, "property", "og:site_name"),
        "15. Konferenz &lt;Digital&gt; &amp; mehr"
    );
    assert_eq!(meta(&html, "property", "og:locale"), "de_DE");
    assert_eq!(meta(&html, "name", "twitter:card"), "summary_large_image");
    assert_eq!(
        meta(&html, "http-equiv", "refresh"),
        "0; url=https://example.org/seite.html?recap-quote=mueller-zukunft"
    );
    assert!(
        html.contains("<a href=\"https://example.org/seite.html?recap-quote=mueller-zukunft\">")
    );
    assert!(html.contains("<html lang=\"de\">"));
}

#[test]
fn the_body_holds_the_whole_quote_and_its_attribution_without_script() {
    let quote = "Erster Absatz mit <script>alert(1)</script>.\n\nZweiter Absatz ‚klein‘ – groß…";
    let html = page(&card(quote, "de"), &links());
    assert!(!html.to_lowercase().contains("<script"));
    assert!(html.contains("<p>Erster Absatz mit &lt;script&gt;alert(1)&lt;/script&gt;.</p>"));
    assert!(html.contains("<p>Zweiter Absatz ‚klein‘ – groß…</p>"));
    assert!(html.contains(
        "Dr. Anna &lt;b&gt;Müller&lt;/b&gt; &amp; Co, Leiterin \"Digitales\", Stadt Görlitz"
    ));
    assert!(html.contains("15. Konferenz &lt;Digital&gt; &amp; mehr, 17. April 2024"));
    assert!(!html.contains("style"));
}

#[test]
fn the_description_is_cut_after_a_word_at_200_characters() {
    let quote = "Verwaltung digitalisieren heißt Prozesse neu denken ".repeat(20);
    let html = page(&card(&quote, "en"), &links());
    let description = meta(&html, "property", "og:description");
    assert!(description.chars().count() <= 200);
    assert!(description.ends_with(" …"));
    let kept = description.trim_end_matches(" …");
    assert!(
        quote.starts_with(kept) && quote[kept.len()..].starts_with(' '),
        "{kept:?}"
    );
    assert_eq!(meta(&html, "property", "og:locale"), "en_US");
    // The whole quote, 1,000 characters, is in the body; the page stays small.
    assert!(html.contains(quote.trim()));
    let hostile = page(&card(&"<&>\"' ".repeat(340), "de"), &links());
    assert!(hostile.len() < 32 * 1024, "{} bytes", hostile.len());
}

#[test]
fn shortening_keeps_whole_words() {
    assert_eq!(shorten("kurz", 200), "kurz");
    assert_eq!(shorten("eins zwei drei", 10), "eins …");
    assert_eq!(shorten("eins, zwei drei", 11), "eins …");
    assert_eq!(shorten(&"ß".repeat(300), 200).chars().count(), 199);
    for limit in 3..40 {
        let cut = shorten("Größere Übergänge brauchen Zeit und Geduld", limit);
        assert!(cut.chars().count() <= limit, "{cut:?} for {limit}");
    }
}

#[test]
fn the_host_page_gets_the_quote_in_its_query() {
    let mut links = links();
    links.host = "https://example.org/p?x=1#top".to_owned();
    assert_eq!(
        quote_url(&links),
        "https://example.org/p?x=1&recap-quote=mueller-zukunft#top"
    );
    links.element_id = Some("rueckblick 2".to_owned());
    assert_eq!(
        quote_url(&links),
        "https://example.org/p?x=1&rueckblick+2-quote=mueller-zukunft#top"
    );
    links.host = "index.html".to_owned();
    links.element_id = None;
    assert_eq!(quote_url(&links), "index.html?recap-quote=mueller-zukunft");
}

#[test]
fn the_locale_follows_the_recap_language() {
    assert_eq!(locale("de"), "de_DE");
    assert_eq!(locale("de-AT"), "de_AT");
    assert_eq!(locale("en"), "en_US");
    assert_eq!(locale("en-GB"), "en_GB");
    assert_eq!(locale("fr"), "fr_FR");
    assert_eq!(locale("<x>"), "de_DE");
}
