//! A problem found in a recap file: what is wrong and where.

use super::path::JsonPath;
use super::position::Place;

/// What kind of JSON syntax error stopped the parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    UnexpectedEnd,
    TrailingComma,
    ExpectedValue,
    ExpectedCommaOrClose,
    ExpectedColon,
    KeyNotString,
    ControlCharacter,
    InvalidEscape,
    InvalidNumber,
    TrailingCharacters,
    TooDeep,
    NotUtf8,
    /// Saved as UTF-16 (it starts with a UTF-16 byte order mark).
    Utf16,
    /// A number too large to read.
    NumberOutOfRange,
}

/// Every rule of the recap format that a file can break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    // Fatal: the widget shows its error view.
    Syntax(SyntaxKind),
    Empty,
    NotAnObject,
    /// A member that appears twice in one object (`"title"` twice in `event`).
    DuplicateKey(String),
    VersionMissing,
    VersionUnsupported(String),
    Missing,
    NotAnObjectField,
    NotAnArray,
    EmptyText,
    NotText,
    InvalidDate(String),

    // Item problems: the widget renders everything else.
    ItemNotAnObject,
    /// An item or optional object with a member twice; it is left out.
    DuplicateItemKey(String),
    MissingId,
    InvalidId(String),
    DuplicateId {
        id: String,
        first: JsonPath,
    },
    MissingName,
    UnknownRegion(String),
    UnknownSector(String),
    UnknownSpeaker(String),
    MissingSpeaker,
    EmptyQuote,
    WrongType(Expected),
    UnsafeUrl(String),
    InvalidLanguage(String),
}

/// The kind of value an optional field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    ListOfText,
    Object,
    List,
}

/// One problem with its JSON path and, where known, its line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub kind: ProblemKind,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Problem {
    pub fn at(path: JsonPath, kind: ProblemKind) -> Problem {
        Problem {
            path,
            kind,
            line: None,
            column: None,
        }
    }

    /// The same problem at `place` (1-based line and column).
    pub fn located(self, place: Option<Place>) -> Problem {
        Problem {
            line: place.map(|p| p.line),
            column: place.map(|p| p.column),
            ..self
        }
    }
}

/// Keeps a quoted value readable in a message: a hostile file may hold megabytes.
pub(crate) fn clip(value: &str) -> String {
    const MAX: usize = 80;
    match value.char_indices().nth(MAX) {
        // `get` rather than indexing: no panic path (and its formatting code) in the wasm.
        Some((cut, _)) => format!("{}…", value.get(..cut).unwrap_or_default()),
        None => value.to_owned(),
    }
}
