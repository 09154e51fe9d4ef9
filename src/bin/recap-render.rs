//! `recap-render`: writes the snippet that site editors paste into their
//! page (the script tag, `<recap-widget>` and the prerendered snapshot of
//! their recap), or puts the snapshot into a page (the build does this for
//! `dist/index.html`).
//!
//! A file with a fatal problem gets exactly `recap-check`'s messages and
//! exit status 1, and nothing is written. Exit status 2: the arguments are
//! wrong or a file cannot be read or written.

use std::process::ExitCode;

// Trunk builds every target of the package for wasm32; the server renderer
// (and so this command) is native only.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use recap_widget::config::parse_regions;
    use recap_widget::lang::Lang;
    use recap_widget::recap::{self, Parsed, Region};
    use recap_widget::share::{share_files, ShareTarget};
    use recap_widget::snapshot::{page, snippet};
    use recap_widget::snippet::{Folder, Target};
    use share_card::Accent;

    const USAGE: &str = "usage: recap-render FILE [--base URL] [--src URL] [--locale de|en] [--region LIST] [--dist DIR]
                        [--share DIR --host URL [--accent COLOR]]
           recap-render FILE --page PAGE.html [--dist DIR] [--share DIR --base URL --host URL [--accent COLOR]]
           recap-render --help | --version

    Writes the snippet for a CMS page to standard output: the script tag, the
    <recap-widget> element and the prerendered snapshot of FILE.
      --base URL     where dist/ and the recap file will live (https://example.org/recap/)
      --src URL      the recap file's URL (default: BASE + the file's name)
      --locale LANG  the widget's UI language, like the attribute (de, en)
      --region LIST  the initial region filter, like the attribute (\"Sachsen, Thüringen\")
      --dist DIR     the built widget, for its file names (default: dist)
      --page PAGE    put the snapshot into PAGE's <recap-widget> instead (in place)
      --share DIR    also write every quote's share page and card into DIR
                     (<id>.html, <id>.png), to be published at BASE + share/;
                     the snippet then carries share-base=\"BASE/share/\"
      --host URL     the page that holds the widget (the share pages lead there)
      --accent COLOR the cards' accent colour, #rgb or #rrggbb (default: the widget's)";

    struct Options {
        file: PathBuf,
        /// `--base`; without it, names relative to the page.
        base: Folder,
        src: Option<String>,
        lang: Lang,
        regions: Vec<Region>,
        dist: PathBuf,
        page: Option<PathBuf>,
        /// `--base` as given: the share files need it absolute.
        base_url: Option<String>,
        share: Option<PathBuf>,
        host: Option<String>,
        accent: Accent,
    }

    pub fn main() -> ExitCode {
        match run() {
            Ok(code) => code,
            Err(message) => {
                eprintln!("recap-render: {message}");
                ExitCode::from(2)
            }
        }
    }

    fn run() -> Result<ExitCode, String> {
        let Some(options) = options()? else {
            return Ok(ExitCode::SUCCESS);
        };
        let bytes = std::fs::read(&options.file)
            .map_err(|e| format!("{}: cannot be read: {e}", options.file.display()))?;
        let name = options.file.display().to_string();
        let parsed = match recap::parse_bytes(&bytes) {
            Ok(parsed) => parsed,
            Err(rejected) => {
                for problem in &rejected.fatal {
                    println!("{}", problem.report(&name, options.lang, true));
                }
                for problem in &rejected.warnings {
                    println!("{}", problem.report(&name, options.lang, false));
                }
                return Ok(ExitCode::from(1));
            }
        };
        for problem in &parsed.warnings {
            eprintln!("{}", problem.report(&name, options.lang, false));
        }
        let stylesheet = stylesheet(&options.dist)?;
        let share_base = share_base(&options)?;
        match &options.page {
            Some(path) => write_page(path, parsed, stylesheet, &options),
            None => {
                let file_name = options
                    .file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy();
                let target = Target {
                    src: options
                        .src
                        .clone()
                        .unwrap_or_else(|| options.base.file(&file_name)),
                    stylesheet: options.base.file(&stylesheet),
                    lang: options.lang,
                    regions: options.regions.clone(),
                    share_base: share_base.clone(),
                };
                if let Some(share_base) = share_base {
                    write_share(&parsed, &options, share_base, None)?;
                }
                let script = options.base.script();
                print!(
                    "{}",
                    snippet(parsed, &target, &script).map_err(|e| e.to_string())?
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    }

    /// The page's own `<recap-widget>` keeps its attributes; the snapshot follows them.
    fn write_page(
        path: &Path,
        parsed: Parsed,
        stylesheet: String,
        options: &Options,
    ) -> Result<ExitCode, String> {
        let html = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        let target = Target {
            src: options
                .src
                .clone()
                .unwrap_or_else(|| "recap.json".to_owned()),
            stylesheet,
            lang: options.lang,
            regions: options.regions.clone(),
            // The page's element keeps its own attributes (share-base too).
            share_base: None,
        };
        if let Some(share_base) = share_base(options)? {
            write_share(&parsed, options, share_base, element_id(&html))?;
        }
        let written = page(&html, parsed, &target)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("{}: has no <recap-widget> element", path.display()))?;
        std::fs::write(path, written)
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
        Ok(ExitCode::SUCCESS)
    }

    /// The share folder's URL (`<base>share/`) when `--share` is given;
    /// its files name themselves and their card with absolute URLs, so
    /// `--base` must be an absolute http(s) URL, and `--host` is needed.
    fn share_base(options: &Options) -> Result<Option<String>, String> {
        if options.share.is_none() {
            return Ok(None);
        }
        let base = options.base_url.as_deref().ok_or_else(|| {
            format!("--share needs --base (the absolute URL of the files)\n{USAGE}")
        })?;
        match url::Url::parse(base.trim()) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            _ => {
                return Err(format!(
                    "--base {base:?} is not an absolute http(s) URL (--share needs one)"
                ))
            }
        }
        if options.host.is_none() {
            return Err(format!(
                "--share needs --host (the page that holds the widget)\n{USAGE}"
            ));
        }
        Ok(Some(Folder::new(base).file("share/")))
    }

    /// Writes every quote's share page and card into `--share`'s folder.
    fn write_share(
        parsed: &Parsed,
        options: &Options,
        share_base: String,
        element_id: Option<String>,
    ) -> Result<(), String> {
        let (Some(dir), Some(host)) = (&options.share, &options.host) else {
            return Ok(());
        };
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot be created: {e}", dir.display()))?;
        let target = ShareTarget {
            share_base,
            host: host.trim().to_owned(),
            element_id,
            accent: options.accent.clone(),
        };
        for files in share_files(&parsed.recap, &target) {
            for (extension, bytes) in [("html", files.html.as_bytes()), ("png", &files.png[..])] {
                let path = dir.join(format!("{}.{extension}", files.id));
                std::fs::write(&path, bytes)
                    .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
            }
        }
        Ok(())
    }

    /// The `id` of the page's first `<recap-widget>` element, if it has one.
    fn element_id(html: &str) -> Option<String> {
        let open = html.find("<recap-widget")?;
        let tag = &html[open..open + html[open..].find('>')?];
        let start = tag.find(" id=\"")? + 5;
        let end = start + tag[start..].find('"')?;
        Some(tag[start..end].to_owned()).filter(|id| !id.is_empty())
    }

    /// The stylesheet's file name in the build (it carries a content hash),
    /// from the list of files the build writes next to `embed.js`.
    fn stylesheet(dist: &Path) -> Result<String, String> {
        #[derive(serde::Deserialize)]
        struct Assets {
            stylesheet: String,
        }
        let path = dist.join("recap-assets.json");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "{}: cannot be read ({e}); build the widget first (make build)",
                path.display()
            )
        })?;
        let assets: Assets =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(assets.stylesheet)
    }

    /// Reads the arguments; `Ok(None)` means the answer (usage or version)
    /// is printed already. An unknown option or language is an error.
    fn options() -> Result<Option<Options>, String> {
        use lexopt::prelude::*;
        let mut file = None;
        let mut options = Options {
            file: PathBuf::new(),
            base: Folder::default(),
            src: None,
            lang: Lang::De,
            regions: Vec::new(),
            dist: PathBuf::from("dist"),
            page: None,
            base_url: None,
            share: None,
            host: None,
            accent: Accent::default(),
        };
        let mut parser = lexopt::Parser::from_env();
        while let Some(arg) = parser.next().map_err(usage)? {
            match arg {
                Short('h') | Long("help") => {
                    println!("{USAGE}");
                    return Ok(None);
                }
                Short('V') | Long("version") => {
                    println!("recap-render {}", env!("CARGO_PKG_VERSION"));
                    return Ok(None);
                }
                Long("base") => {
                    let base = text(&mut parser)?;
                    options.base = Folder::new(&base);
                    options.base_url = Some(base);
                }
                Long("share") => {
                    options.share = Some(PathBuf::from(parser.value().map_err(usage)?))
                }
                Long("host") => options.host = Some(text(&mut parser)?),
                Long("accent") => {
                    let value = text(&mut parser)?;
                    options.accent = Accent::parse(&value).ok_or_else(|| {
                        format!("--accent {value:?} is not a colour (#rgb or #rrggbb)\n{USAGE}")
                    })?;
                }
                Long("src") => options.src = Some(text(&mut parser)?),
                Long("locale") => {
                    let value = text(&mut parser)?;
                    options.lang = Lang::from_option(&value).ok_or_else(|| {
                        format!("unknown language {value:?} for --locale (de or en)\n{USAGE}")
                    })?;
                }
                Long("region") => options.regions = parse_regions(&text(&mut parser)?),
                Long("dist") => options.dist = PathBuf::from(parser.value().map_err(usage)?),
                Long("page") => options.page = Some(PathBuf::from(parser.value().map_err(usage)?)),
                Value(value) if file.is_none() => file = Some(PathBuf::from(value)),
                Value(value) => {
                    return Err(format!(
                        "one recap file at a time ({})\n{USAGE}",
                        value.to_string_lossy()
                    ))
                }
                other => return Err(usage(other.unexpected())),
            }
        }
        options.file = file.ok_or_else(|| format!("no recap file\n{USAGE}"))?;
        Ok(Some(options))
    }

    /// An argument error with the usage text under it.
    fn usage(error: lexopt::Error) -> String {
        format!("{error}\n{USAGE}")
    }

    /// The value of the option just read, as text.
    fn text(parser: &mut lexopt::Parser) -> Result<String, String> {
        use lexopt::ValueExt;
        parser.value().map_err(usage)?.string().map_err(usage)
    }
}
