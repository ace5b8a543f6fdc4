// People: names recognised by shape and cues (surname + capitalised
// syllables; đồng chí, ông, bà; a title right before), their appositive
// titles ("X, Bí thư Tỉnh ủy"), predicate posts ("được bầu làm Phó Bí thư"),
// coordination ("A và B được bầu làm...") and former posts.
#include <algorithm>

#include "extract/analysis.h"
#include "extract/normalize.h"

namespace vnkg::extract {
namespace {

constexpr size_t kMaxNameSyllables = 5;
constexpr size_t kPredicateWindow = 16;
constexpr size_t kElectionWindow = 300;  // tokens back to the Ban Chấp hành elected

// Tokens right before i that make what starts there an institution's or a
// street's name: "Trường THPT chuyên Võ Thị Sáu", "số 6 Phan Đăng Lưu" (an
// institution word, then only its name's words; no verb: "Tống Phước Trường
// là Mai Văn Huỳnh"), and the second name of "nút giao Đinh Tiên Hoàng -
// Điện Biên Phủ".
bool AfterInstitution(const Analysis& a, size_t i, int depth = 0) {
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    size_t j = i - back;
    if (!a.tokens[j].word || a.tokens[j + 1].newlines_before) break;  // same line only
    size_t len = 0;
    if (a.CueAtIs(j, i, Cue::kInstitution, &len)) {
      bool part_of_name = true;
      for (size_t k = j + len; k < i; ++k)
        part_of_name = part_of_name && a.tokens[k].word &&
                       (a.tokens[k].cap || a.tokens[k].all_caps ||
                        a.CueAtIs(k, i, Cue::kInstitution) || a.CueAt(k, i).first < 0);
      if (part_of_name) return true;
    }
  }
  if (depth < 2 && i >= 2 && (a.Is(i - 1, "-") || a.Is(i - 1, "–"))) {
    size_t s = i - 1;
    while (s > 0 && s + 6 > i && IsNameWord(a.tokens[s - 1])) --s;
    if (s + 1 < i && AfterInstitution(a, s, depth + 1)) return true;
  }
  return false;
}

// Tokens right before a name that make it a place or an institution's name.
bool IsLocTypeOrInstitution(const Analysis& a, size_t i) {
  for (size_t back = 1; back <= 4 && back <= i; ++back) {
    size_t j = i - back;
    if (!a.tokens[j].word || a.tokens[j + 1].newlines_before) break;  // same line only
    if (a.lex->loc_types.Find(a.tokens, j, i).length == back) return true;
    if (a.lex->bodies.Find(a.tokens, j, i).length == back) return true;
  }
  return AfterInstitution(a, i);
}

// Party bodies one is a member of ("Ủy viên Ban Thường vụ", "Tỉnh ủy viên").
bool HasMembers(const OrgRef& o) {
  return o.cls == BodyClass::kCommittee || o.cls == BodyClass::kPartyUnit ||
         o.cls == BodyClass::kBoard || o.cls == BodyClass::kBch;
}

// A post in a body named without a title before it ("tham gia Ban Chấp hành").
Title PostIn(std::string position, OrgRef o) {
  Title t;
  t.position = std::move(position);
  t.begin = o.begin;
  t.end = o.end;
  t.org = std::move(o);
  return t;
}

// A body that ends a name: any but a one-word generic head ("Trường", "Ban",
// "Viện"), which are given names too ("Tống Phước Trường").
bool StartsSpecificBody(const Analysis& a, size_t i, size_t limit) {
  PhraseMatcher::Match m = a.lex->bodies.Find(a.tokens, i, limit);
  if (!m.length) return false;
  return !(m.length == 1 && a.lex->body_entries[m.value].cls == BodyClass::kNamed);
}

// End of a person's name starting at pos, or pos when there is none.
bool IsApposSeparator(const Analysis& a, size_t i) {
  return a.Is(i, ",") || a.Is(i, "-") || a.Is(i, "–") || a.Is(i, "—") || a.Is(i, ":") ||
         a.Is(i, "(");
}

// End of a person's name starting at pos, or pos when there is none. A cued
// name follows an honorific or a title; an uncued one must look like a full
// name (surname + two syllables or more, or two with a title after it) that
// is no place and no institution's name.
size_t ParseNameEnd(const Analysis& a, size_t pos, size_t limit, bool cued, bool in_list = false) {
  if (pos >= limit || a.masked[pos]) return pos;
  size_t i = pos;
  size_t n = 0;  // syllables, a hyphen-glued word ("Xổm-phon") counting as one
  while (i < limit && n < kMaxNameSyllables && IsNameWord(a.tokens[i]) && !a.masked[i] &&
         (i == pos || (a.tokens[i].space_before && a.tokens[i].newlines_before == 0))) {
    if (a.lex->posts.Find(a.tokens, i, limit).length || StartsSpecificBody(a, i, limit)) break;
    // A name in capitals runs into the capitalised verb after it ("ÔNG NGUYỄN
    // VĂN AN ĐƯỢC BẦU ..."): no cue word is part of a name.
    if (i > pos && a.tokens[i].all_caps && a.lex->cues.Find(a.tokens, i, limit).length) break;
    i = a.GluedEnd(i, limit);
    ++n;
  }
  if (n == 0) return pos;
  if (a.tokens[pos].all_caps) {
    // In capitals any word looks like a name: a surname cued by an honorific,
    // a title or a list's introduction ("CÁC ĐỒNG CHÍ: NGUYỄN THỊ LỆ, ...").
    bool apostrophe = a.Surface(pos).find('\'') != std::string_view::npos;
    if (!(cued || in_list) || (!apostrophe && !a.lex->surnames.Find(a.tokens, pos, limit).length))
      return pos;
    return i;
  }
  if (cued) return i;
  if (n < 2 || !a.lex->surnames.Find(a.tokens, pos, limit).length) return pos;
  if (a.CueAtIs(pos, limit, Cue::kNotName)) return pos;
  if (a.gz->MatchName(a.tokens, pos, limit, nullptr) == i - pos) return pos;
  if (IsLocTypeOrInstitution(a, pos)) return pos;
  // Two syllables: a title must follow, or, in a list of people ("các đồng chí:
  // Lê Lợi, Hà Minh và ..."), the list's punctuation.
  bool listed = in_list && (i >= limit || a.Is(i, ",") || a.Is(i, ";") || a.Is(i, ".") ||
                            a.Is(i, "và") || a.Is(i, ")"));
  if (n == 2 && !listed && !(IsApposSeparator(a, i) && ParseTitleChain(a, i + 1, limit)))
    return pos;
  return i;
}

int FindOrAddPerson(Analysis* a, const std::string& name, size_t sentence) {
  std::string key = FoldKey(name);
  for (size_t p = 0; p < a->persons.size(); ++p)
    if (a->persons[p].key == key) return static_cast<int>(p);
  PersonEntity e;
  e.name = name;
  e.key = key;
  e.first_sentence = sentence;
  a->persons.push_back(std::move(e));
  return static_cast<int>(a->persons.size()) - 1;
}

// "ông Phước" after "Lê Văn Phước": the one person whose name ends so.
int FindByGivenName(const Analysis& a, const std::string& key) {
  int found = -1;
  for (size_t p = 0; p < a.persons.size(); ++p) {
    const std::string& k = a.persons[p].key;
    size_t sp = k.rfind(' ');
    if (k.compare(sp == std::string::npos ? 0 : sp + 1, std::string::npos, key) == 0) {
      if (found >= 0) return -1;
      found = static_cast<int>(p);
    }
  }
  return found;
}

// Index of the token after a balanced "( ... )" starting at i, or i.
size_t SkipParens(const Analysis& a, size_t i, size_t limit) {
  if (!a.Is(i, "(")) return i;
  for (size_t j = i + 1; j < limit && j < i + 12; ++j)
    if (a.Is(j, ")")) return j + 1;
  return i;
}

class SentenceScanner {
 public:
  SentenceScanner(Analysis* a, size_t s)
      : a_(a), s_(s), end_(a->sentences[s].tok_end) {}

