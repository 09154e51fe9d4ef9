//! Advances the carousel every few seconds while autoplay may run; the timer
//! restarts after every move and is cleared when the carousel goes away.

use gloo::timers::callback::Interval;
use yew::prelude::*;

/// Calls `advance` every `seconds` while `running`; `position` restarts the wait.
#[hook]
pub fn use_autoplay(running: bool, seconds: Option<u32>, position: usize, advance: Callback<()>) {
    use_effect_with(
        (running, seconds, position),
        move |(running, seconds, _)| {
            let interval = match (running, seconds) {
                (true, Some(s)) => Some(Interval::new(s.saturating_mul(1000), move || {
                    advance.emit(())
                })),
                _ => None,
            };
            move || drop(interval)
        },
    );
}
