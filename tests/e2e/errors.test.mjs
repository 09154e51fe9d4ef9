// Bad input and bad networks: every fatal fixture, every fault route, retry,
// item warnings, the 10 MB file, and markup that must stay text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { setUp, openPage, openPageWithClock, readyRecap, readyError, status, widgetPage, eventually, settled, settledFrames } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

/** The JSON path each fatal fixture's message must name (empty: the file as a whole). */
const FATAL_PATHS = {
  'syntax-missing-comma': 'Zeile 3, Spalte 3', 'syntax-trailing-comma': 'Zeile 3', 'syntax-unterminated': 'Zeile 3, Spalte 24',
  'empty-file': 'leer', 'not-an-object': 'JSON-Objekt', 'version-missing': 'version', 'version-2': 'version',
  'version-string': 'version', 'event-missing': 'event', 'event-not-object': 'event', 'title-missing': 'event.title',
  'title-empty': 'event.title', 'city-missing': 'event.city', 'city-empty': 'event.city', 'date-not-real': 'event.date',
  'date-german-format': 'event.date', 'date-missing': 'event.date', 'speakers-missing': 'speakers',
  'speakers-not-array': 'speakers', 'quotes-missing': 'quotes', 'quotes-not-array': 'quotes',
};

async function alertFor(src, attributes = {}, expectedErrors = []) {
  const page = await openPage(env, widgetPage([{ src, 'url-state': 'off', ...attributes }]));
  page.expectConsoleErrors(...expectedErrors);
  const { widget, alert } = await readyError(page);
  return { page, widget, alert };
}

test('every fatal fixture shows the error view with its path, and no data', async () => {
  const names = readdirSync(new URL('../fixtures/fatal/', import.meta.url)).map((f) => f.replace(/\.json$/, ''));
  assert.deepEqual(names.sort(), Object.keys(FATAL_PATHS).sort(), 'every fixture has an expectation');
  for (const name of names) {
    const { page, widget, alert } = await alertFor(`/fixtures/fatal/${name}.json`);
    const text = await alert.innerText();
    assert.ok(text.includes('Der Rückblick kann nicht angezeigt werden'), `${name}: error title in the alert; got "${text}"`);
    assert.ok(text.includes(FATAL_PATHS[name]), `${name}: the alert names "${FATAL_PATHS[name]}"; got "${text}"`);
    assert.equal(await widget.getByRole('button', { name: 'Erneut versuchen' }).count(), 0, `${name}: no retry for a broken file`);
    assert.equal(await widget.locator('article').count(), 0, `${name}: no data rendered`);
    await page.context().close();
  }
});

test('network faults offer a retry that really retries', async () => {
  for (const [route, words, errors] of [
    ['/fault/404', 'HTTP-Status 404', [/^HTTP 404 for .*\/fault\/404$/]],
    ['/fault/500', 'HTTP-Status 500', [/^HTTP 500 for .*\/fault\/500$/]],
    ['/fault/drop', 'keine Verbindung', []],
  ]) {
    const { page, alert, widget } = await alertFor(route, {}, errors);
    assert.ok((await alert.innerText()).includes(words), `${route}: "${words}" in "${await alert.innerText()}"`);
    assert.ok(await widget.getByRole('button', { name: 'Erneut versuchen' }).isVisible(), `${route}: retry button`);
    await page.context().close();
  }
  const { page, widget } = await alertFor('/fault/flaky?key=retry-1', {}, [/^HTTP 503 for .*\/fault\/flaky\?key=retry-1$/]);
  await widget.getByRole('button', { name: 'Erneut versuchen' }).click();
  // The retry's own signal (the error view sent the first one): the recap.
  await readyRecap(page, 0, { since: 1 });
  await eventually(() => status(widget).textContent(), '5 von 5 Personen', 'retry recovers once the server answers');
  await page.context().close();
});

