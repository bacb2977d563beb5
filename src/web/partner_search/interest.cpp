// Expressions of interest: the form to one cluster (about one of its current offers or needs,
// or the cluster as a whole), sending it, and the lists of those sent and received.
#include <chrono>

#include "web/partner_search/parts.hpp"

namespace cps::web {

namespace {

std::string day_text(const Site& site, i18n::Language lang, Seconds at) {
  return site.catalogue().format_date(lang, std::chrono::sys_days(std::chrono::days(at / 86400)));
}

}  // namespace

http::Response PartnerSearchPages::interest_form(http::Request& r, Language lang, const Visit& v) {
  return interest_page(r, lang, v, r.query_value("profile").value_or(""), r.query_value("about").value_or(""), "", {},
                       bhttp::status::ok);
}

http::Response PartnerSearchPages::send_interest(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto profile = text::parse_int(f.get("profile"));
  if (!profile || *profile < 1) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  InterestInput input{ProfileId(*profile), std::nullopt, f.get("message")};
  if (auto about = text::parse_int(f.get("about")); about && *about > 0) input.about = OfferNeedId(*about);
  auto sent = service_.express_interest(v.principal, input);
  if (!sent)
    return interest_page(r, lang, v, f.get("profile"), f.get("about"), f.get("message"),
                         form_error(site_, lang, sent.error()), form_status(sent.error()));
  return see_other(site_, r, Site::prefix(lang) + "/partner-search/interests?done=sent");
}

http::Response PartnerSearchPages::interest_page(http::Request& r, Language lang, const Visit& v,
                                                 const std::string& profile, const std::string& about,
                                                 const std::string& message, Object extra, Status status) {
  auto id = text::parse_int(profile);
  if (!id || *id < 1) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto card = service_.addressee(v.principal, ProfileId(*id));
  if (!card) return site_.error_page(r, card.error());
  const std::string language(i18n::code(lang));
  const std::string prefix = Site::prefix(lang);
  List choices;
  for (const auto& o : card->profile.offers_and_needs) {
    const auto& t = o.text(language);
    choices.push_back(Object{{"id", std::to_string(o.id.value())},
                             {"title", t.title},
                             {"language", t.language},
                             {"side", site_.tr(lang, side_label(o.side))},
                             {"selected", std::to_string(o.id.value()) == about}});
  }
  const auto countries = country_names(site_, reference_, lang);
  auto country = countries.find(card->country.str());
  std::string name = card->organisation_name(language);
  Object data{{"action", prefix + "/partner-search/interest"},
              {"profile", std::to_string(*id)},
              {"organisation", name},
              {"country", country == countries.end() ? card->country.str() : country->second},
              {"profile_href", prefix + "/cluster-profiles/" + std::to_string(*id)},
              {"search_href", prefix + "/partner-search"},
              {"choices", choices},
              {"none_selected", about.empty()},
              {"message", message}};
  merge(data, std::move(extra));
  std::string title = text::fill(site_.tr(lang, N_("Expression of interest to {cluster}")), {{"cluster", name}});
  return site_.page(r, lang, "partner_search_interest", title, std::move(data), PageOptions{status, {}, {}});
}

http::Response PartnerSearchPages::interests(http::Request& r, Language lang, const Visit& v) {
  auto found = service_.interests(v.principal);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  auto rows = [&](const std::vector<Interest>& list, bool sent) {
    List out;
    for (const auto& i : list)
      out.push_back(Object{{"day", day_text(site_, lang, i.sent_at)},
                           {"cluster", i.to_organisation_name},
                           {"profile_href", prefix + "/cluster-profiles/" + std::to_string(i.to_profile.value())},
                           {"sender", i.sender_name},
                           {"sender_organisation", i.sender_organisation_name},
                           {"has_sender_organisation", !i.sender_organisation_name.empty()},
                           {"from_href", i.from_profile ? prefix + "/cluster-profiles/" + std::to_string(i.from_profile->value())
                                                        : std::string()},
                           {"has_from", i.from_profile.has_value() && !sent},
                           {"about", i.about_title},
                           {"has_about", !i.about_title.empty()},
                           {"message", i.message}});
    return out;
  };
  List sent = rows(found->sent, true), received = rows(found->received, false);
  Object data{{"sent", sent},
              {"has_sent", !sent.empty()},
              {"received", received},
              {"has_received", !received.empty()},
              {"search_href", prefix + "/partner-search"}};
  if (r.query_value("done").value_or("") == "sent")
    data["notice"] = site_.tr(lang, N_("Your expression of interest is sent: the cluster's editors have it by e-mail."));
  return site_.page(r, lang, "partner_search_interests", site_.tr(lang, N_("Expressions of interest")), std::move(data));
}

}  // namespace cps::web
