// The transfers' rules through the service, against the in-memory ports.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/transfer/testing/fake_transfer_repository.hpp"
#include "domain/transfer/transfer_service.hpp"

namespace cps::transfer {
namespace {

using accounts::Role;

accounts::Principal member(std::int64_t id, Role role, std::optional<std::int64_t> organisation,
                           std::string working_group = "") {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  if (organisation) p.organisation = accounts::OrganisationId(*organisation);
  p.roles = {{role, std::move(working_group)}};
  p.client = "192.0.2.1";
  return p;
}

// Organisations: 10 in RO21, 20 in EL52. Regions RO21, RO32, EL52, HU33 are partners; AT13 is
// reference data outside the programme area; RO2 is a NUTS 1 region.
// Practices: 7 "Innovation vouchers" (published, from EL52, WG1), 8 a draft, 9 "Cluster
// academy" (published, from HU33 and RO32), 11 a national instrument of Slovenia (no region).
// Pilot 4 transfers item 7 (3 of 4 targets met, evaluated).
class TransferServiceTest : public ::testing::Test {
 protected:
  TransferServiceTest() : service_(repository_, surroundings_, [] { return Seconds(1'760'000'000); }) {
    surroundings_.organisations = {{10, "Nord-Est Agency"}, {20, "Axios Innovation Agency"}};
    repository_.state().organisation_names = surroundings_.organisations;
    for (auto [code, level, country, programme] :
         {std::tuple{"RO21", 2, "RO", true}, std::tuple{"RO32", 2, "RO", true}, std::tuple{"EL52", 2, "EL", true},
          std::tuple{"HU33", 2, "HU", true}, std::tuple{"SI04", 2, "SI", true}, std::tuple{"AT13", 2, "AT", false},
          std::tuple{"RO2", 1, "RO", true}}) {
      surroundings_.regions[code] = RegionRef{RegionCode(code), level, CountryCode(country), code, programme};
      repository_.state().region_countries[code] = CountryCode(country);
    }
    surroundings_.practices[7] = PracticeRef{7, "Innovation vouchers", {RegionCode("EL52")}, {CountryCode("EL")}, {"WG1"}, true};
    surroundings_.titles[{7, "ro"}] = "Vouchere de inovare";
    surroundings_.practices[8] = PracticeRef{8, "A draft", {RegionCode("RO21")}, {CountryCode("RO")}, {"WG1"}, false};
    surroundings_.practices[9] = PracticeRef{9, "Cluster academy", {RegionCode("HU33"), RegionCode("RO32")}, {}, {"WG6"}, true};
    surroundings_.practices[11] = PracticeRef{11, "Vouchers for SMEs", {}, {CountryCode("SI")}, {"WG4"}, true};
    repository_.state().item_areas = {{7, {"WG1"}}, {9, {"WG6"}}, {11, {"WG4"}}};
    surroundings_.pilots[7] = {PilotEvidence{4, "Vouchers in Nord-Est", "completed", 3, 4, "Most firms came back.", ""}};
  }

  static TransferInput input(std::int64_t item = 7, std::string destination = "RO21") {
    TransferInput in;
    in.item = item;
    in.destination = RegionCode(destination);
    in.adopted_on = "2025-03";
    in.mode = Mode::adapted;
    in.status = TransferStatus::adopted;
    return in;
  }

  template <class T>
  static T ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
    return r ? std::move(*r) : T{};
  }

  static void refused(const auto& r, ErrorKind kind, const std::string& field) {
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, kind) << r.error().message;
    EXPECT_EQ(r.error().field, field) << r.error().message;
  }

  FakeTransferRepository repository_;
  FakeTransferSurroundings surroundings_;
  TransferService service_;
  accounts::Principal staff_ = member(1, Role::partner_staff, 10);
  accounts::Principal greek_staff_ = member(2, Role::partner_staff, 20);
  accounts::Principal coordinator_ = member(3, Role::wg_coordinator, 20, "WG1");
  accounts::Principal visitor_;
};

TEST_F(TransferServiceTest, partner_staff_record_their_organisations_adoption_from_the_practices_region) {
  auto id = ok(service_.record(staff_, input()));
  auto t = ok(service_.transfer(visitor_, id, "ro"));
  EXPECT_EQ(t.origin.str(), "EL52");
  EXPECT_EQ(t.destination.str(), "RO21");
  EXPECT_EQ(t.adopter.value(), 10);
  EXPECT_EQ(t.adopter_name, "Nord-Est Agency");
  EXPECT_EQ(t.item_title, "Vouchere de inovare");
  EXPECT_EQ(t.revision, 1);
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"transfer.recorded"});
  EXPECT_EQ(repository_.state().audit.front().target, "transfer:" + std::to_string(id.value()));
}

