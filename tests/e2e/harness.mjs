// Shared set-up of the end-to-end suite: the local server, headless
// Chromium (Debian's, through playwright-core), pages that record console
// errors and every request, and helpers that report failures with the
// state, the element and the expectation.
//
// Importing this module installs an `afterEach` in the test file: every
// page that `openPage` (or `watchPage`) set up fails the test that ran with
// an unexpected console error (a page error, an HTTP status of 400 or more,
// a CSP violation). A test that causes errors on purpose says which, with
// `page.expectConsoleErrors(/pattern/)`; each pattern must then match. The
// ResizeObserver loop notice is reported, not counted (BENIGN).
import { afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ERROR_EVENTS_TO_CONSOLE, READY_RECORDER, poll, recordConsole, until } from '../common/browser.mjs';

export { until };

export const SHOTS = fileURLToPath(new URL('./out/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

/** The open pages of this file, each with how many of its errors were checked. */
const watched = new Map();
let opened = 0;

afterEach((t) => {
  const problems = [];
  for (const [page, checked] of watched) {
    const fresh = page.consoleErrors.slice(checked);
    watched.set(page, page.consoleErrors.length);
    const unexpected = fresh.filter((text) => !page.expectedErrors.some((re) => re.test(text)));
    if (unexpected.length) problems.push(`${page.label}: unexpected console errors:\n  ${unexpected.join('\n  ')}`);
    const unmet = page.expectedErrors.filter((re) => !page.consoleErrors.some((text) => re.test(text)));
    if (unmet.length) problems.push(`${page.label}: expected console errors that never came: ${unmet.join(', ')}`);
    page.expectedErrors = page.expectedErrors.filter((re) => !unmet.includes(re));
    const benign = page.benignErrors.splice(0);
    if (benign.length) t.diagnostic(`${page.label}: not counted as errors (tests/common/browser.mjs, BENIGN): ${[...new Set(benign)].map((e) => `${e} ×${benign.filter((b) => b === e).length}`).join('; ')}`);
    if (page.isClosed()) watched.delete(page);
  }
  assert.ok(problems.length === 0, problems.join('\n'));
});

/** Headless Chromium (tests/common/browser.mjs) as every suite launches it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function setUp() {
  const server = await startServer();
  const browser = await launchChromium();
  return {
    origin: server.origin,
    /** A response the test feeds chunk by chunk (server.mjs, `drip`). */
    drip: server.drip,
    /** Serves a deployment under /deploy/ (server.mjs, `deploy`). */
    deploy: server.deploy,
    deployRequests: server.deployRequests,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context and page that records requests, console warnings and
 * errors (`consoleErrors`; the benign ResizeObserver notice apart in
 * `benignErrors`), checked after the test (see the top of this file).
 */
export async function openPage(env, path, { width = 1280, height = 900, touch = false, reducedMotion = 'no-preference', javaScript = true } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    hasTouch: touch,
    isMobile: touch,
    reducedMotion,
    javaScriptEnabled: javaScript,
  });
  const page = await watchPage(await context.newPage(), path);
  if (path) await page.goto(env.origin + path);
  return page;
}

/**
 * Makes `page` (of a context the test made) record as openPage's pages do,
 * and checked after the test the same way. `path` only names it in reports.
 */
export async function watchPage(page, path) {
  // Errors of the test's own axe (it breaks a strict CSP itself) are not the page's.
  const record = recordConsole(page, { fromTool: (message) => message.location().url?.includes('/axe/') });
  page.consoleErrors = record.errors;
  page.benignErrors = record.benign;
  page.consoleWarnings = record.warnings;
  page.expectedErrors = [];
  /** Declares console errors this test causes on purpose (each must then occur). */
  page.expectConsoleErrors = (...patterns) => { page.expectedErrors.push(...patterns); };
  /** Waits until a console error matching `pattern` has come (one the test declared). */
  page.consoleErrorCame = (pattern) => until(() => page.consoleErrors.some((text) => pattern.test(text)), Boolean, `a console error ${pattern}`, 20000);
  opened += 1;
  page.label = `page ${opened}${path ? ` (${path.slice(0, 80)})` : ''}`;
  watched.set(page, 0);
  await page.addInitScript(`${ERROR_EVENTS_TO_CONSOLE}\n${READY_RECORDER}`);
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  return page;
}

