//! Loads the recap from `src`, again on "try again" or when `src` changes;
//! the request is aborted when the widget goes away.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::alive::crashed;
use crate::lang::Lang;
use crate::source::{load, log_problems, LoadError};
use crate::view::loaded::{Loaded, SharedRecap};

#[derive(Clone, Debug)]
pub enum RecapState {
    Loading,
    Ready(SharedRecap),
    Failed(Rc<LoadError>),
}

impl PartialEq for RecapState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (RecapState::Loading, RecapState::Loading) => true,
            (RecapState::Ready(a), RecapState::Ready(b)) => a == b,
            (RecapState::Failed(a), RecapState::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A recap's text handed to the widget by its page. Equal only to itself:
/// comparing props must not compare megabytes of text.
#[derive(Clone, Debug)]
pub struct InlineRecap(pub Rc<str>);

impl PartialEq for InlineRecap {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Returns the load state and a callback that tries again. The source is
/// the recap's URL and, where the page handed it over, its text (read
/// instead of the URL, whose place still resolves relative photo paths).
/// Without a source (a parked app) nothing is loaded; each new `widget` (a
/// parked app taken over) loads anew, even from the same URL.
#[hook]
pub fn use_recap(
    source: Option<(AttrValue, Option<InlineRecap>)>,
    widget: u32,
    lang: Lang,
) -> (RecapState, Callback<()>) {
    let state = use_state(|| RecapState::Loading);
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((source, widget, *attempt), move |(source, _, _)| {
            state.set(RecapState::Loading);
            let (url, inline) = match source {
                Some((url, inline)) => (Some(url.clone()), inline.clone()),
                None => (None, None),
            };
            if let (Some(url), Some(InlineRecap(text))) = (&url, inline) {
                state.set(match crate::recap::parse(&text) {
                    Ok(parsed) => {
                        log_problems(url, &parsed.warnings, lang);
                        let resolve = |photo: &str| crate::source::resolve(photo, url);
                        let loaded = Loaded::new(parsed.recap, parsed.warnings, resolve);
                        RecapState::Ready(SharedRecap::new(loaded))
                    }
                    Err(rejected) => RecapState::Failed(Rc::new(LoadError::Invalid(rejected))),
                });
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }
            let abort = url
                .as_ref()
                .and_then(|_| web_sys::AbortController::new().ok());
            // Set when the widget moves on (another src, removed): nobody
            // wants this answer then. The loader aborts by itself too (a
            // timeout, a file too large); those answers are shown.
            let moved_on = Rc::new(Cell::new(false));
            if let (Some(abort), Some(url)) = (abort.clone(), url) {
                let url = url.to_string();
                let moved_on = moved_on.clone();
                yew::platform::spawn_local(async move {
                    let result = load(&url, &abort, lang).await;
                    if crashed() || moved_on.get() {
                        return;
                    }
                    state.set(match result {
                        Ok(file) => {
                            let base = file.url;
                            let resolve = |photo: &str| crate::source::resolve(photo, &base);
                            let loaded =
                                Loaded::new(file.parsed.recap, file.parsed.warnings, resolve);
                            RecapState::Ready(SharedRecap::new(loaded))
                        }
                        Err(error) => RecapState::Failed(Rc::new(error)),
                    });
                });
            }
            Box::new(move || {
                moved_on.set(true);
                if let Some(abort) = abort {
                    abort.abort();
                }
            })
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(attempt.wrapping_add(1)))
    };
    ((*state).clone(), retry)
}
