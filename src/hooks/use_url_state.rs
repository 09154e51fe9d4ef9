//! Keeps the widget's view in the page URL, quietly: writes it after every
//! recorded change (push or replace, per SPEC), at most four replacements a
//! second (the last one always lands), keeping the host's history state,
//! and restores it on back/forward when the widget's own keys changed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::alive::{guard, guard_event};
use crate::view::state::{HistoryMode, ViewState};
use crate::view::url::{self, UrlView};

/// The shortest time between two replacements of the URL. Chromium ignores
/// history calls after 200 in 10 s (for the whole page, the host's router
/// too) and WebKit throws after 100: typing or holding an arrow key must
/// stay far below that.
pub const REPLACE_EVERY_MS: u32 = 250;

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

/// The URL writes of one widget: what the URL shows of it, and a
/// replacement waiting for its turn.
#[derive(Default)]
struct Writer {
    /// The view the URL holds (written or restored last).
    shown: Option<UrlView>,
    /// When the URL was last replaced (ms since the page's start).
    replaced_at: Option<f64>,
    /// The latest replacement that came too soon, and the timer that writes it.
    pending: Option<(UrlView, Timeout)>,
}

impl Writer {
    fn record(
        &mut self,
        prefix: &str,
        view: UrlView,
        mode: HistoryMode,
        this: &Rc<RefCell<Writer>>,
    ) {
        if mode == HistoryMode::Push {
            // A new entry carries the latest view; a waiting replacement is moot.
            self.pending = None;
            write(prefix, &view, mode);
            self.shown = Some(view);
            return;
        }
        let now = now_ms();
        let wait = self
            .replaced_at
            .map_or(0.0, |at| f64::from(REPLACE_EVERY_MS) - (now - at));
        if wait <= 0.0 {
            self.pending = None;
            self.replace(prefix, view, now);
            return;
        }
        let timer = match self.pending.take() {
            Some((_, timer)) => timer,
            None => {
                let (writer, prefix) = (Rc::downgrade(this), prefix.to_owned());
                Timeout::new(
                    wait.ceil() as u32,
                    guard(move || {
                        if let Some(writer) = writer.upgrade() {
                            writer.borrow_mut().flush(&prefix);
                        }
                    }),
                )
            }
        };
        self.pending = Some((view, timer));
    }

    fn replace(&mut self, prefix: &str, view: UrlView, now: f64) {
        write(prefix, &view, HistoryMode::Replace);
        self.replaced_at = Some(now);
        self.shown = Some(view);
    }

    /// Writes the waiting replacement now.
    fn flush(&mut self, prefix: &str) {
        if let Some((view, _)) = self.pending.take() {
            self.replace(prefix, view, now_ms());
        }
    }
}

#[hook]
pub fn use_url_state(
    options: UrlStateOptions,
    state: &ViewState,
    shown_quote: Option<String>,
    on_restore: Callback<UrlView>,
) {
    let writer = use_mut_ref(Writer::default);
    {
        let (options, writer) = (options.clone(), writer.clone());
        let history = state.history;
        let view = state.url_view(shown_quote.as_deref());
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && options.write && history != HistoryMode::None {
                writer
                    .borrow_mut()
                    .record(&options.prefix, view, history, &writer);
            }
        });
    }
    use_effect_with(options, move |options| {
        let options = options.clone();
        // With url-state="off" the URL is not this widget's: back/forward leave it alone.
        writer.borrow_mut().shown.get_or_insert_with(|| {
            current_view(&options.prefix).unwrap_or_else(|| options.fallback.clone())
        });
        let prefix = options.prefix.clone();
        let listener = web_sys::window().filter(|_| options.write).map(|window| {
            let writer = writer.clone();
            EventListener::new(
                &window,
                "popstate",
                guard_event(move |_| {
                    let view =
                        current_view(&options.prefix).unwrap_or_else(|| options.fallback.clone());
                    let mut writer = writer.borrow_mut();
                    writer.pending = None;
                    // The host's own entries (an anchor, its router) and other
                    // widgets' leave this widget's view, and its paging, as they are.
                    if writer.shown.as_ref() != Some(&view) {
                        writer.shown = Some(view.clone());
                        drop(writer);
                        on_restore.emit(view);
                    }
                }),
            )
        });
        move || {
            // The last state lands even when the widget goes away first.
            writer.borrow_mut().flush(&prefix);
            drop(listener)
        }
    });
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Writes `view` into the page URL, keeping whatever state the host page's
/// router stored in the current entry (push carries it into the new one).
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
    let Ok(host_state) = history.state() else {
        return;
    };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&host_state, "", Some(&target)),
        HistoryMode::Replace => history.replace_state_with_url(&host_state, "", Some(&target)),
        HistoryMode::None => Ok(()),
    };
}
