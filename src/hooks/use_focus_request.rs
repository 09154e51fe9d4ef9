//! Moves the focus to an element when asked: a card's "show quote" moves it
//! to the slide that shows the quote.

use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses `target` (and scrolls it into view) each time `request` grows
/// past zero.
#[hook]
pub fn use_focus_request(request: u32, target: NodeRef) {
    use_effect_with(request, move |request| {
        if *request > 0 {
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
                element.scroll_into_view();
            }
        }
    });
}
