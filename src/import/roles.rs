//! A person's role text split into role and organization, and the region that text names.

use super::names::is_role_word;
use super::text::words;

/// Legal forms that end an organization's name.
const LEGAL_FORMS: &[&str] = &[
    "GmbH", "gGmbH", "mbH", "e.V.", "AG", "SE", "KG", "UG", "eG", "e.G.", "GbR", "OHG", "KGaA",
    "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "plc", "S.A.", "B.V.", "AöR", "KdöR", "V.", "AS", "A/S",
    "ApS", "AB", "Oy", "N.V.", "BV", "SAS", "SARL", "S.L.", "Corp.", "S.p.A.", "S.r.l.",
];

/// Words inside an organization's name that make a split at "der"/"von" clear.
const ORG_WORDS: &[&str] = &[
    "kammer",
    "gruppe",
    "group",
    "verband",
    "verein",
    "hochschule",
    "universität",
    "university",
    "institut",
    "agentur",
    "ministerium",
    "ministry",
    "akademie",
    "academy",
    "stiftung",
    "bank",
    "stadtwerke",
    "behörde",
    "cluster",
    "netzwerk",
    "network",
    "initiative",
    "zentrum",
    "center",
    "centre",
    "campus",
    "stadt",
    "gemeinde",
    "landkreis",
    "fraunhofer",
    "company",
    "foundation",
    "association",
    "schule",
    "klinikum",
    "werke",
    "college",
    "school",
    "council",
    "amt",
];

/// Where an organization starts after a role ("Geschäftsführer der …", "CEO of …").
const PREPOSITIONS: &[&str] = &["der", "des", "bei", "von", "vom", "beim", "at", "of"];

/// Prepositions left at the end of a role once its organization is taken off.
const TRAILING: &[&str] = &["an", "bei", "in", "im", "at", "von", "vom", "am"];

#[derive(Clone, Debug, PartialEq)]
pub struct RoleAndOrganization {
    pub role: Option<String>,
    /// The organization, and whether it was guessed (no legal form ends it).
    pub organization: Option<(String, bool)>,
}

fn ends_with_legal_form(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or_default();
    LEGAL_FORMS.contains(&last)
}

fn is_org_like(org: &str) -> bool {
    let lower = org.to_lowercase();
    (ends_with_legal_form(org) && org.contains(' '))
        || words(&lower)
            .iter()
            .any(|(_, w)| ORG_WORDS.iter().any(|o| w.contains(o)))
}

/// Splits "Geschäftsführer der Lecos GmbH" into role and organization where
/// the organization's start is clear (a legal form ends it, or a word such as
/// "Kammer" is in it); otherwise the whole text is the role.
pub fn split(text: &str) -> RoleAndOrganization {
    let text = text.trim().trim_end_matches([',', ':', ';']).trim();
    let whole = RoleAndOrganization {
        role: (!text.is_empty()).then(|| text.to_string()),
        organization: None,
    };
    let tokens = words(text);
    let n = tokens.len();
    let legal = ends_with_legal_form(text);
    // (index of the first organization word, byte offset where the role ends)
    let mut split = None;
    for i in (0..n.saturating_sub(1)).rev() {
        let (start, token) = tokens[i];
        if token.ends_with([',', ';']) {
            split = Some((i + 1, start + token.len() - 1));
            break;
        }
        if is_role_word(token) {
            split = Some((i + 1, start + token.len()));
            break;
        }
        // "Otto von Guericke University": a particle between two parts of a
        // name, not the word that leads to the organization.
        let capital = |w: Option<&(usize, &str)>| {
            w.is_some_and(|(_, w)| w.starts_with(char::is_uppercase) && !is_role_word(w))
        };
        let particle = matches!(token, "von" | "van" | "de")
            && capital(i.checked_sub(1).and_then(|p| tokens.get(p)))
            && capital(tokens.get(i + 1));
        if PREPOSITIONS.contains(&token) && !particle {
            // "Autobahn des Bundes GmbH": a genitive just before the legal form
            // is part of the name; without a legal form, "des Bürgeramts Jena"
            // is a genitive the organization's own name would not have.
            let inside_name = token == "des" && (!legal || n - i - 1 <= 2);
            if !inside_name {
                split = Some((i + 1, start));
                break;
            }
        }
    }
    let (first, role_end) = match split {
        Some(found) => found,
        None if is_org_like(text) && legal => (0, 0),
        // "(Martin Luther University Halle-Wittenberg)": an organization
        // alone, no position named.
        None if is_org_like(text) && !words(text).iter().any(|(_, w)| is_role_word(w)) => {
            return RoleAndOrganization {
                role: None,
                organization: Some((text.to_string(), true)),
            };
        }
        None => return whole,
    };
    let Some(&(org_start, _)) = tokens.get(first) else {
        return whole;
    };
    // "Head of Research at the Leipzig Institute …": the article is not part of the name.
    let organization = text[org_start..].trim();
    let organization = organization
        .strip_prefix("the ")
        .unwrap_or(organization)
        .to_string();
    // "Staatssekretär im Finanzministerium": a place in an organization, not its name.
    let first_word = organization.split(' ').next().unwrap_or_default();
    let joins = [
        "im", "in", "am", "an", "für", "zur", "zum", "der", "die", "das", "des", "dem", "den",
        "und", "for", "the", "and",
    ];
    if !is_org_like(&organization) || joins.contains(&first_word) {
        return whole;
    }
    let mut role = text[..role_end].trim().trim_end_matches(',').trim();
    while let Some((head, last)) = role.rsplit_once(' ') {
        if !TRAILING.contains(&last) {
            break;
        }
        role = head.trim_end();
    }
    if TRAILING.contains(&role) {
        role = "";
    }
    // "… Vorstandsmitglied des Vereins und Geschäftsführer [der Firma]": the
    // last position is the one at the organization, so it stands apart.
    let role = match role.rsplit_once(" und ") {
        Some((head, last)) if !last.contains(' ') && is_role_word(last) && head.contains(' ') => {
            format!("{head}, {last}")
        }
        _ => role.to_string(),
    };
    // "der Städtischen Werke …": after an article the name carries a case
    // ending it does not have on its own; the editor puts it right.
    let inflected = organization.contains(' ')
        && first_word.ends_with("en")
        && first_word.starts_with(char::is_uppercase);
    RoleAndOrganization {
        role: (!role.is_empty()).then_some(role),
        organization: Some((organization, !legal || inflected)),
    }
}

