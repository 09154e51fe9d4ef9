//! Every fatal rule (the widget shows its error view) and item rule (the
//! item or field is skipped with a warning) of the recap file format,
//! checked on the fixtures that site editors would write by mistake, plus
//! hostile and odd input.

use std::path::Path;

use recap_widget::lang::Lang;
use recap_widget::recap::{parse, ProblemKind, Region, Sector};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// A fixture's name, the JSON path of its fatal problem, and the rule it breaks.
type FatalCase = (&'static str, &'static str, fn(&ProblemKind) -> bool);

const FATAL: &[FatalCase] = &[
    ("syntax-missing-comma", "", |k| {
        matches!(k, ProblemKind::Syntax(_))
    }),
    ("syntax-trailing-comma", "", |k| {
        matches!(k, ProblemKind::Syntax(_))
    }),
    ("syntax-unterminated", "", |k| {
        matches!(k, ProblemKind::Syntax(_))
    }),
    ("empty-file", "", |k| *k == ProblemKind::Empty),
    ("not-an-object", "", |k| *k == ProblemKind::NotAnObject),
    ("version-missing", "version", |k| {
        *k == ProblemKind::VersionMissing
    }),
    (
        "version-2",
        "version",
        |k| matches!(k, ProblemKind::VersionUnsupported(v) if v == "2"),
    ),
    (
        "version-string",
        "version",
        |k| matches!(k, ProblemKind::VersionUnsupported(v) if v == "\"1\""),
    ),
    ("event-missing", "event", |k| *k == ProblemKind::Missing),
    ("event-not-object", "event", |k| {
        *k == ProblemKind::NotAnObjectField
    }),
    ("title-missing", "event.title", |k| {
        *k == ProblemKind::Missing
    }),
    ("title-empty", "event.title", |k| {
        *k == ProblemKind::EmptyText
    }),
    ("city-missing", "event.city", |k| *k == ProblemKind::Missing),
    ("city-empty", "event.city", |k| *k == ProblemKind::EmptyText),
    (
        "date-not-real",
        "event.date",
        |k| matches!(k, ProblemKind::InvalidDate(d) if d == "2024-02-30"),
    ),
    ("date-german-format", "event.date", |k| {
        matches!(k, ProblemKind::InvalidDate(_))
    }),
    ("date-missing", "event.date", |k| *k == ProblemKind::Missing),
    ("speakers-missing", "speakers", |k| {
        *k == ProblemKind::Missing
    }),
    ("speakers-not-array", "speakers", |k| {
        *k == ProblemKind::NotAnArray
    }),
    ("quotes-missing", "quotes", |k| *k == ProblemKind::Missing),
    ("quotes-not-array", "quotes", |k| {
        *k == ProblemKind::NotAnArray
    }),
];

#[test]
fn every_fatal_fixture_is_rejected_with_its_path() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fatal");
    let on_disk = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(
        on_disk,
        FATAL.len(),
        "every fatal fixture must have an expectation here"
    );
    for (name, path, rule) in FATAL {
        let rejected = parse(&fixture(&format!("fatal/{name}.json")))
            .expect_err(&format!("{name}: a fatal fixture must be rejected"));
        assert_eq!(
            rejected.fatal.len(),
            1,
            "{name}: exactly one fatal problem, got {:?}",
            rejected.fatal
        );
        let problem = rejected.first();
        assert_eq!(problem.path.to_string(), *path, "{name}: path");
        assert!(
            rule(&problem.kind),
            "{name}: unexpected kind {:?}",
            problem.kind
        );
        assert!(problem.kind.is_fatal(), "{name}: must count as fatal");
        for lang in [Lang::De, Lang::En] {
            let message = problem.message(lang);
            assert!(
                message.starts_with(path),
                "{name}: message names the path: {message}"
            );
        }
    }
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let rejected = parse(&fixture("fatal/syntax-missing-comma.json")).expect_err("syntax error");
    let problem = rejected.first();
    assert_eq!((problem.line, problem.column), (Some(3), Some(3)));
    assert_eq!(
        problem.message(Lang::De),
        "Die Datei ist kein gültiges JSON: Hier fehlt ein Komma oder eine schließende Klammer. (Zeile 3, Spalte 3)"
    );
    assert!(problem.message(Lang::En).ends_with("(line 3, column 3)"));
    let trailing = parse(&fixture("fatal/syntax-trailing-comma.json")).expect_err("syntax error");
    assert_eq!(trailing.first().line, Some(3));
}

#[test]
fn several_fatal_problems_are_all_reported() {
    let text = r#"{"version": 1, "event": {"title": "", "date": "2024-13-01"}, "speakers": [], "quotes": {}}"#;
    let rejected = parse(text).expect_err("fatal");
    let paths: Vec<String> = rejected.fatal.iter().map(|p| p.path.to_string()).collect();
    assert_eq!(paths, ["event.title", "event.city", "event.date", "quotes"]);
}

