// The workspaces' port adapted to the platform (see group_surroundings.hpp).
#include "app/group_surroundings.hpp"

#include "core/text.hpp"

namespace cps::app {

Result<std::vector<groups::Person>> GroupPlatform::people() {
  std::vector<groups::Person> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (const auto& u : *users) {
      if (u.status != accounts::UserStatus::active || u.email.empty()) continue;
      accounts::Principal p;
      p.via = accounts::Principal::Via::session;
      p.user = u.id;
      p.label = u.email;
      p.display_name = u.display_name;
      p.organisation = u.organisation;
      p.roles = u.roles;
      out.push_back(groups::Person{u.id, u.display_name, u.email, u.ui_language, std::move(p)});
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Status GroupPlatform::queue_mail(const groups::Person& to, const groups::MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  const std::string base = account_service_.settings().public_url + "/" + std::string(i18n::code(language));
  std::string body;
  for (const auto& paragraph : mail.paragraphs) {
    auto values = paragraph.values;
    for (const auto& [name, value] : paragraph.values)
      if (name == "path") values.emplace_back("link", base + value);
    // A paragraph that is only a value (the post itself) is the writer's text, not a message.
    std::string text = paragraph.text.starts_with("{") && paragraph.text.ends_with("}")
                           ? paragraph.text
                           : catalogue_.translate(language, paragraph.text);
    body += text::fill(text, values) + "\n\n";
  }
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), mail.subject_values);
  const auto now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

namespace {

// What the person may not read is, to a discussion, not there.
template <class T>
Result<std::optional<groups::SubjectInfo>> unreadable_or_failed(const Result<T>& found) {
  const auto kind = found.error().kind;
  if (kind == ErrorKind::not_found || kind == ErrorKind::forbidden || kind == ErrorKind::unauthenticated)
    return std::optional<groups::SubjectInfo>();
  return std::unexpected(found.error());
}

}  // namespace

Result<std::optional<groups::SubjectInfo>> GroupPlatform::subject(const accounts::Principal& who,
                                                                  const groups::Subject& subject) {
  using groups::SubjectKind;
  switch (subject.kind) {
    case SubjectKind::knowledge_item: {
      auto item = subjects_.knowledge.item(who, knowledge::ItemId(subject.id));
      if (!item) return unreadable_or_failed(item);
      if (item->content.areas.empty()) return std::optional<groups::SubjectInfo>();
      return groups::SubjectInfo{subject, item->text(item->content.original_language).title,
                                 item->content.areas.front(), groups::path_of(subject)};
    }
    case SubjectKind::assessment: {
      auto a = subjects_.assessments.assessment(who, assessment::AssessmentId(subject.id));
      if (!a) return unreadable_or_failed(a);
      auto region = subjects_.reference.region(a->region.str());
      std::string title = region ? region->region.name_latin + " (" + a->region.str() + ")" : a->region.str();
      return groups::SubjectInfo{subject, std::move(title), std::string(groups::kAssessmentWorkspace),
                                 groups::path_of(subject)};
    }
    case SubjectKind::pilot: {
      auto p = subjects_.pilots.pilot(who, pilot::PilotId(subject.id), "en");
      if (!p) return unreadable_or_failed(p);
      if (p->areas.empty()) return std::optional<groups::SubjectInfo>();
      return groups::SubjectInfo{subject, pilot::text_in(*p, p->original_language).title, p->areas.front().str(),
                                 groups::path_of(subject)};
    }
  }
  return std::optional<groups::SubjectInfo>();
}

}  // namespace cps::app
