//! The visible parts of the widget, one file each: thin views with props in
//! and callbacks out. All rules live in `recap` and `view`.

mod about;
mod app;
mod carousel;
mod error_view;
mod filters;
mod focus;
mod header;
mod recap_view;
mod speaker_card;
mod speaker_list;

pub use app::{App, AppProps};
