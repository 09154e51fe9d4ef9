//! The widget's view state as a reducer over plain data: the filter
//! selection, how many pages of cards are open, the chosen quote, and how
//! each change is to be recorded in the browser history.

use super::filter::Selection;
use super::url::UrlView;
use crate::recap::{Region, Sector};

/// How a change is recorded in the page URL: filter changes and "show
/// quote" add a history entry, typing and carousel moves replace it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HistoryMode {
    /// Not recorded (paging, restoring from history).
    #[default]
    None,
    /// A new history entry: filter changes and "show quote".
    Push,
    /// Replaces the current entry: typing in the search, moving the carousel.
    Replace,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub selection: Selection,
    /// Pages of cards shown (1 = the first 24).
    pub pages: usize,
    /// The quote the visitor chose (by link, card button or carousel); `None`
    /// means the first visible one.
    pub quote: Option<String>,
    pub history: HistoryMode,
    /// Counts URL-relevant changes, so the URL is written once per change.
    pub revision: u32,
    /// Counts requests to move focus into the carousel.
    pub focus_carousel: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleRegion(Region),
    ToggleSector(Sector),
    Search(String),
    Reset,
    ShowMore,
    /// A card's "show quote": shows it and moves focus to the carousel.
    ShowQuote(String),
    /// The visitor moved the carousel to this quote.
    MoveTo(String),
    /// Autoplay moved the carousel to this quote: never recorded in the URL
    /// (a tag manager would log every tick, a copied address would carry a
    /// random quote).
    Rotate(String),
    /// Back/forward: the whole view.
    Restore(UrlView),
    /// The `region` attribute changed: only the region filter, recorded in place.
    SetRegions(Vec<Region>),
}

impl ViewState {
    pub fn from_url(view: UrlView) -> ViewState {
        ViewState {
            selection: Selection {
                regions: view.regions,
                sectors: view.sectors,
                query: view.query,
            },
            pages: 1,
            quote: view.quote,
            ..ViewState::default()
        }
    }

    /// The part of the state that goes into the URL.
    pub fn url_view(&self, shown_quote: Option<&str>) -> UrlView {
        UrlView {
            regions: self.selection.regions.clone(),
            sectors: self.selection.sectors.clone(),
            query: self.selection.query.clone(),
            quote: self.quote.as_ref().and(shown_quote).map(str::to_owned),
        }
    }

    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        let mode = match action {
            Action::ToggleRegion(region) => {
                next.selection.toggle_region(region);
                HistoryMode::Push
            }
            Action::ToggleSector(sector) => {
                next.selection.toggle_sector(sector);
                HistoryMode::Push
            }
            Action::SetRegions(regions) => {
                next.selection.regions = regions;
                HistoryMode::Replace
            }
            Action::Search(query) => {
                next.selection.query = query;
                HistoryMode::Replace
            }
            Action::Reset => {
                next.selection = Selection::default();
                next.pages = 1;
                HistoryMode::Push
            }
            Action::ShowMore => {
                next.pages += 1;
                next.history = HistoryMode::None;
                return next;
            }
            Action::ShowQuote(id) => {
                next.quote = Some(id);
                next.focus_carousel += 1;
                HistoryMode::Push
            }
            Action::MoveTo(id) => {
                next.quote = Some(id);
                HistoryMode::Replace
            }
            Action::Rotate(id) => {
                next.quote = Some(id);
                next.history = HistoryMode::None;
                return next;
            }
            Action::Restore(view) => {
                let focus = next.focus_carousel;
                next = ViewState::from_url(view);
                next.focus_carousel = focus;
                next.revision = self.revision;
                next.history = HistoryMode::None;
                return next;
            }
        };
        if next.selection != self.selection {
            // Another set of people: the list starts again at its first page.
            next.pages = 1;
        } else if next.quote == self.quote {
            // Nothing the URL carries changed: nothing to write.
            return next;
        }
        next.history = mode;
        next.revision = self.revision.wrapping_add(1);
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_changes_push_and_reset_paging() {
        let s = ViewState::from_url(UrlView::default()).apply(Action::ShowMore);
        assert_eq!(s.pages, 2);
        assert_eq!(s.history, HistoryMode::None);
        let s = s.apply(Action::ToggleRegion(Region::Sachsen));
        assert_eq!((s.pages, s.history, s.revision), (1, HistoryMode::Push, 1));
        assert_eq!(s.selection.regions, [Region::Sachsen]);
        let s = s.apply(Action::Reset);
        assert!(s.selection.is_empty());
        assert_eq!(s.history, HistoryMode::Push);
    }

    #[test]
    fn typing_and_carousel_moves_replace() {
        let s = ViewState::default().apply(Action::Search("schl".into()));
        assert_eq!(s.history, HistoryMode::Replace);
        let same = s.apply(Action::Search("schl".into()));
        assert_eq!(same.revision, s.revision, "no change, no URL write");
        let s = s.apply(Action::MoveTo("q2".into()));
        assert_eq!(
            (s.history, s.quote.as_deref()),
            (HistoryMode::Replace, Some("q2"))
        );
    }

    #[test]
    fn region_attribute_changes_only_the_regions() {
        let s = ViewState::default()
            .apply(Action::ToggleSector(Sector::Politik))
            .apply(Action::Search("x".into()));
        let r = s.apply(Action::SetRegions(vec![Region::Sachsen]));
        assert_eq!(r.selection.regions, [Region::Sachsen]);
        assert_eq!(r.selection.sectors, [Sector::Politik], "other filters stay");
        assert_eq!(r.selection.query, "x");
        assert_eq!(
            r.history,
            HistoryMode::Replace,
            "recorded without a new history entry"
        );
        assert_eq!(
            r.apply(Action::SetRegions(vec![Region::Sachsen])).revision,
            r.revision,
            "no change, no write"
        );
    }

    #[test]
    fn autoplay_moves_are_never_recorded() {
        let s = ViewState::default().apply(Action::Rotate("q2".into()));
        assert_eq!(s.quote.as_deref(), Some("q2"));
        assert_eq!((s.history, s.revision), (HistoryMode::None, 0));
    }

    #[test]
    fn show_quote_pushes_and_requests_focus() {
        let s = ViewState::default().apply(Action::ShowQuote("q".into()));
        assert_eq!(
            (s.history, s.focus_carousel, s.quote.as_deref()),
            (HistoryMode::Push, 1, Some("q"))
        );
    }

    #[test]
    fn restore_replaces_the_view_without_writing_history() {
        let s = ViewState::default().apply(Action::ToggleSector(Sector::Politik));
        let view = UrlView {
            regions: vec![Region::Thueringen],
            quote: Some("x".into()),
            ..UrlView::default()
        };
        let r = s.apply(Action::Restore(view));
        assert_eq!(r.selection.regions, [Region::Thueringen]);
        assert!(r.selection.sectors.is_empty());
        assert_eq!((r.history, r.revision), (HistoryMode::None, s.revision));
    }

    #[test]
    fn url_view_carries_the_shown_quote_only_once_chosen() {
        let s = ViewState::default();
        assert_eq!(s.url_view(Some("first")).quote, None);
        let s = s.apply(Action::MoveTo("gone".into()));
        assert_eq!(
            s.url_view(Some("first")).quote.as_deref(),
            Some("first"),
            "the quote actually shown"
        );
    }
}
