//! Sharing a quote link: the Web Share API where the browser has it, else
//! the clipboard, and a status line that says what happened.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::DomException;
use yew::prelude::*;

use crate::alive::crashed;
use crate::i18n::{text, Text};
use crate::lang::Lang;

/// The share status and what changes it.
pub struct Share {
    /// "Link kopiert", "Link geteilt", … or empty.
    pub status: AttrValue,
    /// Shares this link.
    pub share: Callback<String>,
    /// Empties the status (the carousel moved on).
    pub clear: Callback<()>,
}

#[hook]
pub fn use_share(lang: Lang) -> Share {
    let status = use_state_eq(AttrValue::default);
    let share = {
        let status = status.clone();
        Callback::from(move |link: String| share(link, lang, status.clone()))
    };
    let clear = {
        let status = status.clone();
        Callback::from(move |()| status.set(AttrValue::default()))
    };
    Share {
        status: (*status).clone(),
        share,
        clear,
    }
}

fn share(link: String, lang: Lang, status: UseStateHandle<AttrValue>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Feature detection: web-sys binds `share` whether or not the browser has it.
    let has_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    status.set(AttrValue::default()); // the same message again must be announced again
    yew::platform::spawn_local(async move {
        let said = |key| {
            if !crashed() {
                status.set(AttrValue::Static(text(lang, key)));
            }
        };
        if has_share {
            let data = web_sys::ShareData::new();
            data.set_url(&link);
            match JsFuture::from(navigator.share_with_data(&data)).await {
                Ok(_) => return said(Text::LinkShared),
                // The visitor closed the share sheet.
                Err(e)
                    if e.dyn_ref::<DomException>()
                        .is_some_and(|e| e.name() == "AbortError") =>
                {
                    return
                }
                Err(_) => {} // not allowed here: copy instead
            }
        }
        match JsFuture::from(navigator.clipboard().write_text(&link)).await {
            Ok(_) => said(Text::LinkCopied),
            Err(_) => said(Text::CopyFailed),
        }
    });
}
