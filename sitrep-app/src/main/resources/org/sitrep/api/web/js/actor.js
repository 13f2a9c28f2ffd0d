// Actors: the registry, and one actor's names, codes, events and quotes.
import {actorLink, api, articleLink, el, meta, route, show, table} from './dom.js';
import {eventRows, EVENT_HEADERS} from './events.js';

export async function actorsPage(params) {
  const r = await api('/actors', {limit: 100, cursor: params.cursor});
  show('Actors', el('h1', {}, 'Actors'),
    el('p', {class: 'meta'}, 'The same actor across all articles, however each spells it; most-mentioned first.'),
    table(['Name', 'Type', 'Kind', 'Country', 'CAMEO', 'Articles', 'Aliases'], r.items.map(a => [
      actorLink(a.canonical_name), a.type.toLowerCase(), (a.kind || '').toLowerCase(), a.country || '', a.cameo_code || '',
      String(a.article_count), a.aliases.join('; ')]), 'Actor registry'),
    r.next_cursor ? el('p', {}, el('a', {href: route('/actors', {cursor: r.next_cursor})}, 'Next page')) : null);
}

export async function actorPage(name) {
  let a;
  try {
    a = await api('/actors/' + encodeURIComponent(name));
  } catch (e) {
    // Names in an article that the registry does not hold (descriptions, unmatched spellings).
    a = null;
  }
  const key = a ? a.canonical_name : name;
  const [events, quotes] = await Promise.all([
    api('/events', {actor: key, limit: 100}).catch(() => ({items: []})),
    api('/quotes', {speaker: key, limit: 50}).catch(() => ({items: []}))]);
  show(key,
    el('p', {class: 'crumbs'}, el('a', {href: route('/actors')}, 'Actors'), ' › actor'),
    el('h1', {dir: 'auto'}, key),
    a ? el('dl', {class: 'facts'},
      el('dt', {}, 'Type'), el('dd', {}, meta(a.type.toLowerCase(), a.kind && a.kind.toLowerCase())),
      el('dt', {}, 'Country'), el('dd', {}, a.country || 'unknown'),
      el('dt', {}, 'CAMEO code'), el('dd', {}, a.cameo_code || 'none'),
      el('dt', {}, 'Also known as'), el('dd', {}, a.aliases.join('; ')),
      el('dt', {}, 'Articles'), el('dd', {}, el('a', {href: route('/search', {entity: key})}, a.article_count + ' article(s)')))
      : el('p', {class: 'meta'}, 'Not in the actor registry; events and quotes below match the name as written.'),
    el('h2', {}, 'Events (' + events.items.length + (events.next_cursor ? '+' : '') + ')'),
    events.items.length ? table(EVENT_HEADERS, eventRows(events.items), 'Events with this actor as source or target') : el('p', {class: 'meta'}, 'None.'),
    el('p', {}, el('a', {href: route('/events', {actor: key})}, 'All events with this actor, on the map')),
    el('h2', {}, 'Quotes (' + quotes.items.length + (quotes.next_cursor ? '+' : '') + ')'),
    quotes.items.length ? el('ul', {class: 'quotes'}, quotes.items.map(q => el('li', {},
      el('blockquote', {dir: 'auto'}, q.quote.text), ' ',
      el('span', {class: 'meta'}, meta(q.quote.speaker, q.quote.verb, q.source, q.published)), ' ',
      articleLink(q.article_id, q.title)))) : el('p', {class: 'meta'}, 'None.'));
}
