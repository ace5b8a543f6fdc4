#include "graph/record_json.h"

#include <utility>

namespace vnkg::graph {
namespace {

using nlohmann::json;

constexpr std::pair<OrgKind, const char*> kOrgKinds[] = {
    {OrgKind::kPartyCommittee, "party_committee"}, {OrgKind::kPartyBoard, "party_board"},
    {OrgKind::kPartyCell, "party_cell"},           {OrgKind::kGovernment, "government"},
    {OrgKind::kLegislature, "legislature"},        {OrgKind::kFront, "front"},
    {OrgKind::kMassOrg, "mass_org"},               {OrgKind::kCentral, "central"},
    {OrgKind::kOther, "other"}};

constexpr std::pair<LocalityLevel, const char*> kLevels[] = {
    {LocalityLevel::kProvince, "province"},
    {LocalityLevel::kDistrict, "district"},
    {LocalityLevel::kCommune, "commune"}};

json Opt(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

std::optional<std::string> OptFrom(const json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}

json SpanJson(const Span& s) { return {{"start", s.start}, {"end", s.end}}; }

Span SpanFrom(const json& j) {
  Span s;
  auto it = j.find("evidence");
  if (it != j.end() && it->is_object()) {
    s.start = it->value("start", size_t{0});
    s.end = it->value("end", size_t{0});
  }
  return s;
}

}  // namespace

const char* OrgKindName(OrgKind kind) {
  for (const auto& [k, name] : kOrgKinds)
    if (k == kind) return name;
  return "other";
}

bool ParseOrgKind(const std::string& name, OrgKind* out) {
  for (const auto& [k, n] : kOrgKinds)
    if (name == n) { *out = k; return true; }
  return false;
}

const char* LocalityLevelName(LocalityLevel level) {
  for (const auto& [l, name] : kLevels)
    if (l == level) return name;
  return "province";
}

bool ParseLocalityLevel(const std::string& name, LocalityLevel* out) {
  for (const auto& [l, n] : kLevels)
    if (name == n) { *out = l; return true; }
  return false;
}

json RecordToJson(const Record& r) {
  json people = json::array();
  for (const Person& p : r.people) {
    json roles = json::array();
    for (const Role& role : p.roles) {
      json jr = {{"position", role.position}, {"organization", Opt(role.organization)}};
      if (role.former) jr["former"] = true;
      jr["evidence"] = SpanJson(role.evidence);
      roles.push_back(std::move(jr));
    }
    people.push_back({{"name", p.name}, {"key", p.key}, {"search", p.search}, {"roles", std::move(roles)},
                      {"evidence", SpanJson(p.evidence)}});
  }
  json orgs = json::array();
  for (const Organization& o : r.organizations)
    orgs.push_back({{"name", o.name}, {"key", o.key}, {"search", o.search},
                    {"kind", OrgKindName(o.kind)}, {"locality", Opt(o.locality)},
                    {"province", Opt(o.province)}});
  json locs = json::array();
  for (const Locality& l : r.localities) {
    json jl = {{"name", l.name}, {"key", l.key}, {"search", l.search},
               {"level", LocalityLevelName(l.level)}, {"parent", Opt(l.parent)},
               {"map", Opt(l.map)}, {"code", Opt(l.code)}, {"parent_code", Opt(l.parent_code)}};
    if (!l.candidates.empty()) jl["candidates"] = l.candidates;
    locs.push_back(std::move(jl));
  }
  json meetings = json::array();
  for (const Meeting& m : r.meetings) {
    json parts = json::array();
    for (const Participant& p : m.participants)
      parts.push_back({{"name", p.name}, {"key", p.key}, {"as", p.as},
                       {"evidence", SpanJson(p.evidence)}});
    meetings.push_back({{"date", Opt(m.date)}, {"organizer", Opt(m.organizer)},
                        {"name", m.name}, {"search", m.search},
                        {"participants", std::move(parts)},
                        {"evidence", SpanJson(m.evidence)}});
  }
  json j = {{"doc", r.doc}};
  if (r.url) j["url"] = *r.url;
  j["published"] = Opt(r.published);
  j["title"] = Opt(r.title);
  j["author"] = Opt(r.author);
  j["people"] = std::move(people);
  j["organizations"] = std::move(orgs);
  j["localities"] = std::move(locs);
  j["meetings"] = std::move(meetings);
  return j;
}

bool RecordFromJson(const json& j, Record* out, std::string* error) {
  try {
    Record r;
    r.doc = j.at("doc").get<std::string>();
    r.url = OptFrom(j, "url");
    r.published = OptFrom(j, "published");
    r.title = OptFrom(j, "title");
    r.author = OptFrom(j, "author");
    for (const json& jp : j.value("people", json::array())) {
      Person p;
      p.name = jp.at("name").get<std::string>();
      p.key = jp.value("key", "");
      p.search = jp.value("search", "");
      p.evidence = SpanFrom(jp);
      for (const json& jr : jp.value("roles", json::array())) {
        Role role;
        role.position = jr.at("position").get<std::string>();
        role.organization = OptFrom(jr, "organization");
        role.former = jr.value("former", false);
        role.evidence = SpanFrom(jr);
        p.roles.push_back(std::move(role));
      }
      r.people.push_back(std::move(p));
    }
    for (const json& jo : j.value("organizations", json::array())) {
      Organization o;
      o.name = jo.at("name").get<std::string>();
      o.key = jo.value("key", "");
      o.search = jo.value("search", "");
      o.province = OptFrom(jo, "province");
      if (!ParseOrgKind(jo.value("kind", "other"), &o.kind)) o.kind = OrgKind::kOther;
      o.locality = OptFrom(jo, "locality");
      r.organizations.push_back(std::move(o));
    }
    for (const json& jl : j.value("localities", json::array())) {
      Locality l;
      l.name = jl.at("name").get<std::string>();
      l.key = jl.value("key", "");
      l.search = jl.value("search", "");
      l.parent_code = OptFrom(jl, "parent_code");
      ParseLocalityLevel(jl.value("level", "province"), &l.level);
      l.parent = OptFrom(jl, "parent");
      l.map = OptFrom(jl, "map");
      l.code = OptFrom(jl, "code");
      l.candidates = jl.value("candidates", std::vector<std::string>{});
      r.localities.push_back(std::move(l));
    }
    for (const json& jm : j.value("meetings", json::array())) {
      Meeting m;
      m.date = OptFrom(jm, "date");
      m.organizer = OptFrom(jm, "organizer");
      m.name = jm.value("name", "");
      m.search = jm.value("search", "");
      m.evidence = SpanFrom(jm);
      for (const json& jp : jm.value("participants", json::array())) {
        Participant p;
        p.name = jp.at("name").get<std::string>();
        p.key = jp.value("key", "");
        p.as = jp.value("as", std::vector<std::string>{});
        p.evidence = SpanFrom(jp);
        m.participants.push_back(std::move(p));
      }
      r.meetings.push_back(std::move(m));
    }
    *out = std::move(r);
    return true;
  } catch (const json::exception& e) {
    if (error) *error = e.what();
    return false;
  }
}

}  // namespace vnkg::graph