TEST_F(TransferServiceTest, a_destination_outside_the_programme_area_is_refused_by_name) {
  for (std::string code : {"AT13", "XX99", "RO2"}) {
    auto r = service_.record(staff_, input(7, code));
    refused(r, ErrorKind::unprocessable, "destination");
    EXPECT_EQ(r.error().message, "{region} is not a region of the programme area.");
    ASSERT_EQ(r.error().values.size(), 1u);
    EXPECT_EQ(r.error().values.front().second, code);
  }
  EXPECT_TRUE(repository_.state().transfers.empty());
  EXPECT_TRUE(repository_.state().audit.empty());
}

TEST_F(TransferServiceTest, the_destination_must_differ_from_the_origin) {
  refused(service_.record(greek_staff_, input(7, "EL52")), ErrorKind::unprocessable, "destination");
  EXPECT_TRUE(repository_.state().transfers.empty());
}

TEST_F(TransferServiceTest, the_same_practice_to_the_same_region_twice_is_a_conflict) {
  ok(service_.record(staff_, input()));
  auto again = service_.record(staff_, input());
  refused(again, ErrorKind::conflict, "destination");
  EXPECT_EQ(again.error().message, "This practice is already recorded as transferred to {region}.");
  EXPECT_EQ(repository_.state().transfers.size(), 1u);
  EXPECT_EQ(repository_.state().audit.size(), 1u);
}

TEST_F(TransferServiceTest, only_published_practices_that_exist_are_transferred) {
  refused(service_.record(staff_, input(8, "RO32")), ErrorKind::unprocessable, "item");
  refused(service_.record(staff_, input(99, "RO32")), ErrorKind::unprocessable, "item");
  EXPECT_TRUE(repository_.state().transfers.empty());
}

TEST_F(TransferServiceTest, a_practice_from_several_regions_needs_its_origin_among_them) {
  refused(service_.record(staff_, input(9, "RO21")), ErrorKind::unprocessable, "origin");
  auto in = input(9, "RO21");
  in.origin = RegionCode("EL52");
  refused(service_.record(staff_, in), ErrorKind::unprocessable, "origin");
  in.origin = RegionCode("HU33");
  auto id = ok(service_.record(staff_, in));
  EXPECT_EQ(ok(service_.transfer(visitor_, id, "en")).origin.str(), "HU33");
}

TEST_F(TransferServiceTest, a_national_practice_comes_from_a_region_of_its_country) {
  refused(service_.record(staff_, input(11, "RO21")), ErrorKind::unprocessable, "origin");
  auto in = input(11, "RO21");
  in.origin = RegionCode("HU33");
  refused(service_.record(staff_, in), ErrorKind::unprocessable, "origin");
  in.origin = RegionCode("SI04");
  ok(service_.record(staff_, in));
}

TEST_F(TransferServiceTest, staff_record_for_their_own_organisation_coordinators_for_their_areas) {
  auto in = input();
  in.adopter = accounts::OrganisationId(20);
  in.destination = RegionCode("RO32");
  refused(service_.record(staff_, in), ErrorKind::forbidden, "");
  ok(service_.record(coordinator_, in));
  refused(service_.record(visitor_, input()), ErrorKind::unauthenticated, "");
  auto token = staff_;
  token.via = accounts::Principal::Via::api_token;
  token.token_scope = accounts::TokenScope::read;
  refused(service_.record(token, input()), ErrorKind::forbidden, "");
  EXPECT_FALSE(service_.may_record(visitor_));
  EXPECT_TRUE(service_.may_record(staff_));
}

TEST_F(TransferServiceTest, the_pilot_must_transfer_the_practice_and_its_results_come_back) {
  auto in = input();
  in.status = TransferStatus::piloted;
  refused(service_.record(staff_, in), ErrorKind::unprocessable, "pilot");
  in.pilot = 5;
  refused(service_.record(staff_, in), ErrorKind::unprocessable, "pilot");
  in.pilot = 4;
  auto id = ok(service_.record(staff_, in));
  auto t = ok(service_.transfer(visitor_, id, "en"));
  ASSERT_TRUE(t.evidence);
  EXPECT_EQ(t.evidence->targets_met, 3u);
  EXPECT_EQ(t.evidence->result, "Most firms came back.");
  auto history = ok(service_.history(visitor_, 7, "en"));
  EXPECT_EQ(history.transfers.size(), 1u);
  EXPECT_EQ(history.adopted, 1u);
  EXPECT_EQ(history.piloted, 1u);
  EXPECT_EQ(history.targets_met, 3u);
  EXPECT_EQ(history.targets, 4u);
}

TEST_F(TransferServiceTest, an_evaluated_transfer_says_what_was_found) {
  auto in = input(9, "RO21");
  in.origin = RegionCode("HU33");
  in.status = TransferStatus::evaluated;
  refused(service_.record(staff_, in), ErrorKind::unprocessable, "result");
  in.result = "Twice the apprentices in two years.";
  ok(service_.record(staff_, in));
}

