//! Where the keyboard focus is, in the widget's shadow root or a document.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, ShadowRoot};

/// The focused element of the document or shadow root that `node` is in.
pub fn focused(node: &Node) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(shadow) = root.dyn_ref::<ShadowRoot>() {
        shadow.active_element()
    } else {
        root.dyn_ref::<Document>()?.active_element()
    }
}

/// The focused element, if it is `node` or inside it.
pub fn focused_within(node: &Node) -> Option<Element> {
    focused(node).filter(|active| node.contains(Some(active)))
}
