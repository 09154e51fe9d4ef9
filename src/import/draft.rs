//! The draft recap an import returns: every member of the file, each value marked read or guessed, and its JSON.

use serde::Serialize;

use crate::recap::JsonPath;

/// A value and how it was found: read from the text as it stands, or guessed
/// (inferred, completed, or a placeholder) and so to be checked by an editor.
#[derive(Clone, Debug, PartialEq)]
pub struct Marked<T> {
    pub value: T,
    pub guessed: bool,
}

impl<T> Marked<T> {
    pub fn read(value: T) -> Self {
        Marked {
            value,
            guessed: false,
        }
    }

    pub fn guessed(value: T) -> Self {
        Marked {
            value,
            guessed: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub language: Marked<String>,
    pub event: EventDraft,
    pub speakers: Vec<SpeakerDraft>,
    pub quotes: Vec<QuoteDraft>,
    pub organizations: Vec<OrganizationDraft>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventDraft {
    pub title: Marked<String>,
    pub motto: Option<Marked<String>>,
    /// ISO 8601, `YYYY-MM-DD`.
    pub date: Marked<String>,
    pub city: Marked<String>,
    pub venue: Option<Marked<String>>,
    pub attendees: Option<Marked<u64>>,
    pub summary: Option<Marked<String>>,
    pub organizers: Option<Marked<Vec<String>>>,
    pub email: Option<Marked<String>>,
    pub phone: Option<Marked<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerDraft {
    pub id: String,
    pub name: Marked<String>,
    pub honorific: Option<String>,
    pub role: Option<Marked<String>>,
    pub organization: Option<Marked<String>>,
    pub region: Option<Marked<&'static str>>,
    pub sector: Option<Marked<&'static str>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuoteDraft {
    pub id: String,
    /// Index into `speakers`; guessed where no name stands with the quote
    /// ("…“, sagte sie.") and the speaker is taken from the text around it.
    pub speaker: Marked<usize>,
    pub text: Marked<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrganizationDraft {
    pub name: Marked<String>,
    pub about: Option<Marked<String>>,
    pub url: Option<Marked<String>>,
}

fn guessed<T>(value: &Option<Marked<T>>) -> bool {
    value.as_ref().is_some_and(|m| m.guessed)
}

impl Draft {
    /// The JSON paths of every guessed value, in file order: what the editor must check.
    pub fn review(&self) -> Vec<String> {
        let mut paths: Vec<JsonPath> = Vec::new();
        let root = JsonPath::root();
        if self.language.guessed {
            paths.push(root.key("language"));
        }
        let event = root.key("event");
        let e = &self.event;
        for (key, flag) in [
            ("title", e.title.guessed),
            ("motto", guessed(&e.motto)),
            ("date", e.date.guessed),
            ("city", e.city.guessed),
            ("venue", guessed(&e.venue)),
            ("attendees", guessed(&e.attendees)),
            ("summary", guessed(&e.summary)),
            ("organizers", guessed(&e.organizers)),
        ] {
            if flag {
                paths.push(event.key(key));
            }
        }
        for (key, flag) in [("email", guessed(&e.email)), ("phone", guessed(&e.phone))] {
            if flag {
                paths.push(event.key("contact").key(key));
            }
        }
        for (i, s) in self.speakers.iter().enumerate() {
            let at = root.key("speakers").index(i);
            for (key, flag) in [
                ("name", s.name.guessed),
                ("role", guessed(&s.role)),
                ("organization", guessed(&s.organization)),
                ("region", guessed(&s.region)),
                ("sector", guessed(&s.sector)),
            ] {
                if flag {
                    paths.push(at.key(key));
                }
            }
        }
        for (i, q) in self.quotes.iter().enumerate() {
            let at = root.key("quotes").index(i);
            if q.speaker.guessed {
                paths.push(at.key("speaker"));
            }
            if q.text.guessed {
                paths.push(at.key("text"));
            }
        }
        for (i, o) in self.organizations.iter().enumerate() {
            let at = root.key("organizations").index(i);
            for (key, flag) in [
                ("name", o.name.guessed),
                ("about", guessed(&o.about)),
                ("url", guessed(&o.url)),
            ] {
                if flag {
                    paths.push(at.key(key));
                }
            }
        }
        paths.iter().map(ToString::to_string).collect()
    }

    /// The recap file: version 1, two-space indent, a trailing newline, and
    /// the review list as the top-level member `review`.
    pub fn to_json(&self) -> String {
        let e = &self.event;
        let contact = (e.email.is_some() || e.phone.is_some()).then(|| ContactOut {
            email: value(&e.email),
            phone: value(&e.phone),
        });
        let file = FileOut {
            version: 1,
            language: &self.language.value,
            event: EventOut {
                title: &e.title.value,
                motto: value(&e.motto),
                date: &e.date.value,
                city: &e.city.value,
                venue: value(&e.venue),
                attendees: e.attendees.as_ref().map(|m| m.value),
                summary: value(&e.summary),
                organizers: e.organizers.as_ref().map(|m| m.value.as_slice()),
                contact,
            },
            speakers: self
                .speakers
                .iter()
                .map(|s| SpeakerOut {
                    id: &s.id,
                    name: &s.name.value,
                    honorific: s.honorific.as_deref(),
                    role: value(&s.role),
                    organization: value(&s.organization),
                    region: s.region.as_ref().map(|m| m.value),
                    sector: s.sector.as_ref().map(|m| m.value),
                })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .map(|q| QuoteOut {
                    id: &q.id,
                    speaker: self
                        .speakers
                        .get(q.speaker.value)
                        .map_or("", |s| s.id.as_str()),
                    text: &q.text.value,
                })
                .collect(),
            organizations: self
                .organizations
                .iter()
                .map(|o| OrganizationOut {
                    name: &o.name.value,
                    about: value(&o.about),
                    url: value(&o.url),
                })
                .collect(),
            review: self.review(),
        };
        // Plain data of strings and numbers: serializing it cannot fail.
        let mut json = serde_json::to_string_pretty(&file).unwrap_or_default();
        json.push('\n');
        json
    }
}

fn value(marked: &Option<Marked<String>>) -> Option<&str> {
    marked.as_ref().map(|m| m.value.as_str())
}

#[derive(Serialize)]
struct FileOut<'a> {
    version: u8,
    language: &'a str,
    event: EventOut<'a>,
    speakers: Vec<SpeakerOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    organizations: Vec<OrganizationOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    review: Vec<String>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    motto: Option<&'a str>,
    date: &'a str,
    city: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    venue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attendees: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organizers: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact: Option<ContactOut<'a>>,
}

#[derive(Serialize)]
struct ContactOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a str>,
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    honorific: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organization: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<&'a str>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: &'a str,
    speaker: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct OrganizationOut<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    about: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}
