// One small adapter per engine, each giving the same few primitives, and
// `Page`, the role-and-name API the tests are written in, built on them:
//   chromium  Debian's Chromium through playwright-core (as tests/e2e/)
//   firefox   Firefox ESR through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through selenium-webdriver and
//             WebKitWebDriver, under xvfb-run
// An engine whose programs are missing has `missing` set to the reason.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_HOOK, libCall, libFind, libFunction } from './page-lib.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ERROR_EVENTS_TO_CONSOLE, READY_RECORDER, isBenign, recordConsole, until } from '../common/browser.mjs';

const onPath = (program) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

/** Where libwebkit2gtk-4.1 keeps MiniBrowser, asked of dpkg (or found by glob). */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n').find((line) => line.endsWith('/MiniBrowser'));
    if (listed && existsSync(listed)) return listed;
  } catch { /* not a Debian package here */ }
  const candidates = readdirSync('/usr/lib', { withFileTypes: true }).filter((entry) => entry.isDirectory())
    .map((entry) => `/usr/lib/${entry.name}/webkit2gtk-4.1/MiniBrowser`);
  return candidates.find((path) => existsSync(path)) ?? null;
}

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer();
  probe.on('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

/**
 * `promise`, or an error naming `what` once `ms` have passed: a WebDriver
 * command that never answers names itself instead of running into the
 * test's own deadline without a word.
 */
export function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The console errors, uncaught exceptions and failed responses of a
 * Playwright or Puppeteer page (the shared recorder), benign ones included:
 * `Page.errors` tells them apart.
 */
function recordErrors(page) {
  const record = recordConsole(page);
  return () => [...record.errors, ...record.benign];
}

/** The page API of a Playwright or Puppeteer page (the same calls in both). */
function pageApi(page) {
  return {
    eval: (expr) => page.evaluate(expr),
    element: async (expr) => (await page.evaluateHandle(expr)).asElement(),
    evalOn: (el, fn) => el.evaluate(fn),
    click: (el) => el.click(),
    async type(el, text) { await el.click(); await page.keyboard.type(text); },
    press: (key) => page.keyboard.press(key),
    back: () => page.goBack(),
  };
}

const describeTarget = (role, name) => `${role} ${name instanceof RegExp ? name : JSON.stringify(name ?? '(any)')}`;

/**
 * A page in some engine, addressed by roles and accessible names. `raw` is
 * the adapter's page: eval(expr), element(expr), evalOn(el, fn), click(el),
 * type(el, text), press(key), back(), errors(), setFiles(el, path), close(),
 * and swipe(fromX, toX, y) unless the browser has `swipeSkip`, the reason
 * its engine cannot swipe by touch.
 */
export class Page {
  constructor(engine, raw) {
    this.engine = engine;
    this.raw = raw;
  }

  /** Calls an operation of the in-page helper (page-lib.mjs). */
  call(op, ...args) {
    return this.raw.eval(libCall(op, args));
  }

  /** Waits until the helper's `op(...args)` satisfies `ok` (polling, with a deadline). */
  until(op, args, ok, what, timeout) {
    return until(() => this.call(op, ...args), ok, `${this.engine}: ${what}`, timeout);
  }

  /** The element of that role and name, once it is there. */
  async element(role, name, options) {
    await until(() => this.call('exists', role, name, options), Boolean, `${this.engine}: ${describeTarget(role, name)} appears`);
    const element = await this.raw.element(libFind(role, name, options));
    if (!element) throw new Error(`${this.engine}: no ${describeTarget(role, name)}`);
    return element;
  }

  async click(role, name, options) {
    await this.raw.click(await this.element(role, name, options));
  }

  /** Focuses the field with a click and types into it, key by key. */
  async type(role, name, text) {
    await this.raw.type(await this.element(role, name), text);
  }

  /** A key (by its DOM `key` name) to the focused element. */
  press(key) { return this.raw.press(key); }

  names(role, name, options) { return this.call('names', role, name, options); }

  attribute(role, name, attr, options) { return this.call('attribute', role, name, attr, options); }

  async url() { return new URL(await this.call('url')); }

  back() { return this.raw.back(); }

  /**
   * Console errors, uncaught errors and failed responses since the page
   * opened (each cut to its first line), apart from the `ignored` ones.
   */
  async errors() {
    const all = (await this.raw.errors()).map((e) => String(e).split('\n')[0].slice(0, 300));
    return {
      errors: all.filter((e) => !isBenign(e)),
      ignored: all.filter(isBenign),
    };
  }

  async setFiles(role, name, path) {
    await this.raw.setFiles(await this.element(role, name), path);
  }

  /** A horizontal touch swipe over the element, between fractions of its width. */
  async swipe(role, name, from, to, options) {
    const element = await this.element(role, name, options);
    const box = await this.raw.evalOn(element, libFunction('box'));
    const y = Math.round(box.y + Math.min(40, box.height / 2));
    await this.raw.swipe(Math.round(box.x + box.width * from), Math.round(box.x + box.width * to), y);
  }

  close() { return this.raw.close(); }
}

// ---------------------------------------------------------------- chromium

const chromiumEngine = {
  name: 'chromium',
  missing: existsSync(CHROMIUM) ? null : `Chromium not installed (${CHROMIUM})`,
  async launch() {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    return {
      version: browser.version(),
      async open(url, { width, height, javaScript, touch }) {
        const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript, hasTouch: touch, isMobile: touch });
        const page = await context.newPage();
        // CDP reports thrown exceptions only; error events without one
        // (the ResizeObserver loop notice) reach the console through this.
        if (javaScript) await page.addInitScript(`${ERROR_EVENTS_TO_CONSOLE}\n${READY_RECORDER}`);
        const errors = recordErrors(page);
        await page.goto(url);
        return {
          ...pageApi(page),
          errors,
          setFiles: (el, path) => el.setInputFiles(path),
          async swipe(fromX, toX, y) {
            // The moves follow each other without pauses, like a finger.
            const cdp = await context.newCDPSession(page);
            const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
            await touch('touchStart', fromX);
            for (let i = 1; i <= 8; i += 1) await touch('touchMove', fromX + ((toX - fromX) * i) / 8);
            await touch('touchEnd');
          },
          close: () => context.close(),
        };
      },
      close: () => browser.close(),
    };
  },
};

