// Cluster profiles as JSON (see cluster_profile_json.hpp).
#include "api/cluster_profile_json.hpp"

#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::matchmaking;

namespace {

template <class E, std::size_t N>
json::value name(E value, const EnumName<E> (&names)[N]) {
  return json::value(std::string(name_of(value, names)));
}

json::array strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.push_back(json::value(v));
  return out;
}

json::value moment(Seconds t) { return t ? json::value(text::utc_timestamp(t)) : json::value(nullptr); }

json::object offer_json(const OfferNeed& o, const std::string& language, const std::string& today) {
  json::array texts, countries;
  for (const auto& t : o.texts)
    texts.push_back(json::object{{"language", t.language}, {"title", t.title}, {"description", t.description}});
  for (const auto& c : o.countries) countries.push_back(json::value(c.str()));
  const OfferText& shown = o.text(language);
  return json::object{{"id", o.id.value()},
                      {"side", name(o.side, kSideNames)},
                      {"kind", name(o.kind, kOfferKindNames)},
                      {"title", shown.title},
                      {"description", shown.description},
                      {"language", shown.language},
                      {"texts", texts},
                      {"sectors", strings(o.divisions)},
                      {"countries", countries},
                      {"expires_on", o.expires_on},
                      {"expired", !o.current(today)},
                      {"created_at", moment(o.created_at)},
                      {"renewed_at", moment(o.renewed_at)}};
}

json::object card_fields(const ProfileCard& card, const std::string& language, const std::string& today) {
  const ClusterProfile& p = card.profile;
  json::array sectors, offers;
  for (const auto& s : p.sectors)
    sectors.push_back(json::object{{"division", s.division}, {"section", std::string(1, s.section)},
                                   {"category", s.category.empty() ? json::value(nullptr) : json::value(s.category)}});
  for (const auto& o : p.offers_and_needs) offers.push_back(offer_json(o, language, today));
  json::object members{{"smes", p.members.smes},
                       {"large_firms", p.members.large_firms},
                       {"research", p.members.research},
                       {"education", p.members.education},
                       {"public_bodies", p.members.public_bodies},
                       {"other", p.members.other},
                       {"total", p.members.total()}};
  const ProfileText& t = p.text(language);
  return json::object{
      {"id", p.id.value()},
      {"href", cluster_profile_href(p.id)},
      {"page", "/" + language + "/cluster-profiles/" + std::to_string(p.id.value())},
      {"organisation", json::object{{"id", p.organisation.value()},
                                    {"slug", card.organisation_slug},
                                    {"name", card.organisation_name(language)},
                                    {"country", card.country.str()},
                                    {"region", card.region ? json::value(card.region->str()) : json::value(nullptr)}}},
      {"status", name(p.status, kProfileStatusNames)},
      {"tagline", t.tagline},
      {"language", t.language},
      {"sectors", sectors},
      {"value_chain", name(p.value_chain, kValueChainPositionNames)},
      {"technologies", strings(p.technologies)},
      {"members", members},
      {"languages", strings(p.languages)},
      {"label", name(p.label, kExcellenceLabelNames)},
      {"offers_and_needs", offers}};
}

json::value contact_json(const Contact& c, bool shown) {
  if (!shown) return json::object{{"visibility", name(c.visibility, kContactVisibilityNames)}, {"shown", false}};
  return json::object{{"person", c.person}, {"email", c.email}, {"phone", c.phone},
                      {"visibility", name(c.visibility, kContactVisibilityNames)}, {"shown", true}};
}

}  // namespace

std::string cluster_profile_href(ProfileId id) { return "/api/v1/cluster-profiles/" + std::to_string(id.value()); }

json::object cluster_profile_card_json(const ProfileCard& card, const std::string& language) {
  // Lists give current offers only; "today" makes none of them expired.
  json::object out = card_fields(card, language, "");
  bool shown = !card.profile.contact.email.empty();
  out["contact"] = contact_json(card.profile.contact, shown);
  return out;
}

json::object cluster_profile_json(const ProfileView& view, const std::string& language) {
  const ClusterProfile& p = view.card.profile;
  json::object out = card_fields(view.card, language, view.today);
  json::array texts, editors;
  for (const auto& t : p.texts)
    texts.push_back(json::object{{"language", t.language}, {"tagline", t.tagline}, {"description", t.description}});
  out["texts"] = texts;
  out["description"] = p.text(language).description;
  out["founded"] = p.founded ? json::value(*p.founded) : json::value(nullptr);
  out["staff"] = p.staff;
  out["website"] = p.website;
  out["contact"] = contact_json(p.contact, view.contact_shown == ContactShown::shown);
  out["revision"] = p.revision;
  out["followers"] = view.followers;
  out["following"] = view.following;
  if (view.can.edit) {
    for (const auto& e : view.editors)
      editors.push_back(json::object{{"id", e.id.value()}, {"name", e.display_name}, {"email", e.email}});
    out["editors"] = editors;
    out["review_note"] = p.review_note;
  }
  out["may"] = json::object{{"edit", view.can.edit},
                            {"submit", view.can.submit},
                            {"review", view.can.review},
                            {"follow", view.can.follow},
                            {"unfollow", view.can.unfollow}};
  out["created_at"] = moment(p.created_at);
  out["updated_at"] = moment(p.updated_at);
  out["published_at"] = moment(p.published_at);
  return out;
}

}  // namespace cps::api
