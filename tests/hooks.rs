//! Browser tests of the carousel's hooks on their own (wasm-bindgen-test in
//! headless Chromium): each test renders a small component around one hook,
//! reads what the hook returns through a probe and changes its props the
//! way the carousel does. The widget's component tests cover them together.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use recap_widget::hooks::{
    use_autoplay, use_clamp, use_height_reservation, use_share, Clamp, Reserve,
};
use recap_widget::lang::Lang;
use recap_widget::view::carousel::Autoplay;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::HtmlElement;
use yew::prelude::*;
use yew::{AppHandle, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// What a hook returned at its component's last render.
struct Probe<T>(Rc<RefCell<Option<T>>>);

impl<T> Clone for Probe<T> {
    fn clone(&self) -> Self {
        Probe(self.0.clone())
    }
}

impl<T> Default for Probe<T> {
    fn default() -> Self {
        Probe(Rc::new(RefCell::new(None)))
    }
}

impl<T> PartialEq for Probe<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone> Probe<T> {
    fn set(&self, value: T) {
        *self.0.borrow_mut() = Some(value);
    }
    fn get(&self) -> T {
        self.0.borrow().clone().expect("the component rendered")
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// The test page's styles for the test components (a plain `<style>`: the
/// test runner's page has no CSP).
fn styles() {
    let document = document();
    if document.get_element_by_id("hook-styles").is_some() {
        return;
    }
    let style = document.create_element("style").expect("style");
    style.set_id("hook-styles");
    style.set_text_content(Some(
        ".clamp { width: 200px; max-height: 40px; line-height: 20px; overflow: hidden; font: 16px/20px sans-serif; }
         .slot, .section, .track { display: block; margin: 0; padding: 0; border: 0; }
         .track .slide.previous, .track .slide.next { height: 0; overflow: hidden; }
         .h { display: block; }",
    ));
    document
        .head()
        .expect("head")
        .append_child(&style)
        .expect("append");
}

fn root() -> web_sys::Element {
    styles();
    let document = document();
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// Polls `check` (letting Yew render and effects run) until it holds.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if check() {
            return;
        }
        TimeoutFuture::new(25).await;
    }
    panic!("timed out waiting for {what}");
}

// --- use_clamp -------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct ClampProps {
    current: Option<AttrValue>,
    text: AttrValue,
    probe: Probe<Clamp>,
}

#[function_component]
fn ClampTest(props: &ClampProps) -> Html {
    let text = use_node_ref();
    let clamp = use_clamp(text.clone(), props.current.clone());
    props.probe.set(clamp);
    html! { <div class="clamp" ref={text}>{ props.text.clone() }</div> }
}

const LONG: &str = "Ein langer Satz, der in einem schmalen Kasten über viele Zeilen läuft und deshalb gekürzt wird, bis jemand ihn ganz öffnet.";

#[wasm_bindgen_test]
async fn clamp_follows_the_overflow_and_the_quote() {
    let probe = Probe::<Clamp>::default();
    let props = |current: &'static str, text: &'static str| ClampProps {
        current: Some(current.into()),
        text: text.into(),
        probe: probe.clone(),
    };
    let mut app: AppHandle<ClampTest> =
        Renderer::with_root_and_props(root(), props("a", LONG)).render();
    until("a long quote overflows", || probe.get().overflowing).await;
    assert!(!probe.get().expanded);

    probe.get().toggle.emit(());
    until("it opens in full", || probe.get().expanded).await;

    app.update(props("b", LONG));
    until("the next quote comes up clamped", || {
        let clamp = probe.get();
        !clamp.expanded && clamp.overflowing
    })
    .await;

    app.update(props("c", "Kurz."));
    until("a short quote has no clamp", || !probe.get().overflowing).await;
    app.destroy();
}

// --- use_height_reservation ------------------------------------------------

#[derive(Properties, PartialEq)]
struct ReservationProps {
    /// Heights of the previous, current and next slide.
    heights: (u32, u32, u32),
    quotes: Rc<Vec<usize>>,
    reserve: Reserve,
    slot: NodeRef,
}

#[function_component]
fn ReservationTest(props: &ReservationProps) -> Html {
    let (section, track) = (use_node_ref(), use_node_ref());
    use_height_reservation(
        props.slot.clone(),
        section.clone(),
        track.clone(),
        props.quotes.clone(),
        props.reserve,
    );
    let slide = |class: &'static str, height: u32| {
        html! { <div {class}><div class={format!("h h{height}")}></div></div> }
    };
    let (previous, current, next) = props.heights;
    html! {
        <div class="slot" ref={props.slot.clone()}>
            <div class="section" ref={section}>
                <div class="track" ref={track}>
                    { slide("slide previous", previous) }
                    { slide("slide current", current) }
                    { slide("slide next", next) }
                </div>
            </div>
        </div>
    }
}

