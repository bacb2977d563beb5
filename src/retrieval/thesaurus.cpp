#include "retrieval/thesaurus.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <boost/json.hpp>
#include <fstream>
#include <sstream>

namespace cps::retrieval {

namespace json = boost::json;

namespace {

// Words between two terms of a match may only be dropped stop words, at most this many.
constexpr std::size_t max_gap = 2;

// A one-word term whose stem has fewer code points than this is "short": its stem meets
// unrelated words of the language (and, for queries, of every other language).
constexpr std::size_t short_stem = 5;

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Code points two UTF-8 strings begin with alike.
std::size_t common_prefix(std::string_view a, std::string_view b) {
  auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  std::size_t n = 0, i = 0;
  for (; i < a.size() && i < b.size() && a[i] == b[i]; ++i) n += !continuation(a[i]);
  // Stopped inside a code point: its first bytes were alike, the code point is not.
  if (n > 0 && ((i < a.size() && continuation(a[i])) || (i < b.size() && continuation(b[i])))) --n;
  return n;
}

// An abbreviation as written in the thesaurus: two letters or more, all of them capitals
// (ASCII, Greek or Cyrillic).
bool written_in_capitals(std::string_view term) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < term.size(); ++i) {
    auto c = static_cast<unsigned char>(term[i]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
      continue;
    }
    // Greek capitals U+0391–U+03A9 (CE 91 – CE A9), Cyrillic capitals U+0400–U+042F
    // (D0 80 – D0 AF); every other letter outside ASCII counts as small.
    auto next = i + 1 < term.size() ? static_cast<unsigned char>(term[i + 1]) : 0;
    bool capital = (c == 0xCE && next >= 0x91 && next <= 0xA9) || (c == 0xD0 && next >= 0x80 && next <= 0xAF);
    if (!capital) return false;
    ++letters;
    ++i;
  }
  return letters >= 2;
}

std::unexpected<Error> not_a_thesaurus(std::string detail) {
  return fail(ErrorKind::internal, "The thesaurus could not be read.", {}, std::move(detail));
}

}  // namespace

Result<Thesaurus> Thesaurus::load(const std::filesystem::path& json_file,
                                  const Analyzer& analyzer) {
  std::ifstream in(json_file, std::ios::binary);
  if (!in) return not_a_thesaurus("cannot open " + json_file.string());
  std::ostringstream content;
  content << in.rdbuf();
  return parse(content.str(), analyzer);
}

Result<Thesaurus> Thesaurus::parse(std::string_view text, const Analyzer& analyzer) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) return not_a_thesaurus("not JSON: " + ec.message());
  const auto* object = root.if_object();
  if (object == nullptr) return not_a_thesaurus("not an object");
  const json::value* list = object->if_contains("concepts");
  const json::array* concepts = list ? list->if_array() : nullptr;
  if (concepts == nullptr) return not_a_thesaurus("no concepts array");

  Thesaurus t;
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ULL;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  t.fingerprint_ = hex;
  if (const auto* languages = object->if_contains("languages");
      languages && languages->is_array()) {
    for (const auto& l : languages->get_array()) {
      if (l.is_string()) t.languages_.emplace_back(l.get_string());
    }
  }
  for (const auto& value : *concepts) {
    const auto* c = value.if_object();
    if (c == nullptr || !c->contains("id") || !c->at("id").is_string()) {
      return not_a_thesaurus("a concept without an id");
    }
    Concept concept_;
    concept_.id = std::string(c->at("id").get_string());
    if (const auto* areas = c->if_contains("areas"); areas && areas->is_array()) {
      for (const auto& a : areas->get_array()) {
        if (a.is_string()) concept_.areas.emplace_back(a.get_string());
      }
    }
    if (const auto* broader = c->if_contains("broader"); broader && broader->is_string()) {
      concept_.broader = std::string(broader->get_string());
    }
    const auto* terms = c->if_contains("terms");
    if (terms == nullptr || !terms->is_object()) {
      return not_a_thesaurus("concept " + concept_.id + " has no terms");
    }
    for (const auto& [language, list] : terms->get_object()) {
      if (!list.is_array()) return not_a_thesaurus("concept " + concept_.id + ": terms not a list");
      auto& out = concept_.terms[std::string(language)];
      for (const auto& term : list.get_array()) {
        if (term.is_string()) out.emplace_back(term.get_string());
      }
      if (std::find(t.languages_.begin(), t.languages_.end(), std::string(language)) ==
          t.languages_.end()) {
        t.languages_.emplace_back(language);
      }
    }
    if (t.by_id_.contains(concept_.id)) return not_a_thesaurus("duplicate id " + concept_.id);
    t.by_id_.emplace(concept_.id, t.concepts_.size());
    t.concepts_.push_back(std::move(concept_));
  }

  for (std::size_t i = 0; i < t.concepts_.size(); ++i) {
    for (const auto& [language, terms] : t.concepts_[i].terms) {
      auto& index = t.index_[language];
      for (const auto& term : terms) {
        auto analysed = analyzer.analyze(term, language);
        if (analysed.empty()) continue;
        std::vector<std::string> tokens;
        for (const auto& a : analysed) tokens.push_back(a.term);
        Entry entry{tokens, i, {}, false, 0};
        if (tokens.size() == 1) {
          entry.abbreviation = written_in_capitals(term);
          if (entry.abbreviation || code_points(tokens.front()) < short_stem) {
            entry.word = analysed.front().word;
            // The stem and two more letters, or the whole word when it is shorter.
            entry.shared_prefix = std::min(code_points(entry.word), code_points(tokens.front()) + 2);
          }
        }
        auto& entries = index[tokens.front()];
        bool known = std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
          return e.tokens == entry.tokens && e.concept_index == i && e.word == entry.word;
        });
        if (!known) entries.push_back(std::move(entry));
      }
    }
  }
  for (auto& [language, index] : t.index_) {
    for (auto& [first, entries] : index) {
      std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.tokens.size() > b.tokens.size();
      });
    }
  }
  return t;
}

