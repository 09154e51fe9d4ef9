// The plain-JS baseline (the widget's largest contentful paint must come no
// later than a plain-JS widget's): a custom element with an open shadow root
// that fetches the recap JSON and renders the header and the speaker cards
// with the widget's own stylesheet and classes. No framework, no wasm, no filters, carousel or
// URL state: the least a widget has to do to show the same first screen of
// cards. Not shipped; only the benchmark loads it (bench/server.mjs).

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

function card(speaker, index, language) {
  const id = `person-${index}`;
  const name = [speaker.honorific, speaker.name].filter(Boolean).join(' ');
  return h('li', {}, h('article', { class: 'card', 'aria-labelledby': id },
    h('div', { class: 'avatar', 'aria-hidden': 'true' }, h('span', { class: 'initials' }, initials(speaker.name))),
    h('div', { class: 'card-body' },
      h('h3', { id, lang: language }, name),
      speaker.role ? h('p', { class: 'role', lang: language }, speaker.role) : null,
      speaker.organization ? h('p', { class: 'organization', lang: language }, speaker.organization) : null,
      h('p', { class: 'tags' }, [speaker.region, speaker.sector].filter(Boolean).map((tag) => h('span', { class: 'tag' }, tag))))));
}

function render(recap) {
  const language = recap.language ?? 'de';
  return h('div', { class: 'recap', lang: language },
    h('div', { class: 'layout' },
      header(recap.event ?? {}, language),
      h('section', { class: 'people', 'aria-labelledby': 'people-heading' },
        h('h3', { id: 'people-heading', class: 'visually-hidden' }, 'Personen'),
        h('ul', { class: 'cards' }, (recap.speakers ?? []).map((speaker, i) => card(speaker, i, language))))));
}

class PlainRecap extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const stylesheet = h('link', { rel: 'stylesheet', href: new URL(this.getAttribute('stylesheet'), document.baseURI).href });
    // Shown once both the recap and the stylesheet are there: no unstyled flash.
    const styled = new Promise((resolve) => { stylesheet.addEventListener('load', resolve, { once: true }); stylesheet.addEventListener('error', resolve, { once: true }); });
    root.append(stylesheet);
    const url = new URL(this.getAttribute('src') ?? 'recap.json', document.baseURI);
    try {
      const [recap] = await Promise.all([fetch(url, { credentials: 'omit' }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      }), styled]);
      root.append(render(recap));
    } catch (error) {
      root.append(h('div', { class: 'recap' }, h('div', { class: 'error', role: 'alert' }, h('p', {}, `Der Rückblick kann nicht angezeigt werden: ${error.message}`))));
    }
  }
}

customElements.define('plain-recap', PlainRecap);
