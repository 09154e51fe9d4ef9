//! The list of people's cards and each card: name heading, role,
//! organization, region, sector, photo or initials, and "show quote" when
//! they have one.
//!
//! The cards are the widget's hot path: a filter change at 10,000 people
//! replaces up to a page of them. Yew's virtual DOM costs several times the
//! DOM calls themselves per element (it asks every new element's parent for
//! its namespace, twice, through the JS boundary), and removes a list's
//! items one call each. So a card is built once, straight into the DOM, and
//! kept in a [`CardCache`] (built ahead while the browser is idle), and the
//! cache fills the list element itself: one call places a whole page. Yew
//! only places the list. The structure and names are the same as a `html!`
//! view would give; all recap text goes in through `textContent` and
//! attribute values, never as markup.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, FocusOptions, HtmlElement};
use yew::prelude::*;

use super::focus::focused_within;
use crate::i18n::{sector_label, text, Lang, Text};
use crate::idle::Slice;
use crate::source::SharedRecap;

/// The attribute that carries a card's quote id to the speaker list's click handler.
pub const QUOTE_ATTRIBUTE: &str = "data-quote";

/// Cards built for one recap in one language, by speaker index, and the
/// list that shows them.
pub struct CardCache {
    lang: Lang,
    loaded: SharedRecap,
    /// Looked up once, not once a card.
    dom: Option<Dom>,
    /// Each person's list item with their card.
    cards: RefCell<Vec<Option<Element>>>,
    list: Option<Element>,
    /// Who the list shows, in order.
    shown: RefCell<Vec<usize>>,
}

impl CardCache {
    pub fn new(lang: Lang, loaded: SharedRecap) -> CardCache {
        let cards = RefCell::new(vec![None; loaded.recap.speakers.len()]);
        let dom = web_sys::window().and_then(|w| w.document()).map(Dom);
        let list = dom
            .as_ref()
            .and_then(|dom| dom.element("ul", &[("class", "cards")]).ok());
        CardCache {
            lang,
            loaded,
            dom,
            cards,
            list,
            shown: RefCell::default(),
        }
    }

    /// The list element, the same one for the cache's lifetime: Yew places
    /// it, [`CardCache::show`] fills it.
    pub fn list(&self) -> Html {
        self.list
            .clone()
            .map_or_else(Html::default, |list| Html::VRef(list.into()))
    }

    /// Makes the list show the cards of `people`, in this order, building
    /// those not built yet. A list that only grows at the end ("show more")
    /// gets the new cards appended; otherwise its items are replaced in one
    /// call, and a focused card that stays on the list keeps the focus.
    pub fn show(&self, people: &[usize]) {
        let Some(list) = &self.list else {
            return;
        };
        let mut shown = self.shown.borrow_mut();
        let appended = people.strip_prefix(shown.as_slice());
        let items = js_sys::Array::new();
        for &index in appended.unwrap_or(people) {
            if let Some(item) = self.element(index) {
                items.push(&item);
            }
        }
        if appended.is_some() {
            if let Err(error) = list.append_with_node(&items) {
                web_sys::console::error_2(&"recap-widget: could not show the cards".into(), &error);
            }
        } else {
            let focused = focused_within(list);
            list.replace_children_with_node(&items);
            let kept = focused.filter(|node| list.contains(Some(node)));
            if let Some(element) = kept.and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = element.focus_with_options(&options);
            }
        }
        *shown = people.to_vec();
    }

    /// Builds the cards of `people` that are not built yet while `slice` has
    /// time (at least one), and returns how many of `people` it got through.
    pub fn prepare(&self, people: &[usize], slice: &Slice) -> usize {
        for (done, &index) in people.iter().enumerate() {
            if done > 0 && !slice.has_time() {
                return done;
            }
            self.element(index);
        }
        people.len()
    }

    fn element(&self, index: usize) -> Option<Element> {
        let mut cards = self.cards.borrow_mut();
        let slot = cards.get_mut(index)?;
        if slot.is_none() {
            let built = match &self.dom {
                Some(dom) => build(dom, self.lang, &self.loaded, index).and_then(|card| {
                    let item = dom.element("li", &[])?;
                    item.append_child(&card)?;
                    Ok(item)
                }),
                None => Err(JsValue::from_str("no document")),
            };
            match built {
                Ok(card) => *slot = Some(card),
                Err(error) => {
                    web_sys::console::error_2(
                        &"recap-widget: could not build a card".into(),
                        &error,
                    );
                }
            }
        }
        slot.clone()
    }
}

