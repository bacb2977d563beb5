// A user's search text, parsed safely into what the ranking needs. Nothing of it is ever
// passed to a full-text engine as syntax.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::retrieval {

// The longest query accepted, in code points.
inline constexpr std::size_t max_query_length = 500;

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
// The same without the concepts in `dropped` (ids): the searcher dropped these expansions, so
// their words count only as themselves.
Result<Query> parse_query(std::string_view text, std::string_view language, const Analyzer& analyzer,
                          const Thesaurus& thesaurus, const std::vector<std::string>& dropped);

}  // namespace cps::retrieval
