//! The recap file format, version 1: the file as serde reads it (`file`),
//! the rules that turn it into the recap the widget shows (`validate`,
//! `content`), and the messages that explain every problem, with its JSON
//! path, line and column.
//!
//! This module knows nothing of the browser; the widget and the command-line
//! tools share it.

mod content;
pub mod file;
mod messages;
mod options;
mod path;
mod position;
mod problem;
mod syntax;
mod validate;

pub use content::{Contact, Date, Event, Organization, Quote, Recap, Speaker};
pub use options::{in_order, Region, Sector};
pub use path::{JsonPath, Segment};
pub use position::{Lines, Place};
pub use problem::{Problem, ProblemKind, SyntaxKind};
pub use validate::{parse, parse_bytes, Parsed, Rejected};

/// The largest recap file the widget and the check page read: a bigger one
/// is refused with a message instead of filling the tab's memory.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
