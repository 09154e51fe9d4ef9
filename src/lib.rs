//! Konferenz-Recap widget: a conference recap (speakers, quotes, filters) as a
//! `<recap-widget>` custom element.
//!
//! The pure modules (`recap`, `view`, `config`, `i18n`) build and test
//! natively; the browser parts (`components`, `hooks`, `idle`, `source`, `embed`)
//! exist only on wasm32.

pub mod config;
pub mod i18n;
pub mod lang;
pub mod recap;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod idle;
#[cfg(target_arch = "wasm32")]
pub mod source;
