// Surveys' port adapted to the accounts and the respondent secret (see survey_surroundings.hpp).
#include "app/survey_surroundings.hpp"

#include "security/keyed_digest.hpp"

namespace cps::app {

Result<surveys::Profile> SurveySurroundings::profile(accounts::UserId user) {
  surveys::Profile out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(user);
    if (!found) return std::unexpected(found.error());
    if (!*found || !(*found)->user.organisation) return {};
    auto organisation = store.organisation(*(*found)->user.organisation);
    if (!organisation) return std::unexpected(organisation.error());
    if (*organisation) {
      out.country = (*organisation)->country.str();
      out.organisation_type = (*organisation)->type;
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

std::string SurveySurroundings::respondent_key(surveys::SurveyId survey, const std::string& who) {
  return security::keyed_digest(secret_, "survey:" + std::to_string(survey.value()) + ":" + who);
}

}  // namespace cps::app
