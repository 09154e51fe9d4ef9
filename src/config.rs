//! The embed element's attributes, read into the widget's configuration.
//!
//! Pure: the custom-element glue passes a getter; the rules live here.

use crate::lang::Lang;
use crate::recap::{in_order, Region};
use crate::view::carousel::Autoplay;

/// The URL-key prefix of a widget without an `id`.
pub const DEFAULT_PREFIX: &str = "recap";

/// What the host page asked for through attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The `src` attribute as written; `None` means the shipped `recap.json`.
    pub src: Option<String>,
    pub lang: Lang,
    /// The initial region filter (`region="Sachsen, Thüringen"`).
    pub regions: Vec<Region>,
    /// Seconds between quotes, when autoplay is on.
    pub autoplay: Option<u32>,
    /// Whether the widget may write its state into the page URL.
    pub url_state: bool,
    /// Prefix of this widget's URL keys: the element's `id`, or "recap".
    pub prefix: String,
}

impl Config {
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Config {
        // Like a browser reads URL attributes: without surrounding ASCII whitespace
        // (embed.js resolves `src` the same way for its early request).
        let src = attribute("src")
            .map(|s| s.trim_ascii().to_owned())
            .filter(|s| !s.is_empty());
        let regions = attribute("region")
            .map(|r| parse_regions(&r))
            .unwrap_or_default();
        let url_state =
            !attribute("url-state").is_some_and(|v| v.trim().eq_ignore_ascii_case("off"));
        let prefix = attribute("id")
            .map(|id| id.trim().to_owned())
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| DEFAULT_PREFIX.to_owned());
        Config {
            src,
            lang: Lang::from_attr(attribute("locale").as_deref()),
            regions,
            autoplay: Autoplay::parse_interval(attribute("autoplay").as_deref()),
            url_state,
            prefix,
        }
    }
}

/// Region names (or URL slugs), comma-separated; unknown names are ignored.
pub fn parse_regions(list: &str) -> Vec<Region> {
    let found: Vec<Region> = list
        .split(',')
        .map(str::trim)
        .filter_map(|name| {
            Region::from_name(name).or_else(|| Region::from_slug(&name.to_ascii_lowercase()))
        })
        .collect();
    in_order(Region::ALL, &found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> Config {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults() {
        let c = config(&[]);
        assert_eq!(c.src, None);
        assert_eq!(c.lang, Lang::De);
        assert!(c.regions.is_empty());
        assert_eq!(c.autoplay, None);
        assert!(c.url_state);
        assert_eq!(c.prefix, "recap");
    }

    #[test]
    fn src_loses_only_surrounding_ascii_whitespace() {
        // The same rule as embed.js's early request, so both ask for one URL.
        let c = config(&[("src", "\n\t recap.json\u{a0}\r\n")]);
        assert_eq!(c.src.as_deref(), Some("recap.json\u{a0}"));
        assert_eq!(
            config(&[("src", " \u{feff}")]).src.as_deref(),
            Some("\u{feff}")
        );
        assert_eq!(config(&[("src", " \t\n")]).src, None);
    }

    #[test]
    fn every_attribute() {
        let c = config(&[
            ("src", " https://example.org/mdk.json "),
            ("locale", "en"),
            ("region", "Thüringen, Sachsen-Anhalt,Bayern,sachsen"),
            ("autoplay", "8"),
            ("url-state", "OFF"),
            ("id", "mdk"),
        ]);
        assert_eq!(c.src.as_deref(), Some("https://example.org/mdk.json"));
        assert_eq!(c.lang, Lang::En);
        assert_eq!(
            c.regions,
            [Region::Sachsen, Region::SachsenAnhalt, Region::Thueringen]
        );
        assert_eq!(c.autoplay, Some(8));
        assert!(!c.url_state);
        assert_eq!(c.prefix, "mdk");
    }
}
