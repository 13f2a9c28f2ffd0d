// Stories: the list, and one story's articles, timeline, map, fused events with their reports,
// contradictions side by side and framing per outlet (all from /api/stories).
import {actorLink, api, articleLink, day, el, meta, route, show, table} from './dom.js';
import {eventMap, timeline} from './map.js';

export async function storiesPage(params) {
  const r = await api('/stories', {limit: 50, cursor: params.cursor});
  show('Stories', el('h1', {}, 'Stories'),
    el('p', {class: 'meta'}, 'Articles grouped into stories as they are published; each story has a situation report.'),
    table(['Story', 'Articles', 'Dates', 'Outlets'], r.items.map(s => [
      el('a', {href: route('/story/' + encodeURIComponent(s.id))}, s.title || s.id),
      String(s.articles.length), meta(s.first, s.last !== s.first ? s.last : null), s.outlets.join('; ')]), 'Stories'),
    r.next_cursor ? el('p', {}, el('a', {href: route('/stories', {cursor: r.next_cursor})}, 'Next page')) : null);
}

export async function storyPage(id) {
  const s = await api('/stories/' + encodeURIComponent(id));
  const titles = new Map(s.members.map(m => [m.id, m.title || m.id]));
  const fused = new Map(s.fused_events.map(f => [f.id, f]));
  const reportHref = '/api/stories/' + encodeURIComponent(s.id) + '/report';
  // one dot per fused event with coordinates (its most precise reported place)
  const map = await eventMap((s.fused_event_places || []).map(p => ({lat: p.latitude, lon: p.longitude,
    label: p.name, count: 1})), 'Where the story’s ' + s.fused_events.length + ' fused event(s) happened');
  show(s.title || s.id,
    el('p', {class: 'crumbs'}, el('a', {href: route('/stories')}, 'Stories'), ' › story'),
    el('h1', {dir: 'auto'}, s.title || s.id),
    el('p', {class: 'meta'}, meta(s.articles.length + ' article(s)', s.outlets.length + ' outlet(s)', meta(s.first, s.last)), ' ',
      el('a', {href: reportHref}, 'Situation report (HTML)'), ' ', el('a', {href: reportHref + '?format=md'}, '(Markdown)')),
    el('nav', {class: 'toc', 'aria-label': 'sections'}, ['Timeline', 'Map', 'Articles', 'Events', 'Contradictions', 'Framing']
      .map(t => el('a', {href: route('/story/' + encodeURIComponent(s.id), {section: t.toLowerCase()})}, t))),
    el('section', {id: 'timeline', 'aria-labelledby': 'h-timeline'}, el('h2', {id: 'h-timeline'}, 'Timeline'),
      timeline(s.timeline.days.map(d => ({day: d.day, count: d.events, label: meta(d.events + ' event(s)', d.reports + ' report(s)', killedLabel(d))})), 'Fused events per day')),
    el('section', {id: 'map', 'aria-labelledby': 'h-map'}, el('h2', {id: 'h-map'}, 'Map'), map),
    el('section', {id: 'articles', 'aria-labelledby': 'h-articles'}, el('h2', {id: 'h-articles'}, 'Articles'),
      membersTable(s, titles)),
    el('section', {id: 'events', 'aria-labelledby': 'h-events'}, el('h2', {id: 'h-events'}, 'Fused events (' + s.fused_events.length + ')'),
      el('p', {class: 'meta'}, 'One row per event, with every report of it across outlets; corroboration counts independent sources.'),
      fusedTable(s, titles)),
    el('section', {id: 'contradictions', 'aria-labelledby': 'h-contradictions'}, el('h2', {id: 'h-contradictions'}, 'Contradictions (' + s.contradictions.length + ')'),
      s.contradictions.length ? s.contradictions.map(c => contradiction(c, titles, fused)) : el('p', {class: 'meta'}, 'None found.')),
    el('section', {id: 'framing', 'aria-labelledby': 'h-framing'}, el('h2', {id: 'h-framing'}, 'Framing'),
      el('p', {class: 'meta'}, 'How each outlet labels the actors, in its own voice or quoting someone, and the loaded terms it uses.'),
      framingTable(s.framing)));
}

function killedLabel(d) {
  const r = x => x ? (x.max === null || x.max === undefined ? 'at least ' + x.min : x.min === x.max ? String(x.min) : x.min + '–' + x.max) : null;
  return meta(d.killed ? r(d.killed) + ' killed' : null, d.wounded ? r(d.wounded) + ' wounded' : null);
}

