// What every browser-driving script shares (tests/e2e/, tests/engines/,
// bench/): how Chromium is started, how a page's console errors are
// recorded and told apart from a benign notice, and the one polling loop.
// No side effects on import; the suites' own set-up lives in their harness.
import { AssertionError } from 'node:assert';

/** Debian's Chromium, or the one CHROMIUM names. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Chromium's arguments for the tests and the bench: no sandbox (containers),
 * no GPU, and none of the background traffic (QUIC probes, component
 * updates, sync) that would compete with the page or show in its requests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Errors that are not counted as console errors, reported apart:
 * - The ResizeObserver loop notice. Browsers dispatch it as an error event
 *   on window (no exception, nothing failed): some observations were
 *   delivered a frame later because a ResizeObserver callback changed the
 *   size of something observed. Chromium, Firefox and WebKit all send it.
 */
export const BENIGN = [/^page error: ResizeObserver loop completed with undelivered notifications\.?$/];
export const isBenign = (text) => BENIGN.some((re) => re.test(text));

/**
 * Records in `page` (Playwright or Puppeteer: the same event names) the
 * console errors, uncaught exceptions and failed responses (status 400 or
 * more), each as one line of text. A failed load's own console line is left
 * out: the response names its URL.
 *
 * `fromTool(message)`: console errors that a test's own injected script
 * (axe, say) causes; they go to `tool`, not `errors`.
 *
 * Returns `{ errors, benign, tool, warnings }`, lists that grow.
 */
export function recordConsole(page, { fromTool = () => false } = {}) {
  const record = { errors: [], benign: [], tool: [], warnings: [] };
  const error = (text) => (isBenign(text) ? record.benign : record.errors).push(text);
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'warn') record.warnings.push(message.text());
    if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
    if (fromTool(message)) record.tool.push(message.text());
    else error(message.text());
  });
  page.on('pageerror', (e) => error(`page error: ${e.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) error(`HTTP ${response.status()} for ${response.url()}`);
  });
  return record;
}

/**
 * An in-page script, for `addInitScript`/`evaluateOnNewDocument`, that
 * passes error events without an exception (the ResizeObserver loop notice
 * is one) to the console as "page error: MESSAGE": CDP reports only thrown
 * exceptions, so `recordConsole` would never hear of them otherwise.
 */
export const ERROR_EVENTS_TO_CONSOLE = `addEventListener('error', (e) => {
  if (e instanceof ErrorEvent && e.error == null) console.error('page error: ' + e.message);
});`;

/**
 * An in-page script, run before the page's own: it keeps on each
 * <recap-widget> its last `recap-ready` event as `__recapReady`
 * ({ count, detail }), so that a test can tell the recap from the error
 * view (the custom state says only that one of them is shown) and a retry's
 * signal from the one before it.
 */
export const READY_RECORDER = `addEventListener('recap-ready', (e) => {
  const host = e.composedPath()[0];
  host.__recapReady = { count: (host.__recapReady?.count ?? 0) + 1, detail: e.detail };
}, true);`;

/**
 * Calls `read` until `ok(value)` holds or `timeout` ms have passed, pausing
 * 25 ms between calls (a poll, never a fixed wait). A call that throws
 * counts as not yet. Returns `{ value, ok, error }` of the last call.
 */
export async function poll(read, ok, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    let value;
    let error;
    try {
      value = await read();
      if (ok(value)) return { value, ok: true };
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) return { value, ok: false, error };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** `poll`, returning the value once `ok(value)`, or failing with `what` and the last value. */
export async function until(read, ok, what, timeout = 10000) {
  const { value, ok: reached, error } = await poll(read, ok, timeout);
  if (reached) return value;
  throw new AssertionError({
    message: `${what}: not so within ${timeout} ms; last value ${JSON.stringify(value)}${error ? `; last error ${error.message}` : ''}`,
  });
}
