//! The carousel's slides: the current quote between its neighbours, or, in
//! the prerendered snapshot, every quote once; each slide's share button
//! links to its quote. Or the carousel without quotes.

use yew::prelude::*;

use super::slide::{slide, Current, Place, SlideProps};
use crate::hooks::{link_to, Clamp};
use crate::i18n::{text, Text};
use crate::lang::Lang;
use crate::recap::Recap;
use crate::view::carousel::step;
use crate::view::url::UrlView;

pub struct SlidesProps<'a> {
    pub lang: Lang,
    pub recap: &'a Recap,
    /// The quotes the filters leave (indexes into the recap's quotes).
    pub quotes: &'a [usize],
    pub position: usize,
    /// Every quote, none inert (the prerendered snapshot).
    pub snapshot: bool,
    /// How often the carousel moved: a move makes new slides.
    pub moves: u32,
    /// The current slide's and its text's elements.
    pub current: (NodeRef, NodeRef),
    pub clamp: &'a Clamp,
    pub on_toggle: Callback<MouseEvent>,
    /// This widget's URL-key prefix and view, for share links.
    pub prefix: &'a AttrValue,
    pub link_view: &'a UrlView,
    pub share: &'a Callback<String>,
}

/// The slides in their order, and whether a previous slide leads them.
pub fn slides(props: SlidesProps<'_>) -> (Vec<Html>, bool) {
    let (count, position) = (props.quotes.len(), props.position);
    let make_slide = |at: usize, place: Place| {
        let quote = props.quotes[at];
        let view = UrlView {
            quote: props.recap.quotes.get(quote).map(|q| q.id.clone()),
            ..props.link_view.clone()
        };
        let (prefix, share) = (props.prefix.clone(), props.share.clone());
        // The link is made on the click: it reads the page's location.
        let on_share = Callback::from(move |_: MouseEvent| {
            if let Some(link) = link_to(&prefix, &view) {
                share.emit(link);
            }
        });
        let current = (place == Place::Current).then(|| Current {
            slide: props.current.0.clone(),
            text: props.current.1.clone(),
            clamp: props.clamp,
            on_toggle: props.on_toggle.clone(),
            entered: props.moves > 0,
        });
        let key = if props.snapshot {
            at.to_string()
        } else {
            format!("{place:?}-{}", props.moves)
        };
        slide(SlideProps {
            lang: props.lang,
            recap: props.recap,
            quote,
            position: at,
            count,
            place,
            key,
            inert: !props.snapshot && place != Place::Current,
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
    (slides, has_previous)
}

/// The carousel when the filters leave no quote.
pub fn no_quotes(lang: Lang) -> Html {
    html! {
        <section class="carousel" aria-roledescription="carousel" aria-labelledby="quotes-heading">
            <h3 id="quotes-heading">{ text(lang, Text::Quotes) }</h3>
            <p class="no-quotes">{ text(lang, Text::NoQuotes) }</p>
        </section>
    }
}
