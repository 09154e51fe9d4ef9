//! The `recap-check` command: exit codes, paths and lines, as an editor sees them.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

fn check(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_recap-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("recap-check runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

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
