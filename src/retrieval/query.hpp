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

// Quoted phrases are kept as phrases; `*`, `:`, `NEAR`, `-`, `(`, `)` and unbalanced quotes
// are treated as text.
struct Query {
  std::string text;                // as typed, trimmed
  std::vector<std::string> terms;  // analysed terms (query language + language-neutral folding)
  std::vector<std::vector<std::string>> phrases;  // analysed terms of each quoted phrase
  std::vector<std::string> concepts;              // concept ids the query names (any language)
  std::vector<std::string> cognates;              // cognate_key() of the query's words
  // For each of `concepts`, the terms of the query words that name it: ranking counts a concept
  // and its own words once, as alternatives, so that a document in the query's language (which
  // has both) does not outrank one in another language (which has only the concept) for it.
  std::vector<std::vector<std::string>> concept_terms;
  bool empty() const;
};

// Fails (ErrorKind::invalid, field "q") only for more than 500 characters or invalid UTF-8;
// an empty query is valid and empty (browse mode). Straight and typographic double quotes
// („“”«») delimit phrases; a quote without its partner is ignored. Terms are the query's words
// stemmed in the query language plus the same words only folded, so a name or a word of
// another language still matches itself.
Result<Query> parse_query(std::string_view text, std::string_view language,
                          const Analyzer& analyzer, const Thesaurus& thesaurus);

}  // namespace cps::retrieval
