//! Press-release import: reads a German or English press release as plain
//! text and returns a draft recap, each value marked as read or guessed.
//!
//! The draft is a recap file (format version 1) that the widget's own rules
//! accept, plus one member of its own at top level:
//!
//! ```json
//! "review": ["event.motto", "speakers[3].organization"]
//! ```
//!
//! the JSON paths (the rules' own path style, `recap::JsonPath`) of every
//! value that was not read directly: inferred (a region from a role, an
//! organization split off a role without a legal form), completed (a scheme
//! added to `www.…`, punctuation put back between the halves of a split
//! quote) or a placeholder where the text has nothing (title, city, date are
//! required). The format ignores unknown members, so the widget and
//! `recap-check` read the draft as it is, and the editors' page can show
//! "bitte prüfen" at each path until the editor confirms the value and the
//! path leaves the list. Paths rather than a flag beside each value keep the
//! file's members exactly the format's.
//!
//! Plain Rust over text, no web types: the widget's wasm entry never calls
//! it, so it adds nothing to the widget; the `recap-import` command uses it,
//! and the editors' page can (it builds for wasm too).
//!
//! The readers, one file each: `text` (paragraphs, sentences), `dates`
//! (dates and the dateline), `event` (headline and title, attendees, venue,
//! motto, hosts), `names`, `roles`
//! (role and organization), `people` (merged mentions, lists of people),
//! `quotes`, `contact`, `organizations` (the closing "Zum …" sections),
//! `ids`, and `draft` (the result and its JSON).

mod contact;
mod dates;
mod draft;
mod event;
mod ids;
mod names;
mod organizations;
mod people;
mod quotes;
mod roles;
mod text;

pub use draft::{Draft, EventDraft, Marked, OrganizationDraft, QuoteDraft, SpeakerDraft};

use dates::Day;
use text::{is_opener, Paragraph};

/// The least a paragraph needs to be the first paragraph of the story, not a subtitle.
const SUMMARY_WORDS: usize = 12;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// German or English, by their most common short words.
fn language(text: &str) -> Marked<String> {
    let (mut de, mut en) = (0usize, 0usize);
    for word in text.split_whitespace() {
        match word.to_lowercase().as_str() {
            "und" | "der" | "die" | "das" | "mit" | "für" | "ist" | "nicht" | "wir" | "den" => {
                de += 1
            }
            "the" | "and" | "of" | "with" | "for" | "is" | "was" | "we" | "not" | "to" => en += 1,
            _ => {}
        }
    }
    let tag = if en > de { "en" } else { "de" };
    // A clear majority is read; a close call is the editor's to confirm.
    let clear = de.max(en) >= 2 * de.min(en) + 3;
    Marked {
        value: tag.to_string(),
        guessed: !clear,
    }
}

/// Where the parts of a press release begin and end.
struct Layout {
    headline: Option<usize>,
    dateline: Option<(usize, dates::Dateline)>,
    /// Index of the first paragraph of the story (the summary).
    summary: Option<usize>,
    /// Index of the first paragraph after the headline and dateline.
    story: usize,
    /// The story's paragraphs end here: at the contact line or the closing sections.
    body_end: usize,
    sections: usize,
}

fn layout(paragraphs: &[Paragraph]) -> Layout {
    let dateline = paragraphs
        .iter()
        .take(6)
        .enumerate()
        .find_map(|(i, p)| dates::dateline(&p.text).map(|d| (i, d)));
    // The headline is the first paragraph with words of its own: a label
    // such as "+++ Presseinformation +++" before it is not one.
    let headline_limit = dateline.as_ref().map_or(3, |(i, _)| *i);
    let headline = paragraphs
        .iter()
        .take(headline_limit)
        .position(|p| event::title(&p.text).is_some());
    let header_end = match (&dateline, headline) {
        (Some((i, _)), _) => *i,
        (None, Some(h)) => h,
        (None, None) => 0,
    };
    let sections = paragraphs
        .iter()
        .position(|p| organizations::heading(&p.text).is_some())
        .unwrap_or(paragraphs.len());
    let contact = paragraphs.iter().position(|p| contact::is_contact(&p.text));
    let body_end = sections.min(contact.unwrap_or(paragraphs.len()));
    let inline = dateline
        .as_ref()
        .is_some_and(|(_, d)| word_count(&d.rest) >= SUMMARY_WORDS);
    let summary = if inline {
        dateline.as_ref().map(|(i, _)| *i)
    } else {
        (header_end + 1..body_end).find(|&i| {
            let text = &paragraphs[i].text;
            word_count(text) >= SUMMARY_WORDS && !text.starts_with(is_opener)
        })
    };
    let story = match (inline, &dateline) {
        (true, Some((i, _))) => *i,
        _ => header_end + usize::from(!paragraphs.is_empty()),
    };
    Layout {
        headline,
        dateline,
        summary,
        story,
        body_end,
        sections,
    }
}

