// The surveys' routes and the list of surveys one may answer or organise.
#include "web/surveys/parts.hpp"

namespace cps::web {

using namespace survey_parts;

void SurveyPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/foresight/surveys", page(&SurveyPages::list));
  router.get("/{lang}/foresight/surveys/{id}", page(&SurveyPages::survey));
  router.add(V::post, "/{lang}/foresight/surveys/{id}", form(&SurveyPages::answer));
  router.get("/{lang}/foresight/surveys/{id}/results", page(&SurveyPages::results));
  router.add(V::post, "/{lang}/foresight/surveys/{id}/invitations", form(&SurveyPages::invite));
}

http::Response SurveyPages::list(http::Request& r, Language lang, const Visit& v) {
  bool fresh = false;
  Respondent respondent = respondent_of(r, fresh);
  auto found = surveys_.surveys(v.principal, respondent);
  if (!found) return site_.error_page(r, found.error());
  const std::string code = language_code(lang);
  List rows;
  for (const auto& e : *found) {
    const Survey& s = e.survey;
    std::string state = e.mine == ResponseState::submitted ? site_.tr(lang, N_("You have answered"))
                        : e.mine == ResponseState::draft   ? site_.tr(lang, N_("Started: continue where you left off"))
                        : e.open                            ? site_.tr(lang, N_("Open"))
                                                            : site_.tr(lang, N_("Closed"));
    Object row{{"href", survey_href(lang, s.id)},
               {"title", in_language(s.title, code)},
               {"description", in_language(s.description, code)},
               {"state", state},
               {"dates", dates_text(site_, lang, s)},
               {"audience", site_.tr(lang, audience_label(s.audience))},
               {"anonymous", s.anonymity == Anonymity::anonymous},
               {"can_answer", e.can.answer}};
    if (e.can.see_results) {
      row["results_href"] = survey_href(lang, s.id) + "/results";
      List languages;
      for (const auto& l : s.definition.languages)
        languages.push_back(Object{{"language", l}, {"status", site_.tr(lang, translation_label(translation_status(s, l)))}});
      row["languages"] = languages;
    }
    rows.push_back(row);
  }
  Object data{{"surveys", rows}, {"has_surveys", !rows.empty()}, {"programme_href", Site::prefix(lang) + "/foresight"}};
  return site_.page(r, lang, "survey_list", site_.tr(lang, N_("Surveys")), std::move(data));
}

}  // namespace cps::web
