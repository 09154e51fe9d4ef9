// The plain-JS baseline of the benchmark: a custom element with an open
// shadow root that fetches the recap JSON and renders it with the widget's
// own stylesheet and markup (header, region and sector toggles with counts,
// status, the carousel's three slides, the first 24 cards). A click on a
// toggle recomputes the matches and rebuilds what changed, as a plain-JS
// widget would: the toggles' counts, the status, the slides, the cards. No
// framework, no wasm, no search, URL state or carousel moves: the least a
// widget has to do for the same first screen and the same filter frame
// (LCP and the filter change are measured against it). Not shipped; only
// the benchmark loads it (bench/server.mjs).

/** An element with attributes and children (strings become text nodes). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, value);
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null && child !== ''));
  return element;
}

const initials = (name) => {
  const words = name.split(/\s+/).filter(Boolean).map((word) => [...word][0]);
  return words.length > 1 ? words[0] + words[words.length - 1] : (words[0] ?? '');
};

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function header(event, language) {
  const sep = () => h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ');
  const place = [event.city, event.venue].filter(Boolean).join(', ');
  const meta = [];
  if (event.date) meta.push(h('time', { datetime: event.date }, dateFormat.format(new Date(`${event.date}T00:00:00Z`))));
  if (place) meta.push(h('span', { lang: language }, place));
  if (event.attendees) meta.push(h('span', {}, `${event.attendees} Teilnehmende`));
  return h('header', { class: 'header' },
    h('h2', { class: 'title', lang: language }, event.title),
    event.motto ? h('p', { class: 'motto', lang: language }, event.motto) : null,
    h('p', { class: 'meta' }, meta.flatMap((part, i) => (i ? [sep(), part] : [part]))));
}

function card(speaker, index, language, quote) {
  const id = `person-${index}`;
  const name = [speaker.honorific, speaker.name].filter(Boolean).join(' ');
  return h('li', {}, h('article', { class: 'card', 'aria-labelledby': id, tabindex: '-1' },
    h('div', { class: 'avatar', 'aria-hidden': 'true' }, h('span', { class: 'initials' }, initials(speaker.name))),
    h('div', { class: 'card-body' },
      h('h3', { id, lang: language }, name),
      speaker.role ? h('p', { class: 'role', lang: language }, speaker.role) : null,
      speaker.organization ? h('p', { class: 'organization', lang: language }, speaker.organization) : null,
      h('p', { class: 'tags' }, [speaker.region, speaker.sector].filter(Boolean).map((tag) => h('span', { class: 'tag' }, tag))),
      quote ? h('button', { type: 'button', 'data-quote': quote, class: 'button link' }, 'Zitat anzeigen') : null)));
}

const REGIONS = ['Sachsen', 'Sachsen-Anhalt', 'Thüringen'];
const SECTORS = ['Wirtschaft', 'Politik', 'Verwaltung', 'Wissenschaft'];
const PAGE = 24;

/** The people the selection keeps, and each option's count under the other group. */
function matches(speakers, selected) {
  const keeps = (group, value) => !selected[group].size || selected[group].has(value);
  const visible = [];
  const counts = { region: new Map(), sector: new Map() };
  speakers.forEach((speaker, index) => {
    const region = keeps('region', speaker.region);
    const sector = keeps('sector', speaker.sector);
    if (region && sector) visible.push(index);
    if (sector && speaker.region) counts.region.set(speaker.region, (counts.region.get(speaker.region) ?? 0) + 1);
    if (region && speaker.sector) counts.sector.set(speaker.sector, (counts.sector.get(speaker.sector) ?? 0) + 1);
  });
  return { visible, counts };
}

function slide(quote, speaker, at, count, place, language) {
  const current = place === 'current';
  const attributes = { role: 'group', 'aria-roledescription': 'slide', 'aria-label': `${at + 1} von ${count}`, class: `slide ${place}` };
  if (current) attributes.tabindex = '-1'; else attributes.inert = 'inert';
  return h('div', attributes,
    h('figure', { lang: language },
      h('blockquote', {}, h('div', { class: 'quote-text', id: current ? 'current-quote-text' : null }, ...quote.text.split('\n\n').map((p) => h('p', {}, p)))),
      h('figcaption', {}, h('span', { class: 'quote-name' }, speaker ? [speaker.honorific, speaker.name].filter(Boolean).join(' ') : ''))),
    h('button', { type: 'button', class: 'button link share' }, 'Zitat teilen'));
}