/// A short paragraph between headline and story that can be the motto: no
/// dateline, no lead into a quotation, and either no quotation marks or
/// nothing but one quoted phrase (then without its marks).
fn subtitle(text: &str) -> Option<&str> {
    if word_count(text) > 20 || dates::dateline(text).is_some() || text.ends_with(':') {
        return None;
    }
    let found = quotes::spans(text);
    match found.as_slice() {
        [] => Some(text),
        [only] if only.open == 0 && only.end == text.len() => text.get(only.inner.0..only.inner.1),
        _ => None,
    }
}

/// Reads a press release and returns the draft recap. Never fails: what the
/// text does not give is left out, or, where the format requires it, put in
/// as a placeholder marked for review.
pub fn import(input: &str) -> Draft {
    let paragraphs = text::paragraphs(input);
    let layout = layout(&paragraphs);
    let language = language(input);
    let english = language.value == "en";

    // The story: from after the headline and dateline to the contact line or
    // the closing sections, the inline dateline's own text standing for its
    // paragraph.
    let body_start = layout.story.min(layout.body_end);
    let mut body: Vec<Paragraph> = paragraphs
        .get(body_start..layout.body_end.max(body_start))
        .unwrap_or_default()
        .to_vec();
    if let (Some(first), Some((i, d))) = (body.first_mut(), &layout.dateline) {
        if *i == body_start {
            first.text = d.rest.clone();
            first.raw = d.rest.clone();
        }
    }
    let summary_text = match (&layout.dateline, layout.summary) {
        (Some((i, d)), Some(s)) if *i == s => Some(d.rest.clone()),
        (_, Some(s)) => paragraphs.get(s).map(|p| p.text.clone()),
        _ => None,
    };

    let mut people = people::People::default();
    let mut reader = quotes::Reader::default();
    // Paragraphs without a quotation: where the event's facts are looked for,
    // so that a date or place inside a quotation is never taken for the event's.
    let mut plain: Vec<String> = Vec::new();
    for p in quotes::merge(body) {
        if people::is_list(&p) {
            people::read_list(&p, &mut people);
            plain.push(p.text.clone());
        } else if !reader.paragraph(&p.text, &mut people) {
            people::read_mentions(&p.text, &mut people);
            plain.push(p.text.clone());
        }
    }

    // The header: headline, dateline, and short paragraphs before the story (the motto).
    let header_end = layout
        .summary
        .unwrap_or(layout.body_end)
        .min(paragraphs.len());
    let header_start = layout.headline.map_or(0, |h| h + 1);
    let subtitle = paragraphs
        .get(header_start.min(header_end)..header_end)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| subtitle(&p.text))
        .next();
    let named_motto = paragraphs
        .iter()
        .take(layout.body_end)
        .find_map(|p| event::motto(&p.text));
    let headline_text = layout
        .headline
        .and_then(|h| paragraphs.get(h))
        .map(|p| p.text.as_str());
    let headline_title = headline_text.and_then(event::title);
    // "4. Magdeburger Cybersicherheitstag: Gemeinsam gegen Angriffe": what
    // follows the event's name in the headline reads like its motto.
    let headline_tail = match (&headline_title, headline_text) {
        (Some(t), Some(text)) if !t.guessed => text
            .find(&t.value)
            .and_then(|at| text.get(at + t.value.len()..))
            // Only after a mark that sets it apart: "…tag: Gemeinsam gegen
            // Angriffe", not "Open Source Day Halle 2025 draws record crowd".
            .filter(|rest| rest.trim_start().starts_with([':', '–', '—', '|']))
            .map(|rest| {
                rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '–' | '-' | '+'))
            })
            // "… – Recap": a label, not a motto.
            .filter(|rest| event::title(rest).is_some())
            .filter(|rest| !rest.is_empty() && word_count(rest) <= 15),
        _ => None,
    };
    let motto = match (named_motto, subtitle.or(headline_tail)) {
        (Some(m), _) => Some(Marked::read(m)),
        // A subtitle is usually the motto, but it may be a claim: the editor decides.
        (None, Some(s)) => Some(Marked::guessed(s.to_string())),
        (None, None) => None,
    };

    let title = match headline_title {
        Some(t) if !t.guessed => t,
        other => summary_text
            .as_deref()
            .and_then(event::event_name)
            .map(Marked::guessed)
            .or(other)
            .unwrap_or_else(|| {
                Marked::guessed(if english { "Event" } else { "Veranstaltung" }.to_string())
            }),
    };

    let date = event_date(&layout, summary_text.as_deref(), &plain);
    let city = match &layout.dateline {
        Some((_, d)) if !d.city.is_empty() => Marked::read(d.city.clone()),
        _ => Marked::guessed(if english { "Unknown" } else { "Unbekannt" }.to_string()),
    };
    let venue = plain.iter().find_map(|t| event::venue(t));
    let attendees = plain.iter().find_map(|t| event::attendees(t));

    let contact_paragraph = paragraphs.iter().find(|p| contact::is_contact(&p.text));
    let email = contact_paragraph
        .and_then(|p| contact::email(&p.text))
        .map(Marked::read);
    let phone = contact_paragraph
        .and_then(|p| contact::phone(&p.text))
        .map(Marked::read);

    let organizations = organizations::read(paragraphs.get(layout.sections..).unwrap_or_default());
    // Hosts named in a sentence, else the closing sections (usually the
    // hosts, though the text rarely says so); where a sentence ends the
    // list is a judgement, so both are for review.
    let named_hosts = summary_text
        .iter()
        .chain(plain.iter())
        .find_map(|t| event::organizers(t));
    let organizers = named_hosts
        .or_else(|| {
            (!organizations.is_empty())
                .then(|| organizations.iter().map(|o| o.name.value.clone()).collect())
        })
        .map(Marked::guessed);

    let mut speaker_ids = ids::Ids::default();
    let speakers: Vec<SpeakerDraft> = people
        .list
        .iter()
        .map(|p| SpeakerDraft {
            id: speaker_ids.unique(&p.name.value, "person"),
            name: p.name.clone(),
            honorific: p.honorific.clone(),
            role: p.role.clone(),
            organization: p.organization.clone(),
            region: p.region.clone(),
            sector: p.sector.clone(),
        })
        .collect();
    let mut quote_ids = ids::Ids::default();
    let quotes = reader
        .quotes
        .iter()
        .filter(|q| !q.text.trim().is_empty() && q.speaker < speakers.len())
        .map(|q| {
            let family = people
                .list
                .get(q.speaker)
                .map_or("", |p| p.name.value.rsplit(' ').next().unwrap_or_default());
            QuoteDraft {
                id: quote_ids.unique(family, "quote"),
                speaker: Marked {
                    value: q.speaker,
                    guessed: q.speaker_guessed,
                },
                text: Marked {
                    value: q.text.clone(),
                    guessed: q.guessed,
                },
            }
        })
        .collect();

    Draft {
        language,
        event: EventDraft {
            title,
            motto,
            date,
            city,
            venue,
            attendees,
            summary: summary_text.filter(|s| !s.is_empty()).map(Marked::read),
            organizers,
            email,
            phone,
        },
        speakers,
        quotes,
        organizations,
    }
}

