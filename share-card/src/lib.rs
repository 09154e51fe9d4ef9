//! Share cards and share pages for the quotes of a recap: a 1200×630 PNG
//! per quote (`card`) laid out by a pure function (`layout`), and the static
//! page with its Open Graph tags that messengers read (`page`). Native only:
//! the widget's wasm never links this crate.

pub mod card;
pub mod fonts;
pub mod layout;
pub mod page;

pub use card::{render, Accent};
pub use layout::{layout, Card, Layout};
