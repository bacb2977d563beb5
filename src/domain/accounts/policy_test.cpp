// The access policy, rule by rule: each rule of the table lets its subject act inside its
// scope and not outside it, and whoever no rule names is refused.
#include "domain/accounts/policy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace cps::accounts {

namespace {

// The policy as it is meant to be, one line per rule: a rule added to policy.cpp without a
// line here (or a line left after its rule went) fails every_rule_has_a_case_and_every_case_a_rule.
struct Case {
  std::string_view who;  // "anyone", "signed_in" or a role
  Action action;
  Scope scope;
};
constexpr Case kCases[] = {
    {"anyone", Action::view_directory, Scope::any},
    {"signed_in", Action::manage_own_account, Scope::self},

    {"platform_admin", Action::view_member_contacts, Scope::any},
    {"platform_admin", Action::invite_user, Scope::any},
    {"platform_admin", Action::manage_users, Scope::any},
    {"platform_admin", Action::grant_role, Scope::any},
    {"platform_admin", Action::create_organisation, Scope::any},
    {"platform_admin", Action::edit_organisation, Scope::any},
    {"platform_admin", Action::view_audit_log, Scope::any},
    {"platform_admin", Action::manage_statistics, Scope::any},
    {"platform_admin", Action::write_knowledge, Scope::any},
    {"platform_admin", Action::review_knowledge, Scope::any},
    {"platform_admin", Action::view_unpublished_knowledge, Scope::any},
    {"platform_admin", Action::moderate_comments, Scope::any},

    {"lead_coordinator", Action::view_member_contacts, Scope::any},
    {"lead_coordinator", Action::invite_user, Scope::any},
    {"lead_coordinator", Action::grant_role, Scope::any_but_admin},
    {"lead_coordinator", Action::create_organisation, Scope::any},
    {"lead_coordinator", Action::edit_organisation, Scope::any},
    {"lead_coordinator", Action::write_knowledge, Scope::any},
    {"lead_coordinator", Action::review_knowledge, Scope::any},
    {"lead_coordinator", Action::view_unpublished_knowledge, Scope::any},
    {"lead_coordinator", Action::moderate_comments, Scope::any},

    {"sc_member", Action::view_member_contacts, Scope::any},
    {"stc_member", Action::view_member_contacts, Scope::any},

    {"wg_coordinator", Action::view_member_contacts, Scope::any},
    {"wg_coordinator", Action::grant_role, Scope::own_working_group},
    {"wg_coordinator", Action::write_knowledge, Scope::self},
    {"wg_coordinator", Action::write_knowledge, Scope::coordinated_area},
    {"wg_coordinator", Action::review_knowledge, Scope::coordinated_area},
    {"wg_coordinator", Action::view_unpublished_knowledge, Scope::coordinated_area},
    {"wg_coordinator", Action::view_unpublished_knowledge, Scope::self},
    {"wg_coordinator", Action::moderate_comments, Scope::coordinated_area},

    {"wg_member", Action::view_member_contacts, Scope::any},
    {"wg_member", Action::write_knowledge, Scope::self},
    {"wg_member", Action::view_unpublished_knowledge, Scope::self},

    {"partner_staff", Action::view_member_contacts, Scope::any},
    {"partner_staff", Action::edit_organisation, Scope::own_organisation},
    {"partner_staff", Action::write_knowledge, Scope::self},
    {"partner_staff", Action::view_unpublished_knowledge, Scope::self},
    {"signed_in", Action::machine_translate_knowledge, Scope::any},

    // The partnership's monitoring: the lead partner manages the work plan and reviews the
    // progress reports; partners update their activities and write their own reports;
    // working-group coordinators update their areas' activities; controllers verify spending.
    {"platform_admin", Action::manage_workplan, Scope::any},
    {"lead_coordinator", Action::manage_workplan, Scope::any},
    {"platform_admin", Action::update_activity, Scope::any},
    {"lead_coordinator", Action::update_activity, Scope::any},
    {"wg_coordinator", Action::update_activity, Scope::coordinated_area},
    {"partner_staff", Action::update_activity, Scope::own_organisation},
    {"platform_admin", Action::write_progress_report, Scope::any},
    {"lead_coordinator", Action::write_progress_report, Scope::own_organisation},
    {"partner_staff", Action::write_progress_report, Scope::own_organisation},
    {"platform_admin", Action::review_progress_report, Scope::any},
    {"lead_coordinator", Action::review_progress_report, Scope::any},
    {"platform_admin", Action::verify_spending, Scope::any},
    {"controller", Action::verify_spending, Scope::any},

    {"platform_admin", Action::edit_framework, Scope::any},
    {"lead_coordinator", Action::edit_framework, Scope::any},
    {"stc_member", Action::edit_framework, Scope::any},
    {"platform_admin", Action::view_assessments, Scope::any},
    {"lead_coordinator", Action::view_assessments, Scope::any},
    {"sc_member", Action::view_assessments, Scope::any},
    {"stc_member", Action::view_assessments, Scope::any},
    {"wg_coordinator", Action::view_assessments, Scope::any},
    {"wg_member", Action::view_assessments, Scope::any},
    {"partner_staff", Action::view_assessments, Scope::any},
    {"platform_admin", Action::write_assessment, Scope::any},
    {"lead_coordinator", Action::write_assessment, Scope::any},
    {"partner_staff", Action::write_assessment, Scope::own_organisation},
    {"platform_admin", Action::coordinate_assessments, Scope::any},
    {"lead_coordinator", Action::coordinate_assessments, Scope::any},
    {"stc_member", Action::coordinate_assessments, Scope::any},
    {"wg_coordinator", Action::coordinate_assessments, Scope::any},
    {"stc_member", Action::review_assessment, Scope::self},
    {"wg_coordinator", Action::review_assessment, Scope::self},
    {"wg_member", Action::review_assessment, Scope::self},
    {"partner_staff", Action::review_assessment, Scope::self},
    {"platform_admin", Action::view_gaps, Scope::any},
    {"lead_coordinator", Action::view_gaps, Scope::any},
    {"sc_member", Action::view_gaps, Scope::any},
    {"stc_member", Action::view_gaps, Scope::any},
    {"wg_coordinator", Action::view_gaps, Scope::any},

    // Pilots: members see them all, the lead's and participants' staff run them, the lead
    // partner and the steering committee approve baselines, evaluators evaluate.
    {"platform_admin", Action::view_monitoring, Scope::any},
    {"lead_coordinator", Action::view_monitoring, Scope::any},
    {"sc_member", Action::view_monitoring, Scope::any},
    {"stc_member", Action::view_monitoring, Scope::any},
    {"wg_coordinator", Action::view_monitoring, Scope::any},
    {"wg_member", Action::view_monitoring, Scope::any},
    {"partner_staff", Action::view_monitoring, Scope::any},
    {"controller", Action::view_monitoring, Scope::any},
    {"platform_admin", Action::run_pilot, Scope::any},
    {"lead_coordinator", Action::run_pilot, Scope::any},
    {"partner_staff", Action::run_pilot, Scope::own_organisation},
    {"platform_admin", Action::evaluate_pilot, Scope::any},
    {"lead_coordinator", Action::evaluate_pilot, Scope::any},
    {"stc_member", Action::evaluate_pilot, Scope::any},
    {"wg_coordinator", Action::evaluate_pilot, Scope::coordinated_area},
    {"platform_admin", Action::approve_baseline, Scope::any},
    {"lead_coordinator", Action::approve_baseline, Scope::any},
    {"sc_member", Action::approve_baseline, Scope::any},

    // Learning and matchmaking.
    {"signed_in", Action::give_feedback, Scope::self},
    {"platform_admin", Action::curate_recommendations, Scope::any},
    {"lead_coordinator", Action::curate_recommendations, Scope::any},
    {"stc_member", Action::curate_recommendations, Scope::any},
    {"wg_coordinator", Action::curate_recommendations, Scope::coordinated_area},
    {"signed_in", Action::ask_helpdesk, Scope::self},
    {"platform_admin", Action::answer_helpdesk, Scope::any},
    {"lead_coordinator", Action::answer_helpdesk, Scope::any},
    {"stc_member", Action::answer_helpdesk, Scope::any},
    {"wg_coordinator", Action::answer_helpdesk, Scope::coordinated_area},
    {"platform_admin", Action::offer_mentoring, Scope::any},
    {"lead_coordinator", Action::offer_mentoring, Scope::own_organisation},
    {"stc_member", Action::offer_mentoring, Scope::own_organisation},
    {"wg_coordinator", Action::offer_mentoring, Scope::own_organisation},
    {"wg_member", Action::offer_mentoring, Scope::own_organisation},
    {"partner_staff", Action::offer_mentoring, Scope::own_organisation},
    {"signed_in", Action::request_mentoring, Scope::self},
    {"platform_admin", Action::edit_cluster_profile, Scope::any},
    {"lead_coordinator", Action::edit_cluster_profile, Scope::any},
    {"wg_member", Action::edit_cluster_profile, Scope::own_organisation},
    {"partner_staff", Action::edit_cluster_profile, Scope::own_organisation},
    {"stakeholder", Action::edit_cluster_profile, Scope::own_organisation},
    {"platform_admin", Action::review_cluster_profile, Scope::any},
    {"lead_coordinator", Action::review_cluster_profile, Scope::any},
    {"wg_coordinator", Action::review_cluster_profile, Scope::coordinated_area},
    {"signed_in", Action::express_interest, Scope::self},
    {"platform_admin", Action::record_transfer, Scope::any},
    {"lead_coordinator", Action::record_transfer, Scope::any},
    {"stc_member", Action::record_transfer, Scope::any},
    {"wg_coordinator", Action::record_transfer, Scope::coordinated_area},
    {"partner_staff", Action::record_transfer, Scope::own_organisation},
    {"platform_admin", Action::view_search_gaps, Scope::any},
    {"lead_coordinator", Action::view_search_gaps, Scope::any},
    {"stc_member", Action::view_search_gaps, Scope::any},
    {"wg_coordinator", Action::view_search_gaps, Scope::any},
    {"platform_admin", Action::publish_news, Scope::any},
    {"lead_coordinator", Action::publish_news, Scope::any},
    {"platform_admin", Action::manage_event, Scope::any},
    {"lead_coordinator", Action::manage_event, Scope::any},
    {"wg_coordinator", Action::manage_event, Scope::any},
    {"partner_staff", Action::manage_event, Scope::own_organisation},
    {"signed_in", Action::register_for_event, Scope::self},
    {"platform_admin", Action::write_visit_report, Scope::any},
    {"lead_coordinator", Action::write_visit_report, Scope::any},
    {"wg_coordinator", Action::write_visit_report, Scope::any},
    {"partner_staff", Action::write_visit_report, Scope::own_organisation},
    {"anyone", Action::view_foresight_results, Scope::any},
    {"platform_admin", Action::run_foresight, Scope::any},
    {"lead_coordinator", Action::run_foresight, Scope::any},
    {"stc_member", Action::run_foresight, Scope::any},
    {"wg_coordinator", Action::run_foresight, Scope::self},
    {"signed_in", Action::answer_foresight, Scope::self},
    {"platform_admin", Action::view_group, Scope::any},
    {"lead_coordinator", Action::view_group, Scope::any},
    {"sc_member", Action::view_group, Scope::any},
    {"stc_member", Action::view_group, Scope::any},
    {"wg_coordinator", Action::view_group, Scope::any},
    {"wg_member", Action::view_group, Scope::any},
    {"partner_staff", Action::view_group, Scope::any},
    {"platform_admin", Action::post_discussion, Scope::any},
    {"lead_coordinator", Action::post_discussion, Scope::any},
    {"sc_member", Action::post_discussion, Scope::any},
    {"stc_member", Action::post_discussion, Scope::any},
    {"wg_coordinator", Action::post_discussion, Scope::any},
    {"wg_member", Action::post_discussion, Scope::any},
    {"partner_staff", Action::post_discussion, Scope::any},
    {"platform_admin", Action::manage_group, Scope::any},
    {"lead_coordinator", Action::manage_group, Scope::any},
    {"wg_coordinator", Action::manage_group, Scope::coordinated_area},
    {"platform_admin", Action::moderate_discussion, Scope::any},
    {"lead_coordinator", Action::moderate_discussion, Scope::any},
    {"wg_coordinator", Action::moderate_discussion, Scope::coordinated_area},
    {"platform_admin", Action::view_plans, Scope::any},
    {"lead_coordinator", Action::view_plans, Scope::any},
    {"sc_member", Action::view_plans, Scope::any},
    {"stc_member", Action::view_plans, Scope::any},
    {"wg_coordinator", Action::view_plans, Scope::any},
    {"wg_member", Action::view_plans, Scope::any},
    {"partner_staff", Action::view_plans, Scope::any},
    {"platform_admin", Action::suggest_on_plan, Scope::any},
    {"lead_coordinator", Action::suggest_on_plan, Scope::any},
    {"sc_member", Action::suggest_on_plan, Scope::any},
    {"stc_member", Action::suggest_on_plan, Scope::any},
    {"wg_coordinator", Action::suggest_on_plan, Scope::any},
    {"wg_member", Action::suggest_on_plan, Scope::any},
    {"partner_staff", Action::suggest_on_plan, Scope::any},
    {"platform_admin", Action::edit_plan, Scope::any},
    {"lead_coordinator", Action::edit_plan, Scope::any},
    {"wg_coordinator", Action::edit_plan, Scope::coordinated_area},
    {"platform_admin", Action::manage_plans, Scope::any},
    {"lead_coordinator", Action::manage_plans, Scope::any},
    {"sc_member", Action::vote_on_plan, Scope::own_organisation},
    {"platform_admin", Action::send_newsletter, Scope::any},
    {"lead_coordinator", Action::send_newsletter, Scope::any},
    {"platform_admin", Action::manage_training, Scope::any},
    {"lead_coordinator", Action::manage_training, Scope::any},
    {"wg_coordinator", Action::manage_training, Scope::coordinated_area},
    {"signed_in", Action::enrol_in_training, Scope::self},
};

// How kCases names a rule's subject.
std::string name_of_subject(const Subject& s) {
  if (s.kind == Subject::Kind::role) return std::string(to_string(s.role));
  return s.kind == Subject::Kind::anyone ? "anyone" : "signed_in";
}

// What every signed-in person may do for themselves, whatever their role: keep their account,
// say what they think of a recommendation or a match, ask the helpdesk, ask for a mentor and
// express interest in a cluster, have an item machine-translated, register for an event, answer a
// foresight study they are invited to, read the foresight programme's results (which anyone may)
// and enrol in a training module.
bool everybody_signed_in_may(Action action) {
  return action == Action::manage_own_account || action == Action::give_feedback || action == Action::ask_helpdesk ||
         action == Action::machine_translate_knowledge || action == Action::answer_foresight ||
         action == Action::view_foresight_results || action == Action::register_for_event ||
         action == Action::request_mentoring || action == Action::express_interest ||
         action == Action::enrol_in_training;
}

// The person every case acts as: user 42 of organisation 7; a working-group role is for WG3.
constexpr std::int64_t kMe = 42, kMyOrganisation = 7;
const std::string kMyGroup = "WG3";

Principal principal_for(std::string_view who) {
  Principal p;
  if (who == "anyone") return p;  // an anonymous visitor
  p.via = Principal::Via::session;
  p.user = UserId(kMe);
  p.label = "me@example.org";
  p.organisation = OrganisationId(kMyOrganisation);
  if (auto role = parse_role(who)) p.roles.push_back({*role, role_has_working_group(*role) ? kMyGroup : ""});
  return p;
}

// A target inside the scope, for the person above.
Target inside(Scope scope) {
  switch (scope) {
    case Scope::any: return Target{};
    case Scope::any_but_admin: return Target{.role = RoleAssignment{Role::partner_staff, ""}};
    case Scope::own_organisation: return Target{.organisation = OrganisationId(kMyOrganisation)};
    case Scope::own_working_group: return Target{.role = RoleAssignment{Role::wg_member, kMyGroup}};
    case Scope::self: return Target{.user = UserId(kMe)};
    case Scope::coordinated_area: return Target{.areas = {"WG5", kMyGroup}};
  }
  return {};
}

// Targets just outside the scope; none for Scope::any, which has no outside.
std::vector<Target> outside(Scope scope) {
  switch (scope) {
    case Scope::any: return {};
    case Scope::any_but_admin: return {Target{.role = RoleAssignment{Role::platform_admin, ""}}};
    case Scope::own_organisation: return {Target{.organisation = OrganisationId(kMyOrganisation + 1)}, Target{}};
    case Scope::own_working_group:
      return {Target{.role = RoleAssignment{Role::wg_member, "WG4"}},
              Target{.role = RoleAssignment{Role::wg_coordinator, kMyGroup}},
              Target{.role = RoleAssignment{Role::platform_admin, ""}}};
    case Scope::self: return {Target{.user = UserId(kMe + 1)}, Target{}};
    case Scope::coordinated_area: return {Target{.areas = {"WG4"}}, Target{}};
  }
  return {};
}

// Everything at once: the person's own account, organisation, group and area.
Target everything_of_mine() {
  return Target{.user = UserId(kMe),
                .organisation = OrganisationId(kMyOrganisation),
                .role = RoleAssignment{Role::wg_member, kMyGroup},
                .areas = {kMyGroup}};
}

bool subject_is(std::string_view who, const Principal& p) {
  if (who == "anyone") return true;
  if (who == "signed_in") return p.signed_in();
  auto role = parse_role(who);
  return role && p.has(*role);
}

}  // namespace