/// The event's date: a date in the story, completed with the dateline's year
/// where it has none; the dateline's own date is the press release's and so
/// only a guess for the event's.
fn event_date(layout: &Layout, summary: Option<&str>, plain: &[String]) -> Marked<String> {
    let dateline = layout.dateline.as_ref().map(|(_, d)| d.date);
    let in_text: Option<Day> = summary
        .into_iter()
        .chain(plain.iter().map(String::as_str))
        .find_map(dates::first_date);
    let dateline_year = dateline.and_then(|d| d.year);
    let found = match (in_text, dateline) {
        (Some(d), _) if d.year.is_some() => d.year.and_then(|y| d.iso(y)).map(Marked::read),
        (Some(d), Some(line)) => {
            let same = line.month == d.month && line.day == d.day;
            dateline_year.and_then(|y| d.iso(y)).map(|iso| Marked {
                value: iso,
                guessed: !same,
            })
        }
        (None, Some(line)) => dateline_year.and_then(|y| line.iso(y)).map(Marked::guessed),
        (Some(_), None) | (None, None) => None,
    };
    // A placeholder where the text has no date with a year: the format requires one.
    found.unwrap_or_else(|| Marked::guessed("1970-01-01".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_before_the_headline_is_skipped() {
        let draft = import("+++ Presseinformation +++\n\n4. KI-Tag: Daten zuerst\n\nJENA, 12.03.2025\n\nAnna Berg: „Gut.“\n");
        assert_eq!(draft.event.title, Marked::read("4. KI-Tag".to_string()));
        assert_eq!(
            draft.event.motto,
            Some(Marked::guessed("Daten zuerst".to_string()))
        );
        assert_eq!(draft.event.city, Marked::read("Jena".to_string()));
        assert_eq!(draft.event.date, Marked::guessed("2025-03-12".to_string()));
        assert_eq!(draft.quotes.len(), 1);
    }

    #[test]
    fn an_inline_dateline_starts_the_story() {
        let draft = import("Recap: 2nd Data Summit\n\nLEIPZIG, 20 May 2025 – More than 200 participants came to the 2nd Data Summit at the Congress Center Leipzig on 20 May 2025 to talk.\n");
        assert_eq!(draft.language.value, "en");
        assert_eq!(draft.event.date, Marked::read("2025-05-20".to_string()));
        assert_eq!(draft.event.attendees, Some(Marked::guessed(200)));
        assert_eq!(draft.event.summary.map(|s| s.value).as_deref(), Some("More than 200 participants came to the 2nd Data Summit at the Congress Center Leipzig on 20 May 2025 to talk."));
    }

    #[test]
    fn required_values_get_placeholders_marked_for_review() {
        let draft = import("");
        assert!(draft.event.title.guessed && draft.event.city.guessed && draft.event.date.guessed);
        assert_eq!(
            draft.review(),
            ["language", "event.title", "event.date", "event.city"]
        );
        let json = draft.to_json();
        assert!(json.ends_with("}\n") && json.contains("\n  \"review\": ["));
    }
}
