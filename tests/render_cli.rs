//! The `recap-render` command: the snippet an editor pastes (the prerendered
//! snapshot from the widget's own components), its escaping, locale and
//! region, the page mode the build uses, and fatal files.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

mod commands;

use commands::run;

/// A folder that looks like a build: only the file list recap-render reads.
/// One per test, as tests run in parallel.
fn dist() -> PathBuf {
    let test = std::thread::current()
        .name()
        .unwrap_or("test")
        .replace("::", "-");
    let dir = std::env::temp_dir().join(format!("recap-render-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("recap-assets.json"),
        r#"{"glue": "g-1.js", "wasm": "w-1_bg.wasm", "stylesheet": "widget-0123456789abcdef.css"}"#,
    )
    .expect("manifest");
    dir
}

/// Runs recap-render (into the test's dist folder) and returns its exit
/// status, standard output and error.
fn render(args: &[&str]) -> (i32, String, String) {
    let dist = dist();
    let dist = dist.to_string_lossy();
    let args: Vec<&str> = args.iter().copied().chain(["--dist", &dist]).collect();
    run(env!("CARGO_BIN_EXE_recap-render"), &args)
}

#[test]
fn the_snippet_carries_script_element_and_snapshot_under_the_base_url() {
    let (code, out, err) = render(&["static/recap.json", "--base", "https://example.org/recap"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(
        "<script type=\"module\" src=\"https://example.org/recap/embed.js\"></script>\n\
         <recap-widget src=\"https://example.org/recap/recap.json\">\
         <template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"https://example.org/recap/widget-0123456789abcdef.css\">"
    ));
    assert!(out.trim_end().ends_with("</template></recap-widget>"));
    // The widget's own markup for the default view, in German.
    assert!(out.contains(">15. Mitteldeutsche Digitalisierungskonferenz</h2>"));
    assert!(out.contains("14 von 14 Personen"));
    assert!(out.contains("17. April 2024"));
    assert_eq!(
        out.matches("<article ").count(),
        14,
        "the first page of cards"
    );
    assert_eq!(
        out.matches("aria-roledescription=\"slide\"").count(),
        13,
        "every quote, to be read without JavaScript"
    );
    assert!(!out.contains(" inert"), "no quote is hidden from readers");
    assert!(!out.contains("style="), "no style attribute (strict CSP)");
    assert_eq!(
        out.matches("<script").count(),
        1,
        "no script but the loader"
    );
}

#[test]
fn locale_and_region_are_applied_like_the_attributes() {
    let (code, out, _) = render(&[
        "static/recap.json",
        "--locale",
        "en",
        "--region",
        "Thüringen",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains(" locale=\"en\""));
    assert!(out.contains(" region=\"Thüringen\""));
    assert!(out.contains("17 April 2024"));
    assert!(out.contains("Reset filters"));
    assert!(out.contains("4 of 14 people"), "the region filter is on");
    assert_eq!(out.matches("<article ").count(), 4);
    assert!(out.contains("aria-pressed=\"true\" class=\"chip\">Thüringen (4)"));
}

#[test]
fn markup_in_the_recap_is_text_in_the_snapshot() {
    let (code, out, _) = render(&["tests/fixtures/items/hostile-markup.json"]);
    assert_eq!(code, 0);
    let template = &out[out.find("<template").expect("a template")..];
    assert!(
        !template.contains("<script"),
        "no script element from the recap"
    );
    assert!(
        !template.contains("<img src=x"),
        "no image element from the recap"
    );
    assert!(
        !template.contains("javascript:"),
        "no javascript: URL survives"
    );
    assert!(template.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
}

#[test]
fn a_fatal_file_exits_one_with_the_checkers_messages_and_writes_nothing() {
    let (code, out, _) = render(&["tests/fixtures/fatal/date-not-real.json"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(
            "tests/fixtures/fatal/date-not-real.json:5:13: Fehler: event.date: \"2024-02-30\""
        ),
        "{out}"
    );
    assert!(!out.contains("<recap-widget"), "nothing is written");
    let checker = Command::new(env!("CARGO_BIN_EXE_recap-check"))
        .arg("tests/fixtures/fatal/date-not-real.json")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("recap-check runs");
    let checked = String::from_utf8_lossy(&checker.stdout);
    assert_eq!(
        out.lines().next(),
        checked.lines().next(),
        "the same message and position as recap-check"
    );
}

#[test]
fn the_page_mode_fills_the_element_and_the_description() {
    let page = std::env::temp_dir().join(format!("recap-page-{}.html", std::process::id()));
    std::fs::write(
        &page,
        "<html><head><meta name=\"description\" content=\"\"></head>\
         <body><recap-widget locale=\"en\"></recap-widget></body></html>",
    )
    .expect("page");
    let (code, _, err) = render(&[
        "static/recap.json",
        "--page",
        &page.to_string_lossy(),
        "--locale",
        "en",
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&page).expect("written");
    assert!(html.contains("<recap-widget locale=\"en\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"widget-0123456789abcdef.css\">"));
    assert!(html.contains(
        "<meta name=\"description\" content=\"Recap: 15. Mitteldeutsche Digitalisierungskonferenz, 17 April 2024, Erfurt. 100 Teilnehmerinnen"
    ));
    assert!(html.ends_with("</recap-widget></body></html>"));
}

#[test]
fn bad_arguments_and_missing_builds_exit_two() {
    assert_eq!(render(&[]).0, 2);
    assert_eq!(render(&["static/recap.json", "--nonsense"]).0, 2);
    let output = Command::new(env!("CARGO_BIN_EXE_recap-render"))
        .args(["static/recap.json", "--dist", "no/such/dist"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("make build"));
}
