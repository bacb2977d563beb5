#include "web/assessment_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::assessment;

const char* assessment_status_label(AssessmentStatus s) {
  switch (s) {
    case AssessmentStatus::draft: return N_("Draft");
    case AssessmentStatus::submitted: return N_("Submitted");
    case AssessmentStatus::in_review: return N_("In peer review");
    case AssessmentStatus::consolidated: return N_("Consolidated");
    case AssessmentStatus::published: return N_("Published");
  }
  return "";
}

const char* timeframe_label(Timeframe t) {
  switch (t) {
    case Timeframe::past: return N_("Past (previous programming period)");
    case Timeframe::current: return N_("Current");
    case Timeframe::target: return N_("Target (future vision)");
  }
  return "";
}

const char* answer_label(Answer a) {
  switch (a) {
    case Answer::level: return N_("Level");
    case Answer::not_applicable: return N_("Not applicable");
    case Answer::no_data: return N_("No data");
  }
  return "";
}

const char* confidence_label(Confidence c) {
  switch (c) {
    case Confidence::low: return N_("Low confidence");
    case Confidence::medium: return N_("Medium confidence");
    case Confidence::high: return N_("High confidence");
  }
  return "";
}

const char* disclosure_label(Disclosure d) {
  switch (d) {
    case Disclosure::members: return N_("Partnership members only");
    case Disclosure::public_scores: return N_("Everybody (public scores)");
  }
  return "";
}

const char* reviewer_status_label(ReviewerStatus s) {
  switch (s) {
    case ReviewerStatus::invited: return N_("Invited");
    case ReviewerStatus::accepted: return N_("Accepted");
    case ReviewerStatus::declined: return N_("Declined");
    case ReviewerStatus::submitted: return N_("Review submitted");
  }
  return "";
}

const char* response_label(Response r) {
  switch (r) {
    case Response::pending: return N_("Awaiting a response");
    case Response::accepted: return N_("Accepted");
    case Response::partly: return N_("Partly accepted");
    case Response::rejected: return N_("Rejected");
  }
  return "";
}

const char* action_status_label(ActionStatus s) {
  switch (s) {
    case ActionStatus::planned: return N_("Planned");
    case ActionStatus::in_progress: return N_("In progress");
    case ActionStatus::done: return N_("Done");
    case ActionStatus::dropped: return N_("Dropped");
  }
  return "";
}

const char* source_label(Source s) {
  switch (s) {
    case Source::self: return N_("Self-assessment");
    case Source::peer: return N_("Peer review");
    case Source::agreed: return N_("Agreed");
  }
  return "";
}

}  // namespace cps::web
