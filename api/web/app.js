// vnkg's web page: a search box and pages for people, organizations,
// meetings and places, drawn from the JSON API (/api/...). No framework; every
// text from the graph goes into the page as text (textContent), never as HTML.
"use strict";

const main = document.getElementById("main");

// Elements: el("a", {href: "#"}, "text", child...)
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function svgEl(tag, attrs, text) {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

async function api(path, params) {
  const q = params ? "?" + new URLSearchParams(params).toString() : "";
  const res = await fetch("/api/" + path + q);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

const ROUTE_OF_KIND = {person: "person", organization: "organization", meeting: "meeting",
                       locality: "locality", article: "article"};
function link(kind, id, text) {
  return el("a", {href: "#/" + (ROUTE_OF_KIND[kind] || kind) + "/" + encodeURIComponent(id)}, text);
}

// Only web addresses become links (a story's url is data from outside).
function externalLink(url) {
  return /^https?:\/\//i.test(url) ? el("a", {href: url, rel: "noopener noreferrer"}, url) : url;
}

function show(...children) {
  main.replaceChildren(...children);
}

function fail(err) {
  show(el("p", {class: "error", role: "alert"}, "Lỗi: " + err.message));
}

// --- search ---------------------------------------------------------------

function searchForm(value) {
  const input = el("input", {type: "search", id: "q", name: "q", value: value || "",
                             placeholder: "Tên người, cơ quan, địa danh (có dấu hoặc không dấu)",
                             "aria-label": "Tìm kiếm", autocomplete: "off"});
  const form = el("form", {id: "search", role: "search"}, input,
                  el("button", {type: "submit"}, "Tìm"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = "#/search/" + encodeURIComponent(q);
  });
  return form;
}

const KIND_LABEL = {person: "người", organization: "tổ chức", locality: "địa danh",
                    meeting: "cuộc họp", article: "bài báo"};

async function searchPage(q) {
  show(searchForm(q), el("p", {}, "Đang tìm…"));
  const body = await api("search", {q: q, limit: 50});
  const list = el("ul", {id: "results"});
  for (const h of body.results) {
    list.append(el("li", {}, link(h.kind, h.id, h.name), " ",
                   el("span", {class: "muted"}, KIND_LABEL[h.kind] || h.kind,
                      h.province ? " · " + h.province : "",
                      h.map ? " · " + (h.map < "2025-07" ? "trước" : "sau") + " 1/7/2025" : "")));
  }
  show(searchForm(q),
       el("p", {class: "muted"}, body.total + " kết quả" +
          (body.total > body.results.length ? " (hiện " + body.results.length + ")" : "")),
       body.results.length ? list : el("p", {}, "Không tìm thấy."));
}

// --- timeline of terms ----------------------------------------------------

// "2019", "2019-05", "2019-05-10" -> years with a fraction.
function yearOf(date) {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  return y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 365;
}

// Terms as bars from first_seen to last_seen (or ended), one row each.
// `label(term)` names the row.
function timeline(terms, label) {
  const dated = terms.filter((t) => t.first_seen);
  if (!dated.length) return el("p", {class: "muted"}, "Không có mốc thời gian.");
  let lo = Infinity, hi = -Infinity;
  for (const t of dated) {
    lo = Math.min(lo, yearOf(t.first_seen));
    hi = Math.max(hi, yearOf(t.ended || t.last_seen) + 1 / 12);
  }
  lo = Math.floor(lo);
  hi = Math.max(Math.ceil(hi), lo + 1);
  const rowH = 26, left = 260, width = 560, top = 22;
  const x = (y) => left + ((y - lo) / (hi - lo)) * width;
  const svg = svgEl("svg", {class: "timeline", role: "img", "aria-label": "Dòng thời gian",
                            viewBox: `0 0 ${left + width + 30} ${top + rowH * dated.length + 4}`,
                            width: left + width + 30, height: top + rowH * dated.length + 4});
  const step = Math.max(1, Math.ceil((hi - lo) / 10));
  for (let y = lo; y <= hi; y += step) {
    svg.append(svgEl("line", {x1: x(y), x2: x(y), y1: top - 4, y2: top + rowH * dated.length,
                              class: "tick"}));
    svg.append(svgEl("text", {x: x(y), y: 12, class: "year"}, String(y)));
  }
  dated.forEach((t, i) => {
    const y0 = top + i * rowH;
    const start = x(yearOf(t.first_seen));
    const end = Math.max(x(yearOf(t.ended || t.last_seen)), start + 6);
    svg.append(svgEl("text", {x: 0, y: y0 + 16, class: "row"}, label(t)));
    const bar = svgEl("rect", {x: start, y: y0 + 4, width: end - start, height: rowH - 10,
                               rx: 3, class: "bar " + (t.status === "ended" ? "ended" : "current")});
    bar.append(svgEl("title", {}, `${label(t)}: ${t.first_seen} – ${t.last_seen}` +
                                  (t.ended ? ` (kết thúc ${t.ended})` : "")));
    svg.append(bar);
  });
  return svg;
}

function termTable(terms, byPerson) {
  const rows = terms.map((t) => el("tr", {},
      el("td", {}, t.position),
      el("td", {}, byPerson ? link("person", t.person.id, t.person.name)
                            : link("organization", t.organization.id, t.organization.name),
         t.held_in ? el("span", {class: "muted"}, " (tại ", link("organization", t.held_in.id,
                                                                 t.held_in.name), ")") : null),
      el("td", {}, t.first_seen || "—"), el("td", {}, t.last_seen || "—"),
      el("td", {}, t.status === "ended" ? "đã thôi" + (t.ended ? " " + t.ended : "") : "đương nhiệm")));
  return el("table", {class: "terms"},
            el("thead", {}, el("tr", {}, el("th", {}, "Chức vụ"),
                               el("th", {}, byPerson ? "Người" : "Cơ quan"),
                               el("th", {}, "Thấy lần đầu"), el("th", {}, "Thấy lần cuối"),
                               el("th", {}, "Tình trạng"))),
            el("tbody", {}, ...rows));
}

// --- the neighbourhood graph ------------------------------------------------

function graphFigure(id) {
  const img = el("img", {id: "graph", alt: "Đồ thị lân cận",
                         src: "/api/graph?" + new URLSearchParams({center: id, depth: 1,
                                                                   format: "svg"})});
  return el("figure", {}, img, el("figcaption", {class: "muted"}, "Các nút trong phạm vi một cạnh. ",
            el("a", {href: "/api/graph?" + new URLSearchParams({center: id, depth: 2,
                                                                   format: "svg"})},
               "Hai cạnh"), " · ",
            el("a", {href: "/api/graph?" + new URLSearchParams({center: id, depth: 1,
                                                                   format: "graphml"})}, "GraphML")));
}

// --- pages ----------------------------------------------------------------

const AS_LABEL = {chair: "chủ trì", guest: "khách mời", speaker: "phát biểu", present: "dự"};
function asText(as) {
  return (as && as.length ? as : ["present"]).map((a) => AS_LABEL[a] || a).join(", ");
}

async function personPage(id) {
  const body = await api("persons/" + encodeURIComponent(id));
  const p = body.results[0];
  const meetings = el("ul", {id: "meetings"}, ...p.meetings.map((m) => el("li", {},
      el("span", {class: "date"}, m.date || "không rõ ngày"), " ",
      link("meeting", m.id, m.name), " ", el("span", {class: "muted"}, "(" + asText(m.as) + ")"))));
  const merges = el("ul", {}, ...p.merged_from.map((m) => el("li", {},
      link("article", m.article, m.doc), ": ", m.reason)));
  show(searchForm(),
       el("h1", {}, p.name), el("p", {class: "muted"}, p.province || "không rõ tỉnh"),
       el("h2", {}, "Chức vụ theo thời gian"),
       timeline(p.roles, (t) => t.position + " — " + t.organization.name),
       termTable(p.roles, false),
       el("h2", {}, "Cuộc họp chủ trì hoặc dự"),
       p.meetings.length ? meetings : el("p", {class: "muted"}, "Không có."),
       el("h2", {}, "Lân cận"), graphFigure(id),
       el("h2", {}, "Vì sao các bài được gộp"), merges);
}

function lineage(o) {
  const items = [];
  for (const [key, label] of [["predecessors", "Tiền thân"], ["successors", "Kế thừa"]]) {
    for (const x of o[key] || [])
      items.push(el("li", {}, label + ": ", link(x.kind || "organization", x.id, x.name),
                    x.share ? el("span", {class: "muted"}, " (" + x.share + ")") : null));
  }
  if (!items.length) return null;
  return el("div", {id: "lineage"}, el("h2", {}, "Trước và sau sắp xếp đơn vị hành chính 2025"),
            el("ul", {}, ...items));
}

async function organizationPage(id) {
  const [body, holders] = await Promise.all([
      api("organizations/" + encodeURIComponent(id)),
      api("organizations/" + encodeURIComponent(id) + "/holders",
          {limit: 500, with_predecessors: "true"}).catch(() =>
          api("organizations/" + encodeURIComponent(id) + "/holders", {limit: 500}))]);
  const o = body.results[0];
  show(searchForm(),
       el("h1", {}, o.name),
       el("p", {class: "muted"}, [...new Set([o.org_kind, o.locality, o.province].filter(Boolean))].join(" · ")),
       lineage(o),
       el("h2", {}, "Người giữ chức theo thời gian"),
       timeline(holders.results, (t) => t.position + " — " + t.person.name),
       termTable(holders.results, true),
       el("h2", {}, "Lân cận"), graphFigure(id));
}

async function meetingPage(id) {
  const body = await api("meetings/" + encodeURIComponent(id));
  const m = body.results[0];
  show(searchForm(),
       el("h1", {}, m.name),
       el("p", {}, el("span", {class: "date"}, m.date || "không rõ ngày"),
          m.organizer ? " · " + m.organizer : "", m.locality ? " · " + m.locality : ""),
       m.sentence ? el("blockquote", {id: "sentence"}, m.sentence) : null,
       el("p", {class: "muted"}, "Nguồn: ", link("article", m.article, m.title || m.doc),
          m.url ? el("span", {}, " · ", externalLink(m.url)) : null),
       el("h2", {}, "Thành phần"),
       el("ul", {id: "participants"}, ...m.participants.map((p) => el("li", {},
           link("person", p.id, p.name), " ", el("span", {class: "muted"}, "(" + asText(p.as) + ")")))),
       el("h2", {}, "Lân cận"), graphFigure(id));
}

async function localityPage(id) {
  const body = await api("localities/" + encodeURIComponent(id));
  const l = body.results[0];
  const list = (title, items) => items && items.length
      ? [el("h2", {}, title), el("ul", {}, ...items.map((x) => el("li", {},
            x.id ? link("locality", x.id, x.name) : x.name,
            x.map ? el("span", {class: "muted"}, " · bản đồ " + x.map) : null,
            x.share ? el("span", {class: "muted"}, " (" + x.share + ")") : null)))]
      : [];
  show(searchForm(),
       el("h1", {}, l.name),
       el("p", {class: "muted"}, [l.level, l.map ? "bản đồ " + l.map : null, l.code ? "mã " + l.code : null]
           .filter(Boolean).join(" · ")),
       ...list("Trực thuộc", l.parents), ...list("Đơn vị trực thuộc", l.children),
       ...list("Tiền thân", l.predecessors), ...list("Kế thừa", l.successors),
       el("h2", {}, "Lân cận"), graphFigure(id));
}

async function articlePage(id) {
  const body = await api("articles/" + encodeURIComponent(id));
  const a = body.results[0];
  show(searchForm(),
       el("h1", {}, a.title || a.doc),
       el("p", {class: "muted"}, [a.date, a.doc].filter(Boolean).join(" · "),
          a.url ? el("span", {}, " · ", externalLink(a.url)) : null),
       el("h2", {}, "Người được nhắc đến"),
       el("ul", {}, ...a.record.people.map((p) => el("li", {}, p.name,
           el("span", {class: "muted"}, " " + p.roles.map((r) =>
               r.position + (r.organization ? " " + r.organization : "")).join("; "))))));
}

function home() {
  show(searchForm(),
       el("p", {class: "muted"},
          "Tìm một người, một cơ quan hay một địa danh, ví dụ “tran quoc trung” hoặc “Thành ủy Cần Thơ”."));
}

const ROUTES = {search: (q) => searchPage(q), person: personPage, organization: organizationPage,
                meeting: meetingPage, locality: localityPage, article: articlePage};

async function route() {
  const [, page, arg] = location.hash.split("/").map((s) => s && decodeURIComponent(s));
  const go = ROUTES[page];
  try {
    if (go && arg) await go(arg);
    else home();
    const h = main.querySelector("h1");
    document.title = h ? h.textContent + " — vnkg" : "vnkg";
  } catch (err) {
    fail(err);
  }
}

window.addEventListener("hashchange", route);
route();
