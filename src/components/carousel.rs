//! The quote carousel (WAI-ARIA APG carousel pattern): the current slide
//! between its inert neighbours, previous/next buttons, arrow keys, swipe,
//! sharing, and autoplay with a pause/play button. The effects live in
//! hooks; this is the view and its wiring.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::carousel_head::{carousel_head, HeadProps};
use super::slide::{slide, Current, Place, SlideProps};
use crate::hooks::{
    link_to, use_autoplay, use_clamp, use_focus_request, use_height_reservation, use_moves,
    use_reduced_motion, use_share, use_swipe, Deck, Move, Reserve,
};
use crate::i18n::{text, Text};
use crate::lang::Lang;
use crate::view::carousel::step;
use crate::view::loaded::SharedRecap;
use crate::view::state::Action;
use crate::view::url::UrlView;

#[derive(Properties, PartialEq)]
pub struct CarouselProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    /// The quotes the filters leave (indexes into the recap's quotes).
    pub quotes: Rc<Vec<usize>>,
    pub position: usize,
    pub autoplay: Option<u32>,
    /// This widget's URL-key prefix, for share links.
    pub prefix: AttrValue,
    /// The page URL as the widget would write it, without the quote key.
    pub link_view: UrlView,
    /// Grows each time focus should move into the carousel.
    pub focus_request: u32,
    pub on_action: Callback<Action>,
    /// Rendered for the prerendered snapshot: every quote, none inert.
    #[prop_or_default]
    pub snapshot: bool,
}

