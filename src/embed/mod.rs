//! The custom-element glue: `static/embed.js` defines `<recap-widget>` and
//! calls [`mount`]; this module renders the app into the element's open
//! shadow root, updates it on attribute changes and tears it down. Its
//! parts: the pool of parked apps (`parked`), taking a prerendered snapshot
//! over (`take_over`) and the alert after a panic (`crash`).

mod crash;
mod parked;
mod take_over;

use gloo::events::EventListener;
use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback, Renderer};

use crate::components::{App, AppProps, Phase};
use crate::config::Config;
use crate::hooks::InlineRecap;
use crate::source::{cancel_early_request, offer_early_request, EarlyRequest};
use take_over::Snapshot;

#[wasm_bindgen]
extern "C" {
    /// What `embed.js` hands to [`mount`], as one object with named members.
    pub type MountOptions;
    /// The widget's stylesheet, an absolute URL next to `embed.js`.
    #[wasm_bindgen(method, getter)]
    fn stylesheet(this: &MountOptions) -> String;
    /// The shipped recap, an absolute URL next to `embed.js`: the default `src`.
    #[wasm_bindgen(method, getter, js_name = defaultSrc)]
    fn default_src(this: &MountOptions) -> String;
    /// The recap request `embed.js` may have started early.
    #[wasm_bindgen(method, getter)]
    fn early(this: &MountOptions) -> Option<EarlyRequestInit>;
    /// The recap's text handed over by the page (the `recapText` property).
    #[wasm_bindgen(method, getter)]
    fn text(this: &MountOptions) -> Option<String>;
    /// Told what the widget shows once it is rendered (see [`report_phase`]).
    #[wasm_bindgen(method, getter, js_name = onPhase)]
    fn on_phase(this: &MountOptions) -> Option<Function>;

    /// `{ url, response, abort }`: `fetch(url, …)` started by `embed.js`.
    pub type EarlyRequestInit;
    #[wasm_bindgen(method, getter)]
    fn url(this: &EarlyRequestInit) -> String;
    #[wasm_bindgen(method, getter)]
    fn response(this: &EarlyRequestInit) -> Promise;
    #[wasm_bindgen(method, getter)]
    fn abort(this: &EarlyRequestInit) -> AbortController;
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

/// Renders a widget into `host`'s shadow root. The widget uses the early
/// request (see [`EarlyRequest`]) when it asks for the same URL.
///
/// A prerendered snapshot in the element (a declarative shadow root) stays
/// on screen until the recap is shown: the app renders into a container of
/// its own, which then replaces the snapshot in one step.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, options: &MountOptions) -> Result<Widget, JsValue> {
    crash::install_hook();
    if let Some(early) = options.early() {
        offer_early_request(EarlyRequest {
            url: early.url(),
            response: early.response(),
            abort: early.abort(),
        });
    }
    let stylesheet = options.stylesheet();
    let document = host.owner_document().ok_or("the element has no document")?;
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let snapshot = Snapshot::find(&root, &stylesheet)?;
    let parked = parked::take();
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
        link.set_attribute("href", &stylesheet)?;
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
    let default_src = options.default_src();
    let config = Config::from_attributes(|name| host.get_attribute(name));
    let src = (
        config.src.clone(),
        resolve_src(&host, config.src.as_deref(), &default_src),
    );
    let props = AppProps {
        config,
        recap_url: Some(src.1.clone().into()),
        inline: options.text().map(|text| InlineRecap(text.into())),
        on_phase: on_phase(snapshot, container.clone(), options.on_phase()),
        generation: parked::next_generation(),
    };
    crash::register(&root, props.config.lang);
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
        default_src,
        src,
        props,
        app: Some(app),
        _stylesheet_loaded: listeners,
    })
}

/// What happens as the app's phases come: the snapshot, if any, is taken
/// over, then `embed.js` is told (it replays what the visitor did on the
/// snapshot and gives the host page the ready signal).
fn on_phase(
    snapshot: Option<Snapshot>,
    container: Element,
    report: Option<Function>,
) -> Callback<Phase> {
    Callback::from(move |phase: Phase| {
        if let Some(snapshot) = &snapshot {
            snapshot.follow(&phase, &container);
        }
        if let Some(report) = &report {
            report_phase(report, &phase);
        }
    })
}

/// Tells `embed.js` the phase: no arguments while loading, `(speakers,
/// quotes)` for the recap, `(undefined, undefined, error)` for the error view.
fn report_phase(report: &Function, phase: &Phase) {
    let this = JsValue::NULL;
    let _ = match phase {
        Phase::Loading => report.call0(&this),
        Phase::Shown { speakers, quotes } => {
            report.call2(&this, &(*speakers as u32).into(), &(*quotes as u32).into())
        }
        Phase::Failed(message) => report.call3(
            &this,
            &JsValue::UNDEFINED,
            &JsValue::UNDEFINED,
            &(**message).into(),
        ),
    };
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
            parked::park(app, self.container.clone());
        }
        cancel_early_request();
        crash::unregister(&self.root);
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
