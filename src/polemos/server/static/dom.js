// polemos web map: safe DOM helpers shared by app.js and timeline.js. Text from the server
// only ever enters the page through textContent / setAttribute (never innerHTML), and links
// are made for http(s) URLs only.
"use strict";

const $ = (id) => document.getElementById(id);
const SVGNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || k.startsWith("on")) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "className") node.className = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function safeHref(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) { return null; }
}
function link(url, label) {
  const href = safeHref(url);
  if (!href) return document.createTextNode(String(label || url));
  return el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow", text: label || url });
}
function color(type) { return COLORS[type] || "#555"; }
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

function svg(tag, attrs) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (k === "text") n.textContent = v; else n.setAttribute(k, v);
  return n;
}
