// sitrep web UI: the only script the pages load (the Content-Security-Policy allows no
// inline script). Clicking a highlighted span in the article reader selects its record in
// the sidebar; clicking a record highlights its spans in the body.
"use strict";

function selectRecords(ids) {
  document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
  var first = null;
  ids.forEach(function (id) {
    var record = document.getElementById(id);
    if (record) {
      record.classList.add("selected");
      if (!first) { first = record; }
    }
    document.querySelectorAll("[data-r~='" + CSS.escape(id) + "']").forEach(function (span) { span.classList.add("selected"); });
  });
  if (first) { first.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
}

document.addEventListener("click", function (event) {
  var span = event.target.closest("[data-r]");
  if (span) {
    selectRecords(span.getAttribute("data-r").split(" "));
    return;
  }
  var record = event.target.closest(".records li[id]");
  if (record) { selectRecords([record.id]); }
});
