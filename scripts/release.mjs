// Trunk's post-build hook: turns trunk's staging folder into the release
// that `dist/` holds.
//
// 1. Release builds: minifies the wasm-bindgen glue, the stylesheet and
//    (once it names them) embed.js (scripts/minify.mjs; trunk's minifier
//    cannot parse the glue).
// 2. Names every file embed.js loads (glue, wasm, stylesheet) after its
//    content (`recap-widget-<hash>.js`, …), writes those names into embed.js,
//    and lists them in recap-assets.json (recap-render reads it). embed.js
//    keeps its name: it is the one file a cache must revalidate; an old one
//    keeps loading its own old files, a new one never gets an old glue.
//    Cargo.toml's version goes into embed.js too (`RecapWidget.version`).
//    (Trunk's own `filehash` names the glue after the unminified file and
//    cannot touch a copied stylesheet, so the names are made here.)
// 3. Puts the prerendered snapshot of the shipped recap into index.html
//    (recap-render, from the widget's own components), and writes the share
//    page and card of every quote into share/.
// 4. Builds the editors' check page (check/, its own wasm: visitors of the
//    widget never download it) with the same cargo profile, wasm-bindgen and
//    wasm-opt settings as the widget, and names its files after their
//    content the same way.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { minify } from './minify.mjs';
import { packageVersion } from './version.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('release.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
const inStaging = (name) => join(staging, name);

const release = process.env.TRUNK_PROFILE === 'release';
if (release) await minify(['recap-widget.js', 'widget.css'].map(inStaging));

const hashed = (name) => {
  const hash = createHash('sha256').update(readFileSync(inStaging(name))).digest('hex').slice(0, 16);
  const dot = name.indexOf('.');
  const suffix = name.endsWith('_bg.wasm') ? '_bg.wasm' : name.slice(dot);
  const renamed = `${name.slice(0, name.length - suffix.length)}-${hash}${suffix}`;
  renameSync(inStaging(name), inStaging(renamed));
  return renamed;
};
const files = {
  glue: hashed('recap-widget.js'),
  wasm: hashed('recap-widget_bg.wasm'),
  stylesheet: hashed('widget.css'),
};
const embed = readFileSync(inStaging('embed.js'), 'utf8');
const placeholder = /const FILES = \{[^}]*\};/;
if (!placeholder.test(embed)) throw new Error('release.mjs: embed.js has no `const FILES = {…};` to fill in');
const versionField = /static version = '[^']*';/;
if (!versionField.test(embed)) throw new Error("release.mjs: embed.js has no `static version = '…';` to fill in");
writeFileSync(inStaging('embed.js'), embed.replace(placeholder, `const FILES = ${JSON.stringify(files)};`)
  .replace(versionField, `static version = ${JSON.stringify(packageVersion())};`));
if (release) await minify([inStaging('embed.js')]);
writeFileSync(inStaging('recap-assets.json'), `${JSON.stringify(files, null, 2)}\n`);

// With it, every quote's share page and card into share/ (SPEC section 7),
// with absolute URLs under RECAP_BASE_URL (where `make serve` serves dist/);
// the page's <recap-widget share-base="share/"> points the widget there.
const base = new URL(process.env.RECAP_BASE_URL || 'http://127.0.0.1:8080/').href.replace(/\/?$/, '/');
execFileSync('cargo', ['run', '--quiet', '--bin', 'recap-render', '--',
  'static/recap.json', '--page', inStaging('index.html'), '--dist', staging,
  '--share', inStaging('share'), '--base', base, '--host', new URL('index.html', base).href], { stdio: 'inherit' });

// The check page: built like the widget (trunk builds only the page's crate).
const profile = release ? 'release' : 'debug';
execFileSync('cargo', ['build', '--quiet', '-p', 'recap-check-page', '--target', 'wasm32-unknown-unknown',
  ...(release ? ['--release'] : [])], { stdio: 'inherit' });
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', staging, '--out-name', 'check-page',
  join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', profile, 'recap_check_page.wasm')], { stdio: 'inherit' });
if (release) {
  // The widget's settings in index.html (data-wasm-opt, data-wasm-opt-params).
  const rust = readFileSync('index.html', 'utf8').match(/data-wasm-opt="([^"]+)" data-wasm-opt-params="([^"]+)"/);
  if (!rust) throw new Error('release.mjs: index.html has no data-wasm-opt settings to build the check page with');
  execFileSync('wasm-opt', [`-O${rust[1]}`, ...rust[2].split(' '), '--output', inStaging('check-page_bg.wasm'),
    inStaging('check-page_bg.wasm')], { stdio: 'inherit' });
  await minify(['check-page.js', 'check.css'].map(inStaging));
}
const checkFiles = {
  glue: hashed('check-page.js'),
  wasm: hashed('check-page_bg.wasm'),
  stylesheet: files.stylesheet,
};
const checkJs = readFileSync(inStaging('check.js'), 'utf8');
if (!placeholder.test(checkJs)) throw new Error('release.mjs: check.js has no `const FILES = {…};` to fill in');
writeFileSync(inStaging('check.js'), checkJs.replace(placeholder, `const FILES = ${JSON.stringify(checkFiles)};`));
if (release) await minify([inStaging('check.js')]);
const checkCss = hashed('check.css');
const checkHtml = readFileSync(inStaging('check.html'), 'utf8');
if (!checkHtml.includes('href="check.css"')) throw new Error('release.mjs: check.html does not link check.css');
writeFileSync(inStaging('check.html'), checkHtml.replace('href="check.css"', `href="${checkCss}"`));
