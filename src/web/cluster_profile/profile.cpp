// One cluster profile: who the cluster is (sectors, value chain, members, technologies,
// languages, label), its offers and needs (expired ones only for its editors, with renewal),
// the contact details as their owners allow, following, and the review steps; and the way
// from an organisation's page to its profile.
#include <charconv>

#include "domain/matchmaking/profile_input.hpp"
#include "web/cluster_profile/parts.hpp"
#include "web/knowledge_labels.hpp"
#include "web/markdown.hpp"

namespace cps::web {

namespace {

const char* notice_of(std::string_view done) {
  if (done == "created") return N_("The profile is saved as a draft. Add its offers and needs, then send it for review.");
  if (done == "saved") return N_("The profile is saved.");
  if (done == "offer") return N_("The offer or need is saved.");
  if (done == "deleted") return N_("The offer or need is deleted.");
  if (done == "renewed") return N_("The offers and needs are renewed for a year.");
  if (done == "submitted") return N_("The profile is sent for review.");
  if (done == "published") return N_("The profile is published.");
  if (done == "sent_back") return N_("The profile is sent back to its editors with your note.");
  if (done == "editors") return N_("The editors are saved.");
  if (done == "followed") return N_("You follow this profile: you get an e-mail when it changes or gains an offer or a need.");
  if (done == "unfollowed") return N_("You no longer follow this profile.");
  return nullptr;
}

// A date YYYY-MM-DD as the language writes it.
std::string day_text(const i18n::Catalogue& cat, i18n::Language lang, const std::string& date) {
  if (!is_calendar_date(date)) return date;
  int y = 0;
  unsigned m = 0, d = 0;
  std::from_chars(date.data(), date.data() + 4, y);
  std::from_chars(date.data() + 5, date.data() + 7, m);
  std::from_chars(date.data() + 8, date.data() + 10, d);
  return cat.format_date(lang, std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}});
}

}  // namespace

Result<ProfileView> ClusterProfilePages::load(const http::Request& r, const Visit& v) {
  auto id = http::path_id<ProfileId>(r, "id");
  if (!id) return fail(ErrorKind::not_found, "Not found.");
  return profiles_.profile(v.principal, *id);
}

http::Response ClusterProfilePages::profile(http::Request& r, Language lang, const Visit& v) {
  return profile_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::of_organisation(http::Request& r, Language lang, const Visit& v) {
  auto organisation = http::path_id<accounts::OrganisationId>(r, "id");
  if (!organisation) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto id = profiles_.profile_of(v.principal, *organisation);
  if (!id) return site_.error_page(r, id.error());
  if (*id) return see_other(site_, r, profile_href(lang, **id));
  if (profiles_.may_create(v.principal, *organisation))
    return see_other(site_, r, Site::prefix(lang) + "/cluster-profiles/new?organisation=" +
                                   std::to_string(organisation->value()));
  return site_.page(r, lang, "notice", site_.tr(lang, N_("No cluster profile yet")),
                    Object{{"heading", site_.tr(lang, N_("No cluster profile yet"))},
                           {"text", site_.tr(lang, N_("This organisation has not published a cluster profile yet."))},
                           {"home_href", Site::prefix(lang) + "/cluster-profiles"}},
                    PageOptions{bhttp::status::not_found, {}, {}});
}

// The review steps, renewals and following: one service call each, back to the profile.
#define CPS_PROFILE_STEP(name, call, done)                                                            \
  http::Response ClusterProfilePages::name(http::Request& r, Language lang, const Visit& v, const Form& f) { \
    auto id = http::path_id<ProfileId>(r, "id");                                                      \
    if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});                   \
    [[maybe_unused]] const int revision = revision_of(f);                                             \
    auto result = call;                                                                               \
    if (!result) return profile_page(r, lang, v, form_error(site_, lang, result.error()), form_status(result.error())); \
    return see_other(site_, r, profile_href(lang, *id) + "?done=" done);                              \
  }

