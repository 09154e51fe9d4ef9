// The prerendered snapshot: the recap on the first frame
// and without JavaScript, taken over by the widget without a jump, and the
// snippet recap-render writes for an editor's page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setUp, openPage, readyRecap, readyError, status, eventually, settled } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const recap = JSON.parse(readFileSync(`${ROOT}static/recap.json`, 'utf8'));
const words = (text) => text.split(/\s+/).filter(Boolean).join(' ');

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

/** What a visitor sees of the widget: its visible text, headings and buttons. */
function seen(page) {
  return page.evaluate(() => {
    const root = document.querySelector('recap-widget').shadowRoot;
    const visible = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    return {
      title: root.querySelector('h2')?.innerText ?? '',
      // Cards far below the fold are not laid out yet (content-visibility): their text is in the DOM.
      cards: [...root.querySelectorAll('article h3')].filter((h) => h.checkVisibility({ contentVisibilityAuto: false, visibilityProperty: true })).map((h) => h.textContent),
      quotes: [...root.querySelectorAll('blockquote')].filter(visible).map((q) => q.innerText),
      // Quotes cut off by a clamp (their text overflows the box).
      clipped: [...root.querySelectorAll('blockquote .quote-text')].filter(visible).filter((t) => t.scrollHeight > t.clientHeight + 1).length,
      buttons: [...root.querySelectorAll('button, input')].filter(visible).map((b) => b.outerHTML),
      text: root.querySelector('.mount')?.innerText ?? '',
    };
  });
}

test('without JavaScript: the header, every card of the first page and every quote in full, no control', async () => {
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    const context = await env.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.origin}/dist/index.html`);
    const shown = await seen(page);
    assert.equal(shown.title, recap.event.title);
    assert.deepEqual(shown.cards, recap.speakers.map((s) => [s.honorific, s.name].filter(Boolean).join(' ')), `${width}px: every card`);
    assert.equal(shown.quotes.length, recap.quotes.length, `${width}px: every quote`);
    for (const quote of recap.quotes) {
      assert.ok(shown.quotes.some((q) => words(q) === words(quote.text)), `${width}px: "${quote.text.slice(0, 40)}…" is shown in full`);
    }
    assert.equal(shown.clipped, 0, `${width}px: no quote is clamped`);
    assert.deepEqual(shown.buttons, [], `${width}px: no control that needs JavaScript is visible`);
    assert.ok(shown.text.includes('Über die Veranstalter'), 'the about boxes');
    const description = await page.locator('meta[name=description]').getAttribute('content');
    assert.ok(description.startsWith('Rückblick: 15. Mitteldeutsche Digitalisierungskonferenz, 17. April 2024, Erfurt.'), description);
    await context.close();
  }
});

/** Opens dist/index.html with the wasm held back until `release()`; records layout shifts. */
async function withHeldWasm(path, { width, height, fail = false } = {}) {
  const page = await openPage(env, null, { width, height });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/\/recap-widget-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    if (fail) await route.fulfill({ status: 404, body: 'gone' });
    else await route.continue();
  });
  await page.goto(env.origin + path);
  return { page, release };
}

const snapshotShown = (page) => page.evaluate(() => !!document.querySelector('recap-widget').shadowRoot.querySelector('.mount[data-snapshot] article'));
const takenOver = (page) => page.evaluate(() => {
  const root = document.querySelector('recap-widget').shadowRoot;
  return !root.querySelector('[data-snapshot]') && !!root.querySelector('.mount .layout');
});

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`the take-over at ${width}x${height}: no layout shift, the same text`, async () => {
    const { page, release } = await withHeldWasm('/dist/index.html', { width, height });
    assert.ok(await snapshotShown(page), 'the snapshot is on screen before the wasm');
    const before = await seen(page);
    release();
    await readyRecap(page);
    assert.ok(await takenOver(page), 'the widget takes the snapshot over');
    await settled(page);
    const after = await seen(page);
    assert.deepEqual(after.cards, before.cards, 'the same cards');
    assert.equal(after.title, before.title);
    const shifts = await page.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));
    assert.ok(shifts < 0.01, `layout shift ${shifts}`);
    assert.deepEqual(page.consoleErrors, []);
    await page.context().close();
  });
}

test('the widget\'s files are asked for once the snapshot is painted', async () => {
  // On a slow line they would share it with the snapshot's stylesheet, and
  // the snapshot (the largest paint) would wait for them.
  const page = await openPage(env, null, { width: 390, height: 844 });
  await page.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver((list) => {
      // Entries from the shadow root name no element.
      for (const entry of list.getEntries()) if (!entry.element) window.__paints.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${env.origin}/dist/index.html`);
  await readyRecap(page);
  assert.ok(await takenOver(page), 'the widget takes the snapshot over');
  const { paints, requests } = await page.evaluate(() => ({
    paints: window.__paints,
    requests: performance.getEntriesByType('resource')
      .filter((e) => /\/(recap-widget-[0-9a-f]+(_bg\.wasm|\.js)|recap\.json)$/.test(new URL(e.name).pathname))
      .map((e) => [new URL(e.name).pathname.split('/').pop(), e.startTime]),
  }));
  assert.ok(paints.length > 0, 'the snapshot was painted');
  assert.equal(requests.length, 3, `glue, wasm and recap: ${JSON.stringify(requests)}`);
  for (const [name, start] of requests) assert.ok(start >= paints[0], `${name} asked for at ${start} ms, the snapshot painted at ${paints[0]} ms`);
  await page.context().close();
});

