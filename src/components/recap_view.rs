//! A loaded recap: owns the view state and wires it to the URL, the filters,
//! the cards and the carousel.

use std::rc::Rc;

use yew::prelude::*;

use super::about::{about, AboutProps};
use super::carousel::Carousel;
use super::filters::Filters;
use super::header::{header, HeaderProps};
use super::speaker_list::SpeakerList;
use crate::config::Config;
use crate::hooks::{current_view, use_url_state, UrlStateOptions};
use crate::view::carousel::{position, visible_quotes};
use crate::view::loaded::SharedRecap;
use crate::view::state::{Action, ViewState};
use crate::view::url::UrlView;

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[derive(Properties, PartialEq)]
pub struct RecapViewProps {
    pub loaded: SharedRecap,
    pub config: Config,
    /// Rendered as the prerendered snapshot: the default view (the page URL
    /// is not read), every quote in the carousel.
    #[prop_or_default]
    pub snapshot: bool,
}

#[function_component]
pub fn RecapView(props: &RecapViewProps) -> Html {
    let config = &props.config;
    let lang = config.lang;
    let fallback = UrlView {
        regions: config.regions.clone(),
        ..UrlView::default()
    };
    let state = {
        let (prefix, fallback, snapshot) =
            (config.prefix.clone(), fallback.clone(), props.snapshot);
        // The URL wins over the `region` attribute.
        use_reducer(move || {
            let from_url = if snapshot {
                None
            } else {
                current_view(&prefix)
            };
            ViewState::from_url(from_url.unwrap_or(fallback))
        })
    };
    // One callback for the widget's lifetime, so children's props stay equal
    // and only the parts whose data changed re-render.
    let on_action = use_callback(state.dispatcher(), |action, dispatcher| {
        dispatcher.dispatch(action)
    });
    // A changed `region` attribute after mount sets the region filter.
    {
        let on_action = on_action.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(config.regions.clone(), move |regions| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                on_action.emit(Action::SetRegions(regions.clone()));
            }
        });
    }
    let loaded = props.loaded.clone();
    let matches = {
        let loaded = loaded.clone();
        use_memo(
            (loaded.clone(), state.selection.clone()),
            move |(_, selection)| loaded.people.apply(selection),
        )
    };
    let quotes = {
        let (loaded, matches) = (loaded.clone(), matches.clone());
        use_memo(
            (matches.clone(), state.selection.clone()),
            move |(_, selection)| visible_quotes(&loaded.recap, &matches, selection),
        )
    };
    let search = use_node_ref();
    let at = position(&loaded.recap, &quotes, state.quote.as_deref());
    let shown_quote = quotes.get(at).map(|&q| loaded.recap.quotes[q].id.clone());
    use_url_state(
        UrlStateOptions {
            prefix: config.prefix.clone(),
            write: config.url_state,
            fallback,
        },
        &state,
        shown_quote,
        on_action.reform(Action::Restore),
    );
    html! {
        <div class="layout" data-prefix={config.prefix.clone()}>
            { header(&HeaderProps { lang, loaded: loaded.clone() }) }
            <Filters
                {lang}
                selection={state.selection.clone()}
                matches={matches.clone()}
                sectors={loaded.people.sectors_present().to_vec()}
                on_action={on_action.clone()}
                search={search.clone()}
            />
            <Carousel
                {lang}
                loaded={loaded.clone()}
                {quotes}
                position={at}
                autoplay={config.autoplay}
                prefix={config.prefix.clone()}
                link_view={state.url_view(None)}
                focus_request={state.focus_carousel}
                on_action={on_action.clone()}
                snapshot={props.snapshot}
            />
            <SpeakerList {lang} loaded={loaded.clone()} {matches} pages={state.pages} on_action={on_action.clone()} {search} />
            { about(&AboutProps { lang, loaded }) }
        </div>
    }
}
