//! One slide of the quote carousel: the quote in a blockquote, "read more"
//! on a clamped current quote, the speaker's name and role, and the share
//! button.

use yew::prelude::*;

use crate::hooks::Clamp;
use crate::i18n::{slide_label, text, Text};
use crate::lang::Lang;
use crate::recap::Recap;

/// Where a slide sits. The carousel shows the current one between its
/// neighbours; the prerendered snapshot also carries the later ones, so that
/// every quote can be read without JavaScript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Previous,
    Current,
    Next,
    Later,
}

impl Place {
    fn class(self) -> &'static str {
        match self {
            Place::Previous => "slide previous",
            Place::Current => "slide current",
            Place::Next => "slide next",
            Place::Later => "slide later",
        }
    }
}

/// What only the current slide has.
pub struct Current<'a> {
    pub slide: NodeRef,
    pub text: NodeRef,
    pub clamp: &'a Clamp,
    pub on_toggle: Callback<MouseEvent>,
    /// It just slid in after a move (animated).
    pub entered: bool,
}

pub struct SlideProps<'a> {
    pub lang: Lang,
    pub recap: &'a Recap,
    /// The quote's index in the recap.
    pub quote: usize,
    /// 0-based, among the quotes the filters leave.
    pub position: usize,
    pub count: usize,
    pub place: Place,
    /// A moved carousel makes new slides (they animate in); anything else
    /// updates them in place.
    pub key: String,
    /// Hidden slides are inert in the live carousel; none in the snapshot,
    /// where every quote must be readable without JavaScript.
    pub inert: bool,
    pub current: Option<Current<'a>>,
    pub on_share: Callback<MouseEvent>,
}

pub fn slide(props: SlideProps<'_>) -> Html {
    let SlideProps {
        lang,
        recap,
        current,
        ..
    } = props;
    let Some(quote) = recap.quotes.get(props.quote) else {
        return Html::default();
    };
    let speaker = quote.speaker.and_then(|s| recap.speakers.get(s));
    let attribution = speaker.map(|s| {
        let details: Vec<&str> = [s.role.as_deref(), s.organization.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        (s.display_name(), details.join(", "))
    });
    let (slide_ref, text_ref) = current
        .as_ref()
        .map(|c| (c.slide.clone(), c.text.clone()))
        .unwrap_or_default();
    let clamp = current.as_ref().map(|c| c.clamp);
    let overflowing = clamp.is_some_and(|c| c.overflowing);
    let expanded = clamp.is_some_and(|c| c.expanded);
    let entered = current.as_ref().is_some_and(|c| c.entered);
    html! {
        <div
            key={props.key}
            class={if entered { "slide current entered" } else { props.place.class() }}
            role="group"
            aria-roledescription="slide"
            aria-label={slide_label(lang, props.position + 1, props.count)}
            inert={props.inert}
            tabindex={current.is_some().then_some("-1")}
            ref={slide_ref}
        >
            <figure lang={recap.language.clone()}>
                <blockquote>
                    <div
                        id={current.is_some().then_some("current-quote-text")}
                        class={match (overflowing, expanded) {
                            (false, false) => "quote-text",
                            (true, false) => "quote-text clamped",
                            (false, true) => "quote-text expanded",
                            (true, true) => "quote-text clamped expanded",
                        }}
                        ref={text_ref}
                    >
                        { for quote.paragraphs().map(|p| html! { <p>{ p }</p> }) }
                    </div>
                </blockquote>
                // Always there with the current quote, hidden while not
                // needed. It sits on the clamped quote's faded last lines
                // (see the stylesheet): showing it changes no size, so the
                // page does not jump and the observers see no new layout.
                if let Some(current) = &current {
                    <button
                        type="button"
                        class={if overflowing { "button link read-more" } else { "button link read-more unneeded" }}
                        lang={lang.tag()}
                        aria-expanded={expanded.to_string()}
                        aria-controls="current-quote-text"
                        onclick={current.on_toggle.clone()}
                    >
                        { text(lang, if expanded { Text::ReadLess } else { Text::ReadMore }) }
                    </button>
                }
                if let Some((name, details)) = attribution {
                    <figcaption>
                        <span class="quote-name">{ name }</span>
                        if !details.is_empty() {
                            <span class="quote-role">{ details }</span>
                        }
                    </figcaption>
                }
            </figure>
            <button type="button" class="button link share" onclick={props.on_share}>{ text(lang, Text::ShareQuote) }</button>
        </div>
    }
}