#[function_component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let (lang, recap, count) = (props.lang, &props.loaded.recap, props.quotes.len());
    let position = props.position.min(count.saturating_sub(1));
    let id_at = |at: usize| {
        props
            .quotes
            .get(at)
            .and_then(|&q| recap.quotes.get(q))
            .map(|q| q.id.clone())
    };
    let reduced_motion = use_reduced_motion();
    let share = use_share(lang);
    let (slot, section, track) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (current_slide, current_text) = (use_node_ref(), use_node_ref());
    let clamp = use_clamp(current_text.clone(), id_at(position).map(AttrValue::from));
    let deck = Deck {
        lang,
        loaded: props.loaded.clone(),
        quotes: props.quotes.clone(),
        position,
        on_action: props.on_action.clone(),
    };
    let moves = use_moves(deck, track.clone(), current_slide.clone());
    let go = {
        let clear = share.clear.clone();
        moves.go.reform(move |how| {
            clear.emit(());
            how
        })
    };
    let autoplay = use_autoplay(
        props.autoplay,
        reduced_motion,
        count > 1,
        (position, props.quotes.clone()),
        go.reform(|()| Move::Autoplay),
    );
    let swipe = use_swipe(
        track.clone(),
        if count > 1 { -100 } else { 0 },
        go.reform(|forward| Move::Visitor { forward }),
    );
    // The visitor turned to the carousel (pointer or focus): from then on the
    // neighbours' heights are reserved too (see `Reserve`).
    let engaged = use_state_eq(|| false);
    let neighbours = *engaged || autoplay.state.available();
    use_height_reservation(
        slot.clone(),
        section.clone(),
        track.clone(),
        props.quotes.clone(),
        Reserve {
            expanded: clamp.expanded,
            neighbours,
        },
    );
    use_focus_request(props.focus_request, current_slide.clone());
    if count == 0 {
        return html! {
            <section class="carousel" aria-roledescription="carousel" aria-labelledby="quotes-heading">
                <h3 id="quotes-heading">{ text(lang, Text::Quotes) }</h3>
                <p class="no-quotes">{ text(lang, Text::NoQuotes) }</p>
            </section>
        };
    }
    let onkeydown = {
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| {
            let forward = match e.key().as_str() {
                "ArrowLeft" => false,
                "ArrowRight" => true,
                _ => return,
            };
            e.prevent_default();
            go.emit(Move::Visitor { forward });
        })
    };
    let hover = |on: bool| {
        let hover = autoplay.hover.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                hover.emit(on);
            }
        })
    };
    // Keyboard focus entering stops the rotation until play is pressed.
    let onfocusin = {
        let (stop, engaged) = (autoplay.stop.clone(), engaged.clone());
        Callback::from(move |e: FocusEvent| {
            engaged.set(true);
            if keyboard_focus(&e) {
                stop.emit(());
            }
        })
    };
    let onpointerdown = {
        let (down, engaged) = (swipe.down.clone(), engaged.clone());
        Callback::from(move |e: PointerEvent| {
            engaged.set(true);
            down.emit(e);
        })
    };
    // Opening a quote in full also stops the rotation, as pause would.
    let on_toggle = {
        let (toggle, stop, expanded) =
            (clamp.toggle.clone(), autoplay.stop.clone(), clamp.expanded);
        Callback::from(move |_: MouseEvent| {
            if !expanded {
                stop.emit(());
            }
            toggle.emit(());
        })
    };
    let make_slide = |at: usize, place: Place| {
        let view = UrlView {
            quote: id_at(at),
            ..props.link_view.clone()
        };
        let (prefix, share) = (props.prefix.clone(), share.share.clone());
        // The link is made on the click: it reads the page's location.
        let on_share = Callback::from(move |_: MouseEvent| {
            if let Some(link) = link_to(&prefix, &view) {
                share.emit(link);
            }
        });
        let current = (place == Place::Current).then(|| Current {
            slide: current_slide.clone(),
            text: current_text.clone(),
            clamp: &clamp,
            on_toggle: on_toggle.clone(),
            entered: moves.count > 0,
        });
        let key = if props.snapshot {
            at.to_string()
        } else {
            format!("{place:?}-{}", moves.count)
        };
        let inert = !props.snapshot && place != Place::Current;
        slide(SlideProps {
            lang,
            recap,
            quote: props.quotes[at],
            position: at,
            count,
            place,
            key,
            inert,
            current,
            on_share,
        })
    };
    let mut slides = vec![make_slide(position, Place::Current)];
    // With two quotes the previous one is the next one: the snapshot, which
    // shows every quote once, leaves it out.
    let (previous, next) = (step(position, count, false), step(position, count, true));
    let has_previous = count > 1 && !(props.snapshot && previous == next);
    if has_previous {
        slides.insert(0, make_slide(previous, Place::Previous));
    }
    if count > 1 {
        slides.push(make_slide(next, Place::Next));
    }
    if props.snapshot {
        slides.extend((2..count - 1).map(|at| make_slide(at, Place::Later)));
    }
    let head = carousel_head(HeadProps {
        lang,
        position,
        count,
        autoplay: (autoplay.state.available() && count > 1).then_some(autoplay.state.stopped),
        on_toggle_autoplay: autoplay.toggle.reform(|_: MouseEvent| ()),
        on_step: go.reform(|forward| Move::Visitor { forward }),
    });
    html! {
        <div class="carousel-slot" ref={slot}>
            <section class={if reduced_motion { "carousel still" } else { "carousel" }} aria-roledescription="carousel"
                aria-labelledby="quotes-heading" ref={section} {onkeydown} onpointerenter={hover(true)}
                onpointerleave={hover(false)} {onfocusin}>
                { head }
                <div class="viewport" {onpointerdown} onpointermove={swipe.moved} onpointerup={swipe.up} onpointercancel={swipe.cancel}>
                    <div class={if has_previous { "track has-previous" } else { "track" }} ref={track}>{ for slides }</div>
                </div>
                <p class="visually-hidden" aria-live="polite">{ moves.announcement }</p>
                <p class={if share.status.is_empty() { "share-status visually-hidden" } else { "share-status" }} role="status">
                    { share.status.clone() }
                </p>
            </section>
        </div>
    }
}

/// Whether focus came from the keyboard (`:focus-visible`), not a click.
fn keyboard_focus(event: &FocusEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| t.matches(":focus-visible").unwrap_or(false))
}
