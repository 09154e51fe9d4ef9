//! The rules of format version 1: JSON text in, a typed [`Recap`] plus item
//! warnings out, or every fatal problem that stops the file.
//!
//! Fatal problems are the ones SPEC section 2 lists; everything else is an
//! item problem that skips or trims one entry and is reported as a warning.

use std::collections::HashMap;

use super::json::{self, Node, Pos, Value};

use super::model::{Contact, Date, Event, Organization, Quote, Recap, Region, Sector, Speaker};
use super::path::JsonPath;
use super::problem::{clip, Expected, Problem, ProblemKind, SyntaxKind};

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
    let root = json::parse(text).map_err(|e| {
        Rejected::one(
            Problem::at(JsonPath::root(), ProblemKind::Syntax(e.kind)).located(Some(e.pos)),
        )
    })?;
    if !matches!(root.value, Value::Object(_)) {
        let problem =
            Problem::at(JsonPath::root(), ProblemKind::NotAnObject).located(Some(root.pos));
        return Err(Rejected::one(problem));
    }
    let mut rules = Rules::default();
    let recap = rules.recap(&root);
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

/// Parses bytes, reporting a file that is not UTF-8 as a syntax problem with its line.
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Rejected> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let before = &bytes[..e.valid_up_to()];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            let pos = Pos {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX),
            };
            let problem = Problem::at(JsonPath::root(), ProblemKind::Syntax(SyntaxKind::NotUtf8))
                .located(Some(pos));
            Err(Rejected::one(problem))
        }
    }
}

/// A member that is present and not `null`.
fn field<'n>(object: &'n Node, key: &str) -> Option<&'n Node> {
    object.get(key).filter(|node| node.value != Value::Null)
}

