// Loads the demo cluster profiles through the profile service, each step as the person who
// takes it (see cluster_profile_demo.hpp).
#include "app/cluster_profile_demo.hpp"

#include <boost/json.hpp>

#include "app/demo.hpp"
#include "app/progress.hpp"
#include "domain/matchmaking/profile_input.hpp"
#include "domain/matchmaking/profile_service.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::matchmaking;
using accounts::Principal;

namespace {

// The platform as the profiles see it, but without mail: the demo's people and addresses are
// fictional, and a demo must not leave the outbox full of announcements nobody asked for.
class QuietSurroundings final : public ProfileSurroundings {
 public:
  explicit QuietSurroundings(ProfileSurroundings& platform) : platform_(platform) {}
  Result<std::optional<OrganisationRef>> organisation(accounts::OrganisationId id) override {
    return platform_.organisation(id);
  }
  Result<std::vector<OrganisationRef>> organisations() override { return platform_.organisations(); }
  Result<std::map<std::string, std::string>> cluster_categories() override { return platform_.cluster_categories(); }
  Result<std::optional<Person>> person(accounts::UserId id) override { return platform_.person(id); }
  Result<std::optional<Person>> person_by_email(const std::string& email) override {
    return platform_.person_by_email(email);
  }
  Result<std::vector<Person>> reviewers() override { return platform_.reviewers(); }
  Status queue_mail(const Person&, const MailText&) override { return {}; }

 private:
  ProfileSurroundings& platform_;
};

class DemoProfiles {
 public:
  DemoProfiles(ClusterProfileService& profiles, const std::filesystem::path& file, const DemoPeople& people,
               const std::map<std::string, accounts::OrganisationId>& organisations)
      : profiles_(profiles), file_(file), people_(people), organisations_(organisations) {}

  Result<const Principal*> person(const std::string& email, const std::string& slug) const {
    const Principal* p = people_.find(email);
    if (!p) return std::unexpected(bad_demo_file(file_, slug + ": unknown person " + email));
    return p;
  }

  Error refused(const std::string& slug, const std::string& step, const Error& e) const {
    return bad_demo_file(file_, slug + ", " + step + ": " + e.message + (e.field.empty() ? "" : " (" + e.field + ")") +
                                    (e.detail.empty() ? "" : " " + e.detail));
  }

  // One profile of the file, taken to the status it names.
  Result<ProfileStatus> load(const json::object& entry, const Principal& reviewer) {
    const std::string slug = demo_text(entry, "organisation");
    auto org = organisations_.find(slug);
    if (org == organisations_.end()) return std::unexpected(bad_demo_file(file_, "unknown organisation " + slug));
    auto goal = parse_name(demo_text(entry, "status"), kProfileStatusNames);
    if (!goal) return std::unexpected(bad_demo_file(file_, slug + ": unknown status " + demo_text(entry, "status")));
    auto editor = person(demo_text(entry, "editor"), slug);
    if (!editor) return std::unexpected(editor.error());
    const Principal& by = **editor;

    auto input = read_profile(demo_only(entry, {"texts", "sectors", "value_chain", "technologies", "members", "languages",
                                                "founded", "staff", "label", "website", "contact"}));
    if (!input) return std::unexpected(refused(slug, "reading the profile", input.error()));
    input->organisation = org->second;
    auto id = profiles_.create(by, std::move(*input));
    if (!id) return std::unexpected(refused(slug, "opening the profile", id.error()));
    int revision = 1;
    const std::string today = profiles_.today();
    for (const auto& value : demo_list(entry, "offers")) {
      if (!value.is_object()) return std::unexpected(bad_demo_file(file_, slug + ": an offer is not an object"));
      auto offer = read_offer(demo_only(value.as_object(), {"side", "kind", "texts", "sectors", "countries"}));
      if (!offer) return std::unexpected(refused(slug, "reading an offer", offer.error()));
      if (auto* days = value.as_object().if_contains("expires_in_days"); days && days->is_int64())
        offer->expires_on = date_after(today, int(days->as_int64()));
      auto v = profiles_.add_offer(by, *id, revision, std::move(*offer));
      if (!v) return std::unexpected(refused(slug, "adding an offer", v.error()));
      revision = v->card.profile.revision;
    }
    if (*goal == ProfileStatus::draft) return *goal;
    auto submitted = profiles_.submit(by, *id, revision);
    if (!submitted) return std::unexpected(refused(slug, "sending it for review", submitted.error()));
    if (*goal == ProfileStatus::in_review) return *goal;
    auto published = profiles_.publish(reviewer, *id, submitted->card.profile.revision);
    if (!published) return std::unexpected(refused(slug, "publishing it", published.error()));
    return *goal;
  }

