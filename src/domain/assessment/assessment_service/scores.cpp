// Assessments: saving scores as the viewer's source — the team's self scores in draft, an
// accepted reviewer's peer scores in review, a coordinator's agreed scores in consolidation —
// with their values checked against the framework and their evidence against the knowledge
// base and the regional analytics.
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/assessment_service/internal.hpp"

namespace cps::assessment {

using namespace service_parts;
using i18n::N_;

namespace {

struct Writer {
  Source source = Source::self;
  std::optional<accounts::UserId> reviewer;
};

// Whose scores the viewer writes now, or why they may not.
Result<Writer> writer_of(const Principal& who, const Assessment& a) {
  const auto* reviewer = reviewer_entry(who, a);
  if (a.status == AssessmentStatus::draft && is_team(who, a))
    return Writer{Source::self, std::nullopt};
  if (a.status == AssessmentStatus::in_review && reviewer &&
      reviewer->status == ReviewerStatus::accepted)
    return Writer{Source::peer, who.user};
  if (a.status == AssessmentStatus::in_review && is_coordinator(who))
    return Writer{Source::agreed, std::nullopt};
  if (is_team(who, a)) return not_editable();
  if (reviewer || is_coordinator(who)) return wrong_state();
  return std::unexpected(refusal(who));
}

// Evidence that names what does not exist: an unpublished or unknown knowledge item, an
// indicator the analytics do not know. Fills an item's label with its title when empty.
Status check_evidence(PracticeCatalogue& practices, RegionalData& regional,
                      std::vector<ScoreInput>& scores) {
  for (std::size_t i = 0; i < scores.size(); ++i)
    for (std::size_t j = 0; j < scores[i].evidence.size(); ++j) {
      auto& e = scores[i].evidence[j];
      std::string field =
          "scores." + std::to_string(i) + ".evidence." + std::to_string(j) + ".reference";
      if (e.kind == EvidenceKind::knowledge_item) {
        auto item = practices.published_item(std::stoll(e.reference));
        if (!item) return std::unexpected(item.error());
        if (!*item)
          return fail(ErrorKind::unprocessable,
                      N_("Evidence must name a published knowledge item."), field);
        if (e.label.empty()) e.label = (*item)->title;
      } else if (e.kind == EvidenceKind::indicator) {
        auto known = regional.knows_indicator(e.reference);
        if (!known) return std::unexpected(known.error());
        if (!*known)
          return fail(ErrorKind::unprocessable,
                      N_("The regional analytics do not know this indicator."), field);
      }
    }
  return {};
}

}  // namespace

Result<Assessment> AssessmentService::save_scores(const Principal& who, AssessmentId id,
                                                  int revision,
                                                  const std::vector<ScoreInput>& input) {
  std::vector<ScoreInput> scores = input;
  Seconds now = now_of(clock_);
  return change_assessment(repository_, who, id, revision, now, "scored",
                           [&](AssessmentStore& store, Assessment& a) -> Result<std::string> {
                             auto writer = writer_of(who, a);
                             if (!writer) return std::unexpected(writer.error());
                             auto framework = load_framework(store, a.framework_version);
                             if (!framework) return std::unexpected(framework.error());
                             if (auto ok = check_scores(scores, *framework); !ok)
                               return std::unexpected(ok.error());
                             if (auto ok = check_evidence(practices_, regional_, scores); !ok)
                               return std::unexpected(ok.error());
                             std::vector<Score> rows;
                             for (auto& s : scores) {
                               Score row;
                               row.criterion = s.criterion;
                               row.timeframe = s.timeframe;
                               row.source = writer->source;
                               row.reviewer = writer->reviewer;
                               row.rating = s.rating;
                               if (row.rating.answer != Answer::level) row.rating.level = 0;
                               row.justification = s.justification;
                               row.evidence = s.evidence;
                               row.by = who.user;
                               row.at = now;
                               rows.push_back(std::move(row));
                             }
                             if (auto ok = store.save_scores(a.id, rows); !ok)
                               return std::unexpected(ok.error());
                             return std::string(to_string(writer->source)) + " " +
                                    std::to_string(rows.size()) + " scores";
                           });
}

}  // namespace cps::assessment
