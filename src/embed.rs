//! The custom-element glue: reads the `<recap-widget>` attributes into
//! props, renders the app into the element's open shadow root with the
//! widget's stylesheet, updates it on attribute changes and tears it down.
//!
//! `static/embed.js` defines the element and calls [`mount`]; everything
//! else is Rust.

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Renderer};

use crate::components::{App, AppProps};
use crate::config::Config;
use crate::i18n::{text, Lang, Text};
use crate::source::{cancel_early_request, offer_early_request, EarlyRequest};

thread_local! {
    /// Shadow roots of the widgets alive in this instance, for the panic hook.
    static MOUNTED: RefCell<Vec<(ShadowRoot, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// One mounted widget, owned by its custom element.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    root: ShadowRoot,
    default_src: String,
    props: AppProps,
    app: Option<AppHandle<App>>,
    _stylesheet_loaded: [EventListener; 2],
}

/// Renders a widget into `host`'s shadow root. `stylesheet` and
/// `default_src` are absolute URLs next to `embed.js`. The last three
/// arguments hand over the recap request `embed.js` may have started early
/// (see [`EarlyRequest`]); the widget uses it when it asks for the same URL.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    stylesheet: &str,
    default_src: &str,
    early_url: Option<String>,
    early_response: Option<Promise>,
    early_abort: Option<AbortController>,
) -> Result<Widget, JsValue> {
    install_panic_hook();
    if let (Some(url), Some(response), Some(abort)) = (early_url, early_response, early_abort) {
        offer_early_request(EarlyRequest {
            url,
            response,
            abort,
        });
    }
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_text_content(None);
    let document = host.owner_document().ok_or("the element has no document")?;
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet)?;
    let container = document.create_element("div")?;
    container.set_attribute("class", "mount")?;
    // Unstyled content never flashes: the container shows once the CSS is in (or failed).
    container.set_attribute("hidden", "")?;
    let reveal = |event: &'static str| {
        let container = container.clone();
        EventListener::once(&link, event, move |_| {
            let _ = container.remove_attribute("hidden");
        })
    };
    let listeners = [reveal("load"), reveal("error")];
    root.append_child(&link)?;
    root.append_child(&container)?;

    let props = props_for(&host, default_src);
    MOUNTED.with(|m| m.borrow_mut().push((root.clone(), props.config.lang)));
    let app = Renderer::<App>::with_root_and_props(container, props.clone()).render();
    Ok(Widget {
        host,
        root,
        default_src: default_src.to_owned(),
        props,
        app: Some(app),
        _stylesheet_loaded: listeners,
    })
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes; the app re-renders only when something changed.
    pub fn update(&mut self) {
        let props = props_for(&self.host, &self.default_src);
        if props != self.props {
            if let Some(app) = self.app.as_mut() {
                app.update(props.clone());
            }
            self.props = props;
        }
    }

    /// Tears the app down: its effects clean up their timers, listeners and requests.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        cancel_early_request();
        MOUNTED.with(|m| m.borrow_mut().retain(|(root, _)| root != &self.root));
        self.root.set_text_content(None);
    }
}

fn props_for(host: &HtmlElement, default_src: &str) -> AppProps {
    let config = Config::from_attributes(|name| host.get_attribute(name));
    let src = config.src.clone().unwrap_or_else(|| default_src.to_owned());
    // A relative `src` is relative to the host page, like any attribute URL.
    let base = host.base_uri().ok().flatten().unwrap_or_default();
    let recap_url = web_sys::Url::new_with_base(&src, &base)
        .map(|u| u.href())
        .unwrap_or(src);
    AppProps {
        config,
        recap_url: recap_url.into(),
    }
}

/// An unexpected panic must never leave a blank page: every widget of this
/// instance (embed.js gives each element its own) shows an error instead.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_hook)));
}

fn panic_hook(info: &std::panic::PanicHookInfo<'_>) {
    {
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
}

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
    if let Some(container) = root.query_selector(".mount").ok().flatten() {
        container.set_text_content(None);
        let _ = container.append_child(&alert);
    }
}
