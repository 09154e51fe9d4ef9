//! The event header: title, motto, date, place and attendance; the
//! organizers and the summary folded under "Mehr zur Konferenz".

use yew::prelude::*;

use crate::i18n::{attendees, long_date, text, Text};
use crate::lang::Lang;
use crate::view::loaded::SharedRecap;

/// What the view needs; a plain function, not a component: it has no state
/// of its own, and each component type costs the wasm its own copy of Yew's machinery.
pub struct HeaderProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
}

pub fn header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let content = props.loaded.recap.language.clone();
    let event = &props.loaded.recap.event;
    let date = event.date;
    let iso = format!("{:04}-{:02}-{:02}", date.year, date.month, date.day);
    let place = match &event.venue {
        Some(venue) => format!("{}, {venue}", event.city),
        None => event.city.clone(),
    };
    html! {
        <header class="header">
            <h2 class="title" lang={content.clone()} tabindex="-1">{ &event.title }</h2>
            if let Some(motto) = &event.motto {
                <p class="motto" lang={content.clone()}>{ motto }</p>
            }
            <p class="meta">
                <time datetime={iso}>{ long_date(lang, date.year, date.month, date.day) }</time>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span lang={content.clone()}>{ place }</span>
                if let Some(count) = event.attendees {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span>{ attendees(lang, count) }</span>
                }
            </p>
            // The long part folds, so that the first screen shows the recap
            // itself; `details` opens without JavaScript too, and prints open.
            if !event.organizers.is_empty() || event.summary.is_some() {
                <details class="event-more">
                    <summary>{ text(lang, Text::MoreAboutEvent) }</summary>
                    if !event.organizers.is_empty() {
                        <ul class="organizers" lang={content.clone()}>
                            { for event.organizers.iter().map(|o| html! { <li>{ o }</li> }) }
                        </ul>
                    }
                    if let Some(summary) = &event.summary {
                        <p class="summary" lang={content}>{ summary }</p>
                    }
                </details>
            }
        </header>
    }
}
