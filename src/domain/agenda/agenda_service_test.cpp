// The start page's gathering through AgendaService against fake sources: only for people
// signed in, sections in the order of Kind with only what waits, the earliest due first,
// overdue marked against today, and a failing source failing the page.
#include "domain/agenda/agenda_service.hpp"

#include <gtest/gtest.h>

#include "domain/agenda/testing/fake_agenda_source.hpp"

namespace cps::agenda {
namespace {

constexpr Seconds kNoonOnTheSeventeenthOfMarch2027 = 1'805'284'800;  // 2027-03-17 12:00 UTC

accounts::Principal signed_in() {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(7);
  return p;
}

Entry entry(Kind kind, std::string title, std::string due = "") {
  Entry e;
  e.kind = kind;
  e.title = std::move(title);
  e.path = "/somewhere";
  e.due = std::move(due);
  return e;
}

class Gathering : public ::testing::Test {
 protected:
  Gathering() : service_({&knowledge_, &pilots_}, [] { return kNoonOnTheSeventeenthOfMarch2027; }) {}
  FakeAgendaSource knowledge_;
  FakeAgendaSource pilots_;
  AgendaService service_;
};

TEST(Days, are_written_as_the_calendar_writes_them) {
  EXPECT_EQ(day_of(kNoonOnTheSeventeenthOfMarch2027), "2027-03-17");
  EXPECT_EQ(day_of(0), "1970-01-01");
}

TEST_F(Gathering, is_refused_to_visitors_who_are_not_signed_in) {
  auto found = service_.agenda(accounts::Principal{}, "en");
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::unauthenticated);
}

TEST_F(Gathering, is_empty_when_nothing_waits) {
  auto found = service_.agenda(signed_in(), "ro");
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->sections.empty());
  EXPECT_EQ(found->total, 0u);
  EXPECT_EQ(found->today, "2027-03-17");
  EXPECT_EQ(knowledge_.asked_today, "2027-03-17");
  EXPECT_EQ(knowledge_.asked_language, "ro");
}

TEST_F(Gathering, puts_sections_in_the_order_of_kinds_whatever_the_sources_order) {
  pilots_.entries = {entry(Kind::pilot_milestone, "Training voucher scheme", "2027-04-01")};
  knowledge_.entries = {entry(Kind::unread_notifications, ""), entry(Kind::item_review, "Cluster excellence label")};
  auto found = service_.agenda(signed_in(), "ro");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->sections.size(), 3u);
  EXPECT_EQ(found->sections[0].kind, Kind::item_review);
  EXPECT_EQ(found->sections[1].kind, Kind::pilot_milestone);
  EXPECT_EQ(found->sections[2].kind, Kind::unread_notifications);
  EXPECT_EQ(found->total, 3u);
}

TEST_F(Gathering, lists_the_earliest_due_first_then_the_undated_by_title_and_marks_what_is_overdue) {
  pilots_.entries = {entry(Kind::pilot_milestone, "Zeta", ""), entry(Kind::pilot_milestone, "Alpha", ""),
                     entry(Kind::pilot_milestone, "Later", "2027-05-01"),
                     entry(Kind::pilot_milestone, "Past", "2027-03-16"),
                     entry(Kind::pilot_milestone, "Today", "2027-03-17")};
  auto found = service_.agenda(signed_in(), "ro");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->sections.size(), 1u);
  const auto& e = found->sections[0].entries;
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].title, "Past");
  EXPECT_TRUE(e[0].overdue);
  EXPECT_EQ(e[1].title, "Today");
  EXPECT_FALSE(e[1].overdue);
  EXPECT_EQ(e[2].title, "Later");
  EXPECT_EQ(e[3].title, "Alpha");
  EXPECT_FALSE(e[3].overdue);
  EXPECT_EQ(e[4].title, "Zeta");
}

TEST_F(Gathering, an_event_under_way_is_not_overdue_its_day_is_no_deadline) {
  knowledge_.entries = {entry(Kind::upcoming_event, "Final conference", "2027-03-16")};
  auto found = service_.agenda(signed_in(), "en");
  ASSERT_TRUE(found);
  EXPECT_FALSE(found->sections[0].entries[0].overdue);
}

TEST_F(Gathering, fails_whole_when_a_source_fails) {
  knowledge_.entries = {entry(Kind::item_review, "Cluster excellence label")};
  pilots_.failure = Error{ErrorKind::unavailable, "The database is not reachable."};
  auto found = service_.agenda(signed_in(), "ro");
  ASSERT_FALSE(found);
  EXPECT_EQ(found.error().kind, ErrorKind::unavailable);
}

}  // namespace
}  // namespace cps::agenda
