//! The quote carousel (WAI-ARIA APG carousel pattern): the current slide
//! between its inert neighbours, previous/next buttons, arrow keys, swipe,
//! sharing, and autoplay with a pause/play button. The effects live in
//! hooks (keys, hover and focus in `use_carousel_input`), the slides in
//! `slides`; this is the view and its wiring.

use std::rc::Rc;

use yew::prelude::*;

use super::carousel_head::{carousel_head, HeadProps};
use super::slides::{no_quotes, slides, SlidesProps};
use crate::hooks::{
    use_autoplay, use_carousel_input, use_clamp, use_focus_request, use_height_reservation,
    use_moves, use_reduced_motion, use_share, use_swipe, Deck, Move, Reserve,
};
use crate::lang::Lang;
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
    let current_id = props
        .quotes
        .get(position)
        .and_then(|&q| recap.quotes.get(q));
    let reduced_motion = use_reduced_motion();
    let share = use_share(lang);
    let (slot, section, track) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (current_slide, current_text) = (use_node_ref(), use_node_ref());
    let clamp = use_clamp(
        current_text.clone(),
        current_id.map(|q| q.id.clone().into()),
    );
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
    let input = use_carousel_input(
        go.clone(),
        autoplay.hover.clone(),
        autoplay.stop.clone(),
        swipe.down.clone(),
    );
    // Once the visitor turned to the carousel, the neighbours' heights are
    // reserved too (see `Reserve`).
    let (expanded, neighbours) = (clamp.expanded, input.engaged || autoplay.state.available());
    let reserve = Reserve {
        expanded,
        neighbours,
    };
    use_height_reservation(
        slot.clone(),
        section.clone(),
        track.clone(),
        props.quotes.clone(),
        reserve,
    );
    use_focus_request(props.focus_request, current_slide.clone());
    if count == 0 {
        return no_quotes(lang);
    }
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
    let (slides, has_previous) = slides(SlidesProps {
        lang,
        recap,
        quotes: &props.quotes,
        position,
        snapshot: props.snapshot,
        moves: moves.count,
        current: (current_slide, current_text),
        clamp: &clamp,
        on_toggle,
        prefix: &props.prefix,
        link_view: &props.link_view,
        share: &share.share,
    });
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
                aria-labelledby="quotes-heading" ref={section} onkeydown={input.onkeydown}
                onpointerenter={input.onpointerenter} onpointerleave={input.onpointerleave} onfocusin={input.onfocusin}>
                { head }
                <div class="viewport" onpointerdown={input.onpointerdown} onpointermove={swipe.moved} onpointerup={swipe.up} onpointercancel={swipe.cancel}>
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
