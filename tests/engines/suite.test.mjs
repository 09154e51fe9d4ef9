// The cross-engine part of the end-to-end suite: each test is
// written once, in roles and accessible names, and runs in Chromium, Firefox
// and WebKit (drivers.mjs). A step an engine cannot express is skipped with
// its reason, as is every test of an engine that is not installed; node's
// test runner counts the skips.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engines, Page } from './drivers.mjs';
import { until as poll } from '../common/browser.mjs';
import { startFront } from './front.mjs';
import { generateRecap, REGIONS, SECTORS } from '../e2e/generate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const recap = JSON.parse(readFileSync(`${ROOT}static/recap.json`, 'utf8'));
const PEOPLE = recap.speakers.length;
const everyone = `${PEOPLE} von ${PEOPLE} Personen`;
const fullName = (s) => [s.honorific, s.name].filter(Boolean).join(' ');
const words = (text) => text.split(/\s+/).filter(Boolean).join(' ');
const SLIDE = /^\d+ von \d+$/;

let front;
before(async () => { front = await startFront(); });
after(async () => { await front?.close(); });

/** Opens a page, runs `body`, and checks that no error reached the console. */
async function withPage(ctx, path, options, body) {
  const page = new Page(ctx.engine.name, await ctx.browser.open(front.origin + path, {
    width: 1280, height: 900, javaScript: true, touch: false, ...options,
  }));
  try {
    await body(page);
    const { errors, ignored } = await page.errors();
    if (ignored.length) ctx.t.diagnostic(`${ctx.engine.name}: not counted as errors (tests/common/browser.mjs, BENIGN): ${[...new Set(ignored)].map((e) => `${e} ×${ignored.filter((i) => i === e).length}`).join('; ')}`);
    assert.deepEqual(errors, [], `${ctx.engine.name}: no console error`);
  } finally {
    await page.close();
  }
}

/**
 * Waits for the widget's ready signal and asserts that it shows its recap
 * (the live widget, not the prerendered snapshot), not its error view.
 */
async function live(page) {
  const widget = await page.until('widget', [], (w) => w.ready, 'the widget is ready (:state(ready), recap-ready)', 20000);
  assert.ok(widget.detail && !('error' in widget.detail) && widget.detail.speakers >= 0, `${page.engine}: the recap, not the error view: recap-ready ${JSON.stringify(widget.detail)}`);
  assert.ok(widget.live && !widget.snapshot, `${page.engine}: the live widget has taken the snapshot over`);
  return widget;
}
const statusIs = (page, text) => page.until('texts', ['status'], (all) => all.includes(text), `the status reads "${text}"`);
const slideIs = (page, label) => page.until('names', ['group', SLIDE], (names) => names.length === 1 && names[0] === label, `the slide shown is "${label}"`);

