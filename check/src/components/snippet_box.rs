//! The code an editor pastes into their CMS page: where the widget's folder
//! and the file will live, the snippet with the prerendered snapshot (built
//! by the widget's own code, as `recap-render` builds it), and a copy button.

use std::rc::Rc;

use recap_widget::lang::Lang;
use recap_widget::recap::Parsed;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::{use_snippet, SnippetRequest};
use crate::i18n::{text, Text};

#[derive(Properties, PartialEq)]
pub struct SnippetBoxProps {
    pub lang: Lang,
    /// The file after the rules; no snippet for a file with a fatal problem.
    pub parsed: Option<Rc<Parsed>>,
    /// Where `dist/` will live (ends with a slash).
    pub base: AttrValue,
    pub file_name: AttrValue,
    /// The widget stylesheet's file name in this build.
    pub stylesheet: AttrValue,
    /// The widget's language chosen in the preview (its `locale`).
    pub widget_lang: Lang,
    pub on_base: Callback<String>,
    pub on_file_name: Callback<String>,
}

#[function_component]
pub fn SnippetBox(props: &SnippetBoxProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<Text>);
    let request = props.parsed.clone().map(|parsed| SnippetRequest {
        parsed,
        base: props.base.clone(),
        file_name: props.file_name.clone(),
        stylesheet: props.stylesheet.clone(),
        widget_lang: props.widget_lang,
    });
    // "Kopiert" is about the code of the last request only.
    let code = use_snippet(request, {
        let copied = copied.clone();
        Callback::from(move |()| copied.set(None))
    });
    let copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
                return;
            };
            wasm_bindgen_futures::spawn_local(async move {
                let done = JsFuture::from(clipboard.write_text(&code)).await;
                copied.set(Some(if done.is_ok() {
                    Text::Copied
                } else {
                    Text::CopyFailed
                }));
            });
        })
    };
    let input = |callback: &Callback<String>| {
        callback.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value())
    };
    if props.parsed.is_none() {
        return Html::default();
    }
    html! {
        <section class="snippet" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{ text(lang, Text::Snippet) }</h2>
            <p class="field">
                <label for="base">{ text(lang, Text::BaseLabel) }</label>
                <input id="base" type="url" value={props.base.clone()} oninput={input(&props.on_base)} />
            </p>
            <p class="field">
                <label for="file-name">{ text(lang, Text::FileNameLabel) }</label>
                <input id="file-name" type="text" value={props.file_name.clone()} oninput={input(&props.on_file_name)} />
            </p>
            <label for="code" class="visually-hidden">{ text(lang, Text::Snippet) }</label>
            <textarea id="code" readonly=true rows="8" spellcheck="false" value={code} />
            <p class="copy">
                <button type="button" class="button" onclick={copy}>{ text(lang, Text::Copy) }</button>
                <span role="status">{ copied.map(|key| text(lang, key)).unwrap_or_default() }</span>
            </p>
        </section>
    }
}
