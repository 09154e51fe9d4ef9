//! Everyone the press release names: one entry per person across mentions, and the "Mit dabei waren …" lists.

use std::collections::HashMap;

use super::draft::Marked;
use super::names::{is_role_word, name_at, Name, HONORIFIC_WORDS};
use super::roles;
use super::text::{head, sentence_end, words, Paragraph};

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: Marked<String>,
    pub honorific: Option<String>,
    pub role: Option<Marked<String>>,
    pub organization: Option<Marked<String>>,
    pub region: Option<Marked<&'static str>>,
    pub sector: Option<Marked<&'static str>>,
    /// A quotation's attribution is the fuller description; a list's gives way to it.
    role_from_quote: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct People {
    pub list: Vec<Person>,
    /// Full name -> index, and family name -> index (`None` once two share it):
    /// lookups stay constant-time however long the list of names.
    by_name: HashMap<String, usize>,
    by_family: HashMap<String, Option<usize>>,
}

/// Words around a role that belong to the sentence, not the role.
const ROLE_FILLERS: &[&str] = &[
    "dazu im Nachgang",
    "im Nachgang",
    "im Anschluss",
    "dazu",
    "abschließend",
    "rückblickend",
];

fn clean_role(text: &str) -> String {
    let mut role = text
        .trim()
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '-' | ',' | ':'))
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'))
        .to_string();
    // "Name (Universität Leipzig)": the brackets only set the role apart.
    if let Some(inner) = role.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        if !inner.contains(['(', ')']) {
            role = inner.trim().to_string();
        }
    }
    loop {
        let before = role.len();
        for filler in ROLE_FILLERS {
            if let Some(head) = role.strip_suffix(filler) {
                if head.is_empty() || head.ends_with(' ') {
                    role = head.trim_end().trim_end_matches(',').trim_end().to_string();
                }
            }
        }
        if role.len() == before {
            break;
        }
    }
    role
}

impl People {
    /// The person a name stands for: the same full name, or the one person
    /// named before with that family name ("Dr. Haase-Lerch").
    pub fn find(&self, name: &Name) -> Option<usize> {
        if let Some(&i) = self.by_name.get(&name.name) {
            return Some(i);
        }
        if name.words == 1 {
            return self.by_family.get(&name.name).copied().flatten();
        }
        None
    }

    /// Records a mention and returns the person's index.
    pub fn meet(&mut self, name: &Name, role_text: Option<&str>, from_quote: bool) -> usize {
        let index = match self.find(name) {
            Some(i) => i,
            None => {
                self.list.push(Person {
                    // A family name alone is kept, but the editor should complete it.
                    name: Marked {
                        value: name.name.clone(),
                        guessed: name.words < 2,
                    },
                    honorific: None,
                    role: None,
                    organization: None,
                    region: None,
                    sector: None,
                    role_from_quote: false,
                });
                let index = self.list.len() - 1;
                self.by_name.insert(name.name.clone(), index);
                let family = name.name.rsplit(' ').next().unwrap_or_default().to_string();
                self.by_family
                    .entry(family)
                    .and_modify(|seen| *seen = None)
                    .or_insert(Some(index));
                index
            }
        };
        let Some(person) = self.list.get_mut(index) else {
            return index;
        };
        if person.honorific.is_none() {
            person.honorific.clone_from(&name.honorific);
        }
        let role = role_text.map(clean_role).filter(|r| !r.is_empty());
        let first = person.role.is_none() && person.organization.is_none();
        if let Some(text) = role.filter(|_| first || (from_quote && !person.role_from_quote)) {
            let split = roles::split(&text);
            person.role = split.role.map(Marked::read);
            person.organization = split.organization.map(|(org, guessed)| Marked {
                value: org,
                guessed,
            });
            person.region = roles::region(&text).map(Marked::guessed);
            person.role_from_quote = from_quote;
        }
        index
    }
}

const LIST_TRIGGERS: &[&str] = &[
    "mit dabei waren",
    "mit dabei war",
    "dabei waren",
    "unter den gästen",
    "unter den teilnehm",
    "zu den gästen",
    "zu den referent",
    "zu den rednern",
    "auf dem podium",
    "es diskutierten",
    "es sprachen",
    "among the guests",
    "among the speakers",
    "speakers included",
    "participants included",
    "also present were",
    "on the panel",
    "on stage were",
];

