//! The crash view: an unexpected panic must never leave a blank page. Every
//! widget of the instance that panicked (embed.js gives each element its
//! own) shows an alert instead, and the instance is never used again.

use std::cell::RefCell;

use web_sys::ShadowRoot;

use crate::i18n::{text, Text};
use crate::lang::Lang;

thread_local! {
    /// Shadow roots of the widgets alive in this instance, for the panic hook.
    static MOUNTED: RefCell<Vec<(ShadowRoot, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook once per instance.
pub fn install_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_hook)));
}

/// A widget whose root gets the alert, in its UI language, if a panic comes.
pub fn register(root: &ShadowRoot, lang: Lang) {
    MOUNTED.with(|m| m.borrow_mut().push((root.clone(), lang)));
}

pub fn unregister(root: &ShadowRoot) {
    MOUNTED.with(|m| m.borrow_mut().retain(|(mounted, _)| mounted != root));
}

fn panic_hook(info: &std::panic::PanicHookInfo<'_>) {
    crate::alive::mark_crashed();
    web_sys::console::error_1(&format!("recap-widget: {info}").into());
    let _ = MOUNTED.try_with(|mounted| {
        let Ok(mounted) = mounted.try_borrow() else {
            return;
        };
        for (root, lang) in mounted.iter() {
            show_crash(root, *lang);
        }
    });
}

/// Replaces the widget's own container (and with it every listener Yew
/// delegates from it) with the alert; a snapshot still on screen stays
/// readable beside it, as without JavaScript.
fn show_crash(root: &ShadowRoot, lang: Lang) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let Ok(alert) = document.create_element("p") else {
        return;
    };
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("class", "error");
    alert.set_text_content(Some(text(lang, Text::Unexpected)));
    let live = root
        .query_selector(".mount:not([data-snapshot])")
        .ok()
        .flatten();
    let snapshot = root.query_selector(".mount[data-snapshot]").ok().flatten();
    if let Some(snapshot) = &snapshot {
        let _ = snapshot.class_list().add_1("static");
    }
    let _ = match (live, snapshot) {
        (Some(container), _) => container.replace_with_with_node_1(&alert),
        (None, Some(snapshot)) => snapshot.before_with_node_1(&alert),
        (None, None) => root.append_child(&alert).map(drop),
    };
}
