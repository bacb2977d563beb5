// Events through EventService with the real policy and in-memory ports: an event created and
// refused when it ends before it starts; registration up to the capacity and the waiting list
// beyond it; double registration refused; a cancellation giving the place to the next person,
// who is told by e-mail; attendance, the certificate only for people present, the export;
// needs forgotten after the event; a visit's report and a lesson turned into a knowledge item;
// the calendar feed's secret renewed and revoked; places given by the organiser's approval;
// reminders a week and a day before, once each. Also the zone arithmetic and iCal lines.
#include "domain/events/event_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/events/ical.hpp"
#include "domain/events/testing/fakes.hpp"
#include "domain/events/zones.hpp"

namespace cps::events {
namespace {

namespace json = boost::json;
constexpr Seconds kDay = 24 * 60 * 60;

accounts::Principal principal(std::int64_t id, std::vector<accounts::RoleAssignment> roles = {}) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  p.organisation = accounts::OrganisationId(7);
  p.roles = std::move(roles);
  return p;
}

class EventFlow : public ::testing::Test {
 protected:
  EventFlow() : service_(repository_, surroundings_, [this] { return now_; }) {
    for (std::int64_t id = 1; id <= 5; ++id)
      surroundings_.people.push_back(Person{accounts::UserId(id), "Person " + std::to_string(id),
                                            "person" + std::to_string(id) + "@example.org", "en", "Cluster " +
                                            std::to_string(id), "RO", "cluster"});
  }

  json::object visit(int capacity) {
    return json::object{{"kind", "study_visit"},         {"title", "Wood cluster visit"},
                        {"start", "2026-06-10T09:00"},   {"end", "2026-06-11T17:00"},
                        {"zone", "Europe/Bucharest"},    {"place", "Brașov"},
                        {"host", "7"},                   {"areas", json::array{"WG4"}},
                        {"regions", "RO12"},             {"capacity", capacity},
                        {"agenda", json::array{json::object{{"time", "09:00"}, {"title", "Welcome"}, {"speaker", "Ana"}}}}};
  }
  Event created(int capacity) {
    auto in = read_event(visit(capacity));
    EXPECT_TRUE(in) << (in ? "" : in.error().message);
    auto e = service_.create(organiser_, *in);
    EXPECT_TRUE(e) << (e ? "" : e.error().message);
    return *e;
  }