/// Where a list's opening words end ("Mit dabei waren" rather than "Mit
/// dabei war"): the longest opening at the earliest place; 0 without one.
fn opening_end(lower: &str) -> usize {
    LIST_TRIGGERS
        .iter()
        .filter_map(|t| {
            lower
                .find(t)
                .map(|at| (at, usize::MAX - t.len(), at + t.len()))
        })
        .min()
        .map_or(0, |(_, _, end)| end)
}

pub fn is_list(paragraph: &Paragraph) -> bool {
    let lower = paragraph.text.to_lowercase();
    LIST_TRIGGERS
        .iter()
        .any(|t| lower.starts_with(t) || lower.contains(&format!(". {t}")))
        || paragraph.raw.matches("**").count() >= 4
}

/// Sector words of a clause that introduces names ("Aus der Wissenschaft:").
fn sector_of(clause: &str) -> Option<&'static str> {
    if words(clause).len() > 4 {
        return None;
    }
    let lower = clause.to_lowercase();
    [
        ("wissenschaft", "Wissenschaft"),
        ("academia", "Wissenschaft"),
        ("science", "Wissenschaft"),
        ("research", "Wissenschaft"),
        ("politik", "Politik"),
        ("politics", "Politik"),
        ("verwaltung", "Verwaltung"),
        ("administration", "Verwaltung"),
        ("public sector", "Verwaltung"),
        ("wirtschaft", "Wirtschaft"),
        ("business", "Wirtschaft"),
        ("industry", "Wirtschaft"),
    ]
    .iter()
    .find(|(word, _)| lower.contains(word))
    .map(|(_, sector)| *sector)
}

/// Where a name may start in a list without a title or bold type: after a
/// separator or a joining word.
fn starts_item(previous: Option<&str>) -> bool {
    match previous {
        None => true,
        Some(word) => {
            word.ends_with([',', ';', ':'])
                || matches!(
                    word,
                    "und"
                        | "sowie"
                        | "and"
                        | "waren"
                        | "war"
                        | "anderem"
                        | "außerdem"
                        | "including"
                        | "were"
                        | "was"
                        | "u.a."
                        | "wie"
                )
        }
    }
}

/// The names of a list paragraph with their byte ranges in `paragraph.text`.
fn names_in(paragraph: &Paragraph) -> Vec<(usize, usize, Name)> {
    let text = paragraph.text.as_str();
    let mut found = Vec::new();
    let bold: Vec<&str> = paragraph.raw.split("**").skip(1).step_by(2).collect();
    if !bold.is_empty() {
        let mut from = 0;
        for written in bold {
            let written = written.trim();
            let Some((name, end)) = name_at(written) else {
                continue;
            };
            if end != written.len() || name.words < 2 {
                continue;
            }
            if let Some(at) = text.get(from..).and_then(|rest| rest.find(written)) {
                found.push((from + at, from + at + written.len(), name));
                from += at + written.len();
            }
        }
        return found;
    }
    let tokens = words(text);
    let mut i = 0;
    while let Some(&(start, word)) = tokens.get(i) {
        let previous = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .map(|(_, w)| *w);
        if HONORIFIC_WORDS.contains(&word) || starts_item(previous) {
            if let Some((name, end)) = name_at(&text[start..]) {
                let after = text[start + end..].trim_start();
                let separated = after.is_empty()
                    || after.starts_with([',', ';', '.', '(', '–'])
                    || [
                        "und ", "sowie ", "and ", "von ", "vom ", "aus ", "from ", "of ", "at ",
                    ]
                    .iter()
                    .any(|w| after.starts_with(w));
                if name.words >= 2 && separated {
                    let end = start + end;
                    found.push((start, end, name));
                    while tokens.get(i).is_some_and(|(s, _)| *s < end) {
                        i += 1;
                    }
                    continue;
                }
            }
        }
        i += 1;
    }
    if found.is_empty() {
        found = names_after_roles(text);
    }
    found
}

/// Words between a list's opening and its first item ("waren außerdem").
const INTRO_WORDS: &[&str] = &[
    "waren",
    "war",
    "sind",
    "were",
    "was",
    "are",
    "außerdem",
    "auch",
    "unter",
    "anderem",
    "u.a.",
    "also",
    "including",
    "among",
    "others",
];

/// The text of a list item before a name with the list's opening and its
/// joining words taken off: what is left is a role written before the name.
fn role_before(text: &str) -> &str {
    let mut text = trim_item(text);
    while let Some((first, rest)) = text.split_once(' ') {
        if !INTRO_WORDS.contains(&first) {
            break;
        }
        text = trim_item(rest);
    }
    if INTRO_WORDS.contains(&text) {
        ""
    } else {
        text
    }
}

