//! Keeps the widget's view in the page URL: writes it after every recorded
//! change (push or replace, per SPEC) and restores it on back/forward.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::view::state::{HistoryMode, ViewState};
use crate::view::url::{self, UrlView};

#[derive(Clone, Debug, PartialEq)]
pub struct UrlStateOptions {
    pub prefix: String,
    /// `false` with `url-state="off"`: the URL is read, never written.
    pub write: bool,
    /// The view when the URL holds none of this widget's keys.
    pub fallback: UrlView,
}

/// This widget's view as the current page URL describes it, if it does.
pub fn current_view(prefix: &str) -> Option<UrlView> {
    let search = web_sys::window()?.location().search().ok()?;
    url::read(&search, prefix)
}

/// The page URL with this widget's keys set to `view` (for share links).
pub fn link_to(prefix: &str, view: &UrlView) -> Option<String> {
    let location = web_sys::window()?.location();
    let search = url::write(&location.search().ok()?, prefix, view);
    Some(format!(
        "{}{}{search}{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        location.hash().ok()?
    ))
}

#[hook]
pub fn use_url_state(
    options: UrlStateOptions,
    state: &ViewState,
    shown_quote: Option<String>,
    on_restore: Callback<UrlView>,
) {
    {
        let options = options.clone();
        let history = state.history;
        let view = state.url_view(shown_quote.as_deref());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && options.write && history != HistoryMode::None {
                write(&options.prefix, &view, history);
            }
        });
    }
    use_effect_with(options, move |options| {
        let options = options.clone();
        // With url-state="off" the URL is not this widget's: back/forward leave it alone.
        let listener = web_sys::window().filter(|_| options.write).map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                on_restore.emit(
                    current_view(&options.prefix).unwrap_or_else(|| options.fallback.clone()),
                );
            })
        });
        move || drop(listener)
    });
}

fn write(prefix: &str, view: &UrlView, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(search), Ok(path), Ok(hash)) =
        (location.search(), location.pathname(), location.hash())
    else {
        return;
    };
    let new_search = url::write(&search, prefix, view);
    if new_search == search {
        return;
    }
    let target = format!("{path}{new_search}{hash}");
    let Ok(history) = window.history() else {
        return;
    };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&target)),
        // Keep whatever state the host page's router stored in this entry.
        HistoryMode::Replace => history
            .state()
            .and_then(|s| history.replace_state_with_url(&s, "", Some(&target))),
        HistoryMode::None => Ok(()),
    };
}
