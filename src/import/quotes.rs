//! Quotations and who said them: „…“, »…« and "…" spans, attributions before
//! or after, quotes split around "sagte X", and quotes over several paragraphs.

use super::names::{is_role_word, is_speech_adverb, is_speech_verb, name_at, Name};
use super::people::People;
use super::text::{
    ends_sentence, head, is_abbreviation, last_sentence, sentence_end, squash, words, Paragraph,
};

/// One quoted span; `inner` is the text between the marks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub open: usize,
    pub inner: (usize, usize),
    pub end: usize,
    pub closed: bool,
}

fn closers(opener: char) -> &'static [char] {
    match opener {
        '„' => &['“', '”'],
        '»' => &['«'],
        '"' => &['"'],
        '“' => &['”'],
        _ => &[],
    }
}

/// The quoted spans of a text, in order; the last may run to the end unclosed.
pub fn spans(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let last_english_close = text.rfind('”');
    let mut found = Vec::new();
    let mut k = 0;
    while let Some(&(i, c)) = chars.get(k) {
        k += 1;
        let closing = closers(c);
        // A lone “ closes a German quote opened in an earlier paragraph.
        if closing.is_empty() || (c == '“' && last_english_close.is_none_or(|at| at < i)) {
            continue;
        }
        let inner_start = i + c.len_utf8();
        match chars[k..].iter().position(|(_, d)| closing.contains(d)) {
            Some(offset) => {
                let (j, d) = chars[k + offset];
                found.push(Span {
                    open: i,
                    inner: (inner_start, j),
                    end: j + d.len_utf8(),
                    closed: true,
                });
                k += offset + 1;
            }
            None => {
                found.push(Span {
                    open: i,
                    inner: (inner_start, text.len()),
                    end: text.len(),
                    closed: false,
                });
                break;
            }
        }
    }
    found
}

fn join(into: &mut Paragraph, next: &Paragraph, strip_opener: bool) {
    let separator = if ends_sentence(&into.text) {
        "\n\n"
    } else {
        " "
    };
    let strip = |s: &str| -> String {
        let s = s.trim_start();
        match s.chars().next() {
            Some(c) if strip_opener && matches!(c, '„' | '»' | '"' | '“') => {
                s[c.len_utf8()..].to_string()
            }
            _ => s.to_string(),
        }
    };
    into.text.push_str(separator);
    into.text.push_str(&strip(&next.text));
    into.raw.push_str(separator);
    into.raw.push_str(&strip(&next.raw));
}

/// How many paragraphs one quotation may span: beyond that, an unclosed
/// mark is a stray one, and the limit keeps joining linear in the text.
const MAX_JOINED: usize = 8;

/// A paragraph that ends mid-sentence ("… und der") went on in the next one.
fn is_broken(text: &str) -> bool {
    let last = text.split_whitespace().next_back().unwrap_or_default();
    text.split_whitespace().nth(7).is_some()
        && (last.ends_with(',')
            || (last.chars().all(char::is_alphabetic)
                && last.chars().next().is_some_and(char::is_lowercase)))
}

/// Whether a paragraph goes on with an open quote: it closes it, reopens it
/// (the German way: each paragraph opens, only the last closes) or has no mark.
fn continues_open(text: &str) -> bool {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['„', '»', '"', '“']) {
        return true;
    }
    match trimmed
        .chars()
        .find(|c| matches!(c, '„' | '»' | '"' | '“' | '”' | '«'))
    {
        None => true,
        Some(c) => matches!(c, '“' | '”' | '«' | '"'),
    }
}

