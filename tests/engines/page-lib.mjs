// The one in-page helper that every engine's adapter evaluates: it finds
// elements by ARIA role and accessible name across the document and the open
// shadow roots (the widget's), and reads the state the tests assert on.
// It is sent as source text, so it must not close over anything here.
// The role and name rules are the parts of WAI-ARIA and accname that the
// widget and the check page use, not a full implementation.

import { READY_RECORDER } from '../common/browser.mjs';

function pageLib() {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const IMPLICIT = {
    ARTICLE: 'article', BLOCKQUOTE: 'blockquote', BUTTON: 'button', DIALOG: 'dialog', FIELDSET: 'group',
    DETAILS: 'group', FOOTER: 'contentinfo', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading',
    H5: 'heading', H6: 'heading', HEADER: 'banner', LI: 'listitem', MAIN: 'main', NAV: 'navigation',
    OL: 'list', OUTPUT: 'status', P: 'paragraph', SELECT: 'combobox', TABLE: 'table', TEXTAREA: 'textbox', UL: 'list',
  };
  const INPUT = {
    button: 'button', checkbox: 'checkbox', email: 'textbox', number: 'spinbutton', radio: 'radio', range: 'slider',
    reset: 'button', search: 'searchbox', submit: 'button', tel: 'textbox', text: 'textbox', url: 'textbox',
    // Browsers expose a file input as a button that opens the picker.
    file: 'button',
  };
  const NAME_FROM_CONTENT = new Set(['button', 'cell', 'checkbox', 'heading', 'link', 'listitem', 'menuitem', 'option', 'radio', 'switch', 'tab', 'tooltip']);

  /** Every element of the document and of the open shadow roots in it, in tree order. */
  function all(root = document) {
    const out = [];
    const visit = (node) => {
      for (const el of node.children) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    };
    visit(root);
    return out;
  }
  const parentOf = (el) => el.parentElement ?? el.parentNode?.host ?? null;

  /** Hidden from assistive technology: not rendered, aria-hidden or inert. */
  function hidden(el) {
    for (let e = el; e; e = parentOf(e)) {
      if (e.hidden || e.inert || e.getAttribute('aria-hidden') === 'true') return true;
      if (getComputedStyle(e).display === 'none') return true;
    }
    return getComputedStyle(el).visibility === 'hidden';
  }

  function role(el) {
    const explicit = norm(el.getAttribute('role'));
    if (explicit) return explicit.split(' ')[0];
    const tag = el.tagName;
    if (tag === 'A') return el.hasAttribute('href') ? 'link' : null;
    if (tag === 'SECTION' || tag === 'FORM') return name(el) ? (tag === 'FORM' ? 'form' : 'region') : null;
    if (tag === 'INPUT') return INPUT[(el.getAttribute('type') ?? 'text').toLowerCase()] ?? 'textbox';
    if (tag === 'IMG') return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    return IMPLICIT[tag] ?? null;
  }

  /** The text an element contributes to a name: its rendered, unhidden content. */
  function textOf(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    if (['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK'].includes(node.tagName)) return '';
    if (getComputedStyle(node).display === 'none') return '';
    const label = norm(node.getAttribute('aria-label'));
    if (label) return ` ${label} `;
    if (node.tagName === 'IMG') return ` ${node.getAttribute('alt') ?? ''} `;
    const block = !getComputedStyle(node).display.startsWith('inline');
    const inner = [...(node.shadowRoot ?? node).childNodes].map(textOf).join('');
    return block ? ` ${inner} ` : inner;
  }

  /** The text a reader sees: rendered text, block by block (no ARIA labels, unlike `textOf`). */
  function readable(node) {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK'].includes(node.tagName)) return '';
      const style = getComputedStyle(node);
      if (style.display === 'none') return '';
      const inner = [...(node.shadowRoot ?? node).childNodes].map(readable).join('');
      return style.display.startsWith('inline') ? inner : ` ${inner} `;
    }
    return [...node.childNodes].map(readable).join('');
  }

  function name(el) {
    const root = el.getRootNode();
    const labelledby = norm(el.getAttribute('aria-labelledby'));
    if (labelledby) {
      return norm(labelledby.split(' ').map((id) => {
        const target = root.getElementById ? root.getElementById(id) : root.querySelector(`#${CSS.escape(id)}`);
        return target ? textOf(target) : '';
      }).join(' '));
    }
    const label = norm(el.getAttribute('aria-label'));
    if (label) return label;
    const tag = el.tagName;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag)) {
      const labels = [...(el.labels ?? [])].map((l) => norm([...l.childNodes].filter((n) => n !== el).map(textOf).join('')));
      if (labels.some(Boolean)) return norm(labels.join(' '));
      if (['button', 'submit', 'reset'].includes(el.type)) return norm(el.value);
      return norm(el.getAttribute('placeholder') ?? el.getAttribute('title'));
    }
    if (tag === 'FIELDSET') {
      const legend = [...el.children].find((c) => c.tagName === 'LEGEND');
      if (legend) return norm(textOf(legend));
    }
    if (tag === 'IMG') return norm(el.getAttribute('alt'));
    const r = el.getAttribute('role') ? norm(el.getAttribute('role')) : role(el);
    if (NAME_FROM_CONTENT.has(r) || tag === 'BUTTON') return norm(textOf(el));
    return norm(el.getAttribute('title'));
  }

  /** `want`: undefined (any name), a string (exact) or { re, flags }. */
  const nameMatches = (actual, want) => want == null
    || (typeof want === 'string' ? actual === want : new RegExp(want.re, want.flags ?? '').test(actual));

  /**
   * The accessible elements of `role` whose name matches; options: `within`
   * ([role, name] of a container), `level` (headings), `hiddenToo`.
   */
  function findAll(wantRole, wantName, options) {
    const { within, level, hiddenToo = false } = options ?? {};
    let scope = document;
    if (within) {
      scope = findAll(within[0], within[1])[0];
      if (!scope) return [];
    }
    return all(scope).filter((el) => role(el) === wantRole
      && (level == null || el.tagName === `H${level}` || Number(el.getAttribute('aria-level')) === level)
      && (hiddenToo || !hidden(el))
      && nameMatches(name(el), wantName));
  }
  const find = (r, n, o) => findAll(r, n, o)[0] ?? null;

  /** The element at the center of `el`'s first box, through shadow roots. */
  function deepElementAt(x, y) {
    let at = document.elementFromPoint(x, y);
    while (at?.shadowRoot) {
      const inner = at.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === at) break;
      at = inner;
    }
    return at;
  }
  const contains = (outer, inner) => {
    for (let e = inner; e; e = parentOf(e)) if (e === outer) return true;
    return false;
  };

  function deepActive() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  const widgetRoot = () => document.querySelector('recap-widget')?.shadowRoot ?? null;
  const visible = (el) => (el.checkVisibility
    ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    : el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');

  return {
    exists: (r, n, o) => !!find(r, n, o),
    find,
    names: (r, n, o) => findAll(r, n, o).map(name),
    count: (r, n, o) => findAll(r, n, o).length,
    attribute: (r, n, attr, o) => find(r, n, o)?.getAttribute(attr) ?? null,
    /** The text of every element of a role (e.g. the live status, which has no name). */
    texts: (r, n, o) => findAll(r, n, o).map((el) => norm(textOf(el))),
    value: (r, n, o) => find(r, n, o)?.value ?? null,
    /** The caret of a text field, and whether it has the focus. */
    caret: (r, n, o) => {
      const field = find(r, n, o);
      return field ? { start: field.selectionStart, end: field.selectionEnd, focused: deepActive() === field } : null;
    },
    /** Whether keyboard focus is inside the element of that role and name. */
    focusWithin: (r, n, o) => {
      const container = find(r, n, o);
      return !!container && contains(container, deepActive());
    },
    /**
     * Scrolls `el` to the middle of the viewport and gives the point to click,
     * with what is actually there (so a click through an overlay is caught).
     */
    clickPoint(el) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      const at = deepElementAt(x, y);
      return { x, y, hits: contains(el, at), at: at ? `${at.tagName.toLowerCase()}.${at.className}` : null };
    },
    /** A box of `el` in viewport coordinates after scrolling it into the middle. */
    box(el) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const { left, top, width, height } = el.getBoundingClientRect();
      return { x: left, y: top, width, height };
    },
    /**
     * The widget's own state: the live app, or the prerendered snapshot;
     * `ready`, its ready signal (:state(ready), or where an engine has no
     * custom states, a recap-ready event), with `detail`, the last event's.
     */
    widget() {
      const root = widgetRoot();
      const host = document.querySelector('recap-widget');
      let state = null;
      try {
        state = !!host?.matches(':state(ready)');
      } catch {
        // An engine without custom states: the event still comes.
      }
      return {
        detail: host?.__recapReady?.detail ?? null,
        defined: !!customElements?.get?.('recap-widget'),
        snapshot: !!root?.querySelector('.mount[data-snapshot]'),
        live: !!root?.querySelector('.mount:not([data-snapshot]) .layout'),
        ready: state ?? !!host?.__recapReady,
        alert: root ? findAll('alert').map((el) => norm(textOf(el))) : [],
      };
    },
    /** What a visitor can read of the widget without JavaScript. */
    snapshot() {
      const root = widgetRoot();
      if (!root) return null;
      return {
        title: findAll('heading', undefined, { level: 2 }).map(name)[0] ?? null,
        cards: findAll('article').map(name),
        // As read, block by block (textContent would run paragraphs together).
        text: norm(readable(root)),
        visibleControls: [...root.querySelectorAll('button, input, select, textarea')].filter(visible).map((el) => el.outerHTML.slice(0, 120)),
      };
    },
    layout() {
      const host = document.querySelector('recap-widget')?.getBoundingClientRect();
      const doc = document.documentElement;
      return {
        innerWidth,
        clientWidth: doc.clientWidth,
        scrollWidth: Math.max(doc.scrollWidth, document.body?.scrollWidth ?? 0),
        widget: host ? { left: host.left, right: host.right, width: host.width } : null,
      };
    },
    url: () => location.href,
    /** Console errors recorded by the hook script (engines without a console API). */
    hookedErrors: () => window.__engineErrors ?? null,
  };
}

