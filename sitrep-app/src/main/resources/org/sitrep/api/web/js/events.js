// Events page: the stored events with filters, as a table, on the offline map and on a timeline.
import {actorLink, api, articleLink, el, form, meta, route, show, table} from './dom.js';
import {eventMap, timeline} from './map.js';

const PLOVER = ['', 'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODALITY = ['', 'asserted', 'reported', 'announced', 'planned', 'demanded', 'threatened', 'denied', 'hypothetical', 'negated'];

export const EVENT_HEADERS = ['Date', 'Event', 'Source', 'Target', 'Place', 'Modality', 'Article'];

/** Table rows for events [{event, article_id, title}]. */
export function eventRows(items) {
  return items.map(it => {
    const e = it.event;
    return [
      e.date || '',
      el('span', {title: meta(e.plover, e.acled_type, 'Goldstein ' + e.goldstein)}, e.code + ' ', el('span', {class: 'meta'}, meta(e.plover, e.trigger))),
      party(e.source, e.source_code),
      party(e.target, e.target_code),
      e.place ? e.place.name : '',
      e.modality || '',
      articleLink(it.article_id, it.title || it.article_id)];
  });
}

function party(name, code) {
  if (!name) return '';
  return el('span', {}, actorLink(name), code ? el('span', {class: 'code'}, ' ' + code) : null);
}

export async function eventsPage(params) {
  const fields = [['actor', 'Actor'], ['root', 'CAMEO root'], ['plover', 'Type', 'select', PLOVER.map(p => [p, p || 'any'])],
    ['modality', 'Modality', 'select', MODALITY.map(m => [m, m || 'any'])], ['source', 'Outlet'], ['from', 'From', 'date'], ['to', 'To', 'date']];
  const f = form(fields, params, v => { location.hash = route('/events', v); }, 'filter events');
  const r = await api('/events', Object.assign({limit: 200}, params));
  const items = r.items;
  const points = items.filter(it => it.event.place).map(it => ({lat: it.event.place.latitude, lon: it.event.place.longitude, label: it.event.place.name}));
  const perDay = new Map();
  for (const it of items) {
    const d = it.event.date && /^\d{4}-\d{2}-\d{2}/.test(it.event.date) ? it.event.date.substring(0, 10) : null;
    if (d) perDay.set(d, (perDay.get(d) || 0) + 1);
  }
  const map = await eventMap(points, 'Where the ' + items.length + ' event(s) shown happened');
  show('Events', el('h1', {}, 'Events'), f,
    el('p', {class: 'meta', role: 'status'}, items.length + ' event(s)' + (r.next_cursor ? ' (first 200; narrow the filters or page on)' : '')),
    el('div', {class: 'two-col'}, map, timeline([...perDay].map(([day, count]) => ({day, count})), 'Events per day (the events’ own dates)')),
    table(EVENT_HEADERS, eventRows(items), 'Events'),
    r.next_cursor ? el('p', {}, el('a', {href: route('/events', Object.assign({}, params, {cursor: r.next_cursor}))}, 'Next page')) : null);
}