/// "der Oberbürgermeister der Stadt Chemnitz Sven Schulze, die Leiterin …
/// Katharina Wendler sowie …": items that begin with a position and end
/// with the name. Only when the items begin so, because an item that ends
/// with two capitalized words ("…, Referentin der Stadtwerke Jena,") is
/// otherwise a role after a name.
fn names_after_roles(text: &str) -> Vec<(usize, usize, Name)> {
    let mut found = Vec::new();
    let lower = text.to_lowercase();
    // The list begins after its opening words ("Unter den Gästen waren").
    let mut item_start = Some(opening_end(&lower))
        .filter(|&at| text.is_char_boundary(at))
        .unwrap_or(0);
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    for (at, sep) in text.match_indices([',', ';', ':', '.']) {
        if at < item_start {
            continue;
        }
        bounds.push((item_start, at));
        item_start = at + sep.len();
    }
    bounds.push((item_start, text.len()));
    // Items also end at " sowie " and " und ".
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (start, end) in bounds {
        let mut from = start;
        for (at, joint) in text[start..end]
            .match_indices(" sowie ")
            .chain(text[start..end].match_indices(" und "))
        {
            items.push((from, start + at));
            from = start + at + joint.len();
        }
        items.push((from, end));
    }
    items.sort_unstable();
    for (start, end) in items {
        let item = &text[start..end];
        let role = role_before(item);
        let first = role.split(' ').next().unwrap_or_default();
        if !is_role_word(first) {
            continue;
        }
        let tokens = words(item);
        // Most names have two words; a third is tried only when two fail.
        for take in [2, 3] {
            let Some(&(at, _)) = tokens.len().checked_sub(take).and_then(|i| tokens.get(i)) else {
                continue;
            };
            let Some((name, name_end)) = name_at(&item[at..]) else {
                continue;
            };
            if name.words == take && at + name_end == item.trim_end().len() && at > 0 {
                found.push((start + at, start + at + name_end, name));
                break;
            }
        }
    }
    found
}

/// Separators and joining words around a list item's role.
fn trim_item(text: &str) -> &str {
    let mut text = text
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | '–' | '.') || c.is_whitespace());
    for word in ["und", "sowie", "and", "die", "der", "den", "dem", "the"] {
        if let Some(rest) = text.strip_prefix(word).filter(|r| r.starts_with(' ')) {
            text = rest.trim_start();
        }
        if let Some(rest) = text.strip_suffix(word).filter(|r| r.ends_with(' ')) {
            text = rest.trim_end().trim_end_matches(',');
        }
    }
    text.trim()
}

/// Reads a list of people named without a quote. Within a clause (up to a
/// colon, semicolon or sentence end) roles stand either before each name
/// ("die Hauptgeschäftsführerin der IHK Erfurt Dr. Name") or after it
/// ("Dr. Name, Geschäftsführer …"); the first name of the clause tells which.
pub fn read_list(paragraph: &Paragraph, people: &mut People) {
    let text = paragraph.text.as_str();
    let names = names_in(paragraph);
    let mut bounds: Vec<usize> = vec![0];
    let mut at = 0;
    while let Some(end) = sentence_end(text, at) {
        bounds.push(end);
        at = end;
    }
    bounds.extend(text.match_indices([':', ';']).map(|(i, _)| i + 1));
    bounds.push(text.len());
    bounds.sort_unstable();
    bounds.dedup();
    let clause_of = |offset: usize| bounds.partition_point(|&b| b <= offset).saturating_sub(1);
    let clauses: Vec<usize> = names.iter().map(|(s, _, _)| clause_of(*s)).collect();
    let lower = text.to_lowercase();
    let trigger_end = opening_end(&lower);
    let mut first_of_clause = 0;
    for (k, (start, end, name)) in names.iter().enumerate() {
        let clause = clauses.get(k).copied().unwrap_or(0);
        let clause_start = bounds.get(clause).copied().unwrap_or(0);
        let clause_end = bounds.get(clause + 1).copied().unwrap_or(text.len());
        // Names come in text order: the clause's first name is where its clause begins.
        if k == 0 || clauses.get(k - 1) != Some(&clause) {
            first_of_clause = k;
        }
        let first_in_clause = names.get(first_of_clause);
        let lead_start = clause_start.max(trigger_end.min(text.len()));
        let before_mode = first_in_clause.is_some_and(|(s, _, _)| {
            // Roles come first only where the item begins with a position
            // ("die Hauptgeschäftsführerin der IHK Erfurt Dr. Name"), not
            // with more of the opening ("diskutierten außerdem Dr. Name").
            let lead = role_before(text.get(lead_start..*s).unwrap_or_default());
            let first = lead.split(' ').next().unwrap_or_default();
            is_role_word(first) && !lead.ends_with(':')
        });
        let previous_end = k
            .checked_sub(1)
            .and_then(|p| names.get(p))
            .filter(|_| k > 0 && clauses.get(k - 1) == Some(&clause))
            .map_or(clause_start, |(_, e, _)| *e);
        let next_start = names
            .get(k + 1)
            .filter(|_| clauses.get(k + 1) == Some(&clause))
            .map_or(clause_end, |(s, _, _)| *s);
        let role = if before_mode {
            text.get(previous_end.max(lead_start)..*start)
                .map(role_before)
        } else {
            text.get(*end..next_start)
        }
        .map(trim_item)
        .filter(|r| !r.is_empty());
        let index = people.meet(name, role, false);
        let header = clause
            .checked_sub(1)
            .and_then(|c| text.get(bounds.get(c).copied().unwrap_or(0)..clause_start));
        if let (Some(sector), Some(person)) =
            (header.and_then(sector_of), people.list.get_mut(index))
        {
            if person.sector.is_none() {
                person.sector = Some(Marked::guessed(sector));
            }
        }
    }
}

