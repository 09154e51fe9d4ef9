//! Taking a prerendered snapshot over: the snapshot (a declarative shadow
//! root, the same markup the app renders) stays on screen until the recap
//! is shown, then the app's container replaces it in one step, and a
//! focused element keeps the focus.

use wasm_bindgen::prelude::*;
use web_sys::{Element, FocusOptions, HtmlElement, ShadowRoot};

use crate::components::Phase;
use crate::dom::focused_within;

/// The snapshot a widget found in its element.
pub struct Snapshot {
    element: Element,
    /// The snapshot's stylesheet when it is another release's: it goes with the snapshot.
    other_release: Option<Element>,
}

impl Snapshot {
    /// The snapshot in `root`, if there is one, with the widget's own
    /// `stylesheet` beside it when the snapshot links another release's.
    pub fn find(root: &ShadowRoot, stylesheet: &str) -> Result<Option<Snapshot>, JsValue> {
        let Some(element) = root.query_selector(".mount[data-snapshot]")? else {
            return Ok(None);
        };
        let other_release = bring_own_stylesheet(root, &element, stylesheet)?;
        Ok(Some(Snapshot {
            element,
            other_release,
        }))
    }

    /// Once the recap is shown, `container` replaces the snapshot; if it
    /// cannot be shown, the error goes above the snapshot, which stays
    /// readable with the controls that would need the widget hidden.
    pub fn follow(&self, phase: &Phase, container: &Element) {
        let snapshot = &self.element;
        match phase {
            Phase::Loading => {}
            Phase::Shown { .. } if snapshot.is_connected() => {
                let focused = focused_within(snapshot).map(|element| path_to(snapshot, &element));
                if snapshot.replace_with_with_node_1(container).is_ok() {
                    if let Some(link) = &self.other_release {
                        link.remove();
                    }
                    if let Some(element) = focused.and_then(|path| element_at(container, &path)) {
                        let options = FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = element.focus_with_options(&options);
                    }
                }
            }
            Phase::Shown { .. } => {}
            Phase::Failed(_) => {
                let _ = snapshot.class_list().add_1("static");
                if !container.is_connected() {
                    let _ = snapshot.before_with_node_1(container);
                }
            }
        }
    }
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
