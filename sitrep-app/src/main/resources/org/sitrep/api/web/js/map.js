// The events map: the offline base map (/api/basemap: Natural Earth land and borders drawn by the
// server as SVG path data) with one dot per place, projected the same way (equirectangular).
import {api, el, svg} from './dom.js';

const WIDTH = 800;

/**
 * A map of points [{lat, lon, label, count, href}] with a legend; an empty-state note when none
 * has coordinates. The box fits the points with a margin.
 */
export async function eventMap(points, caption) {
  const located = points.filter(p => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const figure = el('figure', {class: 'map'});
  if (!located.length) {
    figure.append(el('p', {class: 'meta'}, 'No event on this page has a place with coordinates.'));
    return figure;
  }
  const box = around(located, 8);
  const height = Math.round(WIDTH * (box.north - box.south) / (box.east - box.west) / Math.cos((box.north + box.south) / 2 * Math.PI / 180));
  const h = Math.max(150, Math.min(600, height));
  const base = await api('/basemap', {west: box.west, south: box.south, east: box.east, north: box.north, width: WIDTH, height: h});
  const x = lon => (lon - box.west) / (box.east - box.west) * WIDTH;
  const y = lat => (box.north - lat) / (box.north - box.south) * h;
  const map = svg('svg', {viewBox: `0 0 ${WIDTH} ${h}`, role: 'img', 'aria-label': caption + ': ' + located.length + ' place(s)', class: 'map-svg'},
    svg('rect', {x: 0, y: 0, width: WIDTH, height: h, class: 'sea'}),
    svg('path', {d: base.land, class: 'land', 'fill-rule': 'evenodd'}),
    svg('path', {d: base.borders, class: 'borders'}));
  // One dot per distinct place, sized by the number of events there.
  const byPlace = new Map();
  for (const p of located) {
    const key = p.lat.toFixed(3) + ',' + p.lon.toFixed(3);
    const cur = byPlace.get(key) || {lat: p.lat, lon: p.lon, labels: [], count: 0};
    cur.count += p.count || 1;
    if (!cur.labels.includes(p.label)) cur.labels.push(p.label);
    byPlace.set(key, cur);
  }
  const list = el('ul', {class: 'map-list'});
  for (const p of byPlace.values()) {
    const r = Math.min(18, 5 + 2.5 * Math.sqrt(p.count));
    const name = p.labels.join(' / ');
    map.append(svg('circle', {cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: r.toFixed(1), class: 'event-point'},
      svg('title', {}, name + ': ' + p.count + ' event(s)')));
    list.append(el('li', {}, name + ' — ' + p.count + ' event(s)'));
  }
  figure.append(map, el('figcaption', {class: 'meta'}, caption + '. Base map: ' + base.attribution + '.'), list);
  return figure;
}

// The points' box with a margin of a sixth of its span (at least 1.5°), at least minSpan wide.
function around(points, minSpan) {
  let w = 180, e = -180, s = 90, n = -90;
  for (const p of points) {
    w = Math.min(w, p.lon); e = Math.max(e, p.lon);
    s = Math.min(s, p.lat); n = Math.max(n, p.lat);
  }
  const cx = (w + e) / 2, cy = (s + n) / 2;
  const margin = Math.max(1.5, Math.max(e - w, n - s) / 6);
  let hw = Math.max((e - w) / 2 + margin, minSpan / 2), hh = Math.max((n - s) / 2 + margin, minSpan / 2);
  // Keep the drawn map between 2:5 and 3:4 (height:width), widening the box rather than the map.
  const cos = Math.cos(cy * Math.PI / 180) || 1;
  hw = Math.max(hw, hh / (0.75 * cos));
  hh = Math.max(hh, 0.4 * hw * cos);
  const r = v => Math.round(v * 100) / 100;
  return {west: r(Math.max(-180, cx - hw)), east: r(Math.min(180, cx + hw)), south: r(Math.max(-90, cy - hh)), north: r(Math.min(90, cy + hh))};
}

/** A bar chart of counts per day [{day, count, label}] as SVG, with a table fallback. */
export function timeline(days, caption) {
  const fig = el('figure', {class: 'timeline'});
  if (!days.length) {
    fig.append(el('p', {class: 'meta'}, 'No dated events.'));
    return fig;
  }
  const sorted = [...days].sort((a, b) => a.day < b.day ? -1 : 1);
  const first = Date.parse(sorted[0].day), last = Date.parse(sorted[sorted.length - 1].day);
  const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
  const W = 800, H = 140, pad = 24;
  const max = Math.max(...sorted.map(d => d.count));
  const bw = Math.max(2, Math.min(40, (W - 2 * pad) / span - 2));
  const chart = svg('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': caption, class: 'timeline-svg'});
  chart.append(svg('line', {x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, class: 'axis'}));
  for (const d of sorted) {
    const i = Math.round((Date.parse(d.day) - first) / 86400000);
    const x = pad + (span === 1 ? (W - 2 * pad) / 2 - bw / 2 : i * (W - 2 * pad - bw) / (span - 1));
    const bh = (H - 2 * pad) * d.count / max;
    chart.append(svg('rect', {x: x.toFixed(1), y: (H - pad - bh).toFixed(1), width: bw.toFixed(1), height: bh.toFixed(1), class: 'bar'},
      svg('title', {}, d.day + ': ' + (d.label || d.count + ' event(s)'))));
  }
  chart.append(svg('text', {x: pad, y: H - 6, class: 'tick'}, sorted[0].day));
  if (span > 1) chart.append(svg('text', {x: W - pad, y: H - 6, class: 'tick', 'text-anchor': 'end'}, sorted[sorted.length - 1].day));
  fig.append(chart, el('figcaption', {class: 'meta'}, caption));
  return fig;
}
