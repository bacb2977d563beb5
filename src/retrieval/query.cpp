#include "retrieval/query.hpp"

#include <unicode/utf8.h>

#include <algorithm>

#include "core/text.hpp"
#include "retrieval/cognate.hpp"
#include "retrieval/ranking.hpp"
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

// Alternatives of each kind a word may have at most, so that a query reads a bounded number
// of postings lists.
constexpr std::size_t kMaxAlternatives = 16;

void add_alternative(WordAlternatives& word, std::string term, double weight) {
  if (word.terms.size() >= kMaxAlternatives) return;
  if (std::find(word.own.begin(), word.own.end(), term) != word.own.end()) return;
  auto at = std::find(word.terms.begin(), word.terms.end(), term);
  if (at != word.terms.end()) {
    auto& w = word.weights[std::size_t(at - word.terms.begin())];
    w = std::max(w, weight);
    return;
  }
  word.terms.push_back(std::move(term));
  word.weights.push_back(weight);
}

// Translations of the word, then (English) its related words: their concepts, their own terms
// and their translations, each weighted below a translation.
void widen(WordAlternatives& word, std::string_view raw, std::string_view language, const Analyzer& analyzer,
           const Thesaurus& thesaurus, const QuerySources& sources) {
  const auto* dictionaries = sources.dictionaries;
  if (dictionaries != nullptr && !dictionaries->empty()) {
    for (auto& t : dictionaries->translate(raw, language, analyzer, sources.translations_per_language))
      add_alternative(word, std::move(t.term), sources.translation_weight);
  }
  if (language != "en" || sources.wordnet == nullptr || sources.wordnet->empty()) return;
  for (const auto& related : sources.wordnet->related(raw, sources.related_words)) {
    for (const auto& m : thesaurus.match(analyzer.analyze(related, "en"), "en"))
      add_alternative(word, concept_token(m.concept_id), sources.related_weight);
    auto terms = analyzer.terms(related, "en");
    if (terms.size() != 1) continue;
    add_alternative(word, terms.front(), sources.related_weight);
    if (dictionaries == nullptr || dictionaries->empty()) continue;
    for (auto& t : dictionaries->translate(related, "en", analyzer, 1))
      add_alternative(word, std::move(t.term), sources.related_weight);
  }
}

}  // namespace

bool Query::empty() const {
  return terms.empty() && phrases.empty() && concepts.empty();
}

Result<Query> parse_query(std::string_view text, std::string_view language,
                          const Analyzer& analyzer, const Thesaurus& thesaurus) {
  return parse_query(text, language, analyzer, thesaurus, QuerySources{}, std::vector<std::string>{});
}

Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const QuerySources& sources) {
  return parse_query(text, language, analyzer, thesaurus, sources, std::vector<std::string>{});
}

Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const QuerySources& sources,
                          const std::vector<std::string>& dropped) {
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
  // Words inside a concept match, dropped or not, are not widened with translations or related
  // words: the concept stands for them, or the searcher asked for the words alone.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const auto& f : found) spans.emplace_back(f.match.first, f.match.last);
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
  for (const auto& token : stemmed) {
    bool inside = std::any_of(spans.begin(), spans.end(),
                              [&](const auto& s) { return token.position >= s.first && token.position <= s.second; });
    if (inside) continue;
    WordAlternatives word;
    word.own.push_back(token.term);
    for (const auto& f : folded)
      if (f.position == token.position && f.term != token.term) word.own.push_back(f.term);
    widen(word, std::string_view(t).substr(token.begin, token.end - token.begin), language, analyzer, thesaurus,
          sources);
    query.words.push_back(std::move(word));
  }
  return query;
}

}  // namespace cps::retrieval
