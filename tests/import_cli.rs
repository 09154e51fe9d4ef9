//! The `recap-import` command: a press release in, a file `recap-check` accepts out.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recap-import"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("recap-import starts");
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        input
            .write_all(text.as_bytes())
            .expect("stdin takes the text");
    }
    let output = child.wait_with_output().expect("recap-import ends");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_seed_imports_into_a_file_the_checker_accepts() {
    let (code, json, _) = run(&["tests/fixtures/press-release.txt"], None);
    assert_eq!(code, 0);
    let dir = std::env::temp_dir().join(format!("recap-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("recap.json");
    std::fs::write(&file, &json).expect("the draft is written");
    let check = Command::new(env!("CARGO_BIN_EXE_recap-check"))
        .arg(&file)
        .output()
        .expect("recap-check runs");
    let said = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{said}");
    assert!(said.contains("14 Personen, 13 Zitate"), "{said}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn standard_input_with_a_dash() {
    let (code, json, _) = run(&["-"], Some("LEIPZIG, 20.05.2025\n\nAnna Berg: „Gut.“\n"));
    assert_eq!(code, 0);
    assert!(
        json.contains("\"city\": \"Leipzig\"") && json.contains("\"text\": \"Gut.\""),
        "{json}"
    );
}

#[test]
fn help_and_wrong_arguments() {
    let (code, out, _) = run(&["--help"], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: recap-import"));
    for wrong in [
        &["--frobnicate", "x.txt"][..],
        &[][..],
        &["a.txt", "b.txt"][..],
    ] {
        let (code, _, err) = run(wrong, None);
        assert_eq!(code, 2, "{wrong:?}");
        assert!(err.starts_with("usage: recap-import"), "{wrong:?}: {err}");
    }
    let (code, _, err) = run(&["no-such-file.txt"], None);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-file.txt"), "{err}");
}