  FakeEventRepository repository_;
  FakeEventSurroundings surroundings_;
  Seconds now_ = 1'780'000'000;  // 2026-05-28
  EventService service_;
  accounts::Principal organiser_ = principal(5, {{accounts::Role::partner_staff, ""}});
};

TEST(EventInput, RefusesAnEndBeforeTheStartAndUnknownZones) {
  json::object o{{"kind", "workshop"}, {"title", "T"}, {"start", "2026-06-10T09:00"}, {"end", "2026-06-10T08:00"},
                 {"zone", "Europe/Tirane"}, {"place", "Tirana"}};
  auto in = read_event(o);
  ASSERT_FALSE(in);
  EXPECT_EQ(in.error().field, "end");
  o["end"] = "2026-06-10T10:00";
  o["zone"] = "Mars/Olympus";
  EXPECT_EQ(read_event(o).error().field, "zone");
  o["zone"] = "Europe/Tirane";
  o["kind"] = "party";
  EXPECT_EQ(read_event(o).error().field, "kind");
}

TEST(Zones, SummerAndWinterOffsets) {
  const Zone& bucharest = *find_zone("Europe/Bucharest");
  // 10:00 in Bucharest in June is 07:00 UTC (EEST, +3); in December 08:00 UTC (EET, +2).
  EXPECT_EQ(*utc_of_local("2026-06-10T10:00", bucharest), 1781074800);
  EXPECT_EQ(local_time(1781074800, bucharest).offset(), "+03:00");
  auto winter = *utc_of_local("2026-12-10T10:00", bucharest);
  EXPECT_EQ(local_time(winter, bucharest).time, "10:00");
  EXPECT_EQ(local_time(winter, bucharest).offset(), "+02:00");
  EXPECT_EQ(local_time(winter, *find_zone("Europe/Tirane")).time, "09:00");
  EXPECT_FALSE(utc_of_local("2026-02-30T10:00", bucharest));
}

TEST(Ical, EscapesAndFoldsAt75Octets) {
  EXPECT_EQ(ical_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
  std::string line = "SUMMARY:" + std::string(100, 'x');
  std::string folded = ical_line(line);
  EXPECT_EQ(folded.substr(0, 75), line.substr(0, 75));
  EXPECT_EQ(folded.substr(75, 3), "\r\n ");
  std::string greek = "SUMMARY:" + std::string(66, 'x') + "αβγ";  // a two-octet letter across octet 75
  std::string g = ical_line(greek);
  EXPECT_EQ(g.find("\r\n "), 74u);
  Event e;
  e.id = EventId(3);
  e.title = "Visit";
  e.zone = "UTC";
  e.starts_at = 1781074800;
  e.ends_at = e.starts_at + 3600;
  std::string cal = ical_calendar({e}, CalendarOptions{"", "https://cps.example", "en", 1781000000});
  EXPECT_NE(cal.find("DTSTART:20260610T070000Z\r\n"), std::string::npos);
  EXPECT_NE(cal.find("UID:event-3@cps.example\r\n"), std::string::npos);
}

TEST_F(EventFlow, WaitingListBeyondCapacityAndThePlaceFreedGoesToTheNext) {
  Event e = created(2);
  EXPECT_EQ(service_.register_for(principal(1), e.id, "vegetarian")->status, RegistrationStatus::confirmed);
  EXPECT_EQ(service_.register_for(principal(2), e.id, "")->status, RegistrationStatus::confirmed);
  EXPECT_EQ(service_.register_for(principal(3), e.id, "")->status, RegistrationStatus::waitlisted);
  EXPECT_EQ(service_.register_for(principal(4), e.id, "")->status, RegistrationStatus::waitlisted);
  auto twice = service_.register_for(principal(1), e.id, "");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.event(principal(4), e.id)->position, 2);

  ASSERT_TRUE(service_.cancel(principal(2), e.id));
  auto three = service_.event(principal(3), e.id);
  EXPECT_EQ(three->mine->status, RegistrationStatus::confirmed);
  EXPECT_EQ(three->confirmed, 2);
  EXPECT_EQ(three->waitlisted, 1);
  ASSERT_EQ(surroundings_.mails.size(), 1u);
  EXPECT_EQ(surroundings_.mails[0].first, "person3@example.org");
  // Registering again after cancelling, a minute later, joins the end of the queue.
  now_ += 60;
  EXPECT_EQ(service_.register_for(principal(2), e.id, "")->status, RegistrationStatus::waitlisted);
  EXPECT_EQ(service_.event(principal(2), e.id)->position, 2);
}

TEST_F(EventFlow, OnlineLinkOnlyForPeopleWithAPlace) {
  auto o = visit(1);
  o["online_link"] = "https://meet.example/visit";
  auto e = service_.create(organiser_, *read_event(o));
  ASSERT_TRUE(e);
  EXPECT_TRUE(service_.event(principal(1), e->id)->event.online_link.empty());
  ASSERT_TRUE(service_.register_for(principal(1), e->id, ""));
  EXPECT_EQ(service_.event(principal(1), e->id)->event.online_link, "https://meet.example/visit");
  ASSERT_TRUE(service_.register_for(principal(2), e->id, ""));
  EXPECT_TRUE(service_.event(principal(2), e->id)->event.online_link.empty());
}

TEST_F(EventFlow, AttendanceCertificatesExportAndNeedsForgotten) {
  Event e = created(0);
  auto one = service_.register_for(principal(1), e.id, "wheelchair access");
  auto two = service_.register_for(principal(2), e.id, "");
  ASSERT_TRUE(one && two);
  auto early = service_.check_in(organiser_, e.id, one->id);
  ASSERT_FALSE(early);
  now_ = e.starts_at + 600;
  EXPECT_EQ(service_.check_in(principal(3), e.id, one->id).error().kind, ErrorKind::forbidden);
  auto present = service_.check_in(organiser_, e.id, one->id);
  ASSERT_TRUE(present);
  EXPECT_GE(present->certificate.size(), 40u);
  auto cert = service_.certificate(present->certificate);
  ASSERT_TRUE(cert);
  EXPECT_EQ(cert->name, "Person 1");
  EXPECT_FALSE(service_.certificate("x" + present->certificate));
  auto table = service_.attendance(organiser_, e.id);
  ASSERT_TRUE(table);
  auto csv = std::optional<std::string>(exports::to_csv(*table));
  EXPECT_NE(csv->find("Person 1,Cluster 1,RO,cluster,"), std::string::npos);
  EXPECT_EQ(csv->find("Person 2"), std::string::npos);
  EXPECT_EQ(*service_.forget_needs(), 0u);
  now_ = e.ends_at + 1;
  EXPECT_EQ(*service_.forget_needs(), 1u);
  for (const auto& [id, r] : repository_.stored_registrations()) EXPECT_TRUE(r.needs.empty());
}

TEST_F(EventFlow, ReportAndALessonDraftedOnce) {
  Event e = created(0);
  VisitReport r = *read_report(json::object{{"seen", "Shared workshops."}, {"lessons", "Start small\nPool machines"},
                                            {"transfer", "Timber regions"}, {"audience", "Cluster managers"}});
  EXPECT_EQ(service_.write_report(organiser_, e.id, 1, r).error().kind, ErrorKind::conflict);  // not over yet
  now_ = e.ends_at + kDay;
  EXPECT_EQ(service_.write_report(principal(1), e.id, 1, r).error().kind, ErrorKind::forbidden);
  auto written = service_.write_report(organiser_, e.id, 1, r);
  ASSERT_TRUE(written) << written.error().message;
  auto item = service_.draft_from_lesson(organiser_, e.id, 1);
  ASSERT_TRUE(item);
  ASSERT_EQ(surroundings_.drafts.size(), 1u);
  EXPECT_EQ(surroundings_.drafts[0].title, "Pool machines");
  EXPECT_EQ(surroundings_.drafts[0].areas, std::vector<std::string>{"WG4"});
  EXPECT_EQ(service_.draft_from_lesson(organiser_, e.id, 1).error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.event(organiser_, e.id)->event.lesson_items.size(), 1u);
}

TEST_F(EventFlow, CalendarSecretRenewedAndRevoked) {
  Event e = created(0);
  ASSERT_TRUE(service_.register_for(principal(1), e.id, ""));
  auto first = service_.renew_calendar(principal(1));
  ASSERT_TRUE(first);
  EXPECT_EQ(service_.calendar(*first)->size(), 1u);
  auto second = service_.renew_calendar(principal(1));
  EXPECT_FALSE(service_.calendar(*first));
  ASSERT_TRUE(service_.revoke_calendar(principal(1)));
  EXPECT_FALSE(service_.calendar(*second));
}

TEST_F(EventFlow, RegisteredListsThePersonsEventsThatHaveNotEnded) {
  Event e = created(0);
  ASSERT_TRUE(service_.register_for(principal(1), e.id, ""));
  auto mine = service_.registered(principal(1));
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().id, e.id);
  EXPECT_TRUE(service_.registered(principal(2))->empty());
  EXPECT_EQ(service_.registered(accounts::Principal{}).error().kind, ErrorKind::unauthenticated);
  now_ = e.ends_at;
  EXPECT_TRUE(service_.registered(principal(1))->empty());
}

