//! The page's effects, as named hooks (as in Yew's examples): a file read
//! as bytes (`use_file_reader`, for the picker and the drop), a file
//! dropped anywhere, the check once typing pauses, and the snippet rendered
//! for the current file.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use recap_widget::lang::Lang;
use recap_widget::recap::Parsed;
use recap_widget::snippet::{Folder, Target};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

use crate::i18n::Text;

/// A file as the page gets it: its name and bytes, or why it was refused.
pub type FileResult = Result<(String, Vec<u8>), Text>;

/// Reads `file` (refused above 20 MB) and hands its name and bytes to
/// `on_file`. Keep the reader until it has answered.
fn read(file: web_sys::File, on_file: Callback<FileResult>) -> Option<FileReader> {
    if crate::file::too_large(file.size()) {
        on_file.emit(Err(Text::TooLarge));
        return None;
    }
    let name = file.name();
    let file = gloo::file::File::from(file);
    Some(gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
        on_file.emit(
            bytes
                .map(|bytes| (name, bytes))
                .map_err(|_| Text::Unreadable),
        );
    }))
}

/// A file handed to the returned callback is read (as bytes) and goes to
/// `on_file`; the reader lives as long as the component, and a newer file
/// supersedes one still being read.
#[hook]
pub fn use_file_reader(on_file: Callback<FileResult>) -> Callback<web_sys::File> {
    let reading = use_mut_ref(|| None::<FileReader>);
    Callback::from(move |file| *reading.borrow_mut() = read(file, on_file.clone()))
}

/// A file dropped anywhere on the page goes to `on_file` (read as bytes).
#[hook]
pub fn use_drop_anywhere(on_file: Callback<FileResult>) {
    let read_file = use_file_reader(on_file);
    use_effect_with((), move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listeners = document.map(|document| {
            // Allowing a drop: the page, not the browser, takes the file.
            let over = EventListener::new_with_options(
                &document,
                "dragover",
                EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            );
            let drop = EventListener::new_with_options(
                &document,
                "drop",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    event.prevent_default();
                    let file = event
                        .dyn_ref::<DragEvent>()
                        .and_then(DragEvent::data_transfer)
                        .and_then(|data| data.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        read_file.emit(file);
                    }
                },
            );
            (over, drop)
        });
        move || drop(listeners)
    });
}

/// Typing that runs `on_pause` once it has paused for `pause_ms`: returns
/// the input handler and a canceller for a run still waiting (a newer text
/// supersedes it).
#[hook]
pub fn use_typing_pause(
    pause_ms: u32,
    on_pause: Callback<()>,
) -> (Callback<InputEvent>, Callback<()>) {
    let pending = use_mut_ref(|| None::<Timeout>);
    let on_input = {
        let pending = pending.clone();
        Callback::from(move |_: InputEvent| {
            let on_pause = on_pause.clone();
            *pending.borrow_mut() = Some(Timeout::new(pause_ms, move || on_pause.emit(())));
        })
    };
    let cancel = Callback::from(move |()| drop(pending.borrow_mut().take()));
    (on_input, cancel)
}

/// What a snippet is made of: the file after the rules, where the widget's
/// folder and the file will live, and the widget's language.
#[derive(Clone, PartialEq)]
pub struct SnippetRequest {
    pub parsed: Rc<Parsed>,
    /// Where `dist/` will live (with or without its trailing slash).
    pub base: AttrValue,
    pub file_name: AttrValue,
    /// The widget stylesheet's file name in this build.
    pub stylesheet: AttrValue,
    pub widget_lang: Lang,
}

/// The snippet for `request`, rendered (by the widget's own code, as
/// `recap-render` renders it) whenever the request changes; a newer request
/// supersedes one still rendering. `on_request` hears each new request.
#[hook]
pub fn use_snippet(request: Option<SnippetRequest>, on_request: Callback<()>) -> String {
    let code = use_state(String::new);
    {
        let code = code.clone();
        use_effect_with(request, move |request| {
            on_request.emit(());
            let current = Rc::new(Cell::new(true));
            if let Some(request) = request {
                let folder = Folder::new(&request.base);
                let target = Target {
                    src: folder.file(&request.file_name),
                    stylesheet: folder.file(&request.stylesheet),
                    lang: request.widget_lang,
                    regions: Vec::new(),
                    share_base: None,
                };
                let (parsed, still) = ((*request.parsed).clone(), current.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let snippet = crate::snapshot::snippet(parsed, target, folder.script()).await;
                    if still.get() {
                        code.set(snippet);
                    }
                });
            }
            move || current.set(false)
        });
    }
    (*code).clone()
}
