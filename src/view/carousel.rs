//! The quote carousel's state: which quotes the filters leave, which one is
//! current, stepping with wrap-around, and when autoplay may run.
//!
//! The carousel wraps: "next" on the last quote shows the first. A visitor
//! who swipes through twelve quotes on a phone expects to keep going, and
//! autoplay needs the same rule.

use super::filter::{Matches, Selection};
use super::search::{fold_query, Folded};
use crate::recap::Recap;

/// The quotes (indexes into `Recap::quotes`) that fit the current filters:
/// those of the people the filters leave, and unattributed quotes while no
/// region or sector is selected (matched against the search on their text).
pub fn visible_quotes(recap: &Recap, matches: &Matches, selection: &Selection) -> Vec<usize> {
    let query = fold_query(&selection.query);
    // One flag per person: a lookup per quote instead of a binary search,
    // which ran for milliseconds on the first filter change at 10,000 people.
    let mut shown = vec![false; recap.speakers.len()];
    for &person in &matches.visible {
        if let Some(flag) = shown.get_mut(person) {
            *flag = true;
        }
    }
    recap
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, quote)| match quote.speaker {
            Some(speaker) => shown.get(speaker).copied().unwrap_or(false),
            None => {
                !selection.has_group_filter()
                    && query
                        .as_ref()
                        .is_none_or(|q| Folded::new(&quote.text).contains(q))
            }
        })
        .map(|(i, _)| i)
        .collect()
}

/// The position of the current quote among the visible ones: the quote with
/// id `current` if it is still visible, else the first.
pub fn position(recap: &Recap, visible: &[usize], current: Option<&str>) -> usize {
    current
        .and_then(|id| visible.iter().position(|&q| recap.quotes[q].id == id))
        .unwrap_or(0)
}

/// The position one step forward or back, wrapping at both ends.
pub fn step(position: usize, len: usize, forward: bool) -> usize {
    match (len, forward) {
        (0, _) => 0,
        (_, true) => (position + 1) % len,
        (_, false) => (position + len - 1) % len,
    }
}

/// Whether autoplay rotates right now: only with an interval, never under
/// `prefers-reduced-motion`, paused while the pointer is over the carousel,
/// and stopped by the pause button or by keyboard focus entering it until
/// the visitor presses play.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Autoplay {
    /// Seconds between quotes; `None` without the `autoplay` attribute.
    pub interval: Option<u32>,
    pub reduced_motion: bool,
    /// The pointer is over the carousel.
    pub hovered: bool,
    /// Stopped by the pause button or by keyboard focus entering the carousel;
    /// only the play button starts it again.
    pub stopped: bool,
}

