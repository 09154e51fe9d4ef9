// <recap-widget>: the one file a host page loads. Everything else (the wasm
// module, its JavaScript glue, the stylesheet, the shipped recap) is loaded
// relative to this file's own URL, so the folder can live anywhere.
//
// Each element gets its own WebAssembly instance of one shared compiled
// module: widgets on a page cannot disturb each other, not even by a crash.

// The build (scripts/release.mjs) writes the content-hashed names here.
const FILES = { glue: 'recap-widget.js', wasm: 'recap-widget_bg.wasm', stylesheet: 'widget.css' };
const asset = (name) => new URL(name, import.meta.url).href;
const WASM = asset(FILES.wasm);
const GLUE = asset(FILES.glue);

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
  return compiled;
}

let instances = 0;
async function instantiate() {
  // A distinct URL gives a distinct module record, hence a fresh instance.
  const [module, glue] = await Promise.all([compileOnce(), import(`${GLUE}?instance=${++instances}`)]);
  await glue.default({ module_or_path: module });
  return glue;
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

// Start the download and compilation as soon as the page loads this file.
if (document.querySelector('recap-widget')) compileOnce().catch(() => {});

class RecapWidget extends HTMLElement {
  static observedAttributes = ['src', 'locale', 'region', 'autoplay', 'url-state', 'id'];

  #widget = null;
  #starting = null;
  #early = null;

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    // In a microtask: a host may append the element and set `src` right after.
    queueMicrotask(() => this.#requestEarly());
    this.#starting = instantiate()
      .then((glue) => {
        if (this.isConnected && !this.#widget) {
          const early = this.#takeEarly();
          this.#widget = glue.mount(this, asset(FILES.stylesheet), asset('recap.json'), early.url, early.response, early.abort);
        } else {
          this.#cancelEarly();
        }
      })
      .catch((error) => {
        this.#cancelEarly();
        console.error('recap-widget: could not start', error);
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        const alert = document.createElement('p');
        alert.setAttribute('role', 'alert');
        alert.textContent = /^en(-|$)/i.test(this.getAttribute('locale') ?? '')
          ? 'The recap cannot be shown: The widget could not be loaded.'
          : 'Der Rückblick kann nicht angezeigt werden: Das Widget konnte nicht geladen werden.';
        root.replaceChildren(alert);
      })
      .finally(() => { this.#starting = null; });
  }

  /** (Re)starts the early recap request while the widget is still starting. */
  #requestEarly() {
    this.#cancelEarly();
    if (this.isConnected && !this.#widget) this.#early = requestEarly(this);
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
