// rasid web app: small behaviours only (no inline scripts; the CSP forbids them).
"use strict";

// Helpers the page scripts (map.js, network.js) share; app.js loads first on every page.
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text); // never innerHTML: text is untrusted
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

function sentenceLink(sentence, docId, eventId) {
  const link = element("a", "sentence", sentence);
  link.href = `/articles/${encodeURIComponent(docId)}?event=${encodeURIComponent(eventId)}`;
  link.lang = "ar";
  link.dir = "rtl";
  return link;
}

function openRowsOnClick() {
  document.querySelectorAll("tr[data-href]").forEach((row) => {
    row.addEventListener("click", (event) => {
      if (event.target.closest("a")) return; // links inside the row keep their own target
      window.location.assign(row.dataset.href);
    });
  });
}

function dropEmptyFilters() {
  document.querySelectorAll("form.filters").forEach((form) => {
    form.addEventListener("submit", () => {
      form.querySelectorAll("input, select").forEach((field) => {
        if (!field.value) field.disabled = true; // keeps URLs short and shareable
      });
    });
  });
}

function showCurrentEvidence() {
  const current = document.querySelector("#article-text .current");
  if (current) current.scrollIntoView({ block: "center" });
}

document.addEventListener("DOMContentLoaded", () => {
  openRowsOnClick();
  dropEmptyFilters();
  showCurrentEvidence();
});
