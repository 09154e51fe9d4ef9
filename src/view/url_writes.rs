//! When the widget's view is written into the page URL, as data: a push
//! goes out at once, replacements at most one per [`REPLACE_EVERY_MS`] (the
//! latest waits for its turn and always lands), and a push first writes the
//! replacement still waiting into the entry it leaves, so that "back" shows
//! that entry as the visitor left it (a cleared search stays cleared).

use super::state::HistoryMode;
use super::url::UrlView;

/// The shortest time between two replacements of the URL. Chromium ignores
/// history calls after 200 in 10 s (for the whole page, the host's router
/// too) and WebKit throws after 100: typing or holding an arrow key must
/// stay far below that.
pub const REPLACE_EVERY_MS: u32 = 250;

/// One write into the page's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    pub view: UrlView,
    /// `Push` or `Replace`.
    pub mode: HistoryMode,
}

/// The URL writes of one widget: what the URL shows of it, and a
/// replacement waiting for its turn. Times are milliseconds on any clock
/// that only goes forward.
#[derive(Debug, Default)]
pub struct UrlWrites {
    /// The view the URL holds (written or restored last).
    shown: Option<UrlView>,
    /// When the URL was last replaced.
    replaced_at: Option<f64>,
    /// The latest replacement that came too soon.
    pending: Option<UrlView>,
}

impl UrlWrites {
    /// Starts from the view the URL holds now.
    pub fn showing(view: UrlView) -> UrlWrites {
        UrlWrites {
            shown: Some(view),
            ..UrlWrites::default()
        }
    }

    pub fn shown(&self) -> Option<&UrlView> {
        self.shown.as_ref()
    }

    /// How long the waiting replacement still has to wait, if one waits.
    pub fn wait(&self, now: f64) -> Option<u32> {
        self.pending.as_ref()?;
        let since = self.replaced_at.map_or(f64::INFINITY, |at| now - at);
        Some((f64::from(REPLACE_EVERY_MS) - since).max(0.0).ceil() as u32)
    }

    /// A change of the view at `now`, to be recorded by `mode`: the writes
    /// to make now, in order. A replacement that comes too soon is kept
    /// instead (see [`UrlWrites::wait`]), replacing one kept before.
    pub fn record(&mut self, view: UrlView, mode: HistoryMode, now: f64) -> Vec<Write> {
        match mode {
            HistoryMode::None => Vec::new(),
            HistoryMode::Push => {
                let mut writes: Vec<Write> = self.flush(now).into_iter().collect();
                self.shown = Some(view.clone());
                writes.push(Write {
                    view,
                    mode: HistoryMode::Push,
                });
                writes
            }
            HistoryMode::Replace => {
                self.pending = Some(view);
                if self.wait(now) == Some(0) {
                    self.flush(now).into_iter().collect()
                } else {
                    Vec::new()
                }
            }
        }
    }

    /// The waiting replacement, written now (its timer has run out, a push
    /// comes, or the widget goes away).
    pub fn flush(&mut self, now: f64) -> Option<Write> {
        let view = self.pending.take()?;
        self.replaced_at = Some(now);
        self.shown = Some(view.clone());
        Some(Write {
            view,
            mode: HistoryMode::Replace,
        })
    }

    /// Back or forward brought `view` into the URL: a waiting replacement is
    /// moot. Whether the widget must show it (its own keys changed; the
    /// host's entries and other widgets' leave it as it is).
    pub fn restored(&mut self, view: UrlView) -> bool {
        self.pending = None;
        if self.shown.as_ref() == Some(&view) {
            return false;
        }
        self.shown = Some(view);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recap::Region;

    fn query(text: &str) -> UrlView {
        UrlView {
            query: text.into(),
            ..UrlView::default()
        }
    }

    fn replace(view: UrlView) -> Write {
        Write {
            view,
            mode: HistoryMode::Replace,
        }
    }

    #[test]
    fn replacements_go_out_at_most_four_times_a_second_and_the_last_lands() {
        let mut w = UrlWrites::default();
        assert_eq!(
            w.record(query("g"), HistoryMode::Replace, 0.0),
            [replace(query("g"))]
        );
        assert!(w.record(query("gr"), HistoryMode::Replace, 10.0).is_empty());
        assert!(w
            .record(query("gro"), HistoryMode::Replace, 20.0)
            .is_empty());
        assert_eq!(w.wait(20.0), Some(230));
        assert_eq!(
            w.flush(250.0),
            Some(replace(query("gro"))),
            "only the latest"
        );
        assert_eq!(w.flush(260.0), None, "written once");
        assert_eq!(w.wait(260.0), None);
        assert_eq!(
            w.record(query("gros"), HistoryMode::Replace, 600.0),
            [replace(query("gros"))],
            "after the pause, at once"
        );
    }

    #[test]
    fn a_push_first_writes_the_waiting_replacement_into_the_entry_it_leaves() {
        let mut w = UrlWrites::default();
        w.record(query("gross"), HistoryMode::Replace, 0.0);
        // Cleared, and at once a region chosen: the cleared search waits.
        assert!(w.record(query(""), HistoryMode::Replace, 100.0).is_empty());
        let region = UrlView {
            regions: vec![Region::Sachsen],
            ..UrlView::default()
        };
        let writes = w.record(region.clone(), HistoryMode::Push, 120.0);
        assert_eq!(
            writes,
            [
                replace(query("")),
                Write {
                    view: region.clone(),
                    mode: HistoryMode::Push
                }
            ],
            "the entry left behind holds the cleared search"
        );
        assert_eq!(w.wait(120.0), None, "nothing waits after the push");
        assert_eq!(w.shown(), Some(&region));
    }

    #[test]
    fn a_push_with_nothing_waiting_is_one_write() {
        let mut w = UrlWrites::default();
        let writes = w.record(query("x"), HistoryMode::Push, 0.0);
        assert_eq!(writes.len(), 1);
        assert!(w.record(query("y"), HistoryMode::None, 1.0).is_empty());
    }

    #[test]
    fn back_drops_the_waiting_replacement_and_reports_only_own_changes() {
        let mut w = UrlWrites::showing(query("a"));
        w.record(query("ab"), HistoryMode::Replace, 0.0);
        w.record(query("abc"), HistoryMode::Replace, 10.0);
        assert!(w.restored(query("x")));
        assert_eq!(w.wait(20.0), None);
        assert!(
            !w.restored(query("x")),
            "the host's own entry: nothing to show"
        );
    }
}