/** An expression that calls `op` of the helper with JSON arguments. */
export function libCall(op, args = []) {
  return `(${pageLib.toString()})()[${JSON.stringify(op)}](...${JSON.stringify(args, asJson)})`;
}

/** Names may be regular expressions, anywhere in the arguments: sent as { re, flags }. */
const asJson = (key, value) => (value instanceof RegExp ? { re: value.source, flags: value.flags } : value);

/**
 * A function of one element that calls `op` of the helper with it, made
 * here so that each driver can serialize it as it serializes any function.
 */
export function libFunction(op) {
  // eslint-disable-next-line no-new-func
  return new Function('el', `return (${pageLib.toString()})()[${JSON.stringify(op)}](el);`);
}

/** An expression whose value is the element of that role and name (or null). */
export function libFind(role, name, options) {
  return libCall('find', [role, name, options]);
}

/**
 * The hook loaded first in the page where an engine's driver does not see
 * everything (front.mjs serves it to WebKit; Firefox gets it as a preload
 * script): it records console.error calls, uncaught errors (also those that
 * are only dispatched as error events, like the ResizeObserver loop notice),
 * unhandled rejections and CSP violations in `window.__engineErrors`; and
 * each widget's recap-ready events (READY_RECORDER).
 */
export const CONSOLE_HOOK = `${READY_RECORDER}
(() => {
  const errors = [];
  Object.defineProperty(window, '__engineErrors', { value: errors });
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
    return original.apply(this, args);
  };
  addEventListener('error', (e) => { if (e instanceof ErrorEvent) errors.push('page error: ' + e.message); });
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + (e.reason?.message ?? e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI), true);
})();
`;
