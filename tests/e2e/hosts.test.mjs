// Hosting: two widgets on a hostile page, the strict CSP, attribute changes
// and removal, requests that never leave the origin, no cookies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, openPage, readyRecap, readyError, status, widgetPage, eventually, shot, settled } from './harness.mjs';
import { generateRecap } from './generate.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

test('two widgets on a hostile host page work and stay independent', async () => {
  const page = await openPage(env, '/e2e/hostile.html');
  const de = await readyRecap(page, 0);
  const en = await readyRecap(page, 1);
  // Host rules do not reach into the widget…
  assert.ok(await de.getByRole('button', { name: /^Sachsen \(/ }).isVisible(), 'button {display:none} does not hide widget buttons');
  assert.ok(await de.getByRole('article', { name: 'Bernd Schlömer' }).isVisible(), 'article {display:none} does not hide cards');
  const fontSize = await de.locator('.recap').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(fontSize, '16px', '* {font-size: 31px !important} does not resize the widget');
  const chipColor = await de.locator('.chip').first().evaluate((el) => getComputedStyle(el).color);
  assert.notEqual(chipColor, 'rgb(255, 0, 0)', 'host class rules do not style widget elements');
  // …and widget rules do not leak out.
  const hostStatus = await page.locator('#host-status').evaluate((el) => {
    const s = getComputedStyle(el);
    return { fontSize: s.fontSize, fontWeight: s.fontWeight, color: s.color };
  });
  assert.deepEqual(hostStatus, { fontSize: '31px', fontWeight: '400', color: 'rgb(255, 0, 0)' }, 'the host element keeps its computed style');
  assert.equal(await page.locator('#host-button').evaluate((el) => getComputedStyle(el).display), 'none');
  // Independent state and languages.
  await de.getByRole('button', { name: /^Politik/ }).click();
  await eventually(() => status(de).textContent(), '2 von 14 Personen', 'the German widget filtered');
  assert.equal(await status(en).textContent(), '14 of 14 people', 'the English widget is untouched');
  await en.getByRole('button', { name: 'Next quote' }).click();
  await eventually(() => en.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label'), '2 of 13', 'the English carousel moved');
  assert.equal(await de.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label'), '1 von 2');
  assert.equal(new URL(page.url()).searchParams.get('de-sector'), 'politik', 'keys carry the element id');
  assert.equal(new URL(page.url()).searchParams.get('en-quote'), 'schloemer-netzwerke');
  assert.equal(await en.locator('.title').getAttribute('lang'), 'de', 'content keeps its language in the English UI');
  console.log(`screenshot: ${await shot(page, 'hostile-host-1280')}`);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('the strict CSP: no violation, no console error', async () => {
  const page = await openPage(env, `/csp${widgetPage([{ id: 'a' }, { id: 'b', locale: 'en', autoplay: '3' }])}`);
  const a = await readyRecap(page, 0);
  await readyRecap(page, 1);
  const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.match(header, /script-src 'self' 'wasm-unsafe-eval'/, 'the page is served with the CSP');
  await a.getByRole('button', { name: /^Sachsen \(/ }).click();
  await a.getByRole('button', { name: 'Nächstes Zitat' }).click();
  await eventually(() => a.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label'), '2 von 2', 'the carousel moved');
  await a.getByRole('searchbox', { name: 'Suche' }).fill('KI');
  // The status follows the search once typing pauses: the last render of these actions.
  await eventually(() => status(a).textContent(), '1 von 14 Personen', 'filtered and searched', 10000);
  await settled(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no securitypolicyviolation events');
  assert.deepEqual(page.consoleErrors, [], 'no console errors');
  await page.context().close();
});

test('attribute changes update the widget; removal tears it down', async () => {
  // Playwright's fake clock, flowing with real time until the test moves it on.
  const page = await openPage(env);
  await page.clock.install();
  await page.goto(env.origin + widgetPage([{ id: 'w', autoplay: '2' }]));
  const widget = await readyRecap(page);
  const element = page.locator('recap-widget');
  await element.evaluate((el) => el.setAttribute('locale', 'en'));
  await eventually(() => status(widget).textContent(), '14 of 14 people', 'locale="en" after mount');
  await widget.getByRole('button', { name: /^Business/ }).click();
  await element.evaluate((el) => el.setAttribute('region', 'Sachsen, Thüringen'));
  await eventually(() => status(widget).textContent(), '3 of 14 people', 'region after mount, the sector filter kept');
  await eventually(() => new URL(page.url()).searchParams.get('w-region'), 'sachsen,thueringen', 'the URL follows the attribute');
  await widget.getByRole('button', { name: /^Business/ }).click();
  await element.evaluate((el, src) => el.setAttribute('src', src), '/gen/people.json?n=30&seed=5');
  await eventually(() => widget.locator('.title').textContent(), 'Generierte Konferenz 5', 'src after mount loads the new recap');
  const before = page.requests.length;
  const url = page.url();
  await element.evaluate((el) => el.remove());
  const leftovers = await page.evaluate(() => document.querySelector('recap-widget'));
  assert.equal(leftovers, null);
  // Time on the fake clock (running since the page loaded): past the 2 s
  // autoplay and a held-back URL write, any timer left behind has fired.
  await page.clock.runFor(2500);
  // Back to the widget's entry: the popstate a listener left behind would get.
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener('popstate', () => resolve(), { once: true });
    history.pushState(null, '', '?x=1');
    history.back();
  }));
  await page.clock.runFor(300);
  await settled(page);
  assert.equal(page.requests.length, before, 'no requests after removal');
  assert.equal(page.url(), url, 'no autoplay timer moved a removed carousel (it would write the URL)');
  assert.deepEqual(page.consoleErrors, [], 'no errors from timers or listeners left behind');
  // Moving an element keeps it alive.
  await page.evaluate(() => {
    const el = document.createElement('recap-widget');
    el.setAttribute('url-state', 'off');
    document.querySelector('main').append(el);
  });
  const fresh = await readyRecap(page);
  await page.evaluate(() => document.body.prepend(document.querySelector('recap-widget')));
  // The element's reaction to a move (disconnect, then connect) is done.
  await settled(page);
  assert.equal(await status(fresh).textContent(), '14 von 14 Personen', 'a moved widget keeps working');
  await page.context().close();
});

test('no request leaves the origin and no cookies are set', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  await widget.getByRole('button', { name: /^Thüringen/ }).click();
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  await eventually(() => status(widget).textContent(), '4 von 14 Personen', 'filtered');
  await eventually(() => widget.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label'), '2 von 4', 'the carousel moved');
  await settled(page);
  const foreign = page.requests.filter((url) => !url.startsWith(env.origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests outside the test origin');
  assert.deepEqual(await page.context().cookies(), [], 'cookies');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0, 'storage');
  await page.context().close();
});

test('each recap is requested once, while the wasm is still downloading', async () => {
  const page = await openPage(env);
  // A slow wasm download, as on a phone: the recaps must not wait for it. The
  // wasm is held until the page has requested both recaps, or (if it never
  // does before the wasm) until the page has loaded, so that the check below
  // fails instead of the test hanging.
  const recaps = ['/gen/people.json', '/fixtures/items/odd-unicode.json'];
  const requested = new Set();
  let bothRequested;
  const both = new Promise((resolve) => { bothRequested = resolve; });
  page.on('request', (request) => {
    for (const part of recaps) if (request.url().includes(part)) requested.add(part);
    if (requested.size === recaps.length) bothRequested();
  });
  const loaded = page.waitForEvent('load', { timeout: 0 }).then(() => settled(page)).catch(() => {});
  await page.route(/\/recap-widget-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await Promise.race([both, loaded]);
    await route.continue();
  });
  await page.goto(env.origin + widgetPage([
    { src: '/gen/people.json?n=30&seed=3', 'url-state': 'off' },
    { src: '../fixtures/items/odd-unicode.json', 'url-state': 'off' },
  ]));
  await readyRecap(page, 0);
  await readyRecap(page, 1);
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    const pick = (part) => entries.filter((e) => (typeof part === 'string' ? e.name.includes(part) : part.test(e.name)));
    return {
      generated: pick('/gen/people.json').map((e) => e.startTime),
      fixture: pick('/fixtures/items/odd-unicode.json').map((e) => e.startTime),
      wasmEnd: pick(/\/recap-widget-[0-9a-f]+_bg\.wasm$/).map((e) => e.responseEnd),
    };
  });
  assert.equal(timing.generated.length, 1, 'one request for the first recap (the early one is taken over)');
  assert.equal(timing.fixture.length, 1, 'one request for the second recap (a relative src)');
  assert.equal(timing.wasmEnd.length, 1, 'the wasm is downloaded once for both widgets');
  for (const start of [...timing.generated, ...timing.fixture]) {
    assert.ok(start < timing.wasmEnd[0], `recap requested at ${start} ms, before the wasm arrived at ${timing.wasmEnd[0]} ms`);
  }
  await page.context().close();
});

test('the early recap request follows the element: src set after appending, src changed or element removed while starting', async () => {
  const page = await openPage(env, widgetPage([]));
  const failed = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.evaluate(async () => {
    const main = document.querySelector('main');
    const make = (attributes) => {
      const element = document.createElement('recap-widget');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      return element;
    };
    // A host that appends first and sets `src` in the same task.
    const a = make({ 'url-state': 'off', id: 'a' });
    main.append(a);
    a.setAttribute('src', '/gen/people.json?n=12&seed=21');
    // `src` changed, and an element removed, after their early requests started.
    const b = make({ 'url-state': 'off', id: 'b', src: '/fault/slow?ms=4000&w=b' });
    const c = make({ 'url-state': 'off', id: 'c', src: '/fault/slow?ms=4000&w=c' });
    main.append(b, c);
    // One task boundary (not a wait for time): the early requests start in microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    b.setAttribute('src', '/gen/people.json?n=13&seed=22');
    c.remove();
  });
  await readyRecap(page, 0);
  await readyRecap(page, 1);
  await eventually(() => failed.filter((url) => url.includes('/fault/slow')).length, 2, 'both abandoned requests are cancelled, not left running');
  const count = (part) => page.requests.filter((url) => url.includes(part)).length;
  assert.equal(count('/dist/recap.json'), 0, 'the shipped recap is never requested when the host sets src');
  assert.equal(count('seed=21'), 1, 'one request for the src set after appending');
  assert.equal(count('seed=22'), 1, 'one request for the changed src');
  assert.equal(await page.locator('recap-widget').count(), 2);
  assert.deepEqual(page.consoleErrors, []);
  await page.context().close();
});

test('the ready signal: recap-ready (bubbles, composed) with counts or the error, and :state(ready)', async () => {
  const page = await openPage(env, null);
  await page.addInitScript(() => {
    window.__ready = [];
    // On the document: the event leaves the shadow root and bubbles up.
    document.addEventListener('recap-ready', (event) => window.__ready.push({
      id: event.target.id, detail: event.detail, bubbles: event.bubbles, composed: event.composed,
      state: event.target.matches(':state(ready)'),
    }));
  });
  page.expectConsoleErrors(/^HTTP 404 for .*\/fault\/404$/);
  await page.goto(env.origin + widgetPage([{ id: 'good' }, { id: 'broken', src: '/fixtures/fatal/syntax-missing-comma.json' }, { id: 'missing', src: '/fault/404' }]));
  await page.waitForFunction(() => window.__ready.length === 3, null, { timeout: 20000 });
  const signals = Object.fromEntries(await page.evaluate(() => window.__ready.map((r) => [r.id, r])));
  const recap = JSON.parse(readFileSync(new URL('../../static/recap.json', import.meta.url), 'utf8'));
  assert.deepEqual(signals.good, { id: 'good', detail: { speakers: recap.speakers.length, quotes: recap.quotes.length }, bubbles: true, composed: true, state: true });
  assert.match(signals.broken.detail.error, /Zeile 3, Spalte 3/, 'the error view\'s message, with line and column');
  assert.match(signals.missing.detail.error, /404/);
  assert.ok(signals.missing.state && signals.broken.state, 'the error view is ready too');
  // Reloading (src changed) leaves the state until the new recap is shown.
  const good = page.locator('#good');
  await good.evaluate((element) => element.setAttribute('src', '/gen/people.json?n=3'));
  await page.waitForFunction(() => window.__ready.length === 4, null, { timeout: 20000 });
  const generated = generateRecap(3, 1);
  assert.deepEqual(await page.evaluate(() => window.__ready[3].detail), { speakers: 3, quotes: generated.quotes.length });
  assert.ok(await good.evaluate((element) => element.matches(':state(ready)')));
  // Removed: no longer ready.
  await good.evaluate((element) => element.remove());
  await page.waitForFunction(() => !document.querySelector('#good'));
  await page.context().close();
});

test('recap-ready comes when the recap or the error view is on screen', async () => {
  const page = await openPage(env, null);
  await page.addInitScript(() => {
    window.__shownAtReady = {};
    // At the event itself: what a host that reacts to it would find.
    document.addEventListener('recap-ready', (event) => {
      const view = event.target.shadowRoot.querySelector('[role=alert], h2');
      window.__shownAtReady[event.target.id] = !!view?.checkVisibility();
    });
  });
  page.expectConsoleErrors(/^HTTP 404 for .*\/fault\/404$/);
  await page.goto(env.origin + widgetPage([{ id: 'recap', 'url-state': 'off' }, { id: 'error', src: '/fault/404', 'url-state': 'off' }]));
  await readyRecap(page, 0);
  await readyError(page, 1);
  assert.deepEqual(await page.evaluate(() => window.__shownAtReady), { recap: true, error: true });
  await page.context().close();
});
