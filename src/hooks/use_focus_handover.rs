//! Moves the focus on when the focused control goes away with the render
//! that its own click caused ("show more" after the last page, the no-match
//! view's reset, "try again"), instead of letting it fall to the page; and
//! keeps it with its person when the list of cards, which is diffed by
//! position, changes under it (back/forward, the `region` attribute).

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::dom::{focused, focused_within};

/// Where the focus goes if it was lost.
#[derive(Clone)]
pub enum Handover {
    /// This element.
    To(NodeRef),
    /// The first child element of the `index`th child of this element (a
    /// list item's card).
    Item(NodeRef, u32),
    /// In this list, the card named by the heading with this id, or the
    /// element with this tag in it (its link or button): wherever the list
    /// now shows it.
    Card(NodeRef, String, String),
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
            Handover::Card(list, heading, tag) => {
                let items = list.cast::<Element>()?.children();
                let card = (0..items.length())
                    .filter_map(|i| items.item(i)?.first_element_child())
                    .find(|card| card.get_attribute("aria-labelledby").as_ref() == Some(heading))?;
                if card.tag_name() == *tag {
                    card
                } else {
                    card.query_selector(tag).ok()??
                }
            }
        };
        wasm_bindgen::JsCast::dyn_into(element).ok()
    }

    /// The card control in `list` that has the focus, to be found again after
    /// the list is patched.
    pub fn focused_card(list: &NodeRef) -> Option<Handover> {
        let list_element = list.cast::<Element>()?;
        let active = focused_within(&list_element)?;
        let card = active.closest("article").ok()??;
        let heading = card.get_attribute("aria-labelledby")?;
        Some(Handover::Card(list.clone(), heading, active.tag_name()))
    }
}

/// Returns a callback that arms the handover for the next render of this
/// component: after it, if nothing in the widget has the focus (or, for a
/// card, something else has it), the target gets it.
#[hook]
pub fn use_focus_handover() -> Callback<Handover> {
    let armed = use_mut_ref(|| None::<Handover>);
    {
        let armed = armed.clone();
        use_effect(move || {
            let target = armed.borrow_mut().take();
            if let Some(element) = target.as_ref().and_then(Handover::element) {
                let moved = matches!(target, Some(Handover::Card(..)));
                if focused(&element).is_none_or(|active| moved && active != *element) {
                    let _ = element.focus();
                }
            }
        });
    }
    Callback::from(move |target| *armed.borrow_mut() = Some(target))
}
