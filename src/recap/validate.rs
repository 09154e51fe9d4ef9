//! The rules of recap file format version 1: the file as serde reads it
//! goes in, a [`Recap`] plus item warnings come out, or every fatal
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
            Some(item) => {
                let raw = item.raw;
                match object(
                    item,
                    ProblemKind::DuplicateKey,
                    ProblemKind::NotAnObjectField,
                ) {
                    Ok(event) => self.event(event, raw, &top.key("event")),
                    Err(kind) => {
                        self.fatal(top.key("event"), kind, raw);
                        None
                    }
                }
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
        let item = field?;
        let raw = item.raw;
        match object(
            item,
            ProblemKind::DuplicateItemKey,
            ProblemKind::WrongType(Expected::Object),
        ) {
            Ok(contact) => {
                let email = self.optional_text(contact.email, &path.key("email"));
                let phone = self.optional_text(contact.phone, &path.key("phone"));
                (email.is_some() || phone.is_some()).then_some(Contact { email, phone })
            }
            Err(kind) => {
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

    /// A text member an item cannot do without (a person's name, a quote's
    /// text, an organization's name). Absent, blank or not text is one
    /// warning, `kind`, at the member's path and place (at the item's place
    /// when the member is absent); `None` means the item is skipped.
    fn required_item_text(
        &mut self,
        field: Field<'t, String>,
        item: &'t str,
        path: JsonPath,
        kind: ProblemKind,
    ) -> Option<String> {
        match field {
            Some(Item {
                value: Ok(text), ..
            }) if !text.trim().is_empty() => Some(clean_text(&text)),
            other => {
                let at = other.map_or(item, |member| member.raw);
                self.warn(path, kind, at);
                None
            }
        }
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
            let raw = item.raw;
            match object(
                item,
                ProblemKind::DuplicateItemKey,
                ProblemKind::ItemNotAnObject,
            ) {
                Ok(value) => kept.extend(rule(self, value, raw, path)),
                Err(kind) => self.warn(path, kind, raw),
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
            let name = rules.required_item_text(
                speaker.name,
                raw,
                path.key("name"),
                ProblemKind::MissingName,
            )?;
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
            let text = rules.required_item_text(
                quote.text,
                raw,
                path.key("text"),
                ProblemKind::EmptyQuote,
            )?;
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
            let name = rules.required_item_text(
                organization.name,
                raw,
                path.key("name"),
                ProblemKind::MissingName,
            )?;
            Some(Organization {
                name,
                about: rules.optional_text(organization.about, &path.key("about")),
                url: rules.optional_url(organization.url, &path.key("url"), false),
            })
        })
    }
}

/// A value that must be an object, as the rules take it: its members, or the
/// problem — `twice` naming a member the object has twice (the only data
/// error of a lenient object), `other` for any other shape. A list is never
/// an object, though serde would read a struct's fields from one.
fn object<T>(
    item: Item<'_, T>,
    twice: fn(String) -> ProblemKind,
    other: ProblemKind,
) -> Result<T, ProblemKind> {
    match item.value {
        Ok(value) if is_object(item.raw) => Ok(value),
        Ok(_) => Err(other),
        Err(error) => Err(syntax::duplicate_key(&error).map_or(other, twice)),
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

    /// A file with two people, one quote and one organization; the item
    /// under test replaces its placeholder, the others are valid.
    const FILE: &str = r#"{"version": 1,
  "event": {"title": "T", "date": "2024-04-17", "city": "C"},
  "speakers": [{"id": "a", "name": "A"},
    SPEAKER],
  "quotes": [
    QUOTE],
  "organizations": [
    ORGANIZATION]}"#;

    /// Holds the one rule for a member an item cannot do without: absent,
    /// blank or not text, it is exactly one warning, `kind` at `path`, placed
    /// at the member (at the item when absent), and the item is skipped.
    fn needs_text(placeholder: &str, others: &str, member: &str, path: &str, kind: ProblemKind) {
        for value in [
            None,
            Some(r#""""#),
            Some(r#"" \n ""#),
            Some("7"),
            Some(r#"["A"]"#),
        ] {
            let item = match value {
                None => format!("{{{others}}}"),
                Some(value) => format!(r#"{{{others}, "{member}": {value}}}"#),
            };
            let text = FILE
                .replace("SPEAKER", r#"{"id": "b", "name": "B"}"#)
                .replace("QUOTE", r#"{"id": "q", "speaker": "a", "text": "Q"}"#)
                .replace("ORGANIZATION", r#"{"name": "O"}"#);
            let valid = match placeholder {
                "SPEAKER" => r#"{"id": "b", "name": "B"}"#,
                "QUOTE" => r#"{"id": "q", "speaker": "a", "text": "Q"}"#,
                _ => r#"{"name": "O"}"#,
            };
            let text = text.replacen(valid, &item, 1);
            let parsed = parse(&text).unwrap_or_else(|e| panic!("{text}: {e:?}"));
            let item_at = text.find(&item).expect("the item is in the file");
            let at = match value {
                None => item_at,
                Some(value) => item_at + item.rfind(value).expect("the value is in the item"),
            };
            let place = Lines::new(&text).place(at);
            let expected = Problem::at(JsonPath::root(), kind.clone()).located(Some(place));
            assert_eq!(
                parsed
                    .warnings
                    .iter()
                    .map(|w| (w.path.to_string(), &w.kind, w.line, w.column))
                    .collect::<Vec<_>>(),
                [(
                    path.to_owned(),
                    &expected.kind,
                    expected.line,
                    expected.column
                )],
                "{member} as {value:?}"
            );
            let recap = &parsed.recap;
            let kept = (
                recap.speakers.len(),
                recap.quotes.len(),
                recap.organizations.len(),
            );
            let expected = match placeholder {
                "SPEAKER" => (1, 1, 1),
                "QUOTE" => (2, 0, 1),
                _ => (2, 1, 0),
            };
            assert_eq!(kept, expected, "the item is skipped: {member} as {value:?}");
        }
    }

    #[test]
    fn a_person_needs_a_name() {
        needs_text(
            "SPEAKER",
            r#""id": "b""#,
            "name",
            "speakers[1].name",
            ProblemKind::MissingName,
        );
    }

    #[test]
    fn a_quote_needs_a_text() {
        needs_text(
            "QUOTE",
            r#""id": "q", "speaker": "a""#,
            "text",
            "quotes[0].text",
            ProblemKind::EmptyQuote,
        );
    }

    #[test]
    fn an_organization_needs_a_name() {
        needs_text(
            "ORGANIZATION",
            r#""about": "x""#,
            "name",
            "organizations[0].name",
            ProblemKind::MissingName,
        );
    }

    /// Holds the one classification of a value that must be an object:
    /// another shape and a member twice, for the event, the contact and items.
    #[test]
    fn a_value_that_must_be_an_object() {
        let file = |event: &str, item: &str| {
            format!(r#"{{"version": 1, "event": {event}, "speakers": [{item}], "quotes": []}}"#)
        };
        let event = r#"{"title": "T", "date": "2024-04-17", "city": "C""#;
        let fatal = |text: String| parse(&text).expect_err("fatal").first().kind.clone();
        assert_eq!(fatal(file("[1]", "")), ProblemKind::NotAnObjectField);
        assert_eq!(fatal(file("\"T\"", "")), ProblemKind::NotAnObjectField);
        assert_eq!(
            fatal(file(&format!(r#"{event}, "city": "D"}}"#), "")),
            ProblemKind::DuplicateKey("city".into())
        );
        let warning = |contact: &str, item: &str| {
            let text = file(&format!(r#"{event}, "contact": {contact}}}"#), item);
            let parsed = parse(&text).expect("item problems only");
            parsed
                .warnings
                .iter()
                .map(|w| (w.path.to_string(), w.kind.clone()))
                .collect::<Vec<_>>()
        };
        let wrong_contact = [(
            "event.contact".to_owned(),
            ProblemKind::WrongType(Expected::Object),
        )];
        assert_eq!(warning("[]", ""), wrong_contact);
        assert_eq!(warning(r#""a@b.c""#, ""), wrong_contact);
        assert_eq!(
            warning(r#"{"email": "a", "email": "b"}"#, ""),
            [(
                "event.contact".to_owned(),
                ProblemKind::DuplicateItemKey("email".into())
            )]
        );
        let not_an_object = [("speakers[0]".to_owned(), ProblemKind::ItemNotAnObject)];
        assert_eq!(warning("{}", r#"["a", "A"]"#), not_an_object);
        assert_eq!(warning("{}", "null"), not_an_object);
        assert_eq!(
            warning("{}", r#"{"id": "a", "id": "b", "name": "A"}"#),
            [(
                "speakers[0]".to_owned(),
                ProblemKind::DuplicateItemKey("id".into())
            )]
        );
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
