//! The widget's UI language, from the `locale` attribute: German or English.
//! The recap's own content keeps its language (`Recap::language`).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// Reads the `locale` attribute; anything that is not English falls back to German.
    pub fn from_attr(value: Option<&str>) -> Lang {
        match value.map(|v| v.trim().to_ascii_lowercase()) {
            Some(v) if v == "en" || v.starts_with("en-") => Lang::En,
            _ => Lang::De,
        }
    }

    /// Reads a command-line language: `de` or `en` (any case), nothing else,
    /// so that a typo is an error instead of German.
    pub fn from_option(value: &str) -> Option<Lang> {
        match value.to_ascii_lowercase().as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag of the UI language, for the `lang` attribute of UI text.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_attribute() {
        assert_eq!(Lang::from_attr(None), Lang::De);
        assert_eq!(Lang::from_attr(Some("EN")), Lang::En);
        assert_eq!(Lang::from_attr(Some("en-GB")), Lang::En);
        assert_eq!(Lang::from_attr(Some("fr")), Lang::De);
    }

    #[test]
    fn command_line_language() {
        assert_eq!(Lang::from_option("de"), Some(Lang::De));
        assert_eq!(Lang::from_option("EN"), Some(Lang::En));
        assert_eq!(Lang::from_option("fr"), None);
        assert_eq!(Lang::from_option("en-GB"), None);
        assert_eq!(Lang::from_option(""), None);
    }
}
