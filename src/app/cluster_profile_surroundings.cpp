// The cluster profiles' port adapted to the accounts, the division table and the outbox (see
// cluster_profile_surroundings.hpp).
#include "app/cluster_profile_surroundings.hpp"

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"

namespace cps::app {

namespace {

matchmaking::OrganisationRef ref_of(const accounts::Organisation& o) {
  matchmaking::OrganisationRef r;
  r.id = o.id;
  r.slug = o.slug;
  r.names.push_back({"en", o.text("en").name});
  for (const auto& t : o.texts)
    if (t.lang != "en") r.names.push_back({t.lang, t.name});
  r.country = o.country;
  r.region = o.region;
  r.contact = o.contact;
  return r;
}

std::optional<matchmaking::Person> person_of(const accounts::User& u) {
  if (u.status != accounts::UserStatus::active || u.email.empty()) return std::nullopt;
  return matchmaking::Person{u.id, u.display_name, u.email, u.ui_language, u.organisation};
}

}  // namespace

Result<std::optional<matchmaking::OrganisationRef>> ClusterProfileSurroundings::organisation(
    accounts::OrganisationId id) {
  std::optional<matchmaking::OrganisationRef> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = ref_of(**found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<matchmaking::OrganisationRef>> ClusterProfileSurroundings::organisations() {
  std::vector<matchmaking::OrganisationRef> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto all = store.organisations({});
    if (!all) return std::unexpected(all.error());
    for (const auto& o : *all) out.push_back(ref_of(o));
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::map<std::string, std::string>> ClusterProfileSurroundings::cluster_categories() {
  auto rows = categories_.all();
  if (!rows) return std::unexpected(rows.error());
  std::map<std::string, std::string> out;
  for (const auto& r : *rows) out[r.division] = r.category;
  return out;
}

Result<std::optional<matchmaking::Person>> ClusterProfileSurroundings::person(accounts::UserId id) {
  std::optional<matchmaking::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = person_of((*found)->user);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<matchmaking::Person>> ClusterProfileSurroundings::person_by_email(const std::string& email) {
  std::optional<matchmaking::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user_by_email(text::to_lower_ascii(email));
    if (!found) return std::unexpected(found.error());
    if (*found) out = person_of((*found)->user);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<matchmaking::Person>> ClusterProfileSurroundings::reviewers() {
  std::vector<matchmaking::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (const auto& u : *users) {
      accounts::Principal p;
      p.via = accounts::Principal::Via::session;
      p.user = u.id;
      p.organisation = u.organisation;
      p.roles = u.roles;
      if (!accounts::allowed(p, accounts::Action::review_cluster_profile, accounts::Target{.areas = {"WG3"}})) continue;
      if (auto person = person_of(u)) out.push_back(std::move(*person));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Status ClusterProfileSurroundings::queue_mail(const matchmaking::Person& to, const matchmaking::MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  auto values = mail.values;
  for (auto& [name, value] : values)
    if (name == "link") value = site_.settings().public_url + "/" + std::string(i18n::code(language)) + value;
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), values) + "\n";
  const accounts::Seconds now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

}  // namespace cps::app
