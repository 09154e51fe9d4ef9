//! The prerendered snapshot, written natively: a recap rendered to HTML by
//! the widget's own components with Yew's server renderer, assembled into a
//! snippet or a page by `snippet`. `recap-render` and the build use it.

use yew::LocalServerRenderer;

use crate::components::Snapshot;
use crate::recap::Parsed;
use crate::snippet::{self, Target};

/// The widget's markup of the default view of `parsed` for `target`.
/// Relative photo paths are resolved against the recap's URL when it is
/// absolute, and left relative to the page otherwise.
pub fn markup(parsed: Parsed, target: &Target) -> std::io::Result<String> {
    let base = url::Url::parse(&target.src).ok();
    let resolve = |photo: &str| match &base {
        Some(base) => base.join(photo).ok().map(String::from),
        None => Some(photo.to_owned()),
    };
    let props = target.props(parsed, resolve);
    // The renderer runs `!Send` components locally: a current-thread runtime.
    let renderer = LocalServerRenderer::<Snapshot>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    let local = tokio::task::LocalSet::new();
    Ok(runtime.block_on(local.run_until(renderer.render())))
}

/// The snippet an editor pastes: the script tag (`script` is `embed.js`'s
/// URL) and the element with its attributes and snapshot.
pub fn snippet(parsed: Parsed, target: &Target, script: &str) -> std::io::Result<String> {
    Ok(snippet::snippet(&markup(parsed, target)?, target, script))
}

/// `page` with the snapshot in its `<recap-widget>` and a description of
/// the event; `None` when the page has no such element.
pub fn page(page: &str, parsed: Parsed, target: &Target) -> std::io::Result<Option<String>> {
    let description = snippet::description(&parsed, target.lang);
    let markup = markup(parsed, target)?;
    Ok(snippet::page(page, &markup, target, &description))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn recap_with_quotes(count: usize) -> Parsed {
        let quotes: Vec<String> = (0..count)
            .map(|i| {
                format!("{{\"id\": \"q{i}\", \"speaker\": \"p\", \"text\": \"Zitat Nummer {i}.\"}}")
            })
            .collect();
        let text = format!(
            "{{\"version\": 1, \"event\": {{\"title\": \"T\", \"date\": \"2024-04-17\", \"city\": \"C\"}}, \
             \"speakers\": [{{\"id\": \"p\", \"name\": \"P\"}}], \"quotes\": [{}]}}",
            quotes.join(",")
        );
        crate::recap::parse(&text).expect("a valid recap")
    }

    /// Without JavaScript the snapshot is all a visitor gets: every quote,
    /// once (two quotes once had the second as both previous and next).
    #[test]
    fn the_snapshot_holds_every_quote_once() {
        let target = Target {
            src: "https://example.org/r/recap.json".into(),
            stylesheet: "widget.css".into(),
            lang: Lang::De,
            regions: Vec::new(),
            share_base: None,
        };
        for count in [1, 2, 3, 5] {
            let markup = markup(recap_with_quotes(count), &target).expect("rendered");
            for i in 0..count {
                let times = markup.matches(&format!("Zitat Nummer {i}.")).count();
                assert_eq!(times, 1, "quote {i} of {count}: {times} times");
            }
            assert_eq!(
                markup.matches("aria-roledescription=\"slide\"").count(),
                count,
                "{count} quotes, {count} slides"
            );
        }
    }
}
