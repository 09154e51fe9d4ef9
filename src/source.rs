//! The one place that talks to the network: fetches a recap file (with a
//! timeout and cancellation), validates it and resolves relative photo URLs.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCredentials, RequestInit, Response};

use crate::recap::{self, Problem, Recap, Rejected};
use crate::view::filter::PeopleIndex;

/// How long the widget waits for the recap file before it offers a retry.
pub const TIMEOUT_MS: u32 = 15_000;

/// Why a recap could not be shown.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    /// No connection, a refused or dropped connection.
    Offline,
    Timeout,
    /// The server answered with this HTTP status.
    Http(u16),
    /// The file arrived but breaks a fatal rule.
    Invalid(Rejected),
}

impl LoadError {
    /// Whether trying again could help (network errors, not file errors).
    pub fn is_network(&self) -> bool {
        !matches!(self, LoadError::Invalid(_))
    }
}

/// A loaded recap as the components share it. Equal only to itself: props
/// comparisons must never walk a whole recap (10,000 people) on every render.
#[derive(Clone, Debug)]
pub struct SharedRecap(Rc<Loaded>);

impl SharedRecap {
    pub fn new(loaded: Loaded) -> SharedRecap {
        SharedRecap(Rc::new(loaded))
    }
}

impl PartialEq for SharedRecap {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedRecap {
    type Target = Loaded;

    fn deref(&self) -> &Loaded {
        &self.0
    }
}

/// A validated recap with what the views derive from it once.
#[derive(Debug)]
pub struct Loaded {
    pub recap: Recap,
    pub warnings: Vec<Problem>,
    pub people: PeopleIndex,
    /// For each person, the index of their first quote.
    pub first_quote: Vec<Option<usize>>,
}

impl Loaded {
    pub fn new(mut recap: Recap, warnings: Vec<Problem>, base_url: &str) -> Loaded {
        for speaker in &mut recap.speakers {
            speaker.photo = speaker
                .photo
                .take()
                .and_then(|photo| resolve(&photo, base_url));
        }
        let mut first_quote = vec![None; recap.speakers.len()];
        for (i, quote) in recap.quotes.iter().enumerate() {
            if let Some(slot) = quote.speaker.and_then(|s| first_quote.get_mut(s)) {
                slot.get_or_insert(i);
            }
        }
        let people = PeopleIndex::new(&recap);
        Loaded {
            recap,
            warnings,
            people,
            first_quote,
        }
    }
}

/// Resolves a (validated) photo URL against the recap file's URL; the result
/// must still be http(s).
fn resolve(url: &str, base: &str) -> Option<String> {
    let resolved = web_sys::Url::new_with_base(url, base).ok()?;
    matches!(resolved.protocol().as_str(), "http:" | "https:").then(|| resolved.href())
}

/// A request for the recap that `embed.js` started next to the wasm download,
/// so the file is (nearly) in by the time the widget asks for it.
pub struct EarlyRequest {
    /// The absolute URL it asked for.
    pub url: String,
    /// `fetch(url, { credentials: "omit", signal })`: the options [`load`] uses.
    pub response: Promise,
    /// Cancels it.
    pub abort: AbortController,
}

thread_local! {
    static EARLY: RefCell<Option<EarlyRequest>> = const { RefCell::new(None) };
}

/// Hands over an early request; the first [`load`] takes it.
pub fn offer_early_request(request: EarlyRequest) {
    cancel_early_request();
    EARLY.with(|early| *early.borrow_mut() = Some(request));
}

/// Cancels an early request nobody took (the widget went away before it loaded).
pub fn cancel_early_request() {
    take_early_request(None);
}

/// The early request for `url`, if there is one. It is used once: any other
/// (the widget resolved `src` differently, or it is going away) is cancelled.
fn take_early_request(url: Option<&str>) -> Option<EarlyRequest> {
    let early = EARLY.with(|early| early.borrow_mut().take())?;
    if url == Some(early.url.as_str()) {
        Some(early)
    } else {
        early.abort.abort();
        None
    }
}

/// Fetches and validates the recap at `url`. `abort` cancels the request
/// (the widget was removed or the `src` changed).
pub async fn load(url: &str, abort: &AbortController) -> Result<Loaded, LoadError> {
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let timed_out = timed_out.clone();
        let abort = abort.clone();
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            abort.abort();
        })
    };
    let network_error = |_| {
        if timed_out.get() {
            LoadError::Timeout
        } else {
            LoadError::Offline
        }
    };

    // Cancelling or timing out this load cancels an early request as well.
    let (request, _forward_abort) = match take_early_request(Some(url)) {
        Some(early) => {
            let forward = EventListener::once(&abort.signal(), "abort", move |_| {
                early.abort.abort();
            });
            (early.response, Some(forward))
        }
        None => {
            let window = web_sys::window().ok_or(LoadError::Offline)?;
            let init = RequestInit::new();
            init.set_signal(Some(&abort.signal()));
            init.set_credentials(RequestCredentials::Omit);
            (window.fetch_with_str_and_init(url, &init), None)
        }
    };
    let response = JsFuture::from(request).await.map_err(network_error)?;
    let response: Response = response.dyn_into().map_err(network_error)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let body = response.text().map_err(network_error)?;
    let text = JsFuture::from(body)
        .await
        .map_err(network_error)?
        .as_string()
        .unwrap_or_default();
    let parsed = recap::parse(&text).map_err(LoadError::Invalid)?;
    Ok(Loaded::new(parsed.recap, parsed.warnings, &response.url()))
}
