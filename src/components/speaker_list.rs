//! The list of people the filters leave, a page at a time, or the no-match
//! message with the reset button.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::speaker_card::{speaker_card, QUOTE_ATTRIBUTE};
use crate::hooks::{use_focus_handover, Handover};
use crate::i18n::{show_more, text, Text};
use crate::lang::Lang;
use crate::view::filter::Matches;
use crate::view::loaded::SharedRecap;
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    pub matches: Rc<Matches>,
    pub pages: usize,
    pub on_action: Callback<Action>,
    /// The search field: the focus goes there when the no-match view's reset goes away.
    pub search: NodeRef,
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let lang = props.lang;
    let (shown, left) = props.matches.paged(props.pages);
    let list = use_node_ref();
    // A control that goes away with its click hands the focus on: "show
    // more" (with the last page) to the first card it added, the no-match
    // view's reset to the search field.
    let handover = use_focus_handover();
    if let Some(card) = Handover::focused_card(&list) {
        handover.emit(card);
    }
    if shown == 0 {
        let (handover, search) = (handover.clone(), props.search.clone());
        let reset = props.on_action.reform(move |_: MouseEvent| {
            handover.emit(Handover::To(search.clone()));
            Action::Reset
        });
        return html! {
            <div class="no-match">
                <p>{ text(lang, Text::NoMatch) }</p>
                <button type="button" class="button" onclick={reset}>{ text(lang, Text::ResetFilters) }</button>
            </div>
        };
    }
    // One handler serves every card's "show quote" button.
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = clicked_quote(&e) {
                on_action.emit(Action::ShowQuote(id));
            }
        })
    };
    let show_more_click = {
        let list = list.clone();
        props.on_action.reform(move |_: MouseEvent| {
            handover.emit(Handover::Item(list.clone(), shown as u32));
            Action::ShowMore
        })
    };
    // Diffed by position, not keyed by person: a card is a stateless view, so
    // a filter change patches the texts of the cards on screen in place
    // instead of removing 24 card trees and building 24 new ones (about 15
    // DOM calls each from wasm; `make bench` compares it with a plain-JS
    // widget). The focus stays with its person (Handover::Card, above).
    let cards = props.matches.shown(props.pages).iter().map(|&index| {
        html! { <li>{ speaker_card(lang, &props.loaded, index) }</li> }
    });
    html! {
        <section class="people" aria-labelledby="people-heading" {onclick}>
            <h3 id="people-heading" class="visually-hidden">{ text(lang, Text::People) }</h3>
            <ul class="cards" ref={list}>{ for cards }</ul>
            if left > 0 {
                <button type="button" class="button secondary more" onclick={show_more_click}>
                    { show_more(lang, left) }
                </button>
            }
        </section>
    }
}

/// The quote id of the "show quote" button a click landed on, if any.
fn clicked_quote(event: &MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let button = target
        .closest(&format!("button[{QUOTE_ATTRIBUTE}]"))
        .ok()??;
    button.get_attribute(QUOTE_ATTRIBUTE)
}