impl Autoplay {
    /// Reads the `autoplay` attribute: whole seconds, at least 2; anything else
    /// means no autoplay.
    pub fn parse_interval(attribute: Option<&str>) -> Option<u32> {
        attribute?
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|&s| (2..=3600).contains(&s))
    }

    /// Whether the pause/play button is shown at all.
    pub fn available(&self) -> bool {
        self.interval.is_some() && !self.reduced_motion
    }

    pub fn running(&self) -> bool {
        self.available() && !self.stopped && !self.hovered
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recap::parse;
    use crate::view::filter::PeopleIndex;

    const RECAP: &str = r#"{"version":1,"event":{"title":"T","date":"2024-04-17","city":"E"},
      "speakers":[{"id":"a","name":"Anna","region":"Sachsen"},{"id":"b","name":"Bert","region":"Thüringen"}],
      "quotes":[{"id":"qa","speaker":"a","text":"Alpha"},{"id":"qx","speaker":"nobody","text":"Xenon"},
                {"id":"qb","speaker":"b","text":"Beta"},{"id":"qa2","speaker":"a","text":"Gamma"}]}"#;

    fn setup(selection: &Selection) -> (Recap, Vec<usize>) {
        let recap = match parse(RECAP) {
            Ok(p) => p.recap,
            Err(e) => panic!("{:?}", e.fatal),
        };
        let matches = PeopleIndex::new(&recap).apply(selection);
        let visible = visible_quotes(&recap, &matches, selection);
        (recap, visible)
    }

    #[test]
    fn quotes_follow_the_filters() {
        assert_eq!(setup(&Selection::default()).1, [0, 1, 2, 3]);
        let mut s = Selection::default();
        s.toggle_region(crate::recap::Region::Sachsen);
        assert_eq!(
            setup(&s).1,
            [0, 3],
            "unattributed quotes only without a region filter"
        );
        let s = Selection {
            query: "xenon".into(),
            ..Selection::default()
        };
        assert_eq!(
            setup(&s).1,
            [1],
            "an unattributed quote matches the search on its text"
        );
        let s = Selection {
            query: "anna".into(),
            ..Selection::default()
        };
        assert_eq!(
            setup(&s).1,
            [0, 3],
            "a person's match brings all their quotes"
        );
    }

    #[test]
    fn current_quote_survives_or_gives_way_to_the_first() {
        let (recap, all) = setup(&Selection::default());
        assert_eq!(position(&recap, &all, Some("qb")), 2);
        let mut s = Selection::default();
        s.toggle_region(crate::recap::Region::Sachsen);
        let (recap, some) = setup(&s);
        assert_eq!(position(&recap, &some, Some("qa2")), 1);
        assert_eq!(
            position(&recap, &some, Some("qb")),
            0,
            "filtered out: the first remaining"
        );
        assert_eq!(position(&recap, &some, Some("unknown")), 0);
        assert_eq!(position(&recap, &some, None), 0);
    }

    #[test]
    fn stepping_wraps_at_both_ends() {
        assert_eq!(step(0, 3, true), 1);
        assert_eq!(step(2, 3, true), 0);
        assert_eq!(step(0, 3, false), 2);
        assert_eq!(step(0, 1, true), 0);
        assert_eq!(step(0, 0, false), 0);
    }

    #[test]
    fn autoplay_rules() {
        assert_eq!(Autoplay::parse_interval(Some("7")), Some(7));
        assert_eq!(Autoplay::parse_interval(Some(" 5 ")), Some(5));
        assert_eq!(Autoplay::parse_interval(Some("0")), None);
        assert_eq!(Autoplay::parse_interval(Some("fast")), None);
        assert_eq!(Autoplay::parse_interval(None), None);
        let mut a = Autoplay {
            interval: Some(5),
            ..Autoplay::default()
        };
        assert!(a.running());
        a.hovered = true;
        assert!(!a.running(), "paused while hovered");
        a.hovered = false;
        a.stopped = true;
        assert!(
            !a.running() && a.available(),
            "stopped until play is pressed"
        );
        let reduced = Autoplay {
            interval: Some(5),
            reduced_motion: true,
            ..Autoplay::default()
        };
        assert!(
            !reduced.running() && !reduced.available(),
            "never under reduced motion"
        );
        assert!(!Autoplay::default().available());
    }
}

/// Which way a pointer gesture on the carousel goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Too short to tell yet.
    Undecided,
    /// A swipe: the slide follows the finger.
    Horizontal,
    /// Page scrolling: the carousel lets go.
    Vertical,
}

/// Pixels a pointer must travel before the gesture's direction is decided.
const SLOP: i32 = 8;

pub fn swipe_axis(dx: i32, dy: i32) -> Axis {
    if dx.abs() < SLOP && dy.abs() < SLOP {
        Axis::Undecided
    } else if dx.abs() > dy.abs() {
        Axis::Horizontal
    } else {
        Axis::Vertical
    }
}

/// The step a finished horizontal swipe makes: `Some(true)` forward (finger
/// moved left), `Some(false)` back, `None` to snap back. A third of the width
/// or a flick (fast and at least 30 px) advances.
pub fn swipe_outcome(dx: i32, elapsed_ms: u32, width: i32) -> Option<bool> {
    let distance = dx.abs();
    let far = width > 0 && distance * 3 >= width;
    // Faster than 0.5 px/ms.
    let flick = distance >= 30 && i64::from(distance) * 2 > i64::from(elapsed_ms.max(1));
    (far || flick).then_some(dx < 0)
}

#[cfg(test)]
mod swipe_tests {
    use super::*;

    #[test]
    fn direction_is_decided_after_a_few_pixels() {
        assert_eq!(swipe_axis(3, -4), Axis::Undecided);
        assert_eq!(swipe_axis(-20, 5), Axis::Horizontal);
        assert_eq!(swipe_axis(6, 30), Axis::Vertical);
        assert_eq!(swipe_axis(10, 10), Axis::Vertical, "a diagonal scrolls");
    }

    #[test]
    fn a_third_of_the_width_or_a_flick_advances() {
        assert_eq!(swipe_outcome(-130, 900, 390), Some(true));
        assert_eq!(swipe_outcome(130, 900, 390), Some(false));
        assert_eq!(
            swipe_outcome(-100, 900, 390),
            None,
            "slow and short snaps back"
        );
        assert_eq!(swipe_outcome(-60, 80, 390), Some(true), "a flick");
        assert_eq!(swipe_outcome(-20, 10, 390), None, "too short even if fast");
        assert_eq!(swipe_outcome(0, 0, 0), None);
    }
}