std::vector<ConceptMatch> Thesaurus::match(const std::vector<Token>& tokens,
                                           std::string_view language) const {
  std::vector<ConceptMatch> matches;
  auto index = index_.find(language);
  if (index == index_.end()) return matches;
  for (std::size_t i = 0; i < tokens.size();) {
    auto candidates = index->second.find(tokens[i].term);
    std::size_t length = 0;
    if (candidates != index->second.end()) {
      for (const Entry& e : candidates->second) {
        if (i + e.tokens.size() > tokens.size()) continue;
        if (!close_enough(e, tokens[i])) continue;
        bool equal = true;
        for (std::size_t k = 1; k < e.tokens.size() && equal; ++k) {
          equal = tokens[i + k].term == e.tokens[k] &&
                  tokens[i + k].position - tokens[i + k - 1].position <= max_gap + 1;
        }
        if (!equal) continue;
        // Entries are longest first: every further one of this length is another concept
        // named by the same words (an ambiguous term), which is matched too.
        if (length != 0 && e.tokens.size() < length) break;
        length = e.tokens.size();
        matches.push_back(
            {concepts_[e.concept_index].id, tokens[i].position, tokens[i + length - 1].position});
      }
    }
    i += length == 0 ? 1 : length;
  }
  return matches;
}

std::vector<ConceptMatch> Thesaurus::match_any_language(std::string_view text,
                                                        const Analyzer& analyzer) const {
  return match_any_language(text, analyzer, {});
}

std::vector<ConceptMatch> Thesaurus::match_any_language(std::string_view text,
                                                        const Analyzer& analyzer,
                                                        std::string_view preferred_language) const {
  struct Candidate {
    ConceptMatch match;
    bool preferred = false;
  };
  std::vector<Candidate> all;
  for (const auto& language : languages_) {
    for (auto& m : match(analyzer.analyze(text, language), language)) {
      all.push_back({std::move(m), language == preferred_language});
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
    auto la = a.match.last - a.match.first, lb = b.match.last - b.match.first;
    if (la != lb) return la > lb;
    return a.preferred && !b.preferred;
  });
  std::vector<ConceptMatch> chosen;
  for (auto& c : all) {
    bool overlaps = false, same = false;
    for (const auto& k : chosen) {
      if (c.match.first <= k.last && k.first <= c.match.last) {
        overlaps = true;
        same = same || k.concept_id == c.match.concept_id;
      }
    }
    if (same) continue;
    // The same span named in two languages by different concepts is kept: both readings
    // are plausible. A shorter span inside a chosen one is not.
    bool identical_span = false;
    for (const auto& k : chosen) {
      identical_span = identical_span || (k.first == c.match.first && k.last == c.match.last);
    }
    if (overlaps && !identical_span) continue;
    chosen.push_back(std::move(c.match));
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const ConceptMatch& a, const ConceptMatch& b) { return a.first < b.first; });
  return chosen;
}

bool Thesaurus::close_enough(const Entry& entry, const Token& token) {
  if (entry.word.empty()) return true;
  if (entry.abbreviation) return token.word == entry.word;
  return common_prefix(token.word, entry.word) >= entry.shared_prefix;
}

const Concept* Thesaurus::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &concepts_[it->second];
}

std::string Thesaurus::label(std::string_view id, std::string_view language) const {
  const Concept* c = find(id);
  if (c == nullptr) return {};
  for (std::string_view l : {language, std::string_view("en")}) {
    auto it = c->terms.find(std::string(l));
    if (it != c->terms.end() && !it->second.empty()) return it->second.front();
  }
  return c->id;
}

std::size_t Thesaurus::size() const {
  return concepts_.size();
}

}  // namespace cps::retrieval
