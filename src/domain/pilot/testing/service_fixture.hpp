// The pilot service on in-memory ports, with the people of a small partnership (one of each
// role that matters to pilots) and helpers that walk a pilot from its draft to a running one,
// for the service's tests. Test-only code.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <tuple>

#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/testing/fake_pilot_repository.hpp"
#include "domain/pilot/testing/fake_surroundings.hpp"

namespace cps::pilot {

inline accounts::Principal pilot_member(std::int64_t id, accounts::Role role, std::optional<std::int64_t> organisation,
                                        std::string working_group = "") {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  if (organisation) p.organisation = accounts::OrganisationId(*organisation);
  p.roles = {{role, std::move(working_group)}};
  p.client = "192.0.2.1";
  return p;
}

// Organisations: 10 leads the pilots (RO21), 11 takes part (RO22), 20 is a Greek partner
// (EL52) with no part in them, 30 a Hungarian one (HU11).
// Reporting periods 1–4 are set (half-years from 2026-01-01); 5 and 6 are not yet.
// Knowledge items: 7 "Innovation vouchers" (published, from EL52, also in Romanian),
// 8 a draft, 9 "Cluster academy" (published, from HU11).
class PilotFixture : public ::testing::Test {
 protected:
  PilotFixture() : service_(repository_, surroundings_, [this] { return now_; }) {
    for (auto [id, name, country, region] :
         {std::tuple{10, "Nord-Est Regional Development Agency", "RO", "RO21"},
          std::tuple{11, "Sud-Est Cluster Association", "RO", "RO22"},
          std::tuple{20, "Region of Central Macedonia", "EL", "EL52"},
          std::tuple{30, "Pannon Business Network", "HU", "HU11"}}) {
      surroundings_.organisations[id] = OrganisationRef{accounts::OrganisationId(id), name, CountryCode(country),
                                                        RegionCode(region)};
      repository_.state().organisation_names[id] = name;
    }
    surroundings_.names = {{1, "Ana Popescu"}, {6, "Eleni Papadopoulou"}, {7, "Mihai Ionescu"}};
    surroundings_.practices[7] = PracticeRef{7, "Innovation vouchers", RegionCode("EL52"), CountryCode("EL"), true};
    surroundings_.titles[{7, "ro"}] = "Vouchere de inovare";
    surroundings_.practices[8] = PracticeRef{8, "A draft", RegionCode("RO21"), CountryCode("RO"), false};
    surroundings_.practices[9] = PracticeRef{9, "Cluster academy", RegionCode("HU11"), CountryCode("HU"), true};
    surroundings_.reporting_periods = {{1, "2026-01-01", "2026-06-30"},
                                       {2, "2026-07-01", "2026-12-31"},
                                       {3, "2027-01-01", "2027-06-30"},
                                       {4, "2027-07-01", "2027-12-31"}};
    surroundings_.regions = {"RO21", "RO22", "EL52", "HU11"};
    surroundings_.criteria = {"WG1.1", "WG4.2"};
  }

  template <class T>
  static T ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
    return r ? std::move(*r) : T{};
  }

  // A pilot led by organisation 10 (its creator's), with 11 taking part, in RO21 and WG1,
  // transferring item 7, from 2026-03-01 to 2027-02-28 (periods 1–3), 150 000 euro.
  static PilotInput pilot_input() {
    PilotInput in;
    in.texts = {PilotText{"en", "Innovation vouchers for Nord-Est", "Vouchers for small firms.", "", ""}};
    in.original_language = "en";
    in.participants = {accounts::OrganisationId(11)};
    in.regions = {RegionCode("RO21")};
    in.areas = {AreaCode("WG1")};
    in.transfers = {Transfer{7, std::nullopt, std::nullopt, ""}};
    in.need = NeedAnswered{RegionCode("RO21"), "WG1.1"};
    in.starts = "2026-03-01";
    in.ends = "2027-02-28";
    in.budget = EuroCents{15000000};
    return in;
  }
  static std::vector<LogframeEntry> logframe() {
    auto entry = [](LogframeLevel level, std::string code, std::optional<std::string> parent, std::string text) {
      LogframeEntry e;
      e.level = level;
      e.code = std::move(code);
      e.parent_code = std::move(parent);
      e.text = std::move(text);
      return e;
    };
    return {entry(LogframeLevel::overall_objective, "OO", std::nullopt, "More innovative small firms."),
            entry(LogframeLevel::specific_objective, "SO1", "OO", "Firms buy research services."),
            entry(LogframeLevel::result, "R1", "SO1", "Vouchers used."),
            entry(LogframeLevel::activity, "A1", "R1", "Call for vouchers.")};
  }
  // I1: companies reached, higher is better, counted from nothing, target 40.
  static IndicatorInput companies() {
    return IndicatorInput{"I1",  "Companies using a voucher", IndicatorKind::output, Unit::companies,
                          Direction::higher_is_better, std::nullopt, Measure{40, "2027-02-28"}, "Call register", "R1"};
  }
  // I2: days to pay a voucher, lower is better, from 30 down to 10.
  static IndicatorInput days_to_pay() {
    return IndicatorInput{"I2", "Days to pay a voucher", IndicatorKind::result, Unit::days, Direction::lower_is_better,
                          Measure{30, "2026-03-01"}, Measure{10, "2027-02-28"}, "Payments", "SO1"};
  }
  static ValueInput value(std::string indicator, int period, double v) {
    return ValueInput{std::move(indicator), period, v, "https://example.org/report.pdf", ""};
  }