// ----------------------------------------------------------------- firefox

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const firefoxEngine = {
  name: 'firefox',
  missing: existsSync(FIREFOX) ? null : `Firefox ESR not installed (${FIREFOX})`,
  async launch() {
    const { default: puppeteer } = await import('puppeteer-core');
    const start = (prefs = {}) => puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });
    const browser = await start();
    // BiDi has no command to turn scripts off in Firefox ESR
    // (emulation.setScriptingEnabled is unknown), so pages without
    // JavaScript open in a second Firefox started with the pref off.
    let withoutScripts;
    return {
      version: await browser.version(),
      async open(url, { width, height, javaScript, touch }) {
        const owner = javaScript ? browser : (withoutScripts ??= await start({ 'javascript.enabled': false }));
        const context = await owner.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width, height, hasTouch: touch });
        // BiDi reports console calls and uncaught exceptions, not the errors
        // that are only dispatched as events, nor CSP violations: the hook sees those.
        if (javaScript) await page.evaluateOnNewDocument(CONSOLE_HOOK);
        const errors = recordErrors(page);
        await page.goto(url);
        return {
          ...pageApi(page),
          async errors() {
            const hooked = javaScript ? (await page.evaluate(libCall('hookedErrors'))) ?? ['the console hook did not run'] : [];
            // console.error calls and uncaught exceptions are already in `errors`.
            const recorded = errors();
            const more = hooked.filter((e) => !e.startsWith('console.error: ') && !recorded.includes(e));
            return [...recorded, ...more];
          },
          setFiles: (el, path) => el.uploadFile(path),
          async swipe(fromX, toX, y) {
            const finger = await page.touchscreen.touchStart(fromX, y);
            for (let i = 1; i <= 8; i += 1) await finger.move(Math.round(fromX + ((toX - fromX) * i) / 8), y);
            await finger.end();
          },
          close: () => context.close(),
        };
      },
      async close() {
        await withoutScripts?.close();
        await browser.close();
      },
    };
  },
};

// ------------------------------------------------------------------ webkit

const MINI_BROWSER = miniBrowser();
const WEBKIT_DRIVER = onPath('WebKitWebDriver');
const XVFB_RUN = onPath('xvfb-run');
// MiniBrowser's window is never narrower than this: narrower pages go in an iframe.
const WEBKIT_MIN_WIDTH = 447;
const SELENIUM_KEYS = { ArrowLeft: 'ARROW_LEFT', ArrowRight: 'ARROW_RIGHT', Enter: 'ENTER', Tab: 'TAB', Escape: 'ESCAPE', Backspace: 'BACK_SPACE' };

