// The input shapes of assessments, each read in one place for the pages (their fields as this
// JSON shape), the API, the XLSX form and the command line; values are checked against the
// framework by check_scores.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/framework.hpp"

namespace cps::assessment {

// One score as typed: {criterion, timeframe, answer, level, confidence, justification,
// evidence: [{kind, reference, label}]}. level is required for answer "level" and must be
// absent or null otherwise.
struct ScoreInput {
  std::string criterion;
  Timeframe timeframe = Timeframe::current;
  Rating rating;
  std::string justification;
  std::vector<Evidence> evidence;
};

// {"scores": [ScoreInput…]}. Fails (invalid) naming the field: "scores.3.level".
Result<std::vector<ScoreInput>> read_scores(const boost::json::value& value);
boost::json::object score_json(const Score& score);

// Whether an evidence reference has its kind's form: an item number, an http(s) address, or
// an indicator name (gdp, jobs, employment-rate, eci, lq:<sector>).
bool is_well_formed(const Evidence& evidence);

// The rules on values: a known criterion of the framework, a level from 1 to 5 only with
// answer "level", a justification where the criterion requires one (for levels), at most 20
// evidence entries, well-formed evidence references, no criterion and time frame twice.
// Fails (unprocessable) naming "scores.N.<field>".
Status check_scores(const std::vector<ScoreInput>& scores, const Framework& framework);

// A new assessment: {region, period, organisation}.
struct NewAssessment {
  RegionCode region;
  int period = 0;
  std::optional<accounts::OrganisationId> organisation;  // the creator's own when absent
};
Result<NewAssessment> read_new_assessment(const boost::json::value& value);

// {strengths, weaknesses, opportunities, threats} of one area: {area, …}.
Result<Swot> read_swot(const boost::json::value& value);

// {area, criterion, text}
struct RecommendationInput {
  AreaCode area;
  std::string criterion;
  std::string text;
};
Result<RecommendationInput> read_recommendation(const boost::json::value& value);

// {action, owner, deadline}; a follow-up: {status, follow_up, followed_up_on}.
struct ActionInput {
  std::string action;
  std::string owner;
  std::string deadline;
};
Result<ActionInput> read_action(const boost::json::value& value);

}  // namespace cps::assessment
