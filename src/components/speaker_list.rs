//! The list of people the filters leave, a page at a time, or the no-match
//! message. The list's items are plain DOM that the card cache fills.

use std::rc::Rc;

use yew::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::speaker_card::{CardCache, QUOTE_ATTRIBUTE};
use crate::i18n::{show_more, text, Lang, Text};
use crate::idle::IdleWork;
use crate::source::SharedRecap;
use crate::view::filter::{Matches, Selection};
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    pub selection: Selection,
    pub matches: Rc<Matches>,
    pub pages: usize,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let lang = props.lang;
    let cache = use_memo((lang, props.loaded.clone()), |(lang, loaded)| {
        CardCache::new(*lang, loaded.clone())
    });
    // The cards are plain DOM in a list that the cache fills; while the
    // browser is idle, the cards of the next click are built ahead.
    {
        let cache = cache.clone();
        let deps = (
            lang,
            props.loaded.clone(),
            props.selection.clone(),
            props.matches.clone(),
            props.pages,
        );
        use_effect_with(deps, move |(_, loaded, selection, matches, pages)| {
            cache.show(matches.shown(*pages));
            let work = prepare_next_cards(cache, loaded, selection, matches, *pages);
            move || drop(work)
        });
    }
    let (shown, left) = props.matches.paged(props.pages);
    if shown == 0 {
        return html! {
            <div class="no-match">
                <p>{ text(lang, Text::NoMatch) }</p>
                <button type="button" class="button" onclick={props.on_action.reform(|_: MouseEvent| Action::Reset)}>
                    { text(lang, Text::ResetFilters) }
                </button>
            </div>
        };
    }
    // The cards' "show quote" buttons are plain DOM: one handler here serves them all.
    let onclick = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = clicked_quote(&e) {
                on_action.emit(Action::ShowQuote(id));
            }
        })
    };
    html! {
        <section class="people" aria-labelledby="people-heading" {onclick}>
            <h3 id="people-heading" class="visually-hidden">{ text(lang, Text::People) }</h3>
            { cache.list() }
            if left > 0 {
                <button type="button" class="button secondary more" onclick={props.on_action.reform(|_: MouseEvent| Action::ShowMore)}>
                    { show_more(lang, left) }
                </button>
            }
        </section>
    }
}

/// Builds, while the browser is idle, the cards the next click shows: the
/// first pages one filter click away, then the page "show more" adds (its
/// button is at the end of the list, the filters are at the top). A click
/// then only places them: building is most of a filter change's work. Not
/// under a search: every keystroke would build another set of pages, and
/// the cache keeps what it builds.
fn prepare_next_cards(
    cache: Rc<CardCache>,
    loaded: &SharedRecap,
    selection: &Selection,
    matches: &Rc<Matches>,
    pages: usize,
) -> IdleWork {
    let (loaded, selection, matches) = (loaded.clone(), selection.clone(), matches.clone());
    let mut people: Option<Vec<usize>> = None;
    let mut done = 0;
    IdleWork::start(move |slice| {
        let people = people.get_or_insert_with(|| {
            let mut next = Vec::new();
            if !selection.has_query() {
                next = loaded.people.one_click_away(&selection);
            }
            next.extend_from_slice(matches.next_page(pages));
            next
        });
        done += cache.prepare(&people[done..], slice);
        done < people.len()
    })
}

/// The quote id of the "show quote" button a click landed on, if any.
fn clicked_quote(event: &MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let button = target
        .closest(&format!("button[{QUOTE_ATTRIBUTE}]"))
        .ok()??;
    button.get_attribute(QUOTE_ATTRIBUTE)
}
