// The matchmaking hub (a region's needs with the regions that do better and the mentors who
// could help), the mentors' offers with their filters, and one's own offer.
#include <algorithm>
#include <map>
#include <set>

#include "web/feedback_pages.hpp"
#include "web/mentoring/parts.hpp"

namespace cps::web {

using namespace mentoring_parts;

void MentoringPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/matchmaking", page(&MentoringPages::hub));
  router.get("/{lang}/matchmaking/mentors", page(&MentoringPages::mentors));
  router.get("/{lang}/matchmaking/offer", page(&MentoringPages::offer));
  router.add(V::post, "/{lang}/matchmaking/offer", form(&MentoringPages::save_offer));
  router.get("/{lang}/mentoring", page(&MentoringPages::mine));
  router.add(V::post, "/{lang}/mentoring", form(&MentoringPages::create));
  router.get("/{lang}/mentoring/new", page(&MentoringPages::new_request));
  router.get("/{lang}/mentoring/{id}", page(&MentoringPages::pair));
  router.add(V::post, "/{lang}/mentoring/{id}/answer", form(&MentoringPages::answer));
  router.add(V::post, "/{lang}/mentoring/{id}/withdraw", form(&MentoringPages::withdraw));
  router.add(V::post, "/{lang}/mentoring/{id}/goals", form(&MentoringPages::goals));
  router.add(V::post, "/{lang}/mentoring/{id}/meetings", form(&MentoringPages::meeting));
  router.add(V::post, "/{lang}/mentoring/{id}/outcome", form(&MentoringPages::outcome));
  router.add(V::post, "/{lang}/mentoring/{id}/feedback", form(&MentoringPages::feedback));
}

