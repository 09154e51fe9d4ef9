//! The smallest widget-like Yew app: one function component with state, a
//! listener and a keyed list, rendered into an open shadow root. Its size is
//! what the stack costs before any of the widget's own code.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub label: AttrValue,
}

#[function_component]
fn App(props: &Props) -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <section>
            <h2>{ props.label.clone() }</h2>
            <button {onclick}>{ *count }</button>
            <ul>{ for (0..*count).map(|i| html! { <li key={i}>{ i }</li> }) }</ul>
        </section>
    }
}

#[wasm_bindgen]
pub fn mount(host: web_sys::Element) -> Result<(), JsValue> {
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document")?;
    let mount = document.create_element("div")?;
    root.append_child(&mount)?;
    yew::Renderer::<App>::with_root_and_props(
        mount,
        Props {
            label: "floor".into(),
        },
    )
    .render();
    Ok(())
}
