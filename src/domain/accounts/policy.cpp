#include "domain/accounts/policy.hpp"

#include <algorithm>

namespace cps::accounts {

namespace {

using K = Subject::Kind;
constexpr Subject anyone{K::anyone};
constexpr Subject signed_in{K::signed_in};
constexpr Subject role(Role r) {
  return Subject{K::role, r};
}

// The whole access policy. A request is allowed when any row matches it.
constexpr PolicyRule kPolicy[] = {
    {anyone, Action::view_directory, Scope::any},
    {signed_in, Action::manage_own_account, Scope::self},

    {role(Role::platform_admin), Action::view_member_contacts, Scope::any},
    {role(Role::platform_admin), Action::invite_user, Scope::any},
    {role(Role::platform_admin), Action::manage_users, Scope::any},
    {role(Role::platform_admin), Action::grant_role, Scope::any},
    {role(Role::platform_admin), Action::create_organisation, Scope::any},
    {role(Role::platform_admin), Action::edit_organisation, Scope::any},
    {role(Role::platform_admin), Action::view_audit_log, Scope::any},
    {role(Role::platform_admin), Action::manage_statistics, Scope::any},

    {role(Role::lead_coordinator), Action::view_member_contacts, Scope::any},
    {role(Role::lead_coordinator), Action::invite_user, Scope::any},
    {role(Role::lead_coordinator), Action::grant_role, Scope::any_but_admin},
    {role(Role::lead_coordinator), Action::create_organisation, Scope::any},
    {role(Role::lead_coordinator), Action::edit_organisation, Scope::any},

    {role(Role::sc_member), Action::view_member_contacts, Scope::any},
    {role(Role::stc_member), Action::view_member_contacts, Scope::any},

    {role(Role::wg_coordinator), Action::view_member_contacts, Scope::any},
    {role(Role::wg_coordinator), Action::grant_role, Scope::own_working_group},

    {role(Role::wg_member), Action::view_member_contacts, Scope::any},
    {role(Role::partner_staff), Action::view_member_contacts, Scope::any},
    {role(Role::partner_staff), Action::edit_organisation, Scope::own_organisation},

    // Knowledge items: members write; authors see and edit their own; working-group
    // coordinators review the items of their areas; the lead partner and administrators all.
    {role(Role::platform_admin), Action::write_knowledge, Scope::any},
    {role(Role::platform_admin), Action::review_knowledge, Scope::any},
    {role(Role::platform_admin), Action::view_unpublished_knowledge, Scope::any},
    {role(Role::platform_admin), Action::moderate_comments, Scope::any},
    {role(Role::lead_coordinator), Action::write_knowledge, Scope::any},
    {role(Role::lead_coordinator), Action::review_knowledge, Scope::any},
    {role(Role::lead_coordinator), Action::view_unpublished_knowledge, Scope::any},
    {role(Role::lead_coordinator), Action::moderate_comments, Scope::any},
    {role(Role::wg_coordinator), Action::write_knowledge, Scope::self},
    {role(Role::wg_coordinator), Action::write_knowledge, Scope::coordinated_area},
    {role(Role::wg_coordinator), Action::review_knowledge, Scope::coordinated_area},
    {role(Role::wg_coordinator), Action::view_unpublished_knowledge, Scope::coordinated_area},
    {role(Role::wg_coordinator), Action::view_unpublished_knowledge, Scope::self},
    {role(Role::wg_coordinator), Action::moderate_comments, Scope::coordinated_area},
    {role(Role::wg_member), Action::write_knowledge, Scope::self},
    {role(Role::wg_member), Action::view_unpublished_knowledge, Scope::self},
    {role(Role::partner_staff), Action::write_knowledge, Scope::self},
    {role(Role::partner_staff), Action::view_unpublished_knowledge, Scope::self},
    // A machine translation costs the server a second or so and is kept for every reader, so
    // people who sign in ask for it, not anonymous visitors.
    {signed_in, Action::machine_translate_knowledge, Scope::any},

    // Assessments: members see published ones; a region's team writes its own; the
    // scientific-technical committee, working-group coordinators, the lead partner and
    // administrators coordinate the reviews; an assigned reviewer scores; the steering bodies
    // see the gaps dashboard.
    {role(Role::platform_admin), Action::edit_framework, Scope::any},
    {role(Role::lead_coordinator), Action::edit_framework, Scope::any},
    {role(Role::stc_member), Action::edit_framework, Scope::any},
    {role(Role::platform_admin), Action::view_assessments, Scope::any},
    {role(Role::lead_coordinator), Action::view_assessments, Scope::any},
    {role(Role::sc_member), Action::view_assessments, Scope::any},
    {role(Role::stc_member), Action::view_assessments, Scope::any},
    {role(Role::wg_coordinator), Action::view_assessments, Scope::any},
    {role(Role::wg_member), Action::view_assessments, Scope::any},
    {role(Role::partner_staff), Action::view_assessments, Scope::any},
    {role(Role::platform_admin), Action::write_assessment, Scope::any},
    {role(Role::lead_coordinator), Action::write_assessment, Scope::any},
    {role(Role::partner_staff), Action::write_assessment, Scope::own_organisation},
    {role(Role::platform_admin), Action::coordinate_assessments, Scope::any},
    {role(Role::lead_coordinator), Action::coordinate_assessments, Scope::any},
    {role(Role::stc_member), Action::coordinate_assessments, Scope::any},
    {role(Role::wg_coordinator), Action::coordinate_assessments, Scope::any},
    {role(Role::stc_member), Action::review_assessment, Scope::self},
    {role(Role::wg_coordinator), Action::review_assessment, Scope::self},
    {role(Role::wg_member), Action::review_assessment, Scope::self},
    {role(Role::partner_staff), Action::review_assessment, Scope::self},
    {role(Role::platform_admin), Action::view_gaps, Scope::any},
    {role(Role::lead_coordinator), Action::view_gaps, Scope::any},
    {role(Role::sc_member), Action::view_gaps, Scope::any},
    {role(Role::stc_member), Action::view_gaps, Scope::any},
    {role(Role::wg_coordinator), Action::view_gaps, Scope::any},

    // Pilots and the partnership's monitoring. Pilots whose baseline is approved (or that run)
    // are public; the rest, and the work plan, reports and budgets, are for members.
    {role(Role::platform_admin), Action::view_monitoring, Scope::any},
    {role(Role::lead_coordinator), Action::view_monitoring, Scope::any},
    {role(Role::sc_member), Action::view_monitoring, Scope::any},
    {role(Role::stc_member), Action::view_monitoring, Scope::any},
    {role(Role::wg_coordinator), Action::view_monitoring, Scope::any},
    {role(Role::wg_member), Action::view_monitoring, Scope::any},
    {role(Role::partner_staff), Action::view_monitoring, Scope::any},
    {role(Role::controller), Action::view_monitoring, Scope::any},
    {role(Role::platform_admin), Action::run_pilot, Scope::any},
    {role(Role::lead_coordinator), Action::run_pilot, Scope::any},
    {role(Role::partner_staff), Action::run_pilot, Scope::own_organisation},
    {role(Role::platform_admin), Action::evaluate_pilot, Scope::any},
    {role(Role::lead_coordinator), Action::evaluate_pilot, Scope::any},
    {role(Role::stc_member), Action::evaluate_pilot, Scope::any},
    {role(Role::wg_coordinator), Action::evaluate_pilot, Scope::coordinated_area},
    {role(Role::platform_admin), Action::approve_baseline, Scope::any},
    {role(Role::lead_coordinator), Action::approve_baseline, Scope::any},
    {role(Role::sc_member), Action::approve_baseline, Scope::any},
    {role(Role::platform_admin), Action::manage_workplan, Scope::any},
    {role(Role::lead_coordinator), Action::manage_workplan, Scope::any},
    {role(Role::platform_admin), Action::update_activity, Scope::any},
    {role(Role::lead_coordinator), Action::update_activity, Scope::any},
    {role(Role::wg_coordinator), Action::update_activity, Scope::coordinated_area},
    {role(Role::partner_staff), Action::update_activity, Scope::own_organisation},
    {role(Role::platform_admin), Action::write_progress_report, Scope::any},
    {role(Role::lead_coordinator), Action::write_progress_report, Scope::own_organisation},
    {role(Role::partner_staff), Action::write_progress_report, Scope::own_organisation},
    {role(Role::platform_admin), Action::review_progress_report, Scope::any},
    {role(Role::lead_coordinator), Action::review_progress_report, Scope::any},
    {role(Role::platform_admin), Action::verify_spending, Scope::any},
    {role(Role::controller), Action::verify_spending, Scope::any},

    // Learning and matchmaking: anyone signed in gives feedback, asks the helpdesk, asks for a
    // mentor and expresses interest; coordinators curate recommendations and answer the
    // helpdesk for their areas; organisations edit their own cluster profile and mentor offer;
    // the WG3 coordinator (international cooperation) reviews profiles; partners record the
    // practices their region adopted.
    {signed_in, Action::give_feedback, Scope::self},
    {role(Role::platform_admin), Action::curate_recommendations, Scope::any},
    {role(Role::lead_coordinator), Action::curate_recommendations, Scope::any},
    {role(Role::stc_member), Action::curate_recommendations, Scope::any},
    {role(Role::wg_coordinator), Action::curate_recommendations, Scope::coordinated_area},
    {signed_in, Action::ask_helpdesk, Scope::self},
    {role(Role::platform_admin), Action::answer_helpdesk, Scope::any},
    {role(Role::lead_coordinator), Action::answer_helpdesk, Scope::any},
    {role(Role::stc_member), Action::answer_helpdesk, Scope::any},
    {role(Role::wg_coordinator), Action::answer_helpdesk, Scope::coordinated_area},
    {role(Role::platform_admin), Action::offer_mentoring, Scope::any},
    {role(Role::lead_coordinator), Action::offer_mentoring, Scope::own_organisation},
    {role(Role::stc_member), Action::offer_mentoring, Scope::own_organisation},
    {role(Role::wg_coordinator), Action::offer_mentoring, Scope::own_organisation},
    {role(Role::wg_member), Action::offer_mentoring, Scope::own_organisation},
    {role(Role::partner_staff), Action::offer_mentoring, Scope::own_organisation},
    {signed_in, Action::request_mentoring, Scope::self},
    {role(Role::platform_admin), Action::edit_cluster_profile, Scope::any},
    {role(Role::lead_coordinator), Action::edit_cluster_profile, Scope::any},
    {role(Role::wg_member), Action::edit_cluster_profile, Scope::own_organisation},
    {role(Role::partner_staff), Action::edit_cluster_profile, Scope::own_organisation},
    {role(Role::stakeholder), Action::edit_cluster_profile, Scope::own_organisation},
    {role(Role::platform_admin), Action::review_cluster_profile, Scope::any},
    {role(Role::lead_coordinator), Action::review_cluster_profile, Scope::any},
    {role(Role::wg_coordinator), Action::review_cluster_profile, Scope::coordinated_area},
    {signed_in, Action::express_interest, Scope::self},
    {role(Role::platform_admin), Action::record_transfer, Scope::any},
    {role(Role::lead_coordinator), Action::record_transfer, Scope::any},
    {role(Role::stc_member), Action::record_transfer, Scope::any},
    {role(Role::wg_coordinator), Action::record_transfer, Scope::coordinated_area},
    {role(Role::partner_staff), Action::record_transfer, Scope::own_organisation},
    // The searches that found little: for those who keep the thesaurus and the knowledge base.
    {role(Role::platform_admin), Action::view_search_gaps, Scope::any},
    {role(Role::lead_coordinator), Action::view_search_gaps, Scope::any},
    {role(Role::stc_member), Action::view_search_gaps, Scope::any},
    {role(Role::wg_coordinator), Action::view_search_gaps, Scope::any},
    // News: the partnership has no communication role of its own; the lead partner runs the
    // project's communication (its website and news), so its coordinators publish news, with
    // the platform's administrators. Everybody reads what is published.
    {role(Role::platform_admin), Action::publish_news, Scope::any},
    {role(Role::lead_coordinator), Action::publish_news, Scope::any},
    // Events: the lead partner, the committees' coordinators and administrators organise any;
    // a partner's staff those their organisation hosts. Anybody signed in registers themselves.
    // A study visit's report is written by who organises it.
    {role(Role::platform_admin), Action::manage_event, Scope::any},
    {role(Role::lead_coordinator), Action::manage_event, Scope::any},
    {role(Role::wg_coordinator), Action::manage_event, Scope::any},
    {role(Role::partner_staff), Action::manage_event, Scope::own_organisation},
    {signed_in, Action::register_for_event, Scope::self},
    {role(Role::platform_admin), Action::write_visit_report, Scope::any},
    {role(Role::lead_coordinator), Action::write_visit_report, Scope::any},
    {role(Role::wg_coordinator), Action::write_visit_report, Scope::any},
    {role(Role::partner_staff), Action::write_visit_report, Scope::own_organisation},
    // Foresight: the programme's aggregate results are public; the lead partner, the
    // scientific-technical committee and administrators run any study, a working-group
    // coordinator the studies they organise; whoever is invited answers for themselves (the
    // service checks the invitation).
    {anyone, Action::view_foresight_results, Scope::any},
    {role(Role::platform_admin), Action::run_foresight, Scope::any},
    {role(Role::lead_coordinator), Action::run_foresight, Scope::any},
    {role(Role::stc_member), Action::run_foresight, Scope::any},
    {role(Role::wg_coordinator), Action::run_foresight, Scope::self},
    {signed_in, Action::answer_foresight, Scope::self},
    // Working-group workspaces and their discussions: members of the partnership read and post
    // (the service keeps the committees' workspaces to their own members); a working group's
    // coordinator moderates its discussions and keeps its decisions log; the lead partner and
    // administrators every workspace.
    {role(Role::platform_admin), Action::view_group, Scope::any},
    {role(Role::lead_coordinator), Action::view_group, Scope::any},
    {role(Role::sc_member), Action::view_group, Scope::any},
    {role(Role::stc_member), Action::view_group, Scope::any},
    {role(Role::wg_coordinator), Action::view_group, Scope::any},
    {role(Role::wg_member), Action::view_group, Scope::any},
    {role(Role::partner_staff), Action::view_group, Scope::any},
    {role(Role::platform_admin), Action::post_discussion, Scope::any},
    {role(Role::lead_coordinator), Action::post_discussion, Scope::any},
    {role(Role::sc_member), Action::post_discussion, Scope::any},
    {role(Role::stc_member), Action::post_discussion, Scope::any},
    {role(Role::wg_coordinator), Action::post_discussion, Scope::any},
    {role(Role::wg_member), Action::post_discussion, Scope::any},
    {role(Role::partner_staff), Action::post_discussion, Scope::any},
    {role(Role::platform_admin), Action::manage_group, Scope::any},
    {role(Role::lead_coordinator), Action::manage_group, Scope::any},
    {role(Role::wg_coordinator), Action::manage_group, Scope::coordinated_area},
    {role(Role::platform_admin), Action::moderate_discussion, Scope::any},
    {role(Role::lead_coordinator), Action::moderate_discussion, Scope::any},
    {role(Role::wg_coordinator), Action::moderate_discussion, Scope::coordinated_area},
    // Joint plans: members of the partnership read the drafts and suggest on them (published
    // versions are public without a rule: the service shows them to anyone); the plan's editors
    // are the coordinators of its editor group (the target's areas) and the lead partner; the lead
    // partner and administrators create plans and run the steering committee's votes; each
    // steering committee member votes for their own organisation.
    {role(Role::platform_admin), Action::view_plans, Scope::any},
    {role(Role::lead_coordinator), Action::view_plans, Scope::any},
    {role(Role::sc_member), Action::view_plans, Scope::any},
    {role(Role::stc_member), Action::view_plans, Scope::any},
    {role(Role::wg_coordinator), Action::view_plans, Scope::any},
    {role(Role::wg_member), Action::view_plans, Scope::any},
    {role(Role::partner_staff), Action::view_plans, Scope::any},
    {role(Role::platform_admin), Action::suggest_on_plan, Scope::any},
    {role(Role::lead_coordinator), Action::suggest_on_plan, Scope::any},
    {role(Role::sc_member), Action::suggest_on_plan, Scope::any},
    {role(Role::stc_member), Action::suggest_on_plan, Scope::any},
    {role(Role::wg_coordinator), Action::suggest_on_plan, Scope::any},
    {role(Role::wg_member), Action::suggest_on_plan, Scope::any},
    {role(Role::partner_staff), Action::suggest_on_plan, Scope::any},
    {role(Role::platform_admin), Action::edit_plan, Scope::any},
    {role(Role::lead_coordinator), Action::edit_plan, Scope::any},
    {role(Role::wg_coordinator), Action::edit_plan, Scope::coordinated_area},
    {role(Role::platform_admin), Action::manage_plans, Scope::any},
    {role(Role::lead_coordinator), Action::manage_plans, Scope::any},
    {role(Role::sc_member), Action::vote_on_plan, Scope::own_organisation},
    // Newsletters: sent by those who publish news (the lead partner runs the project's
    // communication), with administrators; they also see the subscribers and record bounces
    // for the mail gateway. Subscribing needs no account: the confirmation mail proves the
    // address, so there is no rule for it.
    {role(Role::platform_admin), Action::send_newsletter, Scope::any},
    {role(Role::lead_coordinator), Action::send_newsletter, Scope::any},
    // The training programme: the lead partner and administrators keep every module, a working
    // group's coordinator the modules of the thematic area they coordinate; anybody signed in
    // enrols themselves and takes a module's self-assessments and quizzes.
    {role(Role::platform_admin), Action::manage_training, Scope::any},
    {role(Role::lead_coordinator), Action::manage_training, Scope::any},
    {role(Role::wg_coordinator), Action::manage_training, Scope::coordinated_area},
    {signed_in, Action::enrol_in_training, Scope::self},
};

bool scope_matches(const Principal& who, const PolicyRule& rule, const Target& target) {
  switch (rule.scope) {
    case Scope::any:
      return true;
    case Scope::any_but_admin:
      return !(target.role && target.role->role == Role::platform_admin);
    case Scope::own_organisation:
      return who.organisation && target.organisation && *who.organisation == *target.organisation;
    case Scope::own_working_group:
      // A coordinator grants membership of the groups they coordinate, nothing else.
      return target.role && target.role->role == Role::wg_member &&
             who.has(Role::wg_coordinator, target.role->working_group);
    case Scope::self:
      return who.user && target.user && *who.user == *target.user;
    case Scope::coordinated_area:
      return std::any_of(target.areas.begin(), target.areas.end(),
                         [&](const std::string& area) { return who.has(Role::wg_coordinator, area); });
  }
  return false;
}

bool subject_matches(const Principal& who, const Subject& subject) {
  switch (subject.kind) {
    case K::anyone:
      return true;
    case K::signed_in:
      return who.signed_in();
    case K::role:
      return who.has(subject.role);
  }
  return false;
}

}  // namespace

std::span<const PolicyRule> policy() {
  return kPolicy;
}

bool allowed(const Principal& who, Action action, const Target& target) {
  return std::any_of(std::begin(kPolicy), std::end(kPolicy), [&](const PolicyRule& rule) {
    return rule.action == action && subject_matches(who, rule.subject) &&
           scope_matches(who, rule, target);
  });
}

std::string_view to_string(Action a) { return name_of(a, kActionNames); }
std::string_view to_string(Scope s) { return name_of(s, kScopeNames); }

}  // namespace cps::accounts
