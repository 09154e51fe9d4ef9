//! One person's card: name heading, role, organization, region, sector,
//! photo or initials, and "show quote" when they have one. A plain view:
//! the live widget and the prerendered snapshot render it alike, and all
//! recap text goes in as text, never as markup.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement};
use yew::prelude::*;

use crate::i18n::{sector_label, text, Text};
use crate::lang::Lang;
use crate::view::loaded::Loaded;

/// The attribute that carries a card's quote id to the speaker list's click handler.
pub const QUOTE_ATTRIBUTE: &str = "data-quote";

/// The card of the person at `index` of the recap's speakers.
pub fn speaker_card(lang: Lang, loaded: &Loaded, index: usize) -> Html {
    let recap = &loaded.recap;
    let Some(speaker) = recap.speakers.get(index) else {
        return Html::default();
    };
    let content = AttrValue::from(recap.language.clone());
    let heading = format!("person-{index}");
    let organization = match (&speaker.organization, &speaker.url) {
        (Some(organization), Some(url)) => html! {
            <p class="organization" lang={content.clone()}>{ link(url, html! { organization }) }</p>
        },
        (Some(organization), None) => html! {
            <p class="organization" lang={content.clone()}>{ organization }</p>
        },
        (None, Some(url)) => html! {
            <p class="organization">{ link(url, html! { text(lang, Text::Website) }) }</p>
        },
        (None, None) => Html::default(),
    };
    let quote = loaded.first_quote.get(index).copied().flatten();
    let quote = quote.and_then(|q| recap.quotes.get(q));
    html! {
        // Focusable by script only: "show more" hands the focus to its first new card.
        <article class="card" aria-labelledby={heading.clone()} tabindex="-1">
            <div class="avatar" aria-hidden="true">
                <span class="initials">{ speaker.initials() }</span>
                if let Some(photo) = &speaker.photo {
                    // `loading` before `src`: a lazy photo of a card off screen waits.
                    // Keyed by its URL: the list patches cards in place, and another
                    // person's photo must be a new element (never the last one's
                    // pixels, nor its `hidden` from a failed load).
                    <img key={photo.as_str()} loading="lazy" src={photo.clone()} alt="" decoding="async" width="64" height="64"
                        referrerpolicy="no-referrer" onerror={Callback::from(hide_broken)} />
                }
            </div>
            <div class="card-body">
                <h3 id={heading} lang={content.clone()}>{ speaker.display_name() }</h3>
                if let Some(role) = &speaker.role {
                    <p class="role" lang={content.clone()}>{ role }</p>
                }
                { organization }
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
                if let Some(quote) = quote {
                    <button type="button" class="button link" data-quote={quote.id.clone()}>
                        { text(lang, Text::ShowQuote) }
                    </button>
                }
            </div>
        </article>
    }
}

fn link(url: &str, label: Html) -> Html {
    html! { <a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ label }</a> }
}

/// A broken photo hides itself, and the initials underneath show.
fn hide_broken(event: Event) {
    if let Some(img) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    {
        img.set_hidden(true);
    }
}
