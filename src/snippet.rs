//! The snippet site editors paste into their page, assembled around the
//! widget's prerendered markup: the script tag, `<recap-widget>` with its
//! attributes, and the declarative shadow root (`<template
//! shadowrootmode="open">`) that holds the stylesheet link and the markup.
//! Pure text: `recap-render` (markup from Yew's server renderer) and the
//! editors' check page (markup from the same components in the browser)
//! both assemble their snippets here.

use crate::components::SnapshotProps;
use crate::config::Config;
use crate::i18n::long_date;
use crate::lang::Lang;
use crate::recap::{Parsed, Region};
use crate::view::loaded::{Loaded, SharedRecap};

/// What the snapshot is rendered for: the element's attributes and where
/// its files live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The URL the recap is loaded from, as written in `src` (absolute, or
    /// relative to the page).
    pub src: String,
    /// The stylesheet's URL, as the snapshot's `<link>` names it.
    pub stylesheet: String,
    pub lang: Lang,
    pub regions: Vec<Region>,
    /// The URL of the folder with the quotes' share pages (`share-base`),
    /// where recap-render wrote them.
    pub share_base: Option<String>,
}

impl Target {
    /// The props of the `Snapshot` component for `parsed`: the element's
    /// attributes as its config, photos resolved by `resolve` (against the
    /// recap's URL where it is absolute).
    pub fn props(&self, parsed: Parsed, resolve: impl Fn(&str) -> Option<String>) -> SnapshotProps {
        let loaded = SharedRecap::new(Loaded::new(parsed.recap, parsed.warnings, resolve));
        let config = Config {
            lang: self.lang,
            regions: self.regions.clone(),
            ..Config::from_attributes(|_| None)
        };
        SnapshotProps { loaded, config }
    }
}

/// The folder URL where the widget's files (`dist/`) and the recap will
/// live, as an editor types it: file names are appended to it. The default
/// is the page's own folder (names stay relative).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folder(String);

impl Folder {
    /// `base`, trimmed, with its trailing slash.
    pub fn new(base: &str) -> Folder {
        let base = base.trim();
        Folder(if base.ends_with('/') {
            base.to_owned()
        } else {
            format!("{base}/")
        })
    }

    /// The URL of the file `name` in this folder.
    pub fn file(&self, name: &str) -> String {
        format!("{}{name}", self.0)
    }

    /// The URL of `embed.js`, the one file a page loads.
    pub fn script(&self) -> String {
        self.file("embed.js")
    }
}

/// The shadow root for inside `<recap-widget>`: the stylesheet link and the
/// widget's `markup` for the default view.
pub fn template(markup: &str, target: &Target) -> String {
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
         <div class=\"mount\" data-snapshot=\"\">{markup}</div></template>",
        escape(&target.stylesheet)
    )
}

/// The whole snippet: the script tag (`script` is `embed.js`'s URL) and the
/// element with its attributes and snapshot.
pub fn snippet(markup: &str, target: &Target, script: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{}\"></script>\n<recap-widget{}>{}</recap-widget>\n",
        escape(script),
        attributes(target),
        template(markup, target)
    )
}

/// `page` (an HTML page with one `<recap-widget>` element) with the
/// snapshot inside that element and `description` in its empty
/// `<meta name="description">`. `None` when the page has no such element.
pub fn page(page: &str, markup: &str, target: &Target, description: &str) -> Option<String> {
    let (content, close) = element_content(page)?;
    let mut out = String::with_capacity(page.len() + markup.len() + 256);
    out.push_str(&page[..content]);
    out.push_str(&template(markup, target));
    out.push_str(&page[close..]);
    let meta = "<meta name=\"description\" content=\"\">";
    let filled = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(description)
    );
    Some(out.replacen(meta, &filled, 1))
}

/// Where the first `<recap-widget>` element's content starts and ends.
fn element_content(page: &str) -> Option<(usize, usize)> {
    let open = page.find("<recap-widget")?;
    let content = open + page[open..].find('>')? + 1;
    let close = content + page[content..].find("</recap-widget>")?;
    Some((content, close))
}

