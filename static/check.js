// The editors' check page (check.html) starts its own wasm: the page's
// crate (check/), which visitors of the widget never download. The preview
// is the widget itself (embed.js, loaded by the page).

// The build (scripts/release.mjs) writes the content-hashed names here.
const FILES = { glue: 'check.js', wasm: 'check_bg.wasm', stylesheet: 'widget.css' };
const asset = (name) => new URL(name, import.meta.url).href;

const glue = await import(asset(FILES.glue));
await glue.default({ module_or_path: asset(FILES.wasm) });
glue.start(document.getElementById('check'), FILES.stylesheet);