/** No axe-core violation on the page in its current `state`. */
export async function axe(page, state) {
  // From the test origin, so that the standalone page's own CSP allows it.
  await page.addScriptTag({ url: '/axe/axe.min.js' });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join('; ')}`);
  });
  assert.deepEqual(result, [], `axe violations in state "${state}"`);
}

/** A host page with widgets configured by attribute maps. */
export function widgetPage(configs, extra = '') {
  return `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify(configs))}${extra}`;
}

/** The widget: `target` itself (a Locator), or the `index`th <recap-widget> of the page `target`. */
const widgetOf = (target, index) => (typeof target.goto === 'function' ? target.locator('recap-widget').nth(index) : target);

/**
 * Waits for the widget's ready signal: it matches
 * `recap-widget:state(ready)` and has sent `recap-ready`, more than `since`
 * times (a retry's signal, not the one before it). Returns that event's
 * detail: `{ speakers, quotes }`, or `{ error }` for the error view. Tests
 * wait with `readyRecap` or `readyError`, which say which one they expect.
 */
export async function ready(target, index = 0, { since = 0, timeout = 20000 } = {}) {
  const widget = widgetOf(target, index);
  const signal = () => widget.evaluate((host) => (host.matches(':state(ready)') ? host.__recapReady ?? { count: 0, detail: null } : null), null, { timeout });
  const { detail } = await until(signal, (s) => s !== null && s.count > since, `the widget's ready signal (:state(ready) and recap-ready${since ? `, after the first ${since}` : ''})`, timeout);
  return detail;
}

// The helpers below also wait for the view's heading or alert, so that a
// test goes on with the element it reads (the signal comes once the view is
// on screen: hosts.test.mjs).

/** Waits until the widget shows its recap (the live widget, not a snapshot); its error view fails the test. */
export async function readyRecap(target, index = 0, options = {}) {
  const detail = await ready(target, index, options);
  assert.ok(detail && !('error' in detail) && Number.isInteger(detail.speakers) && Number.isInteger(detail.quotes), `the recap, not the error view: recap-ready ${JSON.stringify(detail)}`);
  const widget = widgetOf(target, index);
  await widget.getByRole('heading', { level: 2 }).first().waitFor({ timeout: options.timeout ?? 20000 });
  return widget;
}

/** Waits until the widget shows its error view; the recap fails the test. Returns the widget, its alert and the message. */
export async function readyError(target, index = 0, options = {}) {
  const detail = await ready(target, index, options);
  assert.ok(typeof detail?.error === 'string' && detail.error !== '', `the error view, not the recap: recap-ready ${JSON.stringify(detail)}`);
  const widget = widgetOf(target, index);
  const alert = widget.getByRole('alert');
  await alert.waitFor({ timeout: options.timeout ?? 20000 });
  return { widget, alert, error: detail.error };
}

export function status(widget) {
  return widget.locator('.filters [role=status]');
}

/** The accessible names of the pressed/unpressed toggle buttons of a group. */
export async function groupButtons(widget, legend) {
  const group = widget.getByRole('group', { name: legend, exact: true });
  return group.getByRole('button').allTextContents();
}

