// Search page: full-text search with filters, facet counts (outlets, actors, event types, days)
// and snippets whose matches the API marks with « and ».
import {api, articleLink, el, form, meta, route, show} from './dom.js';

const FIELDS = [['q', 'Text'], ['entity', 'Entity'], ['source', 'Outlet'], ['from', 'From', 'date'], ['to', 'To', 'date']];

/** A snippet paragraph: the parts between « and » become <mark>, as text. */
export function snippet(s) {
  const p = el('p', {class: 'snippet'}, '… ');
  s.split(/[«»]/).forEach((part, i) => p.append(i % 2 ? el('mark', {}, part) : document.createTextNode(part)));
  p.append(' …');
  return p;
}

export async function searchPage(params) {
  const f = form(FIELDS, params, v => { location.hash = route('/search', v); }, 'search articles');
  const query = {q: params.q, entity: params.entity, source: params.source, from: params.from, to: params.to};
  const [r, facets] = await Promise.all([api('/search', Object.assign({limit: 20}, query, {cursor: params.cursor})), api('/search/facets', query)]);
  const results = el('section', {class: 'results', 'aria-label': 'results'},
    el('p', {class: 'meta', role: 'status'}, r.total_hits + ' article(s)' + (params.q ? ' match “' + params.q + '”' : '')));
  for (const h of r.items) {
    results.append(el('article', {class: 'hit'},
      el('h2', {}, articleLink(h.id, h.title || '(untitled)')),
      el('div', {class: 'meta'}, meta(h.source || 'unknown outlet', h.published || 'undated')),
      h.snippets.map(snippet)));
  }
  if (r.next_cursor) {
    results.append(el('p', {}, el('a', {href: route('/search', Object.assign({}, params, {cursor: r.next_cursor}))}, 'More results')));
  }
  show(params.q ? 'Search: ' + params.q : 'Search', el('h1', {}, 'Search'), f,
    el('div', {class: 'with-side'}, facetPanel(facets, params), results));
}

function facetPanel(f, params) {
  const panel = el('aside', {class: 'facets', 'aria-label': 'narrow the search'},
    el('p', {class: 'meta'}, 'Counts over the best ' + f.articles_counted + ' of ' + f.total_hits + ' article(s)'));
  const group = (title, items, link) => {
    if (!items.length) return;
    panel.append(el('h2', {}, title), el('ul', {}, items.map(i => el('li', {},
      el('a', {href: link(i.value)}, i.value), ' ', el('span', {class: 'count'}, String(i.count))))));
  };
  const narrow = extra => route('/search', Object.assign({}, params, {cursor: null}, extra));
  group('Outlets', f.outlets, v => narrow({source: v}));
  group('Actors', f.actors, v => narrow({entity: v}));
  // Search cannot filter by event type; the type's events within the same outlet and dates can.
  group('Event types', f.event_types, v => route('/events', {plover: v, source: params.source, from: params.from, to: params.to}));
  group('Days', f.days, v => narrow({from: v, to: v}));
  return panel;
}
