// The demo's discussions about subjects (see discussion_demo.hpp).
#include "app/discussion_demo.hpp"

#include "app/demo.hpp"

namespace cps::app {

namespace {

constexpr const char* kItem = "hu-palyazati-klaszterek-tanulsagai";  // published, WG4 first
constexpr const char* kStarter = "raluca.toma@nord-est-cluster-agency.example";
constexpr const char* kReplier = "bence.varga@tisza-maros-innovation-centre.example";

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo discussions need the demo partnership and knowledge base.", {}, what};
}

}  // namespace

Result<DiscussionDemoReport> load_demo_discussions(Services& services) {
  const accounts::Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  const accounts::Principal* starter = people.find(kStarter);
  const accounts::Principal* replier = people.find(kReplier);
  if (!starter) return std::unexpected(missing(kStarter));
  if (!replier) return std::unexpected(missing(kReplier));
  auto item = services.knowledge.item_by_slug(*starter, kItem);
  if (!item) return std::unexpected(missing(kItem));
  const groups::Subject subject{groups::SubjectKind::knowledge_item, item->id.value()};
  DiscussionDemoReport report;
  auto existing = services.groups.discussion_of(*starter, subject);
  if (!existing) return std::unexpected(existing.error());
  if (existing->thread) return report;
  auto thread = services.groups.discuss(
      *starter, subject,
      "Lecțiile maghiare despre apelurile pentru clustere se potrivesc și în Nord-Est: am avea nevoie de un "
      "prag mai mic pentru clusterele tinere. @bence.varga, cât a durat evaluarea unei cereri?");
  if (!thread) return std::unexpected(thread.error());
  ++report.discussions;
  auto reply = services.groups.reply(
      *replier, thread->id,
      "Nálunk átlagosan hat hét volt. A kis klaszterek számára egyszerűsített űrlapot vezettünk be 2021-ben.");
  if (!reply) return std::unexpected(reply.error());
  return report;
}

}  // namespace cps::app
