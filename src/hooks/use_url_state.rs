//! Keeps the widget's view in the page URL, quietly: writes it after every
//! recorded change (filters push an entry, typing and the carousel replace
//! it; when, see `view::url_writes`), keeping the host's history state, and
//! restores it on back/forward when the widget's own keys changed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::alive::{guard, guard_event};
use crate::view::state::{HistoryMode, ViewState};
use crate::view::url::{self, UrlView};
use crate::view::url_writes::UrlWrites;

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

/// The writes of one widget (when, see [`UrlWrites`]) and the timer that
/// writes a waiting replacement when its turn comes.
#[derive(Default)]
struct Writer {
    writes: UrlWrites,
    timer: Option<Timeout>,
}

impl Writer {
    fn record(
        &mut self,
        prefix: &str,
        view: UrlView,
        mode: HistoryMode,
        this: &Rc<RefCell<Writer>>,
    ) {
        for done in self.writes.record(view, mode, now_ms()) {
            write(prefix, &done.view, done.mode);
        }
        match self.writes.wait(now_ms()) {
            None => self.timer = None,
            Some(_) if self.timer.is_some() => {}
            Some(wait) => {
                let (writer, prefix) = (Rc::downgrade(this), prefix.to_owned());
                self.timer = Some(Timeout::new(
                    wait,
                    guard(move || {
                        if let Some(writer) = writer.upgrade() {
                            writer.borrow_mut().flush(&prefix);
                        }
                    }),
                ));
            }
        }
    }

    /// Writes the waiting replacement now.
    fn flush(&mut self, prefix: &str) {
        self.timer = None;
        if let Some(done) = self.writes.flush(now_ms()) {
            write(prefix, &done.view, done.mode);
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
        if writer.borrow().writes.shown().is_none() {
            let view = current_view(&options.prefix).unwrap_or_else(|| options.fallback.clone());
            writer.borrow_mut().writes = UrlWrites::showing(view);
        }
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
                    writer.timer = None;
                    // The host's own entries (an anchor, its router) and other
                    // widgets' leave this widget's view, and its paging, as they are.
                    if writer.writes.restored(view.clone()) {
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
