//! The one place that talks to the network: fetches a recap file (with a
//! timeout and cancellation), validates it and resolves relative photo URLs.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
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

    let window = web_sys::window().ok_or(LoadError::Offline)?;
    let init = RequestInit::new();
    init.set_signal(Some(&abort.signal()));
    init.set_credentials(RequestCredentials::Omit);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(network_error)?;
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