// The story's page holds the first page of its members and of each fused event's reports; the
// rest come a page at a time from /api/stories/{id}/members and .../events/{event}/reports.
function membersTable(s, titles) {
  const row = m => [day(m.published) || '', articleLink(m.id, m.title),
    meta(m.outlet, m.wire ? 'wire: ' + m.wire : null), m.started ? 'started the story' : m.duplicate_of ? 'duplicate of ' + (titles.get(m.duplicate_of) || m.duplicate_of)
      : meta('score ' + m.score, 'text ' + m.text, 'names ' + m.names, 'time ' + m.time, m.shared_names.length ? 'shared: ' + m.shared_names.join(', ') : null)];
  const t = table(['Published', 'Article', 'Outlet', 'Why it joined'], s.members.map(row), 'Articles in the story');
  const total = s.members_total ?? s.members.length;
  return el('div', {}, t, more(t.querySelector('tbody'), s.members.length, total, 'article',
    page => api('/stories/' + encodeURIComponent(s.id) + '/members', {page}),
    m => el('tr', {}, row(m).map(c => el('td', {}, c)))));
}

function fusedTable(s, titles) {
  const item = r => el('li', {},
    el('q', {dir: 'auto'}, r.wording || r.trigger), ' ',
    el('span', {class: 'meta'}, meta(r.outlet, r.published, r.modality, 'trigger “' + r.trigger + '”')), ' ',
    articleLink(r.article_id, titles.get(r.article_id)));
  return table(['Date', 'Event', 'Source', 'Target', 'Place', 'Sources', 'Reports'], s.fused_events.map(f => {
    const list = el('ul', {}, f.reports.map(item));
    const total = f.reports_total ?? f.reports.length;
    return [
      f.date || '',
      f.code,
      f.source ? actorLink(f.source) : '',
      f.target ? actorLink(f.target) : '',
      f.place || '',
      el('span', {title: f.sources.join('; ')}, String(f.corroboration), f.sources.length ? el('span', {class: 'meta'}, ' (' + f.sources.join('; ') + ')') : null),
      el('details', {}, el('summary', {}, total + ' report(s)'), list,
        more(list, f.reports.length, total, 'report',
          page => api('/stories/' + encodeURIComponent(s.id) + '/events/' + encodeURIComponent(f.id) + '/reports', {page}),
          item))];
  }), 'Fused events');
}

// A button that appends the next page of a paged list to `into` until all `total` are shown.
function more(into, shown, total, noun, fetchPage, render) {
  if (shown >= total) return null;
  let next = 2;
  const button = el('button', {type: 'button', class: 'more'});
  const label = () => button.textContent = 'Show more (' + shown + ' of ' + total + ' ' + noun + 's shown)';
  label();
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const p = await fetchPage(next);
      for (const x of p.items) into.append(render(x));
      shown += p.items.length;
      next = p.next_page;
      if (!next) button.remove(); else label();
    } catch (e) {
      button.textContent = 'Could not load more: ' + e.message;
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

function contradiction(c, titles, fused) {
  const f = fused.get(c.event);
  const what = f ? meta(f.code, (f.source || '?') + ' → ' + (f.target || '?'), f.place) : c.event;
  return el('div', {class: 'contradiction'},
    el('h3', {}, 'Reports disagree on the ' + c.attribute + ' of ' + what),
    el('div', {class: 'sides'}, c.sides.map(side => el('div', {class: 'side-by-side'},
      el('p', {class: 'value'}, side.value),
      el('ul', {}, side.sources.map(src => el('li', {},
        el('blockquote', {dir: 'auto'}, src.text), ' ',
        el('span', {class: 'meta'}, src.outlet), ' ', articleLink(src.article_id, titles.get(src.article_id)))))))));
}

function framingTable(framing) {
  const rows = [];
  for (const o of framing.outlets) {
    for (const a of o.actors) {
      const labels = [...new Set(a.labels.map(l => l.text + (l.voice === 'own' ? '' : ' (' + l.voice + (l.speaker ? ': ' + l.speaker : '') + ')')))];
      rows.push([o.outlet, a.actor, labels.join('; ')]);
    }
    if (o.loaded_terms.length) {
      rows.push([o.outlet, el('em', {}, 'loaded terms'), [...new Set(o.loaded_terms.map(t => t.term + ' (' + t.category + (t.voice === 'own' ? '' : ', ' + t.voice) + ')'))].join('; ')]);
    }
  }
  return rows.length ? table(['Outlet', 'Actor', 'Labels'], rows, 'Framing per outlet') : el('p', {class: 'meta'}, 'No labels recorded.');
}
