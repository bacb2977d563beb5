// Pilots as the API writes them: each shape written in one place (and described in
// openapi.json). What the API reads is the domain's readers' (domain/pilot/pilot_input.hpp).
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "domain/pilot/pilot_service.hpp"

namespace cps::api {

// "/api/v1/pilots/<id>"
std::string pilot_href(pilot::PilotId id);

// The whole pilot — texts, header, logframe, indicators with their values and progress,
// milestones, risks, evaluations and modifications (the lists the service gave) — with its
// achievement and what the viewer may do with it now (`may`). Title and summary are those of
// `language` (else English, else the original).
boost::json::object pilot_json(const pilot::Pilot& pilot, const pilot::Capabilities& may, const std::string& language);
// A pilot in a list or a ranking: its header, indicators' progress and achievement.
boost::json::object pilot_card_json(const pilot::PilotCard& card, const std::string& language);
boost::json::object indicator_json(const pilot::Indicator& indicator);
boost::json::object comparison_json(const pilot::Comparison& comparison, const std::string& language);
// The pilots that transfer a knowledge item: {item, items: [{pilot, title, regions, status,
// targets_met, targets, result, lessons, href}]}.
boost::json::object tested_in_json(std::int64_t item, const std::vector<pilot::TestedIn>& pilots);

}  // namespace cps::api
