// Real sites: a quiet URL, the host's history state, freed
// memory, download limits, faults, focus and announcements. Timers run on
// Playwright's fake clock; every figure is counted or measured in the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setUp, openPage, openPageWithClock, countReceived, received, readyRecap, readyError, status, eventually, widgetPage, settled, settledFrames } from './harness.mjs';
import { generateRecap } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const assets = () => JSON.parse(readFileSync(`${ROOT}dist/recap-assets.json`, 'utf8'));

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const currentLabel = (widget) => widget.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label');

/** Counts the page's history writes (the host's router would see each one). */
async function countHistory(page) {
  await page.addInitScript(() => {
    window.__history = { push: 0, replace: 0 };
    const { pushState, replaceState } = History.prototype;
    History.prototype.pushState = function (...args) { window.__history.push += 1; return pushState.apply(this, args); };
    History.prototype.replaceState = function (...args) { window.__history.replace += 1; return replaceState.apply(this, args); };
  });
}
const writes = (page) => page.evaluate(() => window.__history);

test('10 s of autoplay write the URL not once', async () => {
  const page = await openPageWithClock(env);
  await countHistory(page);
  await page.goto(env.origin + widgetPage([{ autoplay: '2' }]));
  const widget = await readyRecap(page);
  await page.mouse.move(0, 0);
  const url = page.url();
  await page.clock.runFor(10_000);
  await eventually(() => currentLabel(widget), '6 von 13', 'autoplay moved five times');
  const during = await writes(page);
  assert.deepEqual(during, { push: 0, replace: 0 }, 'no history call');
  console.log(`URL writes, 10 s of autoplay (5 moves): ${during.replace} replaceState, ${during.push} pushState`);
  assert.equal(page.url(), url, 'the address carries no rotating quote');
  await page.context().close();
});

test('3 s of a held arrow key write the URL at most 13 times, and the last state lands', async () => {
  const page = await openPageWithClock(env);
  await countHistory(page);
  await page.goto(env.origin + widgetPage([{}]));
  const widget = await readyRecap(page);
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).focus();
  // A held key repeats about 30 times a second.
  for (let i = 0; i < 90; i += 1) {
    await page.keyboard.down('ArrowRight');
    await page.clock.runFor(33);
  }
  await page.keyboard.up('ArrowRight');
  const during = await writes(page);
  assert.equal(during.push, 0);
  assert.ok(during.replace <= 13, `${during.replace} replaceState calls in 3 s`);
  console.log(`URL writes, 3 s of a held arrow key (90 repeats): ${during.replace} replaceState, ${during.push} pushState`);
  await page.clock.runFor(300);
  // Without filters the carousel shows the quotes in the recap's order.
  const recap = JSON.parse(readFileSync(`${ROOT}static/recap.json`, 'utf8'));
  const position = Number((await currentLabel(widget)).split(' ')[0]) - 1;
  await eventually(() => new URL(page.url()).searchParams.get('recap-quote'), recap.quotes[position].id, 'the URL names the quote on screen');
  await page.context().close();
});

test("the host's history state survives a filter click, and a host anchor keeps the paging", async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/people.json?n=100&seed=4' }]));
  const widget = await readyRecap(page);
  await page.evaluate(() => {
    history.replaceState({ router: 'host', step: 7 }, '');
    const link = document.createElement('a');
    link.href = '#kontakt';
    link.id = 'anchor';
    link.textContent = 'Kontakt';
    document.querySelector('main').prepend(link);
  });
  await widget.getByRole('button', { name: /^Sachsen \(/ }).click();
  await eventually(() => new URL(page.url()).searchParams.get('recap-region'), 'sachsen', 'the filter is written');
  assert.deepEqual(await page.evaluate(() => history.state), { router: 'host', step: 7 }, 'push keeps the host state');
  await widget.getByRole('button', { name: /^Sachsen \(/ }).click();
  await widget.getByRole('button', { name: /^Weitere Personen anzeigen/ }).click();
  await eventually(() => widget.locator('article').count(), 48, 'two pages');
  await page.locator('#anchor').click();
  await eventually(() => new URL(page.url()).hash, '#kontakt', 'the anchor navigated');
  await settled(page);
  assert.equal(await widget.locator('article').count(), 48, 'the paging stays');
  await page.context().close();
});

test('50 mounts and removals end within 10 % of the memory after one', async () => {
  const page = await openPage(env, widgetPage([]));
  const cdp = await page.context().newCDPSession(page);
  const glue = assets().glue;
  const mountAndRemove = (times) => page.evaluate(async (times) => {
    for (let i = 0; i < times; i += 1) {
      const element = document.createElement('recap-widget');
      element.setAttribute('url-state', 'off');
      document.querySelector('main').append(element);
      await new Promise((resolve) => element.addEventListener('recap-ready', resolve, { once: true }));
      element.remove();
      await new Promise((resolve) => queueMicrotask(resolve));
    }
  }, times);
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // Every wasm instance embed.js made, and the memory each holds.
    const instances = page.requests.filter((url) => url.includes(glue)).length;
    const wasm = await page.evaluate(async ([glue, instances]) => {
      let bytes = 0;
      for (let i = 1; i <= instances; i += 1) {
        const module = await import(`/dist/${glue}?instance=${i}`);
        bytes += (await module.default()).memory.buffer.byteLength;
      }
      return bytes;
    }, [glue, instances]);
    return { js: usedSize, wasm, instances };
  };
  await mountAndRemove(1);
  const one = await memory();
  await mountAndRemove(49);
  const fifty = await memory();
  assert.equal(fifty.instances, one.instances, `instances are reused: ${one.instances} -> ${fifty.instances}`);
  const total = (m) => m.js + m.wasm;
  assert.ok(total(fifty) <= total(one) * 1.1, `memory after 1: ${JSON.stringify(one)}; after 50: ${JSON.stringify(fifty)}`);
  console.log(`memory after 1 mount: JS heap ${(one.js / 1e6).toFixed(1)} MB + wasm ${(one.wasm / 1e6).toFixed(1)} MB; after 50: ${(fifty.js / 1e6).toFixed(1)} MB + ${(fifty.wasm / 1e6).toFixed(1)} MB`);
  await page.context().close();
});

