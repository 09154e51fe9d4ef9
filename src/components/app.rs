//! The live widget's root: the loading placeholder, the error view, or the
//! recap itself. It reports each phase, so that the element can take a
//! prerendered snapshot over once the recap is shown.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::error_view::{error_messages, error_view, ErrorViewProps};
use super::recap_view::RecapView;
use super::snapshot::widget_root;
use crate::config::Config;
use crate::dom::focused;
use crate::hooks::{use_recap, InlineRecap, RecapState};
use crate::i18n::{text, Text};

/// What the widget shows: the element reports it to the host page (its
/// ready signal) and takes a snapshot over when the recap is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    Loading,
    /// The recap, with how many people and quotes it holds.
    Shown {
        speakers: usize,
        quotes: usize,
    },
    /// The error view, with its message.
    Failed(Rc<str>),
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub config: Config,
    /// The recap's absolute URL (the `src` attribute resolved, or the shipped
    /// file); `None` parks the app: it renders nothing and runs no effect,
    /// until the next widget takes it.
    pub recap_url: Option<AttrValue>,
    /// The recap's text itself, when the page hands it over (the editors'
    /// check page): shown instead of loading `recap_url`, which then only
    /// places relative photo paths.
    #[prop_or_default]
    pub inline: Option<InlineRecap>,
    /// Counts the widgets this app has served: each starts with a fresh view.
    #[prop_or_default]
    pub generation: u32,
    /// Told after each phase has been rendered.
    #[prop_or_default]
    pub on_phase: Callback<Phase>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let source = props
        .recap_url
        .clone()
        .map(|url| (url, props.inline.clone()));
    let (state, retry) = use_recap(source, props.generation, lang);
    let phase = match &state {
        RecapState::Loading => Phase::Loading,
        RecapState::Ready(loaded) => Phase::Shown {
            speakers: loaded.recap.speakers.len(),
            quotes: loaded.recap.quotes.len(),
        },
        RecapState::Failed(error) => Phase::Failed(error_messages(lang, error).join("\n").into()),
    };
    let root = use_node_ref();
    // "Try again" goes away with its click: the focus follows the load, to
    // the placeholder, then to the recap's title (or the next error's button).
    let retried = use_mut_ref(|| false);
    {
        let (root, retried) = (root.clone(), retried.clone());
        // Effects run once the render, children included, is in the DOM.
        use_effect_with((phase, props.on_phase.clone()), move |(phase, on_phase)| {
            on_phase.emit(phase.clone());
            if *retried.borrow() {
                *retried.borrow_mut() = *phase == Phase::Loading;
                focus_if_lost(&root, ".loading, .title, .error button");
            }
        });
    }
    let retry = Callback::from(move |()| {
        *retried.borrow_mut() = true;
        retry.emit(());
    });
    let body = match state {
        RecapState::Loading => html! {
            <div class="loading" aria-busy="true" tabindex="-1">
                <p>{ text(lang, Text::Loading) }</p>
                <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
            </div>
        },
        RecapState::Failed(error) => error_view(&ErrorViewProps {
            lang,
            error,
            on_retry: retry,
        }),
        RecapState::Ready(loaded) => html! {
            <RecapView key={props.generation} {loaded} config={props.config.clone()} />
        },
    };
    if props.recap_url.is_none() {
        return Html::default();
    }
    widget_root(lang, root, body)
}

/// Focuses the first element in `root` that `selector` matches, if nothing
/// in the widget has the focus.
fn focus_if_lost(root: &NodeRef, selector: &str) {
    let target = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|target| target.dyn_into::<HtmlElement>().ok());
    if let Some(target) = target.filter(|target| focused(target).is_none()) {
        let _ = target.focus();
    }
}
