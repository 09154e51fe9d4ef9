//! The share page of a quote: what messengers and networks read (the Open
//! Graph and Twitter tags in a static `<head>`, since their crawlers run no
//! script), the quote for people without JavaScript or CSS, and a refresh
//! to the host page that shows the quote in the widget. Pure text.

use crate::layout::{Card, HEIGHT, WIDTH};

/// What the page links to, besides the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// The quote's id: the page is `<id>.html`, its card `<id>.png`.
    pub id: String,
    /// The absolute URL of the folder the share files are published in,
    /// with its trailing slash (`https://example.org/recap/share/`).
    pub share_base: String,
    /// The page that holds the widget (absolute, or relative to the share page).
    pub host: String,
    /// The `<recap-widget>` element's id, where it has one: the URL key is
    /// then `<id>-quote` instead of `recap-quote`.
    pub element_id: Option<String>,
}

/// At most this many characters of the quote in `og:description`.
const DESCRIPTION: usize = 200;
/// At most this many characters of the quote's opening in `og:image:alt`.
const OPENING: usize = 100;

/// The share page of `card` (its text; `links` for the URLs).
pub fn page(card: &Card, links: &Links) -> String {
    let german = primary(&card.language) == "de";
    let (open, close) = if german {
        ("„", "“")
    } else {
        ("“", "”")
    };
    let url = format!("{}{}.html", links.share_base, links.id);
    let image = format!("{}{}.png", links.share_base, links.id);
    let speaker = card.speaker.trim();
    let title = if speaker.is_empty() {
        card.event.clone()
    } else {
        format!("{speaker} – {}", card.event)
    };
    let quote = card.quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut alt = format!("{open}{}{close}", shorten(&quote, OPENING));
    if !speaker.is_empty() {
        alt.push_str(" – ");
        alt.push_str(speaker);
    }
    let target = quote_url(links);
    let attribution: Vec<&str> = [
        Some(speaker),
        card.role.as_deref(),
        card.organization.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .filter(|text| !text.is_empty())
    .collect();
    let back = if german {
        "Zum Rückblick auf die Konferenz"
    } else {
        "To the conference recap"
    };
    let mut out = String::with_capacity(4096);
    out.push_str("<!doctype html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\">\n<head>\n",
        attr(&card.language)
    ));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", text(&title)));
    out.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        attr(&url)
    ));
    out.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">\n",
        attr(&shorten(&quote, DESCRIPTION))
    ));
    let properties = [
        ("og:title", title.clone()),
        ("og:description", shorten(&quote, DESCRIPTION)),
        ("og:type", "article".to_owned()),
        ("og:url", url.clone()),
        ("og:image", image),
        ("og:image:width", WIDTH.to_string()),
        ("og:image:height", HEIGHT.to_string()),
        ("og:image:type", "image/png".to_owned()),
        ("og:image:alt", alt),
        ("og:site_name", card.event.clone()),
        ("og:locale", locale(&card.language)),
    ];
    for (property, content) in properties {
        out.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">\n",
            attr(&content)
        ));
    }
    out.push_str("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"refresh\" content=\"0; url={}\">\n",
        attr(&target)
    ));
    out.push_str("</head>\n<body>\n<main>\n<figure>\n<blockquote>\n");
    for paragraph in card.quote.split("\n\n") {
        let paragraph = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        if !paragraph.is_empty() {
            out.push_str(&format!("<p>{}</p>\n", text(&paragraph)));
        }
    }
    out.push_str("</blockquote>\n");
    if !attribution.is_empty() {
        out.push_str(&format!(
            "<figcaption>— {}</figcaption>\n",
            text(&attribution.join(", "))
        ));
    }
    out.push_str("</figure>\n");
    out.push_str(&format!(
        "<p>{}, {}</p>\n",
        text(&card.event),
        text(&card.date)
    ));
    out.push_str(&format!(
        "<p><a href=\"{}\">{back}</a></p>\n</main>\n</body>\n</html>\n",
        attr(&target)
    ));
    out
}

/// The host page showing the quote: its URL with `recap-quote=<id>` (or
/// `<element-id>-quote=<id>`) added to its query, before any fragment.
pub fn quote_url(links: &Links) -> String {
    let (page, fragment) = match links.host.split_once('#') {
        Some((page, fragment)) => (page, Some(fragment)),
        None => (links.host.as_str(), None),
    };
    let key = match &links.element_id {
        Some(id) if !id.is_empty() => format!("{id}-quote"),
        _ => "recap-quote".to_owned(),
    };
    let separator = if !page.contains('?') {
        "?"
    } else if page.ends_with(['?', '&']) {
        ""
    } else {
        "&"
    };
    let mut url = format!("{page}{separator}{}={}", encode(&key), encode(&links.id));
    if let Some(fragment) = fragment {
        url.push('#');
        url.push_str(fragment);
    }
    url
}

/// `text` at most `limit` characters long: whole, or cut after a word with "…".
pub fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    // Room for the ellipsis and its space.
    let room = limit.saturating_sub(2);
    let end = text.char_indices().nth(room).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    // A cut at a space keeps whole words; the next character being a space
    // means the last word is whole too.
    let whole = text[end..].starts_with(char::is_whitespace);
    let kept = if whole {
        head
    } else {
        head.rfind(char::is_whitespace).map_or("", |i| &head[..i])
    };
    let kept = kept
        .trim_end()
        .trim_end_matches([',', ';', ':', '–', '—', '-']);
    if kept.is_empty() {
        // One word longer than the limit: cut it between characters.
        return format!("{head}…");
    }
    format!("{kept} …")
}

/// `de_DE` from `de`, `en_GB` from `en-GB`: Open Graph's language_TERRITORY.
pub fn locale(language: &str) -> String {
    let mut parts = language.split(['-', '_']).filter(|part| !part.is_empty());
    let primary = parts
        .next()
        .filter(|p| p.chars().all(|c| c.is_ascii_alphabetic()) && (2..=3).contains(&p.len()))
        .unwrap_or("de")
        .to_ascii_lowercase();
    let region = parts
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
        .unwrap_or_else(|| match primary.as_str() {
            "en" => "US".to_owned(),
            "da" => "DK".to_owned(),
            "cs" => "CZ".to_owned(),
            other => other.to_ascii_uppercase(),
        });
    format!("{primary}_{region}")
}

fn primary(language: &str) -> String {
    language
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// A URL query key or value, as `URLSearchParams` writes it.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn text(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_text(text)
}

fn attr(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(text)
}