const webkitEngine = {
  name: 'webkit',
  missing: !WEBKIT_DRIVER ? 'WebKitWebDriver not installed (Debian package webkit2gtk-driver)'
    : !XVFB_RUN ? 'xvfb-run not installed (Debian package xvfb)'
      : !MINI_BROWSER ? 'MiniBrowser not found in libwebkit2gtk-4.1-0' : null,
  async launch({ front }) {
    const { Builder, Key, Origin } = await import('selenium-webdriver');
    const port = await freePort();
    // xvfb-run keeps its X authority file in a temporary folder that it
    // removes only when it ends by itself, never when its process group is
    // stopped: its folder, and MiniBrowser's, go in one of ours, removed on close.
    const scratch = mkdtempSync(join(tmpdir(), 'recap-webkit-'));
    const log = join(scratch, 'driver.log');
    const output = openSync(log, 'w');
    // -noreset: by default Xvfb resets when its last client leaves, that is
    // whenever MiniBrowser quits between two tests, and a MiniBrowser started
    // during the reset fails with "cannot open display" while WebKitWebDriver
    // waits for it forever (5 suites of 17 with a core kept busy; none of 24
    // with -noreset).
    const server = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 1920x1080x24 -noreset', WEBKIT_DRIVER, `--port=${port}`], {
      stdio: ['ignore', output, output], detached: true, env: { ...process.env, TMPDIR: scratch },
    });
    closeSync(output);
    const stop = () => {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
      rmSync(scratch, { recursive: true, force: true });
    };
    process.once('exit', stop);
    // What WebKitWebDriver and MiniBrowser wrote (GTK's warnings among it), for an error.
    const written = () => {
      const text = readFileSync(log, 'utf8').trim();
      return text ? `; WebKitWebDriver and MiniBrowser wrote: ${text.slice(-600)}` : '';
    };
    const endpoint = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${endpoint}/status`).then((r) => r.ok), Boolean, 'WebKitWebDriver answers', 30000);
    let version;
    return {
      get version() { return version; },
      async open(url, { width, height, javaScript }) {
        const args = ['--automation'];
        if (!javaScript) args.push('--enable-javascript=false');
        const driver = await within(60000, 'webkit: starting MiniBrowser', new Builder().usingServer(endpoint).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINI_BROWSER, args },
        }).build()).catch((error) => {
          error.message += written();
          throw error;
        });
        // Page loads and scripts answer within these, or the command fails.
        await driver.manage().setTimeouts({ pageLoad: 30000, script: 30000 });
        version ??= `MiniBrowser ${(await driver.getCapabilities()).get('browserVersion')}`;
        const framed = width < WEBKIT_MIN_WIDTH;
        // The window's outer size that gives the wanted inner size.
        const outer = framed ? { width: width + 60, height: height + 60 } : { width, height };
        await within(30000, 'webkit: sizing the window', driver.manage().window().setRect(outer));
        const inner = await driver.executeScript('return [innerWidth, innerHeight]');
        await within(30000, 'webkit: sizing the window', driver.manage().window()
          .setRect({ width: outer.width * 2 - inner[0], height: outer.height * 2 - inner[1] }));
        const hooked = new URL(url);
        hooked.pathname = `/hooked${hooked.pathname}`;
        const failuresBefore = front.failures.length;
        if (framed) {
          const query = new URLSearchParams({ src: hooked.href, width, height });
          await within(40000, 'webkit: loading the framed page', driver.get(`${hooked.origin}/engines/frame.html?${query}`));
          await within(30000, 'webkit: entering the frame', driver.switchTo().frame(0));
        } else {
          await within(40000, 'webkit: loading the page', driver.get(hooked.href));
        }
        const evaluate = (expr) => driver.executeScript(`return ${expr};`);
        const click = async (el) => {
          const point = await until(() => driver.executeScript(libFunction('clickPoint'), el), (p) => p.hits, 'webkit: the click lands on its target', 3000);
          await driver.actions().move({ x: point.x, y: point.y, origin: Origin.VIEWPORT }).press().release().perform();
        };
        return {
          eval: evaluate,
          element: (expr) => evaluate(expr),
          evalOn: (el, fn) => driver.executeScript(fn, el),
          click,
          async type(el, text) { await click(el); await el.sendKeys(text); },
          async press(key) {
            const k = SELENIUM_KEYS[key] ? Key[SELENIUM_KEYS[key]] : key;
            await driver.actions().keyDown(k).keyUp(k).perform();
          },
          back: () => driver.navigate().back(),
          async errors() {
            const hook = javaScript ? await evaluate(libCall('hookedErrors')) : [];
            if (javaScript && hook === null) return ['the console hook did not run'];
            return [...hook, ...front.failures.slice(failuresBefore)];
          },
          setFiles: (el, path) => el.sendKeys(path),
          close: () => within(30000, 'webkit: closing MiniBrowser', driver.quit()),
        };
      },
      // Tried: a W3C action with pointerType "touch" is accepted, and arrives as mouse events.
      swipeSkip: 'WebKitWebDriver delivers touch pointer actions as mouse events (pointerType "mouse", no touch events, maxTouchPoints 0), so a touch swipe cannot be expressed',
      async close() {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        stop();
        process.removeListener('exit', stop);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      },
    };
  },
};

const ALL = [chromiumEngine, firefoxEngine, webkitEngine];

/** The engines to run: all, or those named in ENGINES=firefox,webkit. */
export const engines = process.env.ENGINES
  ? ALL.filter((engine) => process.env.ENGINES.split(',').includes(engine.name))
  : ALL;
