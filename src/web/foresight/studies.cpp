// The foresight programme's page and the list of Delphi studies with the form that starts one.
#include "domain/accounts/policy.hpp"
#include "domain/foresight/delphi_input.hpp"
#include "web/foresight/parts.hpp"

namespace cps::web {

using namespace foresight_parts;
namespace json = boost::json;

void ForesightPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/foresight", page(&ForesightPages::programme));
  router.get("/{lang}/foresight/delphi", page(&ForesightPages::list));
  router.add(V::post, "/{lang}/foresight/delphi", form(&ForesightPages::create));
  router.get("/{lang}/foresight/delphi/{id}", page(&ForesightPages::study));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/statements", form(&ForesightPages::add_statement));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/rules", form(&ForesightPages::change_rules));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/statements/{statement}", form(&ForesightPages::change_statement));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/panel", form(&ForesightPages::invite));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/rounds", form(&ForesightPages::open_round));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/rounds/close", form(&ForesightPages::close_round));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/reminders", form(&ForesightPages::remind));
  router.get("/{lang}/foresight/delphi/{id}/methods", page(&ForesightPages::methods));
  router.get("/{lang}/foresight/delphi/{id}/methods.md", page(&ForesightPages::methods_markdown));
  router.get("/{lang}/foresight/delphi/{id}/scenarios", page(&ForesightPages::scenarios));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/scenarios", form(&ForesightPages::save_scenarios));
  router.get("/{lang}/foresight/delphi/{id}/answer", page(&ForesightPages::questionnaire));
  router.add(V::post, "/{lang}/foresight/delphi/{id}/answer", form(&ForesightPages::answer));
}

namespace {

List study_rows(const Site& site, i18n::Language lang, const std::vector<Study>& studies) {
  List rows;
  for (const auto& s : studies) {
    std::string state = s.finished ? site.tr(lang, N_("Finished"))
                        : s.round_open
                            ? text::fill(site.tr(lang, N_("Round {round} open")), {{"round", std::to_string(s.rounds_held)}})
                        : s.rounds_held == 0 ? site.tr(lang, N_("In preparation"))
                                             : text::fill(site.tr(lang, N_("Between rounds ({rounds} held)")),
                                                          {{"rounds", std::to_string(s.rounds_held)}});
    rows.push_back(Object{{"href", study_href(lang, s.id)}, {"title", s.title}, {"description", s.description},
                          {"state", state}});
  }
  return rows;
}

}  // namespace

http::Response ForesightPages::programme(http::Request& r, Language lang, const Visit& v) {
  auto studies = delphi_.studies(v.principal);
  if (!studies) return site_.error_page(r, studies.error());
  List rows = study_rows(site_, lang, *studies);
  Object data{{"studies", rows}, {"has_studies", !rows.empty()}, {"delphi_href", Site::prefix(lang) + "/foresight/delphi"}};
  return site_.page(r, lang, "foresight_programme", site_.tr(lang, N_("SEE foresight programme")), std::move(data));
}

http::Response ForesightPages::list(http::Request& r, Language lang, const Visit& v) {
  return list_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response ForesightPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::object given{{"title", f.get("title")},
                     {"description", f.get("description")},
                     {"iqr_max", f.get("iqr_max")},
                     {"agreement_percent", f.get("agreement_percent")},
                     {"stability_percent", f.get("stability_percent")},
                     {"max_rounds", f.get("max_rounds")}};
  auto input = read_study(given);
  if (!input) return list_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = delphi_.create(v.principal, std::move(*input));
  if (!made) return list_page(r, lang, v, &f, form_error(site_, lang, made.error()), form_status(made.error()));
  return see_other(site_, r, study_href(lang, made->id) + "?done=created");
}

http::Response ForesightPages::list_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                         Object extra, Status status) {
  auto studies = delphi_.studies(v.principal);
  if (!studies) return site_.error_page(r, studies.error());
  List rows = study_rows(site_, lang, *studies);
  const StopRules defaults;
  auto typed_or = [&](const char* name, const std::string& fallback) {
    return typed ? typed->get(name) : fallback;
  };
  Object data{{"studies", rows},
              {"has_studies", !rows.empty()},
              {"programme_href", Site::prefix(lang) + "/foresight"},
              {"action", Site::prefix(lang) + "/foresight/delphi"},
              {"can_create", accounts::allowed(v.principal, accounts::Action::run_foresight, {.user = v.principal.user})},
              {"typed_title", typed_or("title", "")},
              {"typed_description", typed_or("description", "")},
              {"typed_iqr_max", typed_or("iqr_max", figure(defaults.iqr_max))},
              {"typed_agreement_percent", typed_or("agreement_percent", figure(defaults.agreement_percent))},
              {"typed_stability_percent", typed_or("stability_percent", figure(defaults.stability_percent))},
              {"typed_max_rounds", typed_or("max_rounds", std::to_string(defaults.max_rounds))}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "delphi_list", site_.tr(lang, N_("Delphi studies")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
