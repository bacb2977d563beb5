// Assessments: comments on a criterion or on the whole assessment between the region's team,
// its reviewers and the coordinators, and the answers to them.
#include "core/text.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxComment = 5000;

// The team, the coordinators and the reviewers who have not declined take part in the
// conversation about an assessment.
bool takes_part(const Principal& who, const Assessment& a) {
  if (!who.signed_in()) return false;
  const auto* reviewer = reviewer_entry(who, a);
  return is_team(who, a) || is_coordinator(who) ||
         (reviewer && reviewer->status != ReviewerStatus::declined);
}

}  // namespace

Result<CommentId> AssessmentService::comment(const Principal& who, AssessmentId id,
                                             const std::string& criterion,
                                             std::optional<CommentId> reply_to,
                                             const std::string& body) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  std::string said = text::trim(body);
  Seconds now = now_of(clock_);
  CommentId added;
  auto ok = repository_.transaction([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    if (!takes_part(who, *a)) return std::unexpected(refusal(who));
    if (said.empty()) return fail(ErrorKind::unprocessable, N_("Write the comment first."), "body");
    if (text::utf8_length(said) > kMaxComment)
      return fail(ErrorKind::unprocessable, N_("A comment may have at most 5000 characters."),
                  "body");
    if (!criterion.empty()) {
      auto framework = load_framework(store, a->framework_version);
      if (!framework) return std::unexpected(framework.error());
      if (!framework->criterion(criterion)) return unknown_criterion("criterion");
    }
    if (reply_to) {
      auto earlier = store.comments(id);
      if (!earlier) return std::unexpected(earlier.error());
      if (std::none_of(earlier->begin(), earlier->end(),
                       [&](const Comment& c) { return c.id == *reply_to; }))
        return fail(ErrorKind::unprocessable,
                    N_("The comment you answer is not on this assessment."), "reply_to");
    }
    Comment c;
    c.assessment = id;
    c.criterion = criterion;
    c.reply_to = reply_to;
    c.author = *who.user;
    c.author_name = who.display_name;
    c.body = said;
    c.at = now;
    auto inserted = store.insert_comment(c);
    if (!inserted) return std::unexpected(inserted.error());
    added = *inserted;
    return store.append_audit(audit_line(
        who, "commented", target_of(id),
        "comment:" + std::to_string(added.value()) + (criterion.empty() ? "" : " on " + criterion),
        now));
  });
  if (!ok) return std::unexpected(ok.error());
  return added;
}

Result<std::vector<Comment>> AssessmentService::comments(const Principal& who, AssessmentId id) {
  std::vector<Comment> out;
  auto ok = repository_.read([&](AssessmentStore& store) -> Status {
    auto a = load_visible(store, who, id);
    if (!a) return std::unexpected(a.error());
    // Members who see a published assessment do not read the review's conversation.
    if (!takes_part(who, *a)) return {};
    auto found = store.comments(id);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::assessment
