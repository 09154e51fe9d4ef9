//! Where the file comes in: a file input with a visible label (or a drop
//! anywhere on the page), and the text area that shows the file's text,
//! for pasting and editing too.

use recap_widget::lang::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::{use_file_reader, FileResult};
use crate::i18n::{large_text, text, Text};

#[derive(Properties, PartialEq)]
pub struct FileInputProps {
    pub lang: Lang,
    pub on_file: Callback<FileResult>,
    pub on_input: Callback<InputEvent>,
    pub textarea: NodeRef,
    /// A file that was refused or could not be read.
    pub notice: Option<Text>,
    /// The size of a file whose text is not in the text area yet.
    pub hidden_text: Option<usize>,
    pub on_show_text: Callback<MouseEvent>,
}

#[function_component]
pub fn FileInput(props: &FileInputProps) -> Html {
    let lang = props.lang;
    let read_file = use_file_reader(props.on_file.clone());
    let onchange = Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file.emit(file);
        }
    });
    html! {
        <section class="input" aria-labelledby="input-heading">
            <h2 id="input-heading" class="visually-hidden">{ text(lang, Text::FileHeading) }</h2>
            <p class="pick">
                <label for="file" class="button">{ text(lang, Text::FileLabel) }</label>
                <input id="file" type="file" accept=".json,application/json" {onchange} />
                <span class="hint">{ text(lang, Text::DropHint) }</span>
            </p>
            if let Some(notice) = props.notice {
                <p class="notice" role="alert">{ text(lang, notice) }</p>
            }
            <label for="text">{ text(lang, Text::TextLabel) }</label>
            if let Some(bytes) = props.hidden_text {
                <p class="notice">{ large_text(lang, bytes) }</p>
                <p><button type="button" class="button" onclick={props.on_show_text.clone()}>{ text(lang, Text::ShowText) }</button></p>
            }
            <textarea id="text" ref={props.textarea.clone()} spellcheck="false" rows="14"
                hidden={props.hidden_text.is_some()} oninput={props.on_input.clone()} />
        </section>
    }
}
