//! Where the keyboard focus is, in the widget's shadow root (or a document).

use wasm_bindgen::JsCast;
use web_sys::Node;

/// The focused element of the document or shadow root that `node` is in.
pub fn focused(node: &Node) -> Option<Node> {
    let root = node.get_root_node();
    js_sys::Reflect::get(&root, &"activeElement".into())
        .ok()?
        .dyn_into::<Node>()
        .ok()
}

/// The focused element, if it is `node` or inside it.
pub fn focused_within(node: &Node) -> Option<Node> {
    focused(node).filter(|active| node.contains(Some(active)))
}
