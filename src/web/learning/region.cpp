// /{lang}/regions/{code}/learning: the region's needs, the practices ranked for each with the
// reasons translated then filled with the data's values, and the honest list of what is missing.
#include <cmath>

#include "core/text.hpp"
#include "domain/feedback/feedback.hpp"
#include "web/feedback_pages.hpp"
#include "web/knowledge_labels.hpp"
#include "web/learning_labels.hpp"
#include "web/learning_pages.hpp"

namespace cps::web {

using namespace cps::learning;
using i18n::N_;

namespace {

std::string sentence(const Site& site, i18n::Language lang, const Reason& reason) {
  return text::fill(site.tr(lang, reason.text), reason.values);
}

}  // namespace

void LearningPages::add_routes(http::Router& router) {
  router.get("/{lang}/regions/{code}/learning", on_page(site_, this, &LearningPages::region));
}

http::Response LearningPages::region(http::Request& r, i18n::Language lang, const auth::Visit& v) {
  LearningRequest request;
  request.region = RegionCode(text::to_upper_ascii(r.param("code")));
  request.language = std::string(i18n::code(lang));
  if (auto s = r.query_value("scope"); s && !s->empty()) {
    auto scope = parse_name(*s, kScopeNames);
    if (!scope) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "scope"});
    request.scope = *scope;
  }
  auto found = learning_.recommendations(v.principal, request);
  if (!found) return site_.error_page(r, found.error());
  const auto& l = *found;
  const auto& cat = site_.catalogue();
  const std::string prefix = Site::prefix(lang);
  const std::string base = prefix + "/regions/" + l.region.str();
  auto decimal = [&](double x, int digits) { return cat.format_decimal(lang, x, digits); };
  auto level = [&](double x) { return x == std::floor(x) ? cat.format_integer(lang, (long long)x) : decimal(x, 1); };

  // What people said of each practice shown, read in one go for the whole page.
  std::vector<std::string> keys;
  for (const auto& n : l.needs)
    for (const auto& rec : n.recommendations) keys.push_back(feedback::key_text({l.region, n.key, rec.item}));
  auto said = feedback_.summaries(v.principal, feedback::Subject::recommendation, keys);
  if (!said) return site_.error_page(r, said.error());
  std::size_t said_index = 0;

  List needs;
  for (const auto& n : l.needs) {
    List figures;
    auto figure = [&](const char* label, std::string value) {
      figures.push_back(Object{{"label", site_.tr(lang, label)}, {"value", std::move(value)}});
    };
    if (n.current) figure(N_("Today"), level(*n.current));
    if (n.target) figure(N_("Target"), level(*n.target));
    if (n.gap) figure(N_("Gap"), "+" + level(*n.gap));
    if (n.density) figure(N_("Density (related capabilities present)"), decimal(*n.density, 2));
    if (n.outlook_gain) figure(N_("Complexity outlook gain"), decimal(*n.outlook_gain, 2));
    if (n.opportunity) figure(N_("Opportunity (density × outlook gain)"), decimal(*n.opportunity, 2));
    if (n.complexity) figure(N_("Sector complexity"), decimal(*n.complexity, 2));
    if (n.year) figure(N_("Year of the figures"), std::to_string(*n.year));
    List ahead;
    for (const auto& a : n.ahead)
      ahead.push_back(Object{{"name", a.name},
                             {"code", a.region.str()},
                             {"href", prefix + "/regions/" + a.region.str() + "/scorecard"},
                             {"level", level(a.level)},
                             {"distance", a.distance ? decimal(*a.distance, 2) : std::string("–")}});
    List recs;
    std::size_t rank = 0;
    for (const auto& rec : n.recommendations) {
      List reasons, components;
      for (const auto& reason : rec.reasons) reasons.push_back(Object{{"text", sentence(site_, lang, reason)}});
      for (const auto& c : kComponentLabels)
        components.push_back(Object{{"label", site_.tr(lang, c.label)},
                                    {"value", decimal(component_value(rec.components, c.name), 2)},
                                    {"weight", decimal(component_weight(c.name), 2)}});
      Object rec_data{{"rank", std::to_string(++rank)},
                      {"title", rec.title},
                      {"title_lang", rec.language},
                      {"href", prefix + "/knowledge/" + std::to_string(rec.item)},
                      {"other_language", !rec.in_reader_language},
                      {"language_name", std::string(language_endonym(rec.language))},
                      {"has_origin", rec.origin.has_value()},
                      {"origin_name", rec.origin_name},
                      {"origin_href", rec.origin ? prefix + "/regions/" + rec.origin->str() : std::string()},
                      {"score", cat.format_integer(lang, std::lround(rec.score * 100))},
                      {"components", components},
                      {"reasons", reasons},
                      {"quantified", rec.quantified_results},
                      {"pilots", cat.format_integer(lang, (long long)rec.pilots)},
                      {"has_pilots", rec.pilots > 0},
                      {"pinned", rec.pinned},
                      {"hidden", rec.hidden},
                      {"note", rec.note},
                      {"has_note", !rec.note.empty()},
                      {"details_id", "why-" + std::to_string(rec.item) + "-" + n.code},
                      {"feedback", Object{}}};
      FeedbackSlot slot;
      slot.subject = feedback::Subject::recommendation;
      slot.recommendation = learning::RecommendationKey{l.region, n.key, rec.item};
      slot.label = rec.title;
      slot.return_to = base + "/learning#need-" + std::string(name_of(n.kind, kNeedKindNames)) + "-" + n.code;
      slot.summary = (*said)[said_index++];
      if (rec.pinned || rec.hidden || !rec.note.empty())
        slot.curation = learning::Curation{.key = *slot.recommendation, .pinned = rec.pinned, .hidden = rec.hidden, .note = rec.note, .curator_name = {}, .at = 0};
      slot.may_give = v.principal.signed_in();
      slot.may_curate = feedback_.may_curate(v.principal, n.key);
      rec_data["feedback"] = feedback_slot(site_, lang, slot);
      recs.push_back(std::move(rec_data));
    }
    needs.push_back(Object{{"key", n.key},
                           {"anchor", "need-" + std::string(name_of(n.kind, kNeedKindNames)) + "-" + n.code},
                           {"kind", site_.tr(lang, need_kind_label(n.kind))},
                           {"code", n.code},
                           {"title", n.title},
                           {"figures", figures},
                           {"ahead", ahead},
                           {"has_ahead", !ahead.empty()},
                           {"recommendations", recs},
                           {"has_recommendations", !recs.empty()},
                           {"is_sector", n.kind == NeedKind::sector}});
  }
  List missing;
  for (const auto& m : l.missing) {
    List links;
    for (const auto& link : missing_links(m, l.region))
      links.push_back(Object{{"href", prefix + link.path}, {"label", site_.tr(lang, link.label)}});
    missing.push_back(Object{{"text", sentence(site_, lang, m.text)}, {"links", links}});
  }
  List peers;
  for (const auto& p : l.peers)
    peers.push_back(Object{{"name", p.name}, {"code", p.region.str()}, {"distance", decimal(p.distance, 2)}});
  List scopes;
  for (auto s : {Scope::programme, Scope::europe})
    scopes.push_back(Object{{"value", std::string(name_of(s, kScopeNames))},
                            {"label", site_.tr(lang, scope_label(s))},
                            {"selected", s == l.scope}});
  Object data{{"region", Object{{"code", l.region.str()}, {"name", l.region_name}, {"href", base}}},
              {"regions_href", prefix + "/regions"},
              {"scorecard_href", base + "/scorecard"},
              {"action", base + "/learning"},
              {"scopes", scopes},
              {"peers", peers},
              {"has_peers", !peers.empty()},
              {"needs", needs},
              {"has_needs", !needs.empty()},
              {"missing", missing},
              {"has_missing", !missing.empty()},
              {"json_href", "/api/v1/regions/" + l.region.str() + "/recommendations?lang=" + request.language +
                                "&scope=" + std::string(name_of(l.scope, kScopeNames))}};
  std::string title = site_.tr(lang, N_("What the region can learn")) + ": " + l.region_name;
  return site_.page(r, lang, "learning_region", title, std::move(data));
}

}  // namespace cps::web