test('a snapshot whose stylesheet fails is still taken over', async () => {
  const page = await openPage(env, null, { width: 1280, height: 900 });
  await page.route(/\/widget-[0-9a-f]+\.css$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  page.expectConsoleErrors(/^HTTP 404 for .*\/widget-[0-9a-f]+\.css$/);
  await page.goto(`${env.origin}/dist/index.html`, { waitUntil: 'commit' });
  await readyRecap(page);
  assert.ok(await takenOver(page), 'the widget starts anyway');
  await page.context().close();
});

test('a card focused before the take-over is still focused after it', async () => {
  const { page, release } = await withHeldWasm('/dist/index.html', { width: 1280, height: 900 });
  await page.evaluate(() => {
    const root = document.querySelector('recap-widget').shadowRoot;
    root.querySelectorAll('article')[2].focus();
  });
  const focusedName = () => page.evaluate(() => document.querySelector('recap-widget').shadowRoot.activeElement?.querySelector('h3')?.textContent);
  assert.equal(await focusedName(), 'Bernd Schlömer');
  const scroll = await page.evaluate(() => { window.scrollTo(0, 300); return window.scrollY; });
  release();
  await readyRecap(page);
  assert.ok(await takenOver(page), 'taken over');
  assert.equal(await focusedName(), 'Bernd Schlömer', 'the focus stays on the card');
  assert.equal(await page.evaluate(() => window.scrollY), scroll, 'the scroll position stays');
  await page.context().close();
});

test('a shared link shows the snapshot first, then its view', async () => {
  const { page, release } = await withHeldWasm('/dist/index.html?recap-region=thueringen&recap-quote=schubert-ozg', { width: 1280, height: 900 });
  assert.ok(await snapshotShown(page));
  release();
  const widget = await readyRecap(page);
  assert.ok(await takenOver(page), 'taken over');
  await eventually(() => status(widget).textContent(), '4 von 14 Personen', 'the region from the link');
  const current = widget.locator('[aria-roledescription=slide]:not([inert])');
  assert.ok((await current.innerText()).includes(recap.quotes.find((q) => q.id === 'schubert-ozg').text.slice(0, 40)), 'the quote from the link');
  await page.context().close();
});

test('when the wasm cannot be loaded, the snapshot stays readable and an alert says so', async () => {
  const { page, release } = await withHeldWasm('/dist/index.html', { width: 390, height: 844, fail: true });
  page.expectConsoleErrors(/^HTTP 404 for .*_bg\.wasm$/, /^recap-widget: could not start Error: .*_bg\.wasm: HTTP 404/);
  release();
  const { widget } = await readyError(page);
  assert.match(await widget.getByRole('alert').innerText(), /Das Widget konnte nicht geladen werden/);
  assert.ok(await widget.getByRole('button', { name: 'Erneut versuchen' }).isVisible(), 'a retry');
  const shown = await seen(page);
  assert.equal(shown.title, recap.event.title, 'the snapshot stays');
  assert.equal(shown.quotes.length, recap.quotes.length, 'every quote readable, as without JavaScript');
  assert.equal(shown.clipped, 0, 'in full');
  assert.deepEqual(shown.buttons.filter((b) => !b.includes('Erneut versuchen')), [], 'no dead control');
  await page.context().close();
});

test('the snippet of recap-render shows the same text as the live widget', async () => {
  const base = `${env.origin}/dist/`;
  const snippet = execFileSync('cargo', ['run', '--quiet', '--bin', 'recap-render', '--', 'static/recap.json', '--base', base], { cwd: ROOT, encoding: 'utf8' });
  const live = await openPage(env, '/dist/index.html');
  await readyRecap(live);
  assert.ok(await takenOver(live), 'live');
  const liveText = await seen(live);
  await live.context().close();
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(`${env.origin}/snippet.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>CMS</title></head><body><h1>CMS</h1>${snippet}</body></html>`,
  }));
  await page.goto(`${env.origin}/snippet.html`);
  const pasted = await seen(page);
  assert.equal(pasted.title, liveText.title);
  assert.deepEqual(pasted.cards, liveText.cards);
  for (const quote of liveText.quotes) {
    assert.ok(pasted.quotes.some((q) => words(q) === words(quote)), `"${quote.slice(0, 40)}…" in the snippet`);
  }
  await context.close();
});

