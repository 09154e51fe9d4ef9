//! What the visitor does to the carousel besides its buttons: arrow keys
//! move it; a mouse over it pauses autoplay; keyboard focus entering it
//! stops autoplay until play is pressed; a pointer pressed on it starts a
//! swipe. Pointer or focus also mark the carousel as engaged (from then on
//! the neighbours' heights are reserved, see `Reserve`).

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::use_moves::Move;

/// The carousel's event handlers.
pub struct CarouselInput {
    pub onkeydown: Callback<KeyboardEvent>,
    pub onpointerenter: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onpointerdown: Callback<PointerEvent>,
    /// The visitor has turned to the carousel (pointer or focus).
    pub engaged: bool,
}

/// `go` moves the carousel; `hover` and `stop` are autoplay's; `swipe_down`
/// starts a swipe.
#[hook]
pub fn use_carousel_input(
    go: Callback<Move>,
    hover: Callback<bool>,
    stop: Callback<()>,
    swipe_down: Callback<PointerEvent>,
) -> CarouselInput {
    let engaged = use_state_eq(|| false);
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let forward = match e.key().as_str() {
            "ArrowLeft" => false,
            "ArrowRight" => true,
            _ => return,
        };
        e.prevent_default();
        go.emit(Move::Visitor { forward });
    });
    let mouse_over = |on: bool| {
        let hover = hover.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                hover.emit(on);
            }
        })
    };
    let onfocusin = {
        let engaged = engaged.clone();
        Callback::from(move |e: FocusEvent| {
            engaged.set(true);
            if keyboard_focus(&e) {
                stop.emit(());
            }
        })
    };
    let onpointerdown = {
        let engaged = engaged.clone();
        Callback::from(move |e: PointerEvent| {
            engaged.set(true);
            swipe_down.emit(e);
        })
    };
    CarouselInput {
        onkeydown,
        onpointerenter: mouse_over(true),
        onpointerleave: mouse_over(false),
        onfocusin,
        onpointerdown,
        engaged: *engaged,
    }
}

/// Whether focus came from the keyboard (`:focus-visible`), not a click.
fn keyboard_focus(event: &FocusEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| t.matches(":focus-visible").unwrap_or(false))
}
