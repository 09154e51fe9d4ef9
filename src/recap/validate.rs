//! The rules of format version 1 (SPEC section 2): the file as serde reads
//! it goes in, a [`Recap`] plus item warnings come out, or every fatal
//! problem that stops the file. Every problem has its JSON path, line and column.

use std::collections::HashMap;

use serde_json::error::Category;

use super::content::{Contact, Date, Event, Organization, Quote, Recap, Speaker};
use super::file::{
    ContactFile, EventFile, Field, Item, Items, OrganizationFile, QuoteFile, RecapFile, SpeakerFile,
};
use super::options::{Region, Sector};
use super::path::JsonPath;
use super::position::{Lines, Place};
use super::problem::{clip, Expected, Problem, ProblemKind, SyntaxKind};
use super::syntax;

/// A recap that can be shown, with the item problems found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub recap: Recap,
    pub warnings: Vec<Problem>,
}

/// A file that cannot be shown: at least one fatal problem, plus the item
/// problems that could still be found (for the checker).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected {
    pub fatal: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Rejected {
    fn one(problem: Problem) -> Rejected {
        Rejected {
            fatal: vec![problem],
            warnings: Vec::new(),
        }
    }

    /// The problem the widget's error view leads with.
    pub fn first(&self) -> &Problem {
        // `fatal` is never empty: every constructor pushes at least one.
        &self.fatal[0]
    }
}

/// Parses and validates a recap file.
pub fn parse(text: &str) -> Result<Parsed, Rejected> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Rejected::one(Problem::at(
            JsonPath::root(),
            ProblemKind::Empty,
        )));
    }
    let mut lines = Lines::new(text);
    let root = text.trim_start();
    if !is_object(root) {
        // serde would read a list as a struct's fields in order: only the
        // syntax is checked, and any valid JSON that is no object is refused.
        let place = lines.place(text.len() - root.len());
        let problem = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Problem::at(JsonPath::root(), ProblemKind::NotAnObject).located(Some(place)),
            Err(error) => {
                let (kind, place) = syntax::located(&error, text, &mut lines);
                Problem::at(JsonPath::root(), ProblemKind::Syntax(kind)).located(Some(place))
            }
        };
        return Err(Rejected::one(problem));
    }
    let file: RecapFile = serde_json::from_str(text).map_err(|error| {
        // Every member is read leniently: a data error can only be a member
        // that the object has twice.
        let (kind, place) = match (error.classify(), syntax::duplicate_key(&error)) {
            (Category::Data, Some(key)) => {
                let offset = lines.offset_of_byte_column(error.line(), error.column());
                (ProblemKind::DuplicateKey(key), lines.place(offset))
            }
            _ => {
                let (kind, place) = syntax::located(&error, text, &mut lines);
                (ProblemKind::Syntax(kind), place)
            }
        };
        Rejected::one(Problem::at(JsonPath::root(), kind).located(Some(place)))
    })?;
    let mut rules = Rules {
        root,
        lines,
        fatal: Vec::new(),
        warnings: Vec::new(),
    };
    let recap = rules.recap(file);
    match recap {
        Some(recap) if rules.fatal.is_empty() => Ok(Parsed {
            recap,
            warnings: rules.warnings,
        }),
        _ => Err(Rejected {
            fatal: rules.fatal,
            warnings: rules.warnings,
        }),
    }
}

/// Parses bytes, reporting a file that is not UTF-8 as a syntax problem with
/// its line (a UTF-16 file, which editors on Windows may save, by name).
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Rejected> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        let problem = Problem::at(JsonPath::root(), ProblemKind::Syntax(SyntaxKind::Utf16))
            .located(Some(Place { line: 1, column: 1 }));
        return Err(Rejected::one(problem));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let place = Lines::new(&valid).place(valid.len());
            let problem = Problem::at(JsonPath::root(), ProblemKind::Syntax(SyntaxKind::NotUtf8))
                .located(Some(place));
            Err(Rejected::one(problem))
        }
    }
}

