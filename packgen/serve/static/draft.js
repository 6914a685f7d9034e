// The first look at a brief, while the server still draws its PDF pages: the brief's own
// HTML laid out by Paged.js with the same print CSS (@page size and margins, the running
// footer, page counters, footnotes). Runs in its own frame, so that the brief's CSS
// touches nothing of the preview page around it.
"use strict";

window.packgenDraft = async function packgenDraft(html) {
  // DOMParser builds an inert document: nothing in it runs
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const sheets = [...parsed.querySelectorAll("style")].map((style, index) => ({
    [`brief-${index}.css`]: style.textContent,
  }));
  const content = document.createDocumentFragment();
  for (const node of [...parsed.body.childNodes]) content.appendChild(document.adoptNode(node));
  document.body.className = parsed.body.className;
  const flow = await new PagedModule.Previewer().preview(content, sheets, document.body);
  return flow.total;
};
