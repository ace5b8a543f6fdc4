#include "api/query.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "extract/normalize.h"
#include "graph/history.h"
#include "graph/model.h"
#include "store/store.h"

namespace vnkg::api {
namespace {

using graph::EdgeKind;
using graph::NodeKind;
using graph::NodeRef;
using nlohmann::json;

std::string Or(const json& v, const char* field, const std::string& fallback) {
  auto it = v.find(field);
  return it == v.end() || !it->is_string() ? fallback : it->get<std::string>();
}

class Session {
 public:
  bool Open(const QueryOptions& o) {
    options_ = o;
    Status s = store::Store::OpenReadOnly(o.db, &st_);
    if (!s.ok()) std::cerr << "vnkg: " << s.message() << "\n";
    if (s.ok()) saved_ = std::cout.rdbuf(buffer_.rdbuf());  // printed by Finish
    return s.ok();
  }

  ~Session() {
    if (saved_) std::cout.rdbuf(saved_);
  }

  // Prints the answer and returns `code`, unless a storage error was met:
  // then only the error is printed, and 2 returned.
  int Finish(int code) {
    if (saved_) std::cout.rdbuf(saved_);
    saved_ = nullptr;
    if (!error_.ok()) {
      std::cerr << "vnkg query: " << error_.message() << "\n";
      return 2;
    }
    std::cout << buffer_.str();
    return code;
  }

  // The first storage error met; once set, reads answer empty and the
  // answer is not printed (never a partial answer).
  const Status& error() const { return error_; }

  json Node(NodeRef ref) {
    json v;
    if (!Keep(st_->GetNode(ref, &v))) return json::object();
    return v;
  }

  std::vector<NodeRef> Search(std::string_view folded, size_t limit) {
    std::vector<NodeRef> out;
    return Keep(st_->Search(folded, limit, &out)) ? out : std::vector<NodeRef>{};
  }
  std::vector<NodeRef> Nodes(NodeKind kind) {
    std::vector<NodeRef> out;
    return Keep(st_->Nodes(kind, &out)) ? out : std::vector<NodeRef>{};
  }
  std::vector<store::EdgeRecord> OutEdges(NodeRef n, EdgeKind k) {
    std::vector<store::EdgeRecord> out;
    return Keep(st_->OutEdges(n, k, &out)) ? out : std::vector<store::EdgeRecord>{};
  }
  std::vector<store::EdgeRecord> InEdges(NodeRef n, EdgeKind k) {
    std::vector<store::EdgeRecord> out;
    return Keep(st_->InEdges(n, k, &out)) ? out : std::vector<store::EdgeRecord>{};
  }
  std::vector<store::NodeReason> Reasons(NodeRef n) {
    std::vector<store::NodeReason> out;
    return Keep(st_->Reasons(n, &out)) ? out : std::vector<store::NodeReason>{};
  }
  store::StoredArticle Article(uint64_t id) {
    store::StoredArticle a;
    Keep(st_->GetArticle(id, &a));
    return a;
  }

  std::string Name(NodeRef ref) { return Node(ref).value("name", graph::FormatNodeRef(ref)); }

  // Nodes of `kind` named `text`: an id ("p:..."), else an exact name
  // (with or without diacritics), else names starting so.
  std::vector<NodeRef> Resolve(const std::string& text, NodeKind kind) {
    NodeRef ref;
    if (graph::ParseNodeRef(text, &ref)) return {ref};
    std::string folded = extract::FoldAscii(text);
    std::vector<NodeRef> exact, prefix;
    for (const NodeRef& r : Search(folded, 1000)) {
      if (r.kind != kind) continue;
      json v = Node(r);
      bool is_exact = false;
      for (const auto& s : v.value("search", std::vector<std::string>{})) is_exact |= s == folded;
      (is_exact ? exact : prefix).push_back(r);
    }
    return exact.empty() ? prefix : exact;
  }

