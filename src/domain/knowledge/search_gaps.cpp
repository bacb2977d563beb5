#include "domain/knowledge/search_gaps.hpp"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "retrieval/query_text.hpp"

namespace cps::knowledge {

std::string_view to_string(ResultsBucket b) {
  return name_of(b, kResultsBucketNames);
}

std::optional<ResultsBucket> parse_results_bucket(std::string_view s) {
  return parse_name(s, kResultsBucketNames);
}

std::string iso_week(std::int64_t seconds) {
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds(std::chrono::seconds(seconds)));
  // The week belongs to the year its Thursday is in.
  const weekday wd{day};
  const sys_days thursday = day - days((wd.iso_encoding() - 1)) + days(3);
  const year y = year_month_day(thursday).year();
  const sys_days first_day = sys_days(y / January / 1);
  const int week = int((thursday - first_day).count() / 7) + 1;
  return fmt::format("{:04d}-W{:02d}", int(y), week);
}

SearchGapService::SearchGapService(SearchGapRepository& repository, Clock clock)
    : repository_(repository), clock_(std::move(clock)) {}

std::int64_t SearchGapService::now() const {
  if (clock_) return clock_();
  return std::int64_t(std::time(nullptr));
}

Status SearchGapService::record(std::string_view query, std::string_view language, std::size_t results) {
  if (results > kFewResults) return {};
  std::string text = retrieval::normalise_query_text(query);
  if (text.empty() || text::utf8_length(text) > kMaxGapQueryLength || retrieval::may_identify_someone(text)) return {};
  const auto t = now();
  return repository_.count(text, std::string(language), results == 0 ? ResultsBucket::none : ResultsBucket::few,
                           iso_week(t), iso_week(t - std::int64_t(kRetentionWeeks) * 7 * 86400));
}

Result<std::vector<SearchGap>> SearchGapService::report(const accounts::Principal& who, const SearchGapFilter& filter) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!accounts::allowed(who, accounts::Action::view_search_gaps, {}))
    return fail(ErrorKind::forbidden, "You may not see the searches that found little.");
  return repository_.list(filter);
}

Status SearchGapService::dismiss(const accounts::Principal& who, const std::string& query, const std::string& language,
                                 ResultsBucket results) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!accounts::allowed(who, accounts::Action::view_search_gaps, {}))
    return fail(ErrorKind::forbidden, "You may not see the searches that found little.");
  if (who.via == accounts::Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  accounts::AuditRecord audit{.actor = who.user,
                              .actor_label = who.label,
                              .action = "search.gap.dismissed",
                              .target = "search_gap:" + language,
                              .detail = std::string(to_string(results)) + " " + query,
                              .client = who.client,
                              .at = now()};
  auto removed = repository_.remove(query, language, results, audit);
  if (!removed) return std::unexpected(removed.error());
  if (!*removed) return fail(ErrorKind::not_found, "Not found.");
  return {};
}

}  // namespace cps::knowledge
