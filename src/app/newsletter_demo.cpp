// The demo's newsletter (see newsletter_demo.hpp).
#include "app/newsletter_demo.hpp"

#include "app/demo.hpp"

namespace cps::app {

namespace {

using namespace cps::newsletter;

struct DemoSubscriber {
  const char* email;
  const char* language;
  std::vector<std::string> areas;
  std::vector<std::string> countries;
};

// Readers of the partnership's newsletter outside the partnership: agencies, clusters,
// researchers, each in the language they read.
const std::vector<DemoSubscriber>& subscribers() {
  static const std::vector<DemoSubscriber> kSubscribers = {
      {"elena.marin@bacau-chamber.example", "ro", {"WG1", "WG2"}, {"RO"}},
      {"ioana.stan@iasi-university.example", "ro", {}, {}},
      {"vlad.georgescu@ilfov-county.example", "ro", {"WG4"}, {}},
      {"orsolya.nagy@szeged-cluster.example", "hu", {"WG3"}, {"HU"}},
      {"eleni.papadaki@crete-region.example", "el", {}, {"EL"}},
      {"besnik.krasniqi@tirana-chamber.example", "sq", {}, {"AL"}},
      {"john.hale@interreg-observer.example", "en", {}, {}},
      {"maria.rossi@emilia-cluster.example", "en", {"WG2"}, {}},
  };
  return kSubscribers;
}

constexpr const char* kBounced = "vlad.georgescu@ilfov-county.example";

constexpr const char* kIssueSubject = "Buletinul ClusterPoliSEE — noiembrie 2026";
constexpr const char* kIssueBody =
    "## Ce s-a întâmplat în parteneriat\n\n"
    "- **Vizita de studiu în Emilia-Romagna**: opt regiuni au văzut cum agenția regională finanțează "
    "laboratoarele comune ale clusterelor.\n"
    "- **Evaluarea între egali a strategiei din Ilfov** s-a încheiat cu două recomandări: vouchere pentru "
    "clusterele mici și o academie a managerilor de cluster.\n"
    "- **Studiul Delphi** despre politicile de cluster în 2035 intră în a doua rundă.\n\n"
    "## Ce urmează\n\n"
    "Conferința finală are loc la Atena în primăvara lui 2027. Programul va fi publicat pe platformă.\n";

// The secret of the newest confirmation link mailed to `email`, as its reader would open it.
Result<std::string> confirmation_secret(storage::Database& db, const std::string& email) {
  std::string body;
  auto read = db.transaction([&](soci::session& s) {
    soci::indicator ind = soci::i_ok;
    s << "SELECT body FROM outbox WHERE recipient = :r ORDER BY id DESC LIMIT 1", soci::use(email),
        soci::into(body, ind);
  });
  if (!read) return std::unexpected(read.error());
  const std::string marker = "/newsletter/confirm/";
  auto at = body.find(marker);
  if (at == std::string::npos)
    return fail(ErrorKind::internal, "The demo subscription's confirmation mail is missing.", {}, email);
  return body.substr(at + marker.size(), 43);
}

}  // namespace

Result<NewsletterDemoReport> load_demo_newsletter(Services& services, storage::Database& db) {
  NewsletterDemoReport report;
  auto users = services.accounts.users(accounts::AccountService::command_line());
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  const accounts::Principal* lead = people.find("andrei.parvulescu@nord-est-cluster-agency.example");
  const accounts::Principal* admin = people.find("admin@clusterpolisee.example");
  if (!lead || !admin) return fail(ErrorKind::internal, "The demo partnership is not stored yet.");
  auto stored = services.newsletter.subscribers(*lead);
  if (!stored) return std::unexpected(stored.error());
  if (!stored->empty()) return report;

  for (const auto& s : subscribers()) {
    auto done = services.newsletter.subscribe(SubscriptionInput{s.email, s.language, Segment{s.areas, s.countries}},
                                              s.language);
    if (!done) return std::unexpected(done.error());
    auto secret = confirmation_secret(db, s.email);
    if (!secret) return std::unexpected(secret.error());
    auto confirmed = services.newsletter.confirm(*secret);
    if (!confirmed) return std::unexpected(confirmed.error());
    ++report.subscribers;
  }
  // The mail gateway reported that one address does not exist.
  auto bounced = services.newsletter.record_bounce(*admin, BounceInput{kBounced, BounceKind::hard,
                                                                      "550 5.1.1 mailbox unavailable"});
  if (!bounced) return std::unexpected(bounced.error());

  auto issue = services.newsletter.create_issue(*lead, IssueInput{"ro", kIssueSubject, kIssueBody, Segment{}});
  if (!issue) return std::unexpected(issue.error());
  auto sent = services.newsletter.send_issue(*lead, issue->id);
  if (!sent) return std::unexpected(sent.error());
  ++report.issues;
  return report;
}

}  // namespace cps::app