  // The sentence an evidence span points at.
  std::string Sentence(const json& ev) {
    NodeRef article;
    if (!graph::ParseNodeRef(ev.value("article", ""), &article)) return "";
    auto it = texts_.find(article.id);
    if (it == texts_.end()) {
      it = texts_.emplace(article.id, Article(article.id).text).first;
    }
    size_t b = ev.value("start", size_t{0}), e = ev.value("end", size_t{0});
    if (e <= b || e > it->second.size()) return "";
    return it->second.substr(b, e - b);
  }

  graph::Sighting SightingOf(const store::EdgeRecord& e) {
    graph::Sighting s;
    s.person = e.key.src;
    s.person_name = Name(e.key.src);
    s.position = Or(e.evidence, "position", "");
    s.organization = e.key.dst;
    s.organization_name = Name(e.key.dst);
    if (e.evidence.contains("date") && e.evidence["date"].is_string()) s.date = e.evidence["date"];
    s.former = e.evidence.value("former", false);
    s.evidence = e.evidence;
    return s;
  }

  // The terms of every holder of posts in `org` (of `position` only, when
  // `keep` says so).
  std::vector<graph::Term> TermsIn(NodeRef org, const std::function<bool(const std::string&)>& keep) {
    std::vector<graph::Sighting> sightings;
    for (const auto& e : InEdges(org, EdgeKind::kHolds)) {
      graph::Sighting s = SightingOf(e);
      if (keep(s.position)) sightings.push_back(std::move(s));
    }
    return graph::BuildTerms(sightings);
  }

  // A person's terms, each judged against the other holders of its post.
  std::vector<graph::Term> TermsOf(NodeRef person) {
    std::set<NodeRef> orgs;
    for (const auto& e : OutEdges(person, EdgeKind::kHolds)) orgs.insert(e.key.dst);
    std::vector<graph::Sighting> sightings;
    for (const NodeRef& org : orgs)
      for (const auto& e : InEdges(org, EdgeKind::kHolds)) sightings.push_back(SightingOf(e));
    std::vector<graph::Term> out;
    for (graph::Term& t : graph::BuildTerms(sightings))
      if (t.person == person) out.push_back(std::move(t));
    return out;
  }

  // Provenance of an evidence entry: the sentence, the story's title and URL.
  json Provenance(json e) {
    e["sentence"] = Sentence(e);
    NodeRef article;
    json a = graph::ParseNodeRef(Or(e, "article", ""), &article) ? Node(article) : json::object();
    e["title"] = a.contains("title") ? a["title"] : json(nullptr);
    e["url"] = a.contains("url") ? a["url"] : json(nullptr);
    return e;
  }

  const QueryOptions& options() const { return options_; }

 private:
  // Whether `s` is OK; NotFound is a normal answer, anything else is kept.
  bool Keep(const Status& s) {
    if (!s.ok() && !s.IsNotFound() && error_.ok()) error_ = s;
    return s.ok();
  }

