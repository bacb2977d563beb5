// The monitoring ports adapted to the accounts, the knowledge base, the assessments, the pilots,
// a content store and the outbox (see monitoring_surroundings.hpp).
#include "app/monitoring_surroundings.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/text.hpp"
#include "domain/accounts/account_service.hpp"
#include "files/inspection.hpp"
#include "i18n/catalogue.hpp"

namespace cps::app {

using monitoring::Measured;
using monitoring::ProjectIndicator;
using monitoring::Seconds;

namespace {

constexpr Seconds kDay = 24 * 60 * 60;

bool has_role(const accounts::User& u, accounts::Role role) {
  return std::any_of(u.roles.begin(), u.roles.end(), [&](const accounts::RoleAssignment& r) { return r.role == role; });
}

monitoring::Partner partner_of(const accounts::Organisation& o) {
  return {o.id, o.text("en").name, o.country, o.type};
}

monitoring::Recipient recipient_of(const accounts::User& u) { return {u.id, u.display_name, u.email, u.ui_language}; }

// The accounts' organisations by id and every account but deleted ones.
struct Directory {
  std::vector<accounts::Organisation> organisations;
  std::vector<accounts::User> users;
  const accounts::Organisation* organisation(std::optional<accounts::OrganisationId> id) const {
    if (!id) return nullptr;
    for (const auto& o : organisations)
      if (o.id == *id) return &o;
    return nullptr;
  }
  const accounts::User* user(std::optional<accounts::UserId> id) const {
    if (!id) return nullptr;
    for (const auto& u : users)
      if (u.id == *id) return &u;
    return nullptr;
  }
};

Result<Directory> directory(accounts::AccountRepository& accounts) {
  Directory d;
  auto read = accounts.read([&](accounts::AccountStore& store) -> Status {
    auto organisations = store.organisations({});
    if (!organisations) return std::unexpected(organisations.error());
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    d.organisations = std::move(*organisations);
    d.users = std::move(*users);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return d;
}

// A file name as the sender gave it, without folders or control characters.
std::string clean_name(const std::string& name) {
  std::string base = name.substr(name.find_last_of("/\\") == std::string::npos ? 0 : name.find_last_of("/\\") + 1);
  std::erase_if(base, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
  if (base.size() > 200) base.resize(200);
  return base.empty() ? "file" : base;
}

std::string country_of_region(const RegionCode& region) { return region.str().substr(0, 2); }

}  // namespace

// --- partners and people ----------------------------------------------------------------

Result<std::vector<monitoring::Partner>> PlatformForMonitoring::partners() {
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  std::set<std::int64_t> with_members;
  for (const auto& u : d->users)
    if (u.status == accounts::UserStatus::active && u.organisation) with_members.insert(u.organisation->value());
  std::vector<monitoring::Partner> out;
  for (const auto& o : d->organisations) {
    // The programme's partners report and spend; associated partners, user groups and outside
    // organisations (a controller's firm) do neither.
    bool reports = o.role == accounts::OrganisationRole::lead_partner ||
                   o.role == accounts::OrganisationRole::project_partner;
    if (reports && with_members.contains(o.id.value())) out.push_back(partner_of(o));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

Result<std::optional<monitoring::Partner>> PlatformForMonitoring::partner(accounts::OrganisationId id) {
  std::optional<monitoring::Partner> out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.organisation(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = partner_of(**found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::string> PlatformForMonitoring::display_name(accounts::UserId id) {
  std::string out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(id);
    if (!found) return std::unexpected(found.error());
    if (*found) out = (*found)->user.display_name;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<monitoring::Recipient>> PlatformForMonitoring::members_of(accounts::OrganisationId id) {
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  std::vector<monitoring::Recipient> out;
  for (const auto& u : d->users)
    if (u.status == accounts::UserStatus::active && u.organisation == id && !u.email.empty())
      out.push_back(recipient_of(u));
  return out;
}

Result<std::vector<monitoring::Recipient>> PlatformForMonitoring::lead_coordinators() {
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  std::vector<monitoring::Recipient> out;
  for (const auto& u : d->users)
    if (u.status == accounts::UserStatus::active && has_role(u, accounts::Role::lead_coordinator) && !u.email.empty())
      out.push_back(recipient_of(u));
  return out;
}

// --- project indicators -------------------------------------------------------------------

ProjectIndicator PlatformForMonitoring::tally(const std::vector<Counted>& things) {
  ProjectIndicator out;
  out.value = std::int64_t(things.size());
  std::map<std::string, std::int64_t> countries, types;
  for (const auto& t : things) {
    // A thing in two countries counts in each; each once.
    for (const auto& c : std::set<std::string>(t.countries.begin(), t.countries.end())) ++countries[c];
    for (const auto& k : std::set<std::string>(t.types.begin(), t.types.end())) ++types[k];
  }
  for (const auto& [key, n] : countries) out.by_country.push_back({key, n});
  for (const auto& [key, n] : types) out.by_organisation_type.push_back({key, n});
  return out;
}

Result<ProjectIndicator> PlatformForMonitoring::measure(Measured measured, Seconds now) {
  Result<ProjectIndicator> figure = ProjectIndicator{};
  switch (measured) {
    case Measured::practices_published:
      figure = practices();
      break;
    case Measured::assessments_published:
    case Measured::action_plans:
      figure = assessments(measured);
      break;
    case Measured::pilots_running:
    case Measured::pilots_completed:
    case Measured::joint_solutions:
      figure = pilots(measured);
      break;
    case Measured::organisations_cooperating:
    case Measured::active_members:
      figure = activity(measured, now);
      break;
  }
  if (figure) figure->definition.measured = measured;
  return figure;
}

Result<ProjectIndicator> PlatformForMonitoring::practices() {
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  constexpr std::size_t kPage = 500;
  knowledge::ItemFilter f;
  f.statuses = {knowledge::ItemStatus::published};
  std::vector<Counted> things;
  for (std::size_t offset = 0;; offset += kPage) {
    auto page = knowledge_.list(f, "date", kPage, offset);
    if (!page) return std::unexpected(page.error());
    for (const auto& item : page->first) {
      Counted c{item.content.countries, {}};
      const accounts::User* author = d->user(item.author);
      if (const accounts::Organisation* o = author ? d->organisation(author->organisation) : nullptr)
        c.types.push_back(o->type);
      things.push_back(std::move(c));
    }
    if (page->first.size() < kPage) break;
  }
  return tally(things);
}

Result<ProjectIndicator> PlatformForMonitoring::assessments(Measured measured) {
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  std::vector<Counted> things;
  auto read = assessments_.read([&](assessment::AssessmentStore& store) -> Status {
    assessment::AssessmentFilter f;
    f.statuses = {assessment::AssessmentStatus::published};
    auto published = store.assessments(f, assessment::AssessmentStore::Depth::header);
    if (!published) return std::unexpected(published.error());
    for (const auto& a : *published) {
      if (measured == Measured::action_plans) {
        auto recommendations = store.recommendations(a.id);
        if (!recommendations) return std::unexpected(recommendations.error());
        bool acted = std::any_of(recommendations->begin(), recommendations->end(), [](const auto& r) {
          return std::any_of(r.actions.begin(), r.actions.end(),
                             [](const auto& action) { return action.status == assessment::ActionStatus::done; });
        });
        if (!acted) continue;
      }
      Counted c{{a.country.str()}, {}};
      if (const accounts::Organisation* o = d->organisation(a.organisation)) c.types.push_back(o->type);
      things.push_back(std::move(c));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return tally(things);
}

Result<ProjectIndicator> PlatformForMonitoring::pilots(Measured measured) {
  if (!pilots_) return ProjectIndicator{};
  auto d = directory(accounts_);
  if (!d) return std::unexpected(d.error());
  std::vector<Counted> things;
  auto read = pilots_->read([&](pilot::PilotStore& store) -> Status {
    pilot::PilotFilter f;
    f.statuses = {measured == Measured::pilots_running ? pilot::PilotStatus::running : pilot::PilotStatus::completed};
    auto found = store.pilots(f);
    if (!found) return std::unexpected(found.error());
    for (const auto& p : *found) {
      if (measured == Measured::joint_solutions) {
        // The list holds headers only; the evaluations come with the whole pilot.
        auto whole = store.pilot(p.id);
        if (!whole) return std::unexpected(whole.error());
        if (!*whole) continue;
        const auto& evaluations = (*whole)->evaluations;
        if (std::none_of(evaluations.begin(), evaluations.end(), [](const pilot::Evaluation& e) {
              return e.stage == pilot::EvaluationStage::final_evaluation;
            }))
          continue;
      }
      Counted c;
      for (const auto& r : p.regions) c.countries.push_back(country_of_region(r));
      if (const accounts::Organisation* o = d->organisation(p.lead)) c.types.push_back(o->type);
      things.push_back(std::move(c));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return tally(things);
}

// Activity is signing in (the audit log's "login.succeeded") or using a session since.
Result<ProjectIndicator> PlatformForMonitoring::activity(Measured measured, Seconds now) {
  const Seconds since = now - (measured == Measured::active_members ? 90 : 365) * kDay;
  std::vector<Counted> things;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto organisations = store.organisations({});
    if (!organisations) return std::unexpected(organisations.error());
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    accounts::AuditFilter f;
    f.action_prefix = "login.succeeded";
    f.since = since;
    f.limit = 1'000'000;
    auto logins = store.audit(f);
    if (!logins) return std::unexpected(logins.error());
    std::set<std::int64_t> active_users;
    for (const auto& entry : *logins)
      if (entry.actor) active_users.insert(entry.actor->value());
    std::map<std::int64_t, const accounts::Organisation*> by_id;
    for (const auto& o : *organisations) by_id[o.id.value()] = &o;
    std::set<std::int64_t> active_organisations;
    for (const auto& u : *users) {
      if (u.status != accounts::UserStatus::active || !u.organisation) continue;
      auto organisation = by_id.find(u.organisation->value());
      if (organisation == by_id.end()) continue;
      bool active = active_users.contains(u.id.value());
      if (!active) {
        auto sessions = store.sessions_of(u.id);
        if (!sessions) return std::unexpected(sessions.error());
        active = std::any_of(sessions->begin(), sessions->end(),
                             [&](const accounts::SessionRecord& s) { return s.last_seen_at >= since; });
      }
      if (!active) continue;
      const accounts::Organisation& o = *organisation->second;
      if (measured == Measured::active_members)
        things.push_back({{o.country.str()}, {o.type}});
      else if (active_organisations.insert(o.id.value()).second)
        things.push_back({{o.country.str()}, {o.type}});
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return tally(things);
}

// --- files, pilots' values, mail ----------------------------------------------------------

Result<monitoring::Attachment> PlatformForMonitoring::keep_file(const std::string& name, const std::string& bytes) {
  if (bytes.size() > max_bytes_)
    // "{mb}" is filled in by whoever shows the message, after translating it.
    return fail(ErrorKind::payload_too_large, i18n::N_("The file is larger than {mb} MB."), "file");
  if (bytes.empty()) return fail(ErrorKind::invalid, i18n::N_("Choose a file to attach."), "file");
  auto type = files::detect_media_type(bytes);
  if (!type) return std::unexpected(type.error());
  auto digest = store_.put(bytes);
  if (!digest) return std::unexpected(digest.error());
  return monitoring::Attachment{clean_name(name), std::move(*digest), std::move(*type), std::int64_t(bytes.size())};
}

Result<std::optional<std::string>> PlatformForMonitoring::file_bytes(const std::string& sha256) {
  auto path = store_.path_of(sha256);
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) return std::optional<std::string>();
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return fail(ErrorKind::unavailable, "The file of this attachment is missing.", "file", path.string());
  return std::optional(bytes.str());
}

Result<std::vector<monitoring::MonitoringSurroundings::PilotValue>> PlatformForMonitoring::pilot_values(int period) {
  std::vector<PilotValue> out;
  if (!pilots_) return out;
  auto read = pilots_->read([&](pilot::PilotStore& store) -> Status {
    auto all = store.pilots({});
    if (!all) return std::unexpected(all.error());
    for (const auto& p : *all) {
      std::string title;
      for (const auto& t : p.texts)
        if (t.language == "en" || title.empty()) title = t.title;
      for (const auto& indicator : p.indicators)
        for (const auto& v : indicator.values)
          if (v.period == period)
            out.push_back({title, indicator.code, indicator.name, std::string(name_of(indicator.unit, pilot::kUnitNames)),
                           v.value, indicator.target.value});
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Status PlatformForMonitoring::queue_mail(const monitoring::Recipient& to, const MailText& mail) {
  if (to.email.empty()) return {};
  i18n::Language language = i18n::parse_language(to.language).value_or(i18n::kDefaultLanguage);
  std::string subject = text::fill(catalogue_.translate(language, mail.subject), mail.values);
  std::string body = text::fill(catalogue_.translate(language, mail.body), mail.values) + "\n";
  const Seconds now = accounts::system_clock_seconds();
  return accounts_.transaction(
      [&](accounts::AccountStore& store) { return store.enqueue_mail({to.email, subject, body}, now); });
}

}  // namespace cps::app
