// Article page: the article's ORIGINAL text, exactly as stored, with entities, times, quotes and
// event triggers highlighted from their character spans (UTF-16 offsets, which is what JavaScript
// strings index by), boilerplate greyed out, and what each annotation means on hover or focus.
import {actorLink, api, el, failure, meta, route, safeUrl, show, table} from './dom.js';
import {eventRows, EVENT_HEADERS} from './events.js';

const LEGEND = [['entity', 'entity'], ['time', 'time'], ['quote', 'quote'], ['event', 'event trigger'], ['boilerplate', 'boilerplate']];

export async function articlePage(id) {
  let a;
  try {
    a = await api('/articles/' + encodeURIComponent(id));
  } catch (e) {
    return failure(e);
  }
  const url = safeUrl(a.url);
  const spans = annotations(a);
  const inspector = el('div', {class: 'inspector', role: 'status', 'aria-live': 'polite'},
    'Hover over or tab to a highlight to see what it is.');
  const text = annotatedText(a.text, spans, inspector);
  show(a.title || a.id,
    el('p', {class: 'crumbs'}, el('a', {href: route('/search')}, 'Search'), ' › article'),
    el('h1', {dir: 'auto'}, a.title || a.id),
    el('p', {class: 'meta'}, meta(a.outlet || a.source || 'unknown outlet', a.published && a.published.value ? 'published ' + a.published.value + (a.published.basis && a.published.basis !== 'metadata' ? ' (' + a.published.basis + ')' : '') : 'undated',
      a.wire ? 'wire: ' + a.wire : null, 'version ' + a.version), ' ',
      url ? el('a', {href: url, rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer'}, 'original') : (a.url ? el('span', {class: 'raw-url'}, '(address not a web link: ' + a.url + ')') : null)),
    el('p', {class: 'legend', 'aria-hidden': 'true'}, LEGEND.map(([c, t]) => el('span', {class: 'hl ' + c}, t))),
    el('div', {class: 'article-layout'}, text, el('div', {class: 'side'}, inspector, summary(a))),
    el('h2', {}, 'Events (' + a.events.length + ')'),
    table(EVENT_HEADERS, eventRows(a.events.map(e => ({event: e, article_id: a.id, title: a.title}))), 'Events in this article'));
}

/** Every annotation as {start, end, cls, tip}; tips give the normalised value, code and event. */
export function annotations(a) {
  const spans = [];
  const codeOf = new Map(a.actors.filter(r => r.entity_id).map(r => [r.entity_id, r]));
  const eventsOf = new Map();
  for (const ev of a.events) {
    for (const [id, role] of [[ev.source_id, 'source'], [ev.target_id, 'target']]) {
      if (!id) continue;
      if (!eventsOf.has(id)) eventsOf.set(id, []);
      eventsOf.get(id).push(role + ' of ' + eventLabel(ev));
    }
  }
  for (const s of a.structure) {
    if (s.type === 'boilerplate') spans.push({start: s.start, end: s.end, cls: 'boilerplate', tip: 'Boilerplate (not analysed)' + (s.note ? ': ' + s.note : '')});
  }
  for (const e of a.entities) {
    const r = codeOf.get(e.id);
    const lines = [e.type.toLowerCase() + (e.subtype ? ' / ' + e.subtype.toLowerCase() : '') + ': ' + e.name];
    if (e.roles && e.roles.length) lines.push('role: ' + e.roles.join('; '));
    if (r) lines.push('actor: ' + meta(r.kind && r.kind.toLowerCase(), r.country, r.cameo_code ? 'CAMEO ' + r.cameo_code : null));
    for (const x of eventsOf.get(e.id) || []) lines.push(x);
    for (const m of e.mentions) spans.push({start: m.start, end: m.end, cls: 'entity', tip: lines.join('\n'), actor: e.type === 'PERSON' || e.type === 'ORGANIZATION' ? e.name : null});
  }
  for (const t of a.times) spans.push({start: t.start, end: t.end, cls: 'time', tip: 'time (' + t.type.toLowerCase() + (t.segment && t.segment !== 'text' ? ', ' + t.segment.replace('_', ' ') : '') + '): ' + (t.value || 'no value')});
  for (const q of a.quotes) spans.push({start: q.start, end: q.end, cls: 'quote', tip: (q.kind || 'quote') + ' by ' + (q.speaker || 'an unknown speaker') + (q.verb ? ' (' + q.verb + ')' : '')});
  for (const ev of a.events) {
    if (Number.isInteger(ev.trigger_start) && ev.trigger_end > ev.trigger_start) {
      spans.push({start: ev.trigger_start, end: ev.trigger_end, cls: 'event', tip: 'event: ' + eventLabel(ev) + '\n' + meta(ev.plover, ev.modality, ev.date ? 'on ' + ev.date : null, ev.place ? 'at ' + ev.place.name : null)});
    }
  }
  return spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start && s.start >= 0 && s.end <= a.text.length);
}

function eventLabel(ev) {
  return (ev.source || '?') + ' → ' + (ev.target || '?') + ' (' + ev.code + (ev.trigger ? ' “' + ev.trigger + '”' : '') + ')';
}

/** The text cut at every annotation boundary; each piece carries every annotation covering it. */
export function annotatedText(text, spans, inspector) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const box = el('div', {class: 'text', dir: 'ltr', lang: '', tabindex: '-1', 'aria-label': 'article text'});
  // Spans are sorted by start so each piece finds its covering annotations quickly.
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let open = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    while (next < sorted.length && sorted[next].start <= from) open.push(sorted[next++]);
    open = open.filter(s => s.end > from);
    const piece = text.substring(from, to);
    const on = open.filter(s => s.start <= from && s.end >= to);
    if (!on.length) { box.append(document.createTextNode(piece)); continue; }
    const classes = [...new Set(on.map(s => s.cls))];
    const tip = on.map(s => s.tip).join('\n');
    const onlyBoilerplate = classes.length === 1 && classes[0] === 'boilerplate';
    const span = el('span', {class: 'hl ' + classes.join(' '), title: tip, tabindex: onlyBoilerplate ? null : '0', 'data-tip': tip}, piece);
    box.append(span);
  }
  const inspect = ev => {
    const t = ev.target.closest && ev.target.closest('span.hl');
    if (t && box.contains(t)) inspector.replaceChildren(...t.dataset.tip.split('\n').map(l => el('div', {}, l)));
  };
  box.addEventListener('mouseover', inspect);
  box.addEventListener('focusin', inspect);
  return box;
}

function summary(a) {
  const people = a.entities.filter(e => e.type === 'PERSON' || e.type === 'ORGANIZATION');
  const places = a.places.filter(p => p.latitude !== null && p.latitude !== undefined);
  return el('div', {class: 'summary'},
    el('h2', {}, 'Actors'),
    people.length ? el('ul', {}, people.map(e => el('li', {}, actorLink(e.name), ' ', el('span', {class: 'meta'}, e.type.toLowerCase())))) : el('p', {class: 'meta'}, 'none'),
    el('h2', {}, 'Places'),
    places.length ? el('ul', {}, places.map(p => el('li', {}, p.name, ' ', el('span', {class: 'meta'}, meta(p.precision && p.precision.toLowerCase(), p.country_code))))) : el('p', {class: 'meta'}, 'none resolved'),
    el('h2', {}, 'Quotes (' + a.quotes.length + ')'),
    el('p', {class: 'meta'}, a.quotes.length ? [...new Set(a.quotes.map(q => q.speaker || 'unknown'))].join('; ') : 'none'));
}