TEST(Policy, every_rule_has_a_case_and_every_case_a_rule) {
  auto rules = policy();
  ASSERT_EQ(rules.size(), std::size(kCases)) << "a rule was added or removed without its case in kCases";
  for (const auto& rule : rules) {
    std::string who = name_of_subject(rule.subject);
    bool found = std::any_of(std::begin(kCases), std::end(kCases), [&](const Case& c) {
      return c.who == who && c.action == rule.action && c.scope == rule.scope;
    });
    EXPECT_TRUE(found) << "no case for the rule " << who << " " << to_string(rule.action) << " "
                       << to_string(rule.scope);
  }
}

class PolicyRow : public ::testing::TestWithParam<Case> {};

TEST_P(PolicyRow, allows_its_subject_inside_its_scope_and_refuses_outside) {
  const Case& c = GetParam();
  Principal me = principal_for(c.who);
  EXPECT_TRUE(allowed(me, c.action, inside(c.scope)))
      << c.who << " may " << to_string(c.action) << " in scope " << to_string(c.scope);
  for (const auto& target : outside(c.scope))
    EXPECT_FALSE(allowed(me, c.action, target))
        << c.who << " may not " << to_string(c.action) << " outside scope " << to_string(c.scope);
}

INSTANTIATE_TEST_SUITE_P(EveryRule, PolicyRow, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.who) + "_" + std::string(to_string(info.param.action)) +
                                  "_" + std::string(to_string(info.param.scope));
                         });

