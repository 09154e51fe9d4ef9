// The standalone page (dist/index.html) with the shipped recap: every quote
// of the press release word for word, and a card per person.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, openPage, readyRecap, shot } from './harness.mjs';

const release = readFileSync(new URL('../fixtures/press-release.txt', import.meta.url), 'utf8');
const words = (s) => s.split(/\s+/).filter(Boolean).join(' ');

/** Quoted statements of the release: „…“ and "…" of statement length, plus a paragraph that only closes a quote. */
function passages(text) {
  const t = words(text);
  const found = [];
  let open = null;
  let lastClose = 0;
  for (let i = 0; i < t.length; i += 1) {
    const c = t[i];
    if (open === null && (c === '„' || c === '"')) open = { start: i, close: c === '„' ? '“' : '"' };
    else if (open && c === open.close) {
      const span = t.slice(open.start + 1, i);
      if (span.length >= 80) found.push(span);
      open = null;
      lastClose = i;
    } else if (open === null && c === '“') {
      found.push(t.slice(lastClose + 1, i).trim());
      lastClose = i;
    }
  }
  return found;
}

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

test('the standalone page shows every quote of the press release word for word', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  assert.equal(await page.locator('h1').textContent(), 'Konferenz-Rückblick', 'the page has its own h1');
  const carousel = widget.getByRole('region', { name: 'Zitate' });
  const label = await carousel.locator('.slide.current').getAttribute('aria-label');
  const total = Number(label.split(' von ')[1]);
  assert.equal(total, 13, `carousel label "${label}" should count 13 quotes`);
  const shown = [];
  for (let i = 0; i < total; i += 1) {
    const slide = carousel.locator('.slide.current');
    assert.equal(await slide.getAttribute('aria-label'), `${i + 1} von ${total}`);
    shown.push(words(await slide.locator('blockquote').innerText()));
    await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  }
  const all = shown.join(' ');
  for (const passage of passages(release)) {
    assert.ok(all.includes(passage), `quote not shown word for word: "${passage.slice(0, 80)}…"`);
  }
  assert.deepEqual(page.consoleErrors, [], 'no console errors');
  await page.context().close();
});

test('the standalone page has a card per person with name, role and organization', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  const names = await widget.locator('article h3').allTextContents();
  assert.equal(names.length, 14, `cards: ${names.join(', ')}`);
  for (const name of ['Dr. Cornelia Haase-Lerch', 'Bernd Schlömer', 'Dr. Hartmut Schubert', 'Prof. Dr. Gunnar Auth', 'Dr. Herbert Vogler']) {
    assert.ok(names.includes(name), `card for ${name}`);
    assert.ok(await widget.getByRole('article', { name }).isVisible(), `article named by its heading: ${name}`);
  }
  assert.equal(await widget.getByRole('heading', { level: 2 }).first().textContent(), '15. Mitteldeutsche Digitalisierungskonferenz');
  assert.ok((await widget.locator('.meta').textContent()).includes('17. April 2024'));
  assert.ok((await widget.locator('.meta').textContent()).includes('100 Teilnehmende'));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    console.log(`screenshot: ${await shot(page, `standalone-${width}`)}`);
  }
  await page.context().close();
});
