//! The share files of the shipped recap and how recap-render writes them:
//! a page and a card for every quote, the card's layout rules per quote,
//! the same bytes on every run, and the snippet's `share-base`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

mod commands;

use commands::run;

use recap_widget::recap::parse_bytes;
use recap_widget::share::{cards, share_files, ShareTarget};
use share_card::fonts::measure;
use share_card::layout::{layout, max_lines, LEFT, RIGHT, SMALLEST};
use share_card::Accent;

fn shipped() -> recap_widget::recap::Recap {
    let bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/static/recap.json")).expect("recap");
    parse_bytes(&bytes).expect("the shipped recap parses").recap
}

fn target() -> ShareTarget {
    ShareTarget {
        share_base: "https://example.org/recap/share/".to_owned(),
        host: "https://example.org/recap/index.html".to_owned(),
        element_id: None,
        accent: Accent::default(),
    }
}

#[test]
fn every_quote_of_the_shipped_recap_is_laid_out_within_the_rules() {
    let recap = shipped();
    let cards = cards(&recap);
    assert_eq!(cards.len(), recap.quotes.len());
    for (id, card) in &cards {
        let layout = layout(card);
        let size = layout.quote.size;
        assert!(
            layout.quote.lines.len() <= max_lines(size, layout.quote_bottom),
            "{id}"
        );
        for line in &layout.quote.lines {
            assert!(
                measure(&line.text, size, layout.quote.face) <= RIGHT - LEFT,
                "{id}: {line:?}"
            );
        }
        assert!(!layout.cut || size == SMALLEST, "{id}");
        assert!(!card.speaker.is_empty(), "{id} has its speaker");
        assert_eq!(card.date, "17. April 2024");
    }
}

#[test]
fn every_quote_gets_a_page_and_a_card_with_the_same_bytes_each_time() {
    let recap = shipped();
    let first = share_files(&recap, &target());
    assert_eq!(first, share_files(&recap, &target()));
    for files in &first {
        assert_eq!(&files.png[12..16], b"IHDR");
        assert_eq!(
            &files.png[16..24],
            &[0, 0, 4, 176, 0, 0, 2, 118],
            "{}: 1200×630",
            files.id
        );
        assert!(
            files.png.len() < 300 * 1024,
            "{}: {} bytes",
            files.id,
            files.png.len()
        );
        assert!(files.html.len() < 32 * 1024);
        assert!(files.html.contains(&format!(
            "<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/recap/index.html?recap-quote={}\">",
            files.id
        )));
        assert!(files
            .html
            .contains("<meta property=\"og:locale\" content=\"de_DE\">"));
    }
}

/// A folder that looks like a build, and an empty one for the share files.
fn folders(name: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("recap-share-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("recap-assets.json"),
        r#"{"glue": "g-1.js", "wasm": "w-1_bg.wasm", "stylesheet": "widget-1.css"}"#,
    )
    .expect("manifest");
    (dir.clone(), dir.join("share"))
}

fn render(args: &[&str]) -> (i32, String, String) {
    run(env!("CARGO_BIN_EXE_recap-render"), args)
}

#[test]
fn recap_render_writes_both_files_per_quote_and_names_the_folder_in_the_snippet() {
    let (dist, share) = folders("snippet");
    let (code, out, err) = render(&[
        "static/recap.json",
        "--dist",
        &dist.to_string_lossy(),
        "--base",
        "https://example.org/recap",
        "--host",
        "https://example.org/seite.html",
        "--share",
        &share.to_string_lossy(),
        "--accent",
        "#c0392b",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("<recap-widget src=\"https://example.org/recap/recap.json\" share-base=\"https://example.org/recap/share/\">"));
    let recap = shipped();
    let mut target = target();
    target.host = "https://example.org/seite.html".to_owned();
    target.accent = Accent::parse("#c0392b").expect("colour");
    for files in share_files(&recap, &target) {
        let html = std::fs::read_to_string(share.join(format!("{}.html", files.id))).expect("page");
        assert_eq!(html, files.html);
        let png = std::fs::read(share.join(format!("{}.png", files.id))).expect("card");
        assert!(
            png == files.png,
            "{}: the CLI writes the library's bytes",
            files.id
        );
    }
    assert_eq!(
        std::fs::read_dir(&share).expect("share").count(),
        2 * recap.quotes.len()
    );
}

#[test]
fn the_page_mode_writes_the_share_files_with_the_elements_id() {
    let (dist, share) = folders("page");
    let page = dist.join("index.html");
    std::fs::write(
        &page,
        "<recap-widget id=\"rb\" share-base=\"share/\"></recap-widget>",
    )
    .expect("page");
    let (code, _, err) = render(&[
        "static/recap.json",
        "--dist",
        &dist.to_string_lossy(),
        "--page",
        &page.to_string_lossy(),
        "--base",
        "http://127.0.0.1:8080/",
        "--host",
        "http://127.0.0.1:8080/index.html",
        "--share",
        &share.to_string_lossy(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(share.join("schloemer-netzwerke.html")).expect("page");
    assert!(html.contains("url=http://127.0.0.1:8080/index.html?rb-quote=schloemer-netzwerke\">"));
    assert!(html.contains("content=\"http://127.0.0.1:8080/share/schloemer-netzwerke.png\">"));
    assert!(std::fs::read_to_string(&page)
        .expect("page")
        .starts_with("<recap-widget id=\"rb\" share-base=\"share/\"><template"));
}

#[test]
fn share_files_need_an_absolute_base_a_host_and_a_colour() {
    let (dist, share) = folders("errors");
    let dist = dist.to_string_lossy().into_owned();
    let share = share.to_string_lossy().into_owned();
    let cases: [&[&str]; 4] = [
        &["--share", &share, "--host", "https://example.org/"],
        &[
            "--share",
            &share,
            "--host",
            "https://example.org/",
            "--base",
            "recap/",
        ],
        &["--share", &share, "--base", "https://example.org/"],
        &[
            "--share",
            &share,
            "--host",
            "h",
            "--base",
            "https://example.org/",
            "--accent",
            "red",
        ],
    ];
    for args in cases {
        let (code, out, err) = render(&[&["static/recap.json", "--dist", &dist], args].concat());
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(err.starts_with("recap-render: "), "{err}");
    }
}