  Pilot created(PilotInput input = pilot_input(), const accounts::Principal* who = nullptr) {
    const auto& by = who ? *who : lead_staff_;
    auto id = ok(service_.create(by, std::move(input)));
    return ok(service_.pilot(by, id, "en"));
  }
  // With its logframe and indicators I1 and I2, baseline still a draft.
  Pilot planned(PilotInput input = pilot_input()) {
    auto p = created(std::move(input));
    p = ok(service_.save_logframe(lead_staff_, p.id, p.revision, logframe()));
    p = ok(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, companies()));
    return ok(service_.save_indicator(lead_staff_, p.id, p.revision, std::nullopt, days_to_pay()));
  }
  Pilot approved(PilotInput input = pilot_input()) {
    auto p = planned(std::move(input));
    return ok(service_.approve_baseline(lead_partner_, p.id, p.revision));
  }
  Pilot with_status(Pilot p, PilotStatus status) {
    PilotInput in = pilot_input();
    in.texts = p.texts;
    in.lead = p.lead;
    in.participants = p.participants;
    in.regions = p.regions;
    in.areas = p.areas;
    in.transfers = p.transfers;
    in.need = p.need;
    in.starts = p.starts;
    in.ends = p.ends;
    in.budget = p.budget;
    in.status = status;
    return ok(service_.update(lead_staff_, p.id, p.revision, in));
  }
  Pilot running(PilotInput input = pilot_input()) { return with_status(approved(std::move(input)), PilotStatus::running); }

  std::size_t audit_lines() const { return repository_.state().audit.size(); }

  Seconds now_ = 1780000000;  // 2026-05-28, in reporting period 1
  FakePilotRepository repository_;
  FakePilotSurroundings surroundings_;
  PilotService service_;

  accounts::Principal lead_staff_ = pilot_member(1, accounts::Role::partner_staff, 10);
  accounts::Principal participant_staff_ = pilot_member(2, accounts::Role::partner_staff, 11);
  accounts::Principal outsider_staff_ = pilot_member(3, accounts::Role::partner_staff, 20);
  accounts::Principal lead_partner_ = pilot_member(4, accounts::Role::lead_coordinator, 30);
  accounts::Principal sc_member_ = pilot_member(5, accounts::Role::sc_member, std::nullopt);
  accounts::Principal stc_member_ = pilot_member(6, accounts::Role::stc_member, std::nullopt);
  accounts::Principal wg1_coordinator_ = pilot_member(7, accounts::Role::wg_coordinator, std::nullopt, "WG1");
  accounts::Principal wg2_coordinator_ = pilot_member(8, accounts::Role::wg_coordinator, std::nullopt, "WG2");
  accounts::Principal controller_ = pilot_member(9, accounts::Role::controller, std::nullopt);
  accounts::Principal stakeholder_ = pilot_member(12, accounts::Role::stakeholder, std::nullopt);
  accounts::Principal anonymous_ = {};
  // The lead's staff member through an API token that may only read.
  accounts::Principal read_token_ = [] {
    auto p = pilot_member(1, accounts::Role::partner_staff, 10);
    p.via = accounts::Principal::Via::api_token;
    p.token_scope = accounts::TokenScope::read;
    return p;
  }();
};

}  // namespace cps::pilot
