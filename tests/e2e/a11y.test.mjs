// Accessibility: zero axe-core violations in every state at phone and
// desktop width, everything reachable and visibly focused with the keyboard,
// and at 320 px no horizontal overflow and 44 px touch targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, axe, readyRecap, readyError, widgetPage, shot, eventually, status, animationsDone } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const STATES = {
  initial: async () => {},
  filtered: async (widget) => {
    await widget.getByRole('button', { name: /^Thüringen/ }).click();
    await eventually(() => widget.getByRole('button', { name: /^Thüringen/ }).getAttribute('aria-pressed'), 'true', 'the filter is on');
    await eventually(async () => (await status(widget).textContent()) !== '14 von 14 Personen', true, 'the status follows the filter');
  },
  'no match': async (widget) => {
    await widget.getByRole('searchbox', { name: 'Suche' }).fill('niemand heißt so');
    await eventually(() => status(widget).textContent(), '0 von 14 Personen', 'no match reached');
  },
  'carousel moved': async (widget) => {
    await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
    await eventually(() => widget.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label'), '2 von 13', 'the carousel moved');
  },
  'quote opened': async (widget) => {
    await widget.getByRole('button', { name: 'Weiterlesen' }).click();
    await eventually(() => widget.getByRole('button', { name: 'Weniger anzeigen' }).getAttribute('aria-expanded'), 'true', 'the quote opened');
  },
};

for (const [width, height] of [[390, 844], [1280, 900]]) {
  for (const [state, act] of Object.entries(STATES)) {
    test(`axe: ${state} at ${width}x${height}`, async () => {
      const page = await openPage(env, '/dist/index.html', { width, height });
      const widget = await readyRecap(page);
      await act(widget);
      // The state is reached; the slide's fade-in (opacity) must be over
      // before axe measures contrast.
      await animationsDone(page);
      await axe(page, `${state} ${width}px`);
      console.log(`screenshot: ${await shot(page, `${state.replace(' ', '-')}-${width}`)}`);
      await page.context().close();
    });
  }
  test(`axe: error view at ${width}x${height}`, async () => {
    const page = await openPage(env, widgetPage([{ src: '/fault/404', 'url-state': 'off' }]), { width, height });
    page.expectConsoleErrors(/^HTTP 404 for .*\/fault\/404$/);
    await readyError(page);
    await axe(page, `error view ${width}px`);
    console.log(`screenshot: ${await shot(page, `error-${width}`)}`);
    await page.context().close();
  });
  test(`axe: English UI at ${width}x${height}`, async () => {
    const page = await openPage(env, widgetPage([{ locale: 'en', 'url-state': 'off' }]), { width, height });
    await readyRecap(page);
    await axe(page, `English ${width}px`);
    console.log(`screenshot: ${await shot(page, `english-${width}`)}`);
    await page.context().close();
  });
}

/** Every control inside the widget, described for messages. */
async function controls(page) {
  return page.evaluate(() => {
    const root = document.querySelector('recap-widget').shadowRoot;
    return [...root.querySelectorAll('button, input, a[href], summary')]
      .filter((el) => !el.closest('[inert]') && !el.disabled && el.getClientRects().length > 0)
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('type') || '').trim().slice(0, 40);
        return { name: `${el.tagName.toLowerCase()} "${name}"`, width: r.width, height: r.height, inline: el.tagName === 'A' };
      });
  });
}

test('keyboard: every control is reachable with Tab and visibly focused', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  await widget.locator('details').evaluateAll((all) => { for (const d of all) d.open = true; });
  const all = (await controls(page)).map((c, i) => `${i}: ${c.name}`);
  const reached = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < all.length + 10; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const root = document.querySelector('recap-widget').shadowRoot;
      const el = root.activeElement;
      if (!el) return null;
      // The same list, in the same order, as controls(): identity by position.
      const list = [...root.querySelectorAll('button, input, a[href], summary')]
        .filter((c) => !c.closest('[inert]') && !c.disabled && c.getClientRects().length > 0);
      const style = getComputedStyle(el);
      const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('type') || '').trim().slice(0, 40);
      return { name: `${list.indexOf(el)}: ${el.tagName.toLowerCase()} "${name}"`, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (!focused) continue;
    assert.ok(focused.outline !== 'none' && focused.width >= 2, `${focused.name} has a visible focus outline (${focused.outline} ${focused.width}px)`);
    reached.add(focused.name);
  }
  const missed = all.filter((name) => !reached.has(name));
  assert.deepEqual(missed, [], 'controls not reachable with Tab');
  await page.context().close();
});

test('320 px: no horizontal overflow and every control at least 44x44', async () => {
  for (const path of ['/dist/index.html', widgetPage([{ src: '/fixtures/items/odd-unicode.json', 'url-state': 'off' }]), widgetPage([{ src: '/fixtures/items/hostile-markup.json', 'url-state': 'off' }])]) {
    const page = await openPage(env, path, { width: 320, height: 700 });
    const widget = await readyRecap(page);
    await widget.locator('details').evaluate((d) => { d.open = true; }).catch(() => {});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path}: horizontal overflow of ${overflow}px at 320px`);
    const small = (await controls(page)).filter((c) => !c.inline && (c.width < 44 || c.height < 44));
    assert.deepEqual(small.map((c) => `${c.name} ${Math.round(c.width)}x${Math.round(c.height)}`), [], `${path}: controls under 44x44`);
    console.log(`screenshot: ${await shot(page, `phone-320-${path.includes('hostile') ? 'hostile' : path.includes('odd') ? 'unicode' : 'shipped'}`)}`);
    await page.context().close();
  }
});
