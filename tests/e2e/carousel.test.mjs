// The quote carousel through its contract: roles, names, buttons, keys,
// touch swipe on a phone viewport, "Zitat anzeigen", inert slides, sharing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, openPageWithClock, readyRecap, eventually, widgetPage, settled, settledFrames } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.close(); });

const currentLabel = (widget) => widget.locator('[aria-roledescription=slide]:not([inert])').getAttribute('aria-label');

test('buttons, arrow keys and inert slides', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  const carousel = widget.getByRole('region', { name: 'Zitate' });
  assert.equal(await carousel.getAttribute('aria-roledescription'), 'carousel');
  assert.equal(await currentLabel(widget), '1 von 13');
  const slides = widget.locator('[aria-roledescription=slide]');
  for (let i = 0; i < await slides.count(); i += 1) {
    const slide = slides.nth(i);
    assert.equal(await slide.getAttribute('role'), 'group', 'slides are groups');
  }
  assert.equal(await widget.locator('[aria-roledescription=slide][inert]').count(), 2, 'both hidden neighbours are inert');
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  assert.equal(await currentLabel(widget), '2 von 13', 'next button');
  await widget.getByRole('button', { name: 'Vorheriges Zitat' }).click();
  await widget.getByRole('button', { name: 'Vorheriges Zitat' }).click();
  assert.equal(await currentLabel(widget), '13 von 13', 'previous wraps to the last');
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await currentLabel(widget), '1 von 13', 'ArrowRight wraps to the first');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await currentLabel(widget), '1 von 13', 'ArrowLeft');
  const figure = widget.locator('[aria-roledescription=slide]:not([inert]) figcaption');
  assert.ok((await figure.textContent()).includes('Sirko Scheffler'), 'speaker name under the quote');
  await page.context().close();
});

test('touch swipe on a 390x844 phone; a vertical gesture scrolls instead', async () => {
  const page = await openPage(env, '/dist/index.html', { width: 390, height: 844, touch: true });
  const widget = await readyRecap(page);
  const viewport = widget.locator('.viewport');
  await viewport.scrollIntoViewIfNeeded();
  const box = await viewport.boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const touch = async (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
  });
  // The moves follow each other without pauses: the widget measures a swipe
  // by the events' timeStamps, and one over a third of the width counts at
  // any speed.
  const swipe = async (fromX, toX, fromY, toY, steps = 8) => {
    await touch('touchStart', fromX, fromY);
    for (let i = 1; i <= steps; i += 1) {
      await touch('touchMove', fromX + ((toX - fromX) * i) / steps, fromY + ((toY - fromY) * i) / steps);
    }
    await touch('touchEnd');
  };
  // A point inside the slide and on screen (a long quote is taller than the phone).
  const y = Math.min(Math.max(box.y + 60, 120), box.y + box.height - 60, 600);
  await swipe(box.x + box.width * 0.8, box.x + box.width * 0.15, y, y + 10);
  await eventually(() => currentLabel(widget), '2 von 13', 'a swipe to the left shows the next quote');
  await swipe(box.x + box.width * 0.15, box.x + box.width * 0.85, y, y);
  await eventually(() => currentLabel(widget), '1 von 13', 'a swipe to the right goes back');
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await swipe(box.x + box.width / 2, box.x + box.width / 2 + 12, y + 150, y - 150);
  // The page scrolling is the gesture's visible result; once it shows, and the
  // renders the gesture could have started are done, the carousel must not have moved.
  await eventually(async () => (await page.evaluate(() => window.scrollY)) > scrollBefore, true, 'and scrolls the page');
  await settled(page);
  assert.equal(await currentLabel(widget), '1 von 13', 'a vertical gesture does not move the carousel');
  await page.context().close();
});

test('long quotes on a 320 px phone: no overflow, and the carousel keeps its height', async () => {
  const page = await openPage(env, '/dist/index.html', { width: 320, height: 700 });
  const widget = await readyRecap(page);
  // The space the carousel takes on the page: the box plus its reserved height.
  const carousel = widget.locator('.carousel-slot');
  const heights = [];
  for (let i = 0; i < 13; i += 1) {
    heights.push(Math.round((await carousel.boundingBox()).height));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `slide ${i + 1}: ${overflow}px horizontal overflow`);
    await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  }
  assert.equal(new Set(heights).size, 1, `the page does not jump between slides: heights ${heights.join(', ')}`);
  await page.context().close();
});

