// The share pages and cards of the shipped recap, as messenger crawlers see
// them: no browser, no JavaScript; dist/ served over HTTP, every
// dist/share/<id>.html fetched, its <head> parsed and every Open Graph and
// Twitter tag checked, every card fetched and checked as a 1200×630 PNG
// (its IHDR) under 300 KB. The pages name their files with absolute URLs
// under the build's base (RECAP_BASE_URL, default http://127.0.0.1:8080/);
// here that base is mapped onto the test server's /dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BASE = new URL(process.env.RECAP_BASE_URL || 'http://127.0.0.1:8080/').href.replace(/\/?$/, '/');
const recap = JSON.parse(readFileSync(`${DIST}recap.json`, 'utf8'));
let server;

before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

/** An absolute URL of the build, as the test server serves it. */
const served = (url) => {
  assert.ok(url.startsWith(BASE), `${url} is under the base ${BASE}`);
  return `${server.origin}/dist/${url.slice(BASE.length)}`;
};

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (text) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name) => ENTITIES[name]);

/** The head's <meta> tags (by property or name), <title> and canonical link. */
function head(html) {
  const end = html.indexOf('</head>');
  assert.ok(end > 0, 'a </head>');
  const part = html.slice(0, end);
  const tags = {};
  for (const [, attributes] of part.matchAll(/<meta\s+([^>]*)>/g)) {
    const attrs = Object.fromEntries([...attributes.matchAll(/([a-z:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)]));
    const key = attrs.property ?? attrs.name ?? (attrs['http-equiv'] && `http-equiv:${attrs['http-equiv']}`);
    if (key) {
      assert.equal(tags[key], undefined, `${key} once`);
      tags[key] = attrs.content;
    }
  }
  const title = part.match(/<title>([^<]*)<\/title>/)?.[1];
  const canonical = part.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
  return { tags, title: title && decode(title), canonical: canonical && decode(canonical) };
}

/** Width and height from a PNG's IHDR chunk. */
function dimensions(png) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('dist/index.html points the widget at share/', () => {
  const index = readFileSync(`${DIST}index.html`, 'utf8');
  assert.match(index, /<recap-widget[^>]* share-base="share\/"/);
});

test('every quote has a share page whose head has every tag a crawler reads', async () => {
  const files = readdirSync(`${DIST}share`).sort();
  const ids = recap.quotes.map((q) => q.id).sort();
  assert.deepEqual(files, ids.flatMap((id) => [`${id}.html`, `${id}.png`]).sort());
  const speakers = new Map(recap.speakers.map((s) => [s.id, s]));
  for (const quote of recap.quotes) {
    const url = `${BASE}share/${quote.id}.html`;
    const response = await fetch(served(url));
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    const html = await response.text();
    assert.ok(Buffer.byteLength(html) < 32 * 1024, `${quote.id}: ${Buffer.byteLength(html)} bytes`);
    assert.doesNotMatch(html, /<script/i, 'no script');
    const speaker = speakers.get(quote.speaker);
    const name = [speaker.honorific, speaker.name].filter(Boolean).join(' ');
    const { tags, title, canonical } = head(html);
    assert.equal(title, `${name} – ${recap.event.title}`);
    assert.equal(tags['og:title'], title);
    const description = tags['og:description'];
    const text = quote.text.split(/\s+/).join(' ');
    assert.ok([...description].length <= 200, `${quote.id}: description of ${[...description].length}`);
    if (description !== text) {
      assert.ok(description.endsWith(' …'), description);
      const kept = description.slice(0, -2);
      assert.ok(text.startsWith(kept) && text[kept.length] === ' ', `${quote.id}: cut after a word`);
    }
    assert.equal(tags['og:type'], 'article');
    assert.equal(tags['og:url'], url);
    assert.equal(canonical, url);
    assert.equal(tags['og:image'], `${BASE}share/${quote.id}.png`);
    assert.equal(tags['og:image:width'], '1200');
    assert.equal(tags['og:image:height'], '630');
    assert.equal(tags['og:image:type'], 'image/png');
    assert.ok(tags['og:image:alt'].startsWith(`„${text.split(' ').slice(0, 3).join(' ')}`), tags['og:image:alt']);
    assert.ok(tags['og:image:alt'].endsWith(`– ${name}`), tags['og:image:alt']);
    assert.equal(tags['og:site_name'], recap.event.title);
    assert.equal(tags['og:locale'], 'de_DE');
    assert.equal(tags['twitter:card'], 'summary_large_image');
    const target = `${BASE}index.html?recap-quote=${quote.id}`;
    assert.equal(tags['http-equiv:refresh'], `0; url=${target}`);
    // For people: the quote in full, who said it, where and when, and the way back.
    const body = decode(html.slice(html.indexOf('<body>')));
    for (const paragraph of quote.text.split('\n\n')) assert.ok(body.includes(paragraph.trim()), `${quote.id}: the whole quote`);
    for (const part of [name, speaker.role, speaker.organization, recap.event.title, '17. April 2024'].filter(Boolean)) {
      assert.ok(body.includes(part), `${quote.id}: ${part}`);
    }
    assert.ok(body.includes(`<a href="${target}">`), `${quote.id}: a link back`);
    assert.equal((await fetch(served(target))).status, 200, 'the host page is there');
  }
});

test('every card is a 1200×630 PNG under 300 KB', async () => {
  for (const quote of recap.quotes) {
    const response = await fetch(served(`${BASE}share/${quote.id}.png`));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await response.arrayBuffer());
    assert.deepEqual(dimensions(png), [1200, 630], quote.id);
    assert.ok(png.length < 300 * 1024, `${quote.id}: ${png.length} bytes`);
  }
});

// The name is really on the card, legible: OCR (Debian's tesseract-ocr,
// scripts/setup.sh) reads it back. A name in plain ASCII letters, so that the
// English model's reading of umlauts does not matter.
test('OCR reads the speaker\'s name back from a card', (t) => {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
  } catch {
    t.skip('tesseract is not installed (scripts/setup.sh installs it)');
    return;
  }
  const speakers = new Map(recap.speakers.map((s) => [s.id, s]));
  const quote = recap.quotes.find((q) => /^[A-Za-z .-]+$/.test(speakers.get(q.speaker)?.name ?? ''));
  const name = speakers.get(quote.speaker).name;
  const text = execFileSync('tesseract', [`${DIST}share/${quote.id}.png`, '-', '--psm', '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  assert.ok(text.includes(name), `${name} in the OCR of ${quote.id}.png:\n${text}`);
});
