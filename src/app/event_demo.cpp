// The demo's events (see event_demo.hpp).
#include "app/event_demo.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <chrono>

#include "app/demo.hpp"
#include "domain/events/zones.hpp"

namespace cps::app {

namespace {

namespace json = boost::json;
using accounts::Principal;
using events::Seconds;

constexpr Seconds kDay = 24 * 60 * 60;

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo events need the demo partnership and knowledge items.", {}, what};
}

Seconds now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// The local date `days` from today in the zone, with the time of day: "2026-06-10T09:00".
std::string day_at(int days, const std::string& zone, const std::string& time) {
  return events::local_time(now() + days * kDay, *events::find_zone(zone)).date + "T" + time;
}

struct Demo {
  Services& services;
  DemoPeople people;
  EventDemoReport report;

  Result<const Principal*> who(const std::string& email) {
    const Principal* p = people.find(email);
    if (!p) return std::unexpected(missing(email));
    return p;
  }

  Result<std::int64_t> organisation(const std::string& slug) {
    std::optional<std::int64_t> id;
    auto read = services.account_repository.read([&](accounts::AccountStore& store) -> Status {
      auto o = store.organisation_by_slug(slug);
      if (!o) return std::unexpected(o.error());
      if (*o) id = (*o)->id.value();
      return {};
    });
    if (!read) return std::unexpected(read.error());
    if (!id) return std::unexpected(missing(slug));
    return *id;
  }

  Result<events::Event> create(const std::string& organiser, json::object body, const std::string& host) {
    auto by = who(organiser);
    if (!by) return std::unexpected(by.error());
    auto org = organisation(host);
    if (!org) return std::unexpected(org.error());
    body["host"] = std::to_string(*org);
    auto input = events::read_event(body);
    if (!input) return std::unexpected(input.error());
    auto e = services.events.create(**by, std::move(*input));
    if (e) ++report.events_added;
    return e;
  }

  // As the service would have answered at `at`.
  Status attend(const events::Event& e, Seconds at, const std::string& organiser,
                const std::vector<std::pair<std::string, std::string>>& who_and_needs, std::size_t present) {
    events::EventService then(services.event_repository, services.event_platform, [&at] { return at; });
    std::vector<events::Registration> regs;
    for (const auto& [email, needs] : who_and_needs) {
      auto p = who(email);
      if (!p) return std::unexpected(p.error());
      auto r = then.register_for(**p, e.id, needs);
      if (!r) return std::unexpected(r.error());
      regs.push_back(*r);
      ++report.registrations;
    }
    if (present == 0) return {};
    auto by = who(organiser);
    if (!by) return std::unexpected(by.error());
    at = e.starts_at + 1800;
    for (std::size_t i = 0; i < present && i < regs.size(); ++i)
      if (auto in = then.check_in(**by, e.id, regs[i].id); !in) return std::unexpected(in.error());
    return {};
  }

  // The report, and knowledge items from the lessons `drafted` (from 0); those in `published`
  // also published by the lead partner's coordinator.
  Status report_on(const events::Event& e, const std::string& author, json::object body,
                   std::vector<std::size_t> drafted, std::vector<std::size_t> published) {
    auto by = who(author);
    if (!by) return std::unexpected(by.error());
    auto input = events::read_report(body);
    if (!input) return std::unexpected(input.error());
    auto written = services.events.write_report(**by, e.id, e.revision, std::move(*input));
    if (!written) return std::unexpected(written.error());
    auto lead = who("ioana.margineanu@nord-est-cluster-agency.example");
    if (!lead) return std::unexpected(lead.error());
    for (auto lesson : drafted) {
      auto item = services.events.draft_from_lesson(**by, e.id, lesson);
      if (!item) return std::unexpected(item.error());
      ++report.knowledge_items;
      if (std::find(published.begin(), published.end(), lesson) == published.end()) continue;
      auto stored = services.knowledge.item(**lead, knowledge::ItemId(*item));
      if (!stored) return std::unexpected(stored.error());
      auto moved = services.knowledge.transition(**lead, knowledge::ItemId(*item), stored->revision,
                                                 knowledge::KnowledgeService::Transition::publish, "");
      if (!moved) return std::unexpected(moved.error());
    }
    return {};
  }
};

json::array agenda(std::initializer_list<std::array<const char*, 3>> items) {
  json::array out;
  for (const auto& i : items) out.push_back(json::object{{"time", i[0]}, {"title", i[1]}, {"speaker", i[2]}});
  return out;
}

}  // namespace