  void Run() {
    size_t i = a_->sentences[s_].tok_begin;
    bool cued = false, list = false;
    while (i < end_) {
      if (a_->masked[i]) { ++i; continue; }
      PhraseMatcher::Match h = a_->lex->honorifics.Find(a_->tokens, i, end_);
      if (h.length && IsLocTypeOrInstitution(*a_, i)) {
        // "Lăng Ông Lê Văn Duyệt": an honorific inside a place's name.
        i += h.length;
        while (i < end_ && IsNameWord(a_->tokens[i]) && a_->tokens[i].space_before) ++i;
        cued = false;
        continue;
      }
      if (h.length) {
        cued = true;
        list = list || h.value == 1;
        i += h.length;
        continue;
      }
      std::optional<TitleChain> chain = ParseTitleChain(*a_, i, end_);
      if (chain && AfterInstitution(*a_, i)) {
        // "khu tưởng niệm Chủ tịch Hồ Chí Minh": a title inside a place's name.
        i = chain->end;
        while (i < end_ && IsNameWord(a_->tokens[i]) && a_->tokens[i].space_before) ++i;
        cued = false;
        continue;
      }
      if (chain) {
        bool clause_start = cued || i == a_->sentences[s_].tok_begin || AfterFrontedClause(i);
        i = AfterChain(*chain, clause_start);
        cued = false;
        continue;
      }
      size_t n = ParseNameEnd(*a_, i, end_, cued, list);
      if (n > i) {
        i = AddMention(i, n, nullptr);
        cued = false;
        continue;
      }
      if (!a_->Is(i, ":")) cued = false;
      ++i;
    }
  }

