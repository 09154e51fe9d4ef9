//! The snippet in the browser: the widget's `Snapshot` component rendered
//! to HTML by Yew's server renderer and assembled by the widget's `snippet`
//! module, exactly as `recap-render` does it natively. As a string, not a
//! DOM: nothing in it loads (a photo on the editor's server included).

use recap_widget::components::Snapshot;
use recap_widget::recap::Parsed;
use recap_widget::snippet::{self, Target};
use recap_widget::source;
use yew::LocalServerRenderer;

/// The snippet of `parsed` for `target`; `script` is `embed.js`'s URL.
/// Relative photo paths are resolved against the recap's URL by the
/// widget's own rule (`source::resolve`).
pub async fn snippet(parsed: Parsed, target: Target, script: String) -> String {
    let base = target.src.clone();
    let props = target.props(parsed, |photo: &str| source::resolve(photo, &base));
    let markup = LocalServerRenderer::<Snapshot>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    snippet::snippet(&markup, &target, &script)
}