/// The heights the test uses, as classes.
fn height_styles() {
    let document = document();
    let style = document.create_element("style").expect("style");
    let rules: String = [50, 100, 150, 300, 500]
        .iter()
        .map(|h| format!(".h{h} {{ height: {h}px; }}\n"))
        .collect();
    style.set_text_content(Some(&rules));
    document
        .head()
        .expect("head")
        .append_child(&style)
        .expect("append");
}

#[wasm_bindgen_test]
async fn height_reservation_keeps_the_tallest_until_the_quotes_change() {
    height_styles();
    let slot = NodeRef::default();
    let quotes = Rc::new(vec![0, 1, 2]);
    let props = |heights, quotes: &Rc<Vec<usize>>, expanded, neighbours| ReservationProps {
        heights,
        quotes: quotes.clone(),
        reserve: Reserve {
            expanded,
            neighbours,
        },
        slot: slot.clone(),
    };
    let min_height = || {
        slot.cast::<HtmlElement>()
            .and_then(|s| s.style().get_property_value("min-height").ok())
            .unwrap_or_default()
    };
    // The carousel's own height (the slot's may be the reserved one).
    let section_height = || {
        slot.cast::<HtmlElement>()
            .and_then(|s| s.first_element_child())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            .map_or(0, |section| section.offset_height())
    };
    let mut app: AppHandle<ReservationTest> =
        Renderer::with_root_and_props(root(), props((300, 100, 300), &quotes, false, false))
            .render();
    until("the first quote's height (neighbours not yet)", || {
        min_height() == "100px"
    })
    .await;

    app.update(props((300, 50, 300), &quotes, false, false));
    until("a shorter quote lays out", || section_height() == 50).await;
    assert_eq!(min_height(), "100px", "a shorter quote keeps the height");

    app.update(props((300, 150, 300), &quotes, false, false));
    until("a taller quote raises it", || min_height() == "150px").await;

    app.update(props((300, 150, 300), &quotes, false, true));
    until(
        "the visitor turned to the carousel: the taller neighbour counts",
        || min_height() == "300px",
    )
    .await;

    app.update(props((50, 500, 50), &quotes, true, true));
    until("the quote opened in full lays out", || {
        section_height() == 500
    })
    .await;
    assert_eq!(
        min_height(),
        "300px",
        "a quote opened in full is not reserved"
    );

    let filtered = Rc::new(vec![1]);
    app.update(props((50, 50, 50), &filtered, false, false));
    until("other quotes start a new reservation", || {
        min_height() == "50px"
    })
    .await;
    app.destroy();
}

// --- use_share --------------------------------------------------------------

type ShareProbe = (AttrValue, Callback<String>, Callback<()>);

#[derive(Properties, PartialEq)]
struct ShareProps {
    probe: Probe<ShareProbe>,
}

#[function_component]
fn ShareTest(props: &ShareProps) -> Html {
    let share = use_share(Lang::De);
    props.probe.set((
        share.status.clone(),
        share.share.clone(),
        share.clear.clone(),
    ));
    html! { <p>{ share.status }</p> }
}

/// Gives the page's navigator a `share` (and `clipboard.writeText`) that
/// records the link and answers with `outcome` (a resolved promise, or a
/// DOMException of that name).
fn fake_navigator(share: Option<&str>, clipboard_ok: bool) -> Rc<RefCell<Vec<String>>> {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let navigator: JsValue = web_sys::window().expect("a window").navigator().into();
    let answer = |outcome: Option<&str>, calls: Rc<RefCell<Vec<String>>>, what: &'static str| {
        let outcome = outcome.map(str::to_owned);
        wasm_bindgen::closure::Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(
            move |arg: JsValue| {
                let link = js_sys::Reflect::get(&arg, &"url".into())
                    .ok()
                    .and_then(|u| u.as_string())
                    .or_else(|| arg.as_string())
                    .unwrap_or_default();
                calls.borrow_mut().push(format!("{what} {link}"));
                match outcome.as_deref() {
                    None | Some("ok") => js_sys::Promise::resolve(&JsValue::UNDEFINED),
                    Some(name) => js_sys::Promise::reject(
                        &web_sys::DomException::new_with_message_and_name("test", name)
                            .expect("an exception")
                            .into(),
                    ),
                }
            },
        )
        .into_js_value()
    };
    let define = |target: &JsValue, name: &str, value: JsValue| {
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"value".into(), &value).expect("descriptor");
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into())
            .expect("descriptor");
        js_sys::Object::define_property(
            target.unchecked_ref::<js_sys::Object>(),
            &name.into(),
            &descriptor,
        );
    };
    match share {
        Some(outcome) => define(
            &navigator,
            "share",
            answer(Some(outcome), calls.clone(), "share"),
        ),
        // No Web Share API: neither on the navigator nor on its prototype.
        None => {
            let own = navigator.unchecked_ref::<js_sys::Object>();
            let _ = js_sys::Reflect::delete_property(own, &"share".into());
            let _ = js_sys::Reflect::delete_property(
                &js_sys::Object::get_prototype_of(own),
                &"share".into(),
            );
        }
    }
    let clipboard = js_sys::Object::new();
    define(
        &clipboard,
        "writeText",
        answer(
            Some(if clipboard_ok {
                "ok"
            } else {
                "NotAllowedError"
            }),
            calls.clone(),
            "copy",
        ),
    );
    define(&navigator, "clipboard", clipboard.into());
    calls
}

