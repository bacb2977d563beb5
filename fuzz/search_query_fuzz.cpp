// The knowledge search box: any text in any interface language, against the project's
// thesaurus. A query parses again from its own text to the same query, and its terms are
// never empty or invalid UTF-8.
#include "core/text.hpp"
#include "fuzz/fuzz.hpp"
#include "retrieval/query.hpp"

using namespace cps;

namespace {

const retrieval::Analyzer& analyzer() {
  static const retrieval::Analyzer a;
  return a;
}

const retrieval::Thesaurus& thesaurus() {
  static const retrieval::Thesaurus t = [] {
    auto loaded = retrieval::Thesaurus::load(CPS_FUZZ_DATA_DIR "/knowledge/thesaurus.json", analyzer());
    fuzz::require(loaded.has_value(), "the thesaurus loads");
    return std::move(*loaded);
  }();
  return t;
}

bool same(const retrieval::Query& a, const retrieval::Query& b) {
  return a.text == b.text && a.terms == b.terms && a.phrases == b.phrases && a.concepts == b.concepts &&
         a.cognates == b.cognates && a.concept_terms == b.concept_terms;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the language the query is typed in.
  static constexpr std::string_view languages[] = {"en", "ro", "sq", "hu", "el"};
  std::string_view language = languages[data[0] % std::size(languages)];
  std::string_view typed = fuzz::text(data + 1, size - 1);
  auto query = retrieval::parse_query(typed, language, analyzer(), thesaurus());
  if (!query) {
    fuzz::require(query.error().field == "q", "a refused query names q");
    return 0;
  }
  for (const auto& term : query->terms)
    fuzz::require(!term.empty() && text::is_valid_utf8(term), "terms are non-empty UTF-8");
  for (const auto& phrase : query->phrases) fuzz::require(!phrase.empty(), "phrases have terms");
  fuzz::require(query->concept_terms.size() == query->concepts.size(), "each concept has its terms");
  auto again = retrieval::parse_query(query->text, language, analyzer(), thesaurus());
  fuzz::require(again.has_value() && same(*query, *again), "a query parses from its text to itself");
  return 0;
}
