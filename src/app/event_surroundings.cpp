// Events' surroundings (see event_surroundings.hpp).
#include "app/event_surroundings.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cps::app {

Result<std::optional<events::Person>> EventPlatform::person(accounts::UserId id) {
  std::optional<events::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (!*found || (*found)->user.status != accounts::UserStatus::active) return {};
    const accounts::User& u = (*found)->user;
    events::Person p{u.id, u.display_name, u.email, u.ui_language, "", "", ""};
    if (u.organisation) {
      auto org = store.organisation(*u.organisation);
      if (!org) return std::unexpected(org.error());
      if (*org) {
        p.organisation = (*org)->text("en").name;
        p.country = (*org)->country.str();
        p.organisation_type = (*org)->type;
      }
    }
    out = std::move(p);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<std::string>> EventPlatform::organisation_name(accounts::OrganisationId id) {
  std::optional<std::string> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto org = store.organisation(id);
    if (!org) return std::unexpected(org.error());
    if (*org) out = (*org)->text("en").name;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::int64_t> EventPlatform::draft_lesson(const accounts::Principal& who, const events::LessonDraft& d) {
  knowledge::ItemInput input;
  input.kind = knowledge::Kind::experience;
  input.original_language = "en";
  input.areas = d.areas;
  for (const auto& region : d.regions) {
    input.regions.push_back(region);
    std::string country = region.substr(0, 2);
    if (std::find(input.countries.begin(), input.countries.end(), country) == input.countries.end())
      input.countries.push_back(country);
  }
  input.texts = {knowledge::ItemText{"en", d.title, d.summary, d.body, "", d.lessons, d.transferability,
                                     knowledge::Translation::original}};
  std::string base = knowledge::slug_from(d.title);
  if (base.empty()) base = "study-visit-lesson";
  for (int n = 1;; ++n) {
    input.slug = n == 1 ? base : base + "-" + std::to_string(n);
    auto taken = items_.find_by_slug(input.slug);
    if (!taken) return std::unexpected(taken.error());
    if (!*taken) break;
  }
  auto id = knowledge_.create(who, std::move(input));
  if (!id) {
    Error e = id.error();
    e.field = "lesson";
    return std::unexpected(std::move(e));
  }
  // Into the normal review: the coordinators of its areas publish it or send it back.
  auto submitted = knowledge_.transition(who, *id, 1, knowledge::KnowledgeService::Transition::submit, "");
  if (!submitted) return std::unexpected(submitted.error());
  return id->value();
}

Status EventPlatform::queue_mail(const events::Person& to, const MailText& mail) {
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