#[derive(Default)]
struct Rules {
    fatal: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Rules {
    fn fatal(&mut self, path: JsonPath, kind: ProblemKind, at: Pos) {
        self.fatal.push(Problem::at(path, kind).located(Some(at)));
    }

    fn warn(&mut self, path: JsonPath, kind: ProblemKind, at: Pos) {
        self.warnings
            .push(Problem::at(path, kind).located(Some(at)));
    }

    fn recap(&mut self, root: &Node) -> Option<Recap> {
        let top = JsonPath::root();
        match field(root, "version") {
            None => self.fatal(top.key("version"), ProblemKind::VersionMissing, root.pos),
            Some(v) if v.value.as_u64() == Some(1) => {}
            Some(v) => self.fatal(
                top.key("version"),
                ProblemKind::VersionUnsupported(clip(&v.value.describe())),
                v.pos,
            ),
        }
        let language = self.language(root);
        let event = match field(root, "event") {
            None => {
                self.fatal(top.key("event"), ProblemKind::Missing, root.pos);
                None
            }
            Some(event) if matches!(event.value, Value::Object(_)) => {
                self.event(event, &top.key("event"))
            }
            Some(event) => {
                self.fatal(top.key("event"), ProblemKind::NotAnObjectField, event.pos);
                None
            }
        };
        let speakers = self.required_array(root, "speakers");
        let quotes = self.required_array(root, "quotes");
        let (speakers_list, speaker_ids) = speakers.map(|s| self.speakers(s)).unwrap_or_default();
        // Without a valid speaker list every attribution would look wrong; skip that check.
        let speaker_ids = speakers.is_some().then_some(&speaker_ids);
        let quotes = quotes
            .map(|q| self.quotes(q, speaker_ids))
            .unwrap_or_default();
        let organizations = self.organizations(root);
        Some(Recap {
            language,
            event: event?,
            speakers: speakers_list,
            quotes,
            organizations,
        })
    }

    fn required_array<'n>(&mut self, root: &'n Node, key: &'static str) -> Option<&'n [Node]> {
        let path = JsonPath::root().key(key);
        match field(root, key) {
            Some(Node {
                value: Value::Array(items),
                ..
            }) => Some(items),
            None => {
                self.fatal(path, ProblemKind::Missing, root.pos);
                None
            }
            Some(other) => {
                self.fatal(path, ProblemKind::NotAnArray, other.pos);
                None
            }
        }
    }

    fn language(&mut self, root: &Node) -> String {
        match field(root, "language") {
            None => "de".to_owned(),
            Some(Node {
                value: Value::String(tag),
                ..
            }) if is_language_tag(tag) => tag.clone(),
            Some(other) => {
                let kind = ProblemKind::InvalidLanguage(show(&other.value));
                self.warn(JsonPath::root().key("language"), kind, other.pos);
                "de".to_owned()
            }
        }
    }

    fn event(&mut self, event: &Node, path: &JsonPath) -> Option<Event> {
        let title = self.required_text(event, "title", path);
        let city = self.required_text(event, "city", path);
        let date = match field(event, "date") {
            None => {
                self.fatal(path.key("date"), ProblemKind::Missing, event.pos);
                None
            }
            Some(Node {
                value: Value::String(text),
                pos,
            }) => {
                let date = Date::parse_iso(text.trim());
                if date.is_none() {
                    self.fatal(path.key("date"), ProblemKind::InvalidDate(clip(text)), *pos);
                }
                date
            }
            Some(other) => {
                self.fatal(
                    path.key("date"),
                    ProblemKind::InvalidDate(show(&other.value)),
                    other.pos,
                );
                None
            }
        };
        let motto = self.optional_text(event, "motto", path);
        let venue = self.optional_text(event, "venue", path);
        let summary = self.optional_text(event, "summary", path);
        let attendees = field(event, "attendees").and_then(|node| {
            let count = node.value.as_u64();
            if count.is_none() {
                self.warn(
                    path.key("attendees"),
                    ProblemKind::WrongType(Expected::WholeNumber),
                    node.pos,
                );
            }
            count
        });
        let organizers = self.text_list(event, "organizers", path);
        let contact = match field(event, "contact") {
            None => None,
            Some(contact) if matches!(contact.value, Value::Object(_)) => {
                let contact_path = path.key("contact");
                let email = self.optional_text(contact, "email", &contact_path);
                let phone = self.optional_text(contact, "phone", &contact_path);
                (email.is_some() || phone.is_some()).then_some(Contact { email, phone })
            }
            Some(other) => {
                self.warn(
                    path.key("contact"),
                    ProblemKind::WrongType(Expected::Object),
                    other.pos,
                );
                None
            }
        };
        let source_url = self.optional_url(event, "source_url", path, false);
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

    fn required_text(
        &mut self,
        object: &Node,
        key: &'static str,
        path: &JsonPath,
    ) -> Option<String> {
        let path = path.key(key);
        match field(object, key) {
            None => self.fatal(path, ProblemKind::Missing, object.pos),
            Some(Node {
                value: Value::String(text),
                pos,
            }) if text.trim().is_empty() => self.fatal(path, ProblemKind::EmptyText, *pos),
            Some(Node {
                value: Value::String(text),
                ..
            }) => return Some(clean_text(text)),
            Some(other) => self.fatal(path, ProblemKind::NotText, other.pos),
        }
        None
    }

    /// An optional text field: absent, null or blank is `None`; another type is a warning.
    fn optional_text(
        &mut self,
        object: &Node,
        key: &'static str,
        path: &JsonPath,
    ) -> Option<String> {
        match field(object, key) {
            None => None,
            Some(Node {
                value: Value::String(text),
                ..
            }) if text.trim().is_empty() => None,
            Some(Node {
                value: Value::String(text),
                ..
            }) => Some(clean_text(text)),
            Some(other) => {
                self.warn(
                    path.key(key),
                    ProblemKind::WrongType(Expected::Text),
                    other.pos,
                );
                None
            }
        }
    }

    fn optional_url(
        &mut self,
        object: &Node,
        key: &'static str,
        path: &JsonPath,
        allow_relative: bool,
    ) -> Option<String> {
        let text = self.optional_text(object, key, path)?;
        let url = safe_url(&text, allow_relative);
        if url.is_none() {
            let at = field(object, key).map_or(object.pos, |n| n.pos);
            self.warn(path.key(key), ProblemKind::UnsafeUrl(clip(&text)), at);
        }
        url
    }

    fn text_list(&mut self, object: &Node, key: &'static str, path: &JsonPath) -> Vec<String> {
        let path = path.key(key);
        match field(object, key) {
            None => Vec::new(),
            Some(Node {
                value: Value::Array(items),
                ..
            }) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match &item.value {
                    Value::String(text) if text.trim().is_empty() => None,
                    Value::String(text) => Some(clean_text(text)),
                    _ => {
                        self.warn(
                            path.index(i),
                            ProblemKind::WrongType(Expected::Text),
                            item.pos,
                        );
                        None
                    }
                })
                .collect(),
            Some(other) => {
                self.warn(
                    path,
                    ProblemKind::WrongType(Expected::ListOfText),
                    other.pos,
                );
                Vec::new()
            }
        }
    }

    /// Checks an item's id; `None` (with a warning) means the item is skipped.
    fn item_id(
        &mut self,
        item: &Node,
        path: &JsonPath,
        seen: &mut HashMap<String, JsonPath>,
    ) -> Option<String> {
        let id = match field(item, "id") {
            None => {
                self.warn(path.key("id"), ProblemKind::MissingId, item.pos);
                return None;
            }
            Some(Node {
                value: Value::String(id),
                ..
            }) if is_valid_id(id) => id.clone(),
            Some(Node {
                value: Value::String(id),
                pos,
            }) if id.trim().is_empty() => {
                self.warn(path.key("id"), ProblemKind::MissingId, *pos);
                return None;
            }
            Some(other) => {
                self.warn(
                    path.key("id"),
                    ProblemKind::InvalidId(show(&other.value)),
                    other.pos,
                );
                return None;
            }
        };
        if let Some(first) = seen.get(&id) {
            let kind = ProblemKind::DuplicateId {
                id: clip(&id),
                first: *first,
            };
            let at = field(item, "id").map_or(item.pos, |n| n.pos);
            self.warn(path.key("id"), kind, at);
            return None;
        }
        seen.insert(id.clone(), *path);
        Some(id)
    }

    fn speakers(&mut self, items: &[Node]) -> (Vec<Speaker>, HashMap<String, usize>) {
        let list_path = JsonPath::root().key("speakers");
        let mut seen = HashMap::new();
        let mut speakers = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = list_path.index(i);
            if !matches!(item.value, Value::Object(_)) {
                self.warn(path, ProblemKind::ItemNotAnObject, item.pos);
                continue;
            }
            let Some(id) = self.item_id(item, &path, &mut seen) else {
                continue;
            };
            let name = match field(item, "name") {
                Some(Node {
                    value: Value::String(name),
                    ..
                }) if !name.trim().is_empty() => clean_text(name),
                other => {
                    let at = other.map_or(item.pos, |n| n.pos);
                    self.warn(path.key("name"), ProblemKind::MissingName, at);
                    // A skipped person's id must not make quotes point at nobody.
                    seen.remove(&id);
                    continue;
                }
            };
            let region = self.enum_field(
                item,
                "region",
                &path,
                Region::from_name,
                ProblemKind::UnknownRegion,
            );
            let sector = self.enum_field(
                item,
                "sector",
                &path,
                Sector::from_name,
                ProblemKind::UnknownSector,
            );
            speakers.push(Speaker {
                id,
                name,
                honorific: self.optional_text(item, "honorific", &path),
                role: self.optional_text(item, "role", &path),
                organization: self.optional_text(item, "organization", &path),
                region,
                sector,
                photo: self.optional_url(item, "photo", &path, true),
                url: self.optional_url(item, "url", &path, false),
            });
        }
        let index = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        (speakers, index)
    }