 private:
  // "Phát biểu kết luận hội nghị, Bí thư Huyện ủy yêu cầu...": i starts the
  // main clause after a fronted clause that opens with a meeting verb.
  bool AfterFrontedClause(size_t i) const {
    size_t b = a_->sentences[s_].tok_begin;
    if (i == b || !a_->Is(i - 1, ",")) return false;
    for (size_t k = b; k + 1 < i; ++k)
      if (a_->Is(k, ",")) return false;  // only the first comma closes the fronted clause
    return a_->CueAtIs(b, i, Cue::kSpeaker) || a_->CueAtIs(b, i, Cue::kChair);
  }

  // Whether a title starting at `begin` is introduced as a list's ("các",
  // "các đồng chí").
  bool SharedByList(size_t begin) const {
    size_t from = a_->sentences[s_].tok_begin;
    if (begin > from && a_->CueAtIs(begin - 1, begin, Cue::kListOf)) return true;
    for (size_t back = std::min<size_t>(3, begin - from); back > 0; --back) {
      PhraseMatcher::Match h = a_->lex->honorifics.Find(a_->tokens, begin - back, begin);
      if (h.length == back) return h.value == 1;  // the longest: "các đồng chí"
    }
    return false;
  }

  // Whether a person's full name starts at `k` (", Phó Chủ tịch UBND tỉnh
  // Nguyễn Văn B": a title right before a name is that name's).
  bool NameAt(size_t k) const {
    // "... CHÁNH VĂN PHÒNG THỊ ỦY TRÌNH BÀY": a verb in capitals is no name.
    if (a_->CueAt(k, end_).first >= 0) return false;
    return a_->lex->surnames.Find(a_->tokens, k, end_).length &&
           ParseNameEnd(*a_, k, end_, true) > k + 1 &&
           !a_->gz->MatchName(a_->tokens, k, end_, nullptr);  // "... thường trực Lạng Giang"
  }

  // Whether a dash and a person's name start at `k` ("– Nguyễn Văn A").
  bool DashThenName(size_t k) const {
    if (!a_->Is(k, "-") && !a_->Is(k, "–")) return false;
    ++k;
    k += a_->lex->honorifics.Find(a_->tokens, k, end_).length;
    return a_->lex->surnames.Find(a_->tokens, k, end_).length &&
           ParseNameEnd(*a_, k, end_, true) > k + 1;
  }

