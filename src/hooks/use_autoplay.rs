//! Autoplay: the rules of when it runs (`view::carousel::Autoplay`) kept as
//! state, what the visitor does to it (pause/play, hover, keyboard focus),
//! and the timer that advances the carousel while it runs. The timer restarts
//! after every move and is cleared when the carousel goes away.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::alive::guard;
use crate::view::carousel::Autoplay;

/// The autoplay state and what changes it.
pub struct AutoplayControl {
    pub state: Autoplay,
    /// The pointer entered (`true`) or left the carousel.
    pub hover: Callback<bool>,
    /// Stops until play is pressed (keyboard focus entered, a quote opened in full).
    pub stop: Callback<()>,
    /// The pause/play button.
    pub toggle: Callback<()>,
}

/// `interval` is the `autoplay` attribute; `movable` whether there is
/// anywhere to move; `restart` (the position and the quote list) restarts
/// the wait and hands the timer the current `advance`.
#[hook]
pub fn use_autoplay<R>(
    interval: Option<u32>,
    reduced_motion: bool,
    movable: bool,
    restart: R,
    advance: Callback<()>,
) -> AutoplayControl
where
    R: PartialEq + 'static,
{
    let control = use_state(Autoplay::default);
    let state = Autoplay {
        interval,
        reduced_motion,
        ..*control
    };
    let running = state.running() && movable;
    use_effect_with(
        (running, interval, restart),
        move |(running, interval, _)| {
            let timer = match (running, interval) {
                (true, Some(s)) => Some(Interval::new(
                    s.saturating_mul(1000),
                    guard(move || advance.emit(())),
                )),
                _ => None,
            };
            move || drop(timer)
        },
    );
    let change = |change: fn(Autoplay, bool) -> Autoplay| {
        let control = control.clone();
        Callback::from(move |on: bool| control.set(change(*control, on)))
    };
    AutoplayControl {
        state,
        hover: change(|a, hovered| Autoplay { hovered, ..a }),
        stop: change(|a, _| Autoplay { stopped: true, ..a }).reform(|()| true),
        toggle: change(|a, _| Autoplay {
            stopped: !a.stopped,
            ..a
        })
        .reform(|()| true),
    }
}
