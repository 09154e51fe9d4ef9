//! Which people the filters leave: region and sector selections (OR within
//! a group, AND across groups), the search, live counts per option, paging.

use super::search::{fold_query, FoldedTexts};
use crate::recap::{in_order, Recap, Region, Sector};

/// How many cards one page of the list shows before "show more".
pub const PAGE_SIZE: usize = 24;

/// What the visitor has selected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub regions: Vec<Region>,
    pub sectors: Vec<Sector>,
    pub query: String,
}

impl Selection {
    pub fn toggle_region(&mut self, region: Region) {
        toggle(&mut self.regions, region);
    }

    pub fn toggle_sector(&mut self, sector: Sector) {
        toggle(&mut self.sectors, sector);
    }

    /// Whether a region or sector option is set (the search does not count).
    pub fn has_group_filter(&self) -> bool {
        !self.regions.is_empty() || !self.sectors.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        !self.has_group_filter() && !self.has_query()
    }

    /// Whether a search is set (more than white space).
    pub fn has_query(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// Whether a person in `region` passes the region filter.
    fn admits_region(&self, region: Option<Region>) -> bool {
        self.regions.is_empty() || region.is_some_and(|r| self.regions.contains(&r))
    }

    /// Whether a person in `sector` passes the sector filter.
    fn admits_sector(&self, sector: Option<Sector>) -> bool {
        self.sectors.is_empty() || sector.is_some_and(|s| self.sectors.contains(&s))
    }
}

/// Adds or removes `item`, keeping the list in the options' own order.
fn toggle<T: Ord + Copy>(list: &mut Vec<T>, item: T) {
    match list.binary_search(&item) {
        Ok(at) => {
            list.remove(at);
        }
        Err(at) => list.insert(at, item),
    }
}

/// What a person is filtered on, prepared once per recap.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    region: Option<Region>,
    sector: Option<Sector>,
}

/// The people of a recap, ready to filter quickly.
#[derive(Clone, Debug, PartialEq)]
pub struct PeopleIndex {
    entries: Vec<Entry>,
    /// What the search looks at, one text per person (same order as `entries`).
    texts: FoldedTexts,
    sectors_present: Vec<Sector>,
}

impl PeopleIndex {
    pub fn new(recap: &Recap) -> PeopleIndex {
        let mut quote_text = vec![String::new(); recap.speakers.len()];
        for quote in &recap.quotes {
            if let Some(text) = quote.speaker.and_then(|s| quote_text.get_mut(s)) {
                text.push('\n');
                text.push_str(&quote.text);
            }
        }
        let mut texts = FoldedTexts::default();
        let mut entries = Vec::with_capacity(recap.speakers.len());
        for (speaker, quotes) in recap.speakers.iter().zip(quote_text) {
            let fields = [
                speaker.honorific.as_deref(),
                Some(speaker.name.as_str()),
                speaker.organization.as_deref(),
                speaker.role.as_deref(),
                Some(quotes.as_str()),
            ];
            // A line break never occurs in a folded query, so no match spans two fields.
            texts.push(&fields.into_iter().flatten().collect::<Vec<_>>().join("\n"));
            entries.push(Entry {
                region: speaker.region,
                sector: speaker.sector,
            });
        }
        let sectors: Vec<Sector> = recap.speakers.iter().filter_map(|s| s.sector).collect();
        let sectors_present = in_order(Sector::ALL, &sectors);
        PeopleIndex {
            entries,
            texts,
            sectors_present,
        }
    }

    /// The sectors that at least one person has: only these get a filter button.
    pub fn sectors_present(&self) -> &[Sector] {
        &self.sectors_present
    }

    /// Applies a selection in one pass: the matching people and, for every
    /// option, how many people it would match under the other group and the search.
    pub fn apply(&self, selection: &Selection) -> Matches {
        let found = fold_query(&selection.query).map(|q| self.texts.matching(&q));
        let mut matches = Matches {
            total: self.entries.len(),
            ..Matches::default()
        };
        for (i, entry) in self.entries.iter().enumerate() {
            if found
                .as_ref()
                .is_some_and(|found| found.get(i) != Some(&true))
            {
                continue;
            }
            let region_ok = selection.admits_region(entry.region);
            let sector_ok = selection.admits_sector(entry.sector);
            if sector_ok {
                if let Some(r) = entry.region {
                    matches.region_counts[r.index()] += 1;
                }
            }
            if region_ok {
                if let Some(s) = entry.sector {
                    matches.sector_counts[s.index()] += 1;
                }
            }
            if region_ok && sector_ok {
                matches.visible.push(i);
            }
        }
        matches
    }
}

/// The result of a selection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matches {
    /// Indexes into `Recap::speakers`, in recap order.
    pub visible: Vec<usize>,
    pub region_counts: [usize; Region::ALL.len()],
    pub sector_counts: [usize; Sector::ALL.len()],
    pub total: usize,
}

impl Matches {
    pub fn region_count(&self, region: Region) -> usize {
        self.region_counts[region.index()]
    }

    pub fn sector_count(&self, sector: Sector) -> usize {
        self.sector_counts[sector.index()]
    }

    /// How many cards `pages` pages show, and how many are left for "show more".
    pub fn paged(&self, pages: usize) -> (usize, usize) {
        let shown = self
            .visible
            .len()
            .min(pages.max(1).saturating_mul(PAGE_SIZE));
        (shown, self.visible.len() - shown)
    }

