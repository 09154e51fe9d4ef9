//! The pool of parked apps: apps of removed widgets, rendering nothing with
//! every effect cleaned up, kept in their root elements for the next widget.
//!
//! Yew gives each root element its event listeners for good (`Renderer`
//! assumes one app per page), so a new root per mount kept about 3 KB of
//! JavaScript and 2 KB of wasm memory per mount (measured over 100 mounts);
//! reusing the root keeps the memory flat.

use std::cell::{Cell, RefCell};

use web_sys::Element;
use yew::AppHandle;

use crate::components::App;

thread_local! {
    static PARKED: RefCell<Vec<(AppHandle<App>, Element)>> = const { RefCell::new(Vec::new()) };
    /// Counts mounts: a new widget's view starts afresh on a parked app.
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// A parked app and its root element, if a removed widget left one.
pub fn take() -> Option<(AppHandle<App>, Element)> {
    PARKED.with(|parked| parked.borrow_mut().pop())
}

/// Keeps `app` (already parked by its props) and its root for the next widget.
pub fn park(app: AppHandle<App>, container: Element) {
    PARKED.with(|parked| parked.borrow_mut().push((app, container)));
}

/// A number no earlier mount of this instance had.
pub fn next_generation() -> u32 {
    MOUNTS.with(|mounts| {
        mounts.set(mounts.get().wrapping_add(1));
        mounts.get()
    })
}