TEST_F(EventFlow, OrganisersOfOtherOrganisationsAreRefused) {
  auto o = visit(0);
  o["host"] = "8";
  auto in = read_event(o);
  ASSERT_TRUE(in);
  auto refused = service_.create(organiser_, *in);
  ASSERT_FALSE(refused);
  EXPECT_TRUE(repository_.audit.empty());
  EXPECT_FALSE(service_.create(principal(1), *read_event(visit(0))));
}

TEST_F(EventFlow, RemindersAWeekAndADayBeforeOncePerPersonWithAPlace) {
  Event e = created(2);  // 2026-06-10 09:00 in Bucharest
  ASSERT_TRUE(service_.register_for(principal(1), e.id, ""));
  ASSERT_TRUE(service_.register_for(principal(2), e.id, ""));
  ASSERT_TRUE(service_.register_for(principal(3), e.id, ""));  // waiting list
  ASSERT_TRUE(service_.register_for(principal(4), e.id, ""));
  ASSERT_TRUE(service_.cancel(principal(4), e.id));
  EXPECT_EQ(*service_.send_reminders(), 0u);  // more than a week ahead
  now_ = e.starts_at - 7 * kDay + 60;
  EXPECT_EQ(*service_.send_reminders(), 2u);
  ASSERT_EQ(surroundings_.mails.size(), 2u);
  EXPECT_EQ(surroundings_.mails[0].first, "person1@example.org");
  EXPECT_EQ(surroundings_.mails[1].first, "person2@example.org");
  const auto& values = surroundings_.mails[0].second.values;
  EXPECT_NE(std::find(values.begin(), values.end(), std::pair<std::string, std::string>{"date", "2026-06-10"}),
            values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), std::pair<std::string, std::string>{"time", "09:00"}),
            values.end());
  EXPECT_NE(surroundings_.mails[0].second.body.find("{link}/event.ics"), std::string::npos);
  EXPECT_EQ(*service_.send_reminders(), 0u);  // the next hour: once per reminder
  // Three days before: person 3 takes the freed place and gets the week's reminder late; person
  // 1, registering again, waits, then takes person 2's place, and being back only since this
  // week gets no week's reminder.
  now_ = e.starts_at - 3 * kDay;
  ASSERT_TRUE(service_.cancel(principal(1), e.id));
  ASSERT_TRUE(service_.register_for(principal(1), e.id, ""));
  ASSERT_TRUE(service_.cancel(principal(2), e.id));
  EXPECT_EQ(service_.event(principal(1), e.id)->mine->status, RegistrationStatus::confirmed);
  surroundings_.mails.clear();
  EXPECT_EQ(*service_.send_reminders(), 1u);
  EXPECT_EQ(surroundings_.mails.at(0).first, "person3@example.org");
  now_ = e.starts_at - kDay + 60;
  EXPECT_EQ(*service_.send_reminders(), 2u);
  EXPECT_EQ(*service_.send_reminders(), 0u);
  now_ = e.starts_at + 60;
  EXPECT_EQ(*service_.send_reminders(), 0u);
  auto lines = std::count_if(repository_.audit.begin(), repository_.audit.end(),
                             [](const accounts::AuditRecord& a) { return a.action == "event.reminded"; });
  EXPECT_EQ(lines, 3);
}

