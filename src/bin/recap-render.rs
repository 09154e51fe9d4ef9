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
    use recap_widget::snapshot::{page, snippet};
    use recap_widget::snippet::{Folder, Target};

    const USAGE: &str = "usage: recap-render FILE [--base URL] [--src URL] [--locale de|en] [--region LIST] [--dist DIR]
           recap-render FILE --page PAGE.html [--dist DIR]

    Writes the snippet for a CMS page to standard output: the script tag, the
    <recap-widget> element and the prerendered snapshot of FILE.
      --base URL     where dist/ and the recap file will live (https://example.org/recap/)
      --src URL      the recap file's URL (default: BASE + the file's name)
      --locale LANG  the widget's UI language, like the attribute (de, en)
      --region LIST  the initial region filter, like the attribute (\"Sachsen, Thüringen\")
      --dist DIR     the built widget, for its file names (default: dist)
      --page PAGE    put the snapshot into PAGE's <recap-widget> instead (in place)";

    struct Options {
        file: PathBuf,
        /// `--base`; without it, names relative to the page.
        base: Folder,
        src: Option<String>,
        lang: Lang,
        regions: Vec<Region>,
        dist: PathBuf,
        page: Option<PathBuf>,
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
            println!("{USAGE}");
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
                };
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
        };
        let written = page(&html, parsed, &target)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("{}: has no <recap-widget> element", path.display()))?;
        std::fs::write(path, written)
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
        Ok(ExitCode::SUCCESS)
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

    /// Reads the arguments; `None` asks for the usage text.
    fn options() -> Result<Option<Options>, String> {
        let mut args = std::env::args().skip(1);
        let mut file = None;
        let mut options = Options {
            file: PathBuf::new(),
            base: Folder::default(),
            src: None,
            lang: Lang::De,
            regions: Vec::new(),
            dist: PathBuf::from("dist"),
            page: None,
        };
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
            };
            match arg.as_str() {
                "-h" | "--help" => return Ok(None),
                "--base" => options.base = Folder::new(&value("--base")?),
                "--src" => options.src = Some(value("--src")?),
                "--locale" => options.lang = Lang::from_attr(Some(&value("--locale")?)),
                "--region" => options.regions = parse_regions(&value("--region")?),
                "--dist" => options.dist = PathBuf::from(value("--dist")?),
                "--page" => options.page = Some(PathBuf::from(value("--page")?)),
                other if other.starts_with("--") => {
                    return Err(format!("unknown option {other}\n{USAGE}"))
                }
                other if file.is_none() => file = Some(PathBuf::from(other)),
                other => return Err(format!("one recap file at a time ({other})\n{USAGE}")),
            }
        }
        options.file = file.ok_or_else(|| USAGE.to_owned())?;
        Ok(Some(options))
    }
}