// Each test: (the engine and its browser, node's test context) => Promise.
const TESTS = {
  async 'render: title, every card, the status'(ctx) {
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      assert.deepEqual(await page.names('heading', undefined, { level: 2 }).then((h) => h.slice(0, 1)), [recap.event.title]);
      await page.until('names', ['article'], (cards) => cards.length === PEOPLE, `${PEOPLE} cards`);
      assert.deepEqual(await page.names('article'), recap.speakers.map(fullName), 'cards are articles named by their person');
      await statusIs(page, everyone);
    });
  },

  async 'filters: names with counts, a click filters and is pressed'(ctx) {
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      const region = { within: ['group', 'Region'] };
      assert.deepEqual(await page.names('button', undefined, region), ['Sachsen (3)', 'Sachsen-Anhalt (3)', 'Thüringen (4)']);
      assert.equal(await page.attribute('button', 'Sachsen (3)', 'aria-pressed'), 'false');
      await page.click('button', 'Sachsen (3)', region);
      await statusIs(page, `3 von ${PEOPLE} Personen`);
      assert.equal(await page.attribute('button', 'Sachsen (3)', 'aria-pressed'), 'true', 'the pressed state');
      const sachsen = recap.speakers.filter((s) => s.region === 'Sachsen').map(fullName);
      await page.until('names', ['article'], (cards) => JSON.stringify(cards) === JSON.stringify(sachsen), 'only the people of Sachsen');
    });
  },

  async 'filters: counts of a generated recap under the other group'(ctx) {
    const N = 60;
    const SEED = 11;
    const people = generateRecap(N, SEED).speakers;
    const cfg = encodeURIComponent(JSON.stringify([{ src: `/gen/people.json?n=${N}&seed=${SEED}`, 'url-state': 'off' }]));
    await withPage(ctx, `/e2e/widget.html?cfg=${cfg}`, {}, async (page) => {
      await live(page);
      const count = (list, key, keep) => list.map((value) => `${value} (${people.filter((p) => p[key] === value && keep(p)).length})`);
      await statusIs(page, `${N} von ${N} Personen`);
      assert.deepEqual(await page.names('button', undefined, { within: ['group', 'Region'] }), count(REGIONS, 'region', () => true));
      assert.deepEqual(await page.names('button', undefined, { within: ['group', 'Bereich'] }), count(SECTORS, 'sector', () => true));
      await page.click('button', new RegExp(`^${REGIONS[2]} \\(`), { within: ['group', 'Region'] });
      const kept = people.filter((p) => p.region === REGIONS[2]);
      await statusIs(page, `${kept.length} von ${N} Personen`);
      assert.deepEqual(await page.names('button', undefined, { within: ['group', 'Bereich'] }),
        count(SECTORS, 'sector', (p) => p.region === REGIONS[2]), 'sector counts under the region filter');
    });
  },

  async 'search folds umlauts: "schlömer" and "schloemer"'(ctx) {
    for (const query of ['schlömer', 'schloemer']) {
      await withPage(ctx, '/dist/index.html', {}, async (page) => {
        await live(page);
        await page.type('searchbox', 'Suche', query);
        await page.until('value', ['searchbox', 'Suche'], (value) => value === query, `the field holds "${query}"`);
        // The status follows once typing pauses (600 ms): wait for it, with a deadline.
        await statusIs(page, `1 von ${PEOPLE} Personen`);
        assert.deepEqual(await page.names('article'), ['Bernd Schlömer'], `"${query}" finds one person`);
      });
    }
  },

  async 'carousel: buttons, arrow keys, the slide label'(ctx) {
    const quotes = recap.quotes.length;
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      await slideIs(page, `1 von ${quotes}`);
      await page.click('button', 'Nächstes Zitat');
      await slideIs(page, `2 von ${quotes}`);
      assert.ok(await page.call('focusWithin', 'region', 'Zitate'), 'focus is in the carousel');
      await page.press('ArrowRight');
      await slideIs(page, `3 von ${quotes}`);
      await page.press('ArrowLeft');
      await slideIs(page, `2 von ${quotes}`);
      await page.click('button', 'Vorheriges Zitat');
      await slideIs(page, `1 von ${quotes}`);
      await page.click('button', 'Vorheriges Zitat');
      await slideIs(page, `${quotes} von ${quotes}`);
    });
  },

  async 'carousel: touch swipe on a 390 px phone'(ctx, t) {
    if (ctx.browser.swipeSkip) {
      t.skip(ctx.browser.swipeSkip);
      return;
    }
    await withPage(ctx, '/dist/index.html', { width: 390, height: 844, touch: true }, async (page) => {
      await live(page);
      const quotes = recap.quotes.length;
      await slideIs(page, `1 von ${quotes}`);
      await page.swipe('blockquote', undefined, 0.8, 0.15, { within: ['group', SLIDE] });
      await slideIs(page, `2 von ${quotes}`);
      await page.swipe('blockquote', undefined, 0.15, 0.85, { within: ['group', SLIDE] });
      await slideIs(page, `1 von ${quotes}`);
    });
  },

  async 'URL keys: a filter writes recap-region, back restores the view'(ctx) {
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      await page.click('button', 'Sachsen (3)');
      await statusIs(page, `3 von ${PEOPLE} Personen`);
      await until(page, () => page.url().then((u) => u.searchParams.get('recap-region')), (v) => v === 'sachsen', 'the URL has recap-region=sachsen');
      await page.back();
      await statusIs(page, everyone);
      await until(page, () => page.url().then((u) => u.searchParams.get('recap-region')), (v) => v === null, 'back removes recap-region');
      assert.equal(await page.attribute('button', 'Sachsen (3)', 'aria-pressed'), 'false');
    });
  },

  async 'snapshot with JavaScript off: header, every card and quote, no control'(ctx) {
    await withPage(ctx, '/dist/index.html', { javaScript: false }, async (page) => {
      const shown = await page.call('snapshot');
      assert.equal((await page.call('widget')).defined, false, 'scripts are off: the element is not defined');
      assert.ok(shown, 'a declarative shadow root');
      assert.equal(shown.title, recap.event.title);
      assert.deepEqual(shown.cards, recap.speakers.map(fullName), 'every card');
      const text = words(shown.text);
      for (const quote of recap.quotes) assert.ok(text.includes(words(quote.text)), `the quote "${quote.text.slice(0, 40)}…"`);
      assert.deepEqual(shown.visibleControls, [], 'no control that needs JavaScript is visible');
    });
  },

  async 'input on the snapshot before the take-over is replayed'(ctx) {
    // "Sachsen", "Nächstes Zitat" twice, "Sch" typed into the search.
    const steps = async (page) => {
      await page.click('button', 'Sachsen (3)', { within: ['group', 'Region'] });
      await page.click('button', 'Nächstes Zitat');
      await page.click('button', 'Nächstes Zitat');
      await page.type('searchbox', 'Suche', 'Sch');
    };
    const view = async (page) => ({
      pressed: await page.attribute('button', /^Sachsen \(/, 'aria-pressed', { within: ['group', 'Region'] }),
      slide: await page.names('group', SLIDE),
      search: await page.call('value', 'searchbox', 'Suche'),
      caret: await page.call('caret', 'searchbox', 'Suche'),
      url: (await page.url()).search,
    });
    let expected;
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      await steps(page);
      await page.until('url', [], (url) => new URL(url).searchParams.get('recap-q') === 'Sch', 'the live widget wrote its URL');
      expected = await view(page);
    });
    assert.equal(expected.pressed, 'true');
    assert.deepEqual(expected.caret, { start: 3, end: 3, focused: true });
    const release = front.holdWasm();
    try {
      await withPage(ctx, '/dist/index.html', {}, async (page) => {
        await page.until('widget', [], (w) => w.defined && w.snapshot, 'embed.js runs beside the snapshot', 20000);
        await steps(page);
        const before = await page.call('widget');
        assert.ok(before.snapshot && !before.ready, 'the input went to the snapshot');
        release();
        await live(page);
        await page.until('url', [], (url) => new URL(url).searchParams.get('recap-q') === 'Sch', 'the replayed search reaches the URL');
        assert.deepEqual(await view(page), expected, 'the same view as the same steps taken live');
      });
    } finally {
      release();
    }
  },

  async 'snapshot taken over with JavaScript on'(ctx) {
    await withPage(ctx, '/dist/index.html', {}, async (page) => {
      await live(page);
      assert.deepEqual(await page.names('article'), recap.speakers.map(fullName), 'the same cards, live');
      await statusIs(page, everyone);
    });
  },

  async 'layout at 390 px: no horizontal overflow'(ctx) {
    await layout(ctx, 390, 844);
  },

  async 'layout at 1280 px: no horizontal overflow'(ctx) {
    await layout(ctx, 1280, 900);
  },

  async 'check page: pick a file, read the problems'(ctx, t) {
    if (!existsSync(`${ROOT}dist/check.html`)) {
      t.skip('check page not built (dist/check.html)');
      return;
    }
    await withPage(ctx, '/dist/check.html', {}, async (page) => {
      await page.setFiles('button', 'Datei wählen', `${ROOT}tests/fixtures/items/every-item-rule.json`);
      await page.until('texts', ['status'], (all) => all.some((s) => /\b20 Warnungen\b/.test(s)), 'the summary counts 20 warnings', 15000);
      const problems = await page.call('texts', 'list', undefined, { within: ['region', 'Probleme'] });
      assert.ok(problems.some((p) => p.includes('speakers[5].region')), `the problem at speakers[5].region is listed: ${problems.join(' | ').slice(0, 300)}`);
    });
  },
};

