// State in the URL: keys, reload, back/forward, precedence over the region
// attribute, url-state="off", and host parameters kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, openPageWithClock, readyRecap, status, eventually } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const params = (page) => new URL(page.url()).searchParams;
const currentLabel = (widget) => widget.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label');

test('filters, search and quote are written, survive a reload, and back/forward restore views', async () => {
  const page = await openPage(env, '/dist/index.html?utm_source=newsletter#top');
  const widget = await readyRecap(page);
  await widget.getByRole('button', { name: /^Sachsen-Anhalt/ }).click();
  await eventually(() => params(page).get('recap-region'), 'sachsen-anhalt', 'URL key recap-region');
  await widget.getByRole('button', { name: /^Politik/ }).click();
  await eventually(() => params(page).get('recap-sector'), 'politik', 'URL key recap-sector');
  await widget.getByRole('searchbox', { name: 'Suche' }).fill('schlö');
  await eventually(() => params(page).get('recap-q'), 'schlö', 'URL key recap-q');
  await eventually(() => params(page).get('utm_source'), 'newsletter', 'host keys are kept');
  assert.equal(new URL(page.url()).hash, '#top', 'the hash is kept');
  const historyLength = await page.evaluate(() => history.length);
  await widget.getByRole('searchbox', { name: 'Suche' }).fill('schlöm');
  // Typing writes at most four times a second; the last state lands.
  await eventually(() => params(page).get('recap-q'), 'schlöm', 'URL key recap-q after typing');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'typing replaces the entry');

  await page.reload();
  const reloaded = await readyRecap(page);
  assert.equal(await status(reloaded).textContent(), '1 von 14 Personen', 'the view survives a reload');
  assert.equal(await reloaded.getByRole('searchbox', { name: 'Suche' }).inputValue(), 'schlöm');
  assert.equal(await reloaded.getByRole('button', { name: /^Politik/ }).getAttribute('aria-pressed'), 'true');

  await page.goBack(); // before "Politik"
  await eventually(() => status(reloaded).textContent(), '3 von 14 Personen', 'back restores the previous view');
  assert.equal(await reloaded.getByRole('button', { name: /^Politik/ }).getAttribute('aria-pressed'), 'false');
  await page.goBack(); // the initial view
  await eventually(() => status(reloaded).textContent(), '14 von 14 Personen', 'back to the initial view');
  await page.goForward();
  await eventually(() => status(reloaded).textContent(), '3 von 14 Personen', 'forward');
  await page.context().close();
});

test('moving the carousel replaces the entry; "Zitat anzeigen" pushes one', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  const length = await page.evaluate(() => history.length);
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  await eventually(() => params(page).get('recap-quote'), 'schloemer-netzwerke', 'URL key recap-quote');
  assert.equal(await page.evaluate(() => history.length), length, 'replace, not push');
  await widget.getByRole('article', { name: 'Steffi Brauer' }).getByRole('button', { name: 'Zitat anzeigen' }).click();
  await eventually(() => params(page).get('recap-quote'), 'brauer-forum', 'URL key recap-quote');
  assert.equal(await page.evaluate(() => history.length), length + 1, 'show quote pushes');
  await page.goBack();
  assert.ok((await widget.locator('[aria-roledescription=slide]:not([inert])').innerText()).includes('Entscheidend für die erfolgreiche'));
  await page.context().close();
});

test('a shared link opens its view; the URL wins over the region attribute; an excluded quote gives way', async () => {
  const page = await openPage(env, '/dist/index.html?recap-region=sachsen-anhalt&recap-quote=schloemer-netzwerke');
  const widget = await readyRecap(page);
  assert.equal(await status(widget).textContent(), '3 von 14 Personen');
  assert.equal(await currentLabel(widget), '2 von 3');
  await page.goto(`${env.origin}/dist/index.html?recap-region=thueringen&recap-quote=schloemer-netzwerke`);
  const other = await readyRecap(page);
  assert.ok((await other.locator('[aria-roledescription=slide]:not([inert])').innerText()).includes('Thüringen befindet sich'), 'the first quote the filters keep');
  const cfg = encodeURIComponent(JSON.stringify([{ region: 'Thüringen' }]));
  await page.goto(`${env.origin}/e2e/widget.html?cfg=${cfg}&recap-region=sachsen`);
  const attributed = await readyRecap(page);
  assert.equal(await attributed.getByRole('button', { name: /^Sachsen \(/ }).getAttribute('aria-pressed'), 'true', 'URL wins');
  assert.equal(await attributed.getByRole('button', { name: /^Thüringen/ }).getAttribute('aria-pressed'), 'false');
  await page.goto(`${env.origin}/e2e/widget.html?cfg=${cfg}`);
  const fromAttribute = await readyRecap(page);
  assert.equal(await fromAttribute.getByRole('button', { name: /^Thüringen/ }).getAttribute('aria-pressed'), 'true', 'the attribute applies without URL keys');
  await page.context().close();
});

test('url-state="off" leaves the URL alone; widget ids prefix the keys', async () => {
  const cfg = encodeURIComponent(JSON.stringify([{ id: 'a', 'url-state': 'off' }, { id: 'b' }]));
  const path = `/e2e/widget.html?cfg=${cfg}`;
  const page = await openPage(env, path);
  const a = await readyRecap(page, 0);
  const b = await readyRecap(page, 1);
  await a.getByRole('button', { name: /^Sachsen \(/ }).click();
  assert.equal(page.url(), env.origin + path, 'url-state="off" writes nothing');
  await b.getByRole('button', { name: /^Thüringen/ }).click();
  await eventually(() => params(page).get('b-region'), 'thueringen', 'URL key b-region');
  assert.equal(params(page).get('cfg'), JSON.stringify([{ id: 'a', 'url-state': 'off' }, { id: 'b' }]), 'host keys are kept');
  await eventually(() => params(page).get('a-region'), null, 'URL key a-region');
  await eventually(() => params(page).get('recap-region'), null, 'URL key recap-region');
  await page.context().close();
});

test('"back" after a cleared search and a region shows the search cleared, not the deleted text', async () => {
  // The fake clock stands still: the cleared search comes too soon after the
  // last URL write and waits for its turn when the region's push comes.
  const page = await openPageWithClock(env, '/dist/index.html');
  const widget = await readyRecap(page);
  const search = widget.getByRole('searchbox', { name: 'Suche' });
  await search.fill('schlö');
  await eventually(() => params(page).get('recap-q'), 'schlö', 'the search reached the URL');
  await search.fill('');
  await widget.getByRole('button', { name: /^Sachsen \(/ }).click();
  await eventually(() => params(page).get('recap-region'), 'sachsen', 'the region pushed an entry');
  assert.equal(params(page).get('recap-q'), null, 'the new entry has no search');
  await page.goBack();
  await eventually(() => params(page).get('recap-region'), null, 'back leaves the region');
  assert.equal(params(page).get('recap-q'), null, 'the entry left behind holds the cleared search');
  await eventually(() => search.inputValue(), '', 'the field stays empty');
  assert.equal(await status(widget).textContent(), '14 von 14 Personen');
  await page.context().close();
});
