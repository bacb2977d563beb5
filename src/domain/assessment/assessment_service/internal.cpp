// The shared parts of AssessmentService (see internal.hpp).
#include "domain/assessment/assessment_service/internal.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace cps::assessment::service_parts {

using i18n::N_;

Seconds now_of(const AssessmentService::Clock& clock) {
  if (clock) return clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string day_of(Seconds at) {
  std::chrono::sys_days day{
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds{std::chrono::seconds{at}})};
  std::chrono::year_month_day ymd{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return out;
}

Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

Error refusal(const Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

std::unexpected<Error> not_found() {
  return fail(ErrorKind::not_found, "Not found.");
}

std::unexpected<Error> stale_revision() {
  return fail(ErrorKind::conflict,
              N_("Somebody changed this assessment since you opened it. Your changes were not "
                 "saved; open it again "
                 "to see theirs."),
              "revision");
}

std::unexpected<Error> not_editable() {
  return fail(ErrorKind::conflict,
              N_("This assessment has been submitted and can no longer be edited. A coordinator "
                 "may send it back to "
                 "its team."),
              "status");
}

std::unexpected<Error> wrong_state() {
  return fail(ErrorKind::conflict,
              N_("This step is not possible while the assessment is in its present state."),
              "status");
}

std::unexpected<Error> unknown_criterion(std::string field) {
  return fail(ErrorKind::unprocessable, N_("This criterion is not in the assessment's framework."),
              std::move(field));
}

std::unexpected<Error> unknown_area(std::string field) {
  return fail(ErrorKind::unprocessable, N_("Choose a thematic area from the list."),
              std::move(field));
}

std::string target_of(AssessmentId id) {
  return "assessment:" + std::to_string(id.value());
}

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target,
                                 std::string detail, Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "system") : who.label;
  r.action = "assessment." + std::string(verb);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

Result<Assessment> load_visible(AssessmentStore& store, const Principal& who, AssessmentId id) {
  auto found = store.assessment(id);
  if (!found) return std::unexpected(found.error());
  if (!*found || !may_see(who, **found)) return not_found();
  return std::move(**found);
}

Result<Framework> load_framework(AssessmentStore& store, int version) {
  auto found = store.framework(version);
  if (!found) return std::unexpected(found.error());
  if (!*found)
    return fail(ErrorKind::internal, "", {},
                "framework version " + std::to_string(version) + " missing");
  return std::move(**found);
}

Assessment as_seen_by(const Principal& who, Assessment assessment) {
  if (may_see_peer_scores(who, assessment)) return assessment;
  std::erase_if(assessment.scores, [&](const Score& s) {
    return s.source == Source::peer && !(who.user && s.reviewer && *s.reviewer == *who.user);
  });
  return assessment;
}

Result<Assessment> change_assessment(AssessmentRepository& repository, const Principal& who,
                                     AssessmentId id, int revision, Seconds now,
                                     std::string_view verb, const Change& change) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Assessment after;
  auto ok = repository.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    // What the viewer saw is out of date: nothing they ask for applies any more.
    if (a->revision != revision) return stale_revision();
    auto detail = change(store, *a);
    if (!detail) return std::unexpected(detail.error());
    a->updated_at = now;
    auto written = store.update_assessment(*a, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale_revision();
    if (auto s = store.append_audit(audit_line(who, verb, target_of(id), *detail, now)); !s)
      return s;
    auto reread = store.assessment(id);
    if (!reread) return std::unexpected(reread.error());
    if (!*reread) return not_found();
    after = std::move(**reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return as_seen_by(who, std::move(after));
}

const Score* used_score(const Assessment& assessment, const std::string& criterion,
                        Timeframe timeframe) {
  bool agreed = assessment.status == AssessmentStatus::consolidated ||
                assessment.status == AssessmentStatus::published;
  const Score* self = nullptr;
  for (const auto& s : assessment.scores) {
    if (s.criterion != criterion || s.timeframe != timeframe) continue;
    if (agreed && s.source == Source::agreed) return &s;
    if (s.source == Source::self) self = &s;
  }
  return self;
}

std::optional<int> level_of(const Score* score) {
  if (!score || score->rating.answer != Answer::level) return std::nullopt;
  return score->rating.level;
}

bool left_out(const Score* score) {
  return score && score->rating.answer != Answer::level;
}

Result<std::vector<Assessment>> latest_published(AssessmentStore& store, const Principal& who) {
  auto all = store.assessments(AssessmentFilter{.statuses = {AssessmentStatus::published}},
                               AssessmentStore::Depth::whole);
  if (!all) return std::unexpected(all.error());
  std::map<std::string, Assessment> latest;
  for (auto& a : *all) {
    if (!may_see(who, a)) continue;
    auto it = latest.find(a.region.str());
    if (it == latest.end() ||
        std::pair(a.period, a.published_at) > std::pair(it->second.period, it->second.published_at))
      latest[a.region.str()] = std::move(a);
  }
  std::vector<Assessment> out;
  for (auto& [region, a] : latest) out.push_back(std::move(a));
  return out;
}

Result<std::vector<Compared>> compare_with(AssessmentStore& store,
                                           const std::vector<Assessment>& assessments,
                                           const Framework& framework) {
  std::map<int, Framework> versions{{framework.version, framework}};
  std::vector<Compared> out;
  for (const auto& a : assessments) {
    if (!versions.contains(a.framework_version)) {
      auto f = load_framework(store, a.framework_version);
      if (!f) return std::unexpected(f.error());
      versions[a.framework_version] = std::move(*f);
    }
    auto codes = comparable_criteria(framework, versions[a.framework_version]);
    out.push_back(Compared{&a, std::set<std::string>(codes.begin(), codes.end())});
  }
  return out;
}

std::string region_name(reference::ReferenceService& reference, const RegionCode& code) {
  auto detail = reference.region(code.str());
  if (!detail) return code.str();
  return detail->region.name_latin.empty() ? code.str() : detail->region.name_latin;
}

Result<std::vector<AreaCode>> area_codes(reference::ReferenceService& reference) {
  auto areas = reference.areas("en");
  if (!areas) return std::unexpected(areas.error());
  std::vector<AreaCode> out;
  for (const auto& a : *areas) out.push_back(a.code);
  return out;
}

std::vector<std::pair<RegionCode, double>> assessed_peers(
    const std::vector<std::pair<RegionCode, double>>& ranked, const RegionCode& region,
    const std::vector<Compared>& compared) {
  std::vector<std::pair<RegionCode, double>> out;
  for (const auto& [peer, distance] : ranked) {
    if (out.size() == kStructuralPeers) break;
    if (peer == region) continue;
    if (std::any_of(compared.begin(), compared.end(),
                    [&](const Compared& c) { return c.assessment->region == peer; }))
      out.emplace_back(peer, distance);
  }
  return out;
}

}  // namespace cps::assessment::service_parts
