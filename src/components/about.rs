//! The organizations' "about" boxes and the press contact, collapsed.

use yew::prelude::*;

use crate::i18n::{text, Text};
use crate::lang::Lang;
use crate::view::loaded::SharedRecap;

/// What the view needs; a plain function, not a component: it has no state
/// of its own, and each component type costs the wasm its own copy of Yew's machinery.
pub struct AboutProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
}

pub fn about(props: &AboutProps) -> Html {
    let lang = props.lang;
    let recap = &props.loaded.recap;
    let event = &recap.event;
    let content = recap.language.clone();
    if recap.organizations.is_empty() && event.contact.is_none() && event.source_url.is_none() {
        return Html::default();
    }
    let organizations = recap.organizations.iter().map(|o| {
        html! {
            <div class="org" lang={content.clone()}>
                <h3>{ &o.name }</h3>
                if let Some(about) = &o.about {
                    { for about.split("\n\n").map(|p| html! { <p>{ p }</p> }) }
                }
                if let Some(url) = &o.url {
                    <p><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ url }</a></p>
                }
            </div>
        }
    });
    html! {
        <details class="about">
            <summary>{ text(lang, Text::About) }</summary>
            <div class="about-body">
                { for organizations }
                if let Some(contact) = &event.contact {
                    <div class="org">
                        <h3>{ text(lang, Text::PressContact) }</h3>
                        if let Some(email) = &contact.email {
                            <p>{ text(lang, Text::Email) }{ ": " }<a href={format!("mailto:{email}")}>{ email }</a></p>
                        }
                        if let Some(phone) = &contact.phone {
                            <p>{ text(lang, Text::Phone) }{ ": " }<a href={phone_link(phone)}>{ phone }</a></p>
                        }
                    </div>
                }
                if let Some(url) = &event.source_url {
                    <p><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ text(lang, Text::PressRelease) }</a></p>
                }
            </div>
        </details>
    }
}

/// `tel:` link from a written number: "0341 – 60016253" -> "tel:034160016253".
fn phone_link(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}
