//! The widget's effects, each a hook named after what it keeps true: the
//! recap loaded, the view in the page URL, the carousel's moves, its keys,
//! hover and focus, autoplay, swipe, clamp, height reservation and sharing, the visitor's
//! reduced-motion setting, focus moved on request or handed over from a
//! control that goes away (or a card that moved), and a status that waits for typing to pause.

mod size_watch;
mod use_autoplay;
mod use_carousel_input;
mod use_clamp;
mod use_focus_handover;
mod use_focus_request;
mod use_height_reservation;
mod use_media_query;
mod use_moves;
mod use_quiet_status;
#[cfg(target_arch = "wasm32")]
mod use_recap;
mod use_share;
mod use_swipe;
mod use_url_state;

pub use use_autoplay::{use_autoplay, AutoplayControl};
pub use use_carousel_input::{use_carousel_input, CarouselInput};
pub use use_clamp::{use_clamp, Clamp};
pub use use_focus_handover::{use_focus_handover, Handover};
pub use use_focus_request::use_focus_request;
pub use use_height_reservation::{use_height_reservation, Reserve};
pub use use_media_query::use_reduced_motion;
pub use use_moves::{use_moves, Deck, Move, Moves};
pub use use_quiet_status::use_quiet_status;
#[cfg(target_arch = "wasm32")]
pub use use_recap::{use_recap, InlineRecap, RecapState};
pub use use_share::{use_share, Share};
pub use use_swipe::{use_swipe, SwipeHandlers};
pub use use_url_state::{current_view, link_to, use_url_state, UrlStateOptions};
