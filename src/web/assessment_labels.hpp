// What the assessment's codes are called on pages, in the UI languages: the steps of its flow,
// time frames, answers, confidence, disclosure, reviewers' states, responses to
// recommendations and the states of planned actions.
#pragma once

#include "domain/assessment/assessment.hpp"

namespace cps::web {

const char* assessment_status_label(assessment::AssessmentStatus s);
const char* timeframe_label(assessment::Timeframe t);
const char* answer_label(assessment::Answer a);
const char* confidence_label(assessment::Confidence c);
const char* disclosure_label(assessment::Disclosure d);
const char* reviewer_status_label(assessment::ReviewerStatus s);
const char* response_label(assessment::Response r);
const char* action_status_label(assessment::ActionStatus s);
const char* source_label(assessment::Source s);

}  // namespace cps::web
