//! The visible parts of the widget, one file each, as in Yew's examples:
//! views of their props and of their hooks' results. The rules live in
//! `recap` and `view`, the effects in `hooks`. They render in the browser
//! and, natively, into the prerendered snapshot.

mod about;
#[cfg(target_arch = "wasm32")]
mod app;
mod carousel;
mod carousel_head;
#[cfg(target_arch = "wasm32")]
mod error_view;
mod filters;
mod header;
mod recap_view;
mod slide;
mod slides;
mod snapshot;
mod speaker_card;
mod speaker_list;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps, Phase};
pub use snapshot::{Snapshot, SnapshotProps};
