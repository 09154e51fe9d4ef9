// The first screen shows the recap: on a 390x844 phone the title
// and date, the filters in compact rows and the start of the first quote;
// at 1280x900 the first quote and the top of the first row of cards; and
// from 320 px up nothing overflows the page sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, readyRecap, widgetPage, shot } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

/** Where the parts of the first screen are, from the top of the page. */
function positions(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot.querySelector('.mount:not([data-snapshot])');
    const top = (selector) => Math.round(root.querySelector(selector).getBoundingClientRect().top + window.scrollY);
    const bottom = (selector) => Math.round(root.querySelector(selector).getBoundingClientRect().bottom + window.scrollY);
    const rows = [...root.querySelectorAll('.filters .chips')].map((chips) => new Set([...chips.children].map((c) => Math.round(c.getBoundingClientRect().top))).size);
    return {
      title: bottom('.title'),
      date: bottom('.meta'),
      filters: top('.filters'),
      filtersEnd: bottom('.filters'),
      rows,
      search: bottom('.search'),
      carousel: top('.carousel'),
      quote: top('.slide.current .quote-text'),
      quoteEnd: bottom('.slide.current .quote-text'),
      clamped: root.querySelector('.slide.current .quote-text').scrollHeight > root.querySelector('.slide.current .quote-text').clientHeight + 1,
      cards: top('.cards'),
    };
  });
}

for (const locale of ['de', 'en']) {
  test(`a 390x844 phone (${locale}): title, date, filters in one row per group, and the first quote start above 700 px`, async () => {
    const page = await openPage(env, widgetPage([{ locale, 'url-state': 'off' }]), { width: 390, height: 844 });
    const widget = await readyRecap(page);
    const at = await positions(widget);
    console.log(`390x844 ${locale}: ${JSON.stringify(at)}`);
    assert.ok(at.date < 844, `the date on the first screen (${at.date})`);
    assert.deepEqual(at.rows, [1, 1], 'each group is one row of toggles');
    assert.ok(at.search < 844, `the search on the first screen (${at.search})`);
    assert.ok(at.quote < 700, `the first quote starts at ${at.quote} px`);
    await shot(page, `first-screen-390-${locale}`);
    await page.context().close();
  });

  test(`a 1280x900 desktop (${locale}): the first quote and the top of the cards above 900 px`, async () => {
    const page = await openPage(env, widgetPage([{ locale, 'url-state': 'off' }]), { width: 1280, height: 900 });
    const widget = await readyRecap(page);
    const at = await positions(widget);
    console.log(`1280x900 ${locale}: ${JSON.stringify(at)}`);
    assert.ok(at.quoteEnd < 900, `the first quote (clamped: ${at.clamped}) ends at ${at.quoteEnd} px`);
    assert.ok(at.cards < 900, `the cards start at ${at.cards} px`);
    await page.context().close();
  });
}

test('a first quote shorter than the clamp is shown in full on a desktop', async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/people.json?n=40&seed=3', 'url-state': 'off' }]), { width: 1280, height: 900 });
  const widget = await readyRecap(page);
  const at = await positions(widget);
  assert.equal(at.clamped, false, 'not clamped');
  assert.ok(at.quoteEnd < 900 && at.cards < 900, JSON.stringify(at));
  await page.context().close();
});

test('320 px: rows of toggles scroll sideways, the page does not', async () => {
  const page = await openPage(env, widgetPage([{ locale: 'en', 'url-state': 'off' }]), { width: 320, height: 700 });
  const widget = await readyRecap(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(await overflow() <= 0, 'no horizontal overflow of the page');
  const row = widget.getByRole('group', { name: 'Sector' }).locator('.chips');
  const scrolled = await row.evaluate((chips) => { chips.scrollLeft = 10_000; return chips.scrollLeft; });
  assert.ok(scrolled > 0, 'the row of toggles scrolls');
  assert.equal(await page.evaluate(() => window.scrollX), 0, 'the page stays');
  assert.ok(await overflow() <= 0);
  await page.context().close();
});

test('every toggle can be reached with Tab and scrolls into view when focused', async () => {
  const page = await openPage(env, widgetPage([{ 'url-state': 'off' }]), { width: 390, height: 844 });
  const widget = await readyRecap(page);
  await widget.getByRole('button', { name: 'Mehr zur Konferenz' }).or(widget.locator('summary')).first().focus();
  const toggles = await widget.locator('.chip').count();
  const reached = new Set();
  for (let i = 0; i < 30 && reached.size < toggles; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const active = document.querySelector('recap-widget').shadowRoot.activeElement;
      if (!active?.classList.contains('chip')) return null;
      const row = active.parentElement.getBoundingClientRect();
      const box = active.getBoundingClientRect();
      return { name: active.textContent, inView: box.left >= row.left - 1 && box.right <= row.right + 1 };
    });
    if (focus) {
      assert.ok(focus.inView, `${focus.name} is scrolled into view`);
      reached.add(focus.name);
    }
  }
  assert.equal(reached.size, toggles, `every toggle reached: ${[...reached].join(', ')}`);
  await page.context().close();
});

test('printing shows the folded parts', async () => {
  const page = await openPage(env, widgetPage([{ 'url-state': 'off' }]), { width: 1280, height: 900 });
  const widget = await readyRecap(page);
  await page.emulateMedia({ media: 'print' });
  const summary = widget.locator('.summary');
  assert.ok(await summary.isVisible(), 'the summary under "Mehr zur Konferenz" prints');
  assert.ok(await widget.locator('.about-body').isVisible(), 'the about boxes print');
  await page.context().close();
});