  // A title chain: the name right after it, or "… là ông X", or a title reference.
  size_t AfterChain(const TitleChain& chain, bool clause_start) {
    size_t n = ParseNameEnd(*a_, chain.end, end_, true);
    if (n > chain.end) return AddMention(chain.end, n, &chain);
    // "các Phó Chủ tịch HĐND tỉnh: ông A, bà B": the title is every listed one's.
    if (a_->Is(chain.end, ":") && SharedByList(chain.begin)) list_titles_ = chain;
    // "Trưởng Ban Tuyên giáo Huyện ủy - Diệp Minh Trí": a dash, then the name.
    if (DashThenName(chain.end) || a_->Is(chain.end, ":")) {
      size_t k = chain.end + 1;
      k += a_->lex->honorifics.Find(a_->tokens, k, end_).length;
      size_t m = a_->lex->surnames.Find(a_->tokens, k, end_).length
                     ? ParseNameEnd(*a_, k, end_, true) : k;
      if (m > k + 1) return AddMention(k, m, &chain);
    }
    size_t j = SkipTermQualifier(*a_, chain.end, end_);
    if (a_->Is(j, "là")) {
      size_t k = j + 1;
      k += a_->lex->honorifics.Find(a_->tokens, k, end_).length;
      size_t m = ParseNameEnd(*a_, k, end_, true);
      if (m > k) return AddMention(k, m, &chain);
    }
    if (clause_start) a_->title_refs.push_back({chain, s_});
    return chain.end;
  }

  void AddRoles(int person, const TitleChain& chain, bool former,
                std::vector<size_t>* added) {
    for (const Title& t : chain.titles) {
      RoleMention r;
      r.title = t;
      r.title.former = t.former || former;
      r.sentence = s_;
      a_->persons[person].roles.push_back(std::move(r));
      if (added) added->push_back(a_->persons[person].roles.size() - 1);
    }
  }

  // "người tiền nhiệm của X là ông Y (Bí thư ...)": Y's titles here are past ones.
  bool PastBefore(size_t name_begin) const {
    size_t from = name_begin > 10 ? name_begin - 10 : 0;
    from = std::max(from, a_->sentences[s_].tok_begin);
    for (size_t k = from; k < name_begin; ++k)
      if (a_->Is(k, ";")) from = k;
    for (size_t k = from; k < name_begin; ++k)
      if (a_->CueAtIs(k, name_begin, Cue::kPredecessor)) return true;
    return false;
  }

