//! The list of people the filters leave, a page at a time, or the no-match message.

use std::rc::Rc;

use yew::prelude::*;

use super::speaker_card::{speaker_card, SpeakerCardProps};
use crate::i18n::{show_more, text, Lang, Text};
use crate::source::SharedRecap;
use crate::view::filter::Matches;
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    pub matches: Rc<Matches>,
    pub pages: usize,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let lang = props.lang;
    if props.matches.visible.is_empty() {
        return html! {
            <div class="no-match">
                <p>{ text(lang, Text::NoMatch) }</p>
                <button type="button" class="button" onclick={props.on_action.reform(|_: MouseEvent| Action::Reset)}>
                    { text(lang, Text::ResetFilters) }
                </button>
            </div>
        };
    }
    let (shown, left) = props.matches.paged(props.pages);
    let cards = props.matches.visible[..shown].iter().map(|&index| {
        speaker_card(&SpeakerCardProps {
            lang,
            loaded: props.loaded.clone(),
            index,
            on_action: props.on_action.clone(),
        })
    });
    html! {
        <section class="people" aria-labelledby="people-heading">
            <h3 id="people-heading" class="visually-hidden">{ text(lang, Text::People) }</h3>
            <ul class="cards">{ for cards }</ul>
            if left > 0 {
                <button type="button" class="button secondary more" onclick={props.on_action.reform(|_: MouseEvent| Action::ShowMore)}>
                    { show_more(lang, left) }
                </button>
            }
        </section>
    }
}
