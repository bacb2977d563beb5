// The demo's training programme (see training_demo.hpp).
#include "app/training_demo.hpp"

#include <boost/json.hpp>
#include <chrono>

#include "app/demo.hpp"
#include "domain/events/zones.hpp"

namespace cps::app {

namespace {

namespace json = boost::json;
using accounts::Principal;
using training::Seconds;

constexpr Seconds kDay = 24 * 60 * 60;

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo training programme needs the demo partnership.", {}, what};
}

Seconds now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string day_at(int days, const std::string& zone, const std::string& time) {
  return events::local_time(now() + days * kDay, *events::find_zone(zone)).date + "T" + time;
}

struct Demo {
  Services& services;
  DemoPeople people;
  TrainingDemoReport report;

  Result<const Principal*> who(const std::string& email) {
    const Principal* p = people.find(email);
    if (!p) return std::unexpected(missing(email));
    return p;
  }

  // A training session held (or to be held) by `organiser`; those in `present` checked in.
  Result<events::Event> session(const std::string& organiser, json::object body, const std::vector<std::string>& present) {
    auto by = who(organiser);
    if (!by) return std::unexpected(by.error());
    auto input = events::read_event(body);
    if (!input) return std::unexpected(input.error());
    auto e = services.events.create(**by, std::move(*input));
    if (!e || present.empty()) return e;
    Seconds at = e->starts_at - 10 * kDay;
    events::EventService then(services.event_repository, services.event_platform, [&at] { return at; });
    std::vector<events::Registration> regs;
    for (const auto& email : present) {
      auto p = who(email);
      if (!p) return std::unexpected(p.error());
      auto r = then.register_for(**p, e->id, "");
      if (!r) return std::unexpected(r.error());
      regs.push_back(*r);
    }
    at = e->starts_at + 1800;
    for (const auto& r : regs)
      if (auto in = then.check_in(**by, e->id, r.id); !in) return std::unexpected(in.error());
    return e;
  }

  Result<training::Module> module(const std::string& author, json::object body) {
    auto by = who(author);
    if (!by) return std::unexpected(by.error());
    auto input = training::read_module(body);
    if (!input) return std::unexpected(input.error());
    auto m = services.training.create(**by, std::move(*input));
    if (m) ++report.modules_added;
    return m;
  }

  // One learner's way through a module, `days_ago` when they enrolled: the pre-assessment, and
  // when given the quiz's answers, the post-assessment and the certificate.
  struct Way {
    std::string email;
    std::vector<int> pre;
    std::vector<int> answers = {};
    std::vector<int> post = {};
    bool certificate = false;
  };
  Status learn(const training::Module& m, int days_ago, const Way& way) {
    auto p = who(way.email);
    if (!p) return std::unexpected(p.error());
    Seconds at = now() - days_ago * kDay;
    training::TrainingService then(services.training_repository, services.training_platform, [&at] { return at; });
    if (auto e = then.enrol(**p, m.id); !e) return std::unexpected(e.error());
    ++report.enrolments;
    if (way.pre.empty()) return {};
    if (auto ok = then.assess(**p, m.id, training::Phase::pre, way.pre); !ok) return std::unexpected(ok.error());
    if (!way.answers.empty()) {
      at += 7 * kDay;
      if (auto ok = then.take_quiz(**p, m.id, way.answers); !ok) return std::unexpected(ok.error());
    }
    if (!way.post.empty()) {
      at += 7 * kDay;
      if (auto ok = then.assess(**p, m.id, training::Phase::post, way.post); !ok) return std::unexpected(ok.error());
    }
    if (way.certificate) {
      if (auto ok = then.issue_certificate(**p, m.id); !ok) return std::unexpected(ok.error());
      ++report.certificates;
    }
    return {};
  }