test('a widget removed while it is still starting leaves nothing behind', async () => {
  const page = await openPage(env, widgetPage([]));
  const glue = assets().glue;
  await page.evaluate(() => {
    const element = document.createElement('recap-widget');
    element.setAttribute('src', '/fault/slow?ms=3000');
    document.querySelector('main').append(element);
    queueMicrotask(() => element.remove());
  });
  // The instance it started is ready (its glue has arrived and run) ...
  await page.waitForFunction((glue) => performance.getEntriesByType('resource').some((e) => e.name.includes(glue) && e.responseEnd > 0), glue);
  await settled(page);
  // ... its early recap request is cancelled, and the next widget runs on that instance.
  await eventually(() => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/fault/slow')).length), 1, 'the early request was made');
  await page.evaluate(() => {
    const element = document.createElement('recap-widget');
    element.setAttribute('url-state', 'off');
    document.querySelector('main').append(element);
  });
  await readyRecap(page);
  assert.equal(page.requests.filter((url) => url.includes(glue)).length, 1, 'one instance for both');
  assert.equal(await page.locator('recap-widget').count(), 1);
  await page.context().close();
});

test('a recap that arrives slowly but steadily (100 KB a second for 25 s) loads', async () => {
  const recap = JSON.stringify(generateRecap(15000, 11));
  assert.ok(recap.length > 2.4e6, `${recap.length} bytes`);
  const drip = env.drip();
  const page = await openPageWithClock(env);
  await page.goto(env.origin + widgetPage([{ src: drip.path, 'url-state': 'off' }]));
  const chunk = Math.ceil(recap.length / 25);
  for (let i = 0; i < 25; i += 1) {
    await drip.send(recap.slice(i * chunk, (i + 1) * chunk));
    await page.clock.runFor(1000);
  }
  await drip.end();
  const widget = await readyRecap(page);
  assert.equal(await status(widget).textContent(), '15000 von 15000 Personen');
  await page.context().close();
});

test('a download that stalls for 15 s times out, with a retry', async () => {
  const drip = env.drip();
  const page = await openPageWithClock(env);
  await countReceived(page, drip.path);
  await page.goto(env.origin + widgetPage([{ src: drip.path, 'url-state': 'off' }]));
  const first = '{"version": 1, ';
  await drip.send(first);
  // The fake clock moves on only once the widget has the bytes: a loaded
  // machine may deliver them late, and the 15 s count from them.
  await received(page, first.length);
  await page.clock.runFor(14_000);
  await settledFrames(page);
  assert.equal(await page.locator('recap-widget').getByRole('alert').count(), 0, 'not before 15 s without a byte');
  await page.clock.runFor(1_500);
  const { widget } = await readyError(page);
  assert.match(await widget.getByRole('alert').innerText(), /Zeitüberschreitung/);
  assert.ok(await widget.getByRole('button', { name: 'Erneut versuchen' }).isVisible());
  drip.abandon();
  await page.context().close();
});

for (const [length, how] of [[true, 'announced by Content-Length'], [false, 'streamed without a length']]) {
  test(`a 21 MB recap (${how}) is refused with a message, in both languages; the other widget works`, async () => {
    const page = await openPage(env, widgetPage([
      { src: `/gen/huge.json?mb=21&length=${length ? 1 : 0}`, 'url-state': 'off' },
      { src: `/gen/huge.json?mb=21&length=${length ? 1 : 0}&en`, 'url-state': 'off', locale: 'en' },
      { src: '/gen/people.json?n=10&seed=2', 'url-state': 'off', id: 'ok' },
    ]));
    const { widget: de } = await readyError(page, 0);
    const { widget: en } = await readyError(page, 1);
    assert.match(await de.getByRole('alert').innerText(), /größer als 20 MB/);
    assert.match(await en.getByRole('alert').innerText(), /larger than 20 MB/);
    const ok = await readyRecap(page, 2);
    assert.equal(await status(ok).textContent(), '10 von 10 Personen');
    await page.context().close();
  });
}

test('200 broken items give at most 51 console lines', async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/broken.json?n=200', 'url-state': 'off' }]));
  const widget = await readyRecap(page);
  await eventually(() => page.consoleWarnings.some((line) => line.includes('weitere Probleme')), true, 'the count line');
  const ours = page.consoleWarnings.filter((line) => line.startsWith('recap-widget'));
  assert.ok(ours.length <= 51, `${ours.length} console lines`);
  assert.match(ours.at(-1), /… und 150 weitere Probleme$/);
  assert.equal(await status(widget).textContent(), '100 von 100 Personen', 'the rest renders');
  await page.context().close();
});