/// Joins the paragraphs that one quotation spans, so that each quotation lies
/// in one text: broken paragraphs, unclosed quotes, and the paragraph that
/// only ends with a closing mark after a closed quote (as in the seed).
pub fn merge(paragraphs: Vec<Paragraph>) -> Vec<Paragraph> {
    let mut whole: Vec<(Paragraph, usize)> = Vec::new();
    for p in paragraphs {
        match whole.last_mut() {
            Some((last, joined))
                if *joined < MAX_JOINED
                    && is_broken(&last.text)
                    && p.text.chars().next().is_some_and(char::is_alphabetic) =>
            {
                join(last, &p, false);
                *joined += 1;
            }
            _ => whole.push((p, 0)),
        }
    }
    let mut out: Vec<(Paragraph, usize)> = Vec::new();
    for (p, _) in whole {
        if let Some((last, joined)) = out.last_mut().filter(|(_, j)| *j < MAX_JOINED) {
            let found = spans(&last.text);
            let open = found.last().is_some_and(|s| !s.closed);
            if open && continues_open(&p.text) {
                join(last, &p, true);
                *joined += 1;
                continue;
            }
            let ends_with_quote = found
                .last()
                .is_some_and(|s| s.closed && s.end == last.text.trim_end().len());
            // Its one quotation mark is the closing one at its end.
            let marks = p.text.matches(['„', '“', '”', '»', '«', '"']).count();
            let only_closes = marks == 1 && p.text.trim_end().ends_with(['“', '”', '«', '"']);
            if ends_with_quote && only_closes {
                let kept = last.text.trim_end();
                let cut = kept.char_indices().next_back().map_or(0, |(i, _)| i);
                last.text.truncate(cut);
                let raw_kept = last.raw.trim_end();
                let raw_cut = raw_kept.char_indices().next_back().map_or(0, |(i, _)| i);
                last.raw.truncate(raw_cut);
                join(last, &p, false);
                *joined += 1;
                continue;
            }
        }
        out.push((p, 0));
    }
    out.into_iter().map(|(p, _)| p).collect()
}

/// A found quotation: the speaker's index in `People`, the text, and whether
/// the text was put together by guessing (punctuation added, paragraphs joined).
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub speaker: usize,
    pub text: String,
    pub guessed: bool,
    /// No name stands with the quote; the speaker comes from the text around it.
    pub speaker_guessed: bool,
}

fn quote_text(inner: &str) -> String {
    let paragraphs: Vec<String> = inner
        .split("\n\n")
        .map(squash)
        .filter(|p| !p.is_empty())
        .collect();
    paragraphs
        .join("\n\n")
        .trim_end_matches(',')
        .trim()
        .to_string()
}