test('a hostile recap rendered by recap-render is text, with JavaScript off and on', async () => {
  const snippet = execFileSync('cargo', ['run', '--quiet', '--bin', 'recap-render', '--', 'tests/fixtures/items/hostile-markup.json', '--base', `${env.origin}/dist/`, '--src', `${env.origin}/fixtures/items/hostile-markup.json`], { cwd: ROOT, encoding: 'utf8' });
  for (const javaScriptEnabled of [false, true]) {
    const context = await env.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.route(`${env.origin}/hostile.html`, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>${snippet}</body></html>`,
    }));
    await page.goto(`${env.origin}/hostile.html`);
    if (javaScriptEnabled) await page.locator('recap-widget .layout').waitFor();
    const found = await page.evaluate(() => {
      const root = document.querySelector('recap-widget').shadowRoot;
      return {
        scripts: root.querySelectorAll('script').length,
        images: root.querySelectorAll('img').length,
        title: root.querySelector('h2').textContent,
        pwned: window.__pwned,
      };
    });
    assert.equal(found.scripts, 0, 'no script element');
    assert.equal(found.images, 0, 'no image element');
    assert.ok(found.title.includes('<script>window.__pwned=1</script>'), 'the markup is shown as text');
    assert.equal(found.pwned, undefined, 'nothing ran');
    await context.close();
  }
});

// Input before the take-over (event replay): what a visitor does on the
// snapshot while the code is still on its way is applied when it arrives.

/** Clicks "Sachsen", "Nächstes Zitat" twice and types "Sch" into the search. */
async function visitorSteps(page) {
  const widget = page.locator('recap-widget');
  await widget.getByRole('button', { name: /^Sachsen \(/ }).click();
  const next = widget.getByRole('button', { name: 'Nächstes Zitat' });
  await next.click();
  await next.click();
  await widget.getByRole('searchbox', { name: 'Suche' }).click();
  await page.keyboard.type('Sch');
}

/** The view as a visitor and the URL see it. */
function view(page) {
  return page.evaluate(() => {
    const root = document.querySelector('recap-widget').shadowRoot;
    const search = root.querySelector('input[type=search]');
    return {
      pressed: [...root.querySelectorAll('[aria-pressed=true]')].map((b) => b.textContent),
      slide: root.querySelector('[aria-roledescription=slide]:not([inert])')?.getAttribute('aria-label'),
      quote: root.querySelector('[aria-roledescription=slide]:not([inert]) blockquote')?.innerText,
      search: search.value,
      caret: [search.selectionStart, search.selectionEnd],
      focused: root.activeElement === search,
      status: root.querySelector('.filters [role=status]').textContent,
      url: location.search,
    };
  });
}

const isReady = (page) => page.evaluate(() => document.querySelector('recap-widget').matches(':state(ready)'));

test('input on the snapshot before the take-over is replayed on the live widget, in order, once', async () => {
  const { page, release } = await withHeldWasm('/dist/index.html', { width: 390, height: 844 });
  // embed.js has run (it records from then on); the wasm is still held back.
  await page.waitForFunction(() => customElements.get('recap-widget'));
  await visitorSteps(page);
  assert.ok(await snapshotShown(page) && !(await isReady(page)), 'the steps were taken on the snapshot, before the take-over');
  release();
  await readyRecap(page);
  // Typing writes the URL at most four times a second: the search's write,
  // which carries the final view, lands a little after the replay.
  const searched = (p) => p.evaluate(() => new URL(location.href).searchParams.get('recap-q'));
  await eventually(() => searched(page), 'Sch', 'the replayed search reached the URL');
  const replayed = await view(page);

  // The same steps on the live widget give the view the replay must give.
  const live = await openPage(env, '/dist/index.html', { width: 390, height: 844 });
  await readyRecap(live);
  await visitorSteps(live);
  await eventually(() => searched(live), 'Sch', 'the live search reached the URL');
  const expected = await view(live);
  assert.deepEqual(expected.pressed.length, 1, 'one region pressed');
  assert.equal(expected.search, 'Sch');
  assert.deepEqual(replayed, expected, 'the replayed view is the view of the same steps taken live');
  assert.deepEqual(replayed.caret, [3, 3], 'the caret after what was typed');
  assert.ok(replayed.focused, 'the focus stays in the search');
  await live.context().close();
  await page.context().close();
});

test('a recorded click on a control the live recap no longer has is dropped', async () => {
  const recapJson = JSON.parse(readFileSync(`${ROOT}static/recap.json`, 'utf8'));
  // The live recap lost its first speaker: the snapshot's first card is someone else's now.
  const first = recapJson.speakers.shift();
  recapJson.quotes = recapJson.quotes.filter((q) => q.speaker !== first.id);
  const { page, release } = await withHeldWasm('/dist/index.html', { width: 1280, height: 900 });
  await page.route(/\/recap\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(recapJson) }));
  await page.waitForFunction(() => customElements.get('recap-widget'));
  const card = page.locator('recap-widget').locator('article').first();
  assert.ok((await card.locator('h3').textContent()).includes(first.name), 'the snapshot shows the removed person first');
  await card.getByRole('button', { name: 'Zitat anzeigen' }).click();
  release();
  await readyRecap(page);
  assert.equal(await page.evaluate(() => location.search), '', 'no quote was shown for another person');
  await page.context().close();
});
