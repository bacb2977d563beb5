// Surveys as JSON: what the API sends. An anonymous survey's responses carry no respondent key,
// no account and no time; results carry counts only.
#pragma once

#include <boost/json.hpp>

#include "domain/surveys/survey_service.hpp"

namespace cps::api {

// The survey as read_survey reads it back, with its id, version, revision and the status of
// each language's translation.
boost::json::object survey_json(const surveys::Survey& s);
boost::json::object survey_entry_json(const surveys::SurveyEntry& e);
boost::json::object survey_view_json(const surveys::SurveyView& v);
boost::json::object sheet_json(const surveys::Sheet& s);
boost::json::object results_json(const surveys::Results& r);

}  // namespace cps::api
