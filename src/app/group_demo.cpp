// The demo's workspaces (see group_demo.hpp).
#include "app/group_demo.hpp"

#include "app/demo.hpp"

namespace cps::app {

namespace {

using accounts::Principal;

struct DemoReply {
  const char* email;
  const char* body;
};

struct DemoThread {
  const char* group;
  const char* email;
  const char* subject;
  const char* body;
  std::vector<DemoReply> replies;
};

// Discussions as the partners would write them, each in the language its author works in;
// the mentions leave notifications waiting for the people they name.
const std::vector<DemoThread>& threads() {
  static const std::vector<DemoThread> kThreads = {
      {"WG1", "chiara.benedetti@via-emilia-innovation-agency.example", "Peer review of cluster managers' training",
       "Before the WG1 meeting, could each region list the training its cluster managers had in the last two "
       "years?\n\n- who paid for it\n- how many days\n- whether a certificate came with it\n\n@sofia.vlachou "
       "you offered to collect the Greek answers — thank you.",
       {{"sofia.vlachou@athens-cluster-studies-institute.example",
         "Ναι, θα συγκεντρώσω τις απαντήσεις από την Αττική και την Κρήτη μέχρι το τέλος του μήνα. Οι περισσότεροι "
         "διαχειριστές συστάδων έκαναν σεμινάρια του ESCA, χωρίς πιστοποίηση."},
        {"mihai.constantinescu@ilfov-innovation-agency.example",
         "În Ilfov, doi manageri de cluster au urmat cursul de bronz ESCA în 2025, plătit din fonduri regionale. "
         "Putem trimite programa cursului."}}},
      {"WG2", "maja.kovacic@pohorje-wood-cluster.example", "Wood and agrifood clusters: joint call for pilots",
       "The Sustainability Plan asks WG2 for two pilots that join the wood and the agrifood value chains "
       "(packaging from wood residues is the obvious one). Ideas before Friday, please.",
       {{"manolis.daskalakis@ida-agrifood-cluster.example",
         "Στην Κρήτη οι παραγωγοί ελαιολάδου ψάχνουν συσκευασίες χωρίς πλαστικό. Μπορούμε να το προτείνουμε ως "
         "πιλοτικό."},
        {"ivana.babic@velebit-rda.example",
         "Velebit has a sawmill cooperative interested. @maja.kovačič shall I draft the one-page idea?"}}},
      {"WG3", "marco.zanon@piave-cluster-network.example", "International matchmaking event in Sofia",
       "We have the venue for the matchmaking day in Sofia on 14 May. @desislava.petkova could you check which "
       "Bulgarian clusters have published profiles on the platform?",
       {{"desislava.petkova@vitosha-cluster-network.example",
         "Eleven Bulgarian profiles are published; four more are waiting for review. I will remind them this week."},
        {"luka.peric@sava-cluster-alliance.example", "Sava Cluster Alliance will bring three member companies."}}},
      {"WG4", "tomas.kovacik@danube-innovation-agency.example", "Cluster accreditation as a condition for funding",
       "Hungary ties part of its cluster funding to accreditation. Should the Joint Strategic Plan recommend "
       "the same? Evidence from the knowledge base welcome.",
       {{"bence.varga@tisza-maros-innovation-centre.example",
         "Nálunk az akkreditáció 2008 óta feltétele a támogatásnak. Tapasztalat: a klaszterek jobban mérik az "
         "eredményeiket, de a kis klaszterek nehezen teljesítik a küszöböt."},
        {"arben.hoxha@al-enterprise-cluster-agency.example",
         "Në Shqipëri nuk kemi ende akreditim. Një prag i ulët do të ndihmonte klasterët e rinj. "
         "@tomáš.kováčik, a mund ta diskutojmë në takimin e ardhshëm?"},
        {"raluca.toma@nord-est-cluster-agency.example",
         "În Nord-Est am folosi un sistem în două trepte: înregistrare simplă, apoi acreditare după doi ani."}}},
      {"WG5", "eleni.papadimitriou@axios-innovation-agency.example", "Ψηφιακά εργαλεία για τις περιφερειακές ομάδες",
       "Προτείνω να συγκεντρώσουμε τα ψηφιακά εργαλεία που χρησιμοποιούν οι περιφέρειες για την παρακολούθηση των "
       "συστάδων. @elira.dervishi έχετε κάποιο εργαλείο στη Vjosa;",
       {{"elira.dervishi@vjosa-rda.example",
         "Po, përdorim një regjistër të thjeshtë në tabelë. Do ta ndaj me grupin këtë javë."},
        {"gregor.zupan@si-smart-specialisation-agency.example",
         "Slovenia's smart specialisation office has a dashboard; I can present it in English at the next call."}}},
      {"WG6", "gabor.horvath@vertes-mechatronics-cluster.example", "Mechatronikai klaszterek: közös képzési modul",
       "Javaslom, hogy a WG6 egy közös képzési modult dolgozzon ki a mechatronikai klaszterek számára. "
       "@giulia.furlan, az egyetem be tudna szállni?",
       {{"giulia.furlan@alpi-orientali-university.example",
         "Yes, our engineering faculty can host the first module in September. We would need the learning "
         "outcomes by June."},
        {"nemanja.ilic@morava-enterprise-centre.example", "Morava Enterprise Centre can send two trainers."}}},
      {"SC", "ioana.margineanu@nord-est-cluster-agency.example", "Ordinea de zi a reuniunii Comitetului director",
       "Propun pentru reuniunea din martie: (1) stadiul Planului strategic comun, (2) raportul financiar, "
       "(3) următoarea reuniune. @katalin.szabó vă rog să confirmați data.",
       {{"katalin.szabo@tisza-maros-innovation-centre.example",
         "Március 12. megfelel. A pénzügyi jelentést előtte egy héttel elküldöm."}}},
  };
  return kThreads;
}

struct DemoDecision {
  const char* group;
  const char* email;
  const char* text;
  const char* date;
  const char* meeting;
  std::size_t thread;  // index in threads()
};

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo workspaces need the demo partnership.", {}, what};
}

}  // namespace