test('a response slower than the 15 s timeout shows the loading placeholder, then the timeout message', async () => {
  // The page's timers run on Playwright's fake clock, paused from the start:
  // the watchdog's 15 s pass only with runFor, however busy the machine is.
  // The server holds its answer for 20 s of real time, far beyond this test.
  const page = await openPageWithClock(env, widgetPage([{ src: '/fault/slow?ms=20000', 'url-state': 'off' }]));
  const widget = page.locator('recap-widget');
  const busy = widget.locator('[aria-busy=true]');
  await busy.waitFor();
  assert.ok((await busy.innerText()).includes('Rückblick wird geladen'), 'a busy placeholder while loading');
  // The request is under way (the loading view's effect started it and its watchdog).
  await settledFrames(page);
  await page.clock.runFor(14000);
  await settledFrames(page);
  assert.equal(await widget.getByRole('alert').count(), 0, 'no timeout after 14 s');
  assert.ok(await busy.isVisible(), 'still loading after 14 s');
  await page.clock.runFor(5500);
  const { alert } = await readyError(page);
  assert.ok((await alert.innerText()).includes('Zeitüberschreitung'), await alert.innerText());
  assert.ok(await widget.getByRole('button', { name: 'Erneut versuchen' }).isVisible());
  await page.context().close();
});

test('items with problems: the rest renders, warnings name their JSON path', async () => {
  const page = await openPage(env, widgetPage([{ src: '/fixtures/items/every-item-rule.json', 'url-state': 'off' }]));
  // The fixture's one valid photo URL names a file that is not there.
  const missingPhoto = /^HTTP 404 for .*\/fixtures\/items\/img\/dora\.jpg$/;
  page.expectConsoleErrors(missingPhoto);
  const widget = await readyRecap(page);
  await eventually(() => status(widget).textContent(), '4 von 4 Personen', 'valid people render');
  const warnings = page.consoleWarnings.join('\n');
  for (const path of ['speakers[1].id', 'speakers[5].region', 'quotes[3].speaker', 'event.source_url']) {
    assert.ok(warnings.includes(path), `a console warning names ${path}`);
  }
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  assert.ok((await widget.locator('[aria-roledescription=slide]:not([inert])').innerText()).includes('Unbekannte Person.'), 'an unattributed quote is shown');
  await page.consoleErrorCame(missingPhoto);
  await page.context().close();
});

test('photos: relative URLs resolve against the recap file, lazy, with initials behind', async () => {
  const page = await openPage(env, widgetPage([{ src: '/fixtures/photos/recap.json', 'url-state': 'off' }]));
  page.expectConsoleErrors(/^HTTP 404 for .*\/fixtures\/photos\/img\/does-not-exist\.svg$/);
  const widget = await readyRecap(page);
  const photo = widget.getByRole('article', { name: 'Mit Foto' }).locator('img');
  assert.equal(await photo.evaluate((img) => img.src), `${env.origin}/fixtures/photos/img/portrait.svg`);
  assert.equal(await photo.getAttribute('loading'), 'lazy');
  assert.equal(await photo.getAttribute('alt'), '', 'decorative: the heading names the person');
  await page.waitForFunction(() => {
    const img = document.querySelector('recap-widget').shadowRoot.querySelector('img');
    return img && img.complete && img.naturalWidth > 0;
  });
  const initials = widget.getByRole('article', { name: 'ohne foto' }).locator('.initials');
  assert.equal(await initials.innerText(), 'OF', 'initials, upper-cased');
  const broken = widget.getByRole('article', { name: 'Kaputtes Foto' });
  await page.waitForFunction(() => [...document.querySelector('recap-widget').shadowRoot.querySelectorAll('img')].some((i) => i.hidden));
  assert.ok(await broken.locator('.initials').isVisible(), 'a broken photo falls back to the initials');
  // Cards are patched in place when the filters change (Yew aligns an
  // unkeyed list from its end): with one match left, the card element that
  // held the broken photo now shows the person with a photo.
  await page.waitForFunction(() => [...document.querySelector('recap-widget').shadowRoot.querySelectorAll('.cards img')].some((i) => i.hidden));
  await widget.getByRole('searchbox', { name: 'Suche' }).fill('Mit Foto');
  await eventually(() => widget.getByRole('article').count(), 1, 'one card left');
  await page.waitForFunction(() => {
    const img = document.querySelector('recap-widget').shadowRoot.querySelector('.cards img');
    return img && img.complete && img.naturalWidth > 0;
  });
  assert.ok(await photo.isVisible(), 'the photo of the person now in that card shows, not the last one\'s failure');
  await page.context().close();
});

