//! The page's parts: the file input with the text area, the problems, the
//! preview and the snippet; `CheckPage` holds the file and its check.

mod check_page;
mod file_input;
mod preview;
mod problem_list;
mod snippet_box;

pub use check_page::{CheckPage, CheckPageProps};