TEST_F(EventFlow, PlacesByApprovalWaitForTheOrganisersDecision) {
  auto o = visit(1);
  o["allocation"] = "lottery";
  EXPECT_EQ(read_event(o).error().field, "allocation");
  o["allocation"] = "approval";
  auto e = service_.create(organiser_, *read_event(o));
  ASSERT_TRUE(e);
  EXPECT_EQ(e->allocation, Allocation::approval);
  auto one = service_.register_for(principal(1), e->id, "vegan");
  auto two = service_.register_for(principal(2), e->id, "");
  auto three = service_.register_for(principal(3), e->id, "");
  ASSERT_TRUE(one && two && three);
  EXPECT_EQ(one->status, RegistrationStatus::pending);
  auto view = service_.event(principal(1), e->id);
  EXPECT_EQ(view->pending, 3);
  EXPECT_EQ(view->confirmed, 0);
  EXPECT_TRUE(view->can.cancel);
  EXPECT_EQ(service_.decide(principal(2), e->id, one->id, Decision::approve).error().kind, ErrorKind::forbidden);

  auto approved = service_.decide(organiser_, e->id, one->id, Decision::approve);
  ASSERT_TRUE(approved);
  EXPECT_EQ(approved->status, RegistrationStatus::confirmed);
  EXPECT_EQ(approved->needs, "vegan");
  ASSERT_EQ(surroundings_.mails.size(), 1u);
  EXPECT_EQ(surroundings_.mails[0].first, "person1@example.org");
  EXPECT_EQ(surroundings_.mails[0].second.subject, "Your place is confirmed: {title}");
  // The only place is taken: the next approval is a place on the waiting list.
  EXPECT_EQ(service_.decide(organiser_, e->id, two->id, Decision::approve)->status, RegistrationStatus::waitlisted);
  auto declined = service_.decide(organiser_, e->id, three->id, Decision::decline);
  ASSERT_TRUE(declined);
  EXPECT_EQ(declined->status, RegistrationStatus::declined);
  EXPECT_EQ(surroundings_.mails.back().second.subject, "Your registration was declined: {title}");
  EXPECT_EQ(service_.decide(organiser_, e->id, one->id, Decision::decline).error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.register_for(principal(3), e->id, "").error().kind, ErrorKind::conflict);
  EXPECT_FALSE(service_.event(principal(3), e->id)->can.cancel);
  EXPECT_EQ(service_.cancel(principal(3), e->id).error().kind, ErrorKind::not_found);
  // A freed place goes to the approved person waiting, not to anybody pending.
  ASSERT_TRUE(service_.cancel(principal(1), e->id));
  EXPECT_EQ(service_.event(principal(2), e->id)->mine->status, RegistrationStatus::confirmed);
  auto lines = std::count_if(repository_.audit.begin(), repository_.audit.end(), [](const accounts::AuditRecord& a) {
    return a.action == "event.approved" || a.action == "event.declined";
  });
  EXPECT_EQ(lines, 3);
}