http::Response MentoringPages::hub(http::Request& r, Language lang, const Visit& v) {
  const std::string language(i18n::code(lang));
  std::string region = text::to_upper_ascii(text::trim(r.query_value("region").value_or("")));
  if (region.empty()) {
    auto home = mentoring_.home_region(v.principal);
    if (!home) return site_.error_page(r, home.error());
    if (*home) region = (*home)->str();
  }
  const auto& cat = site_.catalogue();
  List regions;
  reference::RegionQueryInput level_two;
  level_two.level = "2";
  if (auto query = reference_.parse_region_query(level_two, reference::ReferenceService::Paging::all))
    if (auto found = reference_.find_regions(*query))
      for (const auto& rg : found->regions)
        regions.push_back(Object{{"code", rg.code.str()},
                                 {"name", rg.name_latin + " (" + rg.code.str() + ")"},
                                 {"selected", rg.code.str() == region}});
  Object data{{"regions", regions},
              {"action", Site::prefix(lang) + "/matchmaking"},
              {"mentors_href", Site::prefix(lang) + "/matchmaking/mentors"},
              {"offer_href", Site::prefix(lang) + "/matchmaking/offer"},
              {"mine_href", Site::prefix(lang) + "/mentoring"},
              {"partner_search_href", Site::prefix(lang) + "/partner-search"},
              {"cluster_profiles_href", Site::prefix(lang) + "/cluster-profiles"},
              {"signed_in", v.principal.signed_in()},
              {"has_region", !region.empty()}};
  if (!region.empty()) {
    auto peers = mentoring_.peers(v.principal, RegionCode(region), language);
    if (!peers) return site_.error_page(r, peers.error());
    auto titles = topic_titles(mentoring_, lang);
    // A suggestion is a mentor for a need of a region; what people said of it, read in one go.
    auto suggestion_key = [&](const mentoring::MentorOffer& m, const std::string& need) {
      return "mentor:" + std::to_string(m.mentor.value()) + "@" + region + "/" + need;
    };
    std::vector<std::string> keys;
    for (const auto& n : peers->needs)
      for (const auto& m : n.mentors) keys.push_back(suggestion_key(m, n.key));
    std::map<std::string, feedback::Summary> said;
    const bool signed_in = v.principal.signed_in();
    if (signed_in && !keys.empty()) {
      auto summaries = feedback_.summaries(v.principal, feedback::Subject::mentor, keys);
      if (!summaries) return site_.error_page(r, summaries.error());
      for (std::size_t i = 0; i < keys.size() && i < summaries->size(); ++i) said[keys[i]] = (*summaries)[i];
    }
    const std::string here = Site::prefix(lang) + "/matchmaking?region=" + text::encode_uri_component(region);
    List needs;
    for (const auto& n : peers->needs) {
      List peer_regions, mentors;
      for (const auto& p : n.need.peers)
        peer_regions.push_back(Object{{"name", p.name.empty() ? p.region.str() : p.name},
                                      {"code", p.region.str()},
                                      {"level", cat.format_integer(lang, p.level)},
                                      // 0 where the regions' structure was not compared.
                                      {"has_distance", p.distance > 0},
                                      {"distance", cat.format_decimal(lang, p.distance, 2)}});
      for (const auto& m : n.mentors) {
        Object card = offer_card(site_, lang, m, titles, region, n.key);
        if (signed_in) {
          FeedbackSlot slot;
          slot.subject = feedback::Subject::mentor;
          slot.key = suggestion_key(m, n.key);
          slot.label = m.mentor_name + " — " + n.need.title;
          slot.return_to = here;
          if (auto s = said.find(slot.key); s != said.end()) slot.summary = s->second;
          slot.may_give = true;
          card["feedback"] = feedback_slot(site_, lang, slot);
        }
        mentors.push_back(std::move(card));
      }
      needs.push_back(Object{
          {"criterion", n.need.criterion},
          {"title", n.need.title},
          {"figures", text::fill(site_.tr(lang, N_("Current level {current}, target {target}: a gap of {gap}.")),
                                 {{"current", cat.format_integer(lang, n.need.current)},
                                  {"target", cat.format_integer(lang, n.need.target)},
                                  {"gap", cat.format_integer(lang, n.need.gap)}})},
          {"peer_regions", peer_regions},
          {"has_peer_regions", !peer_regions.empty()},
          {"mentors", mentors},
          {"has_mentors", !mentors.empty()},
          {"all_mentors_href", Site::prefix(lang) + "/matchmaking/mentors?topic=" +
                                   text::encode_uri_component("area:" + n.need.area.str())}});
    }
    data["region_name"] = peers->region_name;
    data["region_code"] = peers->region.str();
    data["assessed"] = peers->assessed;
    data["needs"] = needs;
    data["has_needs"] = !needs.empty();
    data["assessments_href"] = Site::prefix(lang) + "/assessments";
  }
  return site_.page(r, lang, "matchmaking", site_.tr(lang, N_("Matchmaking")), std::move(data));
}

http::Response MentoringPages::mentors(http::Request& r, Language lang, const Visit& v) {
  const std::string language(i18n::code(lang));
  MentorFilter filter;
  std::string topic = r.query_value("topic").value_or("");
  std::string spoken = text::to_lower_ascii(r.query_value("language").value_or(""));
  if (is_topic_key(topic)) filter.topic = topic;
  if (!spoken.empty()) filter.language = spoken;
  auto found = mentoring_.mentors(v.principal, filter, language);
  if (!found) return site_.error_page(r, found.error());
  auto titles = topic_titles(mentoring_, lang);
  List cards, topics, languages;
  for (const auto& o : *found) cards.push_back(offer_card(site_, lang, o, titles, "", ""));
  if (auto all = mentoring_.topics(language))
    for (const auto& t : *all)
      topics.push_back(Object{{"key", t.key},
                              {"title", (t.key.starts_with("area:") ? t.key.substr(5) : "  " + t.key.substr(10)) + " · " + t.title},
                              {"selected", t.key == topic}});
  // The languages mentors offer, whatever the filter.
  std::set<std::string> offered;
  if (auto all = mentoring_.mentors(v.principal, {}, language))
    for (const auto& o : *all) offered.insert(o.languages.begin(), o.languages.end());
  for (const auto& l : offered)
    languages.push_back(Object{{"code", l}, {"name", language_name(l, lang)}, {"selected", l == spoken}});
  Object data{{"cards", cards},
              {"has_cards", !cards.empty()},
              {"count_text", text::fill(site_.tr(lang, N_("Mentors found: {n}")),
                                        {{"n", site_.catalogue().format_integer(lang, (long long)cards.size())}})},
              {"topics", topics},
              {"languages", languages},
              {"action", Site::prefix(lang) + "/matchmaking/mentors"},
              {"hub_href", Site::prefix(lang) + "/matchmaking"},
              {"offer_href", Site::prefix(lang) + "/matchmaking/offer"}};
  return site_.page(r, lang, "matchmaking_mentors", site_.tr(lang, N_("Mentors")), std::move(data));
}

