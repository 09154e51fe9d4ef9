//! Swiping the carousel with pointer events: the track follows the finger
//! (through CSSOM, so the strict CSP holds), a mostly vertical gesture is left
//! to the page's scrolling, and a press on a button is never a swipe.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, PointerEvent};
use yew::prelude::*;

use crate::view::carousel::{swipe_axis, swipe_outcome, Axis};

struct Drag {
    pointer: i32,
    x: i32,
    y: i32,
    started_ms: f64,
    axis: Axis,
    dx: i32,
}

/// Event handlers to put on the carousel's viewport.
#[derive(Clone)]
pub struct SwipeHandlers {
    pub down: Callback<PointerEvent>,
    pub moved: Callback<PointerEvent>,
    pub up: Callback<PointerEvent>,
    pub cancel: Callback<PointerEvent>,
}

/// `track` is the element that moves; `base_percent` its resting offset
/// (-100 when a previous slide sits to the left); `on_step(forward)`.
#[hook]
pub fn use_swipe(track: NodeRef, base_percent: i32, on_step: Callback<bool>) -> SwipeHandlers {
    let drag: Rc<RefCell<Option<Drag>>> = use_mut_ref(|| None);
    let set_offset = {
        let track = track.clone();
        move |dx: Option<i32>| {
            if let Some(el) = track.cast::<HtmlElement>() {
                let style = el.style();
                let _ = match dx {
                    Some(dx) => style.set_property(
                        "transform",
                        &format!("translateX(calc({base_percent}% + {dx}px))"),
                    ),
                    None => style.remove_property("transform").map(|_| ()),
                };
            }
        }
    };
    let down = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let on_control = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("button, a, input").ok().flatten())
                .is_some();
            if !e.is_primary() || e.button() != 0 || on_control {
                return;
            }
            *drag.borrow_mut() = Some(Drag {
                pointer: e.pointer_id(),
                x: e.client_x(),
                y: e.client_y(),
                started_ms: e.time_stamp(),
                axis: Axis::Undecided,
                dx: 0,
            });
        })
    };
    let moved = {
        let drag = drag.clone();
        let set_offset = set_offset.clone();
        let track = track.clone();
        Callback::from(move |e: PointerEvent| {
            let mut slot = drag.borrow_mut();
            let Some(d) = slot.as_mut().filter(|d| d.pointer == e.pointer_id()) else {
                return;
            };
            let (dx, dy) = (e.client_x() - d.x, e.client_y() - d.y);
            if d.axis == Axis::Undecided {
                d.axis = swipe_axis(dx, dy);
                match d.axis {
                    Axis::Vertical => {
                        *slot = None;
                        return;
                    }
                    Axis::Horizontal => {
                        // Capture on the viewport itself: Yew delegates events from
                        // its root, so `current_target` is not the viewport.
                        if let Some(viewport) =
                            track.cast::<Element>().and_then(|t| t.parent_element())
                        {
                            let _ = viewport.set_pointer_capture(e.pointer_id());
                        }
                    }
                    Axis::Undecided => return,
                }
            }
            d.dx = dx;
            e.prevent_default();
            set_offset(Some(dx));
        })
    };
    let finish = {
        let drag = drag.clone();
        let track = track.clone();
        move |e: PointerEvent, commit: bool| {
            let Some(d) = drag.borrow_mut().take() else {
                return;
            };
            if d.axis != Axis::Horizontal || d.pointer != e.pointer_id() {
                return;
            }
            set_offset(None);
            let width = track
                .cast::<HtmlElement>()
                .and_then(|t| t.parent_element())
                .map_or(0, |p| p.client_width());
            let elapsed = (e.time_stamp() - d.started_ms).max(0.0) as u32;
            if let (true, Some(forward)) = (commit, swipe_outcome(d.dx, elapsed, width)) {
                on_step.emit(forward);
            }
        }
    };
    let up = {
        let finish = finish.clone();
        Callback::from(move |e| finish(e, true))
    };
    let cancel = Callback::from(move |e| finish(e, false));
    SwipeHandlers {
        down,
        moved,
        up,
        cancel,
    }
}
