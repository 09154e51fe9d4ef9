//! The share files of a recap: for every quote its card (`<id>.png`) and its
//! page (`<id>.html`), from the `share-card` crate. Native only: recap-render
//! writes them (for `make build` too); the widget's wasm never links them.

use share_card::page::{page, Links};
use share_card::{render, Accent, Card};

use crate::i18n::long_date;
use crate::lang::Lang;
use crate::recap::Recap;

/// Where the share files are published and which page they lead to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareTarget {
    /// The folder's absolute URL, with its trailing slash (`<base>share/`).
    pub share_base: String,
    /// The page that holds the widget.
    pub host: String,
    /// The `<recap-widget>` element's id on that page, if it has one.
    pub element_id: Option<String>,
    pub accent: Accent,
}

/// One quote's share files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareFiles {
    pub id: String,
    pub html: String,
    pub png: Vec<u8>,
}

/// What the card and the page of every quote show, in the recap's order.
pub fn cards(recap: &Recap) -> Vec<(String, Card)> {
    let event = &recap.event;
    let lang = Lang::from_attr(Some(&recap.language));
    let date = long_date(lang, event.date.year, event.date.month, event.date.day);
    recap
        .quotes
        .iter()
        .map(|quote| {
            let speaker = quote.speaker.and_then(|i| recap.speakers.get(i));
            let card = Card {
                quote: quote.paragraphs().collect::<Vec<_>>().join("\n\n"),
                speaker: speaker.map(|s| s.display_name()).unwrap_or_default(),
                role: speaker.and_then(|s| s.role.clone()),
                organization: speaker.and_then(|s| s.organization.clone()),
                event: event.title.clone(),
                date: date.clone(),
                language: recap.language.clone(),
            };
            (quote.id.clone(), card)
        })
        .collect()
}

/// Both files of every quote of `recap`.
pub fn share_files(recap: &Recap, target: &ShareTarget) -> Vec<ShareFiles> {
    cards(recap)
        .into_iter()
        .map(|(id, card)| {
            let links = Links {
                id: id.clone(),
                share_base: target.share_base.clone(),
                host: target.host.clone(),
                element_id: target.element_id.clone(),
            };
            ShareFiles {
                html: page(&card, &links),
                png: render(&card, &target.accent),
                id,
            }
        })
        .collect()
}
