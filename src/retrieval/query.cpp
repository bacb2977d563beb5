#include "retrieval/query.hpp"

#include <unicode/utf8.h>

#include <algorithm>

#include "core/text.hpp"
#include "retrieval/cognate.hpp"
#include "retrieval/transliteration.hpp"

namespace cps::retrieval {

namespace {

bool is_quote(UChar32 c) {
  return c == U'"' || c == U'“' || c == U'”' || c == U'„' || c == U'«' || c == U'»';
}

void add_unique(std::vector<std::string>& to, std::vector<std::string> from) {
  for (auto& s : from) {
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(std::move(s));
  }
}

}  // namespace

bool Query::empty() const {
  return terms.empty() && phrases.empty() && concepts.empty();
}

Result<Query> parse_query(std::string_view text, std::string_view language,
                          const Analyzer& analyzer, const Thesaurus& thesaurus) {
  return parse_query(text, language, analyzer, thesaurus, {});
}

Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const std::vector<std::string>& dropped) {
  if (!text::is_valid_utf8(text)) {
    return fail(ErrorKind::invalid, "The search text is not valid UTF-8 text.", "q");
  }
  Query query;
  query.text = text::trim(text);
  if (text::utf8_length(query.text) > max_query_length) {
    return fail(ErrorKind::invalid, "The search text is too long: at most 500 characters.", "q");
  }

  // Quote positions; an odd last one has no partner and counts as text.
  std::vector<std::pair<std::size_t, std::size_t>> quotes;  // byte offset, length
  const std::string& t = query.text;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t at = i;
    UChar32 c = 0;
    U8_NEXT(t.data(), i, t.size(), c);
    if (is_quote(c)) quotes.emplace_back(at, i - at);
  }
  for (std::size_t q = 0; q + 1 < quotes.size(); q += 2) {
    std::size_t from = quotes[q].first + quotes[q].second;
    auto phrase =
        analyzer.terms(std::string_view(t).substr(from, quotes[q + 1].first - from), language);
    if (phrase.size() > 1) query.phrases.push_back(std::move(phrase));
  }

  // Quotes and every other symbol are not word characters, so the analyzer reads them as
  // separators: the whole text gives the terms.
  add_unique(query.terms, analyzer.terms(t, language));
  add_unique(query.terms, analyzer.terms(t, language, Stemming::fold_only));
  for (const auto& token : analyzer.analyze(t, language)) {
    auto key = cognate_key(std::string_view(t).substr(token.begin, token.end - token.begin));
    if (!key.empty()) add_unique(query.cognates, {std::move(key)});
  }
  const auto stemmed = analyzer.analyze(t, language);
  const auto folded = analyzer.analyze(t, language, Stemming::fold_only);
  // Weighed as cognate keys: as full terms they put Greek and Cyrillic texts sharing only a
  // cognate ("tehnologice", τεχνολογικές) above answers in other languages (docs/search-quality.md).
  for (const auto& token : folded) add_unique(query.cognates, transliteration_keys(token.term, analyzer));
  struct Found {
    ConceptMatch match;
    bool transliterated = false;
  };
  std::vector<Found> found;
  for (auto& m : thesaurus.match_any_language(t, analyzer, language)) found.push_back({std::move(m), false});
  // Latin words spelling a Greek or Cyrillic term, where the words themselves name nothing.
  const std::size_t direct = found.size();
  for (auto& m : match_transliterated(t, analyzer, thesaurus)) {
    bool overlaps = std::any_of(found.begin(), found.begin() + std::ptrdiff_t(direct), [&](const Found& f) {
      return m.first <= f.match.last && f.match.first <= m.last;
    });
    if (!overlaps) found.push_back({std::move(m), true});
  }
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.match.first < b.match.first; });
  for (auto& [m, transliterated] : found) {
    if (std::find(dropped.begin(), dropped.end(), m.concept_id) != dropped.end()) continue;
    auto at = std::find(query.concepts.begin(), query.concepts.end(), m.concept_id);
    if (at == query.concepts.end()) {
      query.concepts.push_back(m.concept_id);
      query.concept_terms.emplace_back();
      query.expansions.push_back({m.concept_id, {}, transliterated});
      at = query.concepts.end() - 1;
    }
    const auto index = std::size_t(at - query.concepts.begin());
    auto& own = query.concept_terms[index];
    // Positions are the same whatever the language of analysis: segmentation does not depend on it.
    for (const auto* tokens : {&stemmed, &folded}) {
      for (const auto& token : *tokens) {
        if (token.position >= m.first && token.position <= m.last) add_unique(own, {token.term});
      }
    }
    for (const auto& token : folded) {
      if (token.position >= m.first && token.position <= m.last)
        add_unique(query.expansions[index].words, {t.substr(token.begin, token.end - token.begin)});
    }
  }
  return query;
}

}  // namespace cps::retrieval
