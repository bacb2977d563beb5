// The assessment service on in-memory ports, with the people of a small partnership and helpers
// that walk an assessment along its flow, for the service's tests. Test-only code.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/framework_file.hpp"
#include "domain/assessment/testing/fake_assessment_repository.hpp"
#include "domain/assessment/testing/fake_surroundings.hpp"
#include "domain/assessment/testing/sample_framework.hpp"
#include "domain/reference/testing/fake_reference_repository.hpp"

namespace cps::assessment {

inline accounts::Principal member(std::int64_t id, accounts::Role role,
                                  std::optional<std::int64_t> organisation) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "person" + std::to_string(id) + "@example.org";
  p.display_name = "Person " + std::to_string(id);
  if (organisation) p.organisation = accounts::OrganisationId(*organisation);
  p.roles = {{role, role == accounts::Role::wg_coordinator ? "WG1" : ""}};
  p.client = "192.0.2.1";
  return p;
}

inline ScoreInput typed(std::string criterion, Timeframe frame, int level,
                        std::string why = "Because.") {
  ScoreInput s;
  s.criterion = std::move(criterion);
  s.timeframe = frame;
  s.rating.level = level;
  s.justification = std::move(why);
  return s;
}

// Organisations: 10 in RO21 (the team's), 11 in RO22, 20 in EL52 (experienced), 40 in Hungary.
// People: 1 team (partner staff of 10), 3 partner staff of 11, 2 and 4 partner staff of 20
// and 40 (reviewers), 9 a member of the scientific-technical committee (coordinator).
class AssessmentFixture : public ::testing::Test {
 protected:
  AssessmentFixture()
      : reference_(reference_repository_),
        service_(repository_, reference_, directory_, catalogue_, regional_,
                 [this] { return now_; }) {
    std::erase_if(reference_repository_.area_rows, [](const reference::ThematicArea& a) {
      return a.code.str() != "WG1" && a.code.str() != "WG2";
    });
    directory_.organisations[10] = {CountryCode("RO"), RegionCode("RO21")};
    directory_.organisations[11] = {CountryCode("RO"), RegionCode("RO22")};
    directory_.organisations[20] = {CountryCode("EL"), RegionCode("EL52")};
    directory_.organisations[40] = {CountryCode("HU"), std::nullopt};
    add_person(1, 10, "RO", accounts::Experience::learning);
    add_person(3, 11, "RO", accounts::Experience::learning);
    add_person(2, 20, "EL", accounts::Experience::experienced);
    add_person(4, 40, "HU", accounts::Experience::learning);
    catalogue_.published[7] = PracticeRef{7, "Innovation vouchers", "innovation-vouchers"};
    auto stored = service_.ensure_framework(framework_file(sample_framework()));
    EXPECT_TRUE(stored) << (stored ? "" : stored.error().message + " " + stored.error().field);
  }

  void add_person(std::int64_t id, std::int64_t organisation, std::string country,
                  accounts::Experience experience) {
    Person p;
    p.id = accounts::UserId(id);
    p.display_name = "Person " + std::to_string(id);
    p.organisation = accounts::OrganisationId(organisation);
    p.country = CountryCode(std::move(country));
    p.experience = experience;
    directory_.people[id] = p;
  }

  template <class T>
  static T ok(Result<T> r) {
    EXPECT_TRUE(r) << (r ? "" : r.error().message + " [" + r.error().field + "]");
    return r ? std::move(*r) : T{};
  }

  // Every criterion answered for the past, today and the target (levels 2, 3 and 5).
  static std::vector<ScoreInput> full_self_scores() {
    std::vector<ScoreInput> out;
    for (const auto& c : sample_framework().criteria) {
      out.push_back(typed(c.code, Timeframe::past, 2));
      out.push_back(typed(c.code, Timeframe::current, 3));
      out.push_back(typed(c.code, Timeframe::target, 5));
    }
    return out;
  }
  static std::vector<ScoreInput> peer_scores(int level) {
    std::vector<ScoreInput> out;
    for (const auto& c : sample_framework().criteria)
      out.push_back(typed(c.code, Timeframe::current, level, "Seen."));
    return out;
  }

  Assessment draft(std::string region = "RO21", int period = 1, accounts::Principal who = {}) {
    if (!who.signed_in()) who = team_;
    auto id = ok(
        service_.create(who, NewAssessment{RegionCode(std::move(region)), period, std::nullopt}));
    return ok(service_.assessment(who, id));
  }
  Assessment filled() {
    auto a = draft();
    return ok(service_.save_scores(team_, a.id, a.revision, full_self_scores()));
  }
  Assessment submitted() {
    auto a = filled();
    return ok(service_.move(team_, a.id, a.revision, Step::submit, ""));
  }
  Assessment in_review() {
    auto a = submitted();
    a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
    return ok(service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::accept, ""));
  }
  Assessment reviewed(int peer_level = 4) {
    auto a = in_review();
    a = ok(service_.save_scores(greek_, a.id, a.revision, peer_scores(peer_level)));
    return ok(service_.submit_review(greek_, a.id, a.revision));
  }
  Assessment consolidated() {
    auto a = reviewed();
    return ok(service_.move(coordinator_, a.id, a.revision, Step::consolidate, ""));
  }
  Assessment published(Disclosure disclosure = Disclosure::members) {
    auto a = draft();
    a = ok(service_.save_details(team_, a.id, a.revision, "Our cluster policy.", disclosure));
    a = ok(service_.save_scores(team_, a.id, a.revision, full_self_scores()));
    a = ok(service_.move(team_, a.id, a.revision, Step::submit, ""));
    a = ok(service_.assign_reviewer(coordinator_, a.id, a.revision, accounts::UserId(2)));
    a = ok(service_.answer_invitation(greek_, a.id, a.revision, InvitationAnswer::accept, ""));
    a = ok(service_.save_scores(greek_, a.id, a.revision, peer_scores(4)));
    a = ok(service_.submit_review(greek_, a.id, a.revision));
    a = ok(service_.move(coordinator_, a.id, a.revision, Step::consolidate, ""));
    return ok(service_.move(coordinator_, a.id, a.revision, Step::publish, ""));
  }

  std::size_t audit_lines() const { return repository_.state().audit.size(); }

  Seconds now_ = 1780000000;  // 2026-05-28, in reporting period 1 of the fake reference data
  reference::FakeReferenceRepository reference_repository_;
  reference::ReferenceService reference_;
  FakeAssessmentRepository repository_;
  FakeDirectory directory_;
  FakePracticeCatalogue catalogue_;
  FakeRegionalData regional_;
  AssessmentService service_;

  accounts::Principal team_ = member(1, accounts::Role::partner_staff, 10);
  accounts::Principal neighbour_ = member(3, accounts::Role::partner_staff, 11);
  accounts::Principal greek_ = member(2, accounts::Role::partner_staff, 20);
  accounts::Principal hungarian_ = member(4, accounts::Role::partner_staff, 40);
  accounts::Principal coordinator_ = member(9, accounts::Role::stc_member, std::nullopt);
  accounts::Principal anonymous_ = {};
};

}  // namespace cps::assessment
