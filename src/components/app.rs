//! The root: loading placeholder, error view, or the recap itself.

use yew::prelude::*;

use super::error_view::{error_view, ErrorViewProps};
use super::recap_view::RecapView;
use crate::config::Config;
use crate::hooks::{use_recap, RecapState};
use crate::i18n::{text, Text};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// The recap's absolute URL (the `src` attribute resolved, or the shipped file).
    pub recap_url: AttrValue,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let (state, retry) = use_recap(props.recap_url.clone(), lang);
    let body = match state {
        RecapState::Loading => html! {
            <div class="loading" aria-busy="true">
                <p>{ text(lang, Text::Loading) }</p>
                <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
            </div>
        },
        RecapState::Failed(error) => error_view(&ErrorViewProps {
            lang,
            error,
            on_retry: retry,
        }),
        RecapState::Ready(loaded) => html! { <RecapView {loaded} config={props.config.clone()} /> },
    };
    html! { <div class="recap" lang={lang.tag()}>{ body }</div> }
}
