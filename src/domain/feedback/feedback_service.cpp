// Feedback and curation's rules (see feedback_service.hpp).
#include "domain/feedback/feedback_service.hpp"

#include <chrono>

#include "core/text.hpp"
#include "export/table.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::feedback {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

Status require_writer(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

accounts::AuditRecord audit(const Principal& who, std::string action, std::string target, std::string detail,
                            Seconds at) {
  return accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target), std::move(detail),
                               who.client, at};
}

std::vector<std::string> all_areas() {
  std::vector<std::string> out;
  for (auto wg : accounts::kWorkingGroups) out.emplace_back(wg);
  return out;
}

std::string iso_time(Seconds at) {
  std::string s = text::utc_timestamp(at);  // "2026-05-01 09:30:00 UTC"
  if (s.size() >= 19) return s.substr(0, 10) + "T" + s.substr(11, 8) + "Z";
  return s;
}

}  // namespace

FeedbackService::FeedbackService(FeedbackRepository& repository, FeedbackSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds FeedbackService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<Summary> FeedbackService::give(const Principal& who, FeedbackInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::give_feedback, accounts::Target{.user = who.user}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  if (input.recommendation) {
    auto region = surroundings_.region_exists(input.recommendation->region);
    if (!region) return std::unexpected(region.error());
    if (!*region) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
    auto item = surroundings_.practice_published(input.recommendation->item);
    if (!item) return std::unexpected(item.error());
    if (!*item)
      return fail(ErrorKind::unprocessable, N_("Only published knowledge items are recommended."), "item");
  }
  Judgment j{input.subject, input.key, input.recommendation, input.verdict, input.reason, *who.user,
             who.display_name, now()};
  auto done = repository_.transaction([&](FeedbackStore& store) -> Status {
    if (auto ok = store.save_judgment(j); !ok) return ok;
    return store.append_audit(audit(who, "feedback.given", std::string(to_string(j.subject)) + ":" + j.key,
                                    std::string(to_string(j.verdict)), j.at));
  });
  if (!done) return std::unexpected(done.error());
  return summary(who, input.subject, input.key);
}

Result<Summary> FeedbackService::summary(const Principal& who, Subject subject, const std::string& key) {
  Summary out{subject, key, {}, std::nullopt};
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    auto tally = store.tally(subject, key);
    if (!tally) return std::unexpected(tally.error());
    out.tally = *tally;
    if (who.user) {
      auto mine = store.judgment(subject, key, *who.user);
      if (!mine) return std::unexpected(mine.error());
      out.mine = std::move(*mine);
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<Summary>> FeedbackService::summaries(const Principal& who, Subject subject,
                                                        const std::vector<std::string>& keys) {
  std::vector<Summary> out;
  out.reserve(keys.size());
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    for (const auto& key : keys) {
      Summary s{subject, key, {}, std::nullopt};
      auto tally = store.tally(subject, key);
      if (!tally) return std::unexpected(tally.error());
      s.tally = *tally;
      if (who.user) {
        auto mine = store.judgment(subject, key, *who.user);
        if (!mine) return std::unexpected(mine.error());
        s.mine = std::move(*mine);
      }
      out.push_back(std::move(s));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<Summary>> FeedbackService::mine(const Principal& who) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::vector<Judgment> own;
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    auto found = store.judgments(*who.user);
    if (!found) return std::unexpected(found.error());
    own = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::vector<Summary> out;
  for (const auto& j : own) {
    auto s = summary(who, j.subject, j.key);
    if (!s) return std::unexpected(s.error());
    out.push_back(std::move(*s));
  }
  return out;
}

bool FeedbackService::may_curate(const Principal& who, const std::string& need) const {
  auto area = area_of_need(need);
  accounts::Target target;
  if (area) target.areas = {area->str()};
  return accounts::allowed(who, Action::curate_recommendations, target);
}

bool FeedbackService::may_export(const Principal& who) const {
  return accounts::allowed(who, Action::curate_recommendations, accounts::Target{.areas = all_areas()});
}

Result<std::optional<Curation>> FeedbackService::curate(const Principal& who, CurationInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!may_curate(who, input.key.need)) return fail(ErrorKind::forbidden, "You may not do this.");
  auto region = surroundings_.region_exists(input.key.region);
  if (!region) return std::unexpected(region.error());
  if (!*region) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
  auto item = surroundings_.practice_published(input.key.item);
  if (!item) return std::unexpected(item.error());
  if (!*item) return fail(ErrorKind::unprocessable, N_("Only published knowledge items are recommended."), "item");
  std::optional<Curation> out;
  if (!input.clears())
    out = Curation{input.key, input.pinned, input.hidden, input.note, who.display_name, now()};
  const std::string target = "recommendation:" + key_text(input.key);
  auto done = repository_.transaction([&](FeedbackStore& store) -> Status {
    if (out) {
      if (auto ok = store.save_curation(*out, *who.user); !ok) return ok;
      std::string detail = std::string(out->pinned ? "pinned" : out->hidden ? "hidden" : "noted") +
                           (out->note.empty() ? "" : "; note");
      return store.append_audit(audit(who, "curation.saved", target, detail, out->at));
    }
    if (auto ok = store.delete_curation(input.key); !ok) return ok;
    return store.append_audit(audit(who, "curation.cleared", target, "", now()));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<std::vector<Curation>> FeedbackService::curations(const std::optional<RegionCode>& region) {
  std::vector<Curation> out;
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    auto found = store.curations(region);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<FeedbackTally>> FeedbackService::tallies(const RegionCode& region) {
  std::vector<FeedbackTally> out;
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    auto found = store.tallies(region);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<Judgment>> FeedbackService::judgments(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!may_export(who)) return fail(ErrorKind::forbidden, "You may not do this.");
  std::vector<Judgment> out;
  auto read = repository_.read([&](FeedbackStore& store) -> Status {
    auto found = store.judgments(std::nullopt);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

exports::Table judgments_table(const std::vector<Judgment>& judgments) {
  exports::Table table{"judgments",
                       {"subject", "key", "region", "need", "item", "verdict", "grade", "reason", "user", "at"},
                       {},
                       {exports::ColumnType::text, exports::ColumnType::text, exports::ColumnType::text,
                        exports::ColumnType::text, exports::ColumnType::number, exports::ColumnType::text,
                        exports::ColumnType::number}};
  for (const auto& j : judgments) {
    std::string region, need, item;
    if (j.recommendation) {
      region = j.recommendation->region.str();
      need = j.recommendation->need;
      item = std::to_string(j.recommendation->item);
    }
    table.rows.push_back({std::string(to_string(j.subject)), j.key, region, need, item,
                          std::string(to_string(j.verdict)), std::to_string(grade_of(j.verdict)), j.reason,
                          std::to_string(j.user.value()), iso_time(j.at)});
  }
  return table;
}

}  // namespace cps::feedback
