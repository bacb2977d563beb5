// The analyzer and the small thesauri the retrieval tests read texts and queries with.
// Test-only code.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "retrieval/analyzer.hpp"
#include "retrieval/query.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::retrieval::fixtures {

inline const Analyzer& analyzer() {
  static const Analyzer a;
  return a;
}

// One concept: "innovation voucher" in English and Hungarian.
inline const Thesaurus& voucher_thesaurus() {
  static const Thesaurus t = *Thesaurus::parse(R"({"concepts": [
    {"id": "innovation-voucher", "terms": {"en": ["innovation voucher"], "hu": ["innovációs utalvány"]}}]})",
                                               analyzer());
  return t;
}

// Two concepts, "innovation voucher" and "cluster", in English, Hungarian and Greek.
inline const Thesaurus& voucher_and_cluster_thesaurus() {
  static const Thesaurus t = *Thesaurus::parse(R"({"concepts": [
    {"id": "innovation-voucher", "terms": {"en": ["innovation voucher"], "hu": ["innovációs utalvány"],
                                           "el": ["επιταγή καινοτομίας"]}},
    {"id": "cluster", "terms": {"en": ["cluster"], "hu": ["klaszter"], "el": ["σύμπλεγμα"]}}]})",
                                               analyzer());
  return t;
}

// The query `text` typed in `language`; the test fails where it does not parse.
inline Query parse_with(const Thesaurus& thesaurus, std::string_view text,
                        std::string_view language = "en") {
  auto q = parse_query(text, language, analyzer(), thesaurus);
  EXPECT_TRUE(q.has_value()) << text;
  return q.value_or(Query{});
}

}  // namespace cps::retrieval::fixtures
