// Sitrep web app: a hash-routed page over the JSON API (/api). Article text is untrusted: every
// string goes into the page through text nodes and attribute values (el() below), never as markup,
// and links are built only from this app's own routes or http(s) addresses.
'use strict';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function safeUrl(u) {
  return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
}

function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  const s = q.toString();
  return '#' + path + (s ? '?' + s : '');
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  const res = await fetch('/api' + path + (q.toString() ? '?' + q : ''), {headers: {Accept: 'application/json'}});
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
  main.focus();
}

function failure(e) {
  show(el('p', {class: 'error', role: 'alert'}, 'Error: ' + e.message));
}

// Snippets mark matches with « and »; turn them into <mark> elements, as text.
function snippet(s) {
  const p = el('p', {class: 'snippet'}, '… ');
  const parts = s.split(/[«»]/);
  parts.forEach((part, i) => p.append(i % 2 ? el('mark', {}, part) : document.createTextNode(part)));
  p.append(' …');
  return p;
}

function form(fields, values, onSubmit) {
  const f = el('form', {role: 'search'});
  for (const [name, label, type] of fields) {
    f.append(el('label', {}, label + ' ', el('input', {name, type: type || 'text', value: values[name] || ''})));
  }
  f.append(el('button', {type: 'submit'}, 'Go'));
  f.addEventListener('submit', ev => {
    ev.preventDefault();
    onSubmit(Object.fromEntries(new FormData(f).entries()));
  });
  return f;
}

async function searchPage(params) {
  const fields = [['q', 'Text'], ['entity', 'Entity'], ['source', 'Outlet'], ['from', 'From', 'date'], ['to', 'To', 'date']];
  const f = form(fields, params, v => { location.hash = route('/search', v); });
  show(f, el('p', {}, 'Searching…'));
  try {
    const r = await api('/search', params);
    const list = el('section', {'aria-label': 'results'}, el('p', {class: 'meta'}, r.total_hits + ' hit(s)'));
    for (const h of r.items) {
      list.append(el('article', {class: 'hit'},
        el('h2', {}, el('a', {href: route('/article/' + encodeURIComponent(h.id))}, h.title || '(untitled)')),
        el('div', {class: 'meta'}, [h.source || 'unknown source', h.published || 'undated'].join(' · ')),
        ...h.snippets.map(snippet)));
    }
    if (r.next_cursor) {
      list.append(el('a', {href: route('/search', Object.assign({}, params, {cursor: r.next_cursor}))}, 'More results'));
    }
    show(f, list);
  } catch (e) { failure(e); }
}

// Splits the text at every annotation boundary; each piece carries the annotations covering it.
function annotatedText(a) {
  const spans = [];
  for (const s of a.structure) if (s.type === 'boilerplate') spans.push({start: s.start, end: s.end, cls: 'boilerplate', tip: 'boilerplate: ' + s.note});
  for (const e of a.entities) for (const m of e.mentions) spans.push({start: m.start, end: m.end, cls: 'entity', tip: e.type + (e.subtype ? '/' + e.subtype : '') + ': ' + e.name + actorCode(a, e.id)});
  for (const t of a.times) spans.push({start: t.start, end: t.end, cls: 'time', tip: t.type + ' ' + t.value});
  for (const q of a.quotes) spans.push({start: q.start, end: q.end, cls: 'quote', tip: 'quote by ' + (q.speaker || 'unknown')});
  for (const ev of a.events) spans.push({start: ev.trigger_start, end: ev.trigger_end, cls: 'event', tip: 'event ' + ev.code + ' (' + (ev.plover || '') + '): ' + (ev.source || '?') + ' → ' + (ev.target || '?') + (ev.date ? ', ' + ev.date : '')});
  const cuts = new Set([0, a.text.length]);
  for (const s of spans) if (s.end > s.start) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(n => n >= 0 && n <= a.text.length).sort((x, y) => x - y);
  const box = el('div', {class: 'text'});
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = a.text.substring(from, to);
    const on = spans.filter(s => s.start <= from && s.end >= to && s.end > s.start);
    if (!on.length) { box.append(document.createTextNode(piece)); continue; }
    box.append(el('span', {class: [...new Set(on.map(s => s.cls))].join(' '), title: on.map(s => s.tip).join('\n')}, piece));
  }
  return box;
}