TEST(Policy, whoever_no_rule_names_is_refused_every_action) {
  std::vector<std::string> people = {"anyone", "signed_in"};
  for (Role role : kAllRoles) people.emplace_back(to_string(role));
  for (const auto& who : people) {
    Principal me = principal_for(who);
    for (Action action : kAllActions) {
      bool named = std::any_of(std::begin(kCases), std::end(kCases),
                               [&](const Case& c) { return c.action == action && subject_is(c.who, me); });
      EXPECT_EQ(allowed(me, action, everything_of_mine()), named)
          << who << " " << to_string(action) << (named ? " is named by a rule" : " is named by no rule");
    }
  }
}

TEST(Policy, a_working_group_role_counts_only_for_its_own_group) {
  Principal coordinator = principal_for("wg_coordinator");  // of WG3
  EXPECT_TRUE(allowed(coordinator, Action::review_knowledge, Target{.areas = {"WG3"}}));
  EXPECT_FALSE(allowed(coordinator, Action::review_knowledge, Target{.areas = {"WG2"}}));
  EXPECT_FALSE(allowed(coordinator, Action::grant_role,
                       Target{.role = RoleAssignment{Role::wg_member, "WG2"}}));
  coordinator.roles.push_back({Role::wg_coordinator, "WG2"});
  EXPECT_TRUE(allowed(coordinator, Action::grant_role, Target{.role = RoleAssignment{Role::wg_member, "WG2"}}));
}