  QueryOptions options_;
  std::ostringstream buffer_;
  std::streambuf* saved_ = nullptr;
  Status error_;
  std::unique_ptr<store::Store> st_;
  std::map<uint64_t, std::string> texts_;
};

json OptJson(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

json TermsJson(Session& s, const std::vector<graph::Term>& terms) {
  json out = json::array();
  for (const auto& t : terms) {
    json ev = json::array();
    for (const json& e : t.evidence) ev.push_back(s.Provenance(e));
    out.push_back({{"person", {{"id", graph::FormatNodeRef(t.person)}, {"name", t.person_name}}},
                   {"position", t.position},
                   {"organization",
                    {{"id", graph::FormatNodeRef(t.organization)}, {"name", t.organization_name}}},
                   {"first_seen", OptJson(t.first_seen)}, {"last_seen", OptJson(t.last_seen)},
                   {"ended", OptJson(t.ended)}, {"status", graph::TermStatusName(t.status)},
                   {"evidence", std::move(ev)}});
  }
  return out;
}

// "first seen 2019-05-10, last seen 2019-05-10; ended 2021-08-03"
std::string TermDates(const graph::Term& t) {
  std::string out = t.first_seen ? "first seen " + *t.first_seen + ", last seen " + *t.last_seen
                                 : "only mentioned as former";
  if (t.status == graph::TermStatus::kEnded)
    out += t.ended ? "; ended " + *t.ended : "; ended";
  else
    out += "; current";
  return out;
}

void PrintTerms(Session& s, const std::vector<graph::Term>& terms, bool by_person) {
  for (const auto& t : terms) {
    std::cout << "  " << t.position << " — " << (by_person ? t.person_name : t.organization_name)
              << "   " << TermDates(t) << "\n";
    for (const json& e : t.evidence) {
      std::cout << "      " << Or(e, "date", "undated") << "  " << Or(e, "doc", "?")
                << (e.value("former", false) ? "  [former]" : "") << "\n";
      std::string sentence = s.Sentence(e);
      if (!sentence.empty()) std::cout << "        «" << sentence << "»\n";
    }
  }
}

// The --json answer: one object, {"results", "total", "limit", "offset"},
// each result with its "kind", "id" and "name" (README.md, "JSON answers").
void PrintJson(const QueryOptions& o, const char* kind, json results) {
  json page = json::array();
  for (size_t i = o.offset; i < results.size() && page.size() < o.limit; ++i) {
    if (kind) results[i]["kind"] = kind;
    page.push_back(std::move(results[i]));
  }
  json answer = {{"results", std::move(page)}, {"total", results.size()}, {"limit", o.limit},
                 {"offset", o.offset}};
  std::cout << answer.dump(2) << "\n";
}

int Unknown(const std::string& what, const std::string& name) {
  std::cerr << "vnkg query: no " << what << " named \"" << name << "\" (try: vnkg query search "
            << name << ")\n";
  return 3;
}

// Participation between a person and meetings, per the other end, in the
// record's words: chair, guest, speaker; "present" when only attending.
std::map<NodeRef, std::vector<std::string>> Participation(Session& st, NodeRef node,
                                                          bool person_side) {
  std::map<NodeRef, std::vector<std::string>> labels;
  for (EdgeKind k : {EdgeKind::kAttended, EdgeKind::kChaired, EdgeKind::kGuestAt, EdgeKind::kSpokeAt}) {
    auto edges = person_side ? st.OutEdges(node, k) : st.InEdges(node, k);
    for (const auto& e : edges) {
      auto& l = labels[person_side ? e.key.dst : e.key.src];
      if (k == EdgeKind::kChaired) l.push_back("chair");
      if (k == EdgeKind::kGuestAt) l.push_back("guest");
      if (k == EdgeKind::kSpokeAt) l.push_back("speaker");
    }
  }
  for (auto& [ref, l] : labels)
    if (l.empty()) l.push_back("present");
  return labels;
}

std::string JoinLabels(const json& as) {
  std::string out;
  for (const auto& l : as) out += (out.empty() ? "" : ", ") + l.get<std::string>();
  return out;
}

// Opens the store, finds the people named `who` and calls fn for each; prints
// the JSON array fn fills when --json.
template <typename Fn>
int ForEachPerson(const QueryOptions& o, const std::string& who, Fn fn) {
  Session s;
  if (!s.Open(o)) return 2;
  std::vector<NodeRef> people = s.Resolve(who, NodeKind::kPerson);
  if (people.empty()) return s.Finish(Unknown("person", who));
  json out = json::array();
  for (const NodeRef& p : people) fn(s, p, &out);
  if (o.json) PrintJson(o, "person", std::move(out));
  return s.Finish(0);
}

std::string ProvinceSuffix(const json& v) {
  std::string p = Or(v, "province", "");
  return p.empty() ? "" : " (" + p + ")";
}

}  // namespace

int QuerySearch(const QueryOptions& o, const std::string& text) {
  Session s;
  if (!s.Open(o)) return 2;
  json out = json::array();
  for (const NodeRef& r : s.Search(extract::FoldAscii(text), 1000)) {
    json v = s.Node(r);
    out.push_back({{"id", graph::FormatNodeRef(r)}, {"kind", graph::NodeKindName(r.kind)},
                   {"name", v.value("name", "")}, {"province", Or(v, "province", "")}});
  }
  if (o.json) {
    PrintJson(o, nullptr, std::move(out));
    return s.Finish(0);
  }
  for (size_t i = o.offset; i < out.size() && i < o.offset + o.limit; ++i) {
    const json& v = out[i];
    std::cout << Or(v, "id", "") << "  " << Or(v, "kind", "") << "  " << Or(v, "name", "")
              << ProvinceSuffix(v) << "\n";
  }
  return s.Finish(0);
}

int QueryPerson(const QueryOptions& o, const std::string& who) {
  return ForEachPerson(o, who, [&](Session& s, NodeRef p, json* out) {
    json v = s.Node(p);
    json merges = json::array(), meetings = json::array();
    for (const auto& r : s.Reasons(p)) {
      store::StoredArticle a = s.Article(r.article);
      merges.push_back({{"doc", a.doc}, {"reason", r.reason}});
    }
    for (const auto& [m, ls] : Participation(s, p, true)) {
      json mv = s.Node(m);
      meetings.push_back({{"id", graph::FormatNodeRef(m)}, {"date", mv["date"]},
                          {"name", mv.value("name", "")}, {"organizer", mv["organizer"]},
                          {"doc", mv.value("doc", "")}, {"as", ls}});
    }
    auto roles = s.TermsOf(p);
    if (o.json) {
      out->push_back({{"id", graph::FormatNodeRef(p)}, {"name", v.value("name", "")},
                      {"province", Or(v, "province", "")},
                      {"roles", TermsJson(s, roles)}, {"meetings", meetings},
                      {"merged_from", merges}});
      return;
    }
    std::cout << v.value("name", "") << "  " << graph::FormatNodeRef(p) << ProvinceSuffix(v) << "\n";
    std::cout << " posts:\n";
    for (const auto& t : roles)
      std::cout << "  " << t.position << " — " << t.organization_name << "   " << TermDates(t)
                << "\n";
    std::cout << " meetings:\n";
    for (const json& m : meetings)
      std::cout << "  " << Or(m, "date", "undated") << "  " << m.value("name", "") << "  ("
                << JoinLabels(m["as"]) << "; " << m.value("doc", "") << ")\n";
    std::cout << " stories and why they were joined:\n";
    for (const json& m : merges)
      std::cout << "  " << m.value("doc", "") << ": " << m.value("reason", "") << "\n";
  });
}

int QueryRoles(const QueryOptions& o, const std::string& who) {
  return ForEachPerson(o, who, [&](Session& s, NodeRef p, json* out) {
    json v = s.Node(p);
    auto terms = s.TermsOf(p);
    if (o.json) {
      out->push_back({{"id", graph::FormatNodeRef(p)}, {"name", v.value("name", "")},
                      {"province", Or(v, "province", "")}, {"roles", TermsJson(s, terms)}});
    } else {
      std::cout << v.value("name", "") << "  " << graph::FormatNodeRef(p) << ProvinceSuffix(v) << "\n";
      PrintTerms(s, terms, false);
    }
  });
}

int QueryHolders(const QueryOptions& o, const std::string& org, const std::optional<std::string>& position) {
  Session s;
  if (!s.Open(o)) return 2;
  std::vector<NodeRef> orgs = s.Resolve(org, NodeKind::kOrganization);
  if (orgs.empty()) return s.Finish(Unknown("organization", org));
  std::string want = position ? extract::FoldAscii(*position) : "";
  json out = json::array();
  for (const NodeRef& g : orgs) {
    auto terms = s.TermsIn(g, [&](const std::string& pos) {
      return !position || extract::FoldAscii(pos) == want;
    });
    if (o.json) {
      out.push_back({{"id", graph::FormatNodeRef(g)}, {"name", s.Name(g)},
                     {"holders", TermsJson(s, terms)}});
    } else {
      std::cout << s.Name(g) << "  " << graph::FormatNodeRef(g) << "\n";
      if (terms.empty()) std::cout << "  (no holders on record)\n";
      PrintTerms(s, terms, true);
    }
  }
  if (o.json) PrintJson(o, "organization", std::move(out));
  return s.Finish(0);
}

int QueryMeetings(const QueryOptions& o, const MeetingFilter& f) {
  Session s;
  if (!s.Open(o)) return 2;
  auto people = [&](const std::optional<std::string>& who, std::set<NodeRef>* out) {
    if (!who) return true;
    for (const NodeRef& r : s.Resolve(*who, NodeKind::kPerson)) out->insert(r);
    return !out->empty();
  };
  std::set<NodeRef> chairs, attendees, organizers;
  if (!people(f.chair, &chairs)) return s.Finish(Unknown("person", *f.chair));
  if (!people(f.attendee, &attendees)) return s.Finish(Unknown("person", *f.attendee));
  if (f.organizer) {
    for (const NodeRef& r : s.Resolve(*f.organizer, NodeKind::kOrganization)) organizers.insert(r);
    if (organizers.empty()) return s.Finish(Unknown("organization", *f.organizer));
  }
  auto any_in = [&](NodeRef m, EdgeKind k, const std::set<NodeRef>& set) {
    for (const auto& e : s.InEdges(m, k))
      if (set.count(e.key.src)) return true;
    return false;
  };
  struct Row { std::string date; NodeRef ref; json value; };
  std::vector<Row> rows;
  for (const NodeRef& m : s.Nodes(NodeKind::kMeeting)) {
    json v = s.Node(m);
    std::string date = Or(v, "date", "");
    if (f.from && (date.empty() || date < *f.from)) continue;
    if (f.to && (date.empty() || date.substr(0, f.to->size()) > *f.to)) continue;
    if (f.chair && !any_in(m, EdgeKind::kChaired, chairs)) continue;
    if (f.attendee && !any_in(m, EdgeKind::kAttended, attendees)) continue;
    if (f.organizer && !any_in(m, EdgeKind::kOrganized, organizers)) continue;
    rows.push_back({date, m, v});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
  json out = json::array();
  for (const Row& r : rows) {
    json parts = json::array();
    for (const auto& [p, ls] : Participation(s, r.ref, false))
      parts.push_back({{"id", graph::FormatNodeRef(p)}, {"name", s.Name(p)}, {"as", ls}});
    if (o.json) {
      out.push_back({{"id", graph::FormatNodeRef(r.ref)}, {"date", r.value["date"]},
                     {"name", r.value.value("name", "")}, {"organizer", r.value["organizer"]},
                     {"locality", r.value["locality"]}, {"doc", r.value.value("doc", "")},
                     {"participants", parts}});
      continue;
    }
    std::cout << (r.date.empty() ? "undated" : r.date) << "  " << r.value.value("name", "") << "\n"
              << "    organizer: " << Or(r.value, "organizer", "unknown") << "\n"
              << "    place: " << Or(r.value, "locality", "unknown") << "\n";
    for (const json& p : parts)
      std::cout << "    " << p.value("name", "") << " (" << JoinLabels(p["as"]) << ")\n";
    std::cout << "    story: " << r.value.value("doc", "") << "\n";
  }
  if (o.json) PrintJson(o, "meeting", std::move(out));
  else if (rows.empty()) std::cout << "no meetings match\n";
  return s.Finish(0);
}

}  // namespace vnkg::api
