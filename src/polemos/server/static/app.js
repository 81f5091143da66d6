// polemos web map: events from /api as markers or grid clusters, a per-day timeline whose
// dragged range filters the map, filters, an event panel with its evidence highlighted in
// the article, and exports. Everything from the server is untrusted text: it is only ever
// put in the page through textContent / setAttribute (never innerHTML).
"use strict";

const COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#1f77b4",
  "Riots": "#c9a100",
  "Strategic developments": "#2ca02c",
};
const FIELDS = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1",
  "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
  "civilian_targeting", "country", "admin1", "admin2", "location", "latitude", "longitude",
  "geo_precision", "geonameid", "fatalities", "claimed", "attribution", "confidence",
  "language", "published"];

const state = { filters: {}, since: "", until: "", meta: null, event: null };

// -- query strings -------------------------------------------------------------------------
function params(extra, opts) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
  if (!(opts && opts.noDates)) {
    if (state.since) p.set("since", state.since);
    if (state.until) p.set("until", state.until);
  }
  for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined) p.set(k, v);
  return p.toString();
}
function viewBbox() {
  const b = map.getBounds();
  const r = (x) => x.toFixed(4);
  return [r(b.getWest()), r(Math.max(b.getSouth(), -90)), r(b.getEast()), r(Math.min(b.getNorth(), 90))].join(",");
}
const inflight = {};
async function getJSON(key, url) {
  if (inflight[key]) inflight[key].abort();
  const ctl = new AbortController();
  inflight[key] = ctl;
  const res = await fetch(url, { signal: ctl.signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    let msg = res.status + " " + res.statusText;
    try { const j = await res.json(); if (j.detail) msg = typeof j.detail === "string" ? j.detail : JSON.stringify(j.detail); } catch (e) { /* not JSON */ }
    throw new Error(msg);
  }
  return res.json();
}
function status(text) { $("status").textContent = text; }

// -- map -------------------------------------------------------------------------------------
const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 1 })
  .setView([20, 15], 2);
const layer = L.layerGroup().addTo(map);

async function loadBasemap(meta) {
  if (meta.tiles) {
    const esc = (s) => String(s).replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
    L.tileLayer(meta.tiles, { attribution: esc(meta.tiles_attribution || ""), maxZoom: 18 }).addTo(map);
    return;
  }
  const res = await fetch("/static/vendor/world-110m.geojson");
  const world = await res.json();
  L.geoJSON(world, {
    interactive: false,
    style: { color: "#7c8a96", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
  }).addTo(map);
  map.attributionControl.addAttribution("Natural Earth (public domain)");
}

function drawPoints(points) {
  for (const p of points) {
    const m = L.circleMarker([p.latitude, p.longitude], {
      radius: 6, color: "#222", weight: 1, fillColor: color(p.event_type), fillOpacity: 0.9,
      className: "ev-marker",
    });
    const tip = el("div", {}, el("b", { text: p.sub_event_type }), el("br"),
      (p.event_date || "undated") + " · " + (p.location || p.country || ""));
    m.bindTooltip(tip, { direction: "top" });
    m.on("click", () => openEvent(p.event_id));
    m.addTo(layer);
    m.getElement && m.getElement() && m.getElement().setAttribute("data-event-id", p.event_id);
  }
}

function drawClusters(cells) {
  for (const c of cells) {
    const size = Math.round(20 + 6 * Math.log10(c.count));
    const div = el("div", { className: "cluster", text: c.count > 9999 ? Math.round(c.count / 1000) + "k" : c.count });
    div.style.width = div.style.height = size + "px";
    div.style.background = color(c.event_type);
    const icon = L.divIcon({ html: div, className: "ev-cluster", iconSize: [size, size] });
    const m = L.marker([c.lat, c.lon], { icon, keyboard: true, title: c.count + " events" });
    m.on("click", () => {
      if (c.count === 1 && c.event_id) return openEvent(c.event_id);
      const [w, s, e, n] = c.bounds;
      if (e - w < 1e-6 && n - s < 1e-6) map.setView([c.lat, c.lon], map.getZoom() + 3);
      else map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: map.getZoom() + 4 });
    });
    m.addTo(layer);
  }
}

