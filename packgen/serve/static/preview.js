// The preview page: shows the pages of one spec or pack and follows the server's events.
"use strict";

const state = { id: null, version: -1, shown: -1, loading: false, again: false, firstLook: false };

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

function draftFrame(frame) {
  // resolves when the frame's document has loaded its script (Paged.js lays out once per
  // document: each draft gets a frame of its own)
  const ready = () => frame.contentWindow && frame.contentWindow.packgenDraft
    && frame.contentDocument.readyState === "complete";
  if (ready()) return Promise.resolve(frame);
  return new Promise((resolve) => {
    frame.addEventListener("load", () => resolve(frame), { once: true });
  });
}

function spareFrame() {
  // a frame laid out off-screen (visibility hidden still lays out) until its pages are all
  // laid out: the pages shown stay on screen meanwhile, and are swapped at once
  const frame = document.createElement("iframe");
  frame.className = "draft laying";
  frame.title = "Draft pages";
  frame.src = "/static/draft.html";
  document.querySelector("main").appendChild(frame);
  return frame;
}

function takeFrame() {
  const frame = document.getElementById("draft-spare") || spareFrame();
  frame.removeAttribute("id");
  return draftFrame(frame);
}

async function showDraft(data) {
  // the brief's HTML laid out in pages by the browser, with the PDF's print CSS, until the
  // PDF's own pages arrive (by the event stream, or the request below)
  const frame = await takeFrame();
  const outdated = () => data.id !== state.id || data.version < state.shown;
  if (outdated()) { frame.remove(); return; }
  const total = await frame.contentWindow.packgenDraft(data.html);
  if (outdated()) { frame.remove(); return; } // the PDF's pages or a newer draft came meanwhile
  state.shown = data.version;
  frame.style.height = frame.contentDocument.documentElement.scrollHeight + "px";
  const old = document.getElementById("draft");
  if (old) old.remove();
  frame.id = "draft";
  frame.classList.remove("laying");
  document.getElementById("pages").hidden = true;
  document.getElementById("error").hidden = true;
  document.getElementById("title").textContent = data.id;
  document.getElementById("status").textContent = "laid out by the browser with the PDF's print CSS; drawing the PDF pages";
  document.body.dataset.draft = String(total);
  // the next draft's frame loads now, while the server renders the PDF
  if (!document.getElementById("draft-spare")) spareFrame().id = "draft-spare";
  if (state.firstLook) return;
  state.firstLook = true; // the first look may have come by request, before the event stream
  fetch(`/api/preview?id=${encodeURIComponent(data.id)}&complete=1`)
    .then((response) => (response.ok ? response.json() : null))
    .then((complete) => { if (complete) show(complete); })
    .catch(() => undefined);
}

function hideDraft() {
  const frame = document.getElementById("draft");
  if (frame) frame.remove();
  document.getElementById("pages").hidden = false;
  delete document.body.dataset.draft;
}

async function show(data) {
  if (data.pending) return showDraft(data);
  // decode the new page images first, then swap: the pages change at once, without flashing
  await Promise.all(data.pages.map((page) => preload(page.src)));
  if (data.id !== state.id || data.version <= state.shown) return;
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
