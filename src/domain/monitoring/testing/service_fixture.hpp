// The monitoring service on in-memory ports, with a small partnership (the lead partner and
// two partners), six reporting periods from January 2026, three activities and the people
// who act on them, for the service's tests. Test-only code.
#pragma once

#include <gtest/gtest.h>

#include "domain/monitoring/monitoring_service.hpp"
#include "domain/monitoring/testing/fake_monitoring_repository.hpp"
#include "domain/monitoring/testing/fake_surroundings.hpp"

namespace cps::monitoring {

inline accounts::Principal person(std::int64_t id, accounts::Role role, std::optional<std::int64_t> organisation,
                                  std::string group = "") {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  if (organisation) p.organisation = accounts::OrganisationId(*organisation);
  p.roles = {{role, std::move(group)}};
  p.client = "192.0.2.1";
  return p;
}

inline std::vector<ReportingPeriod> six_periods_from_2026() {
  return {{1, "2026-01-01", "2026-06-30", "2026-07-31"}, {2, "2026-07-01", "2026-12-31", "2027-01-31"},
          {3, "2027-01-01", "2027-06-30", "2027-07-31"}, {4, "2027-07-01", "2027-12-31", "2028-01-31"},
          {5, "2028-01-01", "2028-06-30", "2028-07-31"}, {6, "2028-07-01", "2028-12-31", "2029-01-31"}};
}

// Organisations: 1 the lead partner, 4 a Romanian cluster, 5 a Hungarian agency. People: 1 the
// lead partner's coordinator, 4 and 5 partner staff of 4 and 5, 6 a steering committee member,
// 7 the coordinator of WG1 (of organisation 5), 8 a stakeholder, 9 a first-level controller.
// Today is 7 December 2026, in period 2. Activities: M1 (management, horizontal, lead partner,
// periods 1–2), T1 (testing, WG1, partner 4, period 2), C1 (communication, WG2, partner 5,
// period 1, done).
class MonitoringFixture : public ::testing::Test {
 protected:
  MonitoringFixture() : service_(repository_, surroundings_, [this] { return now_; }) {
    for (auto [id, name, country] : {std::tuple{1, "Lead Agency", "HU"}, {4, "Cluj Cluster", "RO"},
                                     {5, "Pecs Innovation", "HU"}}) {
      surroundings_.partner_list.push_back({accounts::OrganisationId(id), name, CountryCode(country), "agency"});
      repository_.state().organisation_names[id] = name;
    }
    surroundings_.members[4] = {{accounts::UserId(4), "Person 4", "person4@example.org", "ro"}};
    surroundings_.members[5] = {{accounts::UserId(5), "Person 5", "person5@example.org", "hu"},
                                {accounts::UserId(7), "Person 7", "person7@example.org", "hu"}};
    surroundings_.lead = {{accounts::UserId(1), "Person 1", "person1@example.org", "en"}};
    repository_.state().periods = six_periods_from_2026();
    m1_ = add_activity("M1", Phase::management, {}, 1, {1, 2}, "2026-12-15");
    t1_ = add_activity("T1", Phase::testing, {"WG1"}, 4, {2}, "2026-12-31");
    c1_ = add_activity("C1", Phase::communication, {"WG2"}, 5, {1}, "2026-06-30", ActivityStatus::done);
  }

  ActivityId add_activity(std::string code, Phase phase, std::vector<std::string> areas, std::int64_t responsible,
                          std::vector<int> periods, std::string due,
                          ActivityStatus status = ActivityStatus::not_started) {
    Activity a;
    a.id = ActivityId(++repository_.state().last_id);
    a.code = code;
    a.texts = {{"en", "Activity " + code, ""}, {"ro", "Activitatea " + code, ""}};
    for (auto& area : areas) a.areas.emplace_back(area);
    a.phase = phase;
    a.responsible = {accounts::OrganisationId(responsible)};
    a.periods = std::move(periods);
    a.due = std::move(due);
    a.status = status;
    a.progress = status == ActivityStatus::done ? 100 : 0;
    repository_.state().activities[a.id.value()] = a;
    return a.id;
  }

  template <class T>
  static T ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
    return r ? std::move(*r) : T{};
  }
  static void ok(Status s) { EXPECT_TRUE(s) << (s ? "" : s.error().message + " [" + s.error().field + "]"); }

  template <class T>
  static Error refused(const Result<T>& r) {
    EXPECT_FALSE(r) << "expected a refusal";
    return r ? Error{} : r.error();
  }

  SpendingInput expense(std::string currency, std::int64_t cents, std::string date = "2026-09-14", int period = 2) {
    SpendingInput s;
    s.category = CostCategory::travel;
    s.period = period;
    s.date = date;
    s.payment_date = date;
    s.description = "Train to the partner meeting";
    s.amount = Cents{cents};
    s.currency = CurrencyCode(std::move(currency));
    return s;
  }

  ReportInput report_text(int period = 2) {
    ReportInput r;
    r.period = period;
    r.activities_done = "Held the pilot workshop.";
    r.outputs = "Workshop minutes.";
    r.activities = {{t1_, 60, "Half the pilot sites visited."}};
    return r;
  }

  Seconds now_ = 1796637600;  // 2026-12-07 10:00 UTC
  FakeMonitoringRepository repository_;
  FakeMonitoringSurroundings surroundings_;
  MonitoringService service_;
  ActivityId m1_, t1_, c1_;

  accounts::Principal lead_ = person(1, accounts::Role::lead_coordinator, 1);
  accounts::Principal partner_ = person(4, accounts::Role::partner_staff, 4);
  accounts::Principal other_ = person(5, accounts::Role::partner_staff, 5);
  accounts::Principal steering_ = person(6, accounts::Role::sc_member, 1);
  accounts::Principal wg1_ = person(7, accounts::Role::wg_coordinator, 5, "WG1");
  accounts::Principal stakeholder_ = person(8, accounts::Role::stakeholder, std::nullopt);
  accounts::Principal controller_ = person(9, accounts::Role::controller, std::nullopt);
  accounts::Principal visitor_ = {};
};

}  // namespace cps::monitoring
