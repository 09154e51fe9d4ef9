//! The `recap-check` command: exit codes, paths and lines, as an editor sees
//! them; and the command line of both commands (recap-check, recap-render).

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
mod commands;

use commands::run;

fn check(args: &[&str]) -> (i32, String) {
    let (code, out, err) = run(env!("CARGO_BIN_EXE_recap-check"), args);
    (code, out + &err)
}

/// Both commands, by name.
const COMMANDS: [(&str, &str); 2] = [
    ("recap-check", env!("CARGO_BIN_EXE_recap-check")),
    ("recap-render", env!("CARGO_BIN_EXE_recap-render")),
];

#[test]
fn the_shipped_recap_is_clean() {
    let (code, out) = check(&["static/recap.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("in Ordnung (14 Personen, 13 Zitate)"), "{out}");
}

#[test]
fn every_fatal_fixture_exits_one_with_path_and_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fatal");
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let file = path.to_string_lossy().into_owned();
        let (code, out) = check(&[&file]);
        assert_eq!(code, 1, "{file}: {out}");
        assert!(out.contains("Fehler:"), "{file}: {out}");
    }
    let (_, out) = check(&["tests/fixtures/fatal/date-not-real.json"]);
    assert!(
        out.starts_with(
            "tests/fixtures/fatal/date-not-real.json:5:13: Fehler: event.date: \"2024-02-30\""
        ),
        "{out}"
    );
    let (_, out) = check(&["tests/fixtures/fatal/syntax-missing-comma.json"]);
    assert!(
        out.contains("syntax-missing-comma.json:3:3: Fehler: Die Datei ist kein gültiges JSON"),
        "{out}"
    );
}

