#include "app/demo.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "app/progress.hpp"
#include "security/password.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::accounts;

namespace {

std::string text_of(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

}  // namespace

Error bad_demo_file(const std::filesystem::path& file, const std::string& what) {
  return Error{ErrorKind::invalid, "The demo data file is not as expected: " + what, {}, file.string()};
}

Result<json::value> read_demo_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return std::unexpected(bad_demo_file(file, "it cannot be read"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  boost::system::error_code ec;
  json::value root = json::parse(buffer.str(), ec);
  if (ec) return json::value();
  return root;
}

std::string demo_text(const json::object& o, std::string_view key) { return text_of(o, key); }

const json::array& demo_list(const json::object& o, std::string_view key) {
  static const json::array none;
  auto* v = o.if_contains(key);
  return v && v->is_array() ? v->as_array() : none;
}

json::value demo_only(const json::object& o, std::initializer_list<std::string_view> keys) {
  json::object out;
  for (auto key : keys)
    if (auto* v = o.if_contains(key)) out[key] = *v;
  return out;
}

DemoPeople::DemoPeople(const std::vector<User>& users) {
  for (const auto& u : users) {
    Principal p;
    p.via = Principal::Via::session;
    p.user = u.id;
    p.label = u.email;
    p.display_name = u.display_name;
    p.organisation = u.organisation;
    p.roles = u.roles;
    by_email_.emplace(u.email, std::move(p));
  }
}

const Principal* DemoPeople::find(const std::string& email) const {
  auto it = by_email_.find(email);
  return it == by_email_.end() ? nullptr : &it->second;
}

Result<DemoReport> load_demo_partnership(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object()) return std::unexpected(bad_demo_file(file, "it is not a JSON object"));
  const auto* orgs = root.as_object().if_contains("organisations");
  const auto* users = root.as_object().if_contains("users");
  if (!orgs || !orgs->is_array() || !users || !users->is_array())
    return std::unexpected(bad_demo_file(file, "organisations and users must be lists"));

  Principal platform = AccountService::command_line();
  DemoReport report;
  ProgressBar bar("Loading the demo partnership", orgs->as_array().size() + users->as_array().size());
  std::size_t done = 0;
  std::map<std::string, OrganisationId> by_slug;
  std::map<std::string, OrganisationInput> added;  // organisations this run created
  auto existing = services.organisations.directory(platform, {});
  if (!existing) return std::unexpected(existing.error());
  for (const auto& o : *existing) by_slug[o.slug] = o.id;
  for (const auto& value : orgs->as_array()) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "an organisation is not an object"));
    const auto& o = value.as_object();
    OrganisationInput input{text_of(o, "slug"), text_of(o, "type"), text_of(o, "country"),
                            text_of(o, "region"), text_of(o, "website"), text_of(o, "role"),
                            text_of(o, "experience"), {}};
    if (const auto* texts = o.if_contains("texts"); texts && texts->is_object())
      for (const auto& [lang, t] : texts->as_object())
        if (t.is_object())
          input.texts.push_back({std::string(lang), text_of(t.as_object(), "name"),
                                 text_of(t.as_object(), "description")});
    if (const auto* names = o.if_contains("names"); names && names->is_object())
      if (const auto* native = names->as_object().if_contains("native"); native && native->is_object()) {
        std::string lang = text_of(native->as_object(), "lang");
        // The official name counts once: a UI language already has its own text.
        if (!i18n::parse_language(lang))
          input.texts.push_back({lang, text_of(native->as_object(), "text"), ""});
      }
    if (!by_slug.contains(input.slug)) {
      auto id = services.organisations.create(platform, input);
      if (!id)
        return std::unexpected(bad_demo_file(file, "organisation " + input.slug + ": " + id.error().message +
                                                  " (" + id.error().field + ")"));
      by_slug[input.slug] = *id;
      added[input.slug] = input;
      ++report.organisations_added;
    }
    bar.update(++done, input.slug);
  }
  report.organisations_total = by_slug.size();

  // One hash for every demo person: hashing forty passwords would take seconds.
  auto hash = security::hash_password(kDemoPassword);
  if (!hash) return std::unexpected(hash.error());
  auto people = services.accounts.users(platform);
  if (!people) return std::unexpected(people.error());
  std::set<std::string> emails;
  for (const auto& u : *people) emails.insert(u.email);
  std::map<std::string, std::string> first_of_role;
  std::map<std::string, UserId> first_member;  // organisation slug → its first person
  for (const auto& value : users->as_array()) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a person is not an object"));
    const auto& u = value.as_object();
    InvitationInput input;
    input.email = text_of(u, "email");
    input.display_name = text_of(u, "display_name");
    input.ui_language = text_of(u, "ui_language");
    std::string org = text_of(u, "organisation");
    if (!org.empty()) {
      auto it = by_slug.find(org);
      if (it == by_slug.end()) return std::unexpected(bad_demo_file(file, "unknown organisation " + org));
      input.organisation = it->second;
    }
    if (const auto* roles = u.if_contains("roles"); roles && roles->is_array())
      for (const auto& r : roles->as_array()) {
        if (!r.is_string()) continue;
        auto a = AccountService::parse_assignment(std::string(r.as_string()));
        if (!a) return std::unexpected(bad_demo_file(file, input.email + ": " + a.error().message));
        input.roles.push_back(*a);
      }
    // The sign-in shown for a role is somebody who has it, and no more powerful one.
    for (const auto& a : input.roles) {
      bool above = std::any_of(input.roles.begin(), input.roles.end(),
                               [&](const RoleAssignment& b) { return b.role < a.role; });
      if (!above) first_of_role.emplace(std::string(to_string(a.role)), input.email);
    }
    if (!emails.contains(input.email)) {
      auto id = services.accounts.add_user_with_hash(platform, input, *hash);
      if (!id) return std::unexpected(bad_demo_file(file, input.email + ": " + id.error().message));
      if (!org.empty()) first_member.emplace(org, *id);
      ProfileInput profile{input.display_name, input.ui_language, {}, text_of(u, "bio"), {}};
      if (const auto* langs = u.if_contains("languages"); langs && langs->is_array())
        for (const auto& l : langs->as_array())
          if (l.is_string()) profile.languages.emplace_back(l.as_string());
      if (const auto* areas = u.if_contains("expertise"); areas && areas->is_array())
        for (const auto& a : areas->as_array())
          if (a.is_string()) profile.expertise.emplace_back(a.as_string());
      Principal self;
      self.via = Principal::Via::session;
      self.user = *id;
      self.label = input.email;
      if (auto ok = services.accounts.update_profile(self, *id, profile); !ok)
        return std::unexpected(bad_demo_file(file, input.email + ": " + ok.error().message));
      ++report.people_added;
      emails.insert(input.email);
    }
    ++report.people_total;
    bar.update(++done, input.email);
  }
  bar.finish();
  // Each new organisation's first person is its contact.
  for (auto& [slug, input] : added) {
    auto it = first_member.find(slug);
    if (it == first_member.end()) continue;
    input.contact = std::to_string(it->second.value());
    if (auto ok = services.organisations.update(platform, by_slug[slug], input); !ok)
      return std::unexpected(bad_demo_file(file, slug + ": " + ok.error().message));
  }
  for (const char* role : {"platform_admin", "lead_coordinator", "wg_coordinator", "partner_staff",
                           "controller", "stakeholder"})
    if (auto it = first_of_role.find(role); it != first_of_role.end())
      report.logins.emplace_back(role, it->second);
  return report;
}

}  // namespace cps::app