/// Creates elements and appends them with their text.
struct Dom(Document);

impl Dom {
    fn element(&self, tag: &str, attributes: &[(&str, &str)]) -> Result<Element, JsValue> {
        let element = self.0.create_element(tag)?;
        for (name, value) in attributes {
            element.set_attribute(name, value)?;
        }
        Ok(element)
    }

    fn child(
        &self,
        parent: &Element,
        tag: &str,
        attributes: &[(&str, &str)],
    ) -> Result<Element, JsValue> {
        let element = self.element(tag, attributes)?;
        parent.append_child(&element)?;
        Ok(element)
    }

    fn text_child(
        &self,
        parent: &Element,
        tag: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> Result<Element, JsValue> {
        let element = self.child(parent, tag, attributes)?;
        element.set_text_content(Some(text));
        Ok(element)
    }

    fn link(&self, parent: &Element, href: &str, text: &str) -> Result<Element, JsValue> {
        let attributes = [
            ("href", href),
            ("rel", "noopener noreferrer"),
            ("target", "_blank"),
        ];
        self.text_child(parent, "a", &attributes, text)
    }
}

thread_local! {
    /// A broken photo hides itself, and the initials underneath show.
    static HIDE_ON_ERROR: Closure<dyn Fn(Event)> = Closure::new(|event: Event| {
        if let Some(img) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            img.set_hidden(true);
        }
    });
}

fn build(dom: &Dom, lang: Lang, loaded: &SharedRecap, index: usize) -> Result<Element, JsValue> {
    let recap = &loaded.recap;
    let speaker = recap
        .speakers
        .get(index)
        .ok_or_else(|| JsValue::from_str("no such speaker"))?;
    let content = recap.language.as_str();
    let heading_id = format!("person-{index}");

    let article = dom.element(
        "article",
        &[("class", "card"), ("aria-labelledby", &heading_id)],
    )?;

    let avatar = dom.child(
        &article,
        "div",
        &[("class", "avatar"), ("aria-hidden", "true")],
    )?;
    dom.text_child(
        &avatar,
        "span",
        &[("class", "initials")],
        &speaker.initials(),
    )?;
    if let Some(photo) = &speaker.photo {
        let img = dom.child(
            &avatar,
            "img",
            &[
                // Lazy before the source: a card built ahead is not on the page.
                ("loading", "lazy"),
                ("src", photo),
                ("alt", ""),
                ("decoding", "async"),
                ("width", "64"),
                ("height", "64"),
                ("referrerpolicy", "no-referrer"),
            ],
        )?;
        HIDE_ON_ERROR.with(|hide| {
            img.unchecked_ref::<HtmlElement>()
                .set_onerror(Some(hide.as_ref().unchecked_ref()))
        });
    }

    let body = dom.child(&article, "div", &[("class", "card-body")])?;
    dom.text_child(
        &body,
        "h3",
        &[("id", &heading_id), ("lang", content)],
        &speaker.display_name(),
    )?;
    if let Some(role) = &speaker.role {
        dom.text_child(&body, "p", &[("class", "role"), ("lang", content)], role)?;
    }
    match (&speaker.organization, &speaker.url) {
        (Some(organization), Some(url)) => {
            let p = dom.child(&body, "p", &[("class", "organization"), ("lang", content)])?;
            dom.link(&p, url, organization)?;
        }
        (Some(organization), None) => {
            dom.text_child(
                &body,
                "p",
                &[("class", "organization"), ("lang", content)],
                organization,
            )?;
        }
        (None, Some(url)) => {
            let p = dom.child(&body, "p", &[("class", "organization")])?;
            dom.link(&p, url, text(lang, Text::Website))?;
        }
        (None, None) => {}
    }
    if speaker.region.is_some() || speaker.sector.is_some() {
        let tags = dom.child(&body, "p", &[("class", "tags")])?;
        if let Some(region) = speaker.region {
            dom.text_child(&tags, "span", &[("class", "tag")], region.name())?;
        }
        if let Some(sector) = speaker.sector {
            dom.text_child(
                &tags,
                "span",
                &[("class", "tag")],
                sector_label(lang, sector),
            )?;
        }
    }
    let quote = loaded.first_quote.get(index).copied().flatten();
    if let Some(quote) = quote.and_then(|q| recap.quotes.get(q)) {
        dom.text_child(
            &body,
            "button",
            &[
                ("type", "button"),
                ("class", "button link"),
                (QUOTE_ATTRIBUTE, &quote.id),
            ],
            text(lang, Text::ShowQuote),
        )?;
    }
    Ok(article)
}
