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

// As the widget reads `locale` (Lang::from_attr): trimmed, "en" or "en-…".
const english = (element) => /^en(-|$)/i.test((element.getAttribute('locale') ?? '').trim());

// Input that arrives on a prerendered snapshot before the widget has taken
// it over is kept and replayed, in order, on the live widget (event replay,
// as Angular's withEventReplay does): the snapshot's controls show from the
// first paint, so they must not swallow a tap. The snapshot and the live
// view are the same markup, so a control is found again by its place among
// its siblings, and only if it is still the same control (same tag and
// text, counts aside, in the same card): nothing runs against another one.
// The keys the widget itself handles (the carousel's), besides those that click.
const KEYS = /^Arrow(Left|Right)$/;
const isTextField = (element) => element.matches('input, textarea');

/** The element's place below `ancestor`: its index among its element siblings, per level. */
function placeOf(ancestor, element) {
  const path = [];
  for (let node = element; node !== ancestor; node = node.parentElement) {
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

/** What makes a control the same control in the live view (counts change, the rest does not). */
function identity(element) {
  const words = (text) => (text ?? '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const card = element.closest('article')?.querySelector('h3')?.textContent;
  return [element.tagName, element.getAttribute('aria-label'), words(element.textContent), words(card)].join('|');
}

function find(container, { place, id }) {
  let node = container;
  for (const index of place) node = node?.children[index];
  return node && identity(node) === id ? node : null;
}

// A task, not a timer (fake clocks in tests and hosts' throttling leave it
// alone): Yew renders in a microtask, so each replayed input meets the view
// the previous one made.
const nextTask = () => new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = resolve;
  port2.postMessage(null);
});

/**
 * Records input on `snapshot` (in the shadow root `root`) until the
 * returned function is called, which stops and hands out what was recorded.
 */
function record(root, snapshot) {
  const inputs = [];
  const keep = (element, input) => inputs.push({ place: placeOf(snapshot, element), id: identity(element), ...input });
  const handlers = {
    click(_event, target) {
      // Links and form fields work on the snapshot as they are.
      const control = target.closest('button, summary');
      if (control && !control.disabled) keep(control, { type: 'click' });
    },
    input(_event, target) {
      if (!isTextField(target)) return;
      // Typing is one input: what the field holds at the end, with the caret.
      if (inputs.at(-1)?.element === target) inputs.pop();
      const { value, selectionStart, selectionEnd, selectionDirection } = target;
      keep(target, { type: 'input', element: target, value, selection: [selectionStart, selectionEnd, selectionDirection] });
    },
    keydown(event, target) {
      // Keys that click a button come again as the click; text fields as input.
      if (!KEYS.test(event.key) || isTextField(target)) return;
      const { key, code, shiftKey, altKey, ctrlKey, metaKey } = event;
      keep(target, { type: 'keydown', init: { key, code, shiftKey, altKey, ctrlKey, metaKey } });
    },
  };
  const listener = (event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && snapshot.contains(target)) handlers[event.type](event, target);
  };
  for (const type in handlers) root.addEventListener(type, listener, true);
  return () => {
    for (const type in handlers) root.removeEventListener(type, listener, true);
    return inputs.splice(0);
  };
}

/** Replays `inputs` on the live view in `container`, each after the render of the one before. */
async function replay(container, inputs) {
  for (const input of inputs) {
    await nextTask();
    const element = find(container, input);
    if (!element?.isConnected) continue;
    if (input.type === 'click') {
      element.click();
    } else if (input.type === 'input') {
      element.value = input.value;
      if (element.getRootNode().activeElement === element) element.setSelectionRange(...input.selection);
      element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    } else {
      element.dispatchEvent(new KeyboardEvent('keydown', { ...input.init, bubbles: true, cancelable: true, composed: true }));
    }
  }
  await nextTask();
}

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
  // The release (Cargo.toml's version), written in by the build (scripts/release.mjs):
  // `customElements.get('recap-widget').version` tells a webmaster which one a page runs.
  static version = '0.0.0';

  #widget = null;
  #glue = null;
  #starting = null;
  #early = null;
  #alert = null;
  #text = null;
  #recorder = null;
  #phases = 0;
  // `recap-widget:state(ready)`; where custom states are missing, the event still comes.
  #states = this.attachInternals?.().states;

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
    const snapshot = this.shadowRoot?.querySelector('.mount[data-snapshot]');
    if (snapshot && !this.#recorder) this.#recorder = record(this.shadowRoot, snapshot);
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
        this.#widget = glue.mount(this, {
          stylesheet: asset(FILES.stylesheet),
          defaultSrc: asset('recap.json'),
          early: early.url ? early : undefined,
          text: this.#text ?? undefined,
          // Nothing while loading, (speakers, quotes) for the recap, (,, error) for the error view.
          onPhase: (speakers, quotes, error) => this.#phase(error !== undefined ? { error } : speakers === undefined ? null : { speakers, quotes }),
        });
      })
      .catch((error) => {
        this.#cancelEarly();
        console.error('recap-widget: could not start', error);
        this.#showStartFailure();
      })
      .finally(() => { this.#starting = null; });
  }

  /**
   * What the widget shows, once rendered (`null`: loading). With the recap
   * in place, what the visitor did on the snapshot is replayed first; once
   * the view is on screen, the host page learns that the widget is ready.
   */
  async #phase(detail) {
    const turn = ++this.#phases;
    this.#states?.delete('ready');
    if (!detail) return;
    const inputs = this.#recorder?.() ?? [];
    this.#recorder = null;
    const live = this.shadowRoot?.querySelector('.mount:not([data-snapshot])');
    if (!detail.error && inputs.length && live) await replay(live, inputs);
    // Without a snapshot the view shows once its stylesheet is in (the
    // widget's own listener, added first, unhides it on load or error).
    const link = this.shadowRoot?.querySelector('link[rel=stylesheet]');
    if (live?.hidden && link) {
      await new Promise((resolve) => ['load', 'error'].forEach((type) => link.addEventListener(type, resolve, { once: true })));
    }
    if (turn !== this.#phases || !this.isConnected) return;
    this.#states?.add('ready');
    this.dispatchEvent(new CustomEvent('recap-ready', { bubbles: true, composed: true, detail }));
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
    this.#phase({ error: message.textContent });
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
      this.#recorder?.();
      this.#recorder = null;
      this.#phases++;
      this.#states?.delete('ready');
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
