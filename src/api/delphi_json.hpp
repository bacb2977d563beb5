// Delphi studies as JSON: what the API sends (aggregates and the panellist's own answers only —
// never a respondent key or who answered what).
#pragma once

#include <boost/json.hpp>

#include "domain/foresight/delphi_methods.hpp"
#include "domain/foresight/delphi_service.hpp"

namespace cps::api {

boost::json::object study_json(const foresight::Study& s);
boost::json::object study_view_json(const foresight::StudyView& v);
boost::json::array results_json(const std::vector<foresight::StatementResult>& results);
boost::json::array turnout_json(const std::vector<foresight::Turnout>& rounds);
boost::json::object statement_json(const foresight::Statement& s);
boost::json::object round_json(const foresight::Round& r);
boost::json::object questionnaire_json(const foresight::Questionnaire& q);
boost::json::object panel_member_json(const foresight::PanelMember& m);
boost::json::object methods_json(const foresight::MethodsReport& m);
boost::json::object scenario_view_json(const foresight::ScenarioView& v);

}  // namespace cps::api
