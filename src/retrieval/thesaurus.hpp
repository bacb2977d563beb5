// The multilingual thesaurus of cluster-policy concepts (data/knowledge/thesaurus.json), used
// to map documents and queries of any language to shared concepts.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "retrieval/analyzer.hpp"

namespace cps::retrieval {

struct Concept {
  std::string id;
  std::vector<std::string> areas;
  std::string broader;
  std::map<std::string, std::vector<std::string>> terms;  // language → terms, preferred first
};

struct ConceptMatch {
  std::string concept_id;
  std::size_t first = 0, last = 0;  // token positions, inclusive
};

// Concepts with terms per language, matched on analysed tokens: each term is analysed with the
// analyzer of its language once, at load time; a match is a run of consecutive tokens equal to
// a term's tokens (stop words between them are skipped, as the analyzer drops them), longest
// match first, and matches do not overlap.
class Thesaurus {
 public:
  // Fails (ErrorKind::internal) when the file cannot be read or is not a thesaurus.
  static Result<Thesaurus> load(const std::filesystem::path& json_file, const Analyzer& analyzer);
  static Result<Thesaurus> parse(std::string_view json, const Analyzer& analyzer);

  std::vector<ConceptMatch> match(const std::vector<Token>& tokens,
                                  std::string_view language) const;
  // Queries: the language of a query is often unknown or mixed; match terms of every language.
  // Where matches of several languages overlap, the longest wins; on a tie the preferred
  // language's (when given) comes first.
  std::vector<ConceptMatch> match_any_language(std::string_view text,
                                               const Analyzer& analyzer) const;
  std::vector<ConceptMatch> match_any_language(std::string_view text, const Analyzer& analyzer,
                                               std::string_view preferred_language) const;
  const Concept* find(std::string_view id) const;
  const std::vector<Concept>& concepts() const { return concepts_; }
  // The concept's preferred term in a language (English when it has none); empty for an
  // unknown id.
  std::string label(std::string_view id, std::string_view language) const;
  std::size_t size() const;
  const std::vector<std::string>& languages() const { return languages_; }
  // A digest of the thesaurus text (FNV-1a, 16 hex digits): another file, other concepts.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  // One analysed term of one concept.
  struct Entry {
    std::vector<std::string> tokens;
    std::size_t concept_index = 0;
    // A one-word term that is short or an abbreviation matches only words close to it, not
    // every word its stem reaches: "SEE" not "sees", Hungarian "OP" not "open" (stemmed to
    // "op"), Romanian "primărie" not "primească" (both "prim"). Empty: no such condition.
    std::string word;              // the term folded, not stemmed
    bool abbreviation = false;     // written in capitals: the word must be equal
    std::size_t shared_prefix = 0; // otherwise: code points the words must begin with alike
  };
  static bool close_enough(const Entry& entry, const Token& token);
  // Per language: first token → entries, longest first.
  using Index = std::unordered_map<std::string, std::vector<Entry>>;

  std::vector<Concept> concepts_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::vector<std::string> languages_;
  std::string fingerprint_;
  std::map<std::string, Index, std::less<>> index_;
};

}  // namespace cps::retrieval
