//! JSON paths such as `speakers[3].region` that locate a problem in a recap file.

use std::fmt;

/// One step of a path: an object field or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(&'static str),
    Index(usize),
}

/// A path from the root of the recap file; the empty path is the file itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(Vec<Segment>);

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath(Vec::new())
    }

    pub fn key(&self, key: &'static str) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key));
        JsonPath(segments)
    }

    pub fn index(&self, index: usize) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        JsonPath(segments)
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
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
    }
}