test('a wasm download that fails once: "Erneut versuchen" starts the widget, and so does the next one', async () => {
  const page = await openPage(env);
  let failures = 1;
  await page.route(/\/recap-widget-[0-9a-f]+_bg\.wasm$/, async (route) => {
    if (failures > 0) {
      failures -= 1;
      await route.fulfill({ status: 503, body: 'busy' });
    } else await route.continue();
  });
  page.expectConsoleErrors(/^HTTP 503 for .*_bg\.wasm$/, /^recap-widget: could not start Error: .*_bg\.wasm: HTTP 503/);
  await page.goto(env.origin + widgetPage([{ 'url-state': 'off' }]));
  const { widget } = await readyError(page);
  await widget.getByRole('button', { name: 'Erneut versuchen' }).click();
  // The retry's own signal, and the recap, not the error view again (a
  // retry that fails shows that too).
  await readyRecap(page, 0, { since: 1 });
  assert.equal(await widget.getByRole('alert').count(), 0, 'the error view is gone');
  await page.evaluate(() => {
    const element = document.createElement('recap-widget');
    element.setAttribute('url-state', 'off');
    document.querySelector('main').append(element);
  });
  await readyRecap(page, 1);
  await page.context().close();
});

test('the focus goes to a neighbour when its control goes away', async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/people.json?n=30&seed=8', 'url-state': 'off' }]));
  const widget = await readyRecap(page);
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('recap-widget').shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}:${active.querySelector?.('h3')?.textContent ?? active.getAttribute('aria-label') ?? ''}` : 'lost';
  });
  const recap = generateRecap(30, 8);
  await widget.getByRole('button', { name: /^Weitere Personen anzeigen/ }).click();
  await eventually(focused, `article:${recap.speakers[24].name}`, '"show more" with the last page: the first card it added');
  await widget.getByRole('searchbox', { name: 'Suche' }).fill('niemand heißt so');
  await widget.locator('.no-match').getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await eventually(focused, 'input#recap-search:', 'the no-match reset: the search field');
  await page.context().close();

  const retry = await openPage(env, widgetPage([{ src: '/fault/flaky?key=focus', 'url-state': 'off' }]));
  retry.expectConsoleErrors(/^HTTP 503 for .*\/fault\/flaky\?key=focus$/);
  const { widget: flaky } = await readyError(retry);
  await flaky.getByRole('button', { name: 'Erneut versuchen' }).click();
  await readyRecap(retry, 0, { since: 1 });
  await eventually(() => retry.evaluate(() => document.querySelector('recap-widget').shadowRoot.activeElement?.className), 'title', '"Erneut versuchen": the recap\'s title');
  await retry.context().close();
});

test('typing "Sachsen" in the search announces the count at most twice', async () => {
  const page = await openPageWithClock(env, widgetPage([{ src: '/gen/people.json?n=300&seed=5', 'url-state': 'off' }]));
  const widget = await readyRecap(page);
  await status(widget).evaluate((element) => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(element.textContent)).observe(element, { childList: true, characterData: true, subtree: true });
  });
  const search = widget.getByRole('searchbox', { name: 'Suche' });
  await search.focus();
  for (const letter of 'Sachsen') {
    await page.keyboard.type(letter);
    await page.clock.runFor(150);
  }
  await page.clock.runFor(1000);
  const said = await page.evaluate(() => window.__said);
  assert.ok(said.length >= 1 && said.length <= 2, `announcements: ${JSON.stringify(said)}`);
  await page.context().close();
});
