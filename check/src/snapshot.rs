//! The snippet in the browser: the widget's `Snapshot` component rendered
//! to HTML by Yew's server renderer and assembled by the widget's `snippet`
//! module, exactly as `recap-render` does it natively. As a string, not a
//! DOM: nothing in it loads (a photo on the editor's server included).

use recap_widget::components::Snapshot;
use recap_widget::recap::Parsed;
use recap_widget::snippet::{self, Target};
use yew::LocalServerRenderer;

/// The snippet of `parsed` for `target`; `script` is `embed.js`'s URL.
/// Relative photo paths are resolved against the recap's URL, like the
/// widget does.
pub async fn snippet(parsed: Parsed, target: Target, script: String) -> String {
    let base = target.src.clone();
    let resolve = move |photo: &str| {
        let url = web_sys::Url::new_with_base(photo, &base).ok()?;
        matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.href())
    };
    let props = target.props(parsed, resolve);
    let markup = LocalServerRenderer::<Snapshot>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    snippet::snippet(&markup, &target, &script)
}