 private:
  ClusterProfileService& profiles_;
  const std::filesystem::path& file_;
  const DemoPeople& people_;
  const std::map<std::string, accounts::OrganisationId>& organisations_;
};

}  // namespace

Result<ClusterProfileDemoReport> load_demo_cluster_profiles(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("profiles") || !root.at("profiles").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of profiles"));
  const json::object& doc = root.as_object();
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> by_slug;
  for (const auto& o : *organisations) by_slug[o.slug] = o.id;
  const DemoPeople people(*users);
  QuietSurroundings quiet(services.cluster_profile_surroundings);
  ClusterProfileService service(services.cluster_profile_repository, quiet);
  DemoProfiles demo(service, file, people, by_slug);
  auto reviewer = demo.person(demo_text(doc, "reviewer"), "reviewer");
  if (!reviewer) return std::unexpected(reviewer.error());

  const auto& profiles = doc.at("profiles").as_array();
  ClusterProfileDemoReport report;
  ProgressBar bar("Loading the demo cluster profiles", profiles.size());
  std::size_t done = 0;
  for (const auto& value : profiles) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a profile is not an object"));
    const std::string slug = demo_text(value.as_object(), "organisation");
    bar.update(++done, slug);
    ++report.total;
    auto org = by_slug.find(slug);
    if (org == by_slug.end()) return std::unexpected(bad_demo_file(file, "unknown organisation " + slug));
    bool has_profile = false;  // the demo was loaded before: its profile stays as it is
    auto existing = services.cluster_profile_repository.read([&](ProfileStore& store) -> Status {
      auto id = store.profile_of(org->second);
      if (!id) return std::unexpected(id.error());
      has_profile = id->has_value();
      return {};
    });
    if (existing && has_profile) continue;
    if (!existing) return std::unexpected(existing.error());
    auto status = demo.load(value.as_object(), **reviewer);
    if (!status) return std::unexpected(status.error());
    ++report.added;
    ++report.added_by_status[std::string(name_of(*status, kProfileStatusNames))];
  }
  bar.finish();
  if (report.added == 0) return report;

  // Editors besides the organisation's staff, and people following the profiles of partners.
  for (const auto& value : demo_list(doc, "editors")) {
    if (!value.is_object()) continue;
    const json::object& e = value.as_object();
    const std::string slug = demo_text(e, "profile");
    auto org = by_slug.find(slug);
    if (org == by_slug.end()) return std::unexpected(bad_demo_file(file, "unknown organisation " + slug));
    auto id = service.profile_of(**reviewer, org->second);
    if (!id || !*id) return std::unexpected(bad_demo_file(file, slug + ": no profile to name editors of"));
    auto view = service.profile(**reviewer, **id);
    if (!view) return std::unexpected(demo.refused(slug, "reading it", view.error()));
    std::vector<std::string> emails;
    for (const auto& m : demo_list(e, "editors"))
      if (m.is_string()) emails.emplace_back(m.as_string());
    auto first = demo.person(emails.empty() ? "" : emails.front(), slug);
    if (!first) return std::unexpected(first.error());
    auto set = service.set_editors(**first, **id, view->card.profile.revision, emails);
    if (!set) return std::unexpected(demo.refused(slug, "naming its editors", set.error()));
  }
  for (const auto& value : demo_list(doc, "follows")) {
    if (!value.is_object()) continue;
    const json::object& f = value.as_object();
    const std::string slug = demo_text(f, "profile");
    auto org = by_slug.find(slug);
    if (org == by_slug.end()) return std::unexpected(bad_demo_file(file, "unknown organisation " + slug));
    auto who = demo.person(demo_text(f, "person"), slug);
    if (!who) return std::unexpected(who.error());
    auto id = service.profile_of(**who, org->second);
    if (!id || !*id) return std::unexpected(bad_demo_file(file, slug + ": no published profile to follow"));
    if (auto followed = service.follow(**who, **id); !followed)
      return std::unexpected(demo.refused(slug, "following it", followed.error()));
  }
  return report;
}

}  // namespace cps::app
