//! The carousel's head: its heading, the pause/play button (first in tab
//! order, with autoplay), and previous/next with the position between them.

use yew::prelude::*;

use crate::i18n::{text, Text};
use crate::lang::Lang;

pub struct HeadProps {
    pub lang: Lang,
    /// 0-based.
    pub position: usize,
    pub count: usize,
    /// `Some(stopped)` when autoplay is available.
    pub autoplay: Option<bool>,
    pub on_toggle_autoplay: Callback<MouseEvent>,
    /// `true` steps forward.
    pub on_step: Callback<bool>,
}

pub fn carousel_head(props: HeadProps) -> Html {
    let HeadProps {
        lang,
        position,
        count,
        ..
    } = props;
    let step = |forward: bool| props.on_step.reform(move |_: MouseEvent| forward);
    html! {
        <div class="carousel-head">
            <h3 id="quotes-heading">{ text(lang, Text::Quotes) }</h3>
            if let Some(stopped) = props.autoplay {
                <button type="button" class="button secondary play" onclick={props.on_toggle_autoplay}>
                    { text(lang, if stopped { Text::Play } else { Text::Pause }) }
                </button>
            }
            <div class="controls">
                <button type="button" class="button round" aria-label={text(lang, Text::PreviousQuote)} disabled={count < 2} onclick={step(false)}>
                    <span aria-hidden="true">{ "‹" }</span>
                </button>
                <span class="position" aria-hidden="true">{ format!("{} / {count}", position + 1) }</span>
                <button type="button" class="button round" aria-label={text(lang, Text::NextQuote)} disabled={count < 2} onclick={step(true)}>
                    <span aria-hidden="true">{ "›" }</span>
                </button>
            </div>
        </div>
    }
}
