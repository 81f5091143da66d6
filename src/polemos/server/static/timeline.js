// polemos web map: the timeline of events per day under the map (SVG). Dragging across it
// sets the From/To dates and filters the map; a click clears them. Uses app.js's state.
"use strict";

const tl = { days: [], x0: 0, x1: 1, width: 0 };
const DAY = 86400000;
const toDay = (s) => Date.parse(s + "T00:00:00Z");
const fromDay = (t) => new Date(t).toISOString().slice(0, 10);

function drawTimeline() {
  const box = $("timeline");
  clear(box);
  const W = box.clientWidth || 800, H = 80, pad = 4, base = H - 14;
  tl.width = W;
  if (!tl.days.length) { box.append(svg("text", { x: 10, y: 40, text: "no dated events" })); return; }
  tl.x0 = toDay(tl.days[0].date);
  tl.x1 = toDay(tl.days[tl.days.length - 1].date) + DAY;
  const span = Math.max(tl.x1 - tl.x0, DAY);
  const max = Math.max(...tl.days.map((d) => d.count));
  const bw = Math.min(40, Math.max(1, ((W - 2 * pad) * DAY) / span - 0.5));
  const lo = state.since ? toDay(state.since) : -Infinity, hi = state.until ? toDay(state.until) : Infinity;
  for (const d of tl.days) {
    const t = toDay(d.date);
    const h = Math.max(1, ((base - 4) * d.count) / max);
    const x = pad + ((t - tl.x0) / span) * (W - 2 * pad);
    const inRange = (state.since || state.until) && t >= lo && t <= hi;
    const r = svg("rect", { x: x.toFixed(1), y: (base - h).toFixed(1), width: bw.toFixed(1), height: h.toFixed(1), class: inRange ? "bar in" : "bar" });
    r.append(svg("title", { text: d.date + ": " + d.count }));
    box.append(r);
  }
  box.append(svg("text", { x: pad, y: H - 2, text: tl.days[0].date }));
  box.append(svg("text", { x: W - pad, y: H - 2, "text-anchor": "end", text: tl.days[tl.days.length - 1].date }));
  box.append(svg("text", { x: W / 2, y: H - 2, "text-anchor": "middle", text: "max " + max + "/day" }));
  $("tl-range").textContent = state.since || state.until ? (state.since || "…") + " → " + (state.until || "…") : "all dates";
}
function xToDay(x) {
  const span = Math.max(tl.x1 - tl.x0, DAY);
  const t = tl.x0 + ((x - 4) / Math.max(1, tl.width - 8)) * span;
  return fromDay(Math.min(Math.max(t, tl.x0), tl.x1 - DAY));
}
async function loadTimeline() {
  try {
    const data = await getJSON("timeline", "/api/timeline?" + params({}, { noDates: true }));
    tl.days = data.days;
    drawTimeline();
  } catch (e) {
    if (e.name !== "AbortError") $("tl-range").textContent = "error: " + e.message;
  }
}
(function brush() {
  const box = $("timeline");
  let start = null, rect = null;
  const xOf = (ev) => ev.clientX - box.getBoundingClientRect().left;
  box.addEventListener("mousedown", (ev) => {
    if (!tl.days.length) return;
    start = xOf(ev);
    rect = svg("rect", { class: "brush", x: start, y: 0, width: 0, height: 66 });
    box.append(rect);
  });
  window.addEventListener("mousemove", (ev) => {
    if (start === null) return;
    const x = xOf(ev);
    rect.setAttribute("x", Math.min(x, start));
    rect.setAttribute("width", Math.abs(x - start));
  });
  window.addEventListener("mouseup", (ev) => {
    if (start === null) return;
    const x = xOf(ev);
    const a = Math.min(x, start), b = Math.max(x, start);
    start = null;
    if (b - a < 3) setDates("", "");
    else setDates(xToDay(a), xToDay(b));
  });
})();
function setDates(since, until) {
  state.since = since; state.until = until;
  $("f-since").value = since; $("f-until").value = until;
  drawTimeline();
  refresh(false);
}

window.addEventListener("resize", drawTimeline);
