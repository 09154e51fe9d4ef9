//! Konferenz-Recap widget: a conference recap (speakers, quotes, filters) as a
//! `<recap-widget>` custom element, written with Yew.
//!
//! The pure modules (`recap`, `view`, `config`, `i18n`, `lang`) build and
//! test natively. The components and hooks build for both targets: in the
//! browser they are the widget, natively Yew's server renderer writes the
//! prerendered snapshot with them (`snapshot`). The network (`source`) and
//! the custom-element glue (`embed`) exist only on wasm32.

// SAFETY: the widget's wasm runs on one thread (no atomics, no workers).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

pub mod alive;
pub mod components;
pub mod config;
pub mod dom;
pub mod hooks;
pub mod i18n;
pub mod import;
pub mod lang;
pub mod recap;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod snapshot;
pub mod snippet;
#[cfg(target_arch = "wasm32")]
pub mod source;