/// The rules' findings, and where in the text each problem is.
struct Rules<'t> {
    /// The file's top-level value: where a missing top-level member is reported.
    root: &'t str,
    lines: Lines<'t>,
    fatal: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl<'t> Rules<'t> {
    fn place(&mut self, at: &str) -> Option<Place> {
        self.lines.place_of(at)
    }

    fn fatal(&mut self, path: JsonPath, kind: ProblemKind, at: &str) {
        let place = self.place(at);
        self.fatal.push(Problem::at(path, kind).located(place));
    }

    fn warn(&mut self, path: JsonPath, kind: ProblemKind, at: &str) {
        let place = self.place(at);
        self.warnings.push(Problem::at(path, kind).located(place));
    }

    fn recap(&mut self, file: RecapFile<'t>) -> Option<Recap> {
        let top = JsonPath::root();
        let root = self.root;
        match &file.version {
            None => self.fatal(top.key("version"), ProblemKind::VersionMissing, root),
            Some(Item { value: Ok(1), .. }) => {}
            Some(other) => self.fatal(
                top.key("version"),
                ProblemKind::VersionUnsupported(clip(&as_written(other.raw))),
                other.raw,
            ),
        }
        let language = self.language(file.language);
        let event = match file.event {
            None => {
                self.fatal(top.key("event"), ProblemKind::Missing, root);
                None
            }
            Some(Item {
                raw,
                value: Ok(event),
            }) if is_object(raw) => self.event(event, raw, &top.key("event")),
            Some(Item { raw, value }) => {
                let kind = match value.err().as_ref().and_then(syntax::duplicate_key) {
                    Some(key) => ProblemKind::DuplicateKey(key),
                    None => ProblemKind::NotAnObjectField,
                };
                self.fatal(top.key("event"), kind, raw);
                None
            }
        };
        let speakers = self.required_list(file.speakers, "speakers");
        let quotes = self.required_list(file.quotes, "quotes");
        let (speakers, speaker_ids) = match speakers {
            Some(items) => {
                let (speakers, ids) = self.speakers(items);
                (speakers, Some(ids))
            }
            None => (Vec::new(), None),
        };
        // Without a valid speaker list every attribution would look wrong; skip that check.
        let quotes = quotes
            .map(|items| self.quotes(items, speaker_ids.as_ref()))
            .unwrap_or_default();
        let organizations = self.organizations(file.organizations);
        Some(Recap {
            language,
            event: event?,
            speakers,
            quotes,
            organizations,
        })
    }

    fn required_list<T>(
        &mut self,
        field: Field<'t, Items<'t, T>>,
        key: &'static str,
    ) -> Option<Items<'t, T>> {
        let path = JsonPath::root().key(key);
        match field {
            None => {
                let root = self.root;
                self.fatal(path, ProblemKind::Missing, root);
                None
            }
            Some(Item {
                value: Ok(items), ..
            }) => Some(items),
            Some(Item { raw, .. }) => {
                self.fatal(path, ProblemKind::NotAnArray, raw);
                None
            }
        }
    }

    fn language(&mut self, field: Field<'t, String>) -> String {
        match field {
            None => "de".to_owned(),
            Some(Item { value: Ok(tag), .. }) if is_language_tag(&tag) => tag,
            Some(item) => {
                let kind = ProblemKind::InvalidLanguage(shown(&item));
                self.warn(JsonPath::root().key("language"), kind, item.raw);
                "de".to_owned()
            }
        }
    }

    fn event(&mut self, event: EventFile<'t>, raw: &'t str, path: &JsonPath) -> Option<Event> {
        let title = self.required_text(event.title, raw, &path.key("title"));
        let city = self.required_text(event.city, raw, &path.key("city"));
        let date_path = path.key("date");
        let date = match event.date {
            None => {
                self.fatal(date_path, ProblemKind::Missing, raw);
                None
            }
            Some(item) => {
                let date = item
                    .value
                    .as_deref()
                    .ok()
                    .and_then(|d| Date::parse_iso(d.trim()));
                if date.is_none() {
                    self.fatal(date_path, ProblemKind::InvalidDate(shown(&item)), item.raw);
                }
                date
            }
        };
        let motto = self.optional_text(event.motto, &path.key("motto"));
        let venue = self.optional_text(event.venue, &path.key("venue"));
        let summary = self.optional_text(event.summary, &path.key("summary"));
        let attendees = match event.attendees {
            None => None,
            Some(Item {
                value: Ok(count), ..
            }) => Some(count),
            Some(Item { raw, .. }) => {
                let kind = ProblemKind::WrongType(Expected::WholeNumber);
                self.warn(path.key("attendees"), kind, raw);
                None
            }
        };
        let organizers = self.text_list(event.organizers, &path.key("organizers"));
        let contact = self.contact(event.contact, &path.key("contact"));
        let source_url = self.optional_url(event.source_url, &path.key("source_url"), false);
        Some(Event {
            title: title?,
            motto,
            date: date?,
            city: city?,
            venue,
            attendees,
            summary,
            organizers,
            contact,
            source_url,
        })
    }

    fn contact(&mut self, field: Field<'t, ContactFile<'t>>, path: &JsonPath) -> Option<Contact> {
        match field? {
            Item {
                value: Ok(contact),
                raw,
            } if is_object(raw) => {
                let email = self.optional_text(contact.email, &path.key("email"));
                let phone = self.optional_text(contact.phone, &path.key("phone"));
                (email.is_some() || phone.is_some()).then_some(Contact { email, phone })
            }
            Item { raw, value } => {
                let kind = match value.err().as_ref().and_then(syntax::duplicate_key) {
                    Some(key) => ProblemKind::DuplicateItemKey(key),
                    None => ProblemKind::WrongType(Expected::Object),
                };
                self.warn(*path, kind, raw);
                None
            }
        }
    }

    /// A required text member: absent is reported at its object `parent`.
    fn required_text(
        &mut self,
        field: Field<'t, String>,
        parent: &'t str,
        path: &JsonPath,
    ) -> Option<String> {
        match field {
            None => self.fatal(*path, ProblemKind::Missing, parent),
            Some(Item {
                value: Ok(text),
                raw,
            }) if text.trim().is_empty() => self.fatal(*path, ProblemKind::EmptyText, raw),
            Some(Item {
                value: Ok(text), ..
            }) => return Some(clean_text(&text)),
            Some(Item { raw, .. }) => self.fatal(*path, ProblemKind::NotText, raw),
        }
        None
    }

    /// An optional text member: absent, null or blank is `None`; another type is a warning.
    fn optional_text(&mut self, field: Field<'t, String>, path: &JsonPath) -> Option<String> {
        match field? {
            Item {
                value: Ok(text), ..
            } if text.trim().is_empty() => None,
            Item {
                value: Ok(text), ..
            } => Some(clean_text(&text)),
            Item { raw, .. } => {
                self.warn(*path, ProblemKind::WrongType(Expected::Text), raw);
                None
            }
        }
    }

    fn optional_url(
        &mut self,
        field: Field<'t, String>,
        path: &JsonPath,
        allow_relative: bool,
    ) -> Option<String> {
        let raw = field.as_ref()?.raw;
        let text = self.optional_text(field, path)?;
        let url = safe_url(&text, allow_relative);
        if url.is_none() {
            self.warn(*path, ProblemKind::UnsafeUrl(clip(&text)), raw);
        }
        url
    }

    fn text_list(&mut self, field: Field<'t, Items<'t, String>>, path: &JsonPath) -> Vec<String> {
        match field {
            None => Vec::new(),
            Some(Item {
                value: Ok(items), ..
            }) => {
                let mut texts = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    match item.value {
                        Ok(text) if text.trim().is_empty() => {}
                        Ok(text) => texts.push(clean_text(&text)),
                        Err(_) => self.warn(
                            path.index(i),
                            ProblemKind::WrongType(Expected::Text),
                            item.raw,
                        ),
                    }
                }
                texts
            }
            Some(Item { raw, .. }) => {
                self.warn(*path, ProblemKind::WrongType(Expected::ListOfText), raw);
                Vec::new()
            }
        }
    }

    /// The one loop over a list of items: an item that is not an object (or
    /// has a member twice) is skipped with a warning; `rule` turns the others
    /// into `U`, or skips them itself.
    fn items<T, U>(
        &mut self,
        items: Items<'t, T>,
        key: &'static str,
        mut rule: impl FnMut(&mut Self, T, &'t str, JsonPath) -> Option<U>,
    ) -> Vec<U> {
        let list_path = JsonPath::root().key(key);
        let mut kept = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let path = list_path.index(i);
            match item.value {
                Ok(value) if is_object(item.raw) => kept.extend(rule(self, value, item.raw, path)),
                value => {
                    let kind = match value.err().as_ref().and_then(syntax::duplicate_key) {
                        Some(key) => ProblemKind::DuplicateItemKey(key),
                        None => ProblemKind::ItemNotAnObject,
                    };
                    self.warn(path, kind, item.raw);
                }
            }
        }
        kept
    }

    /// Checks an item's id; `None` (with a warning) means the item is skipped.
    /// `seen` maps the ids kept so far to their items' paths.
    fn item_id(
        &mut self,
        field: Field<'t, String>,
        item: &'t str,
        path: &JsonPath,
        seen: &HashMap<String, JsonPath>,
    ) -> Option<String> {
        let id_path = path.key("id");
        let (raw, id) = match field {
            None => {
                self.warn(id_path, ProblemKind::MissingId, item);
                return None;
            }
            Some(Item { value: Ok(id), raw }) if is_valid_id(&id) => (raw, id),
            Some(Item { value: Ok(id), raw }) if id.trim().is_empty() => {
                self.warn(id_path, ProblemKind::MissingId, raw);
                return None;
            }
            Some(other) => {
                self.warn(id_path, ProblemKind::InvalidId(shown(&other)), other.raw);
                return None;
            }
        };
        if let Some(first) = seen.get(&id) {
            let kind = ProblemKind::DuplicateId {
                id: clip(&id),
                first: *first,
            };
            self.warn(id_path, kind, raw);
            return None;
        }
        Some(id)
    }

    fn speakers(
        &mut self,
        items: Items<'t, SpeakerFile<'t>>,
    ) -> (Vec<Speaker>, HashMap<String, usize>) {
        let mut seen = HashMap::new();
        let speakers = self.items(items, "speakers", |rules, speaker, raw, path| {
            let id = rules.item_id(speaker.id, raw, &path, &seen)?;
            let name = match speaker.name {
                Some(Item {
                    value: Ok(name), ..
                }) if !name.trim().is_empty() => clean_text(&name),
                other => {
                    let at = other.map_or(raw, |item| item.raw);
                    rules.warn(path.key("name"), ProblemKind::MissingName, at);
                    return None;
                }
            };
            seen.insert(id.clone(), path);
            Some(Speaker {
                id,
                name,
                honorific: rules.optional_text(speaker.honorific, &path.key("honorific")),
                role: rules.optional_text(speaker.role, &path.key("role")),
                organization: rules.optional_text(speaker.organization, &path.key("organization")),
                region: rules.option(
                    speaker.region,
                    &path.key("region"),
                    Region::from_name,
                    ProblemKind::UnknownRegion,
                ),
                sector: rules.option(
                    speaker.sector,
                    &path.key("sector"),
                    Sector::from_name,
                    ProblemKind::UnknownSector,
                ),
                photo: rules.optional_url(speaker.photo, &path.key("photo"), true),
                url: rules.optional_url(speaker.url, &path.key("url"), false),
            })
        });
        let index = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        (speakers, index)
    }

    /// A region or sector by its name; an unknown one is treated as absent.
    fn option<T>(
        &mut self,
        field: Field<'t, String>,
        path: &JsonPath,
        from_name: fn(&str) -> Option<T>,
        unknown: fn(String) -> ProblemKind,
    ) -> Option<T> {
        let item = field?;
        let found = match &item.value {
            Ok(name) if name.trim().is_empty() => return None,
            Ok(name) => from_name(name.trim()),
            Err(_) => None,
        };
        if found.is_none() {
            self.warn(*path, unknown(shown(&item)), item.raw);
        }
        found
    }

    fn quotes(
        &mut self,
        items: Items<'t, QuoteFile<'t>>,
        speaker_ids: Option<&HashMap<String, usize>>,
    ) -> Vec<Quote> {
        let mut seen = HashMap::new();
        self.items(items, "quotes", |rules, quote, raw, path| {
            let id = rules.item_id(quote.id, raw, &path, &seen)?;
            let text = match quote.text {
                Some(Item {
                    value: Ok(text), ..
                }) if !text.trim().is_empty() => clean_text(&text),
                other => {
                    let at = other.map_or(raw, |item| item.raw);
                    rules.warn(path.key("text"), ProblemKind::EmptyQuote, at);
                    return None;
                }
            };
            seen.insert(id.clone(), path);
            let speaker = match (quote.speaker, speaker_ids) {
                (_, None) => None,
                (None, _) => {
                    rules.warn(path.key("speaker"), ProblemKind::MissingSpeaker, raw);
                    None
                }
                (Some(item), Some(ids)) => {
                    let found = item.value.as_ref().ok().and_then(|id| ids.get(id)).copied();
                    if found.is_none() {
                        rules.warn(
                            path.key("speaker"),
                            ProblemKind::UnknownSpeaker(shown(&item)),
                            item.raw,
                        );
                    }
                    found
                }
            };
            Some(Quote { id, speaker, text })
        })
    }

    fn organizations(
        &mut self,
        field: Field<'t, Items<'t, OrganizationFile<'t>>>,
    ) -> Vec<Organization> {
        let items = match field {
            None => return Vec::new(),
            Some(Item {
                value: Ok(items), ..
            }) => items,
            Some(Item { raw, .. }) => {
                self.warn(
                    JsonPath::root().key("organizations"),
                    ProblemKind::WrongType(Expected::List),
                    raw,
                );
                return Vec::new();
            }
        };
        self.items(items, "organizations", |rules, organization, raw, path| {
            let Some(name) = rules.optional_text(organization.name, &path.key("name")) else {
                rules.warn(path.key("name"), ProblemKind::MissingName, raw);
                return None;
            };
            Some(Organization {
                name,
                about: rules.optional_text(organization.about, &path.key("about")),
                url: rules.optional_url(organization.url, &path.key("url"), false),
            })
        })
    }
}

