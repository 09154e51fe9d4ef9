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
}
