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
    for (key, value) in pairs(search) {
        let Some(name) = key.strip_prefix(prefix).and_then(|k| k.strip_prefix('-')) else {
            continue;
        };
        match name {
            "region" => view.regions = slugs(&value, &Region::ALL, Region::from_slug),
            "sector" => view.sectors = slugs(&value, &Sector::ALL, Sector::from_slug),
            "q" => view.query = value,
            "quote" => view.quote = Some(value).filter(|q| !q.is_empty()),
            _ => continue,
        }
        any = true;
    }
    any.then_some(view)
}

/// Writes the view into a query string: this widget's keys are replaced (or
/// dropped when empty), every other pair is kept as it was. Returns the new
/// search part, `?…`, or an empty string when nothing is left.
pub fn write(search: &str, prefix: &str, view: &UrlView) -> String {
    let ours = |key: &str| {
        key.strip_prefix(prefix)
            .and_then(|k| k.strip_prefix('-'))
            .is_some_and(|k| matches!(k, "region" | "sector" | "q" | "quote"))
    };
    let mut parts: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            !pair.is_empty() && !ours(&decode(pair.split('=').next().unwrap_or_default()))
        })
        .map(str::to_owned)
        .collect();
    let mut add = |name: &str, value: String| {
        if !value.is_empty() {
            parts.push(format!("{}-{name}={}", encode(prefix), encode(&value)));
        }
    };
    add("region", join(view.regions.iter().map(|r| r.slug())));
    add("sector", join(view.sectors.iter().map(|s| s.slug())));
    add("q", view.query.clone());
    add("quote", view.quote.clone().unwrap_or_default());
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
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

/// The decoded `key=value` pairs of a query string.
fn pairs(search: &str) -> impl Iterator<Item = (String, String)> + '_ {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
}

/// application/x-www-form-urlencoded decoding; invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex(bytes[i + 1]).is_some()
                && hex(bytes[i + 2]).is_some() =>
            {
                let (hi, lo) = (
                    hex(bytes[i + 1]).unwrap_or(0),
                    hex(bytes[i + 2]).unwrap_or(0),
                );
                out.push(hi << 4 | lo);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters; space becomes `+`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    out
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
