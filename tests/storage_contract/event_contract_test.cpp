// Events on both databases: an event read back with its lists, agenda and report; updated only
// at the expected revision; registrations in order, one per person and event, found by their
// certificate; needs forgotten only for events that ended; calendar digests replaced and
// revoked; and the last place taken by eight people at the same moment through two
// connection pools — one place, seven on the waiting list, and likewise four approvals of
// pending registrations at once for the last place; each reminder noted once per
// registration, and two reminder rounds at the same moment remind each person once.
#include <gtest/gtest.h>

#include <thread>

#include "backend.hpp"
#include "domain/events/event_service.hpp"
#include "domain/events/testing/fakes.hpp"
#include "storage/event_repository_sql.hpp"

namespace cps::test {

namespace {

using namespace cps::events;

Event sample() {
  Event e;
  e.kind = EventKind::study_visit;
  e.title = "Vizită de studiu: clusterul de lemn";
  e.starts_at = 2'000'000'000;
  e.ends_at = e.starts_at + 7200;
  e.zone = "Europe/Bucharest";
  e.place = "Suceava";
  e.areas = {"WG2", "WG4"};
  e.regions = {"RO21"};
  e.agenda = {AgendaItem{"09:00", "Welcome", "Ana"}, AgendaItem{"10:00", "Visit", ""}};
  e.capacity = 1;
  e.materials = {17};
  e.created_at = e.updated_at = 1000;
  return e;
}

}  // namespace

class EventContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::EventRepositorySql>(database_->db());
    std::string values;
    for (int id = 1; id <= 8; ++id)
      values += (values.empty() ? "" : ", ") + std::string("(") + std::to_string(id) + ", 'Person " +
                std::to_string(id) + "', 'active', 0, 0)";
    auto people = database_->db().transaction([&](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES " + values;
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  EventId stored(const Event& e) {
    EventId id;
    auto done = repository_->transaction([&](EventStore& s) -> Status {
      auto inserted = s.insert_event(e);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    return id;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, EventStore&> out;
    auto done = repository_->read([&](EventStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done);
    EXPECT_TRUE(out) << (out ? "" : out.error().detail);
    return out;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::EventRepositorySql> repository_;
};

TEST_F(EventContract, EventsReadBackAndUpdateAtTheirRevision) {
  Event e = sample();
  e.allocation = Allocation::approval;
  e.quotas = Quotas{2, 3};
  EventId id = stored(e);
  auto back = read([&](EventStore& s) { return s.event(id); });
  ASSERT_TRUE(*back);
  EXPECT_EQ((*back)->title, e.title);
  EXPECT_EQ((*back)->agenda, e.agenda);
  EXPECT_EQ((*back)->areas, e.areas);
  EXPECT_EQ((*back)->materials, e.materials);
  EXPECT_EQ((*back)->allocation, Allocation::approval);
  EXPECT_EQ((*back)->quotas.per_organisation, 2);
  EXPECT_EQ((*back)->quotas.per_country, 3);
  EXPECT_FALSE((*back)->report);
  Event changed = **back;
  changed.quotas.per_country = 0;
  changed.report = VisitReport{"Seen", {"One", "Two"}, "Transfer", "Whom", 5, "Ana"};
  changed.lesson_items = {LessonItem{1, 99}};
  bool first = false, stale = true;
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) -> Status {
    first = *s.update_event(changed, 1);
    stale = *s.update_event(changed, 1);
    return {};
  }));
  EXPECT_TRUE(first);
  EXPECT_FALSE(stale);
  auto again = read([&](EventStore& s) { return s.event(id); });
  EXPECT_EQ((*again)->revision, 2);
  EXPECT_EQ((*again)->report, changed.report);
  EXPECT_EQ((*again)->lesson_items, changed.lesson_items);
  EXPECT_EQ((*again)->quotas.per_country, 0);
  EXPECT_EQ((*again)->quotas.per_organisation, 2);
}

TEST_F(EventContract, RegistrationsCertificatesNeedsAndCalendars) {
  EventId id = stored(sample());
  Event old = sample();
  old.starts_at = 100;
  old.ends_at = 200;
  EventId ended = stored(old);
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) -> Status {
    for (auto [event, user, at] : {std::tuple{id, 2, 20}, std::tuple{id, 1, 10}, std::tuple{ended, 1, 5}}) {
      Registration r;
      r.event = event;
      r.user = accounts::UserId(user);
      r.name = "Person";
      r.needs = "vegan";
      r.registered_at = at;
      if (auto ok = s.insert_registration(r); !ok) return std::unexpected(ok.error());
    }
    return {};
  }));
  auto regs = read([&](EventStore& s) { return s.registrations(id); });
  ASSERT_EQ(regs->size(), 2u);
  EXPECT_EQ((*regs)[0].user, accounts::UserId(1));
  // One registration per person and event, whatever the service checked.
  Registration twice = (*regs)[0];
  auto refused = repository_->transaction([&](EventStore& s) -> Status {
    auto r = s.insert_registration(twice);
    if (!r) return std::unexpected(r.error());
    return {};
  });
  EXPECT_FALSE(refused);
  Registration present = (*regs)[0];
  present.checked_in_at = 15;
  present.certificate = "a-long-unguessable-certificate-token";
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) { return s.update_registration(present); }));
  auto found = read([&](EventStore& s) { return s.registration_by_certificate(present.certificate); });
  ASSERT_TRUE(*found);
  EXPECT_EQ((*found)->checked_in_at, 15);
  std::size_t forgotten = 0;
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) -> Status {
    forgotten = *s.forget_needs(300);
    return {};
  }));
  EXPECT_EQ(forgotten, 1u);
  EXPECT_EQ((*read([&](EventStore& s) { return s.registrations(id); }))[1].needs, "vegan");
  EXPECT_EQ(read([&](EventStore& s) { return s.events_of(accounts::UserId(1)); })->size(), 2u);

  ASSERT_TRUE(repository_->transaction([&](EventStore& s) { return s.set_calendar_digest(accounts::UserId(1), "d1", 1); }));
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) { return s.set_calendar_digest(accounts::UserId(1), "d2", 2); }));
  EXPECT_FALSE(*read([&](EventStore& s) { return s.calendar_owner("d1"); }));
  EXPECT_EQ(**read([&](EventStore& s) { return s.calendar_owner("d2"); }), accounts::UserId(1));
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) { return s.remove_calendar_digest(accounts::UserId(1)); }));
  EXPECT_FALSE(*read([&](EventStore& s) { return s.has_calendar(accounts::UserId(1)); }));
}

