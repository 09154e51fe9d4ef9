//! JSON paths such as `speakers[3].region` that locate a problem in a recap file.

use std::fmt;

/// One step of a path: an object field or an array index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(&'static str),
    Index(usize),
}

/// The deepest path the format has: `event.contact.email`, `speakers[3].region`.
const MAX_DEPTH: usize = 4;

/// A path from the root of the recap file; the empty path is the file itself.
/// A small `Copy` value: the validator makes one for every item it visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JsonPath {
    segments: [Segment; MAX_DEPTH],
    len: usize,
}

impl Default for JsonPath {
    fn default() -> Self {
        JsonPath::root()
    }
}

impl JsonPath {
    pub const fn root() -> JsonPath {
        JsonPath {
            segments: [Segment::Index(0); MAX_DEPTH],
            len: 0,
        }
    }

    fn push(mut self, segment: Segment) -> JsonPath {
        // The format is never deeper; a deeper path keeps its first four steps.
        if self.len < MAX_DEPTH {
            self.segments[self.len] = segment;
            self.len += 1;
        }
        self
    }

    pub fn key(&self, key: &'static str) -> JsonPath {
        self.push(Segment::Key(key))
    }

    pub fn index(&self, index: usize) -> JsonPath {
        self.push(Segment::Index(index))
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments[..self.len]
    }

    pub fn is_root(&self) -> bool {
        self.len == 0
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.segments().iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_javascript_access() {
        let path = JsonPath::root().key("speakers").index(3).key("region");
        assert_eq!(path.to_string(), "speakers[3].region");
        assert_eq!(JsonPath::root().to_string(), "");
        assert_eq!(
            JsonPath::root().key("event").key("date").to_string(),
            "event.date"
        );
        assert_eq!(
            JsonPath::root()
                .key("event")
                .key("contact")
                .key("email")
                .to_string(),
            "event.contact.email"
        );
    }

    #[test]
    fn paths_compare_by_their_steps() {
        assert_eq!(
            JsonPath::root().key("a").index(1),
            JsonPath::root().key("a").index(1)
        );
        assert_ne!(
            JsonPath::root().key("a"),
            JsonPath::root().key("a").index(0)
        );
    }
}
