//! Pure view state of the widget, with no browser types: the loaded recap
//! the views share, what the filters select, what the search matches, which
//! quote the carousel shows, and how all of it is written to and read from
//! the page URL.

pub mod carousel;
pub mod filter;
pub mod loaded;
pub mod search;
pub mod state;
pub mod url;
pub mod url_writes;
