//! The editors' check page (`check.html`): an editor drops, picks or pastes
//! a recap file and gets every problem with its place, the widget showing
//! the file, and the snippet for their CMS page. The file never leaves the
//! browser. The rules, messages, components and snippet are the widget's
//! own (the `recap-widget` crate); this crate is the page around them.

pub mod cursor;
pub mod file;
pub mod i18n;
pub mod report;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod snapshot;

/// Starts the page in `root`; `stylesheet` is the widget stylesheet's file
/// name in this build (the snippet links it).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(root: web_sys::Element, stylesheet: String) {
    let lang = i18n::page_lang();
    // The page's own language and title follow `?lang=` (check.html is German).
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(i18n::text(lang, i18n::Text::Title));
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
    }
    let props = components::CheckPageProps {
        lang,
        stylesheet: stylesheet.into(),
    };
    yew::Renderer::<components::CheckPage>::with_root_and_props(root, props).render();
}
