// Shared helpers of the Sitrep web app. Article text and every value from the API is untrusted:
// it reaches the page only through el()/svg() below (text nodes and attribute values, never
// markup), and links are built only to this app's own routes or to http(s) addresses.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Attributes that would run or load something; el() and svg() refuse to set them at all.
const FORBIDDEN_ATTR = /^(on|href$|src$|srcdoc$|action$|formaction$|xlink:|style$)/i;

/** An HTML element with attributes (null values skipped) and children (strings become text). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element, likewise. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'href') {
      node.setAttribute('href', safeHref(String(v)));
    } else if (FORBIDDEN_ATTR.test(k)) {
      throw new Error('refusing attribute ' + k);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** An app route (#/...) or an http(s) address; anything else becomes a dead link. */
function safeHref(u) {
  if (u.startsWith('#/') || u === '/openapi.json' || /^https?:\/\//i.test(u)) return u;
  if (/^\/api\/[a-z0-9/_.%-]*(\?[^#]*)?$/i.test(u)) return u;
  return '#/';
}

/** An article's own address when it is http(s), else null (it is then shown as text only). */
export function safeUrl(u) {
  return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
}

/** The app's hash route for a path and parameters (empty values left out). */
export function route(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return '#' + path + (s ? '?' + s : '');
}

/** GETs /api + path with parameters; throws an Error with the problem's detail on failure. */
export async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const res = await fetch('/api' + path + (q.toString() ? '?' + q : ''), {headers: {Accept: 'application/json'}});
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error(res.status + ' ' + res.statusText);
  }
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

/** Replaces the page's content and moves focus to it (for keyboard and screen-reader users). */
export function show(title, ...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.flat().filter(n => n));
  document.title = title ? title + ' · Sitrep' : 'Sitrep';
  main.focus({preventScroll: true});
  window.scrollTo(0, 0);
  document.body.dataset.loaded = String(Date.now());
}

export function loading() {
  const main = document.getElementById('main');
  main.replaceChildren(el('p', {class: 'meta', role: 'status'}, 'Loading…'));
}

export function failure(e) {
  show('Error', el('h1', {}, 'Something went wrong'), el('p', {class: 'error', role: 'alert'}, e.message));
}

/** A filter form: fields are [name, label, type, options]; submitting calls onSubmit(values). */
export function form(fields, values, onSubmit, label) {
  const f = el('form', {class: 'filters', role: 'search', 'aria-label': label || 'filters'});
  for (const [name, text, type, options] of fields) {
    const id = 'f-' + name;
    let input;
    if (type === 'select') {
      input = el('select', {name, id}, ...options.map(([v, t]) => el('option', {value: v, selected: (values[name] || '') === v}, t)));
    } else {
      input = el('input', {name, id, type: type || 'text', value: values[name] || ''});
    }
    f.append(el('div', {class: 'field'}, el('label', {for: id}, text), input));
  }
  f.append(el('div', {class: 'field'}, el('button', {type: 'submit'}, 'Go')));
  f.addEventListener('submit', ev => {
    ev.preventDefault();
    const v = {};
    for (const [k, x] of new FormData(f).entries()) if (String(x).trim()) v[k] = String(x).trim();
    onSubmit(v);
  });
  return f;
}

/** A table with a header row; rows are arrays of cells (nodes or text). */
export function table(headers, rows, caption) {
  return el('div', {class: 'table-wrap'}, el('table', {},
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c)))))));
}

/**
 * "a · b · c" from the non-empty parts, each wrapped in Unicode isolates (FSI … PDI), so a
 * right-to-left override inside one value (an outlet's name, say) cannot reorder the others.
 */
export function meta(...parts) {
  return parts.filter(p => p !== null && p !== undefined && p !== '').map(p => '\u2068' + p + '\u2069').join(' · ');
}

/** A link to an article page. */
export function articleLink(id, text) {
  return el('a', {href: route('/article/' + encodeURIComponent(id))}, text || id);
}

/** A link to an actor page. */
export function actorLink(name, text) {
  return el('a', {href: route('/actor/' + encodeURIComponent(name))}, text || name);
}

/** The day part (YYYY-MM-DD) of a stored date or date-time, or null. */
export function day(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.substring(0, 10) : null;
}
