//! Ids from names: ASCII slugs with umlauts spelled out ("Schlömer" -> `schloemer`), kept unique.

use std::collections::HashSet;

/// Latin letters with marks, spelled in ASCII as a German reader would type them.
fn ascii(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'æ' => "ae",
        'ö' | 'œ' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'á' | 'à' | 'â' | 'ã' | 'å' | 'ā' | 'ą' | 'ă' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'é' | 'è' | 'ê' | 'ë' | 'ě' | 'ę' | 'ē' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ó' | 'ò' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'š' | 'ś' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ú' | 'ù' | 'û' | 'ů' | 'ū' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// `[a-z0-9-]+` from any text; "" when nothing in it is a letter or digit.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(spelled) = ascii(c) {
            out.push_str(spelled);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Hands out ids that are unique within one list: `mueller`, `mueller-2`, …
#[derive(Default)]
pub struct Ids {
    taken: HashSet<String>,
}

impl Ids {
    pub fn unique(&mut self, wanted: &str, fallback: &str) -> String {
        let base = match slug(wanted) {
            s if s.is_empty() => fallback.to_string(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_ascii_slugs() {
        assert_eq!(slug("Bernd Schlömer"), "bernd-schloemer");
        assert_eq!(slug("Cornelia Haase-Lerch"), "cornelia-haase-lerch");
        assert_eq!(slug("Zoë Ćosić-Núñez"), "zoe-cosic-nunez");
        assert_eq!(slug("Ødegaard, Jørn"), "odegaard-jorn");
        assert_eq!(slug("李"), "");
    }

    #[test]
    fn ids_stay_unique() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("Anna Groß", "person"), "anna-gross");
        assert_eq!(ids.unique("Anna Gross", "person"), "anna-gross-2");
        assert_eq!(ids.unique("李", "person"), "person");
        assert_eq!(ids.unique("", "person"), "person-2");
    }
}
