
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("cm-data").textContent);
  var M = D.meta, C = {};
  D.columns.forEach(function (c, i) { C[c] = i; });
  var T = D.terms, N = T.length;
  var SVGNS = "http://www.w3.org/2000/svg";
  var byTerm = {};
  T.forEach(function (r, i) { byTerm[r[C.term]] = i; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function fmt(x, d) { return (x === null || x === undefined) ? "–" : Number(x).toFixed(d); }
  function fmtP(p) {
    if (p === null || p === undefined) { return "–"; }
    if (p < 0.001) { return "<0.001"; }
    return Number(p).toPrecision(2);
  }
  function hex(c) { return [1, 3, 5].map(function (i) { return parseInt(c.substr(i, 2), 16); }); }
  function mix(a, b, t) {
    var x = hex(a), y = hex(b);
    return "rgb(" + [0, 1, 2].map(function (i) { return Math.round(x[i] + (y[i] - x[i]) * t); }).join(",") + ")";
  }
  function colour(z) {
    var t = Math.min(1, Math.abs(z) / M.zclip);
    return z >= 0 ? mix(M.neutral_colour, M.target_colour, t) : mix(M.neutral_colour, M.reference_colour, t);
  }
  function groupLabel(g) { return (M.groups[g] || {label: g}).label; }
  function groupColour(g) { return (M.groups[g] || {colour: "#777"}).colour; }

  // ---- scatter
  var W = 640, H = 650, L = 64, R = 16, TOP = 12, B = 96;
  var svg = document.getElementById("plot");
  var lo = Infinity, hi = 0;
  T.forEach(function (r) {
    [r[C.freq_t], r[C.freq_r]].forEach(function (f) { if (f > 0) { lo = Math.min(lo, f); hi = Math.max(hi, f); } });
  });
  if (!isFinite(lo)) { lo = 1; hi = 10; }
  var lmin = Math.log10(lo), lmax = Math.log10(hi);
  var zeroPos = lmin - 0.45, dmin = zeroPos - 0.12, dmax = lmax + 0.08;
  function sx(f) { var v = f > 0 ? Math.log10(f) : zeroPos; return L + (v - dmin) / (dmax - dmin) * (W - L - R); }
  function sy(f) { var v = f > 0 ? Math.log10(f) : zeroPos; return H - B - (v - dmin) / (dmax - dmin) * (H - TOP - B); }
  var gAxis = sv("g", {"class": "axis"});
  svg.appendChild(gAxis);
  var ticks = [{v: 0, s: "0"}];
  for (var e = Math.ceil(lmin - 0.3); e <= Math.floor(lmax); e++) {
    [1, 2, 5].forEach(function (m) {
      var f = m * Math.pow(10, e), lf = Math.log10(f);
      if (lf >= lmin - 0.3 && lf <= dmax) { ticks.push({v: f, s: f >= 1 ? String(Math.round(f)) : String(+f.toPrecision(1))}); }
    });
  }
  ticks.forEach(function (t) {
    var x = sx(t.v), y = sy(t.v);
    gAxis.appendChild(sv("line", {x1: x, x2: x, y1: TOP, y2: H - B, "class": "grid"}));
    gAxis.appendChild(sv("line", {x1: L, x2: W - R, y1: y, y2: y, "class": "grid"}));
    gAxis.appendChild(sv("text", {x: x, y: H - B + 14, "text-anchor": "middle"}, t.s));
    gAxis.appendChild(sv("text", {x: L - 5, y: y + 4, "text-anchor": "end"}, t.s));
  });
  var zb = (sx(lo) + sx(0)) / 2, zby = (sy(lo) + sy(0)) / 2;
  gAxis.appendChild(sv("line", {x1: zb, x2: zb, y1: TOP, y2: H - B, stroke: "#bbb", "stroke-dasharray": "3,3"}));
  gAxis.appendChild(sv("line", {x1: L, x2: W - R, y1: zby, y2: zby, stroke: "#bbb", "stroke-dasharray": "3,3"}));
  gAxis.appendChild(sv("line", {x1: sx(lo), y1: sy(lo), x2: sx(hi), y2: sy(hi), stroke: "#999"}));
  gAxis.appendChild(sv("text", {x: (L + W - R) / 2, y: H - B + 34, "text-anchor": "middle", "font-size": "12px"},
                       "per 10,000 tokens in the reference: " + M.reference_label));
  var yl = sv("text", {x: 0, y: 0, "text-anchor": "middle", "font-size": "12px",
                       transform: "translate(16," + ((TOP + H - B) / 2) + ") rotate(-90)"},
              "per 10,000 tokens in the target: " + M.target_label);
  gAxis.appendChild(yl);
  // colour legend
  var defs = sv("defs"), grad = sv("linearGradient", {id: "zgrad", x1: "0", x2: "1", y1: "0", y2: "0"});
  [[0, M.reference_colour], [0.5, M.neutral_colour], [1, M.target_colour]].forEach(function (s) {
    grad.appendChild(sv("stop", {offset: s[0], "stop-color": s[1]}));
  });
  defs.appendChild(grad); svg.appendChild(defs);
  var lg = sv("g", {"class": "axis", transform: "translate(" + L + "," + (H - B + 52) + ")"});
  lg.appendChild(sv("rect", {x: 0, y: 0, width: 150, height: 9, fill: "url(#zgrad)"}));
  lg.appendChild(sv("text", {x: 0, y: 21}, "z ≤ −" + M.zclip));
  lg.appendChild(sv("text", {x: 150, y: 21, "text-anchor": "end"}, "z ≥ " + M.zclip));
  lg.appendChild(sv("text", {x: 75, y: 21, "text-anchor": "middle"}, "0"));
  lg.appendChild(sv("text", {x: 160, y: 9}, "log-odds z; dot area = speeches using the term"));
  svg.appendChild(lg);

  var gPts = sv("g"), gLbl = sv("g");
  svg.appendChild(gPts); svg.appendChild(gLbl);
  var pts = [], px = [], py = [], rad = [];
  // positions: terms with the same counts fall on the same point; spread each such stack on a small
  // sunflower spiral (Vogel 1979) around it, in term order, so that every dot can be seen and clicked
  var stacks = {};
  T.forEach(function (r, i) {
    px[i] = sx(r[C.freq_r]); py[i] = sy(r[C.freq_t]);
    rad[i] = 1.8 + 1.3 * Math.sqrt(r[C.docs_t] + r[C.docs_r]);
    var key = Math.round(px[i] * 2) + "," + Math.round(py[i] * 2);
    (stacks[key] = stacks[key] || []).push(i);
  });
  Object.keys(stacks).forEach(function (key) {
    var s = stacks[key];
    if (s.length < 2) { return; }
    var step = 0;
    s.forEach(function (i) { step = Math.max(step, rad[i]); });
    s.forEach(function (i, k) {
      var d = step * 1.6 * Math.sqrt(k), a = k * 2.399963;
      px[i] += d * Math.cos(a); py[i] += d * Math.sin(a);
    });
  });
  // largest dots first so that small ones stay clickable on top
  var order = T.map(function (r, i) { return i; });
  order.sort(function (a, b) {
    var da = T[a][C.docs_t] + T[a][C.docs_r], db = T[b][C.docs_t] + T[b][C.docs_r];
    return db - da || a - b;
  });
  order.forEach(function (i) {
    var r = T[i];
    var c = sv("circle", {cx: px[i].toFixed(1), cy: py[i].toFixed(1), r: rad[i].toFixed(2),
                          fill: colour(r[C.logodds_z]), "class": "pt", "data-term": r[C.term]});
    c.appendChild(sv("title", null, r[C.term] + "  z " + fmt(r[C.logodds_z], 2) + "\n" +
      M.target_label + ": " + r[C.count_t] + " (" + r[C.docs_t] + " speech(es))\n" +
      M.reference_label + ": " + r[C.count_r] + " (" + r[C.docs_r] + " speech(es))"));
    c.addEventListener("click", function () { select(i); });
    gPts.appendChild(c);
    pts[i] = c;
  });
  // labels: greedy placement in order of priority; each label tries eight places around its dot and is
  // drawn at the first one where its measured box overlaps no label already drawn and stays in the plot
  var placed = [];
  function free(b) {
    if (b[0] < L || b[2] > W - R || b[1] < TOP || b[3] > H - B) { return false; }
    return placed.every(function (p) { return b[2] <= p[0] || b[0] >= p[2] || b[3] <= p[1] || b[1] >= p[3]; });
  }
  function label(i) {
    var t = sv("text", {x: 0, y: 0, "class": "lbl"}, T[i][C.term]);
    gLbl.appendChild(t);
    var bb = t.getBBox(), w = bb.width + 2, h = bb.height, top = bb.y - 1, g = rad[i] + 2;
    var x = px[i], y = py[i], mid = y - top - h / 2;               // baseline that centres the text on the dot
    var spots = [[x + g, mid], [x - g - w, mid], [x - w / 2, y - g - top - h], [x - w / 2, y + g - top],
                 [x + g * 0.7, y - g * 0.7 - top - h], [x + g * 0.7, y + g * 0.7 - top],
                 [x - g * 0.7 - w, y - g * 0.7 - top - h], [x - g * 0.7 - w, y + g * 0.7 - top]];
    for (var k = 0; k < spots.length; k++) {
      var b = [spots[k][0], spots[k][1] + top, spots[k][0] + w, spots[k][1] + top + h];
      if (free(b)) {
        placed.push(b);
        t.setAttribute("x", (spots[k][0] + 1).toFixed(1));
        t.setAttribute("y", spots[k][1].toFixed(1));
        t.setAttribute("data-term", T[i][C.term]);
        return true;
      }
    }
    gLbl.removeChild(t);
    return false;
  }
  var byZ = T.map(function (r, i) { return i; });
  byZ.sort(function (a, b) { return T[b][C.logodds_z] - T[a][C.logodds_z] || a - b; });
  // candidates: the most over-used terms of the two sides in turns, then the most frequent terms
  var cand = [], seen = {};
  function add(i) { if (!seen[i]) { seen[i] = true; cand.push(i); } }
  var pos = byZ.filter(function (i) { return T[i][C.logodds_z] > 0; });
  var neg = byZ.filter(function (i) { return T[i][C.logodds_z] < 0; }).reverse();
  for (var k = 0; k < Math.max(pos.length, neg.length); k++) {
    if (k < pos.length) { add(pos[k]); }
    if (k < neg.length) { add(neg[k]); }
  }
  T.map(function (r, i) { return i; }).sort(function (a, b) {
    return (T[b][C.count_t] + T[b][C.count_r]) - (T[a][C.count_t] + T[a][C.count_r]) || a - b;
  }).forEach(add);
  var nLabels = 0;
  for (var ci = 0; ci < cand.length && nLabels < M.n_labels; ci++) {
    if (label(cand[ci])) { nLabels++; }
  }
  svg.setAttribute("data-labels", nLabels);

  // ---- tables
  function fillTable(id, idx) {
    var t = document.getElementById(id);
    var head = el("tr");
    ["rank", "term", "count t / r", "speeches t / r", "log ratio", "z", "G²", "p adj."].forEach(function (h, k) {
      head.appendChild(el("th", k === 1 ? null : {"class": "num"}, h));
    });
    t.appendChild(head);
    idx.forEach(function (i) {
      var r = T[i], tr = el("tr", {"data-term": r[C.term]});
      tr.appendChild(el("td", {"class": "num"}, r[C.rank]));
      var td = el("td"); td.appendChild(el("span", {"class": "swatch", style: "background:" + colour(r[C.logodds_z])}));
      td.appendChild(document.createTextNode(r[C.term])); tr.appendChild(td);
      tr.appendChild(el("td", {"class": "num"}, r[C.count_t] + " / " + r[C.count_r]));
      tr.appendChild(el("td", {"class": "num"}, r[C.docs_t] + " / " + r[C.docs_r]));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.log_ratio], 2)));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.logodds_z], 2)));
      tr.appendChild(el("td", {"class": "num"}, fmt(r[C.g2], 1)));
      tr.appendChild(el("td", {"class": "num"}, fmtP(r[C.p_adj])));
      tr.addEventListener("click", function () { select(i); });
      t.appendChild(tr);
    });
  }
  var NT = 20;
  fillTable("top-target", byZ.slice(0, NT).filter(function (i) { return T[i][C.logodds_z] > 0; }));
  fillTable("top-reference", byZ.slice().reverse().slice(0, NT).filter(function (i) { return T[i][C.logodds_z] < 0; }));

  // ---- passages
  var selected = -1;
  function context(text, off, len) {
    var w = M.window, a = Math.max(0, off - w), b = Math.min(text.length, off + len + w);
    return [(a > 0 ? "…" : "") + text.slice(a, off).replace(/\n/g, " "), text.substr(off, len),
            text.slice(off + len, b).replace(/\n/g, " ") + (b < text.length ? "…" : "")];
  }
  function select(i) {
    if (selected >= 0) { pts[selected].classList.remove("sel"); }
    selected = i;
    pts[i].classList.add("sel");
    pts[i].parentNode.appendChild(pts[i]);
    document.querySelectorAll(".tables tr.sel").forEach(function (tr) { tr.classList.remove("sel"); });
    var r = T[i], h = D.hits[i], term = r[C.term];
    document.querySelectorAll('.tables tr').forEach(function (tr) {
      if (tr.getAttribute("data-term") === term) { tr.classList.add("sel"); }
    });
    document.getElementById("sel-term").textContent = "【" + term + "】";
    var st = document.getElementById("sel-stats");
    st.textContent = "";
    st.appendChild(el("div", null, M.target_label + ": " + r[C.count_t] + " tokens (" + fmt(r[C.freq_t], 1) +
      " per 10k) in " + r[C.docs_t] + " speech(es) · " + M.reference_label + ": " + r[C.count_r] + " tokens (" +
      fmt(r[C.freq_r], 1) + " per 10k) in " + r[C.docs_r] + " speech(es)"));
    st.appendChild(el("div", null, "log-odds z " + fmt(r[C.logodds_z], 2) + " · log ratio " + fmt(r[C.log_ratio], 2) +
      " · G² " + fmt(r[C.g2], 1) + " · p adj. " + fmtP(r[C.p_adj]) + " · rank " + r[C.rank] + " of " + M.n_tested));
    var ps = D.passages[i];
    st.appendChild(el("div", null, "Showing " + ps.length + " of " + (h[0] + h[2]) + " matches (target " + h[0] +
      " in " + h[1] + " speech(es), reference " + h[2] + " in " + h[3] + " speech(es)). Click a passage for its whole document."));
    var ol = document.getElementById("passage-list");
    ol.textContent = "";
    ps.forEach(function (p) {
      var d = D.docs[p[0]], sp = D.speeches[d[0]], text = d[2];
      var li = el("li", {"class": "passage"});
      var meta = el("div", {"class": "passage-meta"});
      meta.appendChild(el("span", {"class": "tag", style: "background:" + groupColour(d[1])}, groupLabel(d[1])));
      meta.appendChild(el("span", {"class": "title"}, sp[1]));
      meta.appendChild(el("span", {"class": "sid"}, "  (" + sp[0] + ")"));
      li.appendChild(meta);
      var cx = context(text, p[1], term.length), k = el("div", {"class": "kwic"});
      k.appendChild(el("span", {"class": "left"}, cx[0])); k.appendChild(el("mark", null, cx[1]));
      k.appendChild(el("span", {"class": "right"}, cx[2]));
      li.appendChild(k);
      var para = el("div", {"class": "para"});
      para.appendChild(document.createTextNode(text.slice(0, p[1])));
      para.appendChild(el("mark", null, text.substr(p[1], term.length)));
      para.appendChild(document.createTextNode(text.slice(p[1] + term.length)));
      li.appendChild(para);
      li.addEventListener("click", function () { li.classList.toggle("open"); });
      ol.appendChild(li);
    });
    history.replaceState(null, "", "#" + encodeURIComponent(term));
  }

  // ---- search
  var input = document.getElementById("search"), info = document.getElementById("search-info");
  var results = document.getElementById("results");
  function search() {
    var q = input.value.trim();
    results.textContent = "";
    if (!q) {
      pts.forEach(function (c) { c.classList.remove("dim"); c.classList.remove("hit"); });
      info.textContent = N + " terms";
      return [];
    }
    var hits = [];
    T.forEach(function (r, i) {
      var on = r[C.term].indexOf(q) >= 0;
      pts[i].classList.toggle("hit", on); pts[i].classList.toggle("dim", !on);
      if (on) { hits.push(i); }
    });
    hits.sort(function (a, b) {
      var ea = T[a][C.term] === q ? 0 : 1, eb = T[b][C.term] === q ? 0 : 1;
      return ea - eb || T[b][C.logodds_z] - T[a][C.logodds_z] || a - b;
    });
    info.textContent = hits.length + " of " + N + " terms contain “" + q + "”" + (hits.length ? "" : " (only terms tested and embedded can be found)");
    hits.slice(0, 40).forEach(function (i) {
      var b = el("button", {"class": "chip", type: "button", "data-term": T[i][C.term],
                            style: "border-left: 6px solid " + colour(T[i][C.logodds_z])},
                 T[i][C.term] + "  " + T[i][C.count_t] + "/" + T[i][C.count_r]);
      b.addEventListener("click", function () { select(i); });
      results.appendChild(b);
    });
    if (hits.length > 40) { results.appendChild(el("span", null, "… and " + (hits.length - 40) + " more")); }
    return hits;
  }
  input.addEventListener("input", search);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var h = search(); if (h.length) { select(h[0]); } }
  });
  search();
  var start = "";
  try { start = decodeURIComponent(location.hash.slice(1)); } catch (err) { start = ""; }   // a malformed address: no term
  if (start && byTerm.hasOwnProperty(start)) { select(byTerm[start]); }
  // a term typed or pasted into the address (after #) selects it, as on load
  window.addEventListener("hashchange", function () {
    var t = "";
    try { t = decodeURIComponent(location.hash.slice(1)); } catch (err) { t = ""; }
    if (t && byTerm.hasOwnProperty(t)) { select(byTerm[t]); }
  });
  document.body.setAttribute("data-ready", "1");
})();