#[test]
fn every_item_rule_warns_and_keeps_the_rest() {
    let parsed =
        parse(&fixture("items/every-item-rule.json")).expect("item problems are not fatal");
    let warnings: Vec<(String, &ProblemKind)> = parsed
        .warnings
        .iter()
        .map(|w| (w.path.to_string(), &w.kind))
        .collect();
    let expect = |path: &str, rule: fn(&ProblemKind) -> bool| {
        assert!(
            warnings.iter().any(|(p, k)| p == path && rule(k)),
            "expected a warning at {path}; got {warnings:#?}"
        );
    };
    expect("event.motto", |k| matches!(k, ProblemKind::WrongType(_)));
    expect("event.attendees", |k| {
        matches!(k, ProblemKind::WrongType(_))
    });
    expect("event.organizers[1]", |k| {
        matches!(k, ProblemKind::WrongType(_))
    });
    expect("event.contact", |k| matches!(k, ProblemKind::WrongType(_)));
    expect("event.source_url", |k| {
        matches!(k, ProblemKind::UnsafeUrl(_))
    });
    expect("speakers[1].id", |k| *k == ProblemKind::MissingId);
    expect("speakers[2].name", |k| *k == ProblemKind::MissingName);
    expect(
        "speakers[3].id",
        |k| matches!(k, ProblemKind::DuplicateId { id, first } if id == "anna" && first.to_string() == "speakers[0]"),
    );
    expect("speakers[4].id", |k| matches!(k, ProblemKind::InvalidId(_)));
    expect(
        "speakers[5].region",
        |k| matches!(k, ProblemKind::UnknownRegion(r) if r == "Thuringen"),
    );
    expect(
        "speakers[5].sector",
        |k| matches!(k, ProblemKind::UnknownSector(s) if s == "Kunst"),
    );
    expect("speakers[6].photo", |k| {
        matches!(k, ProblemKind::UnsafeUrl(_))
    });
    expect("speakers[6].url", |k| {
        matches!(k, ProblemKind::UnsafeUrl(_))
    });
    expect("speakers[7]", |k| *k == ProblemKind::ItemNotAnObject);
    expect("quotes[1].id", |k| *k == ProblemKind::MissingId);
    expect("quotes[2].id", |k| {
        matches!(k, ProblemKind::DuplicateId { .. })
    });
    expect(
        "quotes[3].speaker",
        |k| matches!(k, ProblemKind::UnknownSpeaker(s) if s == "niemand"),
    );
    expect("quotes[4].text", |k| *k == ProblemKind::EmptyQuote);
    expect("quotes[5].id", |k| matches!(k, ProblemKind::InvalidId(_)));
    expect("organizations[1].name", |k| *k == ProblemKind::MissingName);
    assert_eq!(warnings.len(), 20, "no extra warnings: {warnings:#?}");
    assert!(parsed.warnings.iter().all(|w| !w.kind.is_fatal()));

    let recap = &parsed.recap;
    let ids: Vec<&str> = recap.speakers.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["anna", "bert", "cora", "dora"],
        "skipped: no id, no name, duplicate, bad id, not an object"
    );
    assert_eq!(
        recap.speakers[0].name, "Anna Alt",
        "a duplicate keeps the first"
    );
    assert_eq!(recap.speakers[0].region, Some(Region::Sachsen));
    assert_eq!(recap.speakers[0].sector, Some(Sector::Politik));
    assert_eq!(
        (recap.speakers[1].region, recap.speakers[1].sector),
        (None, None)
    );
    assert_eq!(
        (&recap.speakers[2].photo, &recap.speakers[2].url),
        (&None, &None)
    );
    assert_eq!(
        recap.speakers[3].photo.as_deref(),
        Some("img/dora.jpg"),
        "relative photos are kept"
    );
    assert_eq!(
        recap.speakers[3].url.as_deref(),
        Some("https://example.org/dora")
    );
    let quotes: Vec<(&str, Option<usize>)> = recap
        .quotes
        .iter()
        .map(|q| (q.id.as_str(), q.speaker))
        .collect();
    assert_eq!(quotes, [("anna-1", Some(0)), ("fremd", None)]);
    assert_eq!(recap.quotes[0].text, "Erstes Zitat.");
    assert_eq!(recap.event.attendees, None);
    assert_eq!(recap.event.motto, None);
    assert_eq!(recap.event.organizers, ["Cluster"]);
    assert_eq!(recap.event.source_url, None);
    assert_eq!(recap.organizations.len(), 1);
}

#[test]
fn item_messages_name_path_and_problem_in_both_languages() {
    let parsed = parse(&fixture("items/every-item-rule.json")).expect("renders");
    let region = parsed
        .warnings
        .iter()
        .find(|w| matches!(w.kind, ProblemKind::UnknownRegion(_)))
        .expect("region warning");
    assert_eq!(
        region.message(Lang::De),
        "speakers[5].region: unbekannte Region \"Thuringen\" — erlaubt: Sachsen, Sachsen-Anhalt, Thüringen; die Person erscheint ohne Region. (Zeile 41, Spalte 17)"
    );
    assert!(region
        .message(Lang::En)
        .starts_with("speakers[5].region: unknown region \"Thuringen\""));
}

