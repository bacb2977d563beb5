// The cluster profile pages' routes, and the list of profiles with its filters (sector,
// cluster category, country, offer or need, words) and the viewer's own ones and those
// awaiting review.
#include "domain/matchmaking/nace_divisions.hpp"
#include "web/cluster_profile/parts.hpp"

namespace cps::web {

void ClusterProfilePages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A profile's description is a page of text.
  http::RouteOptions long_form{128 * 1024};
  const std::string p = "/{lang}/cluster-profiles/{id}";
  router.get("/{lang}/cluster-profiles", page(&ClusterProfilePages::list));
  router.get("/{lang}/cluster-profiles/new", page(&ClusterProfilePages::new_profile));
  router.add(V::post, "/{lang}/cluster-profiles", form(&ClusterProfilePages::create), long_form);
  router.get(p, page(&ClusterProfilePages::profile));
  router.get(p + "/edit", page(&ClusterProfilePages::edit));
  router.add(V::post, p + "/edit", form(&ClusterProfilePages::save), long_form);
  router.get(p + "/offers/new", page(&ClusterProfilePages::new_offer));
  router.add(V::post, p + "/offers", form(&ClusterProfilePages::add_offer));
  router.get(p + "/offers/{oid}", page(&ClusterProfilePages::edit_offer));
  router.add(V::post, p + "/offers/{oid}", form(&ClusterProfilePages::save_offer));
  router.add(V::post, p + "/offers/{oid}/delete", form(&ClusterProfilePages::delete_offer));
  router.add(V::post, p + "/renew", form(&ClusterProfilePages::renew));
  router.get(p + "/editors", page(&ClusterProfilePages::editors));
  router.add(V::post, p + "/editors", form(&ClusterProfilePages::save_editors));
  router.add(V::post, p + "/submit", form(&ClusterProfilePages::submit));
  router.add(V::post, p + "/publish", form(&ClusterProfilePages::publish));
  router.add(V::post, p + "/send-back", form(&ClusterProfilePages::send_back));
  router.add(V::post, p + "/follow", form(&ClusterProfilePages::follow));
  router.add(V::post, p + "/unfollow", form(&ClusterProfilePages::unfollow));
  router.get("/{lang}/organisations/{id}/cluster-profile", page(&ClusterProfilePages::of_organisation));
}

http::Response ClusterProfilePages::list(http::Request& r, Language lang, const Visit& v) {
  const std::string language(i18n::code(lang));
  const std::string prefix = Site::prefix(lang);
  ProfileQuery query;
  std::string sector = text::trim(r.query_value("sector").value_or(""));
  std::string category = r.query_value("category").value_or("");
  std::string country = text::to_upper_ascii(r.query_value("country").value_or(""));
  std::string kind = r.query_value("kind").value_or("");
  std::string side = r.query_value("side").value_or("");
  std::string scope = r.query_value("scope").value_or("");
  query.words = text::trim(r.query_value("q").value_or(""));
  if (!sector.empty()) query.division = sector;
  if (!category.empty()) query.category = category;
  if (!country.empty()) query.country = CountryCode(country);
  query.kind = parse_name(kind, kOfferKindNames);
  query.side = parse_name(side, kSideNames);
  query.scope = parse_name(scope, kListScopeNames).value_or(ListScope::published);
  auto found = profiles_.list(v.principal, query);
  if (!found) return site_.error_page(r, found.error());
  auto categories = profiles_.cluster_categories();
  if (!categories) return site_.error_page(r, categories.error());
  const std::string today = profiles_.today();

  const auto& cat = site_.catalogue();
  List cards;
  for (const auto& card : *found) {
    const ClusterProfile& p = card.profile;
    const ProfileText& t = p.text(language);
    List sectors;
    for (const auto& s : p.sectors) sectors.push_back(Object{{"name", sector_text(s)}});
    std::size_t offers = 0, needs = 0;
    for (const auto& o : p.offers_and_needs)
      if (o.current(today)) (o.side == Side::offer ? offers : needs) += 1;
    std::string place = country_text(site_, lang, card.country);
    if (card.region) place = region_text(reference_, *card.region) + ", " + place;
    cards.push_back(Object{
        {"href", profile_href(lang, p.id)},
        {"name", card.organisation_name(language)},
        {"tagline", t.tagline},
        {"tagline_lang", t.language},
        {"place", place},
        {"sectors", sectors},
        {"value_chain", site_.tr(lang, value_chain_label(p.value_chain))},
        {"members", cat.translate_count(lang, NP_("{count} member", "{count} members"), (long long)p.members.total())},
        {"offers", cat.translate_count(lang, NP_("{count} offer", "{count} offers"), (long long)offers)},
        {"needs", cat.translate_count(lang, NP_("{count} need", "{count} needs"), (long long)needs)},
        {"not_published", p.status != ProfileStatus::published},
        {"status", site_.tr(lang, profile_status_label(p.status))},
        {"status_code", std::string(name_of(p.status, kProfileStatusNames))}});
  }

  // Categories in the table, each once, by name.
  std::set<std::string> category_names;
  for (const auto& [division, name] : *categories) category_names.insert(name);
  List category_choices;
  for (const auto& name : category_names)
    category_choices.push_back(Object{{"code", name}, {"name", name}, {"selected", name == category}});
  List kinds = choices(site_, lang, kOfferKindNames, offer_kind_label, kind);
  List sides = choices(site_, lang, kSideNames, side_label, side);
  List scopes;
  if (v.principal.signed_in()) {
    auto tab = [&](ListScope s, const char* label) {
      std::string code(name_of(s, kListScopeNames));
      scopes.push_back(Object{{"name", site_.tr(lang, label)},
                              {"href", prefix + "/cluster-profiles" + (s == ListScope::published ? "" : "?scope=" + code)},
                              {"current", s == query.scope}});
    };
    tab(ListScope::published, N_("Published profiles"));
    tab(ListScope::mine, N_("Profiles I edit"));
    if (accounts::allowed(v.principal, accounts::Action::review_cluster_profile, accounts::Target{.areas = {"WG3"}}))
      tab(ListScope::awaiting_review, N_("Awaiting review"));
  }
  // The viewer's organisation's profile, or the way to open one.
  std::string own_href;
  if (v.principal.organisation)
    if (auto own = profiles_.profile_of(v.principal, *v.principal.organisation); own && *own)
      own_href = profile_href(lang, **own);
  bool may_create = own_href.empty() && v.principal.organisation &&
                    profiles_.may_create(v.principal, *v.principal.organisation);
  Object data{{"cards", cards},
              {"has_cards", !cards.empty()},
              {"count_text", cat.translate_count(lang, NP_("{count} cluster profile", "{count} cluster profiles"),
                                                 (long long)cards.size())},
              {"action", prefix + "/cluster-profiles"},
              {"scope", query.scope == ListScope::published ? std::string() : scope},
              {"has_scope", query.scope != ListScope::published},
              {"scopes", scopes},
              {"has_scopes", !scopes.empty()},
              {"divisions", division_groups(site_, lang, {sector}, *categories)},
              {"categories", category_choices},
              {"countries", country_choices(site_, lang, reference_, country)},
              {"kinds", kinds},
              {"sides", sides},
              {"q", query.words},
              {"may_create", may_create},
              {"own_href", own_href},
              {"has_own", !own_href.empty()},
              {"new_href", prefix + "/cluster-profiles/new"},
              {"partner_search_href", prefix + "/partner-search"}};
  return site_.page(r, lang, "cluster_profile_list", site_.tr(lang, N_("Cluster profiles")), std::move(data));
}

}  // namespace cps::web
