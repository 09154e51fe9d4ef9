//! The widget's root element, shared by the live widget (`App`) and the
//! prerendered snapshot (`Snapshot`): one markup for both.

use yew::prelude::*;

use super::recap_view::RecapView;
use crate::config::Config;
use crate::lang::Lang;
use crate::view::loaded::SharedRecap;

/// The root around whatever the widget shows, in its UI language.
pub fn widget_root(lang: Lang, root: NodeRef, body: Html) -> Html {
    html! { <div class="recap" lang={lang.tag()} ref={root}>{ body }</div> }
}

#[derive(Properties, PartialEq)]
pub struct SnapshotProps {
    pub loaded: SharedRecap,
    pub config: Config,
}

/// The recap as the widget renders it for the element's default view, with
/// every quote in the carousel: what the server renderer writes into the
/// page, so that the content is there before the code (and without it).
#[function_component]
pub fn Snapshot(props: &SnapshotProps) -> Html {
    widget_root(
        props.config.lang,
        NodeRef::default(),
        html! { <RecapView loaded={props.loaded.clone()} config={props.config.clone()} snapshot=true /> },
    )
}