#[test]
fn markup_in_every_text_field_stays_text() {
    let parsed = parse(&fixture("items/hostile-markup.json")).expect("renders");
    let recap = parsed.recap;
    let payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";
    assert_eq!(recap.event.title, format!("T{payload}"));
    assert_eq!(recap.speakers[0].name, format!("N{payload}"));
    assert!(recap.quotes[0].text.starts_with(&format!("Q{payload}")));
    assert_eq!(recap.event.source_url, None);
    assert!(
        recap
            .speakers
            .iter()
            .all(|s| s.photo.is_none() && s.url.is_none()),
        "no script or data URL survives"
    );
    assert!(recap.organizations.iter().all(|o| o.url.is_none()));
}

#[test]
fn odd_unicode_is_kept_as_written() {
    let parsed = parse(&fixture("items/odd-unicode.json")).expect("renders");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert!(parsed.recap.event.title.contains('\u{202e}'));
    assert!(parsed.recap.speakers[0].name.contains("👩🏽‍💻"));
    assert_eq!(parsed.recap.quotes[1].text, "\u{0} nul is escaped");
}

#[test]
fn byte_order_mark_and_windows_line_ends_are_accepted() {
    let text = "\u{feff}{\"version\":1,\"event\":{\"title\":\"T\",\"date\":\"2024-04-17\",\"city\":\"C\"},\"speakers\":[{\"id\":\"a\",\"name\":\"A\"}],\"quotes\":[{\"id\":\"q\",\"speaker\":\"a\",\"text\":\"Eins.\\r\\n\\r\\nZwei.\"}]}";
    let parsed = parse(text).expect("valid");
    let paragraphs: Vec<&str> = parsed.recap.quotes[0].paragraphs().collect();
    assert_eq!(paragraphs, ["Eins.", "Zwei."]);
}

#[test]
fn a_ten_megabyte_file_parses() {
    let mut text = String::from(
        r#"{"version":1,"event":{"title":"Groß","date":"2024-04-17","city":"Erfurt"},"speakers":["#,
    );
    let mut n = 0;
    while text.len() < 10 * 1024 * 1024 {
        if n > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            r#"{{"id":"p{n}","name":"Person {n}","role":"Rolle mit etwas längerem Text {n}","organization":"Firma {n} GmbH","region":"Sachsen","sector":"Wirtschaft"}}"#
        ));
        n += 1;
    }
    text.push_str(r#"],"quotes":[]}"#);
    let parsed = parse(&text).expect("a large valid file");
    assert_eq!(parsed.recap.speakers.len(), n);
    assert!(parsed.warnings.is_empty());
}

#[test]
fn deep_nesting_is_a_message_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    // Where the format expects an object, a deep list is the wrong shape ...
    let text = format!(r#"{{"version":1,"event":{deep},"speakers":[],"quotes":[]}}"#);
    let rejected = parse(&text).expect_err("the event is no object");
    assert_eq!(rejected.first().path.to_string(), "event");
    assert_eq!(rejected.first().kind, ProblemKind::NotAnObjectField);
    // ... and under a member the format does not know, it is skipped like
    // any unknown member (serde_json skips values without recursion).
    let text = format!(
        r#"{{"version":1,"x":{deep},"event":{{"title":"T","date":"2024-04-17","city":"C"}},"speakers":[],"quotes":[]}}"#
    );
    assert!(parse(&text).is_ok());
}

#[test]
fn lists_are_never_read_as_objects() {
    // serde reads a struct from a list of its fields in order; the format does not.
    let text =
        r#"{"version":1,"event":["T","x","2024-04-17","C"],"speakers":[["a","Anna"]],"quotes":[]}"#;
    let rejected = parse(text).expect_err("the event is a list");
    assert_eq!(rejected.first().kind, ProblemKind::NotAnObjectField);
    assert!(rejected
        .warnings
        .iter()
        .any(|w| w.path.to_string() == "speakers[0]" && w.kind == ProblemKind::ItemNotAnObject));
}

#[test]
fn files_in_other_encodings_name_theirs() {
    use recap_widget::recap::{parse_bytes, SyntaxKind};
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("{}".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let rejected = parse_bytes(&utf16).expect_err("UTF-16");
    assert_eq!(
        rejected.first().kind,
        ProblemKind::Syntax(SyntaxKind::Utf16)
    );
    assert!(rejected.first().message(Lang::De).contains("UTF-16"));
    let latin1 = b"{\"version\": 1, \"event\": {\"title\": \"Th\xfcringen\"}}";
    let rejected = parse_bytes(latin1).expect_err("Latin-1");
    assert_eq!(
        rejected.first().kind,
        ProblemKind::Syntax(SyntaxKind::NotUtf8)
    );
    assert_eq!(
        (rejected.first().line, rejected.first().column),
        (Some(1), Some(38))
    );
}
