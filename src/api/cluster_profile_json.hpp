// Cluster profiles as the API writes them: each shape written in one place (and described in
// openapi.json). What the API reads is the domain's readers' (domain/matchmaking/profile_input.hpp).
#pragma once

#include <boost/json.hpp>
#include <string>

#include "domain/matchmaking/profile_service.hpp"

namespace cps::api {

// "/api/v1/cluster-profiles/<id>"
std::string cluster_profile_href(matchmaking::ProfileId id);

// A profile in a list: the organisation, tagline in `language`, sectors, value chain,
// members, its current offers and needs; contact details only as the owners allow.
boost::json::object cluster_profile_card_json(const matchmaking::ProfileCard& card, const std::string& language);
// The whole profile as the viewer sees it, with what they may do with it now (`may`), its
// followers and, for its editors, the editors and the reviewer's note.
boost::json::object cluster_profile_json(const matchmaking::ProfileView& view, const std::string& language);

}  // namespace cps::api
