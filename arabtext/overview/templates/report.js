"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const articles = data.articles;
  const pageSize = data.page_size || 50;
  const state = { filter: "", term: null, kind: null, key: null, dir: 1, page: 0 };
  const $ = (id) => document.getElementById(id);
  const tbody = document.querySelector("#table tbody");

  articles.forEach((a, i) => {
    a.index = i;
    a.haystack = [a.title, a.folder, a.path, ...a.keywords.map((k) => k.keyword), ...a.entities.map((e) => e.text)].join(" ").toLowerCase();
  });

  function matches(a) {
    if (state.term) {
      if (state.kind === "keyword") {
        if (!a.keywords.some((k) => k.keyword === state.term || k.lemma === state.term)) return false;
      } else if (!a.entities.some((e) => e.text === state.term)) return false;
    }
    return !state.filter || a.haystack.includes(state.filter);
  }

  function selected() {
    let rows = articles.filter(matches);
    if (state.key) {
      const k = state.key, d = state.dir;
      rows = rows.slice().sort((x, y) => (x[k] === y[k] ? 0 : (x[k] === null ? 1 : y[k] === null ? -1 : x[k] < y[k] ? -d : d)));
    }
    return rows;
  }

  function cell(tr, text) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function chip(parent, text, cls, kind) {
    const b = document.createElement(kind ? "button" : "span");
    b.className = cls;
    b.textContent = text;
    if (kind) { b.dataset.term = text; b.dataset.kind = kind; b.type = "button"; }
    parent.appendChild(b);
  }

  function render() {
    const rows = selected();
    const pages = Math.max(1, Math.ceil(rows.length / pageSize));
    state.page = Math.min(state.page, pages - 1);
    tbody.replaceChildren();
    for (const a of rows.slice(state.page * pageSize, (state.page + 1) * pageSize)) {
      const tr = document.createElement("tr");
      tr.dataset.index = a.index;
      cell(tr, a.title); cell(tr, a.folder); cell(tr, a.date || ""); cell(tr, a.words);
      const kw = cell(tr, "");
      a.keywords.slice(0, 5).forEach((k) => chip(kw, k.keyword, "chip", "keyword"));
      const en = cell(tr, "");
      a.entities.slice(0, 4).forEach((e) => chip(en, e.text, "chip ent " + e.type, e.type));
      tbody.appendChild(tr);
    }
    $("count").textContent = rows.length + " of " + articles.length + " articles";
    $("page").textContent = "page " + (state.page + 1) + " of " + pages;
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
    $("term-filter").hidden = !state.term;
    $("term-name").textContent = state.term || "";
    return rows;
  }

  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function open(a, term) {
    const marks = new Map();
    a.entities.forEach((e) => marks.set(e.text, "ent " + e.type));
    a.keywords.forEach((k) => marks.set(k.keyword, "kw"));
    if (term) marks.set(term, (marks.get(term) || "kw") + " sel");
    const terms = [...marks.keys()].filter((t) => t).sort((x, y) => y.length - x.length);
    const re = terms.length ? new RegExp(terms.map(escapeRe).join("|"), "g") : null;
    const box = $("reader-text");
    box.replaceChildren();
    for (const para of a.text.split(/\n+/)) {
      if (!para.trim()) continue;
      const p = document.createElement("p");
      let last = 0;
      if (re) {
        for (const m of para.matchAll(re)) {
          p.appendChild(document.createTextNode(para.slice(last, m.index)));
          const mark = document.createElement("mark");
          mark.className = marks.get(m[0]);
          mark.textContent = m[0];
          p.appendChild(mark);
          last = m.index + m[0].length;
        }
      }
      p.appendChild(document.createTextNode(para.slice(last)));
      box.appendChild(p);
    }
    $("reader-title").textContent = a.title;
    $("reader-meta").textContent = [a.path, a.date, a.words + " words"].filter(Boolean).join(" · ");
    $("reader").hidden = false;
    document.querySelectorAll("#table tr.open").forEach((tr) => tr.classList.remove("open"));
    const row = tbody.querySelector('tr[data-index="' + a.index + '"]');
    if (row) row.classList.add("open");
  }

  function showTerm(term, kind) {
    state.term = term; state.kind = kind; state.page = 0;
    const rows = render();
    if (rows.length) open(rows[0], term);
    $("articles").scrollIntoView();
  }

  document.addEventListener("click", (ev) => {
    const target = ev.target.closest("[data-term]");
    if (target) { ev.stopPropagation(); showTerm(target.dataset.term, target.dataset.kind); return; }
    const row = ev.target.closest("#table tbody tr");
    if (row) open(articles[Number(row.dataset.index)], state.term);
  });
  document.addEventListener("keydown", (ev) => {
    const target = ev.target.closest && ev.target.closest("g[data-term]");
    if (target && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); showTerm(target.dataset.term, target.dataset.kind); }
  });
  document.querySelectorAll("th[data-key]").forEach((th) => th.addEventListener("click", () => {
    const key = th.dataset.key;
    state.dir = state.key === key ? -state.dir : (key === "words" || key === "date" ? -1 : 1);
    state.key = key;
    document.querySelectorAll("th[data-key]").forEach((h) => h.classList.remove("asc", "desc"));
    th.classList.add(state.dir === 1 ? "asc" : "desc");
    render();
  }));
  let timer = null;
  $("filter").addEventListener("input", (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.filter = ev.target.value.trim().toLowerCase(); state.page = 0; render(); }, 150);
  });
  $("clear-term").addEventListener("click", (ev) => { ev.stopPropagation(); state.term = null; state.page = 0; render(); });
  $("prev").addEventListener("click", () => { state.page -= 1; render(); });
  $("next").addEventListener("click", () => { state.page += 1; render(); });
  render();
})();
