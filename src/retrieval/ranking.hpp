// The index form of document fields and BM25 ranking over them, computed in C++ so that SQLite
// and PostgreSQL rank identically given the same statistics.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "retrieval/analyzer.hpp"
#include "retrieval/query.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::retrieval {

// The token that stands for a concept in index terms: "zc_" and the id with every character
// outside [a-z0-9] as "_" ("innovation-voucher" → "zc_innovation_voucher"). Analysed words
// never hold "_", so it cannot meet a word.
std::string concept_token(std::string_view concept_id);

// The index form of one document field: its analysed terms in text order, then one
// concept_token() per concept match, then the cognate_key() of each term (cognate.hpp), then
// the transliteration_key() of each Greek or Cyrillic term (transliteration.hpp), separated by
// single spaces. Made only of [a-z0-9_] and
// Greek and Cyrillic letters, so SQLite FTS5 and PostgreSQL tsvector take it as it is. For a
// language the thesaurus does not have, concepts of every language are matched.
std::string index_terms(std::string_view text, std::string_view language, const Analyzer& analyzer,
                        const Thesaurus& thesaurus);

// Calls fn(term) for each term of an index_terms() string (terms separated by spaces).
template <class Fn>
void for_each_term(std::string_view terms, Fn&& fn) {
  while (!terms.empty()) {
    auto space = terms.find(' ');
    auto term = terms.substr(0, space);
    if (!term.empty()) fn(term);
    terms = space == std::string_view::npos ? std::string_view{} : terms.substr(space + 1);
  }
}

// Field weights of the knowledge base.
namespace field_weight {
inline constexpr double title = 3.0;
inline constexpr double summary = 2.0;
inline constexpr double lessons = 1.5;
inline constexpr double transferability = 1.5;
inline constexpr double body = 1.0;
inline constexpr double results = 1.0;
inline constexpr double attachments = 0.5;
}  // namespace field_weight

// Collection statistics. A document is what bm25() scores (one language version of an item);
// document_frequency counts the documents holding a term in any field; average_length is the
// mean of weighted_length() over documents.
struct TermStats {
  std::size_t documents = 0;
  std::map<std::string, std::size_t> document_frequency;
  double average_length = 0;
};
struct ScoredField {
  std::string_view terms;  // index_terms() output of one field
  double weight = 1.0;
};

struct Bm25Parameters {
  double k1 = 1.2;
  double b = 0.75;
  // Weight of a query concept against a query word. 2, not 1: tuned on the search cases
  // (docs/search-quality.md), where 1 left documents of other languages, which share only the
  // concept, below same-language documents that merely share a word.
  double concept_weight = 2.0;
  // Weight of a cognate key of the query (see cognate.hpp): a weak, language-neutral hint.
  double cognate_weight = 0.5;
  // Weight of a quoted phrase found as consecutive terms, on top of its words.
  double phrase_weight = 1.0;
  // Coordination: the score is multiplied by ((matched + 1) / (all + 1))^coordination, where "all" counts
  // the query's concepts and its words outside them, and "matched" those the document has
  // (a word through itself or one of its alternatives), so that a document naming several
  // things the query asks for beats one naming one broad concept many times. 0: off.
  // Off: on the development half of the evaluation set it cost English queries in the mixed
  // corpus more than it gained (docs/search-quality.md).
  double coordination = 0.0;
};

// Σ weight × number of terms, the length BM25 normalises by.
double weighted_length(const std::vector<ScoredField>& fields);
TermStats term_stats(const std::vector<std::vector<ScoredField>>& documents);

// A query made ready to score many documents: the distinct index terms it looks up (query
// words, concept tokens and the words naming them, cognate keys, phrase words), their idf, and
// how their frequencies combine. BM25F: per query term (and concept token) the field term
// frequencies are summed with the field weights, normalised by the document's weighted length,
// and saturated once:
//   Σ_t w_t · idf(t) · tf(t)·(k1+1) / (tf(t) + k1·(1 − b + b·len/average_length)),
//   idf(t) = ln(1 + (N − df + 0.5)/(df + 0.5)).
// Concept tokens have w_t = concept_weight and cognate keys w_t = cognate_weight, so an item
// sharing only concepts with the query still ranks; a concept and the query words naming it
// count as alternatives (the better of the two). Each distinct term counts once.
class RankingPlan {
 public:
  RankingPlan(const Query& query, const TermStats& stats, const Bm25Parameters& parameters = {});

  // The index terms of `query`, in the order frequencies are given to score(): concept tokens,
  // the words naming them, the query's words, cognate keys, phrase words; at most
  // max_terms (a longer query's last terms do not count, and neither do phrases whose words
  // are left out), so that ranking costs at most that many postings lists.
  static constexpr std::size_t max_terms = 64;
  static std::vector<std::string> terms_of(const Query& query);
  const std::vector<std::string>& terms() const { return terms_; }
  // The positions in terms() of each phrase's words.
  const std::vector<std::vector<std::size_t>>& phrase_terms() const { return phrase_terms_; }

  // frequencies[k]: Σ field weight × occurrences of terms()[k] in the document; length: its
  // weighted length; phrases[j] (empty when there are no phrases): Σ field weight ×
  // occurrences of phrase j as consecutive terms. 0 when nothing matches.
  double score(std::span<const double> frequencies, double length, std::span<const double> phrases = {}) const;
  // The most that phrases can add to score() (each saturates below k1 + 1).
  double phrase_bound() const { return phrase_bound_; }

 private:
  struct Part {
    enum class Kind { term, concept_or_words, cognate, alternatives } kind;
    std::size_t term;                // position in terms_
    std::vector<std::size_t> words;  // concept_or_words: the query words naming the concept;
                                     // alternatives: the word's own terms
    std::vector<std::size_t> alternatives = {};  // alternatives: their terms, with their weights
    std::vector<double> weights = {};
  };
  double saturated(double tf, double norm) const;

  Bm25Parameters parameters_;
  std::vector<std::string> terms_;
  std::vector<double> idf_;
  std::vector<Part> parts_;
  std::size_t units_ = 0;  // concept_or_words and alternatives parts: what coordination counts
  std::vector<std::vector<std::size_t>> phrase_terms_;
  std::vector<double> phrase_idf_;  // idf of each phrase's rarest word
  double average_length_ = 0;
  double phrase_bound_ = 0;
};

// bm25() of one document given as its fields: RankingPlan(query, stats, parameters).score()
// over the fields' frequencies.
double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats);
double bm25(const std::vector<ScoredField>& fields, const Query& query, const TermStats& stats,
            const Bm25Parameters& parameters);
double bm25(const std::vector<ScoredField>& fields, const RankingPlan& plan);

}  // namespace cps::retrieval