  size_t AddMention(size_t nb, size_t ne, const TitleChain* pre) {
    std::string name = ProperCase(a_->SurfaceRange(nb, ne));
    int person;
    // "K'Nhai" is a full name (keys fold every apostrophe to ').
    bool whole = a_->tokens[nb].key.find('\'') != std::string::npos;
    if (ne - nb == 1 && !whole) {
      person = FindByGivenName(*a_, FoldKey(name));
      if (person < 0) return ne;
    } else {
      person = FindOrAddPerson(a_, name, s_);
    }
    PersonMention m;
    m.person = person;
    m.begin = nb;
    m.end = ne;
    m.sentence = s_;
    std::vector<size_t> appositive;
    bool past_before = PastBefore(nb);
    if (pre) AddRoles(person, *pre, past_before, &appositive);
    else if (list_titles_) AddRoles(person, *list_titles_, past_before, &appositive);

    // Apposition: ", Bí thư ...", " - Bí thư ...", " (Bí thư ...)", or a
    // title right after the name ("Lê Thị A phó bí thư huyện ủy").
    size_t j = ne;
    std::optional<TitleChain> adjacent =
        IsApposSeparator(*a_, j) ? std::nullopt : ParseTitleChain(*a_, j, end_);
    if (adjacent) {
      AddRoles(person, *adjacent, past_before, &appositive);
      j = adjacent->end;
    }
    for (int round = 0; round < 4 && !adjacent; ++round) {
      bool paren = a_->Is(j, "(");
      if (!paren && !IsApposSeparator(*a_, j)) break;
      std::optional<TitleChain> chain = ParseTitleChain(*a_, j + 1, end_);
      // "Bí thư – A, Phó Bí thư – B": a title before a dash and a name is the
      // next person's.
      if (chain && !paren && (DashThenName(chain->end) || NameAt(chain->end))) break;
      if (chain) {
        AddRoles(person, *chain, past_before, &appositive);
        j = chain->end;
        if (paren && a_->Is(j, ")")) ++j;
        break;
      }
      if (paren) {
        size_t after = SkipParens(*a_, j, end_);
        if (after == j) break;
        j = after;
        continue;
      }
      // ", 47 tuổi, người xã An Dân, Ủy viên ...": an aside, then the titles.
      // ", UVBTVTU, Phó Chủ tịch ...": an unknown abbreviation heads the list.
      // ", Thiếu tướng, Giám đốc Công an tỉnh": a rank heads it.
      size_t next = AsideEnd(j + 1);
      size_t rank = a_->lex->honorifics.Find(a_->tokens, j + 1, end_).length;
      if (next == j + 1 && j + 2 < end_ && a_->tokens[j + 1].all_caps &&
          IsApposSeparator(*a_, j + 2))
        next = j + 2;
      else if (next == j + 1 && rank && j + 1 + rank < end_ && a_->Is(j + 1 + rank, ","))
        next = j + 1 + rank;
      if (next == j + 1 || !IsApposSeparator(*a_, next)) break;
      j = next;
    }
    m.appos_end = j;
    a_->mentions.push_back(m);

    // Predicates: "... được bầu làm Phó Bí thư", "... thôi tham gia công tác".
    bool has_predicate = false, votes = false;
    std::vector<size_t> taken;    // posts the predicates give
    std::vector<size_t> members;  // memberships they give
    size_t limit = std::min(end_, j + kPredicateWindow);
    for (size_t k = j; k < limit;) {
      if (k > j && (a_->lex->honorifics.Find(a_->tokens, k, end_).length ||
                    ParseNameEnd(*a_, k, end_, false) > k))
        break;
      auto [cue, len] = a_->CueAt(k, end_);
      if (cue < 0) { ++k; continue; }
      votes = votes || a_->lex->CueIs(cue, Cue::kVotes);
      if (a_->lex->CueIs(cue, Cue::kPast)) {
        for (size_t r : appositive) a_->persons[person].roles[r].title.former = true;
        bool held = a_->Is(k, "từng");
        k += len;
        if (held) {
          if (auto chain = ParseTitleChain(*a_, SkipFill(k), end_)) {
            AddRoles(person, *chain, true, nullptr);
            k = chain->end;
          }
        }
        continue;
      }
      if (a_->lex->CueIs(cue, Cue::kPredicate)) {
        size_t q = SkipFill(k + len);
        if (auto chain = ParseTitleChain(*a_, q, end_)) {
          AddRoles(person, *chain, false, &taken);
          for (int other : group_) AddRoles(other, *chain, false, nullptr);
          group_.clear();
          has_predicate = true;
          k = chain->end;
          limit = std::min(end_, k + kPredicateWindow);
          continue;
        }
      }
      if (a_->lex->CueIs(cue, Cue::kMember)) {
        // "tham gia Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện ủy": a member.
        if (size_t after = AddMemberships(person, k + len, &members); after > k + len) {
          has_predicate = true;
          k = after;
          limit = std::min(end_, k + kPredicateWindow);
          continue;
        }
      }
      k += len;
    }
    MarkPreviousTerm(person, appositive, taken);
    CompleteMemberships(person, members, taken);
    // "Ông A, Bí thư Huyện ủy, đạt 97% số phiếu": votes with no post named
    // are for the Ban Chấp hành just elected.
    if (votes && !has_predicate) {
      if (std::optional<OrgRef> c = CommitteeElectedBefore(nb)) {
        TitleChain chain;
        chain.titles.push_back(PostIn("Ủy viên", std::move(*c)));
        AddRoles(person, chain, false, nullptr);
      }
    }
    // Coordination: "A, Chủ tịch UBND và ông B tái đắc cử ..." shares B's predicate.
    size_t c = j;
    if (!has_predicate && (a_->Is(c, "và") || a_->Is(c, ",")) &&
        (a_->lex->honorifics.Find(a_->tokens, c + 1, end_).length ||
         ParseNameEnd(*a_, c + 1, end_, false) > c + 1)) {
      group_.push_back(person);
    } else if (has_predicate || !a_->Is(c, "và")) {
      group_.clear();
    }
    return j;
  }

