// Assessments, frameworks and their results as the API writes them: each shape written in one
// place, for the endpoints and the JSON download alike (and described in openapi.json).
#pragma once

#include <boost/json.hpp>
#include <vector>

#include "domain/assessment/assessment_service.hpp"

namespace cps::api {

// A version in the list of frameworks: {version, note, divergence, created_at, href}; the whole
// framework is its file (assessment::framework_file).
boost::json::object framework_summary_json(const assessment::Framework& framework);

// An assessment's header, scores, reviewers and SWOT (the lists empty when it was read
// without them), with what the viewer may do with it now (`may`).
boost::json::object assessment_json(const assessment::Assessment& assessment,
                                    const assessment::Capabilities& may);
// The scores a PUT of /scores takes back: {revision, scores}.
boost::json::object scores_json(const assessment::Assessment& assessment);
// One area's SWOT with the assessment's revision, as PUT /swot/{area} takes it back.
boost::json::object swot_json(const assessment::Assessment& assessment, const AreaCode& area);

boost::json::object comment_json(const assessment::Comment& comment);
boost::json::object action_json(const assessment::PlannedAction& action);
boost::json::object recommendation_json(const assessment::Recommendation& recommendation);

boost::json::object scorecard_json(const assessment::Scorecard& scorecard);
boost::json::object benchmark_json(const assessment::Benchmark& benchmark);
boost::json::object learning_needs_json(const RegionCode& region,
                                        const std::vector<assessment::LearningNeed>& needs);
boost::json::object agreement_json(const std::vector<assessment::Agreement>& agreement);
boost::json::object gaps_json(const assessment::GapsReport& gaps);

}  // namespace cps::api
