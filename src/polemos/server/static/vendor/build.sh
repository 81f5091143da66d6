#!/usr/bin/env bash
# Rebuild the vendored files of the polemos web map from the npm registry (run by a
# maintainer, never at run time): Leaflet (BSD-2-Clause), Swagger UI (Apache-2.0), and the
# Natural Earth 110m country outlines of world-atlas (ISC; Natural Earth is public domain)
# converted from TopoJSON to GeoJSON with topojson-client (ISC). Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 swagger-ui-dist@5.35.0 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
mkdir -p "$here/leaflet/images" "$here/swagger-ui"
cp leaflet-1.9.4/package/dist/{leaflet.js,leaflet.css} leaflet-1.9.4/package/LICENSE "$here/leaflet/"
cp leaflet-1.9.4/package/dist/images/*.png "$here/leaflet/images/"
cp swagger-ui-dist-5.35.0/package/{swagger-ui-bundle.js,swagger-ui.css,LICENSE,NOTICE,favicon-32x32.png} \
  "$here/swagger-ui/"
node - "$work" "$here/world-110m.geojson" <<'JS'
const [work, out] = process.argv.slice(2);
const fs = require("fs");
const topojson = require(`${work}/topojson-client-3.1.0/package/dist/topojson-client.js`);
const topo = JSON.parse(fs.readFileSync(`${work}/world-atlas-2.0.2/package/countries-110m.json`));
const fc = topojson.feature(topo, topo.objects.countries);
const round = (c) => (typeof c[0] === "number" ? c.map((x) => Math.round(x * 100) / 100) : c.map(round));
// Rings that cross the antimeridian (Fiji, Chukotka) are unwrapped past 180 so Leaflet does
// not draw a band across the world; the ring around the South Pole is closed along it.
const jumps = (r) => r.slice(1).filter((c, i) => Math.abs(c[0] - r[i][0]) > 180).length;
function fixRing(r) {
  if (!jumps(r)) return r;
  if (Math.min(...r.map((c) => c[1])) < -60) {
    const out = [r[0]];
    for (let i = 1; i < r.length; i++) {
      const a = r[i - 1], b = r[i];
      if (Math.abs(b[0] - a[0]) > 180) out.push([Math.sign(a[0]) * 180, -90], [Math.sign(b[0]) * 180, -90]);
      out.push(b);
    }
    return out;
  }
  return r.map((c) => (c[0] < 0 ? [c[0] + 360, c[1]] : c));
}
for (const f of fc.features) {
  f.properties = { name: f.properties.name };
  const g = f.geometry;
  g.coordinates = g.type === "Polygon" ? g.coordinates.map(fixRing) : g.coordinates.map((p) => p.map(fixRing));
  g.coordinates = round(g.coordinates);
}
fs.writeFileSync(out, JSON.stringify(fc));
JS
echo "vendored files rebuilt in $here"
