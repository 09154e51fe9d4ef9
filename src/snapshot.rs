//! The prerendered snapshot: a recap rendered to HTML by the widget's own
//! components (Yew's server renderer), wrapped in the declarative shadow
//! root the browser builds before any script runs, and the snippet or page
//! that carries it. Native only; `recap-render` and the build use it.

use yew::LocalServerRenderer;

use crate::components::{Snapshot, SnapshotProps};
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
    /// relative to the page). Relative photo paths are resolved against it
    /// when it is absolute, and left relative to the page otherwise.
    pub src: String,
    /// The stylesheet's URL, as the snapshot's `<link>` names it.
    pub stylesheet: String,
    pub lang: Lang,
    pub regions: Vec<Region>,
}

/// The markup of the shadow root: the stylesheet link and the widget's
/// rendering of the recap's default view, as a `<template
/// shadowrootmode="open">` for inside `<recap-widget>`.
pub fn template(parsed: Parsed, target: &Target) -> std::io::Result<String> {
    let base = url::Url::parse(&target.src).ok();
    let resolve = |photo: &str| match &base {
        Some(base) => base.join(photo).ok().map(String::from),
        None => Some(photo.to_owned()),
    };
    let loaded = SharedRecap::new(Loaded::new(parsed.recap, parsed.warnings, resolve));
    let config = Config {
        lang: target.lang,
        regions: target.regions.clone(),
        ..Config::from_attributes(|_| None)
    };
    let markup = render(loaded, config)?;
    Ok(format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
         <div class=\"mount\" data-snapshot=\"\">{markup}</div></template>",
        escape(&target.stylesheet)
    ))
}

/// The widget's own components, rendered by Yew's server renderer on a
/// current-thread runtime (the renderer runs `!Send` components locally).
fn render(loaded: SharedRecap, config: Config) -> std::io::Result<String> {
    let renderer = LocalServerRenderer::<Snapshot>::with_props(SnapshotProps { loaded, config })
        .hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(runtime.block_on(local.run_until(renderer.render())))
}

/// The snippet an editor pastes: the script tag and the element with its
/// attributes and snapshot. `script` is `embed.js`'s URL.
pub fn snippet(parsed: Parsed, target: &Target, script: &str) -> std::io::Result<String> {
    let attributes = attributes(target);
    let template = template(parsed, target)?;
    Ok(format!(
        "<script type=\"module\" src=\"{}\"></script>\n<recap-widget{attributes}>{template}</recap-widget>\n",
        escape(script)
    ))
}

/// `page` (an HTML page with one `<recap-widget>` element) with the
/// snapshot inside that element and a description of the event in its
/// `<meta name="description">`. `None` when the page has no such element.
pub fn page(page: &str, parsed: Parsed, target: &Target) -> std::io::Result<Option<String>> {
    let description = description(&parsed, target.lang);
    let Some((content, close)) = element_content(page) else {
        return Ok(None);
    };
    let mut out = String::with_capacity(page.len() + 64 * 1024);
    out.push_str(&page[..content]);
    out.push_str(&template(parsed, target)?);
    out.push_str(&page[close..]);
    let meta = "<meta name=\"description\" content=\"\">";
    let filled = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&description)
    );
    Ok(Some(out.replacen(meta, &filled, 1)))
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
    out
}

/// Escapes text for an HTML attribute value in double quotes, as Yew's
/// server renderer does for the markup it writes.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(text)
}