function actorCode(a, entityId) {
  const r = a.actors.find(x => x.entity_id === entityId);
  return r && r.cameo_code ? ' [' + r.cameo_code + ']' : '';
}

async function articlePage(id) {
  show(el('p', {}, 'Loading…'));
  try {
    const a = await api('/articles/' + encodeURIComponent(id));
    const url = safeUrl(a.url);
    show(el('h1', {}, a.title || a.id),
      el('p', {class: 'meta'}, [a.source || 'unknown source', a.published && a.published.value || 'undated', 'version ' + a.version].join(' · '), ' ',
        url ? el('a', {href: url, rel: 'noopener noreferrer'}, 'original') : (a.url ? '(' + a.url + ')' : null)),
      el('p', {class: 'legend'}, el('span', {class: 'entity'}, 'entity'), el('span', {class: 'time'}, 'time'),
        el('span', {class: 'quote'}, 'quote'), el('span', {class: 'event'}, 'event'), el('span', {class: 'boilerplate'}, 'boilerplate')),
      annotatedText(a),
      el('h2', {}, 'Events'), eventTable(a.events.map(e => ({event: e, article_id: a.id, title: a.title}))));
  } catch (e) { failure(e); }
}

function eventTable(items) {
  const t = el('table', {}, el('thead', {}, el('tr', {}, ...['Date', 'Code', 'Source', 'Target', 'Place', 'Modality', 'Article'].map(h => el('th', {scope: 'col'}, h)))));
  const body = el('tbody');
  for (const it of items) {
    const e = it.event;
    body.append(el('tr', {},
      el('td', {}, e.date || ''), el('td', {title: e.plover || ''}, e.code + ' ' + (e.trigger || '')),
      el('td', {}, (e.source || '') + (e.source_code ? ' [' + e.source_code + ']' : '')),
      el('td', {}, (e.target || '') + (e.target_code ? ' [' + e.target_code + ']' : '')),
      el('td', {}, e.place ? e.place.name : ''), el('td', {}, e.modality),
      el('td', {}, el('a', {href: route('/article/' + encodeURIComponent(it.article_id))}, it.title || it.article_id))));
  }
  t.append(body);
  return t;
}

async function eventsPage(params) {
  const fields = [['actor', 'Actor'], ['root', 'CAMEO root'], ['source', 'Outlet'], ['from', 'From', 'date'], ['to', 'To', 'date']];
  const f = form(fields, params, v => { location.hash = route('/events', v); });
  show(f, el('p', {}, 'Loading…'));
  try {
    const r = await api('/events', params);
    const more = r.next_cursor ? el('a', {href: route('/events', Object.assign({}, params, {cursor: r.next_cursor}))}, 'Next page') : null;
    show(f, eventTable(r.items), more);
  } catch (e) { failure(e); }
}

async function actorsPage(params) {
  show(el('p', {}, 'Loading…'));
  try {
    const r = await api('/actors', params);
    const t = el('table', {}, el('thead', {}, el('tr', {}, ...['Name', 'Kind', 'Country', 'CAMEO', 'Articles', 'Aliases'].map(h => el('th', {scope: 'col'}, h)))));
    const body = el('tbody');
    for (const a of r.items) {
      body.append(el('tr', {}, el('td', {}, el('a', {href: route('/events', {actor: a.canonical_name})}, a.canonical_name)),
        el('td', {}, a.kind || ''), el('td', {}, a.country || ''), el('td', {}, a.cameo_code || ''),
        el('td', {}, a.article_count), el('td', {}, a.aliases.join('; '))));
    }
    t.append(body);
    show(el('h1', {}, 'Actors'), t, r.next_cursor ? el('a', {href: route('/actors', {cursor: r.next_cursor})}, 'Next page') : null);
  } catch (e) { failure(e); }
}

function dispatch() {
  const hash = location.hash.replace(/^#/, '') || '/search';
  const [path, query] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(query || '').entries());
  if (path.startsWith('/article/')) return articlePage(decodeURIComponent(path.substring('/article/'.length)));
  if (path === '/events') return eventsPage(params);
  if (path === '/actors') return actorsPage(params);
  return searchPage(params);
}

window.addEventListener('hashchange', dispatch);
document.addEventListener('DOMContentLoaded', dispatch);
