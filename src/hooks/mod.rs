//! Reusable effects of the widget: loading the recap, the URL state, media
//! queries, swiping and autoplay.

mod use_autoplay;
mod use_media_query;
mod use_recap;
mod use_swipe;
mod use_url_state;

pub use use_autoplay::use_autoplay;
pub use use_media_query::use_reduced_motion;
pub use use_recap::{use_recap, RecapState};
pub use use_swipe::{use_swipe, SwipeHandlers};
pub use use_url_state::{current_view, link_to, use_url_state, UrlStateOptions};
