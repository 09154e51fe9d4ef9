//! The custom-element glue: reads the `<recap-widget>` attributes into
//! props, renders the app into the element's open shadow root with the
//! widget's stylesheet, takes a prerendered snapshot over, updates the app
//! on attribute changes and tears it down.
//!
//! `static/embed.js` defines the element and calls [`mount`]; everything
//! else is Rust.

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use web_sys::{
    AbortController, Element, FocusOptions, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};
use yew::{AppHandle, Callback, Renderer};

use crate::components::{App, AppProps, Phase};
use crate::config::Config;
use crate::dom::focused_within;
use crate::hooks::InlineRecap;
use crate::i18n::{text, Text};
use crate::lang::Lang;
use crate::source::{cancel_early_request, offer_early_request, EarlyRequest};

thread_local! {
    /// Shadow roots of the widgets alive in this instance, for the panic hook.
    static MOUNTED: RefCell<Vec<(ShadowRoot, Lang)>> = const { RefCell::new(Vec::new()) };
    /// Apps of removed widgets, parked (rendering nothing, every effect
    /// cleaned up) in their root elements for the next widget. Yew gives each
    /// root element its event listeners for good (`Renderer` assumes one app
    /// per page), so a new root per mount kept about 3 KB of JavaScript and
    /// 2 KB of wasm memory per mount (measured over 100 mounts); reusing the
    /// root keeps the memory flat.
    static PARKED: RefCell<Vec<(AppHandle<App>, Element)>> = const { RefCell::new(Vec::new()) };
    /// Counts mounts: a new widget's view starts afresh on a parked app.
    static MOUNTS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// One mounted widget, owned by its custom element.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    root: ShadowRoot,
    /// The app's root element: in the shadow root, or still waiting beside a snapshot.
    container: Element,
    default_src: String,
    /// The `src` attribute as written, and the URL it was resolved to when set.
    src: (Option<String>, String),
    props: AppProps,
    app: Option<AppHandle<App>>,
    _stylesheet_loaded: Vec<EventListener>,
}

/// Renders a widget into `host`'s shadow root. `stylesheet` and
/// `default_src` are absolute URLs next to `embed.js`. The last three
/// arguments hand over the recap request `embed.js` may have started early
/// (see [`EarlyRequest`]); the widget uses it when it asks for the same URL.
///
/// A prerendered snapshot in the element (a declarative shadow root) stays
/// on screen until the recap is shown: the app renders into a container of
/// its own, which then replaces the snapshot in one step.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    stylesheet: &str,
    default_src: &str,
    early_url: Option<String>,
    early_response: Option<Promise>,
    early_abort: Option<AbortController>,
    text: Option<String>,
) -> Result<Widget, JsValue> {
    install_panic_hook();
    if let (Some(url), Some(response), Some(abort)) = (early_url, early_response, early_abort) {
        offer_early_request(EarlyRequest {
            url,
            response,
            abort,
        });
    }
    let document = host.owner_document().ok_or("the element has no document")?;
    let snapshot = host
        .shadow_root()
        .and_then(|root| root.query_selector(".mount[data-snapshot]").ok().flatten());
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let parked = PARKED.with(|parked| parked.borrow_mut().pop());
    let container = match &parked {
        Some((_, container)) => container.clone(),
        None => {
            let container = document.create_element("div")?;
            container.set_attribute("class", "mount")?;
            container
        }
    };
    let mut listeners = Vec::new();
    // A parked container may still wait for the stylesheet of its last widget.
    container.remove_attribute("hidden")?;
    if snapshot.is_none() {
        root.set_text_content(None);
        let link = document.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        link.set_attribute("href", stylesheet)?;
        // Unstyled content never flashes: the container shows once the CSS is in (or failed).
        container.set_attribute("hidden", "")?;
        for event in ["load", "error"] {
            let container = container.clone();
            listeners.push(EventListener::once(&link, event, move |_| {
                let _ = container.remove_attribute("hidden");
            }));
        }
        root.append_child(&link)?;
        root.append_child(&container)?;
    }
    let config = Config::from_attributes(|name| host.get_attribute(name));
    let src = (
        config.src.clone(),
        resolve_src(&host, config.src.as_deref(), default_src),
    );
    let mut props = AppProps {
        config,
        recap_url: Some(src.1.clone().into()),
        inline: text.map(|text| InlineRecap(text.into())),
        on_phase: Callback::noop(),
        generation: MOUNTS.with(|mounts| {
            mounts.set(mounts.get().wrapping_add(1));
            mounts.get()
        }),
    };
    if let Some(snapshot) = snapshot {
        let other_release = bring_own_stylesheet(&root, &snapshot, stylesheet)?;
        props.on_phase = take_over(snapshot, container.clone(), other_release);
    }
    MOUNTED.with(|m| m.borrow_mut().push((root.clone(), props.config.lang)));
    let app = match parked {
        Some((mut app, _)) => {
            app.update(props.clone());
            app
        }
        None => Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render(),
    };
    Ok(Widget {
        host,
        root,
        container,
        default_src: default_src.to_owned(),
        src,
        props,
        app: Some(app),
        _stylesheet_loaded: listeners,
    })
}

