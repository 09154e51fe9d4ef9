// Shared set-up of the end-to-end suite: the local server, headless
// Chromium (Debian's, through playwright-core), pages that record console
// errors and every request, and helpers that report failures with the
// state, the element and the expectation.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

export const SHOTS = fileURLToPath(new URL('./out/screenshots/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Headless Chromium (Debian's, or $CHROMIUM) as every suite launches it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
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

/** A fresh context and page that records console errors and requests. */
export async function openPage(env, path, { width = 1280, height = 900, touch = false, reducedMotion = 'no-preference' } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    hasTouch: touch,
    isMobile: touch,
    reducedMotion,
  });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.consoleWarnings = [];
  page.requests = [];
  page.on('console', (message) => {
    // Failed loads are reported with their URL by the response listener below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) page.consoleErrors.push(message.text());
    if (message.type() === 'warning') page.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => page.consoleErrors.push(`page error: ${error.message}`));
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) page.consoleErrors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  if (path) await page.goto(env.origin + path);
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
  (await import('node:assert/strict')).default.deepEqual(result, [], `axe violations in state "${state}"`);
}

/** A host page with widgets configured by attribute maps. */
export function widgetPage(configs, extra = '') {
  return `/e2e/widget.html?cfg=${encodeURIComponent(JSON.stringify(configs))}${extra}`;
}

/**
 * Waits until the widget (by index) shows its recap or its error view: the
 * live widget, not a prerendered snapshot (whose controls do nothing yet).
 */
export async function ready(page, index = 0) {
  const widget = page.locator('recap-widget').nth(index);
  await widget.locator('.mount:not([data-snapshot]) .layout, [role=alert]').first().waitFor({ timeout: 20000 });
  return widget;
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
  const until = Date.now() + timeout;
  let actual;
  for (;;) {
    actual = await read();
    if (JSON.stringify(actual) === JSON.stringify(expected) || Date.now() > until) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  (await import('node:assert/strict')).default.deepEqual(actual, expected, message);
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
      const observer = new ResizeObserver(() => { observer.disconnect(); then(); });
      observer.observe(document.documentElement);
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