TEST_F(TransferServiceTest, a_change_names_the_revision_it_started_from_and_is_audited) {
  auto id = ok(service_.record(staff_, input()));
  auto in = input();
  in.status = TransferStatus::abandoned;
  refused(service_.update(staff_, id, 7, in), ErrorKind::conflict, "revision");
  refused(service_.update(greek_staff_, id, 1, in), ErrorKind::forbidden, "");
  auto changed = ok(service_.update(staff_, id, 1, in));
  EXPECT_EQ(changed.status, TransferStatus::abandoned);
  EXPECT_EQ(changed.revision, 2);
  EXPECT_EQ(repository_.audit_actions(), (std::vector<std::string>{"transfer.recorded", "transfer.updated"}));
  // Moving it onto another transfer's region is the same conflict as recording it twice.
  ok(service_.record(staff_, input(7, "RO32")));
  in.destination = RegionCode("RO32");
  refused(service_.update(staff_, id, 2, in), ErrorKind::conflict, "destination");
}

TEST_F(TransferServiceTest, flows_count_transfers_between_two_regions_over_the_years) {
  ok(service_.record(staff_, input(7, "RO21")));
  auto later = input(7, "RO32");
  later.adopted_on = "2026-01";
  ok(service_.record(staff_, later));
  auto academy = input(9, "RO21");
  academy.origin = RegionCode("HU33");
  academy.adopted_on = "2024-11";
  ok(service_.record(staff_, academy));
  auto all = ok(service_.flows(visitor_, {}));
  ASSERT_EQ(all.size(), 3u);
  auto in2025 = ok(service_.flows(visitor_, TransferFilter{.year = 2025}));
  ASSERT_EQ(in2025.size(), 1u);
  EXPECT_EQ(in2025.front().origin.str(), "EL52");
  EXPECT_EQ(in2025.front().first_year, 2025);
  auto romania = ok(service_.list(visitor_, TransferFilter{.country = CountryCode("HU")}, "en"));
  ASSERT_EQ(romania.size(), 1u);
  EXPECT_EQ(romania.front().item, 9);
  auto until = ok(service_.flows(visitor_, TransferFilter{.until = 2025}));
  EXPECT_EQ(until.size(), 2u);
  auto area = ok(service_.list(visitor_, TransferFilter{.area = AreaCode("WG6")}, "en"));
  EXPECT_EQ(area.size(), 1u);
}

TEST_F(TransferServiceTest, flows_put_the_largest_first) {
  std::vector<Transfer> ts(3);
  ts[0].origin = ts[1].origin = RegionCode("EL52");
  ts[0].destination = ts[1].destination = RegionCode("RO21");
  ts[0].item = 1;
  ts[1].item = 2;
  ts[2].origin = RegionCode("AL01");
  ts[2].destination = RegionCode("AL02");
  ts[0].adopted_on = "2024-02";
  ts[1].adopted_on = "2026-07";
  auto flows = flows_of(ts);
  ASSERT_EQ(flows.size(), 2u);
  EXPECT_EQ(flows[0].transfers, 2u);
  EXPECT_EQ(flows[0].items.size(), 2u);
  EXPECT_EQ(flows[0].first_year, 2024);
  EXPECT_EQ(flows[0].last_year, 2026);
}

TEST(TransferInput, reads_the_json_shape_and_names_the_field_at_fault) {
  namespace json = boost::json;
  auto good = read_transfer(json::parse(
      R"({"item": "12", "destination": " ro21 ", "adopted_on": "2025-03", "mode": "as_is", "status": "piloted", "pilot": 3})"));
  ASSERT_TRUE(good) << good.error().message;
  EXPECT_EQ(good->item, 12);
  EXPECT_EQ(good->destination.str(), "RO21");
  EXPECT_EQ(good->mode, Mode::as_is);
  EXPECT_EQ(good->pilot, 3);
  auto field_of = [](const char* body) {
    auto r = read_transfer(json::parse(body));
    return r ? std::string("accepted") : r.error().field;
  };
  EXPECT_EQ(field_of(R"({"item": 1, "destination": "RO21", "adopted_on": "2025-13"})"), "adopted_on");
  EXPECT_EQ(field_of(R"({"item": 1, "destination": "RO21", "adopted_on": "2025-3"})"), "adopted_on");
  EXPECT_EQ(field_of(R"({"item": 1, "adopted_on": "2025-03"})"), "destination");
  EXPECT_EQ(field_of(R"({"destination": "RO21", "adopted_on": "2025-03"})"), "item");
  EXPECT_EQ(field_of(R"({"item": 1, "destination": "RO21", "adopted_on": "2025-03", "status": "done"})"), "status");
  EXPECT_EQ(field_of(R"({"item": 1, "destination": "RO21", "adopted_on": "2025-03", "colour": "red"})"), "colour");
  EXPECT_EQ(field_of(R"({"item": 1, "destination": "RO-21", "adopted_on": "2025-03"})"), "destination");
  EXPECT_EQ(field_of(R"({"item": -1, "destination": "RO21", "adopted_on": "2025-03"})"), "item");
}

}  // namespace
}  // namespace cps::transfer
