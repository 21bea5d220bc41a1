
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ldavis-data").textContent);
  // LDAvis's state announcements (patched in by corpusmine): show the selected topic as Tn
  document.addEventListener("ldavis-state", function (ev) {
    var v = document.getElementById("ldavis_topics-topic-value");
    if (v) { v.textContent = ev.detail.topic > 0 ? "T" + (ev.detail.topic - 1) : "none"; }
  });
  new LDAvis("#ldavis_topics", data);
  // scale LDAvis's fixed-size drawing to its box instead of widening the page
  var vis = document.querySelector("#ldavis_topics > svg");
  if (vis && vis.getAttribute("width")) {
    vis.setAttribute("viewBox", "0 0 " + vis.getAttribute("width") + " " + vis.getAttribute("height"));
    vis.removeAttribute("width"); vis.removeAttribute("height");
  }
  var shown = document.getElementById("ldavis_topics-topic-value");
  if (shown && !shown.textContent) { shown.textContent = "none"; }
  var P = JSON.parse(document.getElementById("prevalence-data").textContent);
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  var t = document.getElementById("prevalence");
  var head = el("tr");
  head.appendChild(el("th", {"class": "num"}, "topic"));
  head.appendChild(el("th", null, "label"));
  P.groups.forEach(function (g) {
    var parts = [];
    if (g.n_docs !== null) { parts.push(g.n_docs + " documents"); }
    if (g.n_speeches !== null) { parts.push(g.n_speeches + " speech(es)"); }
    var th = el("th", null, g.label);
    th.appendChild(el("div", {"class": "ci"}, parts.join(", ")));
    head.appendChild(th);
  });
  t.appendChild(head);
  var unitName = {document: "resampling documents", paragraph: "resampling paragraphs", speech: "resampling speeches"};
  P.rows.forEach(function (r) {
    var tr = el("tr", {"class": "topic", "data-topic": r.topic});
    tr.appendChild(el("td", {"class": "num"}, "T" + r.topic));
    tr.appendChild(el("td", null, r.label));
    r.cells.forEach(function (c, j) {
      var td = el("td", {"class": "cell"}), g = P.groups[j], first = c[P.units[0]];
      if (first) {
        td.appendChild(el("span", {"class": "bar", style: "width:" + Math.round(first[0] * 120) + "px;background:" + g.colour}));
        td.appendChild(el("b", null, first[0].toFixed(2)));
      }
      P.units.forEach(function (u) {
        var v = c[u];
        if (v && v[1] !== null && v[2] !== null) {
          td.appendChild(el("div", {"class": "ci"}, "[" + v[1].toFixed(2) + ", " + v[2].toFixed(2) + "] " + (unitName[u] || u)));
        }
      });
      tr.appendChild(td);
    });
    tr.addEventListener("click", function () {
      document.querySelectorAll("#prevalence tr.sel").forEach(function (x) { x.classList.remove("sel"); });
      tr.classList.add("sel");
      var c = document.getElementById("ldavis_topics-topic" + (r.topic + 1));
      if (c) { c.dispatchEvent(new MouseEvent("click", {bubbles: true})); }
    });
    t.appendChild(tr);
  });
  document.body.setAttribute("data-ready", "1");
})();
