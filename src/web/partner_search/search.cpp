// The partner-search pages' routes, the search form with its explained matches, and saving a
// search with its alerts.
#include <algorithm>
#include <set>

#include "web/feedback_pages.hpp"
#include "web/partner_search/parts.hpp"

namespace cps::web {

void PartnerSearchPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/partner-search", page(&PartnerSearchPages::search));
  router.get("/{lang}/partner-search/interest", page(&PartnerSearchPages::interest_form));
  router.add(V::post, "/{lang}/partner-search/interest", form(&PartnerSearchPages::send_interest));
  router.get("/{lang}/partner-search/interests", page(&PartnerSearchPages::interests));
  router.get("/{lang}/partner-search/saved", page(&PartnerSearchPages::saved));
  router.add(V::post, "/{lang}/partner-search/saved", form(&PartnerSearchPages::save_search));
  router.add(V::post, "/{lang}/partner-search/saved/{id}/delete", form(&PartnerSearchPages::delete_saved));
}

http::Response PartnerSearchPages::search(http::Request& r, Language lang, const Visit& v) {
  // A first visit shows the form; a sent form (any of its fields in the address) searches.
  bool asked = std::any_of(std::begin(kCriteriaFields), std::end(kCriteriaFields),
                           [&](std::string_view name) { return r.query_value(name).has_value(); });
  return search_page(r, lang, v, query_fields(r), asked, {}, bhttp::status::ok);
}

http::Response PartnerSearchPages::save_search(http::Request& r, Language lang, const Visit& v, const Form& f) {
  // A refused save shows the search again, its message beside the save form.
  auto refused = [&](const Error& e) {
    Object shown = form_error(site_, lang, e);
    Object extra{{"save_error", shown["error"]}, {"save_invalid_name", e.field == "name"}};
    return search_page(r, lang, v, form_fields(f), true, std::move(extra), form_status(e));
  };
  auto input = read_saved_search(form_fields(f));
  if (!input) return refused(input.error());
  auto saved = service_.save_search(v.principal, std::move(*input));
  if (!saved) return refused(saved.error());
  return see_other(site_, r, Site::prefix(lang) + "/partner-search/saved?done=saved");
}