TEST_F(EventContract, TheLastPlaceTakenAtOnceGoesToOnePerson) {
  Event e = sample();
  EventId id = stored(e);
  auto other_pool = database_->open_again(4);
  storage::EventRepositorySql second(*other_pool);
  FakeEventSurroundings surroundings;
  for (int u = 1; u <= 8; ++u)
    surroundings.people.push_back(Person{accounts::UserId(u), "Person", "", "en", "", "", ""});
  auto clock = [] { return Seconds(1'900'000'000); };
  EventService a(*repository_, surroundings, clock), b(second, surroundings, clock);
  std::vector<std::thread> threads;
  std::vector<Result<Registration>> results(8, std::unexpected(Error{}));
  for (int u = 1; u <= 8; ++u)
    threads.emplace_back([&, u] {
      accounts::Principal p;
      p.via = accounts::Principal::Via::session;
      p.user = accounts::UserId(u);
      results[u - 1] = (u % 2 ? a : b).register_for(p, id, "");
    });
  for (auto& t : threads) t.join();
  int confirmed = 0, waiting = 0;
  for (const auto& r : results) {
    ASSERT_TRUE(r) << r.error().message << " " << r.error().detail;
    if (r->status == RegistrationStatus::confirmed) ++confirmed;
    if (r->status == RegistrationStatus::waitlisted) ++waiting;
  }
  EXPECT_EQ(confirmed, 1);
  EXPECT_EQ(waiting, 7);
}

TEST_F(EventContract, EachReminderOncePerRegistrationEvenFromTwoRoundsAtOnce) {
  Event e = sample();
  e.capacity = 0;
  EventId id = stored(e);
  std::vector<RegistrationId> regs;
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) -> Status {
    for (int user = 1; user <= 6; ++user) {
      Registration r;
      r.event = id;
      r.user = accounts::UserId(user);
      r.name = "Person";
      r.registered_at = 10 + user;
      auto rid = s.insert_registration(r);
      if (!rid) return std::unexpected(rid.error());
      regs.push_back(*rid);
    }
    return {};
  }));
  bool first = false, again = true, other_lead = false;
  ASSERT_TRUE(repository_->transaction([&](EventStore& s) -> Status {
    first = *s.mark_reminded(regs[0], 86400, 5);
    again = *s.mark_reminded(regs[0], 86400, 6);
    other_lead = *s.mark_reminded(regs[0], 7 * 86400, 6);
    return {};
  }));
  EXPECT_TRUE(first);
  EXPECT_FALSE(again);
  EXPECT_TRUE(other_lead);

  auto other_pool = database_->open_again(4);
  storage::EventRepositorySql second(*other_pool);
  FakeEventSurroundings surroundings;
  for (int u = 1; u <= 6; ++u)
    surroundings.people.push_back(Person{accounts::UserId(u), "Person", "p" + std::to_string(u) + "@example.org",
                                         "en", "", "", ""});
  auto clock = [&] { return e.starts_at - 86400 + 60; };
  FakeEventSurroundings surroundings_b = surroundings;
  EventService a(*repository_, surroundings, clock), b(second, surroundings_b, clock);
  Result<std::size_t> from_a = 0, from_b = 0;
  std::thread ta([&] { from_a = a.send_reminders(); }), tb([&] { from_b = b.send_reminders(); });
  ta.join();
  tb.join();
  ASSERT_TRUE(from_a) << from_a.error().detail;
  ASSERT_TRUE(from_b) << from_b.error().detail;
  EXPECT_EQ(*from_a + *from_b, 5u);  // the first person had the day's reminder already
  EXPECT_EQ(surroundings.mails.size() + surroundings_b.mails.size(), 5u);
}

