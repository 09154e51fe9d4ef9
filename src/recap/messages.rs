//! The words that explain each problem to a site editor, in German and English.

use super::problem::{Expected, Problem, ProblemKind, SyntaxKind};
use crate::lang::Lang;

impl Problem {
    /// The full sentence: "speakers[3].region: unbekannte Region …", with line
    /// and column where they are known.
    pub fn message(&self, lang: Lang) -> String {
        let mut out = String::new();
        if !self.path.is_root() {
            out.push_str(&self.path.to_string());
            out.push_str(": ");
        }
        out.push_str(&self.kind.describe(lang));
        if let (Some(line), Some(column)) = (self.line, self.column) {
            out.push_str(&match lang {
                Lang::De => format!(" (Zeile {line}, Spalte {column})"),
                Lang::En => format!(" (line {line}, column {column})"),
            });
        }
        out
    }
}

impl Problem {
    /// The line the command-line tools print, like a compiler's, so that
    /// editors can jump there: `FILE:LINE:COLUMN: Fehler: PATH: message`.
    pub fn report(&self, file: &str, lang: Lang, fatal: bool) -> String {
        let severity = match (lang, fatal) {
            (Lang::De, true) => "Fehler",
            (Lang::De, false) => "Warnung",
            (Lang::En, true) => "error",
            (Lang::En, false) => "warning",
        };
        let position = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{line}:{column}:"),
            _ => String::new(),
        };
        // The position leads the line, so the message need not repeat it.
        let unplaced = Problem {
            line: None,
            column: None,
            ..self.clone()
        };
        format!("{file}:{position} {severity}: {}", unplaced.message(lang))
    }
}

impl ProblemKind {
    /// Whether the problem stops the whole recap (as opposed to one item).
    pub fn is_fatal(&self) -> bool {
        use ProblemKind::*;
        matches!(
            self,
            Syntax(_)
                | Empty
                | NotAnObject
                | DuplicateKey(_)
                | VersionMissing
                | VersionUnsupported(_)
                | Missing
                | NotAnObjectField
                | NotAnArray
                | EmptyText
                | NotText
                | InvalidDate(_)
        )
    }

    /// What is wrong, in words, without the path.
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let de = lang == Lang::De;
        match self {
            Syntax(kind) => {
                let detail = kind.describe(lang);
                if de {
                    format!("Die Datei ist kein gültiges JSON: {detail}")
                } else {
                    format!("The file is not valid JSON: {detail}")
                }
            }
            Empty => pick(de, "Die Datei ist leer.", "The file is empty."),
            NotAnObject => pick(
                de,
                "Die Datei muss ein JSON-Objekt sein, das mit { beginnt.",
                "The file must be a JSON object that starts with {.",
            ),
            DuplicateKey(key) => {
                if de {
                    format!("Das Feld \"{key}\" steht zweimal im selben Objekt; es darf nur einmal vorkommen.")
                } else {
                    format!("The field \"{key}\" appears twice in the same object; it may appear only once.")
                }
            }
            VersionMissing => pick(
                de,
                "Das Feld \"version\" fehlt; es muss 1 sein.",
                "The field \"version\" is missing; it must be 1.",
            ),
            VersionUnsupported(found) => {
                if de {
                    format!("\"version\" ist {found}; unterstützt wird nur die Zahl 1.")
                } else {
                    format!("\"version\" is {found}; only the number 1 is supported.")
                }
            }
            Missing => pick(de, "Pflichtfeld fehlt.", "This required field is missing."),
            NotAnObjectField => pick(
                de,
                "muss ein Objekt sein ({ … }).",
                "must be an object ({ … }).",
            ),
            NotAnArray => pick(
                de,
                "muss eine Liste sein ([ … ]).",
                "must be a list ([ … ]).",
            ),
            EmptyText => pick(de, "darf nicht leer sein.", "must not be empty."),
            NotText => pick(
                de,
                "muss Text sein (in Anführungszeichen).",
                "must be text (in quotes).",
            ),
            InvalidDate(found) => {
                if de {
                    format!("\"{found}\" ist kein gültiges Datum; erwartet wird JJJJ-MM-TT, z. B. 2024-04-17.")
                } else {
                    format!(
                        "\"{found}\" is not a valid date; expected YYYY-MM-DD, e.g. 2024-04-17."
                    )
                }
            }
            ItemNotAnObject => pick(
                de,
                "Eintrag ist kein Objekt ({ … }) und wird übersprungen.",
                "entry is not an object ({ … }) and is skipped.",
            ),
            DuplicateItemKey(key) => {
                if de {
                    format!(
                        "das Feld \"{key}\" steht zweimal im Eintrag; der Eintrag wird ignoriert."
                    )
                } else {
                    format!("the field \"{key}\" appears twice in the entry; the entry is ignored.")
                }
            }
            MissingId => pick(
                de,
                "ID fehlt; der Eintrag wird übersprungen.",
                "id is missing; the entry is skipped.",
            ),
            InvalidId(found) => {
                if de {
                    format!("ungültige ID \"{found}\" (erlaubt: Kleinbuchstaben a–z, Ziffern und Bindestriche); der Eintrag wird übersprungen.")
                } else {
                    format!("invalid id \"{found}\" (allowed: lower-case a–z, digits and hyphens); the entry is skipped.")
                }
            }
            DuplicateId { id, first } => {
                if de {
                    format!("die ID \"{id}\" gibt es schon bei {first}; dieser Eintrag wird übersprungen.")
                } else {
                    format!("the id \"{id}\" is already used at {first}; this entry is skipped.")
                }
            }
            MissingName => pick(
                de,
                "Name fehlt; der Eintrag wird übersprungen.",
                "name is missing; the entry is skipped.",
            ),
            UnknownRegion(found) => {
                if de {
                    format!("unbekannte Region \"{found}\" — erlaubt: Sachsen, Sachsen-Anhalt, Thüringen; die Person erscheint ohne Region.")
                } else {
                    format!("unknown region \"{found}\" — allowed: Sachsen, Sachsen-Anhalt, Thüringen; the person is shown without a region.")
                }
            }
            UnknownSector(found) => {
                if de {
                    format!("unbekannter Bereich \"{found}\" — erlaubt: Wirtschaft, Politik, Verwaltung, Wissenschaft; die Person erscheint ohne Bereich.")
                } else {
                    format!("unknown sector \"{found}\" — allowed: Wirtschaft, Politik, Verwaltung, Wissenschaft; the person is shown without a sector.")
                }
            }
            UnknownSpeaker(found) => {
                if de {
                    format!("keine Person mit der ID \"{found}\"; das Zitat erscheint ohne Namen.")
                } else {
                    format!("no person has the id \"{found}\"; the quote is shown without a name.")
                }
            }
            MissingSpeaker => pick(
                de,
                "die Person (speaker) fehlt; das Zitat erscheint ohne Namen.",
                "the speaker is missing; the quote is shown without a name.",
            ),
            EmptyQuote => pick(
                de,
                "das Zitat hat keinen Text und wird übersprungen.",
                "the quote has no text and is skipped.",
            ),
            WrongType(expected) => {
                let what = expected.describe(lang);
                if de {
                    format!("muss {what} sein; das Feld wird ignoriert.")
                } else {
                    format!("must be {what}; the field is ignored.")
                }
            }
            UnsafeUrl(found) => {
                if de {
                    format!("\"{}\" ist keine erlaubte Adresse (nur http oder https); sie wird weggelassen.", found)
                } else {
                    format!(
                        "\"{}\" is not an allowed address (http or https only); it is left out.",
                        found
                    )
                }
            }
            InvalidLanguage(found) => {
                if de {
                    format!(
                        "\"{}\" ist kein Sprachkürzel wie \"de\" oder \"en\"; es gilt \"de\".",
                        found
                    )
                } else {
                    format!(
                        "\"{}\" is not a language tag like \"de\" or \"en\"; \"de\" is used.",
                        found
                    )
                }
            }
        }
    }
}