  // "X, Phó Bí thư Tỉnh ủy khóa XIV, ... làm Bí thư Tỉnh ủy khóa XV": a post
  // tagged with its term, in the body the person now takes a post in, is
  // the previous term's.
  void MarkPreviousTerm(int person, const std::vector<size_t>& appositive,
                        const std::vector<size_t>& taken) {
    auto& roles = a_->persons[person].roles;
    for (size_t r : appositive) {
      Title& t = roles[r].title;
      if (!t.termed || !t.org) continue;
      OrgRef mine = *t.org;
      const OrgRef* body = LocalBody(&mine);
      for (size_t n : taken) {
        if (!roles[n].title.org) continue;
        OrgRef other = *roles[n].title.org;
        const OrgRef* o = LocalBody(&other);
        bool same = o->head == body->head &&
                    (!o->loc.named() || !body->loc.named() || o->loc.name == body->loc.name);
        if (same) t.former = true;
      }
    }
  }

  // "tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy": a member of each body,
  // the committee named last applying to the bodies before it.
  size_t AddMemberships(int person, size_t q, std::vector<size_t>* added) {
    size_t end = q;
    TitleChain chain;
    for (;;) {
      std::optional<OrgRef> o = ParseOrg(*a_, q, end_);
      if (!o || !HasMembers(*o)) break;
      chain.titles.push_back(PostIn("Ủy viên", std::move(*o)));
      end = chain.titles.back().end;
      if (!(a_->Is(end, ",") || a_->Is(end, "và"))) break;
      q = end + 1;
    }
    if (chain.titles.empty()) return q;
    Distribute(*a_->lex, &chain);
    AddRoles(person, chain, false, added);
    return end;
  }

  // "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X": a
  // post taken after the memberships names the committee they are in.
  void CompleteMemberships(int person, const std::vector<size_t>& members,
                           const std::vector<size_t>& taken) {
    auto& roles = a_->persons[person].roles;
    std::optional<OrgRef> committee;
    for (size_t n : taken) {
      if (!roles[n].title.org) continue;
      OrgRef o = *roles[n].title.org;
      const OrgRef* local = LocalBody(&o);
      if (local->cls == BodyClass::kCommittee || local->cls == BodyClass::kPartyUnit) {
        committee = *local;
        break;
      }
    }
    if (!committee) return;
    for (size_t r : members) {
      std::optional<OrgRef>& org = roles[r].title.org;
      if (!org) continue;
      if (org->cls == BodyClass::kBch) {
        org = committee;
      } else if (org->cls == BodyClass::kBoard && !org->parent) {
        org->parent = std::make_shared<OrgRef>(*committee);
      }
    }
  }

  // The committee of the latest "Ban Chấp hành <Đảng bộ X>" a little before
  // `pos` (within kElectionWindow tokens).
  std::optional<OrgRef> CommitteeElectedBefore(size_t pos) const {
    size_t from = pos > kElectionWindow ? pos - kElectionWindow : 0;
    for (size_t k = pos; k-- > from;) {
      PhraseMatcher::Match m = a_->lex->bodies.Find(a_->tokens, k, pos);
      if (!m.length || a_->lex->body_entries[m.value].cls != BodyClass::kBch) continue;
      std::optional<OrgRef> o = ParseOrg(*a_, k, a_->sentences[a_->sentence_of[k]].tok_end);
      if (o && (o->cls == BodyClass::kCommittee || o->cls == BodyClass::kPartyUnit)) return o;
    }
    return std::nullopt;
  }

  // End of an aside starting at i ("47 tuổi", "quê Hà Tĩnh", "người xã An
  // Dân"): the next comma within a few tokens; i when none starts there.
  size_t AsideEnd(size_t i) const {
    size_t k = i < end_ && a_->tokens[i].number ? i + 1 : i;
    if (!a_->CueAtIs(k, end_, Cue::kAside)) return i;
    for (size_t e = k + 1; e < end_ && e < k + 10; ++e)
      if (IsApposSeparator(*a_, e) || a_->Is(e, ";")) return a_->Is(e, ",") ? e : i;
    return i;
  }

