//! Browser tests of the widget's components (wasm-bindgen-test in headless
//! Chromium): each test mounts `<recap-widget>`'s app through the real embed
//! glue into a fresh host element and drives it like a visitor.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use js_sys::{Object, Reflect};
use recap_widget::embed::{mount, MountOptions, Widget};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const RECAP: &str = r#"{"version":1,"language":"de","event":{"title":"Testkonferenz","motto":"Motto","date":"2024-04-17","city":"Erfurt","venue":"IHK","attendees":100},
 "speakers":[
  {"id":"bernd","name":"Bernd Schlömer","role":"Staatssekretär","organization":"Ministerium","region":"Sachsen-Anhalt","sector":"Politik"},
  {"id":"anna","name":"Anna Auth","honorific":"Prof. Dr.","organization":"Hochschule","region":"Sachsen","sector":"Wissenschaft"},
  {"id":"tom","name":"Tom Thal","organization":"Firma GmbH","region":"Thüringen","sector":"Wirtschaft"},
  {"id":"nora","name":"Nora Ohneregion","role":"<img src=x onerror=window.__pwned=2>","organization":"Verband e.V.","sector":"Wirtschaft"}],
 "quotes":[
  {"id":"q-bernd","speaker":"bernd","text":"Netzwerke sind entscheidend."},
  {"id":"q-tom","speaker":"tom","text":"Erster Absatz.\n\nZweiter Absatz."},
  {"id":"q-nora","speaker":"nora","text":"Ein <b>Verband</b> <script>window.__pwned = 1</script> spricht."}]}"#;

fn data_url(json: &str) -> String {
    format!(
        "data:application/json,{}",
        String::from(js_sys::encode_uri_component(json))
    )
}

struct Mounted {
    host: HtmlElement,
    widget: Widget,
}

impl Mounted {
    fn root(&self) -> ShadowRoot {
        self.host.shadow_root().expect("open shadow root")
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root().query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root()
            .query_selector(selector)
            .expect("selector")
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    /// The button whose visible text (its accessible name) starts with `name`.
    fn button(&self, name: &str) -> HtmlElement {
        self.all("button")
            .into_iter()
            .find(|b| {
                let label = b
                    .get_attribute("aria-label")
                    .or_else(|| b.text_content())
                    .unwrap_or_default();
                label.trim().starts_with(name)
            })
            .and_then(|b| b.dyn_into().ok())
            .unwrap_or_else(|| panic!("no button named {name}"))
    }

    /// The button on the card whose text contains `person`.
    fn card_button(&self, person: &str) -> HtmlElement {
        let card = self
            .all("article")
            .into_iter()
            .find(|a| a.text_content().unwrap_or_default().contains(person))
            .unwrap_or_else(|| panic!("no card for {person}"));
        card.query_selector("button")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into().ok())
            .unwrap_or_else(|| panic!("no button on {person}'s card"))
    }

    async fn click(&self, name: &str) {
        self.button(name).click();
        settle().await;
    }

    async fn until(&self, what: &str, check: impl Fn(&Mounted) -> bool) {
        for _ in 0..100 {
            // Yew's pending renders first: a reused app still shows its last view.
            settle().await;
            if check(self) {
                return;
            }
            TimeoutFuture::new(50).await;
        }
        panic!("timed out waiting for {what}");
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.widget.destroy();
        self.host.remove();
    }
}

