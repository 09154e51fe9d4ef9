// Benchmark of the built widget (dist/) in headless Chromium: first card
// painted (from the prerendered snapshot, and without it), the first filter
// click that takes effect, filter and search latency, carousel step, JS heap,
// the 10 MB file and the size of dist/index.html; with LIGHTHOUSE=1 also
// Lighthouse (bench/lighthouse.mjs). Fresh browser profile for every run,
// median of RUNS runs. Writes bench/RESULTS.md. Not part of the test gate:
// `make bench`.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { startBenchServer, withoutSnapshot } from './server.mjs';
import { lighthouseMarkdown, measureLighthouse } from './lighthouse.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/common/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 5000);
// PARTS=interactions (or load, tap, big; comma-separated) runs only those parts
// and prints them; only a run of every part writes bench/RESULTS.md.
const ALL_PARTS = ['load', 'tap', 'interactions', 'big'];
const PARTS = (process.env.PARTS ?? ALL_PARTS.join(',')).split(',');
// The tests' Chromium arguments, and precise heap figures.
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median, smallest and largest value of every key of the samples. */
const stats = (samples) => Object.fromEntries(Object.keys(samples[0]).map((k) => {
  const values = samples.map((s) => s[k]);
  return [k, { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length }];
}));

/**
 * The page's own record of its load, installed as an init script, so that no
 * script of the harness runs in the page while it loads. For every mark
 * `{ name, selector }` it notes (in `__marks[name]`, and with a console
 * message "recap-bench: <name>") the first animation frame after the frame
 * in which a card matching `selector` is in the widget's shadow root with the
 * root's stylesheet loaded, and the card's top then (`__marks[name + ' top']`).
 * It keeps the page's largest-contentful-paint entries in `__lcp`. With
 * `click`, it clicks the live widget's region filter button named
 * `click.button` in every frame from the one in which it exists, until the
 * status text leaves `click.initial`: `__marks.click` is the first click,
 * `__marks.filtered` the DOM change of the status (a MutationObserver, or the
 * next frame's check), `__marks['filter shown']` the frame after it.
 */
