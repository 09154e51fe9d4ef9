//! Work done in short slices while the browser is idle
//! (`requestIdleCallback`; a timer where that is missing, as in Safari).
//! When the browser has no idle period for a few milliseconds, as right after
//! the widget appears, a slice runs anyway: the work must not wait for the
//! visitor's first click. Dropping the handle cancels what is left, so a
//! removed widget leaves no callback behind.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdleDeadline, IdleRequestOptions};

/// The longest slice, even when the browser offers more: input that arrives
/// during a slice waits for its end.
const SLICE_MS: f64 = 8.0;
/// Without `requestIdleCallback`, or when the browser had no idle period
/// for [`IDLE_TIMEOUT_MS`]: slices this long ...
const TIMER_SLICE_MS: f64 = 4.0;
/// ... this far apart.
const TIMER_GAP_MS: i32 = 50;
/// The longest wait for an idle period. Right after the widget appeared,
/// Chromium granted none for 20-40 ms (measured), though it had time.
const IDLE_TIMEOUT_MS: u32 = 4;

/// The time one slice may take.
pub struct Slice {
    until: f64,
}

impl Slice {
    /// A slice of the idle period that `deadline` describes (an
    /// `IdleDeadline`, or `undefined` when a timer called).
    fn new(deadline: &JsValue) -> Slice {
        let idle = (!deadline.is_undefined()).then(|| deadline.unchecked_ref::<IdleDeadline>());
        let length = match idle {
            Some(idle) if !idle.did_timeout() => idle.time_remaining().min(SLICE_MS),
            _ => TIMER_SLICE_MS,
        };
        Slice {
            until: js_sys::Date::now() + length,
        }
    }

    /// Whether the slice has time left.
    pub fn has_time(&self) -> bool {
        js_sys::Date::now() < self.until
    }
}

/// Work running in idle slices until it reports that nothing is left.
pub struct IdleWork(Rc<RefCell<Scheduled>>);

struct Scheduled {
    callback: Closure<dyn FnMut(JsValue)>,
    pending: Option<Pending>,
}

#[derive(Clone, Copy)]
enum Pending {
    Idle(u32),
    Timer(i32),
}

impl IdleWork {
    /// Calls `work` once per idle slice for as long as it returns `true`
    /// (work left). It should check [`Slice::has_time`] as it goes.
    pub fn start(mut work: impl FnMut(&Slice) -> bool + 'static) -> IdleWork {
        let scheduled = Rc::new_cyclic(|weak: &Weak<RefCell<Scheduled>>| {
            let weak = weak.clone();
            let callback = Closure::new(move |deadline: JsValue| {
                let more = work(&Slice::new(&deadline));
                // Gone if the handle was dropped during the slice.
                if let Some(scheduled) = weak.upgrade() {
                    let mut scheduled = scheduled.borrow_mut();
                    scheduled.pending = None;
                    if more {
                        scheduled.schedule();
                    }
                }
            });
            RefCell::new(Scheduled {
                callback,
                pending: None,
            })
        });
        scheduled.borrow_mut().schedule();
        IdleWork(scheduled)
    }
}

impl Scheduled {
    fn schedule(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let function = self.callback.as_ref().unchecked_ref();
        let options = IdleRequestOptions::new();
        options.set_timeout(IDLE_TIMEOUT_MS);
        self.pending = match window.request_idle_callback_with_options(function, &options) {
            Ok(id) => Some(Pending::Idle(id)),
            Err(_) => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(function, TIMER_GAP_MS)
                .ok()
                .map(Pending::Timer),
        };
    }
}

impl Drop for IdleWork {
    fn drop(&mut self) {
        let Ok(mut scheduled) = self.0.try_borrow_mut() else {
            return;
        };
        if let (Some(pending), Some(window)) = (scheduled.pending.take(), web_sys::window()) {
            match pending {
                Pending::Idle(id) => window.cancel_idle_callback(id),
                Pending::Timer(id) => window.clear_timeout_with_handle(id),
            }
        }
    }
}
