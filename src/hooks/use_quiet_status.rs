//! The filters' live status ("5 von 15 Personen") says each change once: a
//! click's result at once, and while the visitor types in the search field
//! only the result once typing pauses, so a screen reader does not read out
//! a count per keystroke.

use gloo::timers::callback::Timeout;
use web_sys::Node;
use yew::prelude::*;

use crate::alive::guard;
use crate::dom::focused_within;

/// How long typing must pause before the status follows it.
pub const TYPING_PAUSE_MS: u32 = 600;

/// The status text to show for `text`: at once, or, when `query` changed
/// while `search` (the field) has the focus, once `query` has rested for
/// [`TYPING_PAUSE_MS`].
#[hook]
pub fn use_quiet_status(text: AttrValue, query: &str, search: NodeRef) -> AttrValue {
    let shown = use_state_eq(|| text.clone());
    let last_query = use_mut_ref(|| query.to_owned());
    let query_changed = *last_query.borrow() != query;
    query.clone_into(&mut last_query.borrow_mut());
    {
        let shown = shown.clone();
        use_effect_with(text, move |text| {
            let text = text.clone();
            let typing = query_changed
                && search
                    .cast::<Node>()
                    .is_some_and(|field| focused_within(&field).is_some());
            let timer = if typing {
                Some(Timeout::new(
                    TYPING_PAUSE_MS,
                    guard(move || shown.set(text.clone())),
                ))
            } else {
                shown.set(text);
                None
            };
            // A newer text (another keystroke) cancels this one.
            move || drop(timer)
        });
    }
    (*shown).clone()
}