/// What happens to the snapshot as the app's phases come: once the recap
/// is shown, the app's container replaces it (the same markup, so nothing
/// moves), and a focused element keeps the focus; if the recap cannot be
/// shown, the error goes above the snapshot, which stays readable with the
/// controls that would need the widget hidden. `other_release` is the
/// snapshot's stylesheet when it is not this widget's: it goes with the
/// snapshot.
fn take_over(
    snapshot: Element,
    container: Element,
    other_release: Option<Element>,
) -> Callback<Phase> {
    Callback::from(move |phase| match phase {
        Phase::Loading => {}
        Phase::Shown if snapshot.is_connected() => {
            let focused = focused_within(&snapshot).map(|element| path_to(&snapshot, &element));
            if snapshot.replace_with_with_node_1(&container).is_ok() {
                if let Some(link) = &other_release {
                    link.remove();
                }
                if let Some(element) = focused.and_then(|path| element_at(&container, &path)) {
                    let options = FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = element.focus_with_options(&options);
                }
            }
        }
        Phase::Shown => {}
        Phase::Failed => {
            let _ = snapshot.class_list().add_1("static");
            if !container.is_connected() {
                let _ = snapshot.before_with_node_1(&container);
            }
        }
    })
}

/// A snapshot made for another release (a page newer than a cached
/// `embed.js`, say) links that release's stylesheet: the widget's own goes
/// beside it, so that the live widget runs on one release's files. Returns
/// the other release's link, which leaves with the snapshot.
fn bring_own_stylesheet(
    root: &ShadowRoot,
    snapshot: &Element,
    stylesheet: &str,
) -> Result<Option<Element>, JsValue> {
    let Some(link) = root.query_selector("link[rel=stylesheet]")? else {
        return Ok(None);
    };
    let base = root.base_uri()?.unwrap_or_default();
    let href = link.get_attribute("href").unwrap_or_default();
    let linked = web_sys::Url::new_with_base(&href, &base).map(|url| url.href());
    if linked.is_ok_and(|linked| linked == stylesheet) {
        return Ok(None);
    }
    let document = root
        .owner_document()
        .ok_or("the snapshot has no document")?;
    let own = document.create_element("link")?;
    own.set_attribute("rel", "stylesheet")?;
    own.set_attribute("href", stylesheet)?;
    snapshot.before_with_node_1(&own)?;
    Ok(Some(link))
}

/// The positions among element siblings from `ancestor` down to `element`.
fn path_to(ancestor: &Element, element: &Element) -> Vec<u32> {
    let mut path = Vec::new();
    let mut node = element.clone();
    while !node.is_same_node(Some(ancestor)) {
        let mut index = 0;
        let mut sibling = node.previous_element_sibling();
        while let Some(previous) = sibling {
            index += 1;
            sibling = previous.previous_element_sibling();
        }
        path.push(index);
        match node.parent_element() {
            Some(parent) => node = parent,
            None => break,
        }
    }
    path.reverse();
    path
}

/// The focusable element at `path` below `ancestor`, if the tree has one there.
fn element_at(ancestor: &Element, path: &[u32]) -> Option<HtmlElement> {
    let mut node = ancestor.clone();
    for &index in path {
        node = node.children().item(index)?;
    }
    node.dyn_into().ok()
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the attributes; the app re-renders only when something changed.
    /// A changed `src` is resolved against the page's base URL now; an
    /// unchanged one keeps the URL it was resolved to when it was set (in a
    /// single-page app the base changes with the route).
    pub fn update(&mut self) {
        if crate::alive::crashed() {
            return;
        }
        let config = Config::from_attributes(|name| self.host.get_attribute(name));
        if config.src != self.src.0 {
            let resolved = resolve_src(&self.host, config.src.as_deref(), &self.default_src);
            self.src = (config.src.clone(), resolved);
        }
        let props = AppProps {
            config,
            recap_url: Some(self.src.1.clone().into()),
            ..self.props.clone()
        };
        if props != self.props {
            if let Some(app) = self.app.as_mut() {
                app.update(props.clone());
            }
            self.props = props;
        }
    }

    /// Shows the recap `text` handed over by the page (the element's
    /// `recapText` property), or loads `src` again without it.
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&mut self, text: Option<String>) {
        if crate::alive::crashed() {
            return;
        }
        self.props.inline = text.map(|text| InlineRecap(text.into()));
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Takes the widget down: its app is parked for the next widget, and its
    /// effects clean up their timers, listeners and requests. After a panic
    /// the app's state is broken: only the element is emptied (its callbacks
    /// are cut off already, see `alive`).
    pub fn destroy(&mut self) {
        if crate::alive::crashed() {
            self.root.set_text_content(None);
            return;
        }
        if let Some(mut app) = self.app.take() {
            let parked = AppProps {
                recap_url: None,
                inline: None,
                on_phase: Callback::noop(),
                ..self.props.clone()
            };
            app.update(parked);
            self.container.remove();
            let container = self.container.clone();
            PARKED.with(|apps| apps.borrow_mut().push((app, container)));
        }
        cancel_early_request();
        MOUNTED.with(|m| m.borrow_mut().retain(|(root, _)| root != &self.root));
        self.root.set_text_content(None);
    }
}

/// The recap's URL: `src` (or the shipped file) against the page's base URL,
/// like any attribute URL.
fn resolve_src(host: &HtmlElement, src: Option<&str>, default_src: &str) -> String {
    let src = src.unwrap_or(default_src);
    let base = host.base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(src, &base).map_or_else(|_| src.to_owned(), |url| url.href())
}

/// Whether this instance has panicked: `embed.js` then never mounts another
/// widget on it.
#[wasm_bindgen]
pub fn crashed() -> bool {
    crate::alive::crashed()
}

/// An unexpected panic must never leave a blank page: every widget of this
/// instance (embed.js gives each element its own) shows an error instead.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_hook)));
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
