// The knowledge base's search index, held in memory by the service: the postings of every
// language version of every item (retrieval::InvertedIndex) and the values each item is
// filtered, counted and sorted by. The database stays the record: the index loads from it on
// first use and, before each search, takes in the items changed since (the repository's
// change counter), whichever process changed them.
#pragma once

#include <array>
#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "retrieval/inverted_index.hpp"
#include "retrieval/query.hpp"
#include "retrieval/ranking.hpp"

namespace cps::knowledge {

// The weight of an index field in BM25F (title 3, summary 2, …; retrieval::field_weight).
double field_weight_of(std::string_view field);

enum class SearchOrder { relevance, date, title };

struct RankedItem {
  ItemId id;
  double score = 0;  // BM25F without phrases: exact when bound == score
  double bound = 0;  // the most the score can be once phrases are counted
  std::uint64_t concepts = 0;  // bit c: the item holds the query's concept c (the first 64)
  std::uint32_t slot = 0;      // the index's own number of the item
  std::uint16_t language = 0;  // of the version that scores best: Ranking::languages[language]
};

struct Ranking {
  // Every match. The first `wanted` (rank()) come in order — relevance: by bound, then id —
  // and the rest in no particular order, except for relevance with phrases: all in order.
  std::vector<RankedItem> items;
  std::vector<std::string> languages;
  FacetCounts facets;       // over every match
  retrieval::TermStats stats;  // what the scores were computed with
};

class SearchIndex {
 public:
  // Brings the index up to date with the repository (everything on first use).
  Status refresh(KnowledgeRepository& repository);

  // Every item the filter allows that holds any of the query's terms, scored by its best
  // language version (`preferred_language` wins ties), the first `wanted` of them ordered.
  Ranking rank(const retrieval::Query& query, const ItemFilter& filter, SearchOrder order,
               std::string_view preferred_language, std::size_t wanted) const;

  // Items the filter allows that hold any of `concept_tokens`, with the Jaccard overlap of
  // their concept sets with `concept_tokens`, best first, without `except`.
  std::vector<std::pair<double, ItemId>> related(const std::set<std::string>& concept_tokens,
                                                 const ItemFilter& filter, ItemId except,
                                                 std::size_t limit) const;

  // For each of `terms`, the share of the published items holding it in any language version
  // (0 when none): how common a concept is among what readers see.
  std::vector<double> document_shares(const std::vector<std::string>& terms) const;

  struct Size {
    std::size_t items = 0, documents = 0, terms = 0, postings = 0;
  };
  Size size() const;

 private:
  enum Facet : std::size_t { area, kind, country, region, timeframe, instrument, language, status, sector, facet_count };
  using Code = std::uint16_t;
  struct Dictionary {
    std::vector<std::string> names;
    std::unordered_map<std::string, Code> codes;
    Code intern(const std::string& name);
    std::optional<Code> find(const std::string& name) const;
  };
  struct Value {
    std::uint8_t facet;
    Code code;
  };
  struct StoredItem {
    ItemId id;
    bool live = false;
    Code status = 0;
    std::int64_t author = 0;  // 0: none
    Seconds updated_at = 0;
    std::string title_key;
    // Every facet value of the item, held inline: facets are counted over every match.
    boost::container::small_vector<Value, 15> values;
    std::uint32_t concepts = 0;  // distinct concept tokens in all its fields
  };
  struct CompiledFilter;

  void apply(SearchEntry&& entry);
  void drop(ItemId id);
  CompiledFilter compile(const ItemFilter& filter) const;
  bool allows(const CompiledFilter& filter, const StoredItem& item) const;

  mutable std::shared_mutex mutex_;  // readers rank; refresh writes
  std::mutex refreshing_;            // one refresh at a time
  bool loaded_ = false;
  std::int64_t version_ = 0;
  std::uint64_t generation_ = 0;  // counts every change taken in; caches below are of one generation
  retrieval::InvertedIndex index_;
  std::vector<StoredItem> items_;  // by owner id of index_
  std::unordered_map<std::int64_t, retrieval::InvertedIndex::OwnerId> slot_of_;
  std::array<Dictionary, facet_count> dictionaries_;

  // How many published items hold each term asked of document_shares, and how many are
  // published: counting them walks a common concept's postings (nearly every item), which for
  // each result of each search cost hundreds of milliseconds at 100,000 items.
  struct Shares {
    std::uint64_t generation = ~std::uint64_t(0);
    double published = 0;
    std::unordered_map<std::string, std::size_t> holding;
  };
  mutable std::mutex shares_mutex_;  // readers share mutex_; the counts are filled as asked
  mutable Shares shares_;
};

}  // namespace cps::knowledge