    fn enum_field<T>(
        &mut self,
        item: &Node,
        key: &'static str,
        path: &JsonPath,
        from_name: fn(&str) -> Option<T>,
        unknown: fn(String) -> ProblemKind,
    ) -> Option<T> {
        match field(item, key) {
            None => None,
            Some(Node {
                value: Value::String(name),
                ..
            }) if name.trim().is_empty() => None,
            Some(Node {
                value: Value::String(name),
                pos,
            }) => {
                let found = from_name(name.trim());
                if found.is_none() {
                    self.warn(path.key(key), unknown(clip(name)), *pos);
                }
                found
            }
            Some(other) => {
                self.warn(path.key(key), unknown(show(&other.value)), other.pos);
                None
            }
        }
    }

    fn quotes(
        &mut self,
        items: &[Node],
        speaker_ids: Option<&HashMap<String, usize>>,
    ) -> Vec<Quote> {
        let list_path = JsonPath::root().key("quotes");
        let mut seen = HashMap::new();
        let mut quotes = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = list_path.index(i);
            if !matches!(item.value, Value::Object(_)) {
                self.warn(path, ProblemKind::ItemNotAnObject, item.pos);
                continue;
            }
            let Some(id) = self.item_id(item, &path, &mut seen) else {
                continue;
            };
            let text = match field(item, "text") {
                Some(Node {
                    value: Value::String(text),
                    ..
                }) if !text.trim().is_empty() => clean_text(text),
                other => {
                    let at = other.map_or(item.pos, |n| n.pos);
                    self.warn(path.key("text"), ProblemKind::EmptyQuote, at);
                    seen.remove(&id);
                    continue;
                }
            };
            let speaker = match (field(item, "speaker"), speaker_ids) {
                (_, None) => None,
                (None, _) => {
                    self.warn(path.key("speaker"), ProblemKind::MissingSpeaker, item.pos);
                    None
                }
                (
                    Some(Node {
                        value: Value::String(speaker),
                        ..
                    }),
                    Some(ids),
                ) if ids.contains_key(speaker) => ids.get(speaker).copied(),
                (Some(other), _) => {
                    self.warn(
                        path.key("speaker"),
                        ProblemKind::UnknownSpeaker(show(&other.value)),
                        other.pos,
                    );
                    None
                }
            };
            quotes.push(Quote { id, speaker, text });
        }
        quotes
    }

    fn organizations(&mut self, root: &Node) -> Vec<Organization> {
        let list_path = JsonPath::root().key("organizations");
        let items = match field(root, "organizations") {
            None => return Vec::new(),
            Some(Node {
                value: Value::Array(items),
                ..
            }) => items,
            Some(other) => {
                self.warn(list_path, ProblemKind::WrongType(Expected::List), other.pos);
                return Vec::new();
            }
        };
        let mut organizations = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = list_path.index(i);
            if !matches!(item.value, Value::Object(_)) {
                self.warn(path, ProblemKind::ItemNotAnObject, item.pos);
                continue;
            }
            let Some(name) = self.optional_text(item, "name", &path) else {
                self.warn(path.key("name"), ProblemKind::MissingName, item.pos);
                continue;
            };
            organizations.push(Organization {
                name,
                about: self.optional_text(item, "about", &path),
                url: self.optional_url(item, "url", &path, false),
            });
        }
        organizations
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

/// A value as the editor wrote it (strings without their quotes), clipped, for messages.
fn show(value: &Value) -> String {
    match value {
        Value::String(text) => clip(text),
        other => clip(&other.describe()),
    }
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
}