/// A bubbling keydown of `key` on `target`.
fn key_down(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

/// Lets Yew finish the renders and effects that an event scheduled.
async fn settle() {
    yew::scheduler::flush().await;
}

/// Creates a `<recap-widget>` with `attributes` and mounts it (on the shipped
/// recap unless `src` says otherwise).
fn mount_element(attributes: &[(&str, &str)]) -> Mounted {
    mount_element_early(attributes, None)
}

/// What embed.js hands over when it started the recap download itself.
struct Early {
    url: String,
    response: js_sys::Promise,
    abort: web_sys::AbortController,
}

/// A `<recap-widget>` element with `attributes`, appended to the page.
fn host_element(attributes: &[(&str, &str)]) -> HtmlElement {
    let document = gloo_utils_document();
    let host: HtmlElement = document
        .create_element("recap-widget")
        .expect("element")
        .dyn_into()
        .expect("html element");
    for (name, value) in attributes {
        host.set_attribute(name, value).expect("attribute");
    }
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

/// Like `mount_element`, with an early request handed to `mount`.
fn mount_element_early(attributes: &[(&str, &str)], early: Option<Early>) -> Mounted {
    let host = host_element(attributes);
    let widget = mount(host.clone(), &mount_options(early, None)).expect("mount");
    Mounted { host, widget }
}

/// The object `embed.js` hands to `mount`, as a page would write it.
fn mount_options(early: Option<Early>, text: Option<String>) -> MountOptions {
    let options = Object::new();
    let set = |object: &Object, key: &str, value: JsValue| {
        Reflect::set(object, &key.into(), &value).expect("set");
    };
    set(&options, "stylesheet", "data:text/css,".into());
    set(&options, "defaultSrc", data_url(RECAP).into());
    if let Some(early) = early {
        let request = Object::new();
        set(&request, "url", early.url.into());
        set(&request, "response", early.response.into());
        set(&request, "abort", early.abort.into());
        set(&options, "early", request.into());
    }
    if let Some(text) = text {
        set(&options, "text", text.into());
    }
    options.unchecked_into()
}

/// Mounts a widget with `attributes` and waits until it has shown the recap.
async fn mount_with(attributes: &[(&str, &str)]) -> Mounted {
    let mounted = mount_element(attributes);
    // A widget may take over the parked app of an earlier test: its old
    // view goes with the renders this mount scheduled.
    settle().await;
    // Shown: the container reveals itself once the stylesheet is in.
    mounted
        .until("the recap to load", |m| {
            !m.all(".mount:not([hidden]) :is(.layout, [role=alert])")
                .is_empty()
        })
        .await;
    assert!(
        m_ok(&mounted),
        "the recap loaded: {}",
        mounted.root().inner_html()
    );
    mounted
}

fn m_ok(m: &Mounted) -> bool {
    m.all("[role=alert]").is_empty()
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

#[wasm_bindgen_test]
async fn renders_header_cards_and_status() {
    let m = mount_with(&[("id", "t1"), ("url-state", "off")]).await;
    assert_eq!(m.text("h2"), "Testkonferenz");
    assert!(m.text(".meta").contains("17. April 2024"));
    assert!(m.text(".meta").contains("100 Teilnehmende"));
    let names: Vec<String> = m
        .all("article h3")
        .iter()
        .filter_map(|h| h.text_content())
        .collect();
    assert_eq!(
        names,
        [
            "Bernd Schlömer",
            "Prof. Dr. Anna Auth",
            "Tom Thal",
            "Nora Ohneregion"
        ]
    );
    for article in m.all("article") {
        let labelled_by = article
            .get_attribute("aria-labelledby")
            .expect("article is named by its heading");
        assert!(m.root().get_element_by_id(&labelled_by).is_some());
    }
    assert_eq!(m.text("[role=status]"), "4 von 4 Personen");
    assert_eq!(
        m.button("Sachsen (").text_content().as_deref(),
        Some("Sachsen (1)")
    );
    assert_eq!(
        m.button("Wirtschaft").text_content().as_deref(),
        Some("Wirtschaft (2)")
    );
    assert_eq!(
        m.one(".title").get_attribute("lang").as_deref(),
        Some("de"),
        "content is marked with its language"
    );
}

#[wasm_bindgen_test]
async fn filters_combine_and_count_and_reset() {
    let m = mount_with(&[("id", "t2"), ("url-state", "off")]).await;
    m.click("Wirtschaft (2)").await;
    assert_eq!(
        m.button("Wirtschaft")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(m.text("[role=status]"), "2 von 4 Personen");
    // Region counts are counted under the sector filter.
    assert_eq!(
        m.button("Thüringen").text_content().as_deref(),
        Some("Thüringen (1)")
    );
    assert_eq!(
        m.button("Sachsen (").text_content().as_deref(),
        Some("Sachsen (0)")
    );
    m.click("Thüringen").await;
    assert_eq!(
        m.all("article").len(),
        1,
        "AND across groups: Nora has no region"
    );
    m.click("Sachsen-Anhalt").await;
    assert_eq!(
        m.text("[role=status]"),
        "1 von 4 Personen",
        "OR within the region group"
    );
    m.click("Filter zurücksetzen").await;
    assert_eq!(m.text("[role=status]"), "4 von 4 Personen");
    assert!(m.all("[aria-pressed=true]").is_empty());
}

async fn search(m: &Mounted, text: &str) {
    let input: HtmlInputElement = m.one("input[type=search]").dyn_into().expect("input");
    input.set_value(text);
    let event = web_sys::InputEvent::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
    settle().await;
}

#[wasm_bindgen_test]
async fn search_folds_umlauts_and_covers_quotes_then_no_match() {
    let m = mount_with(&[("id", "t3"), ("url-state", "off")]).await;
    assert_eq!(m.one("label").text_content().as_deref(), Some("Suche"));
    search(&m, "SCHLOEMER").await;
    assert_eq!(m.text("[role=status]"), "1 von 4 Personen");
    search(&m, "zweiter absatz").await;
    assert_eq!(m.text("article h3"), "Tom Thal", "quote text is searched");
    search(&m, "niemand hier").await;
    assert_eq!(m.text("[role=status]"), "0 von 4 Personen");
    assert!(m.text(".no-match").contains("Keine Person passt"));
    m.click("Filter zurücksetzen").await;
    assert_eq!(m.all("article").len(), 4);
}

#[wasm_bindgen_test]
async fn markup_in_the_recap_stays_text() {
    let m = mount_with(&[("id", "t4"), ("url-state", "off")]).await;
    m.click("Nächstes Zitat").await;
    m.click("Nächstes Zitat").await;
    assert!(
        m.text(".slide.current blockquote")
            .contains("<script>window.__pwned = 1</script>"),
        "shown as text"
    );
    assert!(
        m.all("script, b, img").is_empty(),
        "no element made from recap text"
    );
    assert!(
        m.all(".role").iter().any(|r| r.text_content().unwrap_or_default()
            == "<img src=x onerror=window.__pwned=2>"),
        "a speaker's field is shown as text on the card"
    );
    let window = web_sys::window().expect("window");
    assert!(js_sys::Reflect::get(&window, &"__pwned".into())
        .expect("get")
        .is_undefined());
}

#[wasm_bindgen_test]
async fn locale_attribute_switches_every_ui_string() {
    let mut m = mount_with(&[("id", "t5"), ("url-state", "off")]).await;
    m.host.set_attribute("locale", "en").expect("attribute");
    m.widget.update();
    settle().await;
    assert_eq!(m.text("[role=status]"), "4 of 4 people");
    assert!(m.text(".meta").contains("17 April 2024"));
    assert!(m.button("Reset filters").is_connected());
    assert!(m.button("Business (2)").is_connected());
    assert_eq!(
        m.text(".title"),
        "Testkonferenz",
        "content is not translated"
    );
    assert_eq!(m.one(".recap").get_attribute("lang").as_deref(), Some("en"));
}

/// The card whose heading is `person`.
fn card(m: &Mounted, person: &str) -> Element {
    m.all("article")
        .into_iter()
        .find(|a| m_heading(a) == person)
        .unwrap_or_else(|| panic!("no card for {person}"))
}

fn m_heading(article: &Element) -> String {
    article
        .query_selector("h3")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn cards_follow_the_filters_and_the_locale() {
    let mut m = mount_with(&[("id", "t5c"), ("url-state", "off")]).await;
    m.click("Sachsen (").await;
    assert!(
        m.all("article").iter().all(|a| m_heading(a) != "Tom Thal"),
        "filtered out"
    );
    m.click("Filter zurücksetzen").await;
    let headings: Vec<String> = m.all("article").iter().map(m_heading).collect();
    assert_eq!(
        headings,
        [
            "Bernd Schlömer",
            "Prof. Dr. Anna Auth",
            "Tom Thal",
            "Nora Ohneregion"
        ],
        "in recap order again"
    );
    m.host.set_attribute("locale", "en").expect("attribute");
    m.widget.update();
    settle().await;
    let tom = card(&m, "Tom Thal");
    assert_eq!(
        tom.query_selector("button")
            .ok()
            .flatten()
            .and_then(|b| b.text_content())
            .as_deref()
            .map(str::trim),
        Some("Show quote")
    );
    assert!(tom.text_content().unwrap_or_default().contains("Business"));
    assert_eq!(
        tom.query_selector("h3")
            .ok()
            .flatten()
            .and_then(|h| h.get_attribute("lang"))
            .as_deref(),
        Some("de"),
        "the recap's text keeps the recap's language"
    );
}

#[wasm_bindgen_test]
async fn a_focused_card_that_stays_on_the_list_keeps_the_focus() {
    let mut m = mount_with(&[("id", "t5f"), ("url-state", "off")]).await;
    let bernd = m.card_button("Bernd");
    bernd.focus().expect("focus");
    // Not a click on a filter button, which would take the focus: the
    // `region` attribute (or back/forward) changes the list under it.
    m.host
        .set_attribute("region", "Sachsen-Anhalt")
        .expect("attribute");
    m.widget.update();
    settle().await;
    assert_eq!(m.all("article").len(), 1);
    // Cards are patched by position: Bernd's card may be another element
    // now, and the focus is on its button.
    let active = m.root().active_element();
    let now = m.card_button("Bernd");
    assert!(
        active.is_some_and(|a| a.is_same_node(Some(&now))),
        "the focus stays on Bernd's button"
    );
}

#[wasm_bindgen_test]
async fn region_attribute_sets_the_filter_and_follows_changes() {
    let mut m = mount_with(&[
        ("id", "t6"),
        ("url-state", "off"),
        ("region", "Thüringen, Sachsen"),
    ])
    .await;
    assert_eq!(m.text("[role=status]"), "2 von 4 Personen");
    m.host
        .set_attribute("region", "Sachsen-Anhalt")
        .expect("attribute");
    m.widget.update();
    settle().await;
    assert_eq!(m.text("[role=status]"), "1 von 4 Personen");
    assert_eq!(
        m.button("Sachsen-Anhalt")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn two_widgets_stay_independent() {
    let a = mount_with(&[("id", "t7a"), ("url-state", "off")]).await;
    let b = mount_with(&[("id", "t7b"), ("url-state", "off"), ("locale", "en")]).await;
    a.click("Politik").await;
    assert_eq!(a.text("[role=status]"), "1 von 4 Personen");
    assert_eq!(b.text("[role=status]"), "4 of 4 people");
    b.click("Next quote").await;
    assert_eq!(
        b.one(".slide.current")
            .get_attribute("aria-label")
            .as_deref(),
        Some("2 of 3")
    );
    assert_eq!(
        a.one(".slide.current")
            .get_attribute("aria-label")
            .as_deref(),
        Some("1 von 1")
    );
}

#[wasm_bindgen_test]
async fn url_state_is_written_with_the_prefix_and_kept_off_when_asked() {
    let window = web_sys::window().expect("window");
    let m = mount_with(&[("id", "t8")]).await;
    m.click("Sachsen-Anhalt").await;
    let search = window.location().search().expect("search");
    assert!(search.contains("t8-region=sachsen-anhalt"), "{search}");
    let history_length = window.history().expect("history").length().expect("length");
    m.click("Filter zurücksetzen").await;
    assert_eq!(
        window.history().expect("history").length().expect("length"),
        history_length + 1,
        "filter changes push"
    );
    assert!(
        !window.location().search().expect("search").contains("t8-"),
        "an empty view removes the keys"
    );
    m.click("Nächstes Zitat").await;
    let search = window.location().search().expect("search");
    assert!(search.contains("t8-quote=q-tom"), "{search}");
    assert_eq!(
        window.history().expect("history").length().expect("length"),
        history_length + 1,
        "moving the carousel replaces"
    );
    let off = mount_with(&[("id", "t9"), ("url-state", "off")]).await;
    let before_off = window.location().search().expect("search");
    off.click("Politik").await;
    assert_eq!(
        window.location().search().expect("search"),
        before_off,
        "url-state=off leaves the URL alone"
    );
}

#[wasm_bindgen_test]
async fn carousel_buttons_keys_and_inert_slides() {
    let m = mount_with(&[("id", "t10"), ("url-state", "off")]).await;
    let carousel = m.one("section[aria-roledescription=carousel]");
    assert_eq!(m.text("#quotes-heading"), "Zitate");
    assert_eq!(
        carousel.get_attribute("aria-labelledby").as_deref(),
        Some("quotes-heading")
    );
    let current = || {
        m.one(".slide.current")
            .get_attribute("aria-label")
            .unwrap_or_default()
    };
    assert_eq!(current(), "1 von 3");
    for slide in m.all("[aria-roledescription=slide]") {
        assert_eq!(slide.get_attribute("role").as_deref(), Some("group"));
        let is_current = slide.class_list().contains("current");
        assert_eq!(
            slide.has_attribute("inert"),
            !is_current,
            "hidden slides are inert"
        );
    }
    m.click("Nächstes Zitat").await;
    assert_eq!(current(), "2 von 3");
    assert_eq!(
        m.all(".slide.current blockquote p").len(),
        2,
        "every paragraph of a quote"
    );
    m.click("Vorheriges Zitat").await;
    m.click("Vorheriges Zitat").await;
    assert_eq!(current(), "3 von 3", "wraps at the start");
    let key = |k: &str| key_down(&m.button("Nächstes Zitat"), k);
    key("ArrowRight");
    settle().await;
    assert_eq!(current(), "1 von 3", "wraps at the end");
    key("ArrowLeft");
    settle().await;
    assert_eq!(current(), "3 von 3");
    assert!(m
        .text(".slide.current figcaption")
        .contains("Nora Ohneregion"));
}

#[wasm_bindgen_test]
async fn keyboard_focus_follows_the_carousel_as_it_moves() {
    let m = mount_with(&[("id", "t15"), ("url-state", "off")]).await;
    m.card_button("Bernd").click();
    settle().await;
    let slide = m.one(".slide.current");
    assert_eq!(m.root().active_element(), Some(slide.clone()));
    key_down(&slide, "ArrowRight");
    settle().await;
    let now = m.one(".slide.current");
    assert_eq!(now.get_attribute("aria-label").as_deref(), Some("2 von 3"));
    assert_eq!(
        m.root().active_element(),
        Some(now),
        "focus is on the new current slide, not lost"
    );
    let said = m.one("[aria-live=polite]");
    assert!(
        said.text_content()
            .unwrap_or_default()
            .starts_with("2 von 3: "),
        "the visitor's move is announced with its quote"
    );
}

#[wasm_bindgen_test]
async fn only_the_visitors_moves_are_announced() {
    let m = mount_with(&[("id", "t17"), ("url-state", "off")]).await;
    let said = || {
        m.one("[aria-live=polite]")
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(said(), "", "nothing on load");
    m.click("Thüringen").await;
    assert_eq!(said(), "", "a filter change updates the slide quietly");
    m.click("Thüringen").await;
    m.click("Nächstes Zitat").await;
    assert_eq!(said(), "2 von 3: Erster Absatz.\n\nZweiter Absatz.");
    assert!(
        m.one(".track").get_attribute("aria-live").is_none(),
        "the slides themselves are no live region: typing in the search would read them out"
    );
}

#[wasm_bindgen_test]
async fn show_quote_brings_it_up_and_moves_focus() {
    let m = mount_with(&[("id", "t11"), ("url-state", "off")]).await;
    let button = m.card_button("Tom Thal");
    assert_eq!(
        button.text_content().as_deref().map(str::trim),
        Some("Zitat anzeigen")
    );
    button.click();
    settle().await;
    let slide = m.one(".slide.current");
    assert!(slide
        .text_content()
        .unwrap_or_default()
        .contains("Erster Absatz."));
    let active = m.root().active_element().expect("focus inside the widget");
    assert_eq!(active, slide, "focus moved to the shown quote");
    assert!(
        m.all("article").iter().any(
            |a| a.text_content().unwrap_or_default().contains("Anna Auth")
                && a.query_selector("button").ok().flatten().is_none()
        ),
        "no quote, no button"
    );
}

fn pointer(kind: &str, x: i32, y: i32) -> web_sys::PointerEvent {
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_id(7);
    init.set_is_primary(true);
    init.set_pointer_type("touch");
    init.set_client_x(x);
    init.set_client_y(y);
    init.set_bubbles(true);
    init.set_cancelable(true);
    web_sys::PointerEvent::new_with_event_init_dict(kind, &init).expect("pointer event")
}

#[wasm_bindgen_test]
async fn swipe_advances_and_vertical_gestures_do_not() {
    let m = mount_with(&[("id", "t12"), ("url-state", "off")]).await;
    let current = || {
        m.one(".slide.current")
            .get_attribute("aria-label")
            .unwrap_or_default()
    };
    // Always the slide on screen now: moving re-renders the slides.
    let send = |kind: &str, x: i32, y: i32| {
        m.one(".slide.current blockquote")
            .dispatch_event(&pointer(kind, x, y))
            .expect("dispatch")
    };
    // Mostly vertical: the page scrolls, the carousel stays.
    send("pointerdown", 200, 300);
    send("pointermove", 204, 330);
    send("pointermove", 206, 420);
    send("pointerup", 206, 420);
    settle().await;
    assert_eq!(current(), "1 von 3");
    // A slow swipe to the left over more than a third of the width.
    send("pointerdown", 300, 300);
    send("pointermove", 280, 302);
    let track: HtmlElement = m.one(".track").dyn_into().expect("track");
    send("pointermove", 120, 305);
    assert!(
        track
            .style()
            .get_property_value("transform")
            .unwrap_or_default()
            .contains("px"),
        "the slide follows the finger"
    );
    send("pointerup", 20, 305);
    settle().await;
    assert_eq!(current(), "2 von 3");
    assert_eq!(
        track
            .style()
            .get_property_value("transform")
            .unwrap_or_default(),
        "",
        "offset released"
    );
    // A swipe to the right goes back.
    send("pointerdown", 20, 300);
    send("pointermove", 40, 300);
    send("pointermove", 330, 300);
    send("pointerup", 330, 300);
    settle().await;
    assert_eq!(current(), "1 von 3");
    // A tap on a button is never a swipe.
    let share = m.one(".slide.current .share");
    share
        .dispatch_event(&pointer("pointerdown", 100, 100))
        .expect("down");
    share
        .dispatch_event(&pointer("pointermove", 10, 100))
        .expect("move");
    share
        .dispatch_event(&pointer("pointerup", 10, 100))
        .expect("up");
    settle().await;
    assert_eq!(current(), "1 von 3");
}

#[wasm_bindgen_test]
async fn carousel_follows_the_filters() {
    let m = mount_with(&[("id", "t13"), ("url-state", "off")]).await;
    m.click("Nächstes Zitat").await; // Tom's quote
    m.click("Thüringen").await;
    assert_eq!(
        m.one(".slide.current")
            .get_attribute("aria-label")
            .as_deref(),
        Some("1 von 1")
    );
    assert!(
        m.text(".slide.current").contains("Erster Absatz."),
        "the current quote survives"
    );
    m.click("Thüringen").await;
    m.click("Sachsen (").await;
    assert!(
        m.text(".carousel").contains("keine Zitate"),
        "a message when no quote is left"
    );
}

#[wasm_bindgen_test]
async fn a_filter_change_updates_the_slides_and_a_move_makes_new_ones() {
    let m = mount_with(&[("id", "t16"), ("url-state", "off")]).await;
    let before = m.one(".slide.current");
    assert!(m.text(".slide.current").contains("Netzwerke"));
    m.click("Thüringen").await; // only Tom's quote is left
    let after = m.one(".slide.current");
    assert!(after
        .text_content()
        .unwrap_or_default()
        .contains("Erster Absatz."));
    assert!(
        after.is_same_node(Some(&before)),
        "the filters change the slide's content, not the slide"
    );
    assert!(
        !after.class_list().contains("entered"),
        "no slide-in without a move"
    );
    m.click("Thüringen").await;
    m.click("Nächstes Zitat").await;
    let moved = m.one(".slide.current");
    assert!(
        !moved.is_same_node(Some(&after)),
        "a move brings up a new slide"
    );
    assert!(moved.class_list().contains("entered"), "which slides in");
}

/// Mounts a widget on `src` that is expected to fail, and waits for its error view.
async fn mount_src(src: &str) -> Mounted {
    let m = mount_element(&[("url-state", "off"), ("src", src)]);
    m.until("the error view", |m| !m.all("[role=alert]").is_empty())
        .await;
    m
}

#[wasm_bindgen_test]
async fn fatal_problems_show_the_validator_message() {
    let m = mount_src(&data_url("{\n  \"version\": 1\n  \"event\": {}\n}")).await;
    let alert = m.text("[role=alert]");
    assert!(alert.contains("kein gültiges JSON"), "{alert}");
    assert!(alert.contains("Zeile 3, Spalte 3"), "{alert}");
    assert!(
        m.all("[role=alert] button").is_empty(),
        "no retry for a broken file"
    );
    let m = mount_src(&data_url(
        r#"{"version":2,"event":{},"speakers":[],"quotes":[]}"#,
    ))
    .await;
    assert!(m.text("[role=alert]").contains("version"));
}

#[wasm_bindgen_test]
async fn network_errors_offer_a_retry() {
    let m = mount_src("/no-such-recap.json").await;
    let alert = m.text("[role=alert]");
    assert!(alert.contains("HTTP-Status 404"), "{alert}");
    m.click("Erneut versuchen").await;
    m.until("the retry to fail again", |m| {
        !m.all("[role=alert]").is_empty()
    })
    .await;
    let m = mount_src("http://127.0.0.1:9/recap.json").await;
    assert!(m.text("[role=alert]").contains("keine Verbindung"));
}

#[wasm_bindgen_test]
async fn destroy_removes_everything() {
    let mut m = mount_with(&[("id", "t14"), ("url-state", "off")]).await;
    m.widget.destroy();
    assert_eq!(m.root().child_element_count(), 0);
}

/// An early request as embed.js makes it: `url` already answered with `json`.
fn early_answer(url: &str, json: &str) -> Early {
    let response = web_sys::Response::new_with_opt_str(Some(json)).expect("response");
    Early {
        url: url.to_owned(),
        response: js_sys::Promise::resolve(&JsValue::from(response)),
        abort: web_sys::AbortController::new().expect("controller"),
    }
}

/// `src` resolved as the widget resolves it.
fn resolved(src: &str) -> String {
    let base = gloo_utils_document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base(src, &base).expect("url").href()
}

#[wasm_bindgen_test]
async fn an_early_request_for_the_same_url_is_taken_over() {
    let src = data_url(RECAP);
    // The early answer differs from what `src` holds, so the title shows which one was used.
    let early = early_answer(
        &resolved(&src),
        &RECAP.replace("Testkonferenz", "Früh geladen"),
    );
    let m = mount_element_early(&[("url-state", "off"), ("src", &src)], Some(early));
    m.until("the recap to load", |m| !m.all(".layout").is_empty())
        .await;
    assert_eq!(m.text("h2"), "Früh geladen", "the early response is used");
}

#[wasm_bindgen_test]
async fn an_early_request_for_another_url_is_cancelled() {
    let early = early_answer(
        "https://example.invalid/other.json",
        &RECAP.replace("Testkonferenz", "Falsche Datei"),
    );
    let signal = early.abort.signal();
    let m = mount_element_early(
        &[("url-state", "off"), ("src", &data_url(RECAP))],
        Some(early),
    );
    m.until("the recap to load", |m| !m.all(".layout").is_empty())
        .await;
    assert_eq!(m.text("h2"), "Testkonferenz", "src is fetched itself");
    assert!(signal.aborted(), "the early request is cancelled");
}

#[wasm_bindgen_test]
async fn a_recap_handed_over_as_text_is_shown_instead_of_loading_src() {
    // A src that cannot load: had it been loaded, the error view would show.
    let host = host_element(&[("src", "/no-such-recap.json"), ("url-state", "off")]);
    let text = RECAP.replace("Testkonferenz", "Aus dem Editor");
    let widget = mount(host.clone(), &mount_options(None, Some(text))).expect("mount");
    let mut m = Mounted { host, widget };
    m.until("the text to show", |m| !m.all(".layout").is_empty())
        .await;
    assert_eq!(m.text("h2"), "Aus dem Editor");
    m.widget
        .set_text(Some(RECAP.replace("Testkonferenz", "Geändert")));
    m.until("the new text", |m| m.text("h2") == "Geändert")
        .await;
    m.widget.set_text(Some("{ kaputt".to_owned()));
    m.until("the problem", |m| !m.all("[role=alert]").is_empty())
        .await;
    assert!(m.text("[role=alert]").contains("kein gültiges JSON"));
}