  size_t SkipFill(size_t q) const {
    for (;;) {
      size_t len = a_->lex->pred_fill.Find(a_->tokens, q, end_).length;
      if (!len) return q;
      q += len;
    }
  }

  std::optional<TitleChain> list_titles_;  // a title the rest of a list shares
  Analysis* a_;
  size_t s_;
  size_t end_;
  std::vector<int> group_;  // coordinated subjects awaiting a shared predicate
};

}  // namespace

// "các đại biểu trúng cử HĐND tỉnh ... như ông A, ...; ông B": everyone the
// sentence then lists was elected a deputy of that council. "Trong số những
// người trúng cử Ban Chấp hành có ông A, ...; bà B": everyone it then
// introduces was elected a member of that committee.
void AddElectedList(Analysis* a, size_t s) {
  const Sentence& sen = a->sentences[s];
  size_t len = 0;
  for (size_t i = sen.tok_begin; i < sen.tok_end; ++i) {
    if (!a->CueAtIs(i, sen.tok_end, Cue::kElectedList, &len)) continue;
    std::optional<OrgRef> o = ParseOrg(*a, i + len, sen.tok_end);
    if (!o) continue;
    bool deputies = o->head == "Hội đồng nhân dân" || o->head == "Quốc hội";
    if (!deputies && !HasMembers(*o)) continue;
    size_t from = o->end;
    if (!deputies) {  // the introduction follows the body closely
      size_t stop = std::min(sen.tok_end, o->end + kPredicateWindow);
      while (from < stop && !a->CueAtIs(from, stop, Cue::kPresent) && !a->Is(from, ":")) ++from;
      if (from == stop) continue;
    }
    Title t = PostIn(deputies ? "Đại biểu" : "Ủy viên", *o);
    // This sentence's mentions are the last ones found so far.
    for (size_t k = a->mentions.size(); k-- > 0 && a->mentions[k].sentence == s;) {
      const PersonMention& m = a->mentions[k];
      if (m.begin >= from) a->persons[m.person].roles.push_back({t, s});
    }
    return;
  }
}

// "Ban Thường vụ Tỉnh ủy khóa XX gồm các đồng chí: A, B" (members of the
// body); "5 Phó Bí thư Tỉnh ủy gồm: bà A, ông B" (holders of the post).
void AddListedMembers(Analysis* a, size_t s) {
  const Sentence& sen = a->sentences[s];
  for (size_t i = sen.tok_begin; i < sen.tok_end; ++i) {
    if (!a->Is(i, "gồm")) continue;
    // The body or post that ends right before "gồm" (past a term: "khóa XX,").
    std::optional<Title> what;
    for (size_t b = sen.tok_begin; b < i && !what; ++b) {
      if (auto chain = ParseTitleChain(*a, b, i)) {
        if (SkipTermQualifier(*a, chain->end, i) == i && chain->titles.size() == 1)
          what = chain->titles[0];
        continue;
      }
      std::optional<OrgRef> o = ParseOrg(*a, b, i);
      if (!o || SkipTermQualifier(*a, o->end, i) != i || !HasMembers(*o)) continue;
      what = PostIn("Ủy viên", std::move(*o));
    }
    if (!what || !what->org) return;
    std::string body = OrgName(*what->org);
    for (const PersonMention& m : a->mentions) {
      if (m.sentence != s || m.begin < i) continue;
      // The person's own title in this body, if the list gives one, is more precise.
      bool own = false;
      for (const RoleMention& r : a->persons[m.person].roles)
        own = own || (r.sentence == s && r.title.org && OrgName(*r.title.org) == body);
      if (!own) a->persons[m.person].roles.push_back({*what, s});
    }
    return;
  }
}

void FindPeople(Analysis* a) {
  for (size_t s = 0; s < a->sentences.size(); ++s) {
    SentenceScanner(a, s).Run();
    AddElectedList(a, s);
    AddListedMembers(a, s);
  }
}

}  // namespace vnkg::extract
