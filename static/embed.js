// <recap-widget>: the one file a host page loads. Everything else (the wasm
// module, its JavaScript glue, the stylesheet, the shipped recap) is loaded
// relative to this file's own URL, so the folder can live anywhere.
//
// Each element runs on a WebAssembly instance of its own, of one shared
// compiled module: widgets on a page cannot disturb each other, not even by
// a crash. An instance whose widget was removed is kept and serves the next
// element, so a host that mounts and removes widgets again and again (a
// single-page app changing routes) keeps as many instances as it shows at
// once, not one per mount. An instance that panicked is never used again.

// The build (scripts/release.mjs) writes the content-hashed names here.
const FILES = { glue: 'recap-widget.js', wasm: 'recap-widget_bg.wasm', stylesheet: 'widget.css' };
const asset = (name) => new URL(name, import.meta.url).href;
const WASM = asset(FILES.wasm);
const GLUE = asset(FILES.glue);

// The compiled module, shared by all instances. A failed download is not
// kept: the next widget (or "try again") downloads it again.
let compiled;
function compileOnce() {
  compiled ??= fetch(WASM).then(async (response) => {
    if (!response.ok) throw new Error(`${WASM}: HTTP ${response.status}`);
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch {
      // A server without the application/wasm type still works, a bit slower.
      return WebAssembly.compile(await response.arrayBuffer());
    }
  });
  compiled.catch(() => { compiled = undefined; });
  return compiled;
}

// Instances whose widget went away, ready for the next one.
const idle = [];
let instances = 0;
async function instance() {
  const reused = idle.pop();
  if (reused) return reused;
  // A distinct URL gives a distinct module record, hence a fresh instance
  // (and a failed import is not cached under the next URL).
  const [module, glue] = await Promise.all([compileOnce(), import(`${GLUE}?instance=${++instances}`)]);
  await glue.default({ module_or_path: module });
  return glue;
}

/** Gives an instance back for the next widget, unless it panicked. */
function release(glue) {
  if (!glue.crashed()) idle.push(glue);
}

// The recap download starts when the element connects, next to the wasm
// download, instead of after the wasm has started and rendered once. The URL
// and options are the ones the widget uses (`src` without surrounding ASCII
// whitespace, against the element's base URL, no credentials); it takes the
// request over when its URL is the same.
function requestEarly(element) {
  try {
    const src = (element.getAttribute('src') ?? '').replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    const url = new URL(src || asset('recap.json'), element.baseURI).href;
    const abort = new AbortController();
    const response = fetch(url, { credentials: 'omit', signal: abort.signal });
    response.catch(() => {}); // the widget reports failures (or the request is dropped)
    return { url, response, abort };
  } catch {
    return {};
  }
}

const english = (element) => /^en(-|$)/i.test(element.getAttribute('locale') ?? '');

// A prerendered snapshot is shown once its stylesheet is in (the snapshot
// stays hidden until then), and it is usually the page's largest paint. The
// widget's files are asked for once the browser has presented that paint:
// started at once, the wasm (fifty times the stylesheet's size) shared a
// slow line with the stylesheet and held the snapshot back, and Lighthouse
// mobile counted LCP 2.2 s instead of the snapshot's 0.9 s (bench/RESULTS.md).
// Two animation frames were not enough: a frame is presented later than the
// next ones begin. Without a snapshot, nothing waits.
const STYLESHEET_WAIT_MS = 3000;
const PAINT_WAIT_MS = 500;
const reportsPaints = PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint');

/** Resolves with the time its stylesheet arrived, once it has loaded or failed. */
function stylesheetIn(link) {
  const arrived = () => performance.getEntriesByName(link.href)[0]?.responseEnd ?? performance.now();
  return new Promise((resolve) => {
    // A failed stylesheet leaves a Resource Timing entry and no sheet.
    if (link.sheet || performance.getEntriesByName(link.href).length) return resolve(arrived());
    const done = () => resolve(arrived());
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
    // One that never answers is given up on: the widget starts anyway. (A
    // parser-made snapshot's stylesheet holds this file back until it has
    // loaded or failed; this is for snapshots a page inserts later.)
    setTimeout(done, STYLESHEET_WAIT_MS);
  });
}

/**
 * Resolves once a largest-contentful-paint entry from a shadow root, later
 * than `time`, is reported (the snapshot's paint, presented), or after PAINT_WAIT_MS when
 * none comes (the host's own content is larger, or the visitor already
 * interacted). Where paints are not reported, after two frames; in a
 * hidden tab, which paints no frames, at once.
 */