test('long quotes are clamped, and "Weiterlesen" opens and closes the whole text', async () => {
  const page = await openPage(env, '/dist/index.html', { width: 390, height: 844 });
  // Errors a host page's error tracker would see, such as a ResizeObserver loop.
  await page.addInitScript(() => {
    window.__errors = [];
    window.addEventListener('error', (e) => window.__errors.push(e.message));
  });
  await page.reload();
  const widget = await readyRecap(page);
  // The space the carousel takes on the page: the box plus its reserved height.
  const carousel = widget.locator('.carousel-slot');
  const height = async () => { await settled(page); return Math.round((await carousel.boundingBox()).height); };
  // How much of the current quote's text is cut off.
  const hidden = () => widget.locator('.slide.current .quote-text').evaluate((el) => el.scrollHeight - el.clientHeight);
  const more = widget.getByRole('button', { name: 'Weiterlesen' });
  await more.waitFor();
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  const controlled = await more.getAttribute('aria-controls');
  assert.equal(await widget.locator(`#${controlled}`).count(), 1, 'the button names the text it opens');
  assert.ok(await hidden() > 100, 'the long first quote is clamped');
  const onQuote = await more.evaluate((button) => button.getBoundingClientRect().bottom <= button.parentElement.querySelector('blockquote').getBoundingClientRect().bottom + 0.5);
  assert.ok(onQuote, '"Weiterlesen" sits on the faded end of the quote, in no row of its own');
  const clamped = await height();
  assert.ok(clamped < 844, `the carousel fits on the phone's screen: ${clamped} px`);

  await more.focus();
  await page.keyboard.press('Enter');
  const less = widget.getByRole('button', { name: 'Weniger anzeigen' });
  assert.equal(await less.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('recap-widget').shadowRoot.activeElement?.textContent), 'Weniger anzeigen', 'focus stays on the button');
  assert.ok(await hidden() <= 1, 'the whole quote shows');
  assert.ok(await height() > clamped + 300, 'the carousel grows with it');
  await less.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'false', 'closes again');
  assert.equal(await height(), clamped, 'back to the clamped height');

  await more.click();
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  assert.equal(await currentLabel(widget), '2 von 13');
  assert.equal(await widget.getByRole('button', { name: /^(Weiterlesen|Weniger anzeigen)$/ }).count(), 0, 'a short quote has no button');
  const gap = await widget.locator('.slide.current figure').evaluate((figure) => figure.querySelector('figcaption').getBoundingClientRect().top - figure.querySelector('.quote-text').getBoundingClientRect().bottom);
  assert.ok(gap <= 16, `no empty row between a short quote and its speaker: ${gap} px`);
  assert.equal(await height(), clamped, 'an opened quote does not leave its height behind');
  const box = Math.round((await widget.getByRole('region', { name: 'Zitate' }).boundingBox()).height);
  assert.ok(box < clamped - 40, `the box fits the short quote (${box} px), the reserved height (${clamped} px) is outside it`);
  await widget.getByRole('button', { name: 'Vorheriges Zitat' }).click();
  assert.equal(await more.getAttribute('aria-expanded'), 'false', 'coming back, the quote is clamped again');

  // Printing lifts the height limit, so the quote fits while it is printed:
  // the widget keeps the screen's state then (no focus needed to hold the
  // clamp), and the print rules meet a clamped quote. The observers get the
  // print layout's sizes before the read below.
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.body.focus());
  await page.emulateMedia({ media: 'print' });
  await settled(page);
  const printed = await widget.locator('.slide.current .quote-text').evaluate((el) => {
    const style = getComputedStyle(el);
    return { clamped: el.classList.contains('clamped'), maxHeight: style.maxHeight, mask: style.maskImage };
  });
  assert.deepEqual(printed, { clamped: true, maxHeight: 'none', mask: 'none' }, 'printed in full, without the fade');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await page.evaluate(() => window.__errors), [], 'no errors on the page');
  await page.context().close();
});

