// Releases that caches cannot break: two builds, v1 and
// v2, deployed one after the other under /deploy/ with the README's cache
// headers; a browser that cached v1 keeps loading a consistent set.
//
// v2 is dist/ with every file embed.js loads changed (a comment in the
// glue and the stylesheet, a custom section in the wasm) and named after
// its new content, as scripts/release.mjs names them: the same widget, new
// names, like a real next release.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setUp, readyRecap, status, watchPage } from './harness.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
let env;
let v1;
let v2;

/** A copy of dist/ whose glue, wasm and stylesheet have new content and names. */
function nextRelease(from) {
  const dir = mkdtempSync(join(tmpdir(), 'release-v2-'));
  cpSync(from, dir, { recursive: true });
  const assets = JSON.parse(readFileSync(join(dir, 'recap-assets.json'), 'utf8'));
  const renamed = {};
  const change = (key, alter) => {
    const old = assets[key];
    const bytes = alter(readFileSync(join(dir, old)));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const name = old.replace(/-[0-9a-f]{16}(?=(_bg\.wasm|\.js|\.css)$)/, `-${hash}`);
    writeFileSync(join(dir, old), bytes);
    renameSync(join(dir, old), join(dir, name));
    renamed[key] = name;
  };
  change('glue', (bytes) => Buffer.concat([bytes, Buffer.from('\n// v2\n')]));
  change('stylesheet', (bytes) => Buffer.concat([bytes, Buffer.from('\n/* v2 */\n')]));
  // A custom section ("v2", payload "x") at the end: a valid module, other bytes.
  change('wasm', (bytes) => Buffer.concat([bytes, Buffer.from([0, 4, 2, 0x76, 0x32, 0x78])]));
  for (const file of ['embed.js', 'index.html', 'recap-assets.json']) {
    let text = readFileSync(join(dir, file), 'utf8');
    for (const key of Object.keys(renamed)) text = text.replaceAll(assets[key], renamed[key]);
    writeFileSync(join(dir, file), text);
  }
  return { dir, files: renamed };
}

before(async () => {
  env = await setUp();
  // dist/ may be rebuilt while the suite runs elsewhere: v1 is a copy.
  const dir = mkdtempSync(join(tmpdir(), 'release-v1-'));
  cpSync(DIST, dir, { recursive: true });
  v1 = { dir, files: JSON.parse(readFileSync(join(dir, 'recap-assets.json'), 'utf8')) };
  v2 = nextRelease(dir);
  for (const key of ['glue', 'wasm', 'stylesheet']) assert.notEqual(v1.files[key], v2.files[key], `v2 has a new ${key}`);
});
after(async () => { await env?.close(); });

/** The widget's files a page used (loaded or taken from the cache). */
async function filesUsed(page) {
  return page.evaluate(() => {
    const names = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname.split('/').pop());
    const sheet = document.querySelector('recap-widget').shadowRoot.querySelector('.mount:not([data-snapshot])')
      ?.parentNode.querySelector('link[rel=stylesheet]')?.getAttribute('href') ?? '';
    return { names, sheet: sheet.split('/').pop() };
  });
}

/** Which release's glue, wasm and stylesheet a page used: 'v1', 'v2', or what it mixed. */
async function releaseOf(page) {
  const { names, sheet } = await filesUsed(page);
  const of = (key) => {
    const found = [v1, v2].filter((release) => names.includes(release.files[key])).map((release) => (release === v1 ? 'v1' : 'v2'));
    return found.join('+') || 'none';
  };
  const sheetOf = sheet === v1.files.stylesheet ? 'v1' : sheet === v2.files.stylesheet ? 'v2' : `other (${sheet})`;
  return { glue: of('glue'), wasm: of('wasm'), stylesheet: sheetOf };
}

async function visit(context) {
  const page = await watchPage(await context.newPage(), '/deploy/index.html');
  await page.goto(`${env.origin}/deploy/index.html`);
  const widget = await readyRecap(page);
  assert.equal(await status(widget).textContent(), '14 von 14 Personen', 'the widget works');
  assert.deepEqual(page.consoleErrors, []);
  return page;
}

test('embed.js v1 still cached after v2 is deployed: the page loads v1\'s set, and works', async () => {
  const context = await env.browser.newContext();
  // A cache that holds embed.js for an hour (against the README's advice).
  env.deploy([v1.dir], 'public, max-age=3600');
  const first = await visit(context);
  assert.deepEqual(await releaseOf(first), { glue: 'v1', wasm: 'v1', stylesheet: 'v1' });
  // v2 goes live; the old hashed files stay on the server, as they should.
  env.deploy([v2.dir, v1.dir], 'public, max-age=3600');
  const embedRequests = env.deployRequests.get('embed.js');
  const second = await visit(context);
  assert.equal(env.deployRequests.get('embed.js'), embedRequests, 'embed.js came from the cache');
  assert.deepEqual(await releaseOf(second), { glue: 'v1', wasm: 'v1', stylesheet: 'v1' }, 'a consistent v1 set');
  // A visitor without that cache gets v2.
  const fresh = await env.browser.newContext();
  assert.deepEqual(await releaseOf(await visit(fresh)), { glue: 'v2', wasm: 'v2', stylesheet: 'v2' });
  await fresh.close();
  await context.close();
});

test('v1\'s glue and wasm cached, embed.js revalidated (the README\'s headers): v2\'s set, never a mix', async () => {
  const context = await env.browser.newContext();
  env.deploy([v1.dir], 'no-cache');
  const first = await visit(context);
  assert.deepEqual(await releaseOf(first), { glue: 'v1', wasm: 'v1', stylesheet: 'v1' });
  env.deploy([v2.dir, v1.dir], 'no-cache');
  const second = await visit(context);
  assert.deepEqual(await releaseOf(second), { glue: 'v2', wasm: 'v2', stylesheet: 'v2' }, 'the new embed.js names only new files');
  await context.close();
});