/** Waits two animation frames: layout, resize observers and the renders they start are done. */
export function settled(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export async function shot(page, name) {
  const file = `${SHOTS}${name}.png`;
  // Cards off screen are skipped by `content-visibility: auto` until a visitor
  // scrolls near them; a full-page screenshot would show them as blank space.
  // For the picture only, they are rendered (through the CSSOM, which the
  // strict CSP allows), then the page is put back as it was.
  const shown = (on) => page.evaluate((on) => {
    for (const host of document.querySelectorAll('recap-widget')) {
      const sheet = host.shadowRoot?.querySelector('link[rel=stylesheet]')?.sheet;
      if (!sheet) continue;
      if (on) sheet.insertRule('.cards > li { content-visibility: visible; }', sheet.cssRules.length);
      else if (sheet.cssRules[sheet.cssRules.length - 1]?.cssText.startsWith('.cards > li { content-visibility: visible')) sheet.deleteRule(sheet.cssRules.length - 1);
    }
  }, on);
  await shown(true);
  try {
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await shown(false);
  }
  return file;
}

/** Folding as the spec describes it, written independently of the Rust code. */
export function fold(text) {
  const lower = text.toLowerCase();
  const strip = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
  const plain = strip(lower);
  const spelled = strip(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
  return { plain, spelled };
}

export function matchesSearch(haystack, query) {
  const q = query.trim().split(/\s+/).join(' ');
  if (!q) return true;
  const t = fold(haystack);
  const f = fold(q);
  return t.plain.includes(f.plain) || t.spelled.includes(f.spelled);
}

/** Polls `read` until it returns `expected` (Yew renders asynchronously). */
export async function eventually(read, expected, message, timeout = 3000) {
  const last = await poll(read, (actual) => JSON.stringify(actual) === JSON.stringify(expected), timeout);
  if (!last.ok && last.error) throw last.error;
  assert.deepEqual(last.value, expected, message);
}

/**
 * Like `settled`, also on a page with Playwright's fake clock (which fakes
 * `requestAnimationFrame`): waits for two of the browser's real rendering
 * updates, taking the ResizeObserver deliveries the clock does not control.
 * A first observation is always delivered in the next rendering update.
 */
export function settledFrames(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const observe = (then) => {
      const observer = new ResizeObserver(() => { observer.disconnect(); afterTask(then); });
      observer.observe(document.documentElement);
    };
    // The second observer starts after the first one's delivery, in a task
    // (a message, which the fake clock leaves alone): one started inside a
    // ResizeObserver callback is itself the "loop completed with undelivered
    // notifications" error that the page would then report.
    const afterTask = (then) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => { port1.close(); then(); };
      port2.postMessage(null);
    };
    observe(() => observe(resolve));
  }));
}

/**
 * Like `openPage`, with Playwright's fake clock installed and paused before
 * the page loads: the page's timers (setTimeout, setInterval,
 * requestAnimationFrame, Date, performance.now) stand still until the test
 * moves time with `page.clock.runFor(ms)`. Use `settledFrames`, not `settled`.
 */
export async function openPageWithClock(env, path, options = {}) {
  const page = await openPage(env, undefined, options);
  const start = Date.UTC(2026, 0, 5, 9, 0, 0);
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1000);
  if (path) await page.goto(env.origin + path);
  return page;
}

/**
 * Counts the bytes a page's reader has taken of responses whose URL has
 * `part` (a drip, say): with a fake clock, a test must know that a chunk
 * has reached the widget before it moves time on. Call before `goto`.
 */
export async function countReceived(page, part) {
  await page.addInitScript((part) => {
    window.__received = 0;
    const fetch = window.fetch;
    window.fetch = async (...args) => {
      const response = await fetch(...args);
      const url = args[0] instanceof Request ? args[0].url : String(args[0]);
      if (!url.includes(part) || !response.body) return response;
      // A chunk goes through (and is counted) when the reader asks for it.
      const counted = response.body.pipeThrough(new TransformStream({
        transform(chunk, controller) {
          window.__received += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }));
      return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  }, part);
}

/** Waits (in real time) until the page's reader has taken `bytes` bytes. */
export async function received(page, bytes) {
  await page.waitForFunction((bytes) => window.__received >= bytes, bytes, { timeout: 20000 });
}

/**
 * Waits until the CSS animations and transitions running in the page and in
 * the widgets' shadow roots have finished (a slide fading in, for example),
 * then for `settled`.
 */
export async function animationsDone(page) {
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll('recap-widget')].map((host) => host.shadowRoot).filter(Boolean)];
    const running = roots.flatMap((root) => root.getAnimations())
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.all(running.map((animation) => animation.finished.catch(() => {})));
  });
  await settled(page);
}
