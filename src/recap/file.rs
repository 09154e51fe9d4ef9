//! The recap file as serde reads it (format version 1): every member as the
//! editor wrote it, borrowed from the text, with the shape serde could give
//! it. No rule runs here; `validate` turns these types into a [`Recap`].
//!
//! A member is a [`Field`]: it keeps its place in the text (for the line and
//! column of a problem) and its value if the value has the expected shape,
//! so that one wrong field is a warning about that field, not a failed file.
//!
//! [`Recap`]: super::Recap

use serde::de::{Deserialize, Deserializer};
use serde::Deserialize as DeriveDeserialize;
use serde_json::value::RawValue;

/// A value as the file has it: its JSON text (for the line and column of
/// a problem, and to quote it) and, if it has `T`'s shape, `T`.
#[derive(Debug)]
pub struct Item<'a, T> {
    /// The value's JSON text as written (`"Bayern"`, `2`, `[…]`).
    pub raw: &'a str,
    /// The value as `T`; an error when its shape is not `T`'s.
    pub value: Result<T, serde_json::Error>,
}

impl<'de: 'a, 'a, T: Deserialize<'a>> Deserialize<'de> for Item<'a, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // First the text (serde_json checks that it is JSON), then the shape:
        // a value of the wrong shape is kept with its error, not fatal to the file.
        let raw = <&'a RawValue>::deserialize(deserializer)?.get();
        Ok(Item {
            raw,
            value: serde_json::from_str(raw),
        })
    }
}

/// A member of an object: `None` when it is absent or `null`.
pub type Field<'a, T> = Option<Item<'a, T>>;

/// A list whose items stand alone: a broken one is skipped, the others are kept.
pub type Items<'a, T> = Vec<Item<'a, T>>;

/// The whole file.
#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct RecapFile<'a> {
    #[serde(borrow)]
    pub version: Field<'a, u64>,
    #[serde(borrow)]
    pub language: Field<'a, String>,
    #[serde(borrow)]
    pub event: Field<'a, EventFile<'a>>,
    #[serde(borrow)]
    pub speakers: Field<'a, Items<'a, SpeakerFile<'a>>>,
    #[serde(borrow)]
    pub quotes: Field<'a, Items<'a, QuoteFile<'a>>>,
    #[serde(borrow)]
    pub organizations: Field<'a, Items<'a, OrganizationFile<'a>>>,
}

#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct EventFile<'a> {
    #[serde(borrow)]
    pub title: Field<'a, String>,
    #[serde(borrow)]
    pub motto: Field<'a, String>,
    #[serde(borrow)]
    pub date: Field<'a, String>,
    #[serde(borrow)]
    pub city: Field<'a, String>,
    #[serde(borrow)]
    pub venue: Field<'a, String>,
    #[serde(borrow)]
    pub attendees: Field<'a, u64>,
    #[serde(borrow)]
    pub summary: Field<'a, String>,
    #[serde(borrow)]
    pub organizers: Field<'a, Items<'a, String>>,
    #[serde(borrow)]
    pub contact: Field<'a, ContactFile<'a>>,
    #[serde(borrow)]
    pub source_url: Field<'a, String>,
}

#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct ContactFile<'a> {
    #[serde(borrow)]
    pub email: Field<'a, String>,
    #[serde(borrow)]
    pub phone: Field<'a, String>,
}

#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct SpeakerFile<'a> {
    #[serde(borrow)]
    pub id: Field<'a, String>,
    #[serde(borrow)]
    pub name: Field<'a, String>,
    #[serde(borrow)]
    pub honorific: Field<'a, String>,
    #[serde(borrow)]
    pub role: Field<'a, String>,
    #[serde(borrow)]
    pub organization: Field<'a, String>,
    #[serde(borrow)]
    pub region: Field<'a, String>,
    #[serde(borrow)]
    pub sector: Field<'a, String>,
    #[serde(borrow)]
    pub photo: Field<'a, String>,
    #[serde(borrow)]
    pub url: Field<'a, String>,
}

#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct QuoteFile<'a> {
    #[serde(borrow)]
    pub id: Field<'a, String>,
    #[serde(borrow)]
    pub speaker: Field<'a, String>,
    #[serde(borrow)]
    pub text: Field<'a, String>,
}

#[derive(DeriveDeserialize, Debug, Default)]
#[serde(default)]
pub struct OrganizationFile<'a> {
    #[serde(borrow)]
    pub name: Field<'a, String>,
    #[serde(borrow)]
    pub about: Field<'a, String>,
    #[serde(borrow)]
    pub url: Field<'a, String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> RecapFile<'_> {
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn members_keep_their_text_and_their_shape() {
        let file =
            file(r#"{"version": "1", "language": null, "event": {"title": "T", "attendees": -5}}"#);
        let version = file.version.expect("present");
        assert_eq!(version.raw, "\"1\"");
        assert!(version.value.is_err());
        assert!(file.language.is_none(), "null is absent");
        assert!(file.speakers.is_none());
        let event = file.event.expect("present").value.expect("an object");
        assert_eq!(
            event.title.map(|t| t.value.ok()),
            Some(Some("T".to_owned()))
        );
        let attendees = event.attendees.expect("present");
        assert_eq!(attendees.raw, "-5");
        assert!(attendees.value.is_err());
    }

    #[test]
    fn an_item_of_the_wrong_shape_leaves_the_others() {
        let file = file(r#"{"speakers": [{"id": "a"}, "x", null, {"id": 3}]}"#);
        let items = file.speakers.expect("present").value.expect("a list");
        assert_eq!(items.len(), 4);
        assert!(items[0].value.is_ok());
        assert!(items[1].value.is_err());
        assert_eq!(items[2].raw, "null");
        assert!(items[2].value.is_err(), "null is no object");
        let third = items[3].value.as_ref().expect("an object");
        let id = third.id.as_ref().expect("present");
        assert_eq!(id.raw, "3");
        assert!(id.value.is_err());
    }

    #[test]
    fn unknown_members_are_ignored() {
        let file = file(r#"{"future": {"x": [1, 2]}, "event": {"title": "T", "extra": true}}"#);
        assert!(file.event.expect("present").value.is_ok());
    }

    #[test]
    fn raw_text_is_a_slice_of_the_file() {
        let text = r#"{"event": {"city": "Erfurt"}}"#;
        let file = file(text);
        let event = file.event.expect("present").value.expect("an object");
        let city = event.city.expect("present");
        let offset = city.raw.as_ptr() as usize - text.as_ptr() as usize;
        assert_eq!(&text[offset..offset + 8], "\"Erfurt\"");
    }
}
