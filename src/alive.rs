//! Whether this wasm instance still runs. After a panic the widget shows its
//! alert (see `embed`), and every callback it left with the browser (timers,
//! window and media listeners, resize observers, answers still on their way)
//! returns at once instead of calling into the state the panic broke.
//! Each widget has an instance of its own, so the others on the page run on.

use std::sync::atomic::{AtomicBool, Ordering};

static CRASHED: AtomicBool = AtomicBool::new(false);

/// Whether this instance has panicked.
pub fn crashed() -> bool {
    CRASHED.load(Ordering::Relaxed)
}

/// Marks this instance as panicked (the panic hook does this).
pub fn mark_crashed() {
    CRASHED.store(true, Ordering::Relaxed);
}

/// `callback`, cut off once the instance has panicked.
pub fn guard(mut callback: impl FnMut()) -> impl FnMut() {
    move || {
        if !crashed() {
            callback()
        }
    }
}

/// `callback` for an event, cut off once the instance has panicked.
pub fn guard_event<E>(mut callback: impl FnMut(&E)) -> impl FnMut(&E) {
    move |event| {
        if !crashed() {
            callback(event)
        }
    }
}
