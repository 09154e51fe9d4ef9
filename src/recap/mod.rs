//! The recap file format, version 1: the typed model, the rules that turn
//! JSON text into it, and the messages that explain every problem.
//!
//! This module knows nothing of the browser; the widget and the `recap-check`
//! command-line tool share it.

pub mod json;
mod messages;
mod model;
mod path;
mod problem;
mod validate;

pub use model::{
    in_order, Contact, Date, Event, Organization, Quote, Recap, Region, Sector, Speaker,
};
pub use path::{JsonPath, Segment};
pub use problem::{Problem, ProblemKind, SyntaxKind};
pub use validate::{parse, parse_bytes, Parsed, Rejected};