TEST_F(EventContract, ApprovalsForTheLastPlaceAtOnceGiveOnePlace) {
  Event e = sample();
  e.allocation = Allocation::approval;
  e.host = std::nullopt;
  EventId id = stored(e);
  FakeEventSurroundings surroundings;
  for (int u = 1; u <= 8; ++u)
    surroundings.people.push_back(Person{accounts::UserId(u), "Person", "", "en", "", "", ""});
  auto clock = [] { return Seconds(1'900'000'000); };
  auto other_pool = database_->open_again(4);
  storage::EventRepositorySql second(*other_pool);
  EventService a(*repository_, surroundings, clock), b(second, surroundings, clock);
  std::vector<RegistrationId> pending;
  for (int u = 1; u <= 4; ++u) {
    accounts::Principal p;
    p.via = accounts::Principal::Via::session;
    p.user = accounts::UserId(u);
    auto r = a.register_for(p, id, "");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->status, RegistrationStatus::pending);
    pending.push_back(r->id);
  }
  accounts::Principal organiser;
  organiser.via = accounts::Principal::Via::session;
  organiser.user = accounts::UserId(8);
  organiser.roles = {{accounts::Role::platform_admin, ""}};
  std::vector<Result<Registration>> results(4, std::unexpected(Error{}));
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] { results[i] = (i % 2 ? a : b).decide(organiser, id, pending[i], Decision::approve); });
  for (auto& t : threads) t.join();
  int confirmed = 0, waiting = 0;
  for (const auto& r : results) {
    ASSERT_TRUE(r) << r.error().message << " " << r.error().detail;
    if (r->status == RegistrationStatus::confirmed) ++confirmed;
    if (r->status == RegistrationStatus::waitlisted) ++waiting;
  }
  EXPECT_EQ(confirmed, 1);
  EXPECT_EQ(waiting, 3);
}

}  // namespace cps::test
