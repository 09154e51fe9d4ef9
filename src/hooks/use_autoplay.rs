//! Advances the carousel every few seconds while autoplay may run; the timer
//! restarts after every move and is cleared when the carousel goes away.

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Calls `advance` every `seconds` while `running`. `restart` (the position and
/// the quote list) restarts the wait and hands the timer the current `advance`,
/// which knows the current quotes.
#[hook]
pub fn use_autoplay<R>(running: bool, seconds: Option<u32>, restart: R, advance: Callback<()>)
where
    R: PartialEq + 'static,
{
    use_effect_with((running, seconds, restart), move |(running, seconds, _)| {
        let interval = match (running, seconds) {
            (true, Some(s)) => Some(Interval::new(s.saturating_mul(1000), move || {
                advance.emit(())
            })),
            _ => None,
        };
        move || drop(interval)
    });
}
