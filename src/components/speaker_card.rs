//! One person's card: name heading, role, organization, region, sector,
//! photo or initials, and "show quote" when they have one.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::{sector_label, text, Lang, Text};
use crate::source::SharedRecap;
use crate::view::state::Action;

/// What the view needs; a plain function, not a component: it has no state
/// of its own, and each component type costs the wasm its own copy of Yew's machinery.
pub struct SpeakerCardProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    /// Index into the recap's speakers.
    pub index: usize,
    pub on_action: Callback<Action>,
}

pub fn speaker_card(props: &SpeakerCardProps) -> Html {
    let lang = props.lang;
    let recap = &props.loaded.recap;
    let Some(speaker) = recap.speakers.get(props.index) else {
        return Html::default();
    };
    let heading_id = format!("person-{}", props.index);
    let content = recap.language.clone();
    let quote_id = props
        .loaded
        .first_quote
        .get(props.index)
        .copied()
        .flatten()
        .map(|q| recap.quotes[q].id.clone());
    // A broken photo falls back to the initials underneath it.
    let onerror = Callback::from(|e: Event| {
        if let Some(img) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            img.set_hidden(true);
        }
    });
    html! {
        <li key={props.index}>
            <article class="card" aria-labelledby={heading_id.clone()}>
                <div class="avatar" aria-hidden="true">
                    <span class="initials">{ speaker.initials() }</span>
                    if let Some(photo) = &speaker.photo {
                        <img src={photo.clone()} alt="" loading="lazy" decoding="async" width="64" height="64" referrerpolicy="no-referrer" {onerror} />
                    }
                </div>
                <div class="card-body">
                    <h3 id={heading_id} lang={content.clone()}>{ speaker.display_name() }</h3>
                    if let Some(role) = &speaker.role {
                        <p class="role" lang={content.clone()}>{ role }</p>
                    }
                    if let Some(organization) = &speaker.organization {
                        <p class="organization" lang={content.clone()}>
                            if let Some(url) = &speaker.url {
                                <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ organization }</a>
                            } else {
                                { organization }
                            }
                        </p>
                    } else if let Some(url) = &speaker.url {
                        <p class="organization">
                            <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ text(lang, Text::Website) }</a>
                        </p>
                    }
                    if speaker.region.is_some() || speaker.sector.is_some() {
                        <p class="tags">
                            if let Some(region) = speaker.region {
                                <span class="tag">{ region.name() }</span>
                            }
                            if let Some(sector) = speaker.sector {
                                <span class="tag">{ sector_label(lang, sector) }</span>
                            }
                        </p>
                    }
                    if let Some(id) = quote_id {
                        <button type="button" class="button link" onclick={props.on_action.reform(move |_: MouseEvent| Action::ShowQuote(id.clone()))}>
                            { text(lang, Text::ShowQuote) }
                        </button>
                    }
                </div>
            </article>
        </li>
    }
}