/// One sentence about the event for search engines and link previews:
/// "Rückblick: 15. Mitteldeutsche Digitalisierungskonferenz, 17. April 2024,
/// Erfurt. <first sentence of the summary>"
pub fn description(parsed: &Parsed, lang: Lang) -> String {
    let event = &parsed.recap.event;
    let date = long_date(lang, event.date.year, event.date.month, event.date.day);
    let lead = match lang {
        Lang::De => "Rückblick",
        Lang::En => "Recap",
    };
    let mut text = format!("{lead}: {}, {date}, {}.", event.title, event.city);
    if let Some(summary) = &event.summary {
        let first = summary
            .split_inclusive(". ")
            .next()
            .unwrap_or(summary)
            .trim();
        text.push(' ');
        text.push_str(first);
    }
    text
}

/// The element's attributes for `target`, each with a leading space.
fn attributes(target: &Target) -> String {
    let mut out = format!(" src=\"{}\"", escape(&target.src));
    if target.lang == Lang::En {
        out.push_str(" locale=\"en\"");
    }
    if !target.regions.is_empty() {
        let names: Vec<&str> = target.regions.iter().map(|r| r.name()).collect();
        out.push_str(&format!(" region=\"{}\"", escape(&names.join(", "))));
    }
    if let Some(share_base) = &target.share_base {
        out.push_str(&format!(" share-base=\"{}\"", escape(share_base)));
    }
    out
}

/// Escapes text for an HTML attribute value in double quotes, as Yew's
/// server renderer does for the markup it writes.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_folder_ends_with_one_slash() {
        let folder = |base: &str| super::Folder::new(base).file("recap.json");
        assert_eq!(
            folder("https://example.org/recap"),
            "https://example.org/recap/recap.json"
        );
        assert_eq!(
            folder(" https://example.org/recap/ "),
            "https://example.org/recap/recap.json"
        );
        assert_eq!(folder(""), "/recap.json");
        assert_eq!(super::Folder::default().script(), "embed.js");
        assert_eq!(
            super::Folder::new("https://example.org/recap").script(),
            "https://example.org/recap/embed.js"
        );
    }

    use super::*;

    fn target() -> Target {
        Target {
            src: "https://example.org/r/recap.json?a=1&b=\"2\"".into(),
            stylesheet: "https://example.org/r/widget-1.css".into(),
            lang: Lang::En,
            regions: vec![Region::Sachsen, Region::Thueringen],
            share_base: None,
        }
    }

    #[test]
    fn attributes_are_escaped_and_follow_the_target() {
        let out = snippet("<p>x</p>", &target(), "https://example.org/r/embed.js");
        assert_eq!(
            out,
            "<script type=\"module\" src=\"https://example.org/r/embed.js\"></script>\n\
             <recap-widget src=\"https://example.org/r/recap.json?a=1&amp;b=&quot;2&quot;\" locale=\"en\" region=\"Sachsen, Thüringen\">\
             <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://example.org/r/widget-1.css\">\
             <div class=\"mount\" data-snapshot=\"\"><p>x</p></div></template></recap-widget>\n"
        );
    }

    #[test]
    fn the_share_folder_is_an_attribute() {
        let target = Target {
            share_base: Some("https://example.org/r/share/?a&b".into()),
            ..target()
        };
        let out = snippet("", &target, "embed.js");
        assert!(out.contains(" share-base=\"https://example.org/r/share/?a&amp;b\">"));
    }

    #[test]
    fn a_page_gets_the_snapshot_and_its_description() {
        let html = "<head><meta name=\"description\" content=\"\"></head><recap-widget id=\"a\">old</recap-widget>";
        let out = page(html, "<p>new</p>", &target(), "Recap: \"A\" & B").expect("an element");
        assert!(out.contains("content=\"Recap: &quot;A&quot; &amp; B\""));
        assert!(out.contains("<recap-widget id=\"a\"><template"));
        assert!(out.ends_with("<p>new</p></div></template></recap-widget>"));
        assert_eq!(page("<p>no widget</p>", "", &target(), ""), None);
    }
}