TEST(Policy, a_controller_may_only_browse_see_monitoring_and_verify_spending) {
  Principal controller = principal_for("controller");
  for (Action action : kAllActions) {
    bool expected = action == Action::view_directory || everybody_signed_in_may(action) ||
                    action == Action::view_monitoring || action == Action::verify_spending;
    EXPECT_EQ(allowed(controller, action, everything_of_mine()), expected) << to_string(action);
  }
}

TEST(Policy, a_partner_writes_only_its_own_reports_and_updates_only_its_own_activities) {
  Principal staff = principal_for("partner_staff");
  EXPECT_TRUE(allowed(staff, Action::write_progress_report, Target{.organisation = OrganisationId(kMyOrganisation)}));
  EXPECT_FALSE(allowed(staff, Action::write_progress_report, Target{.organisation = OrganisationId(kMyOrganisation + 1)}));
  EXPECT_FALSE(allowed(staff, Action::update_activity, Target{.areas = {"WG3"}}));
  EXPECT_FALSE(allowed(staff, Action::review_progress_report));
  EXPECT_FALSE(allowed(staff, Action::manage_workplan));
  Principal lead = principal_for("lead_coordinator");
  EXPECT_TRUE(allowed(lead, Action::review_progress_report));
  EXPECT_FALSE(allowed(lead, Action::verify_spending));
  EXPECT_FALSE(allowed(lead, Action::write_progress_report, Target{.organisation = OrganisationId(kMyOrganisation + 1)}));
}