/// The role written right after a name in running text: an apposition
/// (", Präsident des Vereins,") or an affiliation ("von der Technischen
/// Universität Dresden"), up to where the sentence goes on.
fn role_in_sentence(rest: &str) -> Option<&str> {
    let tokens = words(head(rest, 400));
    let (&(_, first), _) = tokens.split_first()?;
    if first == "," || rest.trim_start().starts_with(',') {
        let body = rest.trim_start().trim_start_matches(',');
        // The role never runs into a quotation or past a colon.
        let body = &body[..body.find([':', '„', '»', '"', '“']).unwrap_or(body.len())];
        let end = body
            .match_indices(", ")
            .find(|(at, _)| {
                body[at + 2..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
            })
            .map(|(at, _)| at)
            .or_else(|| sentence_end(body, 0).map(|e| e.saturating_sub(1)))
            .unwrap_or(body.len());
        return body.get(..end).map(str::trim).filter(|r| !r.is_empty());
    }
    // "von der Technischen Universität Dresden zeigte …"
    let leads = [
        "von", "vom", "der", "des", "bei", "beim", "aus", "of", "from", "at",
    ];
    if !leads.contains(&first) {
        return None;
    }
    let mut end = None;
    let mut seen_capital = false;
    for &(start, word) in &tokens {
        let core = word.trim_end_matches([',', '.', ';', ':']);
        let capital = core.starts_with(char::is_uppercase) || core.starts_with('(');
        let joining = matches!(
            core,
            "von"
                | "vom"
                | "der"
                | "des"
                | "die"
                | "dem"
                | "bei"
                | "beim"
                | "aus"
                | "of"
                | "from"
                | "at"
                | "the"
                | "und"
                | "für"
                | "for"
                | "and"
        );
        // Before the name any joining word ("von der"); inside it no article.
        let joins = joining && (!seen_capital || core != "the");
        if !(capital || joins) {
            break;
        }
        seen_capital |= capital;
        end = Some(start + core.len());
        if core.len() < word.len() {
            break;
        }
    }
    let text = rest.get(..end?)?.trim();
    // A trailing joining word belongs to what follows.
    let text = text
        .rsplit_once(' ')
        .filter(|(_, last)| !last.starts_with(char::is_uppercase) && !last.ends_with(')'))
        .map_or(text, |(head, _)| head);
    seen_capital.then_some(text)
}

/// People named with a title in running text ("Prof. Dr. Nguyen Van Minh
/// von der Technischen Universität Dresden zeigte …"): a title makes a name
/// certain enough to record without a list or a quotation.
pub fn read_mentions(text: &str, people: &mut People) {
    let tokens = words(text);
    let mut i = 0;
    while let Some(&(start, word)) = tokens.get(i) {
        let after_title = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|(_, w)| HONORIFIC_WORDS.contains(w));
        if HONORIFIC_WORDS.contains(&word) && !after_title {
            if let Some((name, end)) = name_at(&text[start..]) {
                if name.honorific.is_some() {
                    let end = start + end;
                    let role = role_in_sentence(&text[end..]);
                    people.meet(&name, role, false);
                    while tokens.get(i).is_some_and(|(s, _)| *s < end) {
                        i += 1;
                    }
                    continue;
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text::paragraphs;

    /// Name, honorific, role and organization of each person found.
    type Found = (String, Option<String>, Option<String>, Option<String>);

    fn read(text: &str) -> Vec<Found> {
        let mut people = People::default();
        for p in paragraphs(text) {
            read_list(&p, &mut people);
        }
        people
            .list
            .into_iter()
            .map(|p| {
                (
                    p.name.value,
                    p.honorific,
                    p.role.map(|r| r.value),
                    p.organization.map(|o| o.value),
                )
            })
            .collect()
    }

    #[test]
    fn roles_before_bold_names() {
        let found = read("Mit dabei waren unter anderem: die Leiterin der Stadtbibliothek **Dr. Anna Berg**, Staatssekretär im Finanzministerium **Jens Ødegaard**.");
        assert_eq!(
            found[0],
            (
                "Anna Berg".into(),
                Some("Dr.".into()),
                Some("Leiterin".into()),
                Some("Stadtbibliothek".into())
            )
        );
        assert_eq!(
            found[1].2.as_deref(),
            Some("Staatssekretär im Finanzministerium")
        );
    }

    #[test]
    fn roles_after_plain_names_and_sector_headers() {
        let text = "Unter den Gästen waren Katrin Weiß, Referentin der Stadtwerke Jena, und Prof. Dr. Lars Brandt von der Universität Erfurt. Aus der Politik: Ömer Yıldız, Landrat.";
        let found = read(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(
            found[0],
            (
                "Katrin Weiß".into(),
                None,
                Some("Referentin".into()),
                Some("Stadtwerke Jena".into())
            )
        );
        assert_eq!(
            found[1],
            (
                "Lars Brandt".into(),
                Some("Prof. Dr.".into()),
                None,
                Some("Universität Erfurt".into())
            )
        );
        assert_eq!(found[2].2.as_deref(), Some("Landrat"));
    }

    #[test]
    fn titled_names_in_running_text() {
        let mut people = People::default();
        read_mentions(
            "Auch die Wissenschaft war vertreten. Prof. Dr. Nguyen Van Minh von der Technischen Universität Dresden zeigte, wie KI hilft. Dr. Eva Roth, Leiterin des Amtes, sprach danach.",
            &mut people,
        );
        let found: Vec<_> = people
            .list
            .iter()
            .map(|p| {
                (
                    p.name.value.as_str(),
                    p.honorific.as_deref(),
                    p.role.as_ref().map(|r| r.value.as_str()),
                    p.organization.as_ref().map(|o| o.value.as_str()),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "Nguyen Van Minh",
                    Some("Prof. Dr."),
                    None,
                    Some("Technischen Universität Dresden")
                ),
                ("Eva Roth", Some("Dr."), Some("Leiterin des Amtes"), None),
            ]
        );
    }

    #[test]
    fn roles_before_plain_names() {
        let found = read("Unter den Gästen waren der Oberbürgermeister der Stadt Chemnitz Sven Schulze, die Leiterin des Smart-City-Büros Plauen Katharina Wendler sowie der Gründer der UrbanPulse GmbH Tobias Kern.");
        assert_eq!(
            found,
            [
                (
                    "Sven Schulze".into(),
                    None,
                    Some("Oberbürgermeister".into()),
                    Some("Stadt Chemnitz".into())
                ),
                (
                    "Katharina Wendler".into(),
                    None,
                    Some("Leiterin des Smart-City-Büros Plauen".into()),
                    None
                ),
                (
                    "Tobias Kern".into(),
                    None,
                    Some("Gründer".into()),
                    Some("UrbanPulse GmbH".into())
                ),
            ]
        );
    }

    #[test]
    fn later_mentions_merge_and_quotes_win() {
        let mut people = People::default();
        let (full, _) = name_at("Dr. Anna Berg").expect("a name");
        let (short, _) = name_at("Berg").expect("a name");
        people.meet(&full, Some("Leiterin der Bibliothek"), false);
        let again = people.meet(
            &short,
            Some("Direktorin der Stadtbibliothek Jena GmbH"),
            true,
        );
        assert_eq!(again, 0);
        assert_eq!(people.list.len(), 1);
        assert_eq!(people.list[0].role, Some(Marked::read("Direktorin".into())));
        assert_eq!(people.list[0].honorific.as_deref(), Some("Dr."));
        let once_more = people.meet(&short, Some("Bürgermeisterin"), false);
        assert_eq!(once_more, 0);
        assert_eq!(people.list[0].role, Some(Marked::read("Direktorin".into())));
    }
}