function presentedAfter(time) {
  return new Promise((resolve) => {
    if (document.hidden) return resolve();
    if (!reportsPaints) return requestAnimationFrame(() => requestAnimationFrame(resolve));
    const observer = new PerformanceObserver((list) => {
      // The snapshot is in a shadow root: its entries name no element (the
      // host page's own, such as its heading, name theirs).
      if (list.getEntries().some((entry) => entry.startTime >= time && !entry.element)) done();
    });
    const timer = setTimeout(done, PAINT_WAIT_MS);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * Resolves once `element`'s snapshot is shown, at once without one. Each
 * element starts its download after this (`connectedCallback`, which runs
 * for the page's elements as soon as this file defines the element).
 */
function snapshotShown(element) {
  const root = element.shadowRoot;
  const link = root?.querySelector('.mount[data-snapshot]') ? root.querySelector('link[rel=stylesheet]') : null;
  return link ? stylesheetIn(link).then(presentedAfter) : Promise.resolve();
}

class RecapWidget extends HTMLElement {
  static observedAttributes = ['src', 'locale', 'region', 'autoplay', 'url-state', 'id'];

  #widget = null;
  #glue = null;
  #starting = null;
  #early = null;
  #alert = null;
  #text = null;

  /**
   * The recap's text, handed over instead of loading `src` (the editors'
   * check page shows a file that is not online yet); `src` then only
   * places relative photo paths. `null` loads `src` again.
   */
  get recapText() { return this.#text; }

  set recapText(text) {
    this.#text = text == null ? null : String(text);
    this.#cancelEarly();
    this.#widget?.setText(this.#text ?? undefined);
  }

  connectedCallback() {
    // A page may have set the property before this class upgraded the element.
    if (Object.hasOwn(this, 'recapText')) {
      const text = this.recapText;
      delete this.recapText;
      this.recapText = text;
    }
    if (this.#widget || this.#starting) return;
    // Not before this call has returned: a host may append the element and
    // set `src` right after.
    this.#starting = snapshotShown(this)
      .then(() => {
        this.#requestEarly();
        return instance();
      })
      .then((glue) => {
        if (!this.isConnected || this.#widget) {
          this.#cancelEarly();
          release(glue);
          return;
        }
        const early = this.#takeEarly();
        this.#alert?.remove();
        this.#alert = null;
        this.#glue = glue;
        this.#widget = glue.mount(this, asset(FILES.stylesheet), asset('recap.json'), early.url, early.response, early.abort, this.#text ?? undefined);
      })
      .catch((error) => {
        this.#cancelEarly();
        console.error('recap-widget: could not start', error);
        this.#showStartFailure();
      })
      .finally(() => { this.#starting = null; });
  }

  /** The widget could not be loaded: an alert with "try again", beside a snapshot if there is one. */
  #showStartFailure() {
    if (!this.isConnected) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.querySelector('link[rel=stylesheet]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = asset(FILES.stylesheet);
      root.prepend(link);
    }
    const en = english(this);
    const alert = document.createElement('div');
    alert.className = 'recap';
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'error';
    const message = document.createElement('p');
    message.textContent = en
      ? 'The recap cannot be shown: The widget could not be loaded.'
      : 'Der Rückblick kann nicht angezeigt werden: Das Widget konnte nicht geladen werden.';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'button';
    retry.textContent = en ? 'Try again' : 'Erneut versuchen';
    retry.addEventListener('click', () => this.connectedCallback());
    box.append(message, retry);
    alert.append(box);
    // A prerendered snapshot stays readable, with the controls that need the widget hidden.
    const snapshot = root.querySelector('.mount[data-snapshot]');
    snapshot?.classList.add('static');
    this.#alert?.remove();
    this.#alert = alert;
    root.querySelector('link[rel=stylesheet]').after(alert);
  }

  /** (Re)starts the early recap request while the widget is still starting. */
  #requestEarly() {
    this.#cancelEarly();
    if (this.isConnected && !this.#widget && this.#text === null) this.#early = requestEarly(this);
  }

  #cancelEarly() {
    this.#takeEarly().abort?.abort();
  }

  #takeEarly() {
    const early = this.#early ?? {};
    this.#early = null;
    return early;
  }

  disconnectedCallback() {
    // Moving the element fires disconnect and connect in one task: keep it then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#cancelEarly();
      if (this.#widget) {
        this.#widget.destroy();
        this.#widget.free();
        this.#widget = null;
        release(this.#glue);
        this.#glue = null;
      }
    });
  }

  attributeChangedCallback(name) {
    if (name === 'src' && this.#early) this.#requestEarly();
    this.#widget?.update();
  }
}

if (!customElements.get('recap-widget')) {
  customElements.define('recap-widget', RecapWidget);
}
