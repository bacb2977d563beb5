// The report of searches that found nothing or little, for the people who keep the thesaurus:
// which words people look for that the knowledge base does not answer. Aggregated and without
// personal data: the query's normalised text, the page's language, how many results it had (a
// bucket), how often it was searched and the last week it was — never who searched, from where
// or when exactly. A query that may identify someone (an e-mail address, a long number) is not
// kept; a row not searched again for kRetentionWeeks goes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::knowledge {

// How many results a search had: none, or few (1 to kFewResults).
enum class ResultsBucket { none, few };
inline constexpr EnumName<ResultsBucket> kResultsBucketNames[] = {{ResultsBucket::none, "none"},
                                                                  {ResultsBucket::few, "few"}};
static_assert(names_each_value_once(kResultsBucketNames));
inline constexpr auto kAllResultsBuckets = values_of(kResultsBucketNames);
std::string_view to_string(ResultsBucket b);
std::optional<ResultsBucket> parse_results_bucket(std::string_view s);

inline constexpr std::size_t kFewResults = 3;
inline constexpr int kRetentionWeeks = 26;
// Longer queries are pasted text rather than words to look up: not kept.
inline constexpr std::size_t kMaxGapQueryLength = 200;

struct SearchGap {
  std::string query;     // normalise_query_text() of what was typed
  std::string language;  // the UI language it was searched in
  ResultsBucket results = ResultsBucket::none;
  std::int64_t searches = 0;
  std::string first_week;  // ISO week, "2026-W49"
  std::string last_week;
};

struct SearchGapFilter {
  std::optional<std::string> language;
  std::optional<ResultsBucket> results;
};

// The ISO 8601 week ("2026-W49") of a moment (seconds since 1970, UTC).
std::string iso_week(std::int64_t seconds);

// The storage port.
class SearchGapRepository {
 public:
  virtual ~SearchGapRepository() = default;
  // Counts one search of (query, language, results) in `week`, adding the row at 1 when there
  // is none, and deletes the rows last seen before `oldest_kept_week`.
  virtual Status count(const std::string& query, const std::string& language, ResultsBucket results,
                       const std::string& week, const std::string& oldest_kept_week) = 0;
  // Rows the filter allows, most searched first (then the latest seen, then by query).
  virtual Result<std::vector<SearchGap>> list(const SearchGapFilter& filter) = 0;
  // Deletes one row and writes the audit line in the same transaction; false when there was none.
  virtual Result<bool> remove(const std::string& query, const std::string& language, ResultsBucket results,
                              const accounts::AuditRecord& audit) = 0;
};

class SearchGapService {
 public:
  using Clock = std::function<std::int64_t()>;
  explicit SearchGapService(SearchGapRepository& repository, Clock clock = {});

  // Counts a person's search that had `results` results (nothing for more than kFewResults, an
  // empty query, one too long or one that may identify someone).
  Status record(std::string_view query, std::string_view language, std::size_t results);
  // The report, for those the policy lets view it (Action::view_search_gaps); unauthenticated
  // for a visitor who has not signed in, forbidden for everybody else.
  Result<std::vector<SearchGap>> report(const accounts::Principal& who, const SearchGapFilter& filter);
  // Removes a row the thesaurus now answers (Action::view_search_gaps too: its readers keep it);
  // not found when there is none.
  Status dismiss(const accounts::Principal& who, const std::string& query, const std::string& language,
                 ResultsBucket results);

 private:
  std::int64_t now() const;

  SearchGapRepository& repository_;
  Clock clock_;
};

}  // namespace cps::knowledge
