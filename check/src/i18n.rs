//! Every string of the check page, in German and English (`?lang=en`).
//! The problems' own messages come from the widget (`recap-widget`).

use recap_widget::i18n::plural;
use recap_widget::lang::Lang;

/// The page's language: English with `?lang=en`, else German.
#[cfg(target_arch = "wasm32")]
pub fn page_lang() -> Lang {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let lang = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get("lang"));
    Lang::from_attr(lang.as_deref())
}

/// Fixed strings of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Title,
    Intro,
    Private,
    FileHeading,
    ShowText,
    FileLabel,
    DropHint,
    TextLabel,
    Problems,
    NoFile,
    Line,
    Column,
    Error,
    Warning,
    ShowInText,
    Preview,
    Width,
    Phone,
    FullWidth,
    Language,
    PreviewBlocked,
    RelativePhoto,
    Snippet,
    BaseLabel,
    FileNameLabel,
    Copy,
    Copied,
    CopyFailed,
    TooLarge,
    Unreadable,
}

pub fn text(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match (lang, key) {
        (Lang::De, Title) => "Rückblick prüfen",
        (Lang::En, Title) => "Check a recap",
        (Lang::De, Intro) => "Legen Sie Ihre Rückblick-Datei hier ab, wählen Sie sie aus oder fügen Sie ihren Text ein: Die Seite nennt jedes Problem mit seiner Stelle, zeigt das Widget mit der Datei und gibt Ihnen den Code für Ihre Seite.",
        (Lang::En, Intro) => "Drop your recap file here, choose it or paste its text: the page names every problem with its place, shows the widget with the file and gives you the code for your page.",
        (Lang::De, Private) => "Die Datei bleibt in Ihrem Browser: Sie wird weder hochgeladen noch gespeichert.",
        (Lang::En, Private) => "The file stays in your browser: it is neither uploaded nor stored.",
        (Lang::De, ShowText) => "Text anzeigen",
        (Lang::En, ShowText) => "Show the text",
        (Lang::De, FileHeading) => "Ihre Datei",
        (Lang::En, FileHeading) => "Your file",
        (Lang::De, FileLabel) => "Datei wählen",
        (Lang::En, FileLabel) => "Choose a file",
        (Lang::De, DropHint) => "oder irgendwo auf der Seite ablegen",
        (Lang::En, DropHint) => "or drop it anywhere on the page",
        (Lang::De, TextLabel) => "Text der Datei",
        (Lang::En, TextLabel) => "The file's text",
        (Lang::De, Problems) => "Probleme",
        (Lang::En, Problems) => "Problems",
        (Lang::De, NoFile) => "Noch keine Datei.",
        (Lang::En, NoFile) => "No file yet.",
        (Lang::De, Line) => "Zeile",
        (Lang::En, Line) => "line",
        (Lang::De, Column) => "Spalte",
        (Lang::En, Column) => "column",
        (Lang::De, Error) => "Fehler",
        (Lang::En, Error) => "Error",
        (Lang::De, Warning) => "Warnung",
        (Lang::En, Warning) => "Warning",
        (Lang::De, ShowInText) => "im Text zeigen",
        (Lang::En, ShowInText) => "show in the text",
        (Lang::De, Preview) => "Vorschau",
        (Lang::En, Preview) => "Preview",
        (Lang::De, Width) => "Breite",
        (Lang::En, Width) => "Width",
        (Lang::De, Phone) => "Telefon (390 px)",
        (Lang::En, Phone) => "Phone (390 px)",
        (Lang::De, FullWidth) => "Volle Breite",
        (Lang::En, FullWidth) => "Full width",
        (Lang::De, Language) => "Sprache des Widgets",
        (Lang::En, Language) => "Widget language",
        (Lang::De, PreviewBlocked) => "Die Vorschau zeigt die Datei, sobald sie keinen Fehler mehr hat. Der erste:",
        (Lang::En, PreviewBlocked) => "The preview shows the file once it has no error left. The first one:",
        (Lang::De, RelativePhoto) => "Diese Fotos haben relative Pfade: Die Vorschau kann sie erst zeigen, wenn die Datei online ist. Bis dahin stehen dort die Initialen.",
        (Lang::En, RelativePhoto) => "These photos have relative paths: the preview can show them only once the file is online. Until then the initials stand in.",
        (Lang::De, Snippet) => "Code für Ihre Seite",
        (Lang::En, Snippet) => "Code for your page",
        (Lang::De, BaseLabel) => "Adresse des Widget-Ordners (dist/) auf Ihrem Server",
        (Lang::En, BaseLabel) => "Address of the widget folder (dist/) on your server",
        (Lang::De, FileNameLabel) => "Name der Datei dort",
        (Lang::En, FileNameLabel) => "The file's name there",
        (Lang::De, Copy) => "Code kopieren",
        (Lang::En, Copy) => "Copy the code",
        (Lang::De, Copied) => "Kopiert",
        (Lang::En, Copied) => "Copied",
        (Lang::De, CopyFailed) => "Kopieren nicht möglich: bitte den Code markieren und kopieren.",
        (Lang::En, CopyFailed) => "Copying is not possible: please select the code and copy it.",
        (Lang::De, TooLarge) => "Die Datei ist größer als 20 MB und wird deshalb nicht gelesen.",
        (Lang::En, TooLarge) => "The file is larger than 20 MB, so it is not read.",
        (Lang::De, Unreadable) => "Die Datei konnte nicht gelesen werden.",
        (Lang::En, Unreadable) => "The file could not be read.",
    }
}