#[test]
fn item_problems_exit_one_with_every_path_and_line() {
    let (code, out) = check(&["--lang", "en", "tests/fixtures/items/every-item-rule.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().filter(|l| l.contains(": warning: ")).count(),
        20,
        "{out}"
    );
    assert!(
        out.contains(
            "every-item-rule.json:41:17: warning: speakers[5].region: unknown region \"Thuringen\""
        ),
        "{out}"
    );
    assert!(out.ends_with("20 problems\n"), "{out}");
}

#[test]
fn unreadable_files_and_bad_arguments_exit_two() {
    assert_eq!(check(&["no/such/file.json"]).0, 2);
    assert_eq!(check(&[]).0, 2);
    let (code, _) = check(&["static/recap.json", "no/such/file.json"]);
    assert_eq!(code, 2, "the worst status of several files wins");
}

#[test]
fn a_file_that_is_not_utf8_names_its_line() {
    let dir = std::env::temp_dir().join(format!("recap-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("latin1.json");
    std::fs::write(
        &file,
        b"{\n  \"version\": 1,\n  \"event\": {\"title\": \"Th\xfcringen\"}\n}",
    )
    .expect("write");
    let (code, out) = check(&[&file.to_string_lossy()]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            ":3:25: Fehler: Die Datei ist kein gültiges JSON: Sie ist nicht als UTF-8 gespeichert."
        ),
        "{out}"
    );
}

#[test]
fn an_unknown_option_is_a_usage_error_not_a_file() {
    for (name, command) in COMMANDS {
        for args in [
            ["--langg", "static/recap.json"],
            ["static/recap.json", "--nonsense"],
            ["-x", "static/recap.json"],
        ] {
            let (code, out, err) = run(command, &args);
            assert_eq!(code, 2, "{name} {args:?}: {out}{err}");
            let option = args.iter().find(|a| a.starts_with('-')).expect("an option");
            assert!(
                err.contains(&format!("invalid option '{option}'")) && err.contains("usage:"),
                "{name} {args:?}: {err}"
            );
            assert!(
                !err.contains("kann nicht gelesen") && !err.contains("cannot be read"),
                "{name} {args:?} read the option as a file: {err}"
            );
            assert!(out.is_empty(), "{name} {args:?}: {out}");
        }
    }
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    for (name, command, option) in [
        ("recap-check", COMMANDS[0].1, "--lang"),
        ("recap-render", COMMANDS[1].1, "--locale"),
    ] {
        let joined = format!("{option}=fr");
        for args in [
            vec![option, "fr", "static/recap.json"],
            vec![&joined, "static/recap.json"],
            vec![option, "", "static/recap.json"],
        ] {
            let (code, out, err) = run(command, &args);
            assert_eq!(code, 2, "{name} {args:?}: {out}{err}");
            assert!(
                err.contains("unknown language") && err.contains("usage:"),
                "{name} {args:?}: {err}"
            );
            assert!(out.is_empty(), "{name} {args:?}: {out}");
        }
    }
    let (code, out) = check(&["--lang", "EN", "static/recap.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": ok ("), "{out}");
    let (code, out) = check(&["--lang=en", "static/recap.json"]);
    assert_eq!((code, out.contains(": ok (")), (0, true), "{out}");
}

#[test]
fn help_and_version_answer_on_standard_output() {
    let version = format!("{}\n", env!("CARGO_PKG_VERSION"));
    for (name, command) in COMMANDS {
        for help in ["--help", "-h"] {
            let (code, out, err) = run(command, &[help]);
            assert_eq!(code, 0, "{name} {help}: {err}");
            assert!(
                out.starts_with(&format!("usage: {name} ")),
                "{name} {help}: {out}"
            );
            assert!(err.is_empty(), "{name} {help}: {err}");
        }
        for flag in ["--version", "-V"] {
            let (code, out, err) = run(command, &[flag, "static/recap.json"]);
            assert_eq!(code, 0, "{name} {flag}: {err}");
            assert_eq!(out, format!("{name} {version}"), "{name} {flag}");
        }
    }
    let manifest = include_str!("../Cargo.toml");
    assert!(
        manifest.contains(&format!("\nversion = \"{}\"\n", env!("CARGO_PKG_VERSION"))),
        "the version printed is Cargo.toml's"
    );
}

/// A recap with `speakers` people and one quote of each.
fn recap_with(speakers: usize) -> String {
    let people: Vec<String> = (0..speakers)
        .map(|i| format!(r#"{{"id": "p{i}", "name": "P {i}"}}"#))
        .collect();
    let quotes: Vec<String> = (0..speakers)
        .map(|i| format!(r#"{{"id": "q{i}", "speaker": "p{i}", "text": "Q {i}"}}"#))
        .collect();
    format!(
        r#"{{"version": 1, "event": {{"title": "T", "date": "2024-04-17", "city": "C"}}, "speakers": [{}], "quotes": [{}]}}"#,
        people.join(", "),
        quotes.join(", ")
    )
}

#[test]
fn every_count_agrees_with_its_noun() {
    let dir = std::env::temp_dir().join(format!("recap-check-counts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write");
        path.to_string_lossy().into_owned()
    };
    for (count, de, en) in [
        (0, "(0 Personen, 0 Zitate)", "(0 people, 0 quotes)"),
        (1, "(1 Person, 1 Zitat)", "(1 person, 1 quote)"),
        (2, "(2 Personen, 2 Zitate)", "(2 people, 2 quotes)"),
    ] {
        let path = file(&format!("clean-{count}.json"), &recap_with(count));
        let (code, out) = check(&[&path]);
        assert_eq!(code, 0, "{out}");
        assert!(out.ends_with(&format!(": in Ordnung {de}\n")), "{out}");
        let (_, out) = check(&["--lang", "en", &path]);
        assert!(out.ends_with(&format!(": ok {en}\n")), "{out}");
    }
    let one = file(
        "one-problem.json",
        &recap_with(1).replace(r#""name": "P 0""#, r#""name": "P 0", "region": "Bayern""#),
    );
    let two = file(
        "two-problems.json",
        &recap_with(1).replace(
            r#""name": "P 0""#,
            r#""name": "P 0", "region": "Bayern", "sector": "Kunst""#,
        ),
    );
    for (path, de, en) in [
        (&one, "1 Problem", "1 problem"),
        (&two, "2 Probleme", "2 problems"),
    ] {
        let (code, out) = check(&[path]);
        assert_eq!(code, 1, "{out}");
        assert!(out.ends_with(&format!(": {de}\n")), "{out}");
        let (_, out) = check(&["--lang", "en", path]);
        assert!(out.ends_with(&format!(": {en}\n")), "{out}");
    }
}