#[wasm_bindgen_test]
async fn share_uses_the_share_sheet_else_the_clipboard_and_says_so() {
    let probe = Probe::<ShareProbe>::default();
    let app: AppHandle<ShareTest> = Renderer::with_root_and_props(
        root(),
        ShareProps {
            probe: probe.clone(),
        },
    )
    .render();
    let status = || probe.get().0.to_string();
    until("the component rendered", || probe.0.borrow().is_some()).await;

    let calls = fake_navigator(Some("ok"), true);
    probe.get().1.emit("https://example.org/#q1".into());
    until("shared", || status() == "Link geteilt").await;
    assert_eq!(*calls.borrow(), ["share https://example.org/#q1"]);

    probe.get().2.emit(());
    until("the carousel moved on: no status", || status().is_empty()).await;

    let calls = fake_navigator(Some("AbortError"), true);
    probe.get().1.emit("https://example.org/#q2".into());
    until("the share sheet was closed", || !calls.borrow().is_empty()).await;
    // The rejection is handled in microtasks: over by the next task.
    TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert_eq!(
        status(),
        "",
        "closing the share sheet is no failure and copies nothing"
    );
    assert_eq!(*calls.borrow(), ["share https://example.org/#q2"]);

    let calls = fake_navigator(Some("NotAllowedError"), true);
    probe.get().1.emit("https://example.org/#q3".into());
    until("copied instead", || status() == "Link kopiert").await;
    assert_eq!(
        *calls.borrow(),
        [
            "share https://example.org/#q3",
            "copy https://example.org/#q3"
        ]
    );

    let calls = fake_navigator(None, false);
    probe.get().1.emit("https://example.org/#q4".into());
    until("copying failed", || {
        status() == "Link konnte nicht kopiert werden"
    })
    .await;
    assert_eq!(*calls.borrow(), ["copy https://example.org/#q4"]);
    app.destroy();
}

// --- use_autoplay ---------------------------------------------------------

type AutoplayProbe = (Autoplay, Callback<bool>, Callback<()>, Callback<()>);

#[derive(Properties, PartialEq)]
struct AutoplayProps {
    interval: Option<u32>,
    reduced_motion: bool,
    probe: Probe<AutoplayProbe>,
    advanced: Rc<Cell<u32>>,
}

#[function_component]
fn AutoplayTest(props: &AutoplayProps) -> Html {
    let advanced = props.advanced.clone();
    let advance = Callback::from(move |()| advanced.set(advanced.get() + 1));
    let control = use_autoplay(props.interval, props.reduced_motion, true, (), advance);
    props.probe.set((
        control.state,
        control.hover.clone(),
        control.stop.clone(),
        control.toggle.clone(),
    ));
    html! {}
}

#[wasm_bindgen_test]
async fn autoplay_advances_and_follows_the_visitor() {
    let probe = Probe::<AutoplayProbe>::default();
    let advanced = Rc::new(Cell::new(0));
    let props = |interval, reduced_motion| AutoplayProps {
        interval,
        reduced_motion,
        probe: probe.clone(),
        advanced: advanced.clone(),
    };
    let mut app: AppHandle<AutoplayTest> =
        Renderer::with_root_and_props(root(), props(Some(1), false)).render();
    until("the component rendered", || probe.0.borrow().is_some()).await;
    assert!(probe.get().0.running());
    until("autoplay moved the carousel", || advanced.get() >= 1).await;

    probe.get().1.emit(true);
    until("hovering pauses it", || !probe.get().0.running()).await;
    probe.get().1.emit(false);
    until("leaving resumes it", || probe.get().0.running()).await;

    probe.get().2.emit(());
    until("keyboard focus stops it", || probe.get().0.stopped).await;
    assert!(!probe.get().0.running());
    probe.get().3.emit(());
    until("play starts it again", || probe.get().0.running()).await;
    let before = advanced.get();
    until("and it moves again", || advanced.get() > before).await;

    app.update(props(Some(1), true));
    until("reduced motion: it does not run", || {
        !probe.get().0.running()
    })
    .await;
    app.update(props(None, false));
    until("no autoplay attribute: it does not run", || {
        !probe.get().0.running()
    })
    .await;
    app.destroy();
}
