// An in-memory SearchGapRepository for unit tests, as the storage contract asks of the SQL one.
// Test-only code.
#pragma once

#include <algorithm>
#include <tuple>
#include <vector>

#include "domain/knowledge/search_gaps.hpp"

namespace cps::knowledge {

class FakeSearchGapRepository final : public SearchGapRepository {
 public:
  std::vector<SearchGap> rows;
  std::vector<accounts::AuditRecord> audit;

  Status count(const std::string& query, const std::string& language, ResultsBucket results, const std::string& week,
               const std::string& oldest_kept_week) override {
    auto same = std::find_if(rows.begin(), rows.end(), [&](const SearchGap& g) {
      return g.query == query && g.language == language && g.results == results;
    });
    if (same == rows.end()) {
      rows.push_back({query, language, results, 1, week, week});
    } else {
      ++same->searches;
      same->last_week = week;
    }
    std::erase_if(rows, [&](const SearchGap& g) { return g.last_week < oldest_kept_week; });
    return {};
  }
  Result<std::vector<SearchGap>> list(const SearchGapFilter& filter) override {
    std::vector<SearchGap> out;
    for (const auto& g : rows)
      if ((!filter.language || g.language == *filter.language) && (!filter.results || g.results == *filter.results))
        out.push_back(g);
    std::sort(out.begin(), out.end(), [](const SearchGap& a, const SearchGap& b) {
      return std::tuple(-a.searches, b.last_week, a.query, a.language, a.results) <
             std::tuple(-b.searches, a.last_week, b.query, b.language, b.results);
    });
    return out;
  }
  Result<bool> remove(const std::string& query, const std::string& language, ResultsBucket results,
                      const accounts::AuditRecord& line) override {
    auto n = std::erase_if(rows, [&](const SearchGap& g) {
      return g.query == query && g.language == language && g.results == results;
    });
    if (n > 0) audit.push_back(line);
    return n > 0;
  }
};

}  // namespace cps::knowledge
