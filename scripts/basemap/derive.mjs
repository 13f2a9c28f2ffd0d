// Derives Sitrep's offline base map (src/main/resources/org/sitrep/geo/basemap.txt.gz) from the
// npm package world-atlas (Natural Earth 1:50m countries as TopoJSON). See README.md beside this
// file for the source, the licences and how to run it.
//
// Output: a gzipped text file. Lines starting with '#' are comments. Every other line is
//   L <ring>    one ring of a land polygon (outer rings and holes alike; fill with even-odd)
//   B <line>    one land border between two countries (an arc shared by two of them)
// A ring or line is a space-separated list of points in hundredths of a degree: the first point
// absolute "lon,lat", each following one the difference from the one before. Points that round to
// the one before are dropped, so the file keeps the 1:50m shapes at about a kilometre.
import fs from 'node:fs';
import zlib from 'node:zlib';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node derive.mjs countries-50m.json basemap.txt.gz');
  process.exit(2);
}
const topo = JSON.parse(fs.readFileSync(input, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;

// TopoJSON arcs are quantised and delta-encoded; decode them to degrees.
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
function arcPoints(i) {
  return i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
}
function ring(indexes) {
  const pts = [];
  for (const i of indexes) {
    const a = arcPoints(i);
    // Consecutive arcs share their end point.
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
}
function encode(points) {
  const out = [];
  let px = null, py = null;
  for (const [lon, lat] of points) {
    const x = Math.round(lon * 100), y = Math.round(lat * 100);
    if (px === null) out.push(x + ',' + y);
    else if (x !== px || y !== py) out.push((x - px) + ',' + (y - py));
    else continue;
    px = x; py = y;
  }
  return out;
}
function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

const lines = [
  '# Sitrep offline base map: Natural Earth 1:50m land and country borders (public domain),',
  '# from the npm package world-atlas ' + (process.env.WORLD_ATLAS_VERSION || '') + ' (ISC licence),',
  '# derived by scripts/basemap/derive.mjs; the format is described there.',
];
let points = 0;
const land = topo.objects.land;
for (const g of land.type === 'GeometryCollection' ? land.geometries : [land]) {
  for (const poly of polygons(g)) {
    for (const r of poly) {
      const enc = encode(ring(r));
      if (enc.length >= 4) { lines.push('L ' + enc.join(' ')); points += enc.length; }
    }
  }
}
// Borders: arcs used by two different countries (TopoJSON's "interior mesh").
const owners = new Map();
topo.objects.countries.geometries.forEach((g, country) => {
  for (const poly of polygons(g)) for (const r of poly) for (const i of r) {
    const k = i >= 0 ? i : ~i;
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k).add(country);
  }
});
for (const [k, set] of [...owners].sort((a, b) => a[0] - b[0])) {
  if (set.size < 2) continue;
  const enc = encode(arcs[k]);
  if (enc.length >= 2) { lines.push('B ' + enc.join(' ')); points += enc.length; }
}
fs.writeFileSync(output, zlib.gzipSync(lines.join('\n') + '\n', {level: 9}));
console.error(`${lines.length - 3} shapes, ${points} points -> ${output}`);