test('a clamped quote that fits a wider screen loses its clamp, unless its button has the focus', async () => {
  const page = await openPage(env, '/dist/index.html?recap-quote=schubert-ozg', { width: 390, height: 844 });
  const widget = await readyRecap(page);
  const more = widget.getByRole('button', { name: 'Weiterlesen' });
  await more.waitFor();
  const clamped = () => widget.locator('.slide.current .quote-text').evaluate((el) => el.classList.contains('clamped'));
  assert.equal(await clamped(), true, 'clamped on the phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await eventually(clamped, false, 'the whole quote shows on the desktop');
  assert.equal(await more.count(), 0, 'without the button');
  await page.setViewportSize({ width: 390, height: 844 });
  await eventually(clamped, true, 'clamped again on the phone');
  await more.focus();
  await page.setViewportSize({ width: 1280, height: 900 });
  await settled(page);
  assert.equal(await more.count(), 1, 'the focused button does not vanish');
  assert.equal(await page.evaluate(() => document.querySelector('recap-widget').shadowRoot.activeElement?.textContent), 'Weiterlesen', 'and keeps the focus');
  await page.context().close();
});

test('a one-line quote has no empty space under it', async () => {
  const page = await openPage(env, widgetPage([{ src: '/gen/people.json?n=12&seed=3', 'url-state': 'off' }]), { width: 1280, height: 900 });
  const widget = await readyRecap(page);
  const { height, gap } = await widget.locator('.slide.current figure').evaluate((figure) => {
    const text = figure.querySelector('.quote-text').getBoundingClientRect();
    return { height: text.height, gap: figure.querySelector('figcaption').getBoundingClientRect().top - text.bottom };
  });
  assert.ok(height < 40, `the generated quote is one line: ${height} px`);
  assert.ok(gap <= 16, `its speaker follows it: ${gap} px below the text`);
  await page.context().close();
});

test('opening a quote in full stops the autoplay', async () => {
  const path = `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify([{ autoplay: '4', 'url-state': 'off' }]))}`;
  // Autoplay time runs on Playwright's fake clock: it moves only with runFor.
  const page = await openPageWithClock(env, path, { width: 390, height: 844 });
  const widget = await readyRecap(page);
  await page.mouse.move(0, 0);
  // A click without moving the mouse there, so hovering does not pause it.
  await widget.getByRole('button', { name: 'Weiterlesen' }).dispatchEvent('click');
  await widget.getByRole('button', { name: 'Weniger anzeigen' }).waitFor();
  await settledFrames(page);
  await page.clock.runFor(4600);
  await settledFrames(page);
  assert.equal(await currentLabel(widget), '1 von 13', 'the opened quote stays');
  assert.ok(await widget.getByRole('button', { name: 'Automatischen Wechsel starten' }).isVisible(), 'offers play');
  await page.context().close();
});

test('"Zitat anzeigen" brings the quote up and moves focus there', async () => {
  const page = await openPage(env, '/dist/index.html');
  const widget = await readyRecap(page);
  const card = widget.getByRole('article', { name: 'Mario Jandeck' });
  await card.getByRole('button', { name: 'Zitat anzeigen' }).click();
  const current = widget.locator('[aria-roledescription=slide]:not([inert])');
  assert.ok((await current.innerText()).includes('Angesichts der wachsenden Cyberbedrohungen'));
  const focused = await page.evaluate(() => {
    const host = document.querySelector('recap-widget');
    return host.shadowRoot.activeElement?.getAttribute('aria-roledescription');
  });
  assert.equal(focused, 'slide', 'focus is on the shown slide');
  assert.equal(await widget.getByRole('article', { name: 'Prof. Dr. Gunnar Auth' }).getByRole('button').count(), 0, 'a person without a quote has no button');
  await page.context().close();
});

test('jumps to a quote ("Zitat anzeigen", back and forward) keep the height reached so far', async () => {
  const page = await openPage(env, '/dist/index.html', { width: 390, height: 844 });
  const widget = await readyRecap(page);
  // The space the carousel takes on the page: the box plus its reserved height.
  const carousel = widget.locator('.carousel-slot');
  const current = widget.locator('[aria-roledescription=slide]:not([inert])');
  const heights = [];
  const buttons = widget.getByRole('button', { name: 'Zitat anzeigen' });
  const count = await buttons.count();
  assert.ok(count >= 10, `${count} people with a quote`);
  for (let i = 0; i < count; i += 1) {
    const before = await current.getAttribute('aria-label');
    await buttons.nth(i).click();
    await eventually(() => current.getAttribute('aria-label').then((label) => label !== before || i === 0), true, `jump ${i + 1} shows its quote`);
    await settled(page);
    heights.push(Math.round((await carousel.boundingBox()).height));
  }
  for (let i = 0; i < 4; i += 1) {
    await page.goBack();
    await settled(page);
    heights.push(Math.round((await carousel.boundingBox()).height));
  }
  for (let i = 1; i < heights.length; i += 1) {
    assert.ok(heights[i] >= heights[i - 1], `the carousel shrank from ${heights[i - 1]} to ${heights[i]} px at jump ${i + 1}: ${heights.join(', ')}`);
  }
  await page.context().close();
});

test('sharing copies the link with the quote key where Web Share is missing', async () => {
  const page = await openPage(env, '/dist/index.html?host=1');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const widget = await readyRecap(page);
  await page.evaluate(() => { delete Navigator.prototype.share; });
  await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
  await widget.locator('[aria-roledescription=slide]:not([inert])').getByRole('button', { name: 'Zitat teilen' }).click();
  await widget.getByText('Link kopiert').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  assert.equal(url.searchParams.get('recap-quote'), 'schloemer-netzwerke', copied);
  assert.equal(url.searchParams.get('host'), '1', 'host keys are kept in the shared link');
  await page.context().close();
});

test('autoplay: rotates, pauses on hover, stops on keyboard focus, never under reduced motion', async () => {
  const path = `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify([{ autoplay: '2', 'url-state': 'off' }]))}`;
  // Autoplay time runs on Playwright's fake clock: it moves only with runFor,
  // and each step waits for the widget to have reacted before time moves on.
  const page = await openPageWithClock(env, path);
  const widget = await readyRecap(page);
  await page.mouse.move(0, 0);
  const pause = widget.getByRole('button', { name: 'Automatischen Wechsel anhalten' });
  assert.ok(await pause.isVisible(), 'a pause button with autoplay');
  const carouselButtons = await widget.getByRole('region', { name: 'Zitate' }).getByRole('button').allTextContents();
  assert.equal(carouselButtons[0], 'Automatischen Wechsel anhalten', 'pause/play comes first in tab order');
  await settledFrames(page);
  await page.clock.runFor(2600);
  await eventually(() => currentLabel(widget), '2 von 13', 'rotated after 2 s');
  await widget.locator('.viewport').hover();
  await settledFrames(page);
  await page.clock.runFor(2600);
  await settledFrames(page);
  assert.equal(await currentLabel(widget), '2 von 13', 'paused while hovered');
  await page.mouse.move(0, 0);
  await pause.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await settledFrames(page);
  await page.clock.runFor(2600);
  await settledFrames(page);
  assert.equal(await currentLabel(widget), '2 von 13', 'stopped once keyboard focus entered');
  assert.ok(await widget.getByRole('button', { name: 'Automatischen Wechsel starten' }).isVisible(), 'offers play');
  await page.context().close();

  const still = await openPageWithClock(env, path, { reducedMotion: 'reduce' });
  const stillWidget = await readyRecap(still);
  await settledFrames(still);
  await still.clock.runFor(2600);
  await settledFrames(still);
  assert.equal(await currentLabel(stillWidget), '1 von 13', 'no rotation under prefers-reduced-motion');
  assert.equal(await stillWidget.getByRole('button', { name: /Automatischen Wechsel/ }).count(), 0);
  await still.context().close();
});

test('moving through every quote at 1280 px leaves no ResizeObserver notification undelivered', async () => {
  const page = await openPage(env, '/dist/index.html', { width: 1280, height: 900 });
  const widget = await readyRecap(page);
  for (let i = 2; i <= 14; i += 1) {
    await widget.getByRole('button', { name: 'Nächstes Zitat' }).click();
    await eventually(() => currentLabel(widget), `${((i - 1) % 13) + 1} von 13`, 'the carousel moved');
    // The observers report in the rendering updates after the move.
    await settled(page);
    await settled(page);
  }
  assert.deepEqual(page.benignErrors, [], 'no "ResizeObserver loop completed with undelivered notifications"');
  await page.context().close();
});
