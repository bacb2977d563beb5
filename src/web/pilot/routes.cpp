// The pilot pages' routes, and the list of pilots the viewer may see with its filters (area,
// country, status) and each pilot's standing in words.
#include "domain/accounts/policy.hpp"
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

// A values file: one row per indicator and period, far below this.
constexpr std::size_t kLargestValuesFile = 2 * 1024 * 1024;

}  // namespace

void PilotPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A pilot's texts and a logframe with its assumptions are pages of text.
  http::RouteOptions long_form{256 * 1024};
  router.get("/{lang}/pilots", page(&PilotPages::list));
  router.get("/{lang}/pilots/new", page(&PilotPages::new_pilot));
  router.get("/{lang}/pilots/compare", page(&PilotPages::compare));
  router.add(V::post, "/{lang}/pilots", form(&PilotPages::create), long_form);
  router.get("/{lang}/pilots/{id}", page(&PilotPages::overview));
  router.get("/{lang}/pilots/{id}/edit", page(&PilotPages::edit));
  router.add(V::post, "/{lang}/pilots/{id}/edit", form(&PilotPages::save), long_form);
  router.get("/{lang}/pilots/{id}/logframe", page(&PilotPages::logframe));
  router.add(V::post, "/{lang}/pilots/{id}/logframe", form(&PilotPages::save_logframe), long_form);
  router.get("/{lang}/pilots/{id}/indicators", page(&PilotPages::indicators));
  router.add(V::post, "/{lang}/pilots/{id}/indicators", form(&PilotPages::save_indicator));
  router.add(V::post, "/{lang}/pilots/{id}/indicators/{iid}", form(&PilotPages::save_indicator));
  router.add(V::post, "/{lang}/pilots/{id}/indicators/{iid}/delete", form(&PilotPages::delete_indicator));
  router.get("/{lang}/pilots/{id}/values", page(&PilotPages::values));
  router.add(V::post, "/{lang}/pilots/{id}/values", form(&PilotPages::record_values), long_form);
  router.add(V::post, "/{lang}/pilots/{id}/values/upload",
             on_form(site_, this, &PilotPages::upload_values, FormBodies::with_files),
             http::RouteOptions{kLargestValuesFile, http::BodyTypes::of_family});
  router.get("/{lang}/pilots/{id}/milestones", page(&PilotPages::milestones));
  router.add(V::post, "/{lang}/pilots/{id}/milestones", form(&PilotPages::save_milestone));
  router.add(V::post, "/{lang}/pilots/{id}/milestones/{mid}", form(&PilotPages::save_milestone));
  router.add(V::post, "/{lang}/pilots/{id}/milestones/{mid}/delete", form(&PilotPages::delete_milestone));
  router.get("/{lang}/pilots/{id}/risks", page(&PilotPages::risks));
  router.add(V::post, "/{lang}/pilots/{id}/risks", form(&PilotPages::save_risk));
  router.add(V::post, "/{lang}/pilots/{id}/risks/{rid}", form(&PilotPages::save_risk));
  router.add(V::post, "/{lang}/pilots/{id}/risks/{rid}/delete", form(&PilotPages::delete_risk));
  router.get("/{lang}/pilots/{id}/evaluation", page(&PilotPages::evaluation));
  router.add(V::post, "/{lang}/pilots/{id}/evaluation", form(&PilotPages::evaluate), long_form);
  router.get("/{lang}/pilots/{id}/modification", page(&PilotPages::modification));
  router.add(V::post, "/{lang}/pilots/{id}/modification", form(&PilotPages::request_modification), long_form);
  router.add(V::post, "/{lang}/pilots/{id}/modifications/{mid}/decision",
             form(&PilotPages::decide_modification));
  router.add(V::post, "/{lang}/pilots/{id}/approve", form(&PilotPages::approve_baseline));
}

http::Response PilotPages::list(http::Request& r, Language lang, const Visit& v) {
  PilotFilter filter;
  std::string area = r.query_value("area").value_or("");
  std::string country = r.query_value("country").value_or("");
  std::string status_code = r.query_value("status").value_or("");
  if (!area.empty()) filter.area = AreaCode(area);
  if (!country.empty()) filter.country = CountryCode(country);
  if (auto s = parse_name(status_code, kPilotStatusNames)) filter.statuses.push_back(*s);
  const std::string language(i18n::code(lang));
  auto found = pilots_.list(v.principal, filter, language);
  if (!found) return site_.error_page(r, found.error());

  const auto& cat = site_.catalogue();
  List rows;
  for (const auto& card : *found) {
    const Pilot& p = card.pilot;
    const PilotText& t = text_in(p, language);
    std::string areas;
    for (const auto& a : p.areas) areas += (areas.empty() ? "" : ", ") + a.str();
    rows.push_back(Object{{"href", pilot_href(lang, p.id)},
                          {"title", t.title},
                          {"title_lang", t.language},
                          {"summary", t.summary},
                          {"has_summary", !t.summary.empty()},
                          {"lead", p.lead_name},
                          {"regions", regions_text(reference_, p.regions)},
                          {"areas", areas},
                          {"dates", date_text(cat, lang, p.starts) + " – " + date_text(cat, lang, p.ends)},
                          {"status", site_.tr(lang, pilot_status_label(p.status))},
                          {"status_code", std::string(to_string(p.status))},
                          {"met", targets_met_text(site_, lang, card.achievement.met, card.achievement.indicators)},
                          {"mean", percent_text(cat, lang, card.achievement.mean_ratio)}});
  }
  List areas, countries, statuses;
  for (const auto& a : area_names(reference_, language))
    areas.push_back(Object{{"code", a.code}, {"name", a.code + " · " + a.name}, {"selected", a.code == area}});
  if (auto all = reference_.countries())
    for (const auto& c : *all)
      countries.push_back(Object{{"code", c.code.str()},
                                 {"name", cat.country_name(lang, c.iso_code)},
                                 {"selected", c.code.str() == country}});
  for (auto s : kAllPilotStatuses)
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, pilot_status_label(s))},
                              {"selected", to_string(s) == status_code}});
  // Whoever works for an organisation that may run a pilot sees the way to open one; the
  // service decides again when the form is sent.
  bool may_create = v.principal.organisation &&
                    accounts::allowed(v.principal, accounts::Action::run_pilot,
                                      accounts::Target{.organisation = v.principal.organisation});
  std::string query;
  for (auto [name, value] : {std::pair{"area", &area}, {"country", &country}, {"status", &status_code}})
    if (!value->empty()) query += std::string(query.empty() ? "?" : "&") + name + "=" + text::encode_uri_component(*value);
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"count_text", cat.translate_count(lang, NP_("{count} pilot", "{count} pilots"), (long long)rows.size())},
              {"action", Site::prefix(lang) + "/pilots"},
              {"areas", areas},
              {"countries", countries},
              {"statuses", statuses},
              {"may_create", may_create},
              {"new_href", Site::prefix(lang) + "/pilots/new"},
              {"compare_href", Site::prefix(lang) + "/pilots/compare" + query}};
  return site_.page(r, lang, "pilot_list", site_.tr(lang, N_("Pilot initiatives")), std::move(data));
}

}  // namespace cps::web
