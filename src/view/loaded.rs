//! A recap ready to be shown: the validated recap with what the views derive
//! from it once (the people index for filtering, each person's first quote,
//! photo URLs resolved against the recap file's URL).

use std::rc::Rc;

use super::filter::PeopleIndex;
use crate::recap::{Problem, Recap};

/// A loaded recap as the components share it. Equal only to itself: props
/// comparisons must never walk a whole recap (10,000 people) on every render.
#[derive(Clone, Debug)]
pub struct SharedRecap(Rc<Loaded>);

impl SharedRecap {
    pub fn new(loaded: Loaded) -> SharedRecap {
        SharedRecap(Rc::new(loaded))
    }
}

impl PartialEq for SharedRecap {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedRecap {
    type Target = Loaded;

    fn deref(&self) -> &Loaded {
        &self.0
    }
}

/// A validated recap with what the views derive from it once.
#[derive(Debug)]
pub struct Loaded {
    pub recap: Recap,
    pub warnings: Vec<Problem>,
    pub people: PeopleIndex,
    /// For each person, the index of their first quote.
    pub first_quote: Vec<Option<usize>>,
}

impl Loaded {
    /// `resolve` turns a photo URL as written (http(s) or relative) into the
    /// absolute URL to load, relative to the recap file; `None` drops it.
    pub fn new(
        mut recap: Recap,
        warnings: Vec<Problem>,
        resolve: impl Fn(&str) -> Option<String>,
    ) -> Loaded {
        for speaker in &mut recap.speakers {
            speaker.photo = speaker.photo.take().and_then(|photo| resolve(&photo));
        }
        let mut first_quote = vec![None; recap.speakers.len()];
        for (i, quote) in recap.quotes.iter().enumerate() {
            if let Some(slot) = quote.speaker.and_then(|s| first_quote.get_mut(s)) {
                slot.get_or_insert(i);
            }
        }
        let people = PeopleIndex::new(&recap);
        Loaded {
            recap,
            warnings,
            people,
            first_quote,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recap::parse;

    #[test]
    fn photos_are_resolved_and_first_quotes_found() {
        let text = r#"{"version":1,"event":{"title":"T","date":"2024-04-17","city":"C"},
          "speakers":[{"id":"a","name":"A","photo":"img/a.jpg"},{"id":"b","name":"B","photo":"img/b.jpg"}],
          "quotes":[{"id":"q1","speaker":"b","text":"x"},{"id":"q2","speaker":"b","text":"y"}]}"#;
        let parsed = parse(text).expect("valid");
        let loaded = Loaded::new(parsed.recap, parsed.warnings, |photo| {
            (photo != "img/b.jpg").then(|| format!("https://example.org/{photo}"))
        });
        let photos: Vec<_> = loaded
            .recap
            .speakers
            .iter()
            .map(|s| s.photo.clone())
            .collect();
        assert_eq!(photos, [Some("https://example.org/img/a.jpg".into()), None]);
        assert_eq!(loaded.first_quote, [None, Some(0)]);
    }
}
