// Filters, counts, search folding, reset, no match and paging on a generated
// recap of 300 people; every expectation is computed here from the fixture.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, readyRecap, status, widgetPage, matchesSearch, eventually } from './harness.mjs';
import { generateRecap, REGIONS, SECTORS } from './generate.mjs';

const N = 300;
const SEED = 42;
const recap = generateRecap(N, SEED);
const quotesOf = (p) => recap.quotes.filter((q) => q.speaker === p.id).map((q) => q.text).join(' ');
const haystack = (p) => [p.name, p.organization, p.role, quotesOf(p)].join('\n');

function expected({ regions = [], sectors = [], query = '' }) {
  const inSearch = recap.speakers.filter((p) => matchesSearch(haystack(p), query));
  const regionOk = (p) => regions.length === 0 || regions.includes(p.region);
  const sectorOk = (p) => sectors.length === 0 || sectors.includes(p.sector);
  return {
    visible: inSearch.filter((p) => regionOk(p) && sectorOk(p)),
    regionCounts: REGIONS.map((r) => inSearch.filter((p) => p.region === r && sectorOk(p)).length),
    sectorCounts: SECTORS.map((s) => inSearch.filter((p) => p.sector === s && regionOk(p)).length),
  };
}

let env;
let page;
let widget;
before(async () => {
  env = await setUp();
  page = await openPage(env, widgetPage([{ src: `/gen/people.json?n=${N}&seed=${SEED}`, 'url-state': 'off' }]));
  widget = await readyRecap(page);
});
after(async () => { await env?.close(); });

async function check(state, selection) {
  const want = expected(selection);
  // While typing, the live status follows once typing pauses.
  await eventually(() => status(widget).textContent(), `${want.visible.length} von ${N} Personen`, `${state}: status`);
  const regionNames = await widget.getByRole('group', { name: 'Region' }).getByRole('button').allTextContents();
  assert.deepEqual(regionNames, REGIONS.map((r, i) => `${r} (${want.regionCounts[i]})`), `${state}: region counts`);
  const sectorNames = await widget.getByRole('group', { name: 'Bereich' }).getByRole('button').allTextContents();
  assert.deepEqual(sectorNames, SECTORS.map((s, i) => `${s} (${want.sectorCounts[i]})`), `${state}: sector counts`);
  const cards = await widget.locator('article h3').allTextContents();
  assert.deepEqual(cards, want.visible.slice(0, 24).map((p) => p.name), `${state}: the first 24 matching cards in order`);
  return want;
}

test('no filter: everyone, counts, and the first page of 24', async () => {
  const want = await check('initial', {});
  const more = widget.getByRole('button', { name: /^Weitere Personen anzeigen/ });
  assert.equal(await more.textContent(), `Weitere Personen anzeigen (noch ${want.visible.length - 24})`);
  await more.click();
  assert.equal(await widget.locator('article').count(), 48, 'show more adds 24 cards');
  assert.equal(await more.textContent(), `Weitere Personen anzeigen (noch ${want.visible.length - 48})`);
});

test('OR within a group, AND across groups, counts under the other group', async () => {
  await widget.getByRole('button', { name: /^Sachsen \(/ }).click();
  await check('region Sachsen', { regions: ['Sachsen'] });
  assert.equal(await widget.getByRole('button', { name: /^Sachsen \(/ }).getAttribute('aria-pressed'), 'true');
  await widget.getByRole('button', { name: /^Thüringen/ }).click();
  await check('Sachsen or Thüringen', { regions: ['Sachsen', 'Thüringen'] });
  await widget.getByRole('button', { name: /^Politik/ }).click();
  await check('(Sachsen or Thüringen) and Politik', { regions: ['Sachsen', 'Thüringen'], sectors: ['Politik'] });
  assert.equal(await widget.locator('article').count() <= 24, true, 'paging starts over after a filter change');
  await widget.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();
  await check('after reset', {});
});

test('search folds case, diacritics and umlaut spellings, with filters', async () => {
  const search = widget.getByRole('searchbox', { name: 'Suche' });
  for (const query of ['SCHLOEMER', 'schlomer', 'weiss', 'Straße', 'zoe', 'joSÉ', 'kaethe', 'datenräume']) {
    await search.fill(query);
    const want = await check(`search "${query}"`, { query });
    assert.ok(want.visible.length > 0, `the fixture has matches for "${query}"`);
  }
  await widget.getByRole('button', { name: /^Wirtschaft/ }).click();
  await check('search with sector', { query: 'datenräume', sectors: ['Wirtschaft'] });
  await search.fill('kein mensch heißt so');
  await check('no match', { query: 'kein mensch heißt so' });
  assert.equal(await widget.getByText('Keine Person passt zu diesen Filtern.').isVisible(), true, 'no-match message');
  await widget.locator('.no-match').getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await check('reset from no match', {});
  assert.equal(await search.inputValue(), '', 'reset clears the search');
});

test('only the cards on the page load their photos', async () => {
  const photos = await openPage(env, widgetPage([{ src: '/gen/people.json?n=200&seed=7&photos', 'url-state': 'off' }]), { width: 1280, height: 900 });
  const w = await readyRecap(photos);
  const requested = () => photos.requests.filter((url) => url.includes('portrait.svg?person='))
    .map((url) => Number(new URL(url).searchParams.get('person')));
  const shown = await w.locator('article h3').evaluateAll((hs) => hs.map((h) => Number(h.id.replace('person-', ''))));
  assert.equal(shown.length, 24);
  // The first row is on screen: its photos load (lazily, so not at once).
  await photos.waitForFunction(() => [...document.querySelector('recap-widget').shadowRoot.querySelectorAll('article img')]
    .slice(0, 4).every((img) => img.complete && img.naturalWidth > 0), null, { timeout: 10000 });
  const loaded = requested();
  assert.ok(loaded.length >= 4, `the visible cards load their photos (${loaded.length})`);
  assert.deepEqual(loaded.filter((p) => !shown.includes(p)), [], 'no photo of a person whose card is not on the page');
  await photos.context().close();
});