function probe({ marks, click }) {
  window.__marks = {};
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // An element inside a shadow root is not exposed: `element` is null.
      window.__lcp.push({ time: entry.startTime, size: entry.size, element: entry.element?.localName ?? null });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const note = (name) => {
    window.__marks[name] ??= performance.now();
    console.debug(`recap-bench: ${name}`);
  };
  const pending = new Map(marks.map(({ name, selector }) => [name, selector]));
  let filtered = false;
  const changed = () => {
    if (filtered) return;
    filtered = true;
    window.__marks.filtered = performance.now();
    requestAnimationFrame(() => note('filter shown'));
  };
  const clickWhenLive = (shadow) => {
    if (click.onSnapshot) {
      // One tap on the snapshot's button in the first frame that shows it
      // (kept and replayed at the take-over), then watch the live status.
      const snapshot = shadow.querySelector('.mount[data-snapshot]');
      const tapped = snapshot && [...snapshot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(click.button));
      if (window.__marks.click === undefined && tapped && customElements.get('recap-widget')) {
        window.__marks.click = performance.now();
        window.__marks.clicks = 1;
        tapped.click();
        shadow.host.addEventListener('recap-ready', () => { window.__marks.ready = performance.now(); }, { once: true });
      }
      const status = shadow.querySelector('.mount:not([data-snapshot]) ' + click.status);
      if (window.__marks.click !== undefined && status && status.textContent.trim() !== click.initial) changed();
      return;
    }
    const live = shadow.querySelector('.mount:not([data-snapshot])');
    const status = live?.querySelector(click.status);
    const button = live && [...live.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(click.button));
    if (!status || !button) return;
    if (status.textContent.trim() !== click.initial) {
      if (window.__marks.click !== undefined) changed();
      return;
    }
    if (button.getAttribute('aria-pressed') === 'true') return;
    if (window.__marks.click === undefined) {
      window.__marks.click = performance.now();
      new MutationObserver(() => {
        if (status.textContent.trim() !== click.initial) changed();
      }).observe(status, { subtree: true, childList: true, characterData: true });
    }
    window.__marks.clicks = (window.__marks.clicks ?? 0) + 1;
    button.click();
  };
  const frame = () => {
    const shadow = document.querySelector('recap-widget, plain-recap')?.shadowRoot;
    if (shadow) {
      const sheet = shadow.querySelector('link[rel=stylesheet]');
      for (const [name, selector] of pending) {
        const card = shadow.querySelector(selector);
        if (card && (!sheet || sheet.sheet)) {
          pending.delete(name);
          requestAnimationFrame(() => {
            note(name);
            window.__marks[`${name} top`] = card.getBoundingClientRect().top;
          });
        }
      }
      if (click && !filtered) clickWhenLive(shadow);
    }
    if (pending.size || (click && !filtered)) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const FIRST_CARD = { marks: [{ name: 'first card', selector: '.cards > li' }] };

/**
 * Runs `fn(page, cdp)` in a fresh profile `RUNS` times, each after the page
 * has sent the console message "recap-bench: <until>" (see `probe`), and
 * returns the samples it reports.
 */
async function measure(origin, path, { throttle = 1, width = 1280, height = 900, settle = SETTLE_MS, watch = FIRST_CARD, until = 'first card' } = {}, fn) {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'recap-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width, height },
    });
    try {
      const page = context.pages()[0] ?? await context.newPage();
      // A freshly started headless Chromium spends its first seconds starting
      // its own internal pages on the same two cores; wait that out, so the
      // figure is the widget page's, not the browser's start-up.
      if (settle > 0) await page.waitForTimeout(settle);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.addInitScript(probe, watch);
      // Waits for a console message, not with page.waitForFunction: that
      // evaluates Playwright's injected script (65-85 ms at 4x) in the page
      // while it loads, which the widget's figure would include.
      const reached = page.waitForEvent('console', {
        predicate: (message) => message.text() === `recap-bench: ${until}`,
        timeout: 60000,
      });
      // Together, so that a failed navigation is the error reported, not the
      // waiter rejected when the browser closes.
      await Promise.all([reached, page.goto(origin + path)]);
      samples.push(await fn(page, cdp));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return samples;
}

/**
 * Times a synchronous action in the page: `render` runs from the action to the
 * end of the DOM update that shows its result plus a forced style and layout
 * (the work of one frame); `frame` to the first animation frame after that.
 */
function interaction(page, action, done) {
  return page.evaluate(async ([actionSrc, doneSrc]) => {
    const root = document.querySelector('recap-widget, plain-recap').shadowRoot;
    const act = new Function('root', actionSrc);
    const finished = new Function('root', doneSrc);
    let render;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (render === undefined && finished(root)) {
        void root.host.getBoundingClientRect().height; // style and layout, as the next frame needs them
        render = performance.now() - start;
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    act(root);
    for (let i = 0; render === undefined && i < 6000; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    if (render === undefined) throw new Error('the interaction never finished');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { render, frame: performance.now() - start };
  }, [action, done]);
}

const firstCard = (page) => page.evaluate(() => window.__marks['first card']);
const heapMb = async (cdp) => (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;

const CLICK_REGION = `[...root.querySelectorAll('button')].find(b => b.textContent.startsWith('Sachsen (')).click()`;
const REGION_DONE = `return [...root.querySelectorAll('button')].find(b => b.textContent.startsWith('Sachsen (')).getAttribute('aria-pressed') === 'true'`;
const TYPE = `const i = root.querySelector('input[type=search]'); window.__before = root.querySelector('.filters [role=status]').textContent; i.value = 'müller 12'; i.dispatchEvent(new InputEvent('input', {bubbles: true}))`;
const TYPE_DONE = `return root.querySelector('.filters [role=status]').textContent !== window.__before`;
const CLICK_REGION_AGAIN = CLICK_REGION.replace("'Sachsen ('", "'Thüringen'");
const REGION_AGAIN_DONE = REGION_DONE.replace("'Sachsen ('", "'Thüringen'");
const TYPE_AGAIN = TYPE.replace("'müller 12'", "'müller 1'");
const NEXT = `window.__label = root.querySelector('.slide.current').getAttribute('aria-label'); root.querySelector('button[aria-label="Nächstes Zitat"]').click()`;
const NEXT_DONE = `return root.querySelector('.slide.current').getAttribute('aria-label') !== window.__label`;

// dist/index.html: its snapshot's cards, and the live widget's once it has taken over.
const SNAPSHOT_AND_LIVE = {
  marks: [
    { name: 'snapshot card', selector: '.mount[data-snapshot] .cards > li' },
    { name: 'live card', selector: '.mount:not([data-snapshot]) .cards > li' },
  ],
};
const LIVE_ONLY = { marks: [SNAPSHOT_AND_LIVE.marks[1]] };
const FIRST_CLICK = { marks: [], click: { button: 'Thüringen', status: '.filters [role=status]', initial: '14 von 14 Personen' } };
const SNAPSHOT_TAP = { marks: [{ name: 'snapshot card', selector: '.mount[data-snapshot] .cards > li' }, { name: 'live card', selector: '.mount:not([data-snapshot]) .cards > li' }], click: { ...FIRST_CLICK.click, onSnapshot: true } };
// When the build without a prerendered snapshot painted its first card, at
// 4x CPU: the first filter click must take effect no later than that.
const OLD_FIRST_CARD_MS = 770;

/**
 * What the page recorded of its load (`probe`), once there is a
 * largest-contentful-paint entry from the widget (its element, in the shadow
 * root, is null) and ten more frames have passed: Chromium delivers an entry
 * with the frame's presentation, some frames after the paint.
 */
const loadRecord = (page) => page.evaluate(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < 600 && !window.__lcp.some((entry) => entry.element === null); i += 1) await frame();
  for (let i = 0; i < 10; i += 1) await frame();
  const end = (test) => performance.getEntriesByType('resource').find((e) => test(new URL(e.name).pathname))?.responseEnd ?? NaN;
  const lcp = window.__lcp.at(-1);
  return {
    ...window.__marks,
    wasmEnd: end((path) => path.endsWith('_bg.wasm')),
    recapEnd: end((path) => path.endsWith('/recap.json')),
    lcp: lcp?.time ?? NaN,
    lcpInWidget: lcp ? Number(lcp.element === null) : NaN,
  };
});

/** Fails when a mark's card was not on screen: then nothing was painted. */
function onScreen(samples, name, height = 900) {
  for (const sample of samples) {
    if (!(sample[`${name} top`] < height)) throw new Error(`${name}: the card's top is at ${sample[`${name} top`]} px, below the ${height} px viewport`);
  }
}

const brotliSize = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const bench = await startBenchServer();
// The rows measured before the snapshot was benchmarked keep using the
// end-to-end server directly; the new ones use the bench's front
// (bench/server.mjs), which adds the page without snapshot and forwards
// everything else to it.
const origin = bench.e2eOrigin;
const front = bench.origin;
const rows = [];
/** A row: `value` is a number or a `stats` entry (median, with the range of the runs). */
const add = (what, value, unit, target = '', shown = `${(value.median ?? value).toFixed(1)} ${unit}`) => {
  const range = value.median === undefined ? '' : `${value.min.toFixed(1)}–${value.max.toFixed(1)} (${value.runs} runs)`;
  rows.push({ what, shown, range, target });
  console.log(`${what.padEnd(62)} ${shown.padStart(12)}  ${range.padEnd(24)} ${target}`);
};
const load = [loadavg()[0]];
try {
  for (const throttle of PARTS.includes('load') ? [1, 4] : []) {
    const cpu = `CPU ${throttle}x`;
    const shipped = await measure(front, '/dist/index.html', { throttle, watch: SNAPSHOT_AND_LIVE, until: 'live card' }, loadRecord);
    onScreen(shipped, 'snapshot card');
    const m = stats(shipped);
    add(`first card painted, shipped recap (dist/index.html, from its snapshot), ${cpu}`, m['snapshot card'], 'ms', throttle === 4 ? '≤ 800 ms, before the wasm arrives' : '');
    add(`wasm response end (Resource Timing responseEnd), dist/index.html, ${cpu}`, m.wasmEnd, 'ms');
    const before = shipped.filter((s) => s['snapshot card'] < s.wasmEnd).length;
    add(`snapshot's first card painted before the wasm response ended, ${cpu}`, before, 'runs', 'all runs', `${before} of ${shipped.length} runs`);
    add(`live widget's first card painted (snapshot taken over), dist/index.html, ${cpu}`, m['live card'], 'ms');
    add(`largest contentful paint (last LCP entry), dist/index.html, ${cpu}`, m.lcp, 'ms', '', `${m.lcp.median.toFixed(1)} ms${shipped.every((s) => s.lcpInWidget) ? ' (in the widget)' : ''}`);
    const bare = await measure(front, '/dist/no-snapshot.html', { throttle, watch: LIVE_ONLY, until: 'live card' }, loadRecord);
    onScreen(bare, 'live card');
    const b = stats(bare);
    add(`first card painted, same page without the snapshot (empty <recap-widget>), ${cpu}`, b['live card'], 'ms');
    add(`wasm response end, same page without the snapshot, ${cpu}`, b.wasmEnd, 'ms');
    add(`largest contentful paint (last LCP entry), same page without the snapshot, ${cpu}`, b.lcp, 'ms');
    if (throttle === 4) {
      const unsettled = await measure(front, '/dist/index.html', { throttle, settle: 0 }, async (page) => ({ first: await firstCard(page) }));
      add('first card painted, dist/index.html, CPU 4x, navigating right after browser launch', stats(unsettled).first, 'ms');
      for (const [page, path] of [['dist/index.html', '/dist/index.html'], ['same page without the snapshot', '/dist/no-snapshot.html']]) {
        const clicked = stats(await measure(front, path, { throttle, watch: FIRST_CLICK, until: 'filter shown' }, loadRecord));
        add(`first filter click ("Thüringen") takes effect: status text changed, ${page}, CPU 4x`, clicked.filtered, 'ms', page === 'dist/index.html' ? `≤ ${OLD_FIRST_CARD_MS} ms (first card, build before the snapshot)` : '');
        add(`… the frame after it, ${page}, CPU 4x`, clicked['filter shown'], 'ms');
        add(`… the live button's first click, ${page}, CPU 4x`, clicked.click, 'ms', '', `${clicked.click.median.toFixed(1)} ms (median ${clicked.clicks.median} click${clicked.clicks.median === 1 ? '' : 's'}, at most ${clicked.clicks.max})`);
      }
    }
    const thousand = await measure(origin, `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify([{ src: '/gen/people.json?n=1000&seed=9', 'url-state': 'off' }]))}`, { throttle }, async (page) => ({ first: await firstCard(page) }));
    add(`first card painted, 1,000 speakers, ${cpu}`, stats(thousand).first, 'ms');
  }
  if (PARTS.includes('tap')) {
    // A tap on the snapshot in its first painted frame is kept and replayed.
    const tapped = stats(await measure(front, '/dist/index.html', { throttle: 4, watch: SNAPSHOT_TAP, until: 'filter shown' }, async (page) => {
      // The signal follows the replay; measured, so waiting for it changes nothing.
      await page.waitForFunction(() => window.__marks.ready !== undefined);
      const marks = await page.evaluate(() => window.__marks);
      return { tap: marks.click, card: marks['snapshot card'], live: marks['live card'], filtered: marks.filtered, ready: marks.ready };
    }));
    add('a tap on the snapshot\'s "Thüringen" in its first painted frame, dist/index.html, CPU 4x', tapped.tap, 'ms', 'the first paint (nothing lost)');
    add('… the snapshot\'s first card painted, same runs', tapped.card, 'ms');
    add('… the tap takes effect (status changed, replayed at the take-over)', tapped.filtered, 'ms');
    add('… the live widget\'s first card painted (take-over), same runs', tapped.live, 'ms');
    add('… recap-ready (after the replay)', tapped.ready, 'ms');
  }
  for (const n of PARTS.includes('interactions') ? [1000, 10000] : []) {
    const path = `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify([{ src: `/gen/people.json?n=${n}&seed=9`, 'url-state': 'off' }]))}`;
    const result = stats(await measure(origin, path, {}, async (page, cdp) => {
      const step = await interaction(page, NEXT, NEXT_DONE);
      const filter = await interaction(page, CLICK_REGION, REGION_DONE);
      // The first change after load also pays V8's compilation of the code it
      // runs for the first time; the next one shows the steady state.
      const filterAgain = await interaction(page, CLICK_REGION_AGAIN, REGION_AGAIN_DONE);
      const search = await interaction(page, TYPE, TYPE_DONE);
      const searchAgain = await interaction(page, TYPE_AGAIN, TYPE_DONE);
      return {
        step: step.render, stepFrame: step.frame, filter: filter.render, filterFrame: filter.frame,
        filterAgain: filterAgain.render, filterAgainFrame: filterAgain.frame, search: search.render, searchFrame: search.frame,
        searchAgain: searchAgain.render, heap: await heapMb(cdp),
      };
    }));
    // The plain-JS baseline (bench/plain/) with the same recap and the same
    // clicks, in the same run: the filter frame must be no slower than its.
    const plainPath = `/dist/plain/index.html?src=${encodeURIComponent(`/gen/people.json?n=${n}&seed=9`)}`;
    const plain = stats(await measure(front, plainPath, {}, async (page) => {
      const filter = await interaction(page, CLICK_REGION, REGION_DONE);
      const filterAgain = await interaction(page, CLICK_REGION_AGAIN, REGION_AGAIN_DONE);
      return { filter: filter.render, filterFrame: filter.frame, filterAgain: filterAgain.render, filterAgainFrame: filterAgain.frame };
    }));
    const people = `${n.toLocaleString('en')} speakers`;
    add(`carousel step: render + layout, ${people}`, result.step, 'ms', '≤ 16 ms');
    add(`carousel step: to the next frame, ${people}`, result.stepFrame, 'ms');
    add(`filter change: render + layout, ${people}`, result.filter, 'ms', '≤ 16 ms, ≤ plain JS');
    add(`… plain JS: render + layout, ${people}`, plain.filter, 'ms');
    add(`filter change: to the next frame, ${people}`, result.filterFrame, 'ms', '≤ plain JS');
    add(`… plain JS: to the next frame, ${people}`, plain.filterFrame, 'ms');
    add(`filter change, the second one: render + layout, ${people}`, result.filterAgain, 'ms', '≤ plain JS');
    add(`… plain JS: render + layout, ${people}`, plain.filterAgain, 'ms');
    add(`filter change, the second one: to the next frame, ${people}`, result.filterAgainFrame, 'ms', '≤ plain JS');
    add(`… plain JS: to the next frame, ${people}`, plain.filterAgainFrame, 'ms');
    add(`search keystroke: render + layout, ${people}`, result.search, 'ms', n === 10000 ? '≤ 16 ms' : '');
    add(`search keystroke: to the next frame, ${people}`, result.searchFrame, 'ms');
    add(`search keystroke, the second one: render + layout, ${people}`, result.searchAgain, 'ms');
    add(`JS heap after load and interactions, ${n.toLocaleString('en')} speakers`, result.heap, 'MB', n === 10000 ? '≤ 30 MB' : '');
  }
  const big = PARTS.includes('big') && stats(await measure(origin, `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify([{ src: '/gen/big.json', 'url-state': 'off' }]))}`, {}, async (page) => page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/gen/big.json'));
    const first = window.__marks['first card'];
    return { parse: first - entry.responseEnd, total: first };
  })));
  if (big) {
    add('10 MB recap: response end to first card painted (parse, validate, render)', big.parse, 'ms');
    add('10 MB recap: navigation to first card painted', big.total, 'ms');
  }
} finally {
  await bench.close();
}
load.push(loadavg()[0]);
if (ALL_PARTS.some((part) => !PARTS.includes(part))) process.exit(0);

