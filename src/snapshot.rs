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