TEST_F(EventFlow, QuotasPerOrganisationAndCountryAreKeptByRegistrationApprovalAndTheWaitingList) {
  auto o = visit(4);
  o["places_per_organisation"] = 5;
  EXPECT_EQ(read_event(o).error().field, "places_per_organisation");  // above the capacity
  o["places_per_organisation"] = "-1";
  EXPECT_EQ(read_event(o).error().field, "places_per_organisation");
  o["places_per_organisation"] = "1";
  o["places_per_country"] = 2;
  // Persons 1 and 2 are of one organisation; 1, 2 and 3 of Romania, 4 of Albania.
  surroundings_.people[1].organisation = "Cluster 1";
  surroundings_.people[3].country = "AL";
  auto e = service_.create(organiser_, *read_event(o));
  ASSERT_TRUE(e);
  EXPECT_EQ(e->quotas.per_organisation, 1);
  EXPECT_EQ(e->quotas.per_country, 2);
  EXPECT_EQ(service_.register_for(principal(1), e->id, "")->status, RegistrationStatus::confirmed);
  auto same_organisation = service_.register_for(principal(2), e->id, "");
  ASSERT_FALSE(same_organisation);
  EXPECT_EQ(same_organisation.error().kind, ErrorKind::conflict);
  EXPECT_EQ(same_organisation.error().values.at(0).second, "Cluster 1");
  EXPECT_EQ(service_.register_for(principal(3), e->id, "")->status, RegistrationStatus::confirmed);
  auto same_country = service_.register_for(principal(5), e->id, "");  // person 5: Romania too
  ASSERT_FALSE(same_country);
  EXPECT_EQ(same_country.error().values.at(0).second, "RO");
  EXPECT_EQ(service_.register_for(principal(4), e->id, "")->status, RegistrationStatus::confirmed);
  // A Romanian place freed goes to a Romanian organisation again, within the quotas.
  ASSERT_TRUE(service_.cancel(principal(3), e->id));
  EXPECT_EQ(service_.register_for(principal(2), e->id, "").error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.register_for(principal(5), e->id, "")->status, RegistrationStatus::confirmed);

  // By approval the organisers are refused a place over a quota; a refused approval changes nothing.
  auto a = visit(3);
  a["allocation"] = "approval";
  a["places_per_organisation"] = 1;
  auto approval = service_.create(organiser_, *read_event(a));
  ASSERT_TRUE(approval);
  auto one = service_.register_for(principal(1), approval->id, "");
  auto two = service_.register_for(principal(2), approval->id, "");
  ASSERT_TRUE(one && two);
  ASSERT_TRUE(service_.decide(organiser_, approval->id, one->id, Decision::approve));
  auto over = service_.decide(organiser_, approval->id, two->id, Decision::approve);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.event(principal(2), approval->id)->mine->status, RegistrationStatus::pending);
}

}  // namespace
}  // namespace cps::events