class View {
  constructor(recap, root) {
    this.recap = recap;
    this.language = recap.language ?? 'de';
    this.speakers = recap.speakers ?? [];
    this.byId = new Map(this.speakers.map((s) => [s.id, s]));
    this.selected = { region: new Set(), sector: new Set() };
    const present = new Set(this.speakers.map((s) => s.sector));
    const toggles = (group, values) => values.map((value) => {
      const button = h('button', { type: 'button', 'aria-pressed': 'false', class: 'chip' }, value);
      button.addEventListener('click', () => {
        const set = this.selected[group];
        if (set.has(value)) set.delete(value); else set.add(value);
        this.update();
      });
      return [value, button];
    });
    this.toggles = { region: toggles('region', REGIONS), sector: toggles('sector', SECTORS.filter((s) => present.has(s))) };
    this.status = h('p', { role: 'status', class: 'status' });
    this.position = h('span', { 'aria-hidden': 'true', class: 'position' });
    this.track = h('div', { class: 'track has-previous' });
    this.cards = h('ul', { class: 'cards' });
    this.more = h('button', { type: 'button', class: 'button secondary more' });
    const group = (legend, list) => h('fieldset', { class: 'group' }, h('legend', {}, legend), h('div', { class: 'chips' }, list.map(([, button]) => button)));
    root.append(h('div', { class: 'recap', lang: this.language },
      h('div', { class: 'layout', 'data-prefix': 'recap' },
        header(recap.event ?? {}, this.language),
        h('div', { class: 'filters' },
          group('Region', this.toggles.region), group('Bereich', this.toggles.sector),
          h('div', { class: 'search' }, h('label', { for: 'recap-search' }, 'Suche'),
            h('input', { id: 'recap-search', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'Name, Organisation, Zitat …' })),
          h('div', { class: 'filter-footer' }, this.status, h('button', { type: 'button', class: 'button secondary' }, 'Filter zurücksetzen'))),
        h('div', { class: 'carousel-slot' },
          h('section', { 'aria-roledescription': 'carousel', 'aria-labelledby': 'quotes-heading', class: 'carousel' },
            h('div', { class: 'carousel-head' }, h('h3', { id: 'quotes-heading' }, 'Zitate'),
              h('div', { class: 'controls' },
                h('button', { type: 'button', 'aria-label': 'Vorheriges Zitat', class: 'button round' }, h('span', { 'aria-hidden': 'true' }, '‹')),
                this.position,
                h('button', { type: 'button', 'aria-label': 'Nächstes Zitat', class: 'button round' }, h('span', { 'aria-hidden': 'true' }, '›')))),
            h('div', { class: 'viewport' }, this.track))),
        h('section', { 'aria-labelledby': 'people-heading', class: 'people' },
          h('h3', { id: 'people-heading', class: 'visually-hidden' }, 'Personen'), this.cards, this.more))));
    this.update();
  }

  update() {
    const { visible, counts } = matches(this.speakers, this.selected);
    for (const group of ['region', 'sector']) {
      for (const [value, button] of this.toggles[group]) {
        button.textContent = `${value} (${counts[group].get(value) ?? 0})`;
        button.setAttribute('aria-pressed', String(this.selected[group].has(value)));
      }
    }
    this.status.textContent = `${visible.length} von ${this.speakers.length} Personen`;
    const kept = new Set(visible.map((i) => this.speakers[i].id));
    const quotes = (this.recap.quotes ?? []).filter((q) => kept.has(q.speaker));
    const count = quotes.length;
    const at = (i) => (i + count) % count;
    this.position.textContent = count ? `1 / ${count}` : '';
    this.track.replaceChildren(...(count ? [[count - 1, 'previous'], [0, 'current'], [1, 'next']] : [])
      .map(([i, place]) => slide(quotes[at(i)], this.byId.get(quotes[at(i)].speaker), at(i), count, place, this.language)));
    const firstQuote = new Map();
    for (const q of this.recap.quotes ?? []) if (!firstQuote.has(q.speaker)) firstQuote.set(q.speaker, q.id);
    this.cards.replaceChildren(...visible.slice(0, PAGE).map((i) => card(this.speakers[i], i, this.language, firstQuote.get(this.speakers[i].id))));
    this.more.hidden = visible.length <= PAGE;
    this.more.textContent = `Weitere Personen anzeigen (noch ${visible.length - PAGE})`;
  }
}

class PlainRecap extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const stylesheet = h('link', { rel: 'stylesheet', href: new URL(this.getAttribute('stylesheet'), document.baseURI).href });
    // Shown once both the recap and the stylesheet are there: no unstyled flash.
    const styled = new Promise((resolve) => { stylesheet.addEventListener('load', resolve, { once: true }); stylesheet.addEventListener('error', resolve, { once: true }); });
    root.append(stylesheet);
    // The page's own `?src=` (the benchmark's generated recaps), else the attribute.
    const url = new URL(new URLSearchParams(location.search).get('src') ?? this.getAttribute('src') ?? 'recap.json', document.baseURI);
    try {
      const [recap] = await Promise.all([fetch(url, { credentials: 'omit' }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      }), styled]);
      this.view = new View(recap, root);
    } catch (error) {
      root.append(h('div', { class: 'recap' }, h('div', { class: 'error', role: 'alert' }, h('p', {}, `Der Rückblick kann nicht angezeigt werden: ${error.message}`))));
    }
  }
}

customElements.define('plain-recap', PlainRecap);
