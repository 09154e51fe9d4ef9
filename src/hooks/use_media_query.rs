//! Follows a CSS media query, such as the visitor's reduced-motion setting.

use gloo::events::EventListener;
use web_sys::MediaQueryList;
use yew::prelude::*;

use crate::alive::guard_event;

/// Whether the visitor asked for reduced motion; follows changes live.
#[hook]
pub fn use_reduced_motion() -> bool {
    use_media_query("(prefers-reduced-motion: reduce)")
}

#[hook]
fn use_media_query(query: &'static str) -> bool {
    let list = use_memo((), move |_| media_query_list(query));
    let matches = use_state_eq(|| list.as_ref().as_ref().is_some_and(|l| l.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|l| {
                let list = l.clone();
                EventListener::new(
                    l,
                    "change",
                    guard_event(move |_| matches.set(list.matches())),
                )
            });
            move || drop(listener)
        });
    }
    *matches
}

/// The browser's list for `query`; none when rendering the snapshot natively.
fn media_query_list(query: &str) -> Option<MediaQueryList> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()?.match_media(query).ok().flatten()
    } else {
        None
    }
}
