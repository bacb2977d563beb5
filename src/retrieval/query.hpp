// A user's search text, parsed safely into what the ranking needs. Nothing of it is ever
// passed to a full-text engine as syntax.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/dictionaries.hpp"
#include "retrieval/thesaurus.hpp"
#include "retrieval/wordnet.hpp"

namespace cps::retrieval {

// The longest query accepted, in code points.
inline constexpr std::size_t max_query_length = 500;

// One query word outside every concept match, and what it may be read as where a text does
// not have the word itself: its translations (bilingual dictionaries) and, for English, the
// related words WordNet gives and the concepts and translations of those.
struct WordAlternatives {
  std::vector<std::string> own;    // the word's terms (stemmed and folded)
  std::vector<std::string> terms;  // index terms of the alternatives (words or concept tokens)
  std::vector<double> weights;     // of each of `terms`, against 1 for the word itself
};

// Where query words are widened to, and how much such a match counts against the word
// itself. Either source may be absent: the query then has no alternatives from it.
struct QuerySources {
  const Dictionaries* dictionaries = nullptr;
  const WordNet* wordnet = nullptr;
  double translation_weight = 0.8;
  double related_weight = 0.5;
  std::size_t translations_per_language = 3;
  std::size_t related_words = 4;
};

// A widening of the query beyond its own words that the searcher is shown and may drop: a
// concept of the thesaurus the query names, whose terms in every language are then searched.
struct Expansion {
  std::string concept_id;
  std::vector<std::string> words;  // the query's words that name it, as typed
  bool transliterated = false;     // named by Latin words spelling a Greek term
};

// Quoted phrases are kept as phrases; `*`, `:`, `NEAR`, `-`, `(`, `)` and unbalanced quotes
// are treated as text.
struct Query {
  std::string text;                // as typed, trimmed
  std::vector<std::string> terms;  // analysed terms (query language + language-neutral folding)
  std::vector<std::vector<std::string>> phrases;  // analysed terms of each quoted phrase
  std::vector<std::string> concepts;              // concept ids the query names (any language)
  // cognate_key() of the query's words, then transliteration_keys() of its Latin words: both
  // weak hints (Bm25Parameters::cognate_weight).
  std::vector<std::string> cognates;
  // For each of `concepts`, the terms of the query words that name it: ranking counts a concept
  // and its own words once, as alternatives, so that a document in the query's language (which
  // has both) does not outrank one in another language (which has only the concept) for it.
  std::vector<std::vector<std::string>> concept_terms;
  // Each query word outside the concept matches, in order, with its alternatives (none
  // without sources).
  std::vector<WordAlternatives> words;
  // One for each of `concepts`, in the same order.
  std::vector<Expansion> expansions;
  bool empty() const;
};

// Fails (ErrorKind::invalid, field "q") only for more than 500 characters or invalid UTF-8;
// an empty query is valid and empty (browse mode). Straight and typographic double quotes
// („“”«») delimit phrases; a quote without its partner is ignored. Terms are the query's words
// stemmed in the query language plus the same words only folded, so a name or a word of
// another language still matches itself. Latin words also get their transliteration_keys()
// (transliteration.hpp) among the cognate keys, and concepts they spell in Greek
// (match_transliterated) count as concepts the query names.
Result<Query> parse_query(std::string_view text, std::string_view language,
                          const Analyzer& analyzer, const Thesaurus& thesaurus);
Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const QuerySources& sources);
// The same without the concepts in `dropped` (ids): the searcher dropped these expansions, so
// their words count only as themselves (no concept, no translations or related words).
Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const QuerySources& sources,
                          const std::vector<std::string>& dropped);

}  // namespace cps::retrieval