async function loadMap() {
  status("loading…");
  try {
    const data = await getJSON("map", "/api/clusters?" + params({ bbox: viewBbox(), zoom: map.getZoom() }));
    layer.clearLayers();
    if (data.mode === "points") drawPoints(data.points);
    else drawClusters(data.clusters);
    status(data.total + (data.total === 1 ? " event" : " events") + " on the map" + (data.mode === "clusters" ? " (grouped)" : ""));
    document.body.dataset.mapMode = data.mode;
    document.body.dataset.mapTotal = data.total;
    document.body.dataset.zoom = map.getZoom();
  } catch (e) {
    if (e.name !== "AbortError") status("error: " + e.message);
  }
}

async function loadList() {
  try {
    const data = await getJSON("list", "/api/events?" + params({ bbox: viewBbox(), limit: 50 }));
    const list = $("event-list");
    clear(list);
    $("list-title").textContent = data.total + (data.total === 1 ? " event" : " events") + " in view" + (data.total > 50 ? " (newest 50)" : "");
    for (const ev of data.events) {
      const b = el("button", { type: "button", "data-event-id": ev.event_id },
        el("span", { className: "chip", text: ev.sub_event_type }), " ",
        (ev.event_date || "undated") + " · " + (ev.location || ev.country || "?"),
        ev.fatalities ? " · " + ev.fatalities + " killed" : "");
      b.querySelector(".chip").style.background = color(ev.event_type);
      b.addEventListener("click", () => openEvent(ev.event_id));
      list.append(el("li", {}, b));
    }
  } catch (e) {
    if (e.name !== "AbortError") $("list-title").textContent = "error: " + e.message;
  }
}

// -- event detail ----------------------------------------------------------------------------
function fmt(v) {
  if (v === null || v === undefined || v === "") return "";
  return typeof v === "number" && !Number.isInteger(v) ? v.toFixed(3) : String(v);
}