http::Response PartnerSearchPages::search_page(http::Request& r, Language lang, const Visit& v, const Fields& fields,
                                               bool asked, Object extra, Status status) {
  const std::string language(i18n::code(lang));
  const std::string prefix = Site::prefix(lang);
  const auto countries = country_names(site_, reference_, lang);
  const bool signed_in = v.principal.signed_in();
  Object data{{"action", prefix + "/partner-search"},
              {"q", fields("q")},
              {"region", fields("region")},
              {"signed_in", signed_in},
              {"has_organisation", v.principal.organisation.has_value()},
              {"mine_checked", asked ? !fields("mine").empty() && fields("mine") != "no" : v.principal.organisation.has_value()},
              {"saved_href", prefix + "/partner-search/saved"},
              {"interests_href", prefix + "/partner-search/interests"},
              {"profiles_href", prefix + "/cluster-profiles"},
              {"login_href", prefix + "/login?next=" + text::encode_uri_component(prefix + "/partner-search")}};

  // The sector choices: every division with its cluster category, and the categories.
  List sectors, categories;
  std::set<std::string> category_names;
  if (auto divisions = platform_.divisions())
    for (const auto& d : *divisions) {
      sectors.push_back(Object{{"code", d.division},
                               {"name", d.division + (d.category.empty() ? "" : " · " + d.category)},
                               {"selected", d.division == fields("sector")}});
      if (!d.category.empty()) category_names.insert(d.category);
    }
  for (const auto& c : category_names)
    categories.push_back(Object{{"name", c}, {"selected", text::to_lower_ascii(c) == text::to_lower_ascii(fields("category"))}});
  // Countries by their name in the page's language.
  std::vector<std::pair<std::string, std::string>> by_name;
  for (const auto& [code, name] : countries) by_name.emplace_back(name, code);
  std::sort(by_name.begin(), by_name.end());
  List country_choices;
  for (const auto& [name, code] : by_name)
    country_choices.push_back(Object{{"code", code}, {"name", name}, {"selected", code == text::to_upper_ascii(fields("country"))}});
  List kinds;
  for (const auto& k : matchmaking::kOfferKindNames)
    kinds.push_back(Object{{"code", std::string(k.name)}, {"name", site_.tr(lang, offer_kind_label(k.value))},
                           {"selected", k.name == fields("kind")}});
  data["sectors"] = sectors;
  data["categories"] = categories;
  data["countries"] = country_choices;
  data["kinds"] = kinds;

  if (asked) {
    auto criteria = read_criteria(fields);
    Result<SearchResult> found = criteria ? service_.search(v.principal, *criteria, language)
                                          : Result<SearchResult>(std::unexpected(criteria.error()));
    if (!found) {
      merge(data, form_error(site_, lang, found.error()));
      if (status == bhttp::status::ok) status = form_status(found.error());
    } else {
      const auto& result = *found;
      // What people said of each match, read in one go for the page.
      std::vector<std::string> keys;
      for (const auto& m : result.matches) keys.push_back(m.key);
      std::vector<feedback::Summary> said;
      if (signed_in) {
        auto summaries = feedback_.summaries(v.principal, feedback::Subject::match, keys);
        if (!summaries) return site_.error_page(r, summaries.error());
        said = std::move(*summaries);
      }
      List matches;
      std::size_t index = 0;
      for (const auto& m : result.matches) {
        std::string id = std::to_string(m.profile.value());
        List reasons;
        for (const auto& reason : m.reasons) reasons.push_back(Object{{"text", reason_text(site_, lang, reason, countries)}});
        auto country = countries.find(m.country.str());
        Object match{{"organisation", m.organisation},
                     {"profile_href", prefix + "/cluster-profiles/" + id},
                     {"tagline", m.tagline},
                     {"has_tagline", !m.tagline.empty()},
                     {"country", country == countries.end() ? m.country.str() : country->second},
                     {"region", m.region ? m.region->str() : std::string()},
                     {"international", m.international},
                     {"score", site_.catalogue().format_integer(lang, static_cast<long long>(m.score * 100 + 0.5))},
                     {"reasons", reasons},
                     {"match_id", "match-" + id}};
        if (m.theirs) {
          match["theirs"] = Object{{"title", m.theirs->title},
                                   {"language", m.theirs->language},
                                   {"other_language", m.theirs->language != language},
                                   {"side", site_.tr(lang, side_label(m.theirs->side))},
                                   {"kind", site_.tr(lang, offer_kind_label(m.theirs->kind))}};
        }
        if (signed_in) {
          std::string href = prefix + "/partner-search/interest?profile=" + id;
          if (m.theirs) href += "&about=" + std::to_string(m.theirs->id.value());
          match["interest_href"] = href;
          FeedbackSlot slot;
          slot.subject = feedback::Subject::match;
          slot.key = m.key;
          slot.label = m.organisation;
          slot.return_to = prefix + "/partner-search" + criteria_query(result.criteria);
          if (index < said.size()) slot.summary = said[index];
          slot.may_give = true;
          match["feedback"] = feedback_slot(site_, lang, slot);
        }
        matches.push_back(std::move(match));
        ++index;
      }
      data["searched"] = true;
      data["matches"] = matches;
      data["has_matches"] = !matches.empty();
      data["count_text"] = site_.catalogue().translate_count(lang, NP_("{count} cluster matches", "{count} clusters match"),
                                                             static_cast<long long>(matches.size()));
      data["used_profile"] = result.own_profile.has_value();
      List hidden;
      for (const auto& [name, value] : criteria_fields(result.criteria))
        hidden.push_back(Object{{"name", name}, {"value", value}});
      data["criteria_fields"] = hidden;
      data["criteria_text"] = criteria_text(site_, lang, result.criteria, countries);
      data["save_name"] = fields("name").empty() ? criteria_text(site_, lang, result.criteria, countries) : fields("name");
    }
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "partner_search", site_.tr(lang, N_("Partner search")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
