//! Moves the focus on when the focused control goes away with the render
//! that its own click caused ("show more" after the last page, the no-match
//! view's reset, "try again"), instead of letting it fall to the page.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::dom::focused;

/// Where the focus goes if it was lost.
#[derive(Clone)]
pub enum Handover {
    /// This element.
    To(NodeRef),
    /// The first child element of the `index`th child of this element (a
    /// list item's card).
    Item(NodeRef, u32),
}

impl Handover {
    fn element(&self) -> Option<HtmlElement> {
        let element = match self {
            Handover::To(target) => target.cast::<Element>()?,
            Handover::Item(list, index) => list
                .cast::<Element>()?
                .children()
                .item(*index)?
                .first_element_child()?,
        };
        wasm_bindgen::JsCast::dyn_into(element).ok()
    }
}

/// Returns a callback that arms the handover for the next render of this
/// component: after it, if nothing in the widget has the focus, the target gets it.
#[hook]
pub fn use_focus_handover() -> Callback<Handover> {
    let armed = use_mut_ref(|| None::<Handover>);
    {
        let armed = armed.clone();
        use_effect(move || {
            let target = armed.borrow_mut().take();
            if let Some(element) = target.as_ref().and_then(Handover::element) {
                if focused(&element).is_none() {
                    let _ = element.focus();
                }
            }
        });
    }
    Callback::from(move |target| *armed.borrow_mut() = Some(target))
}
