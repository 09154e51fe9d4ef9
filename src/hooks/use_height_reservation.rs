//! Keeps the carousel's slot at least as tall as the carousel has been, so
//! that quotes of different length do not make the page below jump. The
//! carousel's box fits its current quote; the slot around it, outside its
//! border, keeps the height (see the stylesheet).

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::size_watch::{printing, watch_size};

/// What the reservation covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reserve {
    /// A quote opened in full is not reserved: closing it or moving on gives
    /// back the height of the clamped quotes.
    pub expanded: bool,
    /// Also the height the carousel would have with either neighbouring
    /// quote, so that a move does not push the page down. Off until the
    /// visitor turns to the carousel (or autoplay can move it): until then
    /// the carousel keeps exactly the height of its first quote, as the
    /// prerendered snapshot shows it, and taking the snapshot over moves nothing.
    pub neighbours: bool,
}

/// The reservation of one set of quotes.
#[derive(Default)]
struct Reservation {
    reserve: Reserve,
    tallest: i32,
}

/// `quotes` restarts the reservation: the filters changed, and the tallest
/// quote of the old set must leave no empty space behind.
#[hook]
pub fn use_height_reservation(
    slot: NodeRef,
    section: NodeRef,
    track: NodeRef,
    quotes: Rc<Vec<usize>>,
    reserve: Reserve,
) {
    // Shared with the observer, which outlives this render.
    let state = use_mut_ref(Reservation::default);
    state.borrow_mut().reserve = reserve;
    let elements = move || {
        let section = section.cast::<HtmlElement>()?;
        Some((
            section,
            track.cast::<Element>()?,
            slot.cast::<HtmlElement>()?,
        ))
    };
    // A ResizeObserver on the carousel: it reports after layout, so reading the
    // height there costs no extra layout, and it covers every move (buttons,
    // keys, swipe, autoplay, "show quote", back/forward).
    {
        let (state, elements) = (state.clone(), elements.clone());
        use_effect_with(quotes, move |_| {
            let watch = elements().and_then(|(section, track, slot)| {
                let _ = slot.style().remove_property("min-height");
                state.borrow_mut().tallest = 0;
                let watched = section.clone();
                watch_size(&watched, move || measure(&state, &section, &track, &slot))
            });
            move || drop(watch)
        });
    }
    // Turning to the carousel changes no size: measure the neighbours then.
    use_effect_with(reserve.neighbours, move |neighbours| {
        if let (true, Some((section, track, slot))) = (*neighbours, elements()) {
            measure(&state, &section, &track, &slot);
        }
    });
}

/// Raises the slot's `min-height` (CSSOM, so the strict CSP holds) to the
/// carousel's height, or its height with a neighbour's quote: the
/// neighbours are laid out but take no height in the track (see the
/// stylesheet), so their height is their content's.
fn measure(
    state: &RefCell<Reservation>,
    section: &HtmlElement,
    track: &Element,
    slot: &HtmlElement,
) {
    let mut state = state.borrow_mut();
    if state.reserve.expanded || printing() {
        return;
    }
    let slide_height = |selector: &str| {
        track
            .query_selector(selector)
            .ok()
            .flatten()
            .map_or(0, |slide| slide.scroll_height())
    };
    let mut height = section.offset_height();
    if state.reserve.neighbours {
        let current = slide_height(".slide.current");
        let neighbour = slide_height(".slide.previous").max(slide_height(".slide.next"));
        height += (neighbour - current).max(0);
    }
    if height > state.tallest {
        state.tallest = height;
        let _ = slot
            .style()
            .set_property("min-height", &format!("{height}px"));
    }
}