/// Trims a text field and normalizes Windows line ends, keeping paragraphs.
fn clean_text(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.contains('\r') {
        trimmed.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        trimmed.to_owned()
    }
}

/// A value as the editor wrote it, clipped, for messages: text without its
/// quotes, lists and objects abbreviated, anything else as written.
fn shown<T: AsRef<str>>(item: &Item<'_, T>) -> String {
    match &item.value {
        Ok(text) => clip(text.as_ref()),
        Err(_) => match serde_json::from_str::<String>(item.raw) {
            Ok(text) => clip(&text),
            Err(_) => clip(&as_written(item.raw)),
        },
    }
}

/// A value's JSON text for a message: `"1"`, `2`, `[…]`, `{…}`.
fn as_written(raw: &str) -> String {
    match raw.as_bytes().first() {
        Some(b'[') => "[…]".to_owned(),
        Some(b'{') => "{…}".to_owned(),
        _ => raw.to_owned(),
    }
}

/// Whether a value's JSON text is an object. serde also reads a struct from
/// a list (its fields in order), which the format does not allow.
fn is_object(raw: &str) -> bool {
    raw.starts_with('{')
}

/// `[a-z0-9-]+`.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A BCP 47 language tag in its common shape: `de`, `en-GB`, `sr-Latn-RS`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Returns the URL if it is http(s) (or, for images, relative); `None` for
/// any other scheme. Strips what browsers strip before they read a scheme
/// (surrounding controls and spaces, inner tabs and line breaks), so that
/// `java\tscript:` cannot slip through.
pub(crate) fn safe_url(raw: &str, allow_relative: bool) -> Option<String> {
    let url: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end =
        url.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    let scheme = scheme_end
        .filter(|&end| {
            url.as_bytes().get(end) == Some(&b':')
                && url.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        })
        .and_then(|end| url.get(..end))
        .map(str::to_ascii_lowercase);
    match scheme.as_deref() {
        Some("http") | Some("https") => Some(url),
        Some(_) => None,
        None if allow_relative && !url.is_empty() => Some(url),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert!(safe_url("https://example.org/a.jpg", false).is_some());
        assert!(safe_url("HTTP://example.org", false).is_some());
        assert!(safe_url("javascript:alert(1)", true).is_none());
        assert!(safe_url("  JaVaScRiPt:alert(1)", true).is_none());
        assert!(safe_url("java\tscript:alert(1)", true).is_none());
        assert!(safe_url("java\nscript:alert(1)", true).is_none());
        assert!(safe_url("\u{1}javascript:alert(1)", true).is_none());
        assert!(safe_url("data:image/png;base64,AAAA", true).is_none());
        assert!(safe_url("vbscript:x", true).is_none());
        assert!(safe_url("img/portrait.jpg", true).is_some());
        assert!(safe_url("img/portrait.jpg", false).is_none());
        assert!(safe_url("../a:b.jpg", true).is_some());
        assert!(safe_url("//cdn.example.org/a.jpg", true).is_some());
    }

    #[test]
    fn ids_and_language_tags() {
        assert!(is_valid_id("bernd-schloemer"));
        assert!(!is_valid_id("Bernd"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(""));
        assert!(is_language_tag("de"));
        assert!(is_language_tag("en-GB"));
        assert!(!is_language_tag("deutsch und englisch"));
        assert!(!is_language_tag("<b>"));
    }

    #[test]
    fn a_member_twice_is_named() {
        let twice = r#"{"version": 1, "version": 1}"#;
        let rejected = parse(twice).expect_err("fatal");
        assert_eq!(
            rejected.first().kind,
            ProblemKind::DuplicateKey("version".into())
        );
        let in_item = r#"{"version": 1, "event": {"title": "T", "date": "2024-04-17", "city": "C"},
            "speakers": [{"id": "a", "name": "A", "name": "B"}, {"id": "b", "name": "B"}], "quotes": []}"#;
        let parsed = parse(in_item).expect("an item problem");
        assert_eq!(parsed.recap.speakers.len(), 1);
        assert_eq!(
            parsed.warnings[0].kind,
            ProblemKind::DuplicateItemKey("name".into())
        );
        assert_eq!(parsed.warnings[0].path.to_string(), "speakers[0]");
        assert_eq!(
            (parsed.warnings[0].line, parsed.warnings[0].column),
            (Some(2), Some(26))
        );
    }
}
