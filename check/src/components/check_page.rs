//! The page: the file (dropped, chosen, pasted or typed), its check (again
//! once typing pauses; a newer text supersedes an older one), and the parts
//! that show the result.

use std::rc::Rc;

use recap_widget::lang::Lang;
use recap_widget::recap;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::file_input::FileInput;
use super::preview::Preview;
use super::problem_list::ProblemList;
use super::snippet_box::SnippetBox;
use crate::cursor;
use crate::hooks::{use_drop_anywhere, use_typing_pause, FileResult};
use crate::i18n::{text, Text};
use crate::report::Checked;

/// How long typing must pause before the text is checked again.
const TYPING_PAUSE_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct CheckPageProps {
    pub lang: Lang,
    /// The widget stylesheet's file name in this build (the snippet links it).
    pub stylesheet: AttrValue,
}

#[function_component]
pub fn CheckPage(props: &CheckPageProps) -> Html {
    let lang = props.lang;
    let checked = use_state(|| None::<Checked>);
    let notice = use_state(|| None::<Text>);
    let textarea = use_node_ref();
    let base = use_state(|| AttrValue::from("https://example.org/recap/"));
    let file_name = use_state(|| AttrValue::from("recap.json"));
    let widget_lang = use_state(|| lang);
    // A large file's text waits for the editor to ask (`file::shown_at_once`).
    let text_hidden = use_state(|| false);

    // Typing or pasting: checked once typing pauses.
    let (on_input, cancel_typed) = use_typing_pause(TYPING_PAUSE_MS, {
        let (checked, textarea) = (checked.clone(), textarea.clone());
        Callback::from(move |()| {
            let Some(area) = textarea.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let text: Rc<str> = area.value().into();
            let result = recap::parse(&text);
            checked.set(Some(Checked::new(text, result, lang)));
        })
    });
    // A file: checked as its bytes, so that an encoding problem is named.
    let on_file = {
        let (checked, notice, textarea, file_name, text_hidden) = (
            checked.clone(),
            notice.clone(),
            textarea.clone(),
            file_name.clone(),
            text_hidden.clone(),
        );
        Callback::from(move |file: FileResult| {
            cancel_typed.emit(());
            let (name, bytes) = match file {
                Ok(file) => file,
                Err(problem) => return notice.set(Some(problem)),
            };
            notice.set(None);
            let shown: Rc<str> = crate::file::text_of(&bytes).into();
            let at_once = crate::file::shown_at_once(shown.len());
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                area.set_value(if at_once { &shown } else { "" });
            }
            text_hidden.set(!at_once);
            file_name.set(name.into());
            checked.set(Some(Checked::new(shown, recap::parse_bytes(&bytes), lang)));
        })
    };
    use_drop_anywhere(on_file.clone());
    // A large file's text, asked for (by the button or by choosing a problem).
    let reveal = {
        let (checked, textarea, text_hidden) =
            (checked.clone(), textarea.clone(), text_hidden.clone());
        move || {
            let (Some(checked), Some(area)) = (&*checked, textarea.cast::<HtmlTextAreaElement>())
            else {
                return None;
            };
            if *text_hidden {
                area.set_value(&checked.text);
                // Shown now, not at the next render: the cursor goes in next.
                area.set_hidden(false);
                text_hidden.set(false);
            }
            Some((checked.text.clone(), area))
        }
    };
    let on_show_text = {
        let reveal = reveal.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((_, area)) = reveal() {
                let _ = area.focus();
            }
        })
    };
    // A problem chosen in the list: the text area's cursor goes there.
    let on_select = Callback::from(move |(line, column): (usize, usize)| {
        let Some((text, area)) = reveal() else {
            return;
        };
        let at = cursor::offset(&text, line, column) as u32;
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
    });
    let current = (*checked).clone();
    html! {
        <main class="check" lang={lang.tag()}>
            <h1>{ text(lang, Text::Title) }</h1>
            <p class="intro">{ text(lang, Text::Intro) }</p>
            <p class="private">{ text(lang, Text::Private) }</p>
            <FileInput
                {lang}
                {on_file}
                {on_input}
                {textarea}
                notice={*notice}
                hidden_text={text_hidden.then(|| current.as_ref().map_or(0, |c| c.text.len()))}
                {on_show_text}
            />
            <ProblemList {lang} checked={current.clone()} {on_select} />
            <Preview
                {lang}
                checked={current.clone()}
                widget_lang={*widget_lang}
                on_widget_lang={Callback::from({
                    let widget_lang = widget_lang.clone();
                    move |value| widget_lang.set(value)
                })}
            />
            <SnippetBox
                {lang}
                parsed={current.and_then(|c| c.parsed)}
                base={(*base).clone()}
                file_name={(*file_name).clone()}
                stylesheet={props.stylesheet.clone()}
                widget_lang={*widget_lang}
                on_base={Callback::from(move |value: String| base.set(value.into()))}
                on_file_name={Callback::from(move |value: String| file_name.set(value.into()))}
            />
        </main>
    }
}
