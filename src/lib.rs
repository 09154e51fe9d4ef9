//! Konferenz-Recap widget: a conference recap (speakers, quotes, filters) as a
//! `<recap-widget>` custom element.
//!
//! The pure modules (`recap`, `view`, `i18n`) build and test natively; the
//! browser parts (`components`, `hooks`, `embed`) exist only on wasm32.

pub mod i18n;
pub mod recap;
