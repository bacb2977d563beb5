// Mentoring's port adapted to the accounts, the assessments, the reference data and the outbox
// (see mentoring_surroundings.hpp).
#include "app/mentoring_surroundings.hpp"

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"

namespace cps::app {

Result<std::optional<mentoring::Person>> MentoringSurroundings::person(accounts::UserId id) {
  std::optional<mentoring::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return {};
    const accounts::User& u = (*found)->user;
    if (u.status == accounts::UserStatus::deleted || u.status == accounts::UserStatus::disabled) return {};
    out = mentoring::Person{u.id, u.display_name, u.email, u.ui_language, u.languages, u.organisation};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::optional<mentoring::OrganisationRef>> MentoringSurroundings::organisation(accounts::OrganisationId id) {
  std::optional<mentoring::OrganisationRef> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return {};
    const accounts::Organisation& o = **found;
    out = mentoring::OrganisationRef{o.id, o.texts.empty() ? o.slug : o.text("en").name, o.country, o.region,
                                     o.experience == accounts::Experience::experienced};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<mentoring::RegionNeeds> MentoringSurroundings::learning_needs(const accounts::Principal& who,
                                                                     const RegionCode& region,
                                                                     const std::string& language) {
  mentoring::RegionNeeds out;
  auto needs = assessments_.learning_needs(who, region, language);
  if (!needs) {
    // No assessment of the region that the viewer may see: nothing to judge needs from.
    if (needs.error().kind == ErrorKind::not_found) return out;
    return std::unexpected(needs.error());
  }
  out.assessed = true;
  for (const auto& n : *needs) {
    mentoring::LearningNeed need{n.criterion, n.title, n.area, n.current, n.target, n.gap, {}};
    for (const auto& p : n.regions) need.peers.push_back({p.region, p.region_name, p.distance, p.level});
    out.needs.push_back(std::move(need));
  }
  return out;
}

Result<std::optional<std::string>> MentoringSurroundings::region_name(const RegionCode& region) {
  auto found = reference_.lookup_regions({region.str()});
  if (!found) return std::unexpected(found.error());
  if (found->found.empty() || found->found.front().code != region) return std::optional<std::string>();
  const auto& r = found->found.front();
  return std::optional<std::string>(r.name_latin.empty() ? r.name_native : r.name_latin);
}

Result<std::optional<std::string>> MentoringSurroundings::topic_title(const std::string& key,
                                                                      const std::string& language) {
  if (key.starts_with("area:")) {
    auto area = reference_.area(key.substr(5), language);
    if (!area) {
      if (area.error().kind == ErrorKind::not_found) return std::optional<std::string>();
      return std::unexpected(area.error());
    }
    return std::optional<std::string>(area->name);
  }
  if (!key.starts_with("criterion:")) return std::optional<std::string>();
  const std::string code = key.substr(10);
  std::optional<std::string> out;
  auto read = frameworks_.read([&](assessment::AssessmentStore& store) -> Status {
    auto latest = store.latest_framework_version();
    if (!latest) return std::unexpected(latest.error());
    if (!*latest) return {};
    auto framework = store.framework(**latest);
    if (!framework) return std::unexpected(framework.error());
    if (!*framework) return {};
    if (const auto* c = (*framework)->criterion(code)) out = c->text(language).title;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<mentoring::Topic>> MentoringSurroundings::topics(const std::string& language) {
  auto areas = reference_.areas(language);
  if (!areas) return std::unexpected(areas.error());
  std::optional<assessment::Framework> framework;
  auto read = frameworks_.read([&](assessment::AssessmentStore& store) -> Status {
    auto latest = store.latest_framework_version();
    if (!latest) return std::unexpected(latest.error());
    if (!*latest) return {};
    auto found = store.framework(**latest);
    if (!found) return std::unexpected(found.error());
    framework = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::vector<mentoring::Topic> out;
  for (const auto& area : *areas) {
    out.push_back({"area:" + area.code.str(), area.name});
    if (framework)
      for (const auto* c : framework->criteria_of(area.code))
        out.push_back({"criterion:" + c->code, c->text(language).title});
  }
  return out;
}

Status MentoringSurroundings::queue_mail(const mentoring::Person& to, const mentoring::MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.ui_language).value_or(i18n::kDefaultLanguage);
  std::string base = public_url_;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto values = mail.values;
  for (auto& [name, value] : values)
    if (name == "link") value = base + "/" + std::string(i18n::code(language)) + value;
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), values) + "\n";
  const accounts::Seconds now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

}  // namespace cps::app