CPS_PROFILE_STEP(follow, profiles_.follow(v.principal, *id), "followed")
CPS_PROFILE_STEP(unfollow, profiles_.unfollow(v.principal, *id), "unfollowed")
CPS_PROFILE_STEP(submit, profiles_.submit(v.principal, *id, revision), "submitted")
CPS_PROFILE_STEP(publish, profiles_.publish(v.principal, *id, revision), "published")
CPS_PROFILE_STEP(send_back, profiles_.send_back(v.principal, *id, revision, f.get("note")), "sent_back")
CPS_PROFILE_STEP(renew, profiles_.renew(v.principal, *id, revision, {}), "renewed")

#undef CPS_PROFILE_STEP

http::Response ClusterProfilePages::profile_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                                 Status status) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  const ProfileView& view = *found;
  const ProfileCard& card = view.card;
  const ClusterProfile& p = card.profile;
  const auto& cat = site_.catalogue();
  const std::string language(i18n::code(lang));
  const std::string prefix = Site::prefix(lang);
  const std::string base = profile_href(lang, p.id);
  const ProfileText& t = p.text(language);

  List sectors;
  for (const auto& s : p.sectors) {
    std::string section(1, s.section);
    sectors.push_back(Object{{"division", s.division},
                             {"category", s.category},
                             {"has_category", !s.category.empty()},
                             {"href", prefix + "/cluster-profiles?sector=" + s.division}});
  }
  List members;
  for (const auto& m : kMemberTypes)
    if (p.members.*m.count > 0)
      members.push_back(Object{{"label", site_.tr(lang, m.label)}, {"count", cat.format_integer(lang, p.members.*m.count)}});
  List technologies, languages;
  for (const auto& tag : p.technologies) technologies.push_back(Object{{"name", tag}});
  for (const auto& l : p.languages) languages.push_back(Object{{"code", l}, {"name", std::string(language_endonym(l))}});

  auto offers_of = [&](Side side) {
    List out;
    for (const auto& o : p.offers_and_needs) {
      if (o.side != side) continue;
      const OfferText& ot = o.text(language);
      List o_sectors, o_countries;
      for (const auto& d : o.divisions) o_sectors.push_back(Object{{"division", d}});
      for (const auto& c : o.countries) o_countries.push_back(Object{{"name", country_text(site_, lang, c)}});
      bool expired = !o.current(view.today);
      out.push_back(Object{{"id", std::to_string(o.id.value())},
                           {"kind", site_.tr(lang, offer_kind_label(o.kind))},
                           {"title", ot.title},
                           {"description", ot.description},
                           {"has_description", !ot.description.empty()},
                           {"text_lang", ot.language},
                           {"sectors", o_sectors},
                           {"has_sectors", !o_sectors.empty()},
                           {"countries", o_countries},
                           {"has_countries", !o_countries.empty()},
                           {"expires", day_text(cat, lang, o.expires_on)},
                           {"expired", expired},
                           {"edit_href", base + "/offers/" + std::to_string(o.id.value())},
                           {"delete_action", base + "/offers/" + std::to_string(o.id.value()) + "/delete"}});
    }
    return out;
  };
  List offers = offers_of(Side::offer), needs = offers_of(Side::need);
  bool any_expired = false;
  for (const auto& o : p.offers_and_needs) any_expired = any_expired || !o.current(view.today);

  List editors;
  for (const auto& e : view.editors)
    editors.push_back(Object{{"name", e.display_name}, {"email", e.email}, {"has_email", !e.email.empty()}});

  const char* contact_note = nullptr;
  if (view.contact_shown == ContactShown::for_members) contact_note = N_("Sign in to see the contact details.");
  if (view.contact_shown == ContactShown::on_request)
    contact_note = N_("The cluster shares its contact details on request: write to it through the platform.");
  std::string place = country_text(site_, lang, card.country);
  std::string place_href = prefix + "/regions/" + card.country.str();
  if (card.region) {
    place = region_text(reference_, *card.region) + ", " + place;
    place_href = prefix + "/regions/" + card.region->str();
  }
  std::string done = r.query_value("done").value_or("");
  Object data{
      {"list_href", prefix + "/cluster-profiles"},
      {"name", card.organisation_name(language)},
      {"organisation_href", prefix + "/organisations/" + std::to_string(p.organisation.value())},
      {"tagline", t.tagline},
      {"text_lang", t.language},
      {"description_html", render_markdown(t.description)},
      {"has_description", !t.description.empty()},
      {"shown_in_other_language", t.language != language},
      {"status", site_.tr(lang, profile_status_label(p.status))},
      {"status_code", std::string(name_of(p.status, kProfileStatusNames))},
      {"not_published", p.status != ProfileStatus::published},
      {"place", place},
      {"place_href", place_href},
      {"sectors", sectors},
      {"value_chain", site_.tr(lang, value_chain_label(p.value_chain))},
      {"members", members},
      {"has_members", !members.empty()},
      {"members_total", cat.translate_count(lang, NP_("{count} member", "{count} members"), (long long)p.members.total())},
      {"technologies", technologies},
      {"has_technologies", !technologies.empty()},
      {"languages", languages},
      {"founded", p.founded ? std::to_string(*p.founded) : std::string()},
      {"has_founded", p.founded.has_value()},
      {"staff", cat.format_integer(lang, p.staff)},
      {"has_label", p.label != ExcellenceLabel::none},
      {"label", site_.tr(lang, excellence_label_label(p.label))},
      {"website", p.website},
      {"has_website", !p.website.empty()},
      {"contact_shown", view.contact_shown == ContactShown::shown},
      {"contact_person", p.contact.person},
      {"contact_email", p.contact.email},
      {"contact_phone", p.contact.phone},
      {"has_contact_phone", !p.contact.phone.empty()},
      {"has_contact_person", !p.contact.person.empty()},
      {"contact_note", contact_note ? site_.tr(lang, contact_note) : std::string()},
      {"has_contact_note", contact_note != nullptr},
      {"interest_href", prefix + "/partner-search/interest?profile=" + std::to_string(p.id.value())},
      {"offers", offers},
      {"has_offers", !offers.empty()},
      {"needs", needs},
      {"has_needs", !needs.empty()},
      {"any_expired", any_expired},
      {"followers", cat.translate_count(lang, NP_("{count} follower", "{count} followers"), (long long)view.followers)},
      {"editors", editors},
      {"has_editors", !editors.empty()},
      {"review_note", p.review_note},
      {"has_review_note", !p.review_note.empty() && view.can.edit},
      {"revision", std::to_string(p.revision)},
      {"can_edit", view.can.edit},
      {"can_submit", view.can.submit},
      {"can_publish", view.can.review && p.status == ProfileStatus::in_review},
      {"can_send_back", view.can.review},
      {"can_follow", view.can.follow},
      {"can_unfollow", view.can.unfollow},
      {"sign_in_to_follow", !v.principal.signed_in() && p.status == ProfileStatus::published},
      {"sign_in_href", prefix + "/login?next=" + text::encode_uri_component(base)},
      {"edit_href", base + "/edit"},
      {"new_offer_href", base + "/offers/new"},
      {"editors_href", base + "/editors"},
      {"submit_action", base + "/submit"},
      {"publish_action", base + "/publish"},
      {"send_back_action", base + "/send-back"},
      {"renew_action", base + "/renew"},
      {"follow_action", base + "/follow"},
      {"unfollow_action", base + "/unfollow"},
      {"partner_search_href", prefix + "/partner-search"}};
  if (const char* notice = notice_of(done)) data["notice"] = site_.tr(lang, notice);
  merge(data, std::move(extra));
  return site_.page(r, lang, "cluster_profile", card.organisation_name(language), std::move(data),
                    PageOptions{status, t.tagline, {}});
}

}  // namespace cps::web
