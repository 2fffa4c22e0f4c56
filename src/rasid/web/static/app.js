// rasid web app: small behaviours only (no inline scripts; the CSP forbids them).
"use strict";

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