const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en')} B)`;
add('dist/index.html, brotli (quality 11)', brotliSize(html), 'B', '', kb(brotliSize(html)));
add('dist/index.html, raw', Buffer.byteLength(html), 'B', '', kb(Buffer.byteLength(html)));
add('dist/index.html without the snapshot, brotli (quality 11)', brotliSize(withoutSnapshot(html)), 'B', '', kb(brotliSize(withoutSnapshot(html))));

// Lighthouse only with LIGHTHOUSE=1 (about 20 runs of 10-15 s); otherwise the
// section of the last run that had it stays in RESULTS.md.
const RESULTS = new URL('./RESULTS.md', import.meta.url);
const LIGHTHOUSE_HEADING = '## Lighthouse';
let lighthouse = '';
if (process.env.LIGHTHOUSE === '1') {
  lighthouse = lighthouseMarkdown(await measureLighthouse(), new Date().toISOString().slice(0, 10));
} else if (existsSync(RESULTS)) {
  const previous = readFileSync(RESULTS, 'utf8');
  if (previous.includes(LIGHTHOUSE_HEADING)) lighthouse = previous.slice(previous.indexOf(LIGHTHOUSE_HEADING));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const table = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, headless Chromium (Debian), local server; median of ${RUNS} runs, fresh profile each; load average ${load.map((x) => x.toFixed(1)).join(' at the start, ')} at the end. Produced by \`make bench\` (bench/run.mjs); recaps are generated with fixed seeds.`,
  '',
  '| measurement | median | range | target |',
  '| --- | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.what.replaceAll('<', '&lt;')} | ${r.shown} | ${r.range} | ${r.target} |`),
  '',
  `Each run starts a new browser with a fresh profile and waits ${SETTLE_MS / 1000} s (SETTLE_MS) before navigating: a freshly launched headless Chromium starts its own internal pages in its first seconds, on the same cores. One row shows the first card without that wait, for comparison. "First card painted" is the first animation frame after the frame that contains a speaker card (with the widget's stylesheet loaded; for dist/index.html and its variant the bench checks that the card's top is inside the 1280 × 900 viewport); the page reports it with a console message from an init script, so no script of the harness runs in the page while it loads. All times run from the start of navigation.`,
  '',
  'dist/index.html carries a prerendered snapshot of the recap in a declarative shadow root; "from its snapshot" is the first frame with one of its cards (`.mount[data-snapshot] .cards > li`), "snapshot taken over" the first frame with a card of the live widget (`.mount:not([data-snapshot]) .cards > li`). "Without the snapshot" is the same page with an empty `<recap-widget></recap-widget>` (bench/server.mjs serves it as /dist/no-snapshot.html). The wasm response end is the Resource Timing `responseEnd` of the `*_bg.wasm` request in the same runs; on this local server the wasm arrives in a few milliseconds once it is asked for, and `embed.js` (a module script, run after the document is parsed) asks for it only then, so the comparison says more about the order of events in the page than about a real network. "Largest contentful paint" is the last `largest-contentful-paint` entry when the live widget has shown its first card; "(in the widget)" means that entry\'s element is inside the shadow root (Chromium does not expose it). The 1280 × 900 viewport shows the top of the first card row.',
  '',
  `"First filter click takes effect": from the start of navigation, an init script clicks the live widget's "Thüringen" region button (\`.mount:not([data-snapshot])\`) in every animation frame from the first one in which it exists until the status text (\`.filters [role=status]\`) is no longer "14 von 14 Personen" (it does not click again once the button is pressed); the time is the DOM change of the status (a MutationObserver), "the frame after it" the next animation frame. The target is the first card of the build before the snapshot (${OLD_FIRST_CARD_MS} ms at CPU 4x).`,
  '',
  '"render + layout" runs from the synchronous click or input event to the end of the DOM update that shows its result, plus a forced style and layout (a MutationObserver notices the update); "to the next frame" runs on to the first animation frame after it (requestAnimationFrame + setTimeout 0), so it includes waiting for vsync. "The second one" is the next change in the same page (another region; one more letter removed from the search): the first change after load also pays for V8 compiling the code it runs for the first time. In each page the interactions follow one another from the first card on: carousel step, filter change, the second filter change, search keystroke, the second keystroke; the filter change is therefore not the page\'s first interaction (measured separately as the very first one, 1 s after the first card, it takes about 11 ms at 1,000 people and 14-17 ms at 10,000: the engine\'s first run of the update code).',
  '',
  'Sizes: dist/index.html as built, brotli quality 11 (node:zlib), with and without the snapshot.',
  '',
];
writeFileSync(RESULTS, table.join('\n') + (lighthouse ? `\n${lighthouse}` : ''));
console.log('wrote bench/RESULTS.md');