http::Response MentoringPages::offer(http::Request& r, Language lang, const Visit& v) {
  return offer_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response MentoringPages::save_offer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  boost::json::array topics;
  for (const auto& t : f.all("topics")) topics.emplace_back(t);
  boost::json::object given{{"topics", std::move(topics)},
                            {"capacity", f.get("capacity")},
                            {"languages", f.get("languages")},
                            {"availability", f.get("availability")},
                            {"active", f.get("active") == "true" ? "true" : "false"}};
  auto input = read_offer(given);
  if (!input) return offer_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto saved = mentoring_.save_offer(v.principal, std::move(*input));
  if (!saved) return offer_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, Site::prefix(lang) + "/matchmaking/offer?done=saved");
}

http::Response MentoringPages::offer_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                          Object extra, Status status) {
  if (!v.principal.signed_in())
    return see_other(site_, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(Site::prefix(lang) + "/matchmaking/offer"));
  Object data{{"hub_href", Site::prefix(lang) + "/matchmaking"},
              {"mentors_href", Site::prefix(lang) + "/matchmaking/mentors"},
              {"action", Site::prefix(lang) + "/matchmaking/offer"}};
  auto may = mentoring_.may_offer(v.principal);
  data["may_offer"] = may.has_value();
  if (!may) data["refusal"] = site_.tr(lang, may.error().message);
  auto mine = mentoring_.my_offer(v.principal);
  if (!mine) return site_.error_page(r, mine.error());
  const MentorOffer* shown = *mine ? &**mine : nullptr;
  std::vector<std::string> chosen = typed ? typed->all("topics") : (shown ? shown->topics : std::vector<std::string>{});
  List topics;
  if (auto all = mentoring_.topics(std::string(i18n::code(lang))))
    for (const auto& t : *all) {
      bool area = t.key.starts_with("area:");
      std::string code = t.key.substr(t.key.find(':') + 1);
      topics.push_back(Object{{"key", t.key},
                              {"id", "topic-" + code},
                              {"label", code + " · " + t.title},
                              {"area", area},
                              {"checked", std::find(chosen.begin(), chosen.end(), t.key) != chosen.end()}});
    }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  std::string languages;
  if (shown)
    for (const auto& l : shown->languages) languages += (languages.empty() ? "" : ", ") + l;
  data["topics"] = topics;
  data["capacity"] = field("capacity", shown ? std::to_string(shown->capacity) : "1");
  data["languages"] = field("languages", languages);
  data["availability"] = field("availability", shown ? shown->availability : "");
  data["active"] = typed ? typed->get("active") == "true" : (shown ? shown->active : true);
  data["has_offer"] = shown != nullptr;
  if (shown)
    data["open_pairs_text"] = text::fill(site_.tr(lang, N_("You mentor {open} of {capacity} pairs now.")),
                                         {{"open", std::to_string(shown->open_pairs)},
                                          {"capacity", std::to_string(shown->capacity)}});
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("Your mentor offer is saved."));
  merge(data, std::move(extra));
  return site_.page(r, lang, "matchmaking_offer", site_.tr(lang, N_("My mentor offer")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