  // Published knowledge items of `area`, at most `n`.
  std::vector<std::int64_t> items_of(const std::string& area, std::size_t n) {
    std::vector<std::int64_t> out;
    auto ids = services.knowledge_repository.item_ids();
    if (!ids) return out;
    auto items = services.knowledge_repository.items(*ids);
    if (!items) return out;
    for (const auto& item : *items) {
      const auto& areas = item.content.areas;
      if (item.status == knowledge::ItemStatus::published && out.size() < n &&
          std::find(areas.begin(), areas.end(), area) != areas.end())
        out.push_back(item.id.value());
    }
    return out;
  }
};

json::array ids_json(const std::vector<std::int64_t>& ids) {
  json::array out;
  for (auto id : ids) out.emplace_back(id);
  return out;
}

}  // namespace

Result<TrainingDemoReport> load_demo_training(Services& services) {
  std::vector<accounts::User> users;
  auto read = services.account_repository.read([&](accounts::AccountStore& store) -> Status {
    auto all = store.users();
    if (!all) return std::unexpected(all.error());
    users = std::move(*all);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  Demo demo{services, DemoPeople(users), {}};
  auto admin = demo.who("admin@clusterpolisee.example");
  if (!admin) return std::unexpected(admin.error());
  auto existing = services.training.list(**admin, {});
  if (!existing) return std::unexpected(existing.error());
  if (!existing->empty()) return demo.report;

  const std::string chiara = "chiara.benedetti@via-emilia-innovation-agency.example";
  const std::string marco = "marco.zanon@piave-cluster-network.example";
  const std::string eleni = "eleni.papadimitriou@axios-innovation-agency.example";
  const std::string it = "Europe/Rome", gr = "Europe/Athens";

  // Cluster management excellence: a session seven weeks ago, six people through the module.
  const std::vector<std::string> cohort = {"cristian.lupu@valea-sucevei-wood-cluster.example",
                                           "milica.djordjevic@avala-software-cluster.example",
                                           "besnik.kola@buna-agrifood-cluster.example",
                                           "hristo.angelov@gabrovo-precision-cluster.example",
                                           "dimitra.chatzidaki@patras-digital-health-cluster.example",
                                           "ivana.babic@velebit-rda.example"};
  auto excellence_day = demo.session(
      chiara,
      json::object{{"kind", "training_session"},
                   {"title", "Training: the cluster management excellence labels in practice"},
                   {"description", "A day with cluster managers who went through the bronze and silver labels."},
                   {"start", day_at(-49, it, "09:30")}, {"end", day_at(-49, it, "16:30")}, {"zone", it},
                   {"place", "Bologna"}, {"areas", json::array{"WG1"}}, {"capacity", 20}},
      cohort);
  if (!excellence_day) return std::unexpected(excellence_day.error());
  auto excellence = demo.module(
      chiara,
      json::object{
          {"area", "WG1"},
          {"title", "Cluster management excellence"},
          {"summary", "How a cluster organisation plans, serves its members and measures what it delivers, along "
                      "the lines of the European cluster excellence labels."},
          {"objectives", "Write a cluster strategy with measurable goals\n"
                         "Design services members pay for\n"
                         "Measure members' satisfaction and the cluster's results\n"
                         "Prepare a cluster management assessment"},
          {"materials", "## Before the session\n\nRead the short guide to the **excellence labels** and bring your "
                        "cluster's last yearly report.\n\n## After the session\n\n- Fill in the self-check of "
                        "your cluster's management.\n- Compare it with the practices linked below."},
          {"knowledge_items", ids_json(demo.items_of("WG1", 2))},
          {"sessions", json::array{excellence_day->id.value()}},
          {"languages", "en, ro, el"},
          {"status", "published"},
          {"quiz", "What does a cluster strategy need first? | A logo | *Goals its members agree on | A bigger office\n"
                   "Which service do members most often pay for? | *Joint trade-fair stands | Free coffee | Nothing\n"
                   "How often should member satisfaction be measured? | Never | Every ten years | *Every year"},
          {"pass_mark", 67},
          {"sessions_required", 1}});
  if (!excellence) return std::unexpected(excellence.error());
  const std::vector<std::vector<int>> befores = {{2, 1, 2, 1}, {3, 2, 2, 2}, {2, 2, 1, 1},
                                                 {3, 3, 2, 2}, {1, 2, 2, 1}, {2, 2, 3, 2}};
  const std::vector<std::vector<int>> afters = {{4, 3, 4, 3}, {4, 4, 3, 4}, {4, 3, 3, 3},
                                                {5, 4, 4, 4}, {3, 3, 4, 3}, {4, 4, 4, 4}};
  for (std::size_t i = 0; i < cohort.size(); ++i)
    if (auto ok = demo.learn(*excellence, 60 - int(i), {cohort[i], befores[i], {1, 0, 2}, afters[i], true}); !ok)
      return std::unexpected(ok.error());

  // Cluster internationalisation: no session asked for; three people part-way.
  auto international = demo.module(
      marco,
      json::object{
          {"area", "WG3"},
          {"title", "Internationalisation of clusters"},
          {"summary", "Taking a cluster's members abroad together: markets, partners and the programmes that pay "
                      "for joint missions."},
          {"objectives", "Choose target markets with the members\nFind partner clusters abroad\n"
                         "Plan and fund a joint business mission"},
          {"materials", "Start with the partner search of this platform: find two clusters abroad whose needs "
                        "match your members' offers, and read their profiles.\n\nThen read the practices linked "
                        "below on joint missions."},
          {"knowledge_items", ids_json(demo.items_of("WG3", 2))},
          {"languages", "en, sq, hu"},
          {"status", "published"},
          {"quiz", "Who should choose the target markets? | *The members, together | The cluster manager alone\n"
                   "What is a partner cluster abroad for? | *Contacts its members can trust | Decoration"},
          {"pass_mark", 50}});
  if (!international) return std::unexpected(international.error());
  for (const auto& way : std::vector<Demo::Way>{
           {"arben.hoxha@al-enterprise-cluster-agency.example", {2, 1, 1}, {0, 0}, {4, 3, 3}, true},
           {"marija.stojanovska@mk-competitiveness-office.example", {3, 2, 1}, {0, 1}},
           {"luka.peric@sava-cluster-alliance.example", {2, 2, 2}}})
    if (auto ok = demo.learn(*international, 30, way); !ok) return std::unexpected(ok.error());

  // Smart specialisation: a session to come, people just enrolled.
  auto s3_day = demo.session(
      eleni,
      json::object{{"kind", "training_session"},
                   {"title", "Training: clusters in the entrepreneurial discovery process"},
                   {"start", day_at(24, gr, "10:00")}, {"end", day_at(24, gr, "15:00")}, {"zone", gr},
                   {"place", "Thessaloniki"}, {"areas", json::array{"WG5"}}, {"capacity", 30}},
      {});
  if (!s3_day) return std::unexpected(s3_day.error());
  auto s3 = demo.module(
      eleni,
      json::object{
          {"area", "WG5"},
          {"title", "Smart specialisation for cluster policy"},
          {"summary", "What clusters bring to a region's smart specialisation strategy, and how the strategy can "
                      "fund them."},
          {"objectives", "Explain the entrepreneurial discovery process\nLink cluster priorities to the strategy's "
                         "domains\nFind the strategy's funding for cluster projects"},
          {"materials", "The session works on your own region's strategy: bring its list of priority domains."},
          {"knowledge_items", ids_json(demo.items_of("WG5", 2))},
          {"sessions", json::array{s3_day->id.value()}},
          {"languages", "en, el, ro"},
          {"status", "published"},
          {"sessions_required", 1}});
  if (!s3) return std::unexpected(s3.error());
  for (const auto& way : std::vector<Demo::Way>{{"petra.novak@si-smart-specialisation-agency.example", {2, 1, 2}},
                                                {"desislava.petkova@vitosha-cluster-network.example", {}}})
    if (auto ok = demo.learn(*s3, 3, way); !ok) return std::unexpected(ok.error());
  return demo.report;
}

}  // namespace cps::app
