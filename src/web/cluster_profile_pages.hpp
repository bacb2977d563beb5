// Pages of cluster profiles: the list with its filters (sector, category, country, offer or
// need, words; the viewer's own and those awaiting review), a profile with its offers and
// needs, contact details as their owners allow, following and review; the forms of the
// profile, of an offer or need, and of its editors. What the viewer may do is the service's
// Capabilities; the service checks it again. The handlers live in web/cluster_profile/.
#pragma once

#include "domain/matchmaking/profile_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class ClusterProfilePages {
 public:
  ClusterProfilePages(const Site& site, matchmaking::ClusterProfileService& profiles,
                      reference::ReferenceService& reference)
      : site_(site), profiles_(profiles), reference_(reference) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // routes.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  // profile.cpp
  http::Response profile(http::Request& r, Language lang, const Visit& v);
  http::Response of_organisation(http::Request& r, Language lang, const Visit& v);
  http::Response follow(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response unfollow(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response submit(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response publish(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response send_back(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response renew(http::Request& r, Language lang, const Visit& v, const Form& f);
  // form.cpp
  http::Response new_profile(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit(http::Request& r, Language lang, const Visit& v);
  http::Response save(http::Request& r, Language lang, const Visit& v, const Form& f);
  // offers.cpp
  http::Response new_offer(http::Request& r, Language lang, const Visit& v);
  http::Response add_offer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit_offer(http::Request& r, Language lang, const Visit& v);
  http::Response save_offer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response delete_offer(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response editors(http::Request& r, Language lang, const Visit& v);
  http::Response save_editors(http::Request& r, Language lang, const Visit& v, const Form& f);

  // Each page built from the profile the address names; `typed` (a refused form) fills the
  // fields again so that nothing typed is lost, `extra` holds the refusal's message.
  http::Response profile_page(http::Request& r, Language lang, const Visit& v, Object extra, Status status);
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const matchmaking::ProfileView* shown,
                           const Form* typed, Object extra, Status status);
  http::Response offer_page(http::Request& r, Language lang, const Visit& v, const matchmaking::ProfileView& shown,
                            const matchmaking::OfferNeed* offer, const Form* typed, Object extra, Status status);
  http::Response editors_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                              Status status);
  // The profile of the address as the viewer may see it (not found for a bad address).
  Result<matchmaking::ProfileView> load(const http::Request& r, const Visit& v);

  const Site& site_;
  matchmaking::ClusterProfileService& profiles_;
  reference::ReferenceService& reference_;
};

}  // namespace cps::web
