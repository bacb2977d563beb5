// An offer or a need of a profile on a page of its own (its side and kind, the English words
// and one other language version, the sectors and countries it concerns, its expiry), its
// deletion, and the editors' form.
#include "domain/knowledge/knowledge.hpp"
#include "domain/matchmaking/profile_input.hpp"
#include "web/cluster_profile/parts.hpp"
#include "web/knowledge_labels.hpp"

namespace cps::web {

namespace {

json::object typed_offer(const Form& f, const OfferNeed* shown) {
  const std::string other = text::to_lower_ascii(text::trim(f.get("other_language")));
  json::array texts;
  texts.push_back(json::object{{"language", "en"}, {"title", f.get("title_en")}, {"description", f.get("description_en")}});
  if (shown)
    for (const auto& t : shown->texts)
      if (t.language != "en" && t.language != other)
        texts.push_back(json::object{{"language", t.language}, {"title", t.title}, {"description", t.description}});
  if (!other.empty() && other != "en" && !text::trim(f.get("other_title")).empty())
    texts.push_back(json::object{{"language", other}, {"title", f.get("other_title")}, {"description", f.get("other_description")}});
  return json::object{{"side", f.get("side")},
                      {"kind", f.get("kind")},
                      {"texts", texts},
                      {"sectors", json_texts(f.all("sectors"))},
                      {"countries", json_texts(split_list(text::to_upper_ascii(f.get("countries"))))},
                      {"expires_on", text::trim(f.get("expires_on"))}};
}

const OfferNeed* offer_of(const ProfileView& view, const http::Request& r) {
  auto id = http::path_id<OfferNeedId>(r, "oid");
  if (!id) return nullptr;
  for (const auto& o : view.card.profile.offers_and_needs)
    if (o.id == *id) return &o;
  return nullptr;
}

}  // namespace

http::Response ClusterProfilePages::new_offer(http::Request& r, Language lang, const Visit& v) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  if (!found->can.edit) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return offer_page(r, lang, v, *found, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::add_offer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  auto input = read_offer(json::value(typed_offer(f, nullptr)));
  if (!input) return offer_page(r, lang, v, *found, nullptr, &f, form_error_of(site_, lang, input.error()), form_status(input.error()));
  auto saved = profiles_.add_offer(v.principal, found->card.profile.id, revision_of(f), std::move(*input));
  if (!saved) return offer_page(r, lang, v, *found, nullptr, &f, form_error_of(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, profile_href(lang, found->card.profile.id) + "?done=offer");
}

http::Response ClusterProfilePages::edit_offer(http::Request& r, Language lang, const Visit& v) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  const OfferNeed* offer = offer_of(*found, r);
  if (!offer || !found->can.edit) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  return offer_page(r, lang, v, *found, offer, nullptr, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::save_offer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  const OfferNeed* offer = offer_of(*found, r);
  if (!offer) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_offer(json::value(typed_offer(f, offer)));
  if (!input) return offer_page(r, lang, v, *found, offer, &f, form_error_of(site_, lang, input.error()), form_status(input.error()));
  auto saved = profiles_.save_offer(v.principal, found->card.profile.id, revision_of(f), offer->id, std::move(*input));
  if (!saved) return offer_page(r, lang, v, *found, offer, &f, form_error_of(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, profile_href(lang, found->card.profile.id) + "?done=offer");
}

http::Response ClusterProfilePages::delete_offer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ProfileId>(r, "id");
  auto offer = http::path_id<OfferNeedId>(r, "oid");
  if (!id || !offer) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = profiles_.delete_offer(v.principal, *id, revision_of(f), *offer);
  if (!done) return profile_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, profile_href(lang, *id) + "?done=deleted");
}

http::Response ClusterProfilePages::offer_page(http::Request& r, Language lang, const Visit& v, const ProfileView& shown,
                                               const OfferNeed* offer, const Form* typed, Object extra, Status status) {
  (void)v;
  const ClusterProfile& p = shown.card.profile;
  const std::string base = profile_href(lang, p.id);
  std::string other = typed ? typed->get("other_language") : "";
  const OfferText* english = nullptr;
  const OfferText* other_text = nullptr;
  if (offer) {
    for (const auto& t : offer->texts) {
      if (t.language == "en") english = &t;
      if (!typed && other.empty() && t.language != "en") other = t.language;
    }
    for (const auto& t : offer->texts)
      if (t.language == other) other_text = &t;
  }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  std::set<std::string> chosen;
  if (typed)
    for (const auto& s : typed->all("sectors")) chosen.insert(s);
  else if (offer)
    for (const auto& d : offer->divisions) chosen.insert(d);
  auto categories = profiles_.cluster_categories();
  if (!categories) return site_.error_page(r, categories.error());
  List other_languages;
  for (auto code : knowledge::kContentLanguages)
    if (code != "en")
      other_languages.push_back(Object{{"code", std::string(code)}, {"name", std::string(language_endonym(code))},
                                       {"selected", code == other}});
  std::string side = typed ? typed->get("side") : std::string(name_of(offer ? offer->side : Side::offer, kSideNames));
  if (!typed && !offer && r.query_value("side").value_or("") == "need") side = "need";
  List sides;
  for (const auto& n : kSideNames)
    sides.push_back(Object{{"code", std::string(n.name)}, {"name", site_.tr(lang, side_label(n.value))}, {"checked", n.name == side}});
  std::string kind = typed ? typed->get("kind") : std::string(name_of(offer ? offer->kind : OfferKind::capability, kOfferKindNames));
  std::string countries;
  if (offer)
    for (const auto& c : offer->countries) countries += (countries.empty() ? "" : ", ") + c.str();
  Object data{{"is_new", offer == nullptr},
              {"action", offer ? base + "/offers/" + std::to_string(offer->id.value()) : base + "/offers"},
              {"cancel_href", base},
              {"list_href", Site::prefix(lang) + "/cluster-profiles"},
              {"profile_name", shown.card.organisation_name(std::string(i18n::code(lang)))},
              {"revision", std::to_string(p.revision)},
              {"sides", sides},
              {"kinds", choices(site_, lang, kOfferKindNames, offer_kind_label, kind)},
              {"title_en", field("title_en", english ? english->title : "")},
              {"description_en", field("description_en", english ? english->description : "")},
              {"other_languages", other_languages},
              {"other_title", field("other_title", other_text ? other_text->title : "")},
              {"other_description", field("other_description", other_text ? other_text->description : "")},
              {"divisions", division_groups(site_, lang, chosen, *categories)},
              {"countries", field("countries", countries)},
              {"expires_on", field("expires_on", offer ? offer->expires_on : "")},
              {"today", shown.today}};
  merge(data, std::move(extra));
  std::string title = offer ? site_.tr(lang, N_("Edit the offer or need")) : site_.tr(lang, N_("New offer or need"));
  return site_.page(r, lang, "cluster_profile_offer", title, std::move(data), PageOptions{status, {}, {}});
}

http::Response ClusterProfilePages::editors(http::Request& r, Language lang, const Visit& v) {
  return editors_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::save_editors(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ProfileId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::array emails;
  for (const auto& e : split_list(f.get("editors") + "\n" + f.get("add")))
    for (const auto& each : split_list(e)) emails.push_back(json::value(each));
  auto input = read_editors(json::value(json::object{{"editors", emails}}));
  if (!input) return editors_page(r, lang, v, &f, form_error_of(site_, lang, input.error()), form_status(input.error()));
  auto saved = profiles_.set_editors(v.principal, *id, revision_of(f), *input);
  if (!saved) return editors_page(r, lang, v, &f, form_error_of(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, profile_href(lang, *id) + "?done=editors");
}

http::Response ClusterProfilePages::editors_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                                 Object extra, Status status) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  if (!found->can.edit) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  std::string current;
  for (const auto& e : found->editors) current += (current.empty() ? "" : "\n") + e.email;
  Object data{{"action", profile_href(lang, found->card.profile.id) + "/editors"},
              {"cancel_href", profile_href(lang, found->card.profile.id)},
              {"list_href", Site::prefix(lang) + "/cluster-profiles"},
              {"profile_name", found->card.organisation_name(std::string(i18n::code(lang)))},
              {"revision", std::to_string(found->card.profile.revision)},
              {"editors", typed ? typed->get("editors") : current},
              {"add", typed ? typed->get("add") : std::string()}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "cluster_profile_editors", site_.tr(lang, N_("Editors of the profile")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
