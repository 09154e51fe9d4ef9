//! The error view: what went wrong, in words, and "try again" where it can help.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{http_status, text, Text};
use crate::lang::Lang;
use crate::source::LoadError;

/// What the view needs; a plain function, not a component: it has no state
/// of its own, and each component type costs the wasm its own copy of Yew's machinery.
pub struct ErrorViewProps {
    pub lang: Lang,
    pub error: Rc<LoadError>,
    pub on_retry: Callback<()>,
}

/// What went wrong, in the UI language: one sentence, or one per fatal
/// problem of the file. The view shows them; the ready signal carries them.
pub fn error_messages(lang: Lang, error: &LoadError) -> Vec<String> {
    match error {
        LoadError::Offline => vec![text(lang, Text::NetworkOffline).to_owned()],
        LoadError::Timeout => vec![text(lang, Text::NetworkTimeout).to_owned()],
        LoadError::Http(status) => vec![http_status(lang, *status)],
        LoadError::TooLarge => vec![text(lang, Text::TooLarge).to_owned()],
        LoadError::Invalid(rejected) => rejected.fatal.iter().map(|p| p.message(lang)).collect(),
    }
}

pub fn error_view(props: &ErrorViewProps) -> Html {
    let lang = props.lang;
    let messages = error_messages(lang, &props.error);
    let retry = props.on_retry.reform(|_: MouseEvent| ());
    html! {
        <div class="error" role="alert">
            <h2>{ text(lang, Text::ErrorTitle) }</h2>
            if messages.len() == 1 {
                <p class="error-message">{ &messages[0] }</p>
            } else {
                <ul class="error-message">{ for messages.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
            }
            if props.error.is_network() {
                <button type="button" class="button" onclick={retry}>{ text(lang, Text::TryAgain) }</button>
            }
        </div>
    }
}