async function layout(ctx, width, height) {
  await withPage(ctx, '/dist/index.html', { width, height }, async (page) => {
    await live(page);
    const box = await page.call('layout');
    assert.equal(box.innerWidth, width, `the page is ${width} px wide`);
    assert.ok(box.scrollWidth <= box.clientWidth, `no horizontal overflow: ${box.scrollWidth} > ${box.clientWidth}`);
    assert.ok(box.widget.left >= 0 && box.widget.right <= box.clientWidth + 0.5, `the widget fits: ${JSON.stringify(box.widget)}`);
  });
}

const until = (page, read, ok, what) => poll(read, ok, `${page.engine}: ${what}`);

for (const engine of engines) {
  describe(engine.name, () => {
    const ctx = { engine, browser: null };
    if (!engine.missing) {
      before(async () => { ctx.browser = await engine.launch({ front }); }, { timeout: 60000 });
      after(async () => { await ctx.browser?.close(); }, { timeout: 30000 });
    }
    for (const [name, run] of Object.entries(TESTS)) {
      // The deadline is for a hung browser; the steps wait with shorter ones of their own.
      test(name, { skip: engine.missing ?? false, timeout: 120000 }, async (t) => {
        ctx.t = t;
        await run(ctx, t);
        if (name.startsWith('render')) t.diagnostic(`${engine.name}: ${await ctx.browser.version}`);
      });
    }
  });
}