/// Why a large file's text is not in the text area yet: "… (10,3 MB) …".
pub fn large_text(lang: Lang, bytes: usize) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    let (whole, tenth) = (tenths / 10, tenths % 10);
    match lang {
        Lang::De => format!("Die Datei ist groß ({whole},{tenth} MB). Geprüft ist sie; ihren Text zeigt das Textfeld erst auf Wunsch, weil der Browser dafür einige Sekunden braucht."),
        Lang::En => format!("The file is large ({whole}.{tenth} MB). It is checked; the text area shows its text only on request, as the browser takes a few seconds for it."),
    }
}

/// "2 Fehler, 5 Warnungen", "1 Fehler, 1 Warnung", "Keine Probleme".
pub fn summary(lang: Lang, errors: usize, warnings: usize) -> String {
    let count = |n: usize, one: &str, other: &str| format!("{n} {}", plural(n, one, other));
    match (lang, errors, warnings) {
        (Lang::De, 0, 0) => "Keine Probleme".to_owned(),
        (Lang::En, 0, 0) => "No problems".to_owned(),
        (Lang::De, e, w) => format!(
            "{}, {}",
            count(e, "Fehler", "Fehler"),
            count(w, "Warnung", "Warnungen")
        ),
        (Lang::En, e, w) => format!(
            "{}, {}",
            count(e, "error", "errors"),
            count(w, "warning", "warnings")
        ),
    }
}

/// "… und 9500 weitere Probleme …" under the first 500.
pub fn more(lang: Lang, count: usize) -> String {
    match lang {
        Lang::De => format!(
            "… und {count} {} (die ersten {} stehen oben)",
            plural(count, "weiteres Problem", "weitere Probleme"),
            crate::report::MAX_SHOWN
        ),
        Lang::En => format!(
            "… and {count} more {} (the first {} are listed above)",
            plural(count, "problem", "problems"),
            crate::report::MAX_SHOWN
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_text_names_the_size() {
        assert!(large_text(Lang::De, 10_800_000).contains("(10,3 MB)"));
        assert!(large_text(Lang::En, 3 * 1024 * 1024).contains("(3.0 MB)"));
    }

    /// The widget calls a recap "Rückblick" in German; the page where it is
    /// checked, its title and the link to it say the same.
    #[test]
    fn german_text_says_rueckblick() {
        let title = text(Lang::De, Text::Title);
        assert_eq!(title, "Rückblick prüfen");
        let check_html = include_str!("../../static/check.html");
        assert!(check_html.contains(&format!("<title>{title}</title>")));
        let this_file = include_str!("i18n.rs");
        let strings = this_file.split("#[cfg(test)]").next().unwrap_or(this_file);
        for (name, text) in [
            ("check/src/i18n.rs", strings),
            ("src/i18n.rs", include_str!("../../src/i18n.rs")),
            ("static/check.html", check_html),
            ("index.html", include_str!("../../index.html")),
        ] {
            assert!(!text.contains("Recap"), "{name} says \"Recap\"");
        }
    }

    #[test]
    fn summaries() {
        assert_eq!(summary(Lang::De, 2, 5), "2 Fehler, 5 Warnungen");
        assert_eq!(summary(Lang::De, 1, 1), "1 Fehler, 1 Warnung");
        assert_eq!(summary(Lang::De, 0, 0), "Keine Probleme");
        assert_eq!(summary(Lang::En, 0, 20), "0 errors, 20 warnings");
        assert_eq!(summary(Lang::En, 1, 0), "1 error, 0 warnings");
        assert_eq!(summary(Lang::De, 0, 2), "0 Fehler, 2 Warnungen");
        assert_eq!(summary(Lang::En, 2, 1), "2 errors, 1 warning");
    }

    #[test]
    fn more_problems_agree_with_their_count() {
        assert_eq!(
            more(Lang::De, 1),
            "… und 1 weiteres Problem (die ersten 500 stehen oben)"
        );
        assert_eq!(
            more(Lang::De, 2),
            "… und 2 weitere Probleme (die ersten 500 stehen oben)"
        );
        assert_eq!(
            more(Lang::En, 1),
            "… and 1 more problem (the first 500 are listed above)"
        );
        assert_eq!(
            more(Lang::En, 0),
            "… and 0 more problems (the first 500 are listed above)"
        );
    }
}
