//! The problems of the file: a summary ("2 Fehler, 5 Warnungen"), then each
//! problem as a button that shows its place in the text area.

use recap_widget::lang::Lang;
use yew::prelude::*;

use crate::i18n::{more, summary, text, Text};
use crate::report::{Checked, Entry};

#[derive(Properties, PartialEq)]
pub struct ProblemListProps {
    pub lang: Lang,
    pub checked: Option<Checked>,
    /// A problem was chosen: its line and column.
    pub on_select: Callback<(usize, usize)>,
}

#[function_component]
pub fn ProblemList(props: &ProblemListProps) -> Html {
    let lang = props.lang;
    let Some(checked) = &props.checked else {
        return html! {
            <section class="problems" aria-labelledby="problems-heading">
                <h2 id="problems-heading">{ text(lang, Text::Problems) }</h2>
                <p class="summary" role="status">{ text(lang, Text::NoFile) }</p>
            </section>
        };
    };
    let report = &checked.report;
    let entry = |entry: &Entry| {
        let place = entry.line.zip(entry.column);
        let onclick = place.map(|place| props.on_select.reform(move |_: MouseEvent| place));
        let severity = text(
            lang,
            if entry.fatal {
                Text::Error
            } else {
                Text::Warning
            },
        );
        html! {
            <li class={if entry.fatal { "problem fatal" } else { "problem" }}>
                <span class="severity">{ severity }</span>
                if let Some((line, column)) = place {
                    <button type="button" class="place" {onclick}>
                        { format!("{} {line}, {} {column}", text(lang, Text::Line), text(lang, Text::Column)) }
                        <span class="visually-hidden">{ format!(": {}", text(lang, Text::ShowInText)) }</span>
                    </button>
                }
                <code class="path">{ &entry.path }</code>
                <span class="message">{ &entry.message }</span>
            </li>
        }
    };
    html! {
        <section class="problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ text(lang, Text::Problems) }</h2>
            <p class={if report.fatal > 0 { "summary fatal" } else { "summary" }} role="status">
                { summary(lang, report.fatal, report.warnings) }
            </p>
            if !report.entries.is_empty() {
                <ol class="list">{ for report.entries.iter().map(entry) }</ol>
            }
            if report.more > 0 {
                <p class="more">{ more(lang, report.more) }</p>
            }
        </section>
    }
}