fn is_finished(inner: &str) -> bool {
    inner.trim_end().ends_with(['.', '!', '?', '…'])
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A name at the start of `lead` and the role after it ("Name, Rolle",
/// "Name – Rolle dazu"); nothing else may stand between.
fn name_with_role(lead: &str) -> Option<(Name, Option<String>)> {
    let (name, end) = name_at(lead)?;
    let rest = lead[end..].trim();
    if rest.is_empty() {
        return Some((name, None));
    }
    if !rest.starts_with([',', '–', '—', '-', '(']) {
        return None;
    }
    // "Name, Präsident des Bitkom Sachsen e.V., sieht die Unternehmen in der
    // Pflicht:": the apposition ends where the sentence goes on with a verb.
    let mut role_end = rest.len();
    for (at, _) in rest.match_indices(", ").filter(|(at, _)| *at > 0) {
        let next = rest[at + 2..].split_whitespace().next().unwrap_or_default();
        let lower = next.starts_with(char::is_lowercase);
        if lower && !matches!(next, "und" | "sowie" | "and" | "&") {
            role_end = at;
            break;
        }
    }
    Some((name, Some(rest[..role_end].to_string())))
}

/// The name after a speech verb at token `k`, past adverbs and a role that
/// stands before the name ("warnte Innenministerin Dr. Tamara Zieschang"):
/// the name, the byte offset where it ends in `text`, and that role.
fn named_after_verb(
    text: &str,
    tokens: &[(usize, &str)],
    mut k: usize,
) -> Option<(Name, usize, Option<String>)> {
    while tokens.get(k).is_some_and(|(_, w)| is_speech_adverb(w)) {
        k += 1;
    }
    let first_role = k;
    // "Thüringens Digitalminister Wolfgang Tiefensee": a capitalized word
    // before a position word belongs to the role, not the name.
    let role_word_at = (k..k + 2).find(|&j| {
        tokens
            .get(j)
            .is_some_and(|(_, w)| w.starts_with(char::is_uppercase) && is_role_word(w))
    });
    if let Some(j) = role_word_at {
        // One word without a comma after it: "Jens Ødegaard, Leiter" is a name first.
        let genitive = tokens[k..j]
            .iter()
            .all(|(_, w)| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
        if genitive {
            k = j;
        }
    }
    while tokens
        .get(k)
        .is_some_and(|(_, w)| w.starts_with(char::is_uppercase) && is_role_word(w))
    {
        k += 1;
    }
    let role = (k > first_role).then(|| {
        tokens[first_role..k]
            .iter()
            .map(|(_, w)| *w)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let &(start, _) = tokens.get(k)?;
    let (name, end) = name_at(&text[start..])?;
    Some((name, start + end, role))
}

/// The speaker of a lead that ends with a colon: "Name, Rolle:",
/// "Zum Abschluss sagte Dr. Name:", "Name betonte:".
fn speaker_before(lead: &str) -> Option<(Name, Option<String>)> {
    let lead = lead.trim().trim_end_matches(':').trim();
    let tokens = words(lead);
    let verb = tokens
        .iter()
        .position(|(_, w)| is_speech_verb(w) && !w.eq_ignore_ascii_case("so"));
    let Some(v) = verb else {
        // "Für die Wirtschaft sprach Dr. Anne-Kathrin Lorenz, Geschäftsführerin …:"
        // (a verb not in the list): the first full or titled name with an
        // apposition or the colon after it.
        return name_with_role(lead).or_else(|| {
            tokens.iter().skip(1).take(12).find_map(|&(start, _)| {
                name_with_role(&lead[start..])
                    .filter(|(name, _)| name.words >= 2 || name.honorific.is_some())
            })
        });
    };
    if let Some((name, end, role_before)) = named_after_verb(lead, &tokens, v + 1) {
        let rest = lead[end..].trim();
        let role_after = rest
            .strip_prefix(',')
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        if rest.is_empty() || role_after.is_some() {
            return Some((name, role_after.or(role_before)));
        }
    }
    let verb_start = tokens.get(v).map_or(lead.len(), |(s, _)| *s);
    tokens[..v].iter().find_map(|&(start, _)| {
        let (name, end) = name_at(&lead[start..verb_start])?;
        let between = lead[start + end..verb_start].trim();
        (between.is_empty() || between.starts_with(',')).then(|| {
            let role = between.trim_matches(|c: char| c == ',' || c.is_whitespace());
            (name, (!role.is_empty()).then(|| role.to_string()))
        })
    })
}

/// An attribution after a quote: ", sagte Name, Rolle.", ", so Name.",
/// " said Name, Role." or ", Name betonte." Returns the speaker, the role
/// and how many bytes of `after` it takes.
fn speaker_after(after: &str) -> Option<(Name, Option<String>, usize)> {
    let skipped = after.len()
        - after
            .trim_start()
            .trim_start_matches(',')
            .trim_start()
            .len();
    let rest = &after[skipped..];
    let tokens = words(rest);
    let (&(_, first), _) = tokens.split_first()?;
    let mut role_before = None;
    let (name, name_end) = if is_speech_verb(first) {
        let (name, end, role) = named_after_verb(rest, &tokens, 1)?;
        role_before = role;
        (name, end)
    } else {
        let (name, end) = name_at(rest)?;
        let next = rest[end..].split_whitespace().next()?;
        if !is_speech_verb(next) {
            return None;
        }
        let verb_end = rest[end..]
            .find(next)
            .map_or(end, |at| end + at + next.len());
        (name, verb_end)
    };
    let tail = &rest[name_end..];
    let sentence = sentence_end(rest, name_end).unwrap_or(rest.len());
    let next_quote = tail
        .find(['„', '»', '"', '“'])
        .map_or(rest.len(), |at| name_end + at);
    let stop = sentence.min(next_quote);
    let mut role = rest[name_end..stop].trim();
    let mut role_text = None;
    if let Some(r) = role.strip_prefix(',') {
        role = r.trim().trim_end_matches(',').trim();
        // The full stop ends the sentence unless it belongs to "e.V." or "Ltd.".
        let last = role.rsplit(' ').next().unwrap_or_default();
        if role.ends_with('.') && !is_abbreviation(last) {
            role = &role[..role.len() - 1];
        }
        role_text = (!role.is_empty()).then(|| role.to_string());
    } else if let Some(r) = role.strip_prefix('(') {
        // "reported Thomas Engel (Klinikum Magdeburg gGmbH)."
        role_text = r
            .split_once(')')
            .map(|(inside, _)| inside.trim().to_string())
            .filter(|inside| !inside.is_empty());
    }
    Some((name, role_text.or(role_before), skipped + stop))
}

/// An attribution to a pronoun after a quote (", sagte sie.", " she said."):
/// how many bytes of `after` it takes.
fn pronoun_after(after: &str) -> Option<usize> {
    let skipped = after.len()
        - after
            .trim_start()
            .trim_start_matches(',')
            .trim_start()
            .len();
    let rest = &after[skipped..];
    let tokens = words(rest);
    let is_pronoun = |w: &str| {
        matches!(
            w.trim_end_matches(|c: char| !c.is_alphabetic()),
            "sie" | "er" | "she" | "he" | "they"
        )
    };
    let (&(_, first), _) = tokens.split_first()?;
    let mut k = if is_speech_verb(first) {
        1
    } else if is_pronoun(first) && tokens.get(1).is_some_and(|(_, w)| is_speech_verb(w)) {
        2
    } else {
        return None;
    };
    while tokens.get(k).is_some_and(|(_, w)| is_speech_adverb(w)) {
        k += 1;
    }
    if k == 1 && !tokens.get(1).is_some_and(|(_, w)| is_pronoun(w)) {
        return None;
    }
    let from = tokens.get(k.min(tokens.len() - 1)).map_or(0, |(s, _)| *s);
    let next_quote = rest[from..]
        .find(['„', '»', '"', '“'])
        .map_or(rest.len(), |at| from + at);
    let end = sentence_end(rest, from)
        .unwrap_or(rest.len())
        .min(next_quote);
    Some(skipped + end)
}

/// "Anna Berg zeigte sich zufrieden. „…“": the sentence before the quote
/// starts with a person's name and goes on with a verb.
fn named_in_previous_sentence(lead: &str, people: &People) -> Option<(Name, Option<String>)> {
    let trimmed = lead.trim_end();
    if !trimmed.ends_with('.') {
        return None;
    }
    let sentence = last_sentence(trimmed);
    let (name, end) = name_at(sentence)?;
    if name.words < 2 && people.find(&name).is_none() {
        return None;
    }
    let rest = sentence[end..].trim_start();
    if rest.starts_with(char::is_lowercase) {
        return Some((name, None));
    }
    // "Anna Berg, Leiterin der Bibliothek, zeigte sich zufrieden."
    let (_, role) = name_with_role(sentence)?;
    let role = role?;
    let after_role = rest.get(role.len()..).unwrap_or_default();
    after_role
        .trim_start_matches(',')
        .trim_start()
        .starts_with(char::is_lowercase)
        .then(|| (name, Some(role.trim_start_matches(',').trim().to_string())))
}

/// Joins the two halves of a quote split around its attribution. The comma
/// or full stop that the attribution replaced is put back (and so guessed).
fn join_halves(first: &str, second: &str) -> (String, bool) {
    let first = first.trim_end().trim_end_matches(',');
    if is_finished(first) {
        return (format!("{first} {second}"), false);
    }
    let lower = second.chars().next().is_some_and(char::is_lowercase);
    (
        format!("{first}{} {second}", if lower { "," } else { "." }),
        true,
    )
}

/// The longest lead read before a quotation: an attribution is a clause,
/// and the cap keeps a paragraph with many marks linear to read.
const MAX_LEAD: usize = 1000;

/// The last `max` bytes of `text` (or a little less, at a character boundary).
fn tail(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// Reads the quotations paragraph by paragraph, remembering what a paragraph
/// hands on to the next: a lead ending with a colon, or a quote it ended with.
#[derive(Default)]
pub struct Reader {
    pub quotes: Vec<Found>,
    pending_lead: Option<String>,
    previous_quote: Option<usize>,
    /// The last speaker named with a quote, and the paragraph (counted) it was in.
    last_speaker: Option<(usize, usize)>,
    paragraphs: usize,
}

impl Reader {
    /// Reads one paragraph; returns whether it held a quotation.
    pub fn paragraph(&mut self, text: &str, people: &mut People) -> bool {
        self.paragraphs += 1;
        let pending = self.pending_lead.take();
        let previous = self.previous_quote.take();
        let mut cursor = 0;
        let mut last: Option<usize> = None;
        for span in spans(text) {
            if span.open < cursor {
                continue;
            }
            let inner = quote_text(&text[span.inner.0..span.inner.1]);
            if inner.is_empty() {
                continue;
            }
            let lead = tail(&text[cursor..span.open], MAX_LEAD);
            let after = head(&text[span.end..], MAX_LEAD);
            let own_attribution = speaker_after(after);
            // The second half of a quote split around "sagte X" / "so X".
            if let (Some(q), true, None) = (
                last,
                lead.trim().trim_matches(',').trim().is_empty(),
                &own_attribution,
            ) {
                if let Some(found) = self.quotes.get_mut(q) {
                    let (joined, guessed) = join_halves(&found.text, &inner);
                    found.text = joined;
                    found.guessed |= guessed;
                    cursor = span.end;
                    continue;
                }
            }
            let finished = is_finished(&inner);
            let clause = last_sentence(lead);
            let before = if clause.ends_with(':') {
                speaker_before(clause).map(|s| (s, true))
            } else if lead.trim().is_empty() && cursor == 0 {
                pending
                    .as_deref()
                    .and_then(speaker_before)
                    .map(|s| (s, true))
            } else if cursor == 0 && span.open <= MAX_LEAD {
                // "Name, Rolle „…“": no verb and no colon, so only a full name counts.
                name_with_role(lead)
                    .filter(|(n, _)| n.words >= 2)
                    .map(|s| (s, false))
            } else {
                None
            };
            // A quoted title or a name in quotation marks never ends like a sentence.
            let before = before.filter(|_| finished || word_count(&inner) >= 8);
            let starts_sentence = lead.trim().is_empty() || ends_sentence(lead);
            let chosen = match (before, own_attribution) {
                (Some(((name, role), _)), _) => Some((name, role, span.end)),
                (None, Some((name, role, used))) if starts_sentence && word_count(&inner) >= 3 => {
                    Some((name, role, span.end + used))
                }
                _ => None,
            };
            if let Some((name, role, end)) = chosen {
                // A one-word name needs a verb or a colon; an unknown one is kept, marked.
                let index = people.meet(&name, role.as_deref(), true);
                self.quotes.push(Found {
                    speaker: index,
                    text: inner,
                    guessed: false,
                    speaker_guessed: false,
                });
                self.last_speaker = Some((index, self.paragraphs));
                last = Some(self.quotes.len() - 1);
                cursor = end;
                continue;
            }
            // No name with the quote, but one close by: "…“, sagte sie." after
            // her quote, or "Anna Berg zeigte sich zufrieden. „…“". Guessed.
            let nearby = match pronoun_after(after) {
                _ if !starts_sentence => None,
                Some(used) if word_count(&inner) >= 3 => self
                    .last_speaker
                    .filter(|(_, at)| at + 1 >= self.paragraphs)
                    .map(|(speaker, _)| (speaker, span.end + used)),
                Some(_) => None,
                None if finished => named_in_previous_sentence(lead, people)
                    .map(|(name, role)| (people.meet(&name, role.as_deref(), true), span.end)),
                None => None,
            };
            if let Some((speaker, end)) = nearby {
                self.quotes.push(Found {
                    speaker,
                    text: inner,
                    guessed: false,
                    speaker_guessed: true,
                });
                self.last_speaker = Some((speaker, self.paragraphs));
                last = Some(self.quotes.len() - 1);
                cursor = end;
                continue;
            }
            // A paragraph that is only a quotation goes on with the previous paragraph's.
            let alone = text[span.end..].trim().is_empty();
            if let (Some(q), true, true) = (
                previous,
                cursor == 0 && lead.trim().is_empty() && alone,
                finished,
            ) {
                if let Some(found) = self.quotes.get_mut(q) {
                    found.text = format!("{}\n\n{inner}", found.text);
                    found.guessed = true;
                    last = Some(q);
                    cursor = span.end;
                }
            }
        }
        if last.is_some() && text[cursor.min(text.len())..].trim().is_empty() {
            self.previous_quote = last;
        }
        if last.is_none() && text.trim_end().ends_with(':') {
            self.pending_lead = Some(last_sentence(text).to_string());
        }
        last.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text::paragraphs;

    /// (speaker name, role, quote text) for every quote of a text.
    fn read(text: &str) -> Vec<(String, Option<String>, String)> {
        let mut people = People::default();
        let mut reader = Reader::default();
        for p in merge(paragraphs(text)) {
            reader.paragraph(&p.text, &mut people);
        }
        reader
            .quotes
            .iter()
            .map(|q| {
                let person = &people.list[q.speaker];
                let role = match (&person.role, &person.organization) {
                    (Some(r), Some(o)) => Some(format!("{} | {}", r.value, o.value)),
                    (Some(r), None) => Some(r.value.clone()),
                    (None, Some(o)) => Some(format!("| {}", o.value)),
                    (None, None) => None,
                };
                (person.name.value.clone(), role, q.text.clone())
            })
            .collect()
    }

    fn one(name: &str, role: Option<&str>, text: &str) -> (String, Option<String>, String) {
        (name.into(), role.map(Into::into), text.into())
    }

    #[test]
    fn attributed_before_with_colon() {
        assert_eq!(
            read("Bernd Schlömer, Staatssekretär: „Netzwerke zählen.“"),
            [one(
                "Bernd Schlömer",
                Some("Staatssekretär"),
                "Netzwerke zählen."
            )]
        );
    }

    #[test]
    fn attributed_before_without_colon() {
        assert_eq!(
            read("Dr. Martin Schiele, Geschäftsführer AI-UI GmbH „Viele Versäumnisse lassen sich aufräumen.“"),
            [one("Martin Schiele", Some("Geschäftsführer | AI-UI GmbH"), "Viele Versäumnisse lassen sich aufräumen.")]
        );
    }

    #[test]
    fn verb_and_guillemets() {
        assert_eq!(
            read("Anna Berg betonte: »Wir brauchen ‚offene‘ Daten.«"),
            [one("Anna Berg", None, "Wir brauchen ‚offene‘ Daten.")]
        );
    }

    #[test]
    fn attributed_after() {
        assert_eq!(
            read("„Das war ein starkes Signal“, sagte Jens Ødegaard, Leiter der Stadtwerke Jena."),
            [one(
                "Jens Ødegaard",
                Some("Leiter | Stadtwerke Jena"),
                "Das war ein starkes Signal"
            )]
        );
        assert_eq!(
            read("„Daten sind das neue Öl, sagt man“, so Zoë Ćosić."),
            [one("Zoë Ćosić", None, "Daten sind das neue Öl, sagt man")]
        );
        assert_eq!(
            read("\"We need open data,\" said Jane Doe, CTO of Northwind Ltd."),
            [one(
                "Jane Doe",
                Some("CTO | Northwind Ltd."),
                "We need open data"
            )]
        );
    }

    #[test]
    fn a_role_between_verb_and_name() {
        assert_eq!(
            read("„Kein Unternehmen ist zu klein“, warnte Innenministerin Dr. Tamara Zieschang zur Eröffnung."),
            [one("Tamara Zieschang", Some("Innenministerin"), "Kein Unternehmen ist zu klein")]
        );
    }

    #[test]
    fn a_place_before_the_role_and_a_name_inside_the_lead() {
        assert_eq!(
            read("„Wir brauchen offene Standards.“, sagte Thüringens Digitalminister Wolfgang Tiefensee."),
            [one("Wolfgang Tiefensee", Some("Thüringens Digitalminister"), "Wir brauchen offene Standards.")]
        );
        assert_eq!(
            read("Für die Wirtschaft sprach Dr. Anne-Kathrin Lorenz, Geschäftsführerin der IT-Innovation Erfurt GmbH: „Daten zuerst.“"),
            [one("Anne-Kathrin Lorenz", Some("Geschäftsführerin | IT-Innovation Erfurt GmbH"), "Daten zuerst.")]
        );
    }

    #[test]
    fn an_apposition_ends_where_the_sentence_goes_on() {
        assert_eq!(
            read("Dr. Jörg Meier-Schmidt, Präsident des Bitkom Sachsen e.V., sieht die Wirtschaft in der Pflicht: „Wer Daten teilt, gewinnt.“"),
            [one("Jörg Meier-Schmidt", Some("Präsident | Bitkom Sachsen e.V."), "Wer Daten teilt, gewinnt.")]
        );
    }

    #[test]
    fn english_name_before_the_verb_and_curly_marks() {
        assert_eq!(
            read("“We will be back next year,” Jane Doe said, “with twice as many use cases.”"),
            [one(
                "Jane Doe",
                None,
                "We will be back next year, with twice as many use cases."
            )]
        );
    }

    #[test]
    fn a_pronoun_or_the_sentence_before_names_the_speaker() {
        let text = "Anna Berg, Leiterin: „Eins ist gut.“\n\n„Zwei ist besser“, sagte sie.\n\nJens Ødegaard zeigte sich zufrieden. „Drei ist am besten.“";
        let mut people = People::default();
        let mut reader = Reader::default();
        for p in merge(paragraphs(text)) {
            reader.paragraph(&p.text, &mut people);
        }
        let found: Vec<_> = reader
            .quotes
            .iter()
            .map(|q| {
                (
                    people.list[q.speaker].name.value.as_str(),
                    q.text.as_str(),
                    q.speaker_guessed,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("Anna Berg", "Eins ist gut.", false),
                ("Anna Berg", "Zwei ist besser", true),
                ("Jens Ødegaard", "Drei ist am besten.", true),
            ]
        );
    }

    #[test]
    fn split_around_the_attribution() {
        assert_eq!(
            read("„Wir müssen schneller werden“, sagte Anna Berg, „und zwar gemeinsam.“"),
            [one(
                "Anna Berg",
                None,
                "Wir müssen schneller werden, und zwar gemeinsam."
            )]
        );
        assert_eq!(
            read("„Das Jahr war gut.“, so Anna Berg. „Das nächste wird besser.“"),
            [one(
                "Anna Berg",
                None,
                "Das Jahr war gut. Das nächste wird besser."
            )]
        );
    }

    #[test]
    fn several_paragraphs() {
        let german = "Anna Berg, Leiterin: „Erster Absatz.\n\n„Zweiter Absatz.“";
        assert_eq!(
            read(german),
            [one(
                "Anna Berg",
                Some("Leiterin"),
                "Erster Absatz.\n\nZweiter Absatz."
            )]
        );
        let seed_like = "Anna Berg:\n\n„Erster Absatz.“\n\nZweiter Absatz mit einem Umbruch mitten im Satz und der\n\nFortsetzung hier.“";
        assert_eq!(
            read(seed_like),
            [one("Anna Berg", None, "Erster Absatz.\n\nZweiter Absatz mit einem Umbruch mitten im Satz und der Fortsetzung hier.")]
        );
    }

    #[test]
    fn later_quote_by_someone_named_before() {
        let text = "Dr. Anna Berg, Leiterin: „Eins.“\n\nZum Abschluss sagte Dr. Berg: „Zwei.“";
        let found = read(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], one("Anna Berg", Some("Leiterin"), "Zwei."));
    }

    #[test]
    fn titles_mottos_and_words_in_marks_are_no_quotes() {
        assert_eq!(
            read("Die Landesfachkommission „Internet und Digitale Wirtschaft“ lud ein."),
            []
        );
        assert_eq!(
            read("Unter dem Motto „Daten teilen, Zukunft gestalten“ trafen sich 100 Gäste."),
            []
        );
        assert_eq!(read("Sirko Scheffler – Vorsitzender der Kommission „Internet und Digitale Wirtschaft“, Vorstand:"), []);
        assert_eq!(read("Das Motto lautete: „Mut zur Lücke.“"), []);
        assert_eq!(
            read("Software, die 'by-design' sicher ist, nennt man „sicher“, sagte sie."),
            []
        );
    }
}
