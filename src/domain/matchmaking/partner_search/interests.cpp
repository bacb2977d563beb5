// PartnerSearchService: expressions of interest — sending one (with the mail to the cluster's
// editors and contact, in their languages, written with it) and the lists of those sent and
// received.
#include <algorithm>

#include "domain/accounts/policy.hpp"
#include "domain/matchmaking/partner_search/partner_search_service.hpp"
#include "domain/matchmaking/partner_search/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::partner_search {

using accounts::Action;
using accounts::Principal;
using i18n::N_;
using namespace service_parts;

Result<matchmaking::ProfileCard> PartnerSearchService::addressee(const Principal& who, ProfileId profile) {
  if (!who.signed_in() || !accounts::allowed(who, Action::express_interest, accounts::Target{.user = who.user}))
    return std::unexpected(refusal(who));
  auto card = profiles_.published_profile(profile);
  if (!card) return std::unexpected(card.error());
  if (who.organisation && card->profile.organisation == *who.organisation)
    return fail(ErrorKind::unprocessable, N_("This is your own cluster's profile: choose another cluster."), "profile");
  return card;
}

Result<Interest> PartnerSearchService::express_interest(const Principal& who, const InterestInput& input) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  if (!who.signed_in() || !accounts::allowed(who, Action::express_interest, accounts::Target{.user = who.user}))
    return std::unexpected(refusal(who));
  auto message = read_interest_message(input.message);
  if (!message) return std::unexpected(message.error());
  auto card = profiles_.published_profile(input.to_profile);
  if (!card) {
    if (card.error().kind == ErrorKind::not_found)
      return fail(ErrorKind::unprocessable, N_("Choose a published cluster profile."), "profile");
    return std::unexpected(card.error());
  }
  if (who.organisation && card->profile.organisation == *who.organisation)
    return fail(ErrorKind::unprocessable, N_("This is your own cluster's profile: choose another cluster."), "profile");

  Interest interest;
  interest.sender = *who.user;
  interest.sender_name = who.display_name.empty() ? who.label : who.display_name;
  interest.sender_organisation = who.organisation;
  interest.to_profile = card->profile.id;
  interest.to_organisation_name = card->organisation_name("en");
  interest.message = std::move(*message);
  if (input.about) {
    const auto& offers = card->profile.offers_and_needs;
    auto it = std::find_if(offers.begin(), offers.end(), [&](const auto& o) { return o.id == *input.about; });
    // The catalogue shows only offers and needs that have not expired.
    if (it == offers.end())
      return fail(ErrorKind::unprocessable, N_("Choose one of their current offers or needs."), "about");
    interest.about = it->id;
    interest.about_title = it->text("en").title;
  }
  std::string country;
  if (who.organisation) {
    auto org = surroundings_.organisation(*who.organisation);
    if (!org) return std::unexpected(org.error());
    if (*org) {
      interest.sender_organisation_name = (*org)->name;
      country = (*org)->country.str();
    }
    auto own = profiles_.profile_of(*who.organisation);
    if (!own) return std::unexpected(own.error());
    if (*own) interest.from_profile = (*own)->id;
  }

  // The cluster's editors and contact person; its members when it names nobody.
  auto ids = profiles_.recipients(card->profile.id);
  if (!ids) return std::unexpected(ids.error());
  auto to = surroundings_.people(*ids);
  if (!to) return std::unexpected(to.error());
  if (to->empty()) {
    to = surroundings_.members_of(card->profile.organisation);
    if (!to) return std::unexpected(to.error());
  }
  const Seconds at = now();
  interest.sent_at = at;
  std::vector<accounts::OutgoingMail> mails;
  for (const auto& person : *to) {
    std::string about_title;
    if (interest.about)
      for (const auto& o : card->profile.offers_and_needs)
        if (o.id == *interest.about) about_title = o.text(person.language).title;
    MailText text;
    text.subject = N_("{from} is interested in working with {cluster}");
    text.body = interest.about
                    ? N_("{sender} ({from}{country}) would like to work with {cluster} on “{about}”. Their "
                         "message:\n\n{message}\n\nWrite back to {sender} at {email}. Every expression of interest "
                         "your cluster received: {link}")
                    : N_("{sender} ({from}{country}) would like to work with {cluster}. Their message:\n\n"
                         "{message}\n\nWrite back to {sender} at {email}. Every expression of interest your "
                         "cluster received: {link}");
    text.values = {{"sender", interest.sender_name},
                   {"from", interest.sender_organisation_name.empty() ? interest.sender_name
                                                                      : interest.sender_organisation_name},
                   {"country", country.empty() ? "" : ", " + country},
                   {"cluster", card->organisation_name(person.language)},
                   {"about", about_title},
                   {"message", interest.message},
                   {"email", who.label},
                   {"link", surroundings_.address(person, "/partner-search/interests")}};
    mails.push_back(surroundings_.mail_for(person, text));
  }

  auto ok = repository_.transaction([&](PartnerSearchStore& store) -> Status {
    auto recent = store.interests_since(interest.sender, interest.to_profile, at - kInterestEvery);
    if (!recent) return std::unexpected(recent.error());
    if (*recent > 0)
      return fail(ErrorKind::conflict,
                  N_("You expressed interest in this cluster less than a day ago. Wait for their answer, or write "
                     "again tomorrow."),
                  "profile");
    auto id = store.insert_interest(interest);
    if (!id) return std::unexpected(id.error());
    interest.id = *id;
    std::string detail = "interest:" + std::to_string(id->value());
    if (interest.about) detail += " about offer or need " + std::to_string(interest.about->value());
    detail += ", " + std::to_string(mails.size()) + " mail(s)";
    if (auto a = store.append_audit(audit_line(who, "interest_sent", profile_target(interest.to_profile), detail, at));
        !a)
      return a;
    for (const auto& mail : mails)
      if (auto q = store.enqueue_mail(mail, at); !q) return q;
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return interest;
}

Result<Interests> PartnerSearchService::interests(const Principal& who) {
  if (!who.signed_in()) return std::unexpected(refusal(who));
  // The clusters whose mail the person reads: their organisation's (as its staff may edit it)
  // and those that name them as an editor.
  std::vector<ProfileId> clusters;
  if (who.organisation &&
      accounts::allowed(who, Action::edit_cluster_profile, accounts::Target{.organisation = who.organisation})) {
    auto own = profiles_.profile_of(*who.organisation);
    if (!own) return std::unexpected(own.error());
    if (*own) clusters.push_back((*own)->id);
  }
  auto published = profiles_.published_profiles();
  if (!published) return std::unexpected(published.error());
  for (const auto& card : *published) {
    const auto& editors = card.profile.editors;
    if (std::find(editors.begin(), editors.end(), *who.user) != editors.end() &&
        std::find(clusters.begin(), clusters.end(), card.profile.id) == clusters.end())
      clusters.push_back(card.profile.id);
  }
  Interests out;
  auto ok = repository_.read([&](PartnerSearchStore& store) -> Status {
    auto sent = store.interests_sent(*who.user);
    if (!sent) return std::unexpected(sent.error());
    out.sent = std::move(*sent);
    if (!clusters.empty()) {
      auto received = store.interests_received(clusters);
      if (!received) return std::unexpected(received.error());
      out.received = std::move(*received);
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::partner_search