Result<GroupDemoReport> load_demo_groups(Services& services) {
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  GroupDemoReport report;
  const Principal* admin = people.find("admin@clusterpolisee.example");
  if (!admin) return std::unexpected(missing("admin@clusterpolisee.example"));
  // Only into workspaces without discussions: a second load adds nothing.
  auto existing = services.groups.workspaces(*admin);
  if (!existing) return std::unexpected(existing.error());
  for (const auto& w : *existing)
    if (w.threads > 0) return report;

  std::vector<groups::Thread> started;
  for (const auto& t : threads()) {
    const Principal* author = people.find(t.email);
    if (!author) return std::unexpected(missing(t.email));
    auto thread = services.groups.start_thread(*author, t.group, {t.subject, t.body});
    if (!thread) return std::unexpected(thread.error());
    started.push_back(*thread);
    ++report.threads;
    for (const auto& r : t.replies) {
      const Principal* who = people.find(r.email);
      if (!who) return std::unexpected(missing(r.email));
      auto post = services.groups.reply(*who, thread->id, r.body);
      if (!post) return std::unexpected(post.error());
      ++report.posts;
    }
  }

  const DemoDecision decisions[] = {
      {"WG4", "tomas.kovacik@danube-innovation-agency.example",
       "The Joint Strategic Plan will recommend a two-step recognition of clusters: registration, then "
       "accreditation after two years.",
       "2026-11-18", "WG4 meeting, Szeged", 3},
      {"WG3", "marco.zanon@piave-cluster-network.example", "The matchmaking day takes place in Sofia on 14 May 2027.",
       "2026-11-25", "WG3 online call", 2},
      {"SC", "ioana.margineanu@nord-est-cluster-agency.example",
       "The steering committee meets in Szeged on 12 March 2027.", "2026-12-01", "SC written procedure", 6},
  };
  for (const auto& d : decisions) {
    const Principal* who = people.find(d.email);
    if (!who) return std::unexpected(missing(d.email));
    // The lead partner records the committee's decisions; coordinators their groups'.
    auto recorded = services.groups.record_decision(
        *who, d.group, {d.text, d.date, d.meeting, std::optional<groups::ThreadId>(started.at(d.thread).id)});
    if (!recorded) return std::unexpected(recorded.error());
    ++report.decisions;
  }

  // A moderated discussion: the WG3 coordinator locks the settled one.
  const Principal* wg3 = people.find("marco.zanon@piave-cluster-network.example");
  if (!wg3) return std::unexpected(missing("marco.zanon@piave-cluster-network.example"));
  if (auto locked = services.groups.set_thread_state(*wg3, started.at(2).id, groups::ThreadState::locked); !locked)
    return std::unexpected(locked.error());
  return report;
}

}  // namespace cps::app
