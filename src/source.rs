//! The one place that talks to the network: fetches a recap file (streamed,
//! with a limit on its size and a timeout while no byte arrives), validates
//! it, and reports its problems on the console.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestCredentials,
    RequestInit, Response,
};

use crate::alive::guard;
use crate::lang::Lang;
use crate::recap::{self, Parsed, Problem, Rejected};

/// How long the widget waits for the next byte of the recap file (or for
/// the server to answer at all) before it offers a retry. A slow download
/// that keeps moving never times out.
pub const TIMEOUT_MS: u32 = 15_000;

/// The largest recap file the widget loads.
pub const MAX_BYTES: usize = recap::MAX_FILE_BYTES;

/// How many problems of one file go to the console one by one; the rest are counted.
pub const MAX_LOGGED: usize = 50;

/// Why a recap could not be shown.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    /// No connection, a refused or dropped connection.
    Offline,
    Timeout,
    /// The server answered with this HTTP status.
    Http(u16),
    /// The file is larger than [`MAX_BYTES`].
    TooLarge,
    /// The file arrived but breaks a fatal rule.
    Invalid(Rejected),
}

impl LoadError {
    /// Whether trying again could help (network errors, not file errors).
    pub fn is_network(&self) -> bool {
        matches!(
            self,
            LoadError::Offline | LoadError::Timeout | LoadError::Http(_)
        )
    }
}

/// A recap file that passed the rules, and the URL it came from (after
/// redirects): relative photo paths are relative to it.
pub struct Fetched {
    pub parsed: Parsed,
    pub url: String,
}

/// Resolves a (validated) photo URL against the recap file's URL; the result
/// must still be http(s).
pub fn resolve(url: &str, base: &str) -> Option<String> {
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

/// Aborts the request when no byte arrived for [`TIMEOUT_MS`].
struct Watchdog {
    abort: AbortController,
    fired: Rc<Cell<bool>>,
    timer: Option<Timeout>,
}

impl Watchdog {
    fn start(abort: &AbortController) -> Watchdog {
        let mut watchdog = Watchdog {
            abort: abort.clone(),
            fired: Rc::default(),
            timer: None,
        };
        watchdog.reset();
        watchdog
    }

    /// Something arrived: the wait starts again.
    fn reset(&mut self) {
        let (fired, abort) = (self.fired.clone(), self.abort.clone());
        self.timer = Some(Timeout::new(
            TIMEOUT_MS,
            guard(move || {
                fired.set(true);
                abort.abort();
            }),
        ));
    }

    /// The error a failed request stands for.
    fn error(&self) -> LoadError {
        if self.fired.get() {
            LoadError::Timeout
        } else {
            LoadError::Offline
        }
    }
}

/// Fetches and validates the recap at `url`. `abort` cancels the request
/// (the widget was removed or the `src` changed).
pub async fn load(url: &str, abort: &AbortController, lang: Lang) -> Result<Fetched, LoadError> {
    let mut watchdog = Watchdog::start(abort);
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
    let response = JsFuture::from(request)
        .await
        .map_err(|_| watchdog.error())?;
    let response: Response = response.dyn_into().map_err(|_| watchdog.error())?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let announced = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.parse::<usize>().ok());
    if announced.is_some_and(|length| length > MAX_BYTES) {
        abort.abort();
        return Err(LoadError::TooLarge);
    }
    let bytes = read_body(&response, abort, &mut watchdog).await?;
    let parsed = recap::parse_bytes(&bytes).map_err(LoadError::Invalid)?;
    log_problems(url, &parsed.warnings, lang);
    Ok(Fetched {
        parsed,
        url: response.url(),
    })
}

/// Reads the body chunk by chunk, up to [`MAX_BYTES`]; every chunk restarts
/// the watchdog.
async fn read_body(
    response: &Response,
    abort: &AbortController,
    watchdog: &mut Watchdog,
) -> Result<Vec<u8>, LoadError> {
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let result: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| watchdog.error())?
            .unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(bytes);
        }
        let chunk: Uint8Array = result.get_value().unchecked_into();
        let start = bytes.len();
        let end = start + chunk.length() as usize;
        if end > MAX_BYTES {
            abort.abort();
            return Err(LoadError::TooLarge);
        }
        bytes.resize(end, 0);
        chunk.copy_to(&mut bytes[start..]);
        watchdog.reset();
    }
}

/// Warns on the console about the file's item problems: the first
/// [`MAX_LOGGED`] one by one, then how many more there are.
pub fn log_problems(url: &str, problems: &[Problem], lang: Lang) {
    for problem in problems.iter().take(MAX_LOGGED) {
        let line = format!("recap-widget ({url}): {}", problem.message(lang));
        web_sys::console::warn_1(&line.into());
    }
    if problems.len() > MAX_LOGGED {
        let more = crate::i18n::more_problems(lang, problems.len() - MAX_LOGGED);
        web_sys::console::warn_1(&format!("recap-widget ({url}): {more}").into());
    }
}
