// The feedback's and the helpdesk's ports adapted to the platform, and the feedback adapted to
// the learning engine's CurationSource (see feedback_surroundings.hpp).
#include "app/feedback_surroundings.hpp"

#include "core/text.hpp"

namespace cps::app {

namespace {

Result<bool> known_region(reference::ReferenceService& reference, const RegionCode& region) {
  auto found = reference.lookup_regions({region.str()});
  if (!found) return std::unexpected(found.error());
  return !found->found.empty() && found->found.front().code == region;
}

helpdesk::Person person_of(const accounts::User& u) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = u.id;
  p.label = u.email;
  p.display_name = u.display_name;
  p.organisation = u.organisation;
  p.roles = u.roles;
  return helpdesk::Person{u.id, u.display_name, u.email, u.ui_language, std::move(p)};
}

}  // namespace

Result<bool> FeedbackPlatform::region_exists(const RegionCode& region) { return known_region(reference_, region); }

Result<bool> FeedbackPlatform::practice_published(std::int64_t item) {
  auto found = items_.find(knowledge::ItemId(item));
  if (!found) return std::unexpected(found.error());
  return *found && (*found)->status == knowledge::ItemStatus::published;
}

Result<std::vector<learning::Curation>> CurationsFromFeedback::curations(const RegionCode& region) {
  return feedback_.curations(region);
}

Result<std::vector<learning::FeedbackTally>> CurationsFromFeedback::tallies(const RegionCode& region) {
  return feedback_.tallies(region);
}

Result<bool> HelpdeskPlatform::region_exists(const RegionCode& region) { return known_region(reference_, region); }

Result<std::vector<helpdesk::Person>> HelpdeskPlatform::people() {
  std::vector<helpdesk::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (const auto& u : *users)
      if (u.status == accounts::UserStatus::active && !u.email.empty()) out.push_back(person_of(u));
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<helpdesk::Person>> HelpdeskPlatform::person(accounts::UserId id) {
  std::optional<helpdesk::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (*found && (*found)->user.status == accounts::UserStatus::active) out = person_of((*found)->user);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::int64_t> HelpdeskPlatform::write_answer(const accounts::Principal& who, const helpdesk::DraftAnswer& a) {
  knowledge::ItemInput input;
  input.kind = a.kind == helpdesk::AnswerKind::study ? knowledge::Kind::study : knowledge::Kind::good_practice;
  input.original_language = a.language;
  input.areas = {a.area.str()};
  input.countries = {a.region.str().substr(0, 2)};
  input.regions = {a.region.str()};
  input.texts = {knowledge::ItemText{a.language, a.title, a.summary, a.body, "", "", "",
                                     knowledge::Translation::original}};
  std::string base = knowledge::slug_from(a.title);
  if (base.empty()) base = "helpdesk-answer";
  for (int n = 1;; ++n) {
    input.slug = n == 1 ? base : base + "-" + std::to_string(n);
    auto taken = items_.find_by_slug(input.slug);
    if (!taken) return std::unexpected(taken.error());
    if (!*taken) break;
  }
  auto id = knowledge_.create(who, std::move(input));
  if (!id) {
    // The knowledge base names its own fields ("texts.en.summary"); the answer's form has one
    // field each.
    Error e = id.error();
    const std::string text = "texts." + a.language;
    if (e.field == text) e.field = "language";
    else if (e.field.starts_with(text + ".")) e.field = e.field.substr(text.size() + 1);
    return std::unexpected(std::move(e));
  }
  return id->value();
}

Result<std::optional<std::string>> HelpdeskPlatform::practice_title(std::int64_t item, const std::string& language) {
  auto found = items_.find(knowledge::ItemId(item));
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::optional<std::string>();
  return std::optional<std::string>((*found)->text(language).title);
}

Status HelpdeskPlatform::queue_mail(const helpdesk::Person& to, const MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  auto values = mail.values;
  for (const auto& [name, value] : mail.values)
    if (name == "path")
      values.emplace_back("link", account_service_.settings().public_url + "/" + std::string(i18n::code(language)) +
                                      value);
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), values) + "\n";
  const auto now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

}  // namespace cps::app