Result<EventDemoReport> load_demo_events(Services& services) {
  auto existing = services.events.list(events::ListFilter{});
  if (!existing) return std::unexpected(existing.error());
  auto past = services.events.list(events::ListFilter{.when = events::When::past});
  if (!past) return std::unexpected(past.error());
  std::vector<accounts::User> users;
  auto read = services.account_repository.read([&](accounts::AccountStore& store) -> Status {
    auto all = store.users();
    if (!all) return std::unexpected(all.error());
    users = std::move(*all);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  Demo demo{services, DemoPeople(users), {}};
  if (!existing->empty() || !past->empty()) return demo.report;

  const std::string sl = "Europe/Ljubljana", it = "Europe/Rome", hu = "Europe/Budapest", ro = "Europe/Bucharest";
  const std::string maja = "maja.kovacic@pohorje-wood-cluster.example";
  const std::string chiara = "chiara.benedetti@via-emilia-innovation-agency.example";
  const std::string ioana = "ioana.margineanu@nord-est-cluster-agency.example";

  // Past: a study visit to the wood cluster of Pohorje, two months ago.
  auto wood = demo.create(
      maja,
      json::object{{"kind", "study_visit"},
                   {"title", "Study visit: shared workshops of the Pohorje wood cluster"},
                   {"description", "Two days with the wood cluster's members in Maribor and Slovenj Gradec: the "
                                   "shared CNC workshop, the joint timber-drying kiln and the cluster's training "
                                   "centre for carpenters."},
                   {"start", day_at(-60, sl, "09:00")}, {"end", day_at(-59, sl, "16:00")}, {"zone", sl},
                   {"place", "Maribor"}, {"address", "Pohorje wood cluster, Maribor, Slovenia"},
                   {"areas", json::array{"WG2", "WG1"}}, {"regions", "SI03"}, {"capacity", 12},
                   {"agenda", agenda({{"09:00", "Welcome and the cluster's story", "Maja Kovačič"},
                                      {"10:30", "The shared CNC workshop", "Workshop manager"},
                                      {"14:00", "Timber-drying kiln run by members", ""}})}},
      "pohorje-wood-cluster");
  if (!wood) return std::unexpected(wood.error());
  if (auto ok = demo.attend(*wood, wood->starts_at - 20 * kDay, maja,
                            {{"cristian.lupu@valea-sucevei-wood-cluster.example", "vegetarian"},
                             {"ivana.babic@velebit-rda.example", ""},
                             {"marija.stojanovska@mk-competitiveness-office.example", ""},
                             {"raluca.toma@nord-est-cluster-agency.example", ""}},
                            3);
      !ok)
    return std::unexpected(ok.error());
  if (auto ok = demo.report_on(
          *wood, maja,
          json::object{{"seen", "Members share one CNC workshop booked by the hour and one drying kiln run in "
                                "turns; the cluster trains carpenters in its own centre with the vocational school."},
                       {"lessons", "Shared machines lower the entry cost for small joineries more than grants do\n"
                                   "A booking rule agreed by the members keeps a shared workshop fair\n"
                                   "Training with the vocational school keeps young carpenters in the region"},
                       {"transfer", "Wood clusters in Suceava and Lika could start with a shared kiln."},
                       {"audience", "Cluster managers and regional development agencies"}},
          {0, 1}, {0});
      !ok)
    return std::unexpected(ok.error());

  // Past: a study visit to Emilia-Romagna's innovation agency, four months ago.
  auto emilia = demo.create(
      chiara,
      json::object{{"kind", "study_visit"},
                   {"title", "Study visit: Emilia-Romagna's clust-ER associations"},
                   {"description", "How a region organises its clusters as associations with research labs, "
                                   "companies and training bodies, and funds them by results."},
                   {"start", day_at(-120, it, "09:30")}, {"end", day_at(-119, it, "13:00")}, {"zone", it},
                   {"place", "Bologna"}, {"address", "Via Emilia innovation agency, Bologna, Italy"},
                   {"areas", json::array{"WG1", "WG4"}}, {"regions", "ITH5"}, {"capacity", 15}},
      "via-emilia-innovation-agency");
  if (!emilia) return std::unexpected(emilia.error());
  if (auto ok = demo.attend(*emilia, emilia->starts_at - 30 * kDay, chiara,
                            {{"arben.hoxha@al-enterprise-cluster-agency.example", ""},
                             {"bence.varga@tisza-maros-innovation-centre.example", ""},
                             {"milica.djordjevic@avala-software-cluster.example", "step-free access"}},
                            3);
      !ok)
    return std::unexpected(ok.error());
  if (auto ok = demo.report_on(
          *emilia, chiara,
          json::object{{"seen", "Seven cluster associations, each with a lab network and a yearly plan the "
                                "region co-funds against agreed results."},
                       {"lessons", "Funding clusters against a yearly plan with results keeps them active\n"
                                   "Research labs as members give small companies a way into applied research"},
                       {"transfer", "Regions with a smart specialisation strategy and few clusters."},
                       {"audience", "Managing authorities"}},
          {0}, {0});
      !ok)
    return std::unexpected(ok.error());

  // Upcoming: a study visit with every place taken and two people waiting.
  auto tisza = demo.create(
      ioana,
      json::object{{"kind", "study_visit"},
                   {"title", "Study visit: health-tech start-ups around Szeged"},
                   {"description", "The Tisza-Maros innovation centre shows how its university spin-offs share "
                                   "a clinical testing service."},
                   {"start", day_at(21, hu, "09:00")}, {"end", day_at(22, hu, "15:00")}, {"zone", hu},
                   {"place", "Szeged"}, {"address", "Tisza-Maros innovation centre, Szeged, Hungary"},
                   {"areas", json::array{"WG3"}}, {"regions", "HU33"}, {"capacity", 3},
                   {"registration_deadline", day_at(14, hu, "17:00")}},
      "tisza-maros-innovation-centre");
  if (!tisza) return std::unexpected(tisza.error());
  if (auto ok = demo.attend(*tisza, now(), ioana,
                            {{"besnik.kola@buna-agrifood-cluster.example", ""},
                             {"desislava.petkova@vitosha-cluster-network.example", "gluten-free"},
                             {"luka.peric@sava-cluster-alliance.example", ""},
                             {"hristo.angelov@gabrovo-precision-cluster.example", ""},
                             {"peter.molnar@balaton-health-tourism-cluster.example", ""}},
                            0);
      !ok)
    return std::unexpected(ok.error());

  auto webinar = demo.create(
      chiara,
      json::object{{"kind", "webinar"},
                   {"title", "Webinar: measuring what clusters deliver"},
                   {"start", day_at(10, it, "11:00")}, {"end", day_at(10, it, "12:30")}, {"zone", it},
                   {"online_link", "https://meet.example/clusters-results"},
                   {"areas", json::array{"WG1"}}},
      "via-emilia-innovation-agency");
  if (!webinar) return std::unexpected(webinar.error());
  auto workshop = demo.create(
      maja,
      json::object{{"kind", "workshop"},
                   {"title", "Workshop: writing a shared-equipment rulebook"},
                   {"start", day_at(35, sl, "10:00")}, {"end", day_at(35, sl, "16:00")}, {"zone", sl},
                   {"place", "Ljubljana"}, {"areas", json::array{"WG2"}}, {"capacity", 25}},
      "pohorje-wood-cluster");
  if (!workshop) return std::unexpected(workshop.error());

  // The final conference.
  auto conference = demo.create(
      ioana,
      json::object{{"kind", "conference"},
                   {"title", "ClusterPoliSEE final conference: what the regions learned"},
                   {"description", "The partnership's results: the assessments, the pilots and the transfers, "
                                   "and what comes next for cluster policy in South East Europe."},
                   {"start", day_at(200, ro, "09:00")}, {"end", day_at(201, ro, "13:00")}, {"zone", ro},
                   {"place", "Iași"}, {"address", "Palace of Culture, Iași, Romania"},
                   {"areas", json::array{"WG1", "WG2", "WG3", "WG4", "WG5", "WG6"}}, {"capacity", 150},
                   {"agenda", agenda({{"08:30", "Registration and coffee", ""},
                                      {"09:00", "Opening", "Ioana Mărgineanu"},
                                      {"09:30", "Ten regions, one method: the assessments", "Adriana Stoica"},
                                      {"10:30", "Coffee break and poster walk of the study visits", ""},
                                      {"11:00", "Pilots that worked, and why", "Eleni Papadimitriou"},
                                      {"12:30", "Lunch", ""},
                                      {"14:00", "Policy transfers across borders", "Chiara Benedetti"},
                                      {"15:00", "What the study visits taught: five lessons in ten minutes each",
                                       "Maja Kovačič"},
                                      {"16:00", "Panel: the next programming period", "Steering committee"},
                                      {"17:30", "Closing: the partnership's recommendations", "Ioana Mărgineanu"}})}},
      "nord-est-cluster-agency");
  if (!conference) return std::unexpected(conference.error());
  if (auto ok = demo.attend(*conference, now(), ioana,
                            {{"gabor.horvath@vertes-mechatronics-cluster.example", ""},
                             {"petra.novak@si-smart-specialisation-agency.example", ""}},
                            0);
      !ok)
    return std::unexpected(ok.error());

  // Upcoming: a study visit whose seats the organiser allocates among the partners; one person
  // approved, two waiting for the decision.
  auto allocated = demo.create(
      ioana,
      json::object{{"kind", "study_visit"},
                   {"title", "Study visit: the agri-food cluster of Iași and its shared laboratory"},
                   {"description", "Seats are allocated among the partners: the organisers approve each "
                                   "registration so that every region sends someone."},
                   {"start", day_at(45, ro, "09:00")}, {"end", day_at(46, ro, "14:00")}, {"zone", ro},
                   {"place", "Iași"}, {"address", "Nord-Est cluster agency, Iași, Romania"},
                   {"areas", json::array{"WG4"}}, {"regions", "RO21"}, {"capacity", 8},
                   {"allocation", "approval"}},
      "nord-est-cluster-agency");
  if (!allocated) return std::unexpected(allocated.error());
  if (auto ok = demo.attend(*allocated, now(), ioana,
                            {{"besnik.kola@buna-agrifood-cluster.example", ""},
                             {"cristian.lupu@valea-sucevei-wood-cluster.example", "vegetarian"},
                             {"arben.hoxha@al-enterprise-cluster-agency.example", ""}},
                            0);
      !ok)
    return std::unexpected(ok.error());
  auto organiser = demo.who(ioana);
  if (!organiser) return std::unexpected(organiser.error());
  auto requests = services.events.registrations(**organiser, allocated->id);
  if (!requests) return std::unexpected(requests.error());
  if (!requests->empty())
    if (auto ok = services.events.decide(**organiser, allocated->id, requests->front().id, events::Decision::approve); !ok)
      return std::unexpected(ok.error());
  return demo.report;
}

}  // namespace cps::app
