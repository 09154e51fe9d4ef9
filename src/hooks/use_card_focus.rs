//! Keeps the focus with its person when the list of cards changes under it
//! (back/forward, the `region` attribute): the list is diffed by position,
//! so a card element shows whoever now stands at its place.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};
use yew::prelude::*;

use crate::dom::focused_within;

/// The id of the heading that names the card of the person at `index`.
pub fn card_heading_id(index: usize) -> String {
    format!("person-{index}")
}

/// The card's own element and its controls, in document order: where in
/// its card the focus is.
const FOCUSABLE: &str = "article, a, button";

/// `list` is the list of cards. Before the render patches it, the hook
/// notes whose card has the focus and on which of its controls; after it,
/// the focus goes to that control of that person's card, if the person is
/// still on the list.
#[hook]
pub fn use_card_focus(list: NodeRef) {
    let before = list
        .cast::<Element>()
        .and_then(|list| focused_within(&list))
        .and_then(|element| {
            let card = element.closest("article").ok()??;
            let heading = card.get_attribute("aria-labelledby")?;
            let at = controls(&card).position(|control| control == element)?;
            Some((heading, at))
        });
    use_effect(move || {
        let Some((heading, at)) = before else {
            return;
        };
        let target = list
            .cast::<Element>()
            .and_then(|list| {
                list.query_selector(&format!("article[aria-labelledby=\"{heading}\"]"))
                    .ok()?
            })
            .and_then(|card| controls(&card).nth(at))
            .and_then(|control| control.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target.filter(|target| focused_within(target).is_none()) {
            let options = FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = target.focus_with_options(&options);
        }
    });
}

/// The card itself, then its links and buttons.
fn controls(card: &Element) -> impl Iterator<Item = Element> {
    let inner = card.query_selector_all(FOCUSABLE).ok();
    let count = inner.as_ref().map_or(0, |list| list.length());
    std::iter::once(card.clone())
        .chain((0..count).filter_map(move |i| inner.as_ref()?.item(i)?.dyn_into::<Element>().ok()))
}
