//! Moving the carousel: each move asks the view state for the new quote
//! (a visitor's move is recorded in the URL, autoplay's is not), counts the
//! visitor's moves (new slides are keyed by the count, so they slide in),
//! says the new quote in the live region, and keeps the keyboard focus on
//! a slide when it was on one.

use std::rc::Rc;

use web_sys::{HtmlElement, Node};
use yew::prelude::*;

use crate::dom::focused_within;
use crate::i18n::slide_label;
use crate::lang::Lang;
use crate::view::carousel::step;
use crate::view::loaded::SharedRecap;
use crate::view::state::Action;

/// What moves the carousel: the visitor (buttons, keys, swipe) or autoplay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Visitor { forward: bool },
    Autoplay,
}

/// The quotes the carousel steps through and where its moves go.
#[derive(Clone)]
pub struct Deck {
    pub lang: Lang,
    pub loaded: SharedRecap,
    /// The quotes the filters leave (indexes into the recap's quotes).
    pub quotes: Rc<Vec<usize>>,
    /// The current one among them.
    pub position: usize,
    pub on_action: Callback<Action>,
}

pub struct Moves {
    pub go: Callback<Move>,
    /// How often the carousel moved.
    pub count: u32,
    /// The last quote the visitor moved to, for the live region; empty until then.
    pub announcement: AttrValue,
}

/// Moves through `deck`; `track` holds the slides, `current_slide` is the
/// one to focus after a move.
#[hook]
pub fn use_moves(deck: Deck, track: NodeRef, current_slide: NodeRef) -> Moves {
    let Deck {
        lang,
        loaded,
        quotes,
        position,
        on_action,
    } = deck;
    let count = use_state(|| 0u32);
    let announcement = use_state_eq(AttrValue::default);
    let refocus = use_mut_ref(|| false);
    {
        let refocus = refocus.clone();
        use_effect_with((quotes.clone(), position), move |_| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                if let Some(slide) = current_slide.cast::<HtmlElement>() {
                    let _ = slide.focus();
                }
            }
        });
    }
    let go = {
        let (count, announcement) = (count.clone(), announcement.clone());
        Callback::from(move |how: Move| {
            if quotes.len() < 2 {
                return;
            }
            let forward = how != Move::Visitor { forward: false };
            let next = step(position, quotes.len(), forward);
            let quote = &loaded.recap.quotes[quotes[next]];
            count.set(count.wrapping_add(1));
            *refocus.borrow_mut() = track
                .cast::<Node>()
                .is_some_and(|track| focused_within(&track).is_some());
            if how == Move::Autoplay {
                on_action.emit(Action::Rotate(quote.id.clone()));
            } else {
                let label = slide_label(lang, next + 1, quotes.len());
                announcement.set(format!("{label}: {}", quote.text).into());
                on_action.emit(Action::MoveTo(quote.id.clone()));
            }
        })
    };
    Moves {
        go,
        count: *count,
        announcement: (*announcement).clone(),
    }
}
