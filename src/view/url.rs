//! The widget's view in the page URL: `PREFIX-region`, `PREFIX-sector`,
//! `PREFIX-q` and `PREFIX-quote` in the query string, next to whatever keys
//! the host page and other widgets keep there.

use crate::recap::{in_order, Region, Sector};

/// The part of the view that a link carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlView {
    pub regions: Vec<Region>,
    pub sectors: Vec<Sector>,
    pub query: String,
    pub quote: Option<String>,
}

/// Reads this widget's keys from a query string (with or without the `?`).
/// Returns `None` when the URL holds none of them, so that the `region`
/// attribute applies; unknown slugs are ignored.
pub fn read(search: &str, prefix: &str) -> Option<UrlView> {
    let mut view = UrlView::default();
    let mut any = false;
    for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        let Some(name) = own_key(&key, prefix) else {
            continue;
        };
        match name {
            "region" => view.regions = slugs(&value, Region::ALL, Region::from_slug),
            "sector" => view.sectors = slugs(&value, Sector::ALL, Sector::from_slug),
            "q" => view.query = value.into_owned(),
            _ => view.quote = Some(value.into_owned()).filter(|q| !q.is_empty()),
        }
        any = true;
    }
    any.then_some(view)
}

/// Writes the view into a query string: this widget's keys are replaced (or
/// dropped when empty), every other pair is kept byte for byte. Returns the
/// new search part, `?…`, or an empty string when nothing is left.
pub fn write(search: &str, prefix: &str, view: &UrlView) -> String {
    let mut parts: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            let decoded: String = form_urlencoded::parse(key.as_bytes())
                .map(|(key, _)| key)
                .collect();
            !pair.is_empty() && own_key(&decoded, prefix).is_none()
        })
        .map(str::to_owned)
        .collect();
    let mut add = |name: &str, value: String| {
        if !value.is_empty() {
            parts.push(format!("{}-{name}={value}", encode(prefix)));
        }
    };
    // Slugs are ASCII; the commas between them stay readable.
    add("region", join(view.regions.iter().map(|r| r.slug())));
    add("sector", join(view.sectors.iter().map(|s| s.slug())));
    add("q", encode(&view.query));
    add("quote", encode(view.quote.as_deref().unwrap_or_default()));
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The name of one of this widget's keys (`region` of `recap-region`).
fn own_key<'k>(key: &'k str, prefix: &str) -> Option<&'k str> {
    let name = key.strip_prefix(prefix)?.strip_prefix('-')?;
    matches!(name, "region" | "sector" | "q" | "quote").then_some(name)
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

fn slugs<T: Copy + PartialEq>(value: &str, all: &[T], from_slug: fn(&str) -> Option<T>) -> Vec<T> {
    let found: Vec<T> = value
        .split(',')
        .filter_map(|s| from_slug(s.trim()))
        .collect();
    in_order(all, &found)
}

/// application/x-www-form-urlencoded, as `URLSearchParams` writes it.
fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> UrlView {
        UrlView {
            regions: vec![Region::SachsenAnhalt],
            sectors: vec![],
            query: String::new(),
            quote: Some("schloemer-netzwerke".into()),
        }
    }

    #[test]
    fn writes_the_spec_example() {
        assert_eq!(
            write("", "recap", &view()),
            "?recap-region=sachsen-anhalt&recap-quote=schloemer-netzwerke"
        );
    }

    #[test]
    fn round_trips_every_field() {
        let full = UrlView {
            regions: vec![Region::Sachsen, Region::Thueringen],
            sectors: vec![Sector::Politik, Sector::Wissenschaft],
            query: "Schlömer & Co = 100% ?".into(),
            quote: Some("a-b".into()),
        };
        let search = write("?page=2", "mdk", &full);
        assert_eq!(read(&search, "mdk"), Some(full));
        assert!(search.starts_with("?page=2&mdk-region=sachsen,thueringen&mdk-sector=politik,wissenschaft&mdk-q=Schl%C3%B6mer+%26+Co"));
    }

    #[test]
    fn keeps_foreign_keys_and_other_widgets() {
        let search = "?utm_source=news&other-region=sachsen&recap-region=thueringen&x=%20y";
        let written = write(search, "recap", &view());
        assert_eq!(
            written,
            "?utm_source=news&other-region=sachsen&x=%20y&recap-region=sachsen-anhalt&recap-quote=schloemer-netzwerke"
        );
        assert_eq!(
            read(&written, "other").map(|v| v.regions),
            Some(vec![Region::Sachsen])
        );
    }

    #[test]
    fn empty_view_removes_our_keys_only() {
        assert_eq!(
            write("?recap-q=x&recap-quote=y", "recap", &UrlView::default()),
            ""
        );
        assert_eq!(
            write("?a=1&recap-q=x", "recap", &UrlView::default()),
            "?a=1"
        );
    }

    #[test]
    fn absent_keys_mean_no_url_state() {
        assert_eq!(read("", "recap"), None);
        assert_eq!(read("?recapx-region=sachsen&foo=1", "recap"), None);
        assert_eq!(read("?recap-region=", "recap"), Some(UrlView::default()));
    }

    #[test]
    fn bad_values_are_ignored() {
        let v = read("?recap-region=sachsen,bayern,,SACHSEN,sachsen&recap-sector=%ZZ&recap-q=%E2%82&recap-quote=", "recap");
        let v = v.expect("keys present");
        assert_eq!(v.regions, [Region::Sachsen]);
        assert!(v.sectors.is_empty());
        assert_eq!(v.query, "\u{fffd}");
        assert_eq!(v.quote, None);
    }

    #[test]
    fn prefix_is_matched_exactly() {
        let search = "?a-b-region=sachsen&a-region=thueringen";
        assert_eq!(
            read(search, "a").map(|v| v.regions),
            Some(vec![Region::Thueringen])
        );
        assert_eq!(
            read(search, "a-b").map(|v| v.regions),
            Some(vec![Region::Sachsen])
        );
    }

    #[test]
    fn values_come_once_in_the_order_of_the_spec() {
        let v = read(
            "?recap-region=thueringen,sachsen,thueringen&recap-sector=wissenschaft,politik,wissenschaft",
            "recap",
        )
        .expect("keys present");
        assert_eq!(v.regions, [Region::Sachsen, Region::Thueringen]);
        assert_eq!(v.sectors, [Sector::Politik, Sector::Wissenschaft]);
    }
}