test('the 10 MB recap loads', async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/big.json', 'url-state': 'off' }]));
  const widget = await readyRecap(page);
  const text = await status(widget).textContent();
  const [shown, total] = text.match(/\d+/g).map(Number);
  assert.ok(total > 10000 && shown === total, `status "${text}"`);
  assert.equal(await widget.locator('article').count(), 24, 'first page of cards');
  await widget.getByRole('searchbox', { name: 'Suche' }).fill('Person 12345');
  await eventually(() => status(widget).textContent(), `1 von ${total} Personen`, 'search in the big file');
  await page.context().close();
});

test('HTML and script in every text field are shown as text; nothing runs', async () => {
  const page = await openPage(env, widgetPage([{ src: '/fixtures/items/hostile-markup.json', 'url-state': 'off' }]));
  const widget = await readyRecap(page);
  await widget.locator('details').evaluateAll((all) => { for (const d of all) d.open = true; });
  const title = await widget.locator('.title').innerText();
  assert.ok(title.includes('<script>window.__pwned=1</script>'), `title shown as text: ${title}`);
  assert.ok((await widget.locator('article h3').first().innerText()).includes('<img src=x'), 'names as text');
  const elements = await page.evaluate(() => {
    const root = document.querySelector('recap-widget').shadowRoot;
    return {
      scripts: root.querySelectorAll('script').length,
      images: [...root.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  });
  assert.equal(elements.scripts, 0, 'no script element');
  assert.deepEqual(elements.images, [], 'no image from a script or data URL');
  assert.ok(elements.links.every((href) => !/^\s*javascript:/i.test(href)), `no javascript: link: ${elements.links}`);
  // A payload could only run late through an element that loads something
  // (an image's onerror): wait until every image in the page and the widget
  // has loaded or failed, and for the renders, then look.
  await settled(page);
  await page.waitForFunction(() => [document, document.querySelector('recap-widget').shadowRoot]
    .every((root) => [...root.querySelectorAll('img')].every((img) => img.complete)));
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  await page.context().close();
});

test('the start-failure alert reads `locale` as the widget does (trimmed)', async () => {
  // The widget reads " en" as English; its start-failure alert must too.
  const page = await openPage(env, null);
  page.expectConsoleErrors(/^recap-widget: could not start/, /^HTTP 404 for .*_bg\.wasm$/);
  await page.route(/\/recap-widget-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.origin + widgetPage([{ id: 'en', locale: ' en', 'url-state': 'off' }, { id: 'de', locale: 'fr', 'url-state': 'off' }]));
  const en = page.locator('#en').getByRole('alert');
  const de = page.locator('#de').getByRole('alert');
  await en.waitFor({ timeout: 20000 });
  await de.waitFor({ timeout: 20000 });
  assert.match(await en.innerText(), /The widget could not be loaded/);
  assert.ok(await page.locator('#en').getByRole('button', { name: 'Try again' }).isVisible());
  assert.match(await de.innerText(), /Das Widget konnte nicht geladen werden/, 'anything but English is German');
  assert.ok(await page.locator('#en').evaluate((element) => element.matches(':state(ready)')), 'the error view is ready too');
  await page.context().close();
});
