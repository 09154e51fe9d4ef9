//! The widget, live, with the file as it is after the rules: switches for
//! a phone's width and for the widget's language; why it cannot show a file
//! with a fatal problem; which photos it cannot show yet.

use recap_widget::lang::Lang;
use yew::prelude::*;

use crate::i18n::{text, Text};
use crate::report::Checked;

/// The preview's widget gets the file's text itself; its `src` only places
/// relative photo paths, and their files are not online yet. An opaque
/// `data:` URL places none of them: the widget shows initials instead of a
/// broken image (or a request to a server that has no such file yet), and
/// the notice above the preview names them.
const UNPLACED: &str = "data:application/json,";

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub lang: Lang,
    pub checked: Option<Checked>,
    /// The widget's language (the snippet takes it too).
    pub widget_lang: Lang,
    pub on_widget_lang: Callback<Lang>,
}

#[function_component]
pub fn Preview(props: &PreviewProps) -> Html {
    let lang = props.lang;
    let phone = use_state(|| false);
    let widget_lang = props.widget_lang;
    let Some(checked) = &props.checked else {
        return Html::default();
    };
    let toggle = |on: bool, label: &'static str, onclick: Callback<MouseEvent>| {
        html! { <button type="button" class="chip" aria-pressed={on.to_string()} {onclick}>{ label }</button> }
    };
    let set_phone = |value: bool| {
        let phone = phone.clone();
        Callback::from(move |_: MouseEvent| phone.set(value))
    };
    let set_lang = |value: Lang| props.on_widget_lang.reform(move |_: MouseEvent| value);
    let relative: Vec<&str> = checked
        .parsed
        .iter()
        .flat_map(|parsed| {
            parsed
                .recap
                .speakers
                .iter()
                .filter_map(|s| s.photo.as_deref())
                .filter(|photo| !is_absolute(photo))
        })
        .collect();
    html! {
        <section class="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{ text(lang, Text::Preview) }</h2>
            <div class="switches">
                <div role="group" aria-labelledby="width-label" class="switch">
                    <span id="width-label">{ text(lang, Text::Width) }</span>
                    { toggle(*phone, text(lang, Text::Phone), set_phone(true)) }
                    { toggle(!*phone, text(lang, Text::FullWidth), set_phone(false)) }
                </div>
                <div role="group" aria-labelledby="language-label" class="switch">
                    <span id="language-label">{ text(lang, Text::Language) }</span>
                    { toggle(widget_lang == Lang::De, "Deutsch", set_lang(Lang::De)) }
                    { toggle(widget_lang == Lang::En, "English", set_lang(Lang::En)) }
                </div>
            </div>
            if let Some(fatal) = &checked.fatal {
                <p class="blocked">{ text(lang, Text::PreviewBlocked) }{ " " }<span>{ fatal }</span></p>
            } else {
                if !relative.is_empty() {
                    <div class="notice">
                        <p>{ text(lang, Text::RelativePhoto) }</p>
                        <ul>{ for relative.iter().map(|photo| html! { <li><code>{ *photo }</code></li> }) }</ul>
                    </div>
                }
                <div class={if *phone { "frame phone" } else { "frame" }}>
                    <recap-widget
                        url-state="off"
                        locale={widget_lang.tag()}
                        src={UNPLACED}
                        ~recapText={checked.text.to_string()}
                    ></recap-widget>
                </div>
            }
        </section>
    }
}

/// Whether a photo URL is absolute (it does not depend on the file's place).
fn is_absolute(photo: &str) -> bool {
    let lower = photo.trim_start().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
}
