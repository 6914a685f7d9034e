// The preview page: shows the pages of one spec or pack and follows the server's events.
"use strict";

const state = { id: null, version: -1, shown: -1, loading: false, again: false };

function query(name) {
  return new URLSearchParams(window.location.search).get(name);
}

function pageElement(page) {
  const box = document.createElement("div");
  box.className = "page";
  box.style.width = page.width + "px";
  box.style.height = page.height + "px";
  const img = document.createElement("img");
  img.src = page.src;
  img.alt = "";
  img.width = Math.round(page.width);
  img.height = Math.round(page.height);
  box.appendChild(img);
  const text = document.createElement("div");
  text.className = "text";
  for (const [left, top, width, height, words] of page.runs) {
    const span = document.createElement("span");
    span.textContent = words;
    span.style.left = left + "px";
    span.style.top = top + "px";
    span.style.fontSize = height + "px";
    span.dataset.width = width;
    text.appendChild(span);
  }
  box.appendChild(text);
  return box;
}

function fitText(container) {
  // stretch each run to the width it has on the page, so that selection follows the image;
  // all widths are read before any is written: interleaved, each read would lay out again
  const spans = [...container.querySelectorAll(".text span")];
  const natural = spans.map((span) => span.getBoundingClientRect().width);
  spans.forEach((span, index) => {
    if (natural[index] > 0) span.style.transform = `scaleX(${span.dataset.width / natural[index]})`;
  });
}

function preload(src) {
  const image = new Image();
  image.src = src;
  return image.decode().catch(() => undefined);
}

function draftFrame() {
  // a frame whose document has loaded and was never used (Paged.js lays out once per document)
  const frame = document.getElementById("draft");
  const ready = () => frame.contentWindow && frame.contentWindow.packgenDraft
    && frame.contentDocument.readyState === "complete";
  if (frame.dataset.used) {
    delete frame.dataset.used;
    frame.src = "/static/draft.html";
  } else if (ready()) {
    return Promise.resolve(frame);
  }
  return new Promise((resolve) => {
    frame.addEventListener("load", () => resolve(frame), { once: true });
  });
}

async function showDraft(data) {
  // the brief's HTML laid out in pages by the browser, with the PDF's print CSS, until the
  // PDF's own pages arrive (by the event stream, or the request below)
  const frame = await draftFrame();
  if (data.id !== state.id || data.version < state.shown) return;
  state.shown = data.version;
  frame.dataset.used = "1";
  frame.hidden = false;
  document.getElementById("pages").replaceChildren();
  document.getElementById("error").hidden = true;
  document.getElementById("title").textContent = data.id;
  document.getElementById("status").textContent = "first look (laid out by the browser); drawing the PDF pages";
  const total = await frame.contentWindow.packgenDraft(data.html);
  if (state.shown !== data.version) return; // the PDF's pages came meanwhile
  frame.style.height = frame.contentDocument.documentElement.scrollHeight + "px";
  document.body.dataset.draft = String(total);
  fetch(`/api/preview?id=${encodeURIComponent(data.id)}&complete=1`)
    .then((response) => (response.ok ? response.json() : null))
    .then((complete) => { if (complete) show(complete); })
    .catch(() => undefined);
}

function hideDraft() {
  const frame = document.getElementById("draft");
  frame.hidden = true;
  delete document.body.dataset.draft;
}

async function show(data) {
  if (data.pending) return showDraft(data);
  // decode the new page images first, then swap: the pages change at once, without flashing
  await Promise.all(data.pages.map((page) => preload(page.src)));
  if (data.id !== state.id || data.version < state.shown) return;
  state.shown = data.version;
  hideDraft();
  const error = document.getElementById("error");
  const pages = document.getElementById("pages");
  document.getElementById("title").textContent = data.id;
  error.hidden = data.error === null;
  error.textContent = data.error || "";
  const fresh = document.createElement("div");
  for (const page of data.pages) fresh.appendChild(pageElement(page));
  pages.replaceChildren(...fresh.children);
  pages.classList.toggle("stale", data.stale);
  pages.dataset.version = data.version;
  fitText(pages);
  const status = data.error ? (data.stale ? "last good preview, greyed" : "no preview")
    : `${data.pages.length} pages, ${data.classification}, built in ${data.seconds} s`;
  document.getElementById("status").textContent = status;
  for (const format of ["pdf", "docx"]) {
    const link = document.getElementById("download-" + format);
    link.href = `/download?id=${encodeURIComponent(data.id)}&format=${format}`;
    link.toggleAttribute("hidden", data.error !== null);
  }
  document.body.dataset.version = data.version;
  window.lastPreview = data;
}

async function load() {
  if (state.loading) { state.again = true; return; }
  state.loading = true;
  try {
    do {
      state.again = false;
      const response = await fetch(`/api/preview?id=${encodeURIComponent(state.id)}`);
      if (response.ok) {
        const data = await response.json();
        state.version = data.version;
        await show(data);
      }
    } while (state.again);
  } finally {
    state.loading = false;
  }
}

async function listEntries() {
  const response = await fetch("/api/entries");
  const data = await response.json();
  document.getElementById("root").textContent = data.root;
  if (state.id === null || !data.entries.some((e) => e.id === state.id)) {
    state.id = query("id") || data.selected;
  }
  const list = document.getElementById("entry-list");
  list.replaceChildren();
  for (const entry of data.entries) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = "/?id=" + encodeURIComponent(entry.id);
    link.textContent = entry.id;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = entry.kind;
    link.appendChild(kind);
    if (entry.id === state.id) link.setAttribute("aria-current", "page");
    item.appendChild(link);
    list.appendChild(item);
  }
}

async function main() {
  const events = new EventSource("/events");
  await listEntries();
  if (state.id) await load();
  events.addEventListener("rebuilt", (event) => {
    // the event carries the new preview itself: no second request
    const data = JSON.parse(event.data);
    if (data.id === state.id && data.version > state.version) {
      state.version = data.version;
      show(data);
    }
  });
  events.addEventListener("entries", () => listEntries());
  // after a lost connection (the server restarted), events may have been missed
  let opened = false;
  events.addEventListener("open", () => {
    if (opened && state.id) load();
    opened = true;
  });
}

main();