/// The one region a text names ("CIO des Landes Sachsen-Anhalt"), if exactly one.
pub fn region(text: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for (_, word) in words(text) {
        let word = word.trim_matches(|c: char| !c.is_alphabetic() && c != '-');
        let region = match word {
            "Sachsen-Anhalt" | "Sachsen-Anhalts" | "Saxony-Anhalt" => "Sachsen-Anhalt",
            "Sachsen" | "Sachsens" | "Sächsische" | "Sächsischen" | "Sächsischer" | "Saxony" => {
                "Sachsen"
            }
            "Thüringen" | "Thüringens" | "Thüringer" | "Thuringia" => "Thüringen",
            _ => continue,
        };
        match found {
            Some(other) if other != region => return None,
            _ => found = Some(region),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> (Option<String>, Option<String>) {
        let split = split(text);
        (split.role, split.organization.map(|(o, _)| o))
    }

    fn both(role: &str, org: &str) -> (Option<String>, Option<String>) {
        (Some(role.into()), Some(org.into()))
    }

    #[test]
    fn legal_forms_end_organizations() {
        assert_eq!(
            parts("Geschäftsführer Lecos GmbH"),
            both("Geschäftsführer", "Lecos GmbH")
        );
        assert_eq!(
            parts("Geschäftsführer Databund e.V."),
            both("Geschäftsführer", "Databund e.V.")
        );
        assert_eq!(
            parts("Head of Smart City Services, Fujitsu Services GmbH"),
            both("Head of Smart City Services", "Fujitsu Services GmbH")
        );
        assert_eq!(
            parts("Head of Business Development bei Cyberus Technology GmbH"),
            both("Head of Business Development", "Cyberus Technology GmbH")
        );
        assert_eq!(
            parts("Co-Founder & CEO von Enginsight GmbH"),
            both("Co-Founder & CEO", "Enginsight GmbH")
        );
        assert_eq!(
            parts("Direktor der Niederlassung Ost der Autobahn des Bundes GmbH"),
            both("Direktor der Niederlassung Ost", "Autobahn des Bundes GmbH")
        );
        assert_eq!(
            parts("CEO of Northwind Ltd."),
            both("CEO", "Northwind Ltd.")
        );
    }

    #[test]
    fn prepositions_split_only_where_an_organization_follows() {
        assert_eq!(
            parts("Hauptgeschäftsführerin der Industrie- und Handelskammer (IHK) Erfurt"),
            both(
                "Hauptgeschäftsführerin",
                "Industrie- und Handelskammer (IHK) Erfurt"
            )
        );
        assert_eq!(
            parts("Professor für Verwaltungsinformatik und E-Government an der Hochschule Meißen (FH) und Fortbildungszentrum"),
            both("Professor für Verwaltungsinformatik und E-Government", "Hochschule Meißen (FH) und Fortbildungszentrum")
        );
        let state = "Staatssekretär im Ministerium für Infrastruktur und Digitales und CIO des Landes Sachsen-Anhalt";
        assert_eq!(parts(state), (Some(state.into()), None));
    }

    #[test]
    fn the_last_position_before_the_organization_stands_apart() {
        assert_eq!(
            parts("Vorsitzender der LFK KI und Datenräume im Wirtschaftsrat Sachsen-Anhalt und Geschäftsführer der TELEPORT-Gruppe"),
            both("Vorsitzender der LFK KI und Datenräume im Wirtschaftsrat Sachsen-Anhalt, Geschäftsführer", "TELEPORT-Gruppe")
        );
        assert_eq!(
            parts("Oberbürgermeister"),
            (Some("Oberbürgermeister".into()), None)
        );
        assert_eq!(parts(""), (None, None));
    }

    #[test]
    fn particles_and_foreign_legal_forms() {
        assert_eq!(
            parts(
                "Director of the Institute for Medical Informatics at Otto von Guericke University"
            ),
            both(
                "Director of the Institute for Medical Informatics",
                "Otto von Guericke University"
            )
        );
        assert_eq!(
            parts("CTO of Nordic Care Systems AS"),
            both("CTO", "Nordic Care Systems AS")
        );
        assert_eq!(
            parts("Co-Founder & CEO von Enginsight GmbH"),
            both("Co-Founder & CEO", "Enginsight GmbH")
        );
    }

    #[test]
    fn an_organization_alone() {
        assert_eq!(
            parts("Martin Luther University Halle-Wittenberg"),
            (
                None,
                Some("Martin Luther University Halle-Wittenberg".into())
            )
        );
    }

    #[test]
    fn regions_only_when_one_is_named() {
        assert_eq!(
            region("CIO des Landes Sachsen-Anhalt"),
            Some("Sachsen-Anhalt")
        );
        assert_eq!(
            region("Staatssekretär im Thüringer Finanzministerium, Freistaat Thüringen"),
            Some("Thüringen")
        );
        assert_eq!(region("Sachsen, Sachsen-Anhalt und Thüringen"), None);
        assert_eq!(region("Lecos GmbH"), None);
    }
}