// The article text with every evidence span marked; offsets are code points (Python str).
function renderArticle(target, text, evidence) {
  clear(target);
  const chars = Array.from(text);
  const spans = (evidence || []).filter((e) => e.start >= 0 && e.end > e.start && e.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const e of spans) { cuts.add(e.start); cuts.add(e.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = chars.slice(a, b).join("");
    const covering = spans.filter((e) => e.start <= a && e.end >= b).map((e) => e.field);
    if (!covering.length) { target.append(document.createTextNode(piece)); continue; }
    const fields = [...new Set(covering)];
    const mark = el("mark", { className: "evidence", "data-fields": fields.join(" "), title: fields.join(", ") }, piece);
    if (spans.some((e) => e.end === b && covering.includes(e.field))) mark.classList.add("ends");
    target.append(mark);
  }
  const bad = (evidence || []).length - spans.length;
  $("d-article-note").textContent = bad ? "(" + bad + " span(s) outside the text)" : "";
}

function focusField(field) {
  for (const m of document.querySelectorAll("mark.evidence")) {
    const on = m.dataset.fields.split(" ").includes(field);
    m.classList.toggle("focus", on);
  }
  const first = document.querySelector("mark.evidence.focus");
  if (first) first.scrollIntoView({ block: "nearest" });
}

async function showReport(ev, docs) {
  $("d-doc-title").textContent = "";
  $("d-article").textContent = ev.document_id ? "loading…" : "(no stored article)";
  if (!ev.document_id) return;
  try {
    const doc = await getJSON("doc", "/api/documents/" + encodeURIComponent(ev.document_id));
    const title = $("d-doc-title");
    clear(title);
    title.append(el("b", { text: doc.title || "(untitled)" }), " ",
      doc.published ? "(" + doc.published + ") " : "", doc.url ? link(doc.url, "open the source") : "");
    renderArticle($("d-article"), doc.text, ev.evidence);
  } catch (e) {
    if (e.name !== "AbortError") $("d-article").textContent = "error: " + e.message;
  }
}

async function openEvent(id) {
  $("list-view").hidden = true;
  $("detail-view").hidden = false;
  $("d-title").textContent = "loading…";
  let data;
  try {
    data = await getJSON("event", "/api/events/" + encodeURIComponent(id));
  } catch (e) {
    if (e.name !== "AbortError") $("d-title").textContent = "error: " + e.message;
    return;
  }
  const ev = data.event;
  state.event = ev;
  document.body.dataset.openEvent = ev.event_id;
  const title = $("d-title");
  clear(title);
  const chip = el("span", { className: "chip", text: ev.event_type });
  chip.style.background = color(ev.event_type);
  title.append(chip, " ", ev.sub_event_type);
  $("d-sub").textContent = [ev.event_date, ev.location, ev.admin1, ev.country].filter(Boolean).join(" · ");
  const table = $("d-fields");
  clear(table);
  const withEvidence = new Set((ev.evidence || []).map((e) => e.field));
  for (const f of FIELDS) {
    const v = fmt(ev[f]);
    if (!v) continue;
    const cell = el("td", { text: v });
    if (withEvidence.has(f)) {
      cell.className = "has-evidence";
      cell.title = "show where the article says so";
      cell.addEventListener("click", () => focusField(f));
    }
    table.append(el("tr", { "data-field": f }, el("td", { text: f }), cell));
  }
  const sources = $("d-sources");
  clear(sources);
  for (const s of ev.sources || []) sources.append(el("li", {}, link(s, s)));
  const reps = $("d-reports");
  clear(reps);
  for (const r of data.reports) {
    const meta = data.documents[r.document_id] || {};
    const btn = el("button", { type: "button", text: "show its evidence" });
    btn.addEventListener("click", () => showReport(r, data.documents));
    reps.append(el("li", {},
      el("b", { text: meta.title || r.document_id || "?" }), el("br"),
      [r.published, r.sub_event_type, r.fatalities !== null && r.fatalities !== undefined ? r.fatalities + " killed" : null,
        r.claimed ? "claim" + (r.attribution ? " (" + r.attribution + ")" : "") : null].filter(Boolean).join(" · "),
      " ", meta.url ? link(meta.url, "source") : "", " ", btn));
  }
  await showReport(ev, data.documents);
}

// -- filters, exports, wiring ----------------------------------------------------------------
function readFilters() {
  const f = new FormData($("filters"));
  state.filters = { country: f.get("country").trim(), type: f.get("type"), actor: f.get("actor").trim(), q: f.get("q").trim() };
  state.since = f.get("since"); state.until = f.get("until");
}
function updateExports() {
  const extra = $("x-view").checked ? { bbox: viewBbox() } : {};
  $("x-csv").href = "/api/events?" + params({ ...extra, format: "csv" });
  $("x-geojson").href = "/api/events?" + params({ ...extra, format: "geojson" });
}
let timer = null, timelineDue = false;
function refresh(withTimeline) {
  clearTimeout(timer);
  timelineDue = timelineDue || withTimeline;  // a map move must not cancel a filter change
  timer = setTimeout(() => {
    loadMap(); loadList(); updateExports();
    if (timelineDue) { timelineDue = false; loadTimeline(); }
  }, 150);
}
function fillMenus(meta) {
  const sel = $("f-type");
  for (const [type, subs] of Object.entries(meta.event_types)) {
    const group = el("optgroup", { label: type });
    group.append(el("option", { value: type, text: "all " + type }));
    for (const s of subs) group.append(el("option", { value: s, text: s }));
    sel.append(group);
  }
  const dl = $("countries");
  for (const c of meta.countries) dl.append(el("option", { value: c.code || c.name, text: (c.name || c.code) + " (" + c.count + ")" }));
  const legend = $("legend");
  for (const [type, col] of Object.entries(COLORS)) {
    const sw = el("span", { className: "swatch" });
    sw.style.background = col;
    legend.append(el("div", {}, sw, type));
  }
}

$("filters").addEventListener("submit", (ev) => { ev.preventDefault(); readFilters(); drawTimeline(); refresh(true); });
$("f-type").addEventListener("change", () => { readFilters(); refresh(true); });
$("f-reset").addEventListener("click", () => { $("filters").reset(); readFilters(); refresh(true); });
$("x-view").addEventListener("change", updateExports);
$("back").addEventListener("click", () => { $("detail-view").hidden = true; $("list-view").hidden = false; delete document.body.dataset.openEvent; });
map.on("moveend", () => refresh(false));

(async function init() {
  try {
    const meta = await getJSON("meta", "/api/meta");
    state.meta = meta;
    fillMenus(meta);
    if (meta.extent) {
      const [w, s, e, n] = meta.extent;
      map.fitBounds([[s, w], [n, e]], { padding: [30, 30], maxZoom: 6 });
    }
    await loadBasemap(meta);
    document.body.dataset.basemap = "ready";
  } catch (e) {
    status("error: " + e.message);
  }
  readFilters();
  refresh(true);
})();