impl SyntaxKind {
    fn describe(&self, lang: Lang) -> String {
        use SyntaxKind::*;
        let de = lang == Lang::De;
        match self {
            UnexpectedEnd => pick(de, "Sie endet zu früh (fehlt eine schließende Klammer oder ein Anführungszeichen?).", "it ends too early (a closing bracket or quote missing?)."),
            TrailingComma => pick(de, "Vor einer schließenden Klammer steht ein überzähliges Komma.", "a superfluous comma before a closing bracket."),
            ExpectedValue => pick(de, "Hier wird ein Wert erwartet (Text in \"…\", Zahl, Liste, Objekt, true, false oder null).", "a value is expected here (text in \"…\", number, list, object, true, false or null)."),
            ExpectedCommaOrClose => pick(de, "Hier fehlt ein Komma oder eine schließende Klammer.", "a comma or closing bracket is missing here."),
            ExpectedColon => pick(de, "Nach dem Feldnamen fehlt ein Doppelpunkt.", "a colon is missing after the field name."),
            KeyNotString => pick(de, "Feldnamen müssen in doppelten Anführungszeichen stehen.", "field names must be in double quotes."),
            ControlCharacter => pick(de, "Text enthält einen Zeilenumbruch oder ein Steuerzeichen; im JSON als \\n schreiben.", "text contains a line break or control character; write it as \\n in JSON."),
            InvalidEscape => pick(de, "Im Text steht eine ungültige Escape-Sequenz mit \\.", "invalid escape sequence with \\ in text."),
            InvalidNumber => pick(de, "Eine Zahl ist ungültig.", "invalid number."),
            TrailingCharacters => pick(de, "Nach dem Ende des JSON-Objekts folgt noch Text.", "there is more text after the end of the JSON object."),
            TooDeep => pick(de, "Sie ist zu tief verschachtelt.", "nested too deeply."),
            NotUtf8 => pick(de, "Sie ist nicht als UTF-8 gespeichert.", "the file is not saved as UTF-8."),
            NumberOutOfRange => pick(de, "Eine Zahl ist zu groß.", "the number is too large."),
            Utf16 => pick(de, "Sie ist als UTF-16 gespeichert; bitte als UTF-8 speichern.", "it is saved as UTF-16; please save it as UTF-8."),
        }
    }
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::De, Expected::Text) => "Text",
            (Lang::En, Expected::Text) => "text",
            (Lang::De, Expected::WholeNumber) => "eine ganze Zahl ab 0",
            (Lang::En, Expected::WholeNumber) => "a whole number of 0 or more",
            (Lang::De, Expected::ListOfText) => "eine Liste von Texten",
            (Lang::En, Expected::ListOfText) => "a list of texts",
            (Lang::De, Expected::Object) => "ein Objekt ({ … })",
            (Lang::En, Expected::Object) => "an object ({ … })",
            (Lang::De, Expected::List) => "eine Liste ([ … ])",
            (Lang::En, Expected::List) => "a list ([ … ])",
        }
    }
}

fn pick(de: bool, german: &str, english: &str) -> String {
    if de { german } else { english }.to_owned()
}