TEST(Policy, a_stakeholder_may_only_browse_act_for_itself_and_edit_its_cluster_profile) {
  Principal stakeholder = principal_for("stakeholder");
  for (Action action : kAllActions) {
    bool expected = action == Action::view_directory || everybody_signed_in_may(action) ||
                    action == Action::edit_cluster_profile;
    EXPECT_EQ(allowed(stakeholder, action, everything_of_mine()), expected) << to_string(action);
  }
}

TEST(Policy, foresight_studies_are_run_by_their_organisers_and_read_by_anyone) {
  Principal coordinator = principal_for("wg_coordinator");
  EXPECT_TRUE(allowed(coordinator, Action::run_foresight, Target{.user = UserId(kMe)}));
  EXPECT_FALSE(allowed(coordinator, Action::run_foresight, Target{.user = UserId(kMe + 1)}));
  EXPECT_TRUE(allowed(principal_for("stc_member"), Action::run_foresight, Target{.user = UserId(kMe + 1)}));
  EXPECT_FALSE(allowed(principal_for("partner_staff"), Action::run_foresight, Target{.user = UserId(kMe)}));
  EXPECT_TRUE(allowed(principal_for("anyone"), Action::view_foresight_results));
  EXPECT_FALSE(allowed(principal_for("anyone"), Action::answer_foresight, Target{.user = UserId(kMe)}));
  EXPECT_FALSE(allowed(principal_for("stakeholder"), Action::answer_foresight, Target{.user = UserId(kMe + 1)}));
}

TEST(Policy, every_action_and_scope_has_a_distinct_name) {
  for (Action a : kAllActions) EXPECT_FALSE(to_string(a).empty());
  EXPECT_EQ(to_string(Action::moderate_comments), "moderate_comments");
  EXPECT_EQ(to_string(Scope::coordinated_area), "coordinated_area");
  EXPECT_EQ(parse_name("review_knowledge", kActionNames), Action::review_knowledge);
  EXPECT_EQ(parse_name("review", kActionNames), std::nullopt);
}

}  // namespace cps::accounts