    /// The people `pages` pages show.
    pub fn shown(&self, pages: usize) -> &[usize] {
        &self.visible[..self.paged(pages).0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recap::{Date, Event, Quote, Speaker};

    fn person(id: &str, name: &str, region: Option<Region>, sector: Option<Sector>) -> Speaker {
        Speaker {
            id: id.into(),
            name: name.into(),
            region,
            sector,
            ..Speaker::default()
        }
    }

    fn recap(speakers: Vec<Speaker>, quotes: Vec<Quote>) -> Recap {
        Recap {
            language: "de".into(),
            event: Event {
                title: "T".into(),
                motto: None,
                date: Date {
                    year: 2024,
                    month: 4,
                    day: 17,
                },
                city: "Erfurt".into(),
                venue: None,
                attendees: None,
                summary: None,
                organizers: vec![],
                contact: None,
                source_url: None,
            },
            speakers,
            quotes,
            organizations: vec![],
        }
    }

    fn sample() -> Recap {
        use Region::*;
        use Sector::*;
        let mut people = vec![
            person("a", "Anna Schlömer", Some(Sachsen), Some(Politik)),
            person("b", "Bert", Some(Sachsen), Some(Wirtschaft)),
            person("c", "Cora", Some(SachsenAnhalt), Some(Wirtschaft)),
            person("d", "Dora", Some(Thueringen), None),
            person("e", "Emil", None, Some(Politik)),
        ];
        people[1].organization = Some("Straße GmbH".into());
        people[2].role = Some("Geschäftsführerin".into());
        let quotes = vec![Quote {
            id: "q".into(),
            speaker: Some(3),
            text: "Künstliche Intelligenz".into(),
        }];
        recap(people, quotes)
    }

    #[test]
    fn no_selection_shows_everyone_with_counts() {
        let index = PeopleIndex::new(&sample());
        let m = index.apply(&Selection::default());
        assert_eq!(m.visible, [0, 1, 2, 3, 4]);
        assert_eq!(m.region_counts, [2, 1, 1]);
        assert_eq!(m.sector_counts, [2, 2, 0, 0]);
        assert_eq!(
            index.sectors_present(),
            [Sector::Wirtschaft, Sector::Politik]
        );
    }

    #[test]
    fn or_within_a_group_and_across_groups() {
        let index = PeopleIndex::new(&sample());
        let mut s = Selection::default();
        s.toggle_region(Region::Thueringen);
        s.toggle_region(Region::Sachsen);
        assert_eq!(
            s.regions,
            [Region::Sachsen, Region::Thueringen],
            "kept in option order"
        );
        assert_eq!(index.apply(&s).visible, [0, 1, 3]);
        s.toggle_sector(Sector::Wirtschaft);
        let m = index.apply(&s);
        assert_eq!(m.visible, [1]);
        // Region counts under the sector filter; sector counts under the region filter.
        assert_eq!(m.region_counts, [1, 1, 0]);
        assert_eq!(m.sector_counts, [1, 1, 0, 0]);
        s.toggle_region(Region::Sachsen);
        s.toggle_region(Region::Thueringen);
        assert_eq!(
            index.apply(&s).visible,
            [1, 2],
            "toggling twice removes the option"
        );
    }

    #[test]
    fn people_without_region_show_only_under_all_regions() {
        let index = PeopleIndex::new(&sample());
        let mut s = Selection::default();
        for &r in Region::ALL {
            s.toggle_region(r);
        }
        assert!(!index.apply(&s).visible.contains(&4));
    }

    #[test]
    fn search_covers_name_organization_role_and_quotes() {
        let index = PeopleIndex::new(&sample());
        let search = |q: &str| {
            index
                .apply(&Selection {
                    query: q.into(),
                    ..Selection::default()
                })
                .visible
        };
        assert_eq!(search("schloemer"), [0]);
        assert_eq!(search("STRASSE"), [1]);
        assert_eq!(search("geschaftsfuhrerin"), [2]);
        assert_eq!(search("kunstliche"), [3]);
        assert_eq!(search("künstliche intelligenz"), [3]);
        assert!(search("niemand").is_empty());
        assert_eq!(search("  ").len(), 5);
    }

    #[test]
    fn search_narrows_the_counts() {
        let index = PeopleIndex::new(&sample());
        let m = index.apply(&Selection {
            query: "a".into(),
            ..Selection::default()
        });
        // Anna, Cora, Dora match "a" (Bert's organization "Straße" too).
        assert_eq!(m.visible, [0, 1, 2, 3]);
        assert_eq!(m.region_counts, [2, 1, 1]);
    }

    #[test]
    fn paging_by_twenty_four() {
        let people = (0..50)
            .map(|i| person(&format!("p{i}"), "X", None, None))
            .collect();
        let m = PeopleIndex::new(&recap(people, vec![])).apply(&Selection::default());
        assert_eq!(m.paged(1), (24, 26));
        assert_eq!(m.paged(2), (48, 2));
        assert_eq!(m.paged(3), (50, 0));
        assert_eq!(m.paged(0), (24, 26), "never fewer than one page");
        assert!(m.visible.contains(&49) && !m.visible.contains(&50));
        assert_eq!(m.shown(1), (0..24).collect::<Vec<_>>());
        assert_eq!(m.shown(3).len(), 50);
    }
}
