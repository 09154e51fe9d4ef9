//! Long quotes are clamped to a few lines by the stylesheet. This hook knows
//! whether the current quote overflows its clamp (so "read more" shows) and
//! whether the visitor opened it in full; both follow the quote, so another
//! quote coming up closes the one opened in full.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::size_watch::{printing, watch_size};
use crate::dom::focused;

/// The clamp of the current quote.
#[derive(Clone, PartialEq)]
pub struct Clamp {
    /// The text overflows its clamp: "read more" is needed.
    pub overflowing: bool,
    /// The visitor opened it in full.
    pub expanded: bool,
    /// Opens or closes the quote in full.
    pub toggle: Callback<()>,
}

/// `text` is the current quote's text element; `current` the quote's id.
#[hook]
pub fn use_clamp(text: NodeRef, current: Option<AttrValue>) -> Clamp {
    let overflowing = use_state_eq(|| None::<AttrValue>);
    let expanded = use_state_eq(|| None::<AttrValue>);
    // Read by the observer below, which outlives this render.
    let expanded_now = use_mut_ref(|| false);
    let is_expanded = current.is_some() && *expanded == current;
    *expanded_now.borrow_mut() = is_expanded;
    {
        let overflowing = overflowing.clone();
        let expanded = expanded.clone();
        // Measured by a ResizeObserver (after layout, so no forced layout) when
        // the quote comes up and whenever its box changes size (a rotated
        // phone). A quote that fits again loses its clamp and button, unless it
        // is open in full or the button has the focus: the button never
        // vanishes under the focus.
        use_effect_with(current.clone(), move |id| {
            expanded.set(None);
            let id = id.clone();
            let watch = text.cast::<HtmlElement>().and_then(|el| {
                let text = el.clone();
                watch_size(&el, move || {
                    if printing() {
                        return;
                    }
                    if text.scroll_height() > text.client_height() + 1 {
                        overflowing.set(id.clone());
                    } else if !*expanded_now.borrow() && !read_more_focused(&text) {
                        overflowing.set(None);
                    }
                })
            });
            move || drop(watch)
        });
    }
    let toggle = {
        let expanded = expanded.clone();
        let current = current.clone();
        Callback::from(move |()| expanded.set(if is_expanded { None } else { current.clone() }))
    };
    Clamp {
        overflowing: current.is_some() && *overflowing == current,
        expanded: is_expanded,
        toggle,
    }
}

/// Whether the focus is on the "read more" button of the quote text `text`
/// (the button follows the text's blockquote).
fn read_more_focused(text: &HtmlElement) -> bool {
    let button = text
        .parent_element()
        .and_then(|quote| quote.next_element_sibling());
    let active = focused(text);
    button
        .zip(active)
        .is_some_and(|(button, active)| button.is_same_node(Some(&active)))
}
