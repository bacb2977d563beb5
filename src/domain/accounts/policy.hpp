// Who may do what: the one table of role × action × scope. Services ask `allowed` before
// they act; templates only hide what a service would refuse anyway.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/enum_names.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::accounts {

// A new action goes into the enum and, on the line beside it, into kActionNames: the list
// of every action and the names come from that table.
enum class Action {
  view_directory,        // organisations, people and their roles
  view_member_contacts,  // e-mail addresses of members
  manage_own_account,    // profile, password, e-mail, API tokens, personal data
  invite_user,
  manage_users,  // see every account, disable and enable, move between organisations
  grant_role,    // give or take a role (the target names which)
  create_organisation,
  edit_organisation,
  view_audit_log,
  manage_statistics,     // import datasets, recompute results, edit code changes and categories
  write_knowledge,       // write knowledge items (the target's user: the author, for edits)
  review_knowledge,      // publish, send back or archive items; restore any revision
  view_unpublished_knowledge,  // drafts and items in review
  moderate_comments,     // hide comments on items
  machine_translate_knowledge,  // have an item's title and summary machine-translated (kept for every reader)
  edit_framework,        // store a new version of the assessment framework
  view_assessments,      // published assessments' scores (members of the partnership)
  write_assessment,      // open and fill a region's self-assessment (the target's organisation: its team)
  coordinate_assessments,  // assign reviewers, consolidate, publish, send back; see every assessment
  review_assessment,     // score an assessment as its reviewer (the target's user: the assigned reviewer)
  view_gaps,             // the information gaps and bottlenecks dashboard
  view_monitoring,       // the work plan, reports, budgets, every pilot and its internals (members)
  run_pilot,             // open and run a pilot (the target's organisation: the lead or a participant)
  evaluate_pilot,        // mid-term and final evaluations of pilots
  approve_baseline,      // approve pilots' and the work plan's and budget's baselines, decide modifications
  manage_workplan,       // reporting periods, activities, planned budget, exchange rates, indicator targets
  update_activity,       // status and progress of an activity (the target's organisation: responsible; areas: its areas)
  write_progress_report, // a partner's progress report and spending (the target's organisation: the partner)
  review_progress_report,  // approve or return partners' progress reports
  verify_spending,       // mark spending verified or ineligible (first-level control)
  give_feedback,         // useful / not relevant / adopted on a recommendation or a match (the target's user: oneself)
  curate_recommendations,  // pin, hide or annotate a region's recommendations (areas: the need's area)
  ask_helpdesk,          // send a need the engine cannot answer to the policy helpdesk
  answer_helpdesk,       // assign, answer and close helpdesk questions (areas: the question's area)
  offer_mentoring,       // a mentor's offer and answers to requests (the target's organisation: the mentor's)
  request_mentoring,     // ask a mentor for help with a need (the target's user: the learner)
  edit_cluster_profile,  // a cluster organisation's profile, offers and needs (the target's organisation: its own)
  review_cluster_profile,  // publish or send back cluster profiles (areas: WG3, international cooperation)
  express_interest,      // send an expression of interest to a cluster, save partner searches
  record_transfer,       // record that a practice was adopted in a region (the target's organisation: the adopter)
  view_search_gaps,      // the report of searches that found nothing or little, and clearing its rows (thesaurus keepers)
  view_group,            // a working group's workspace: members, activity, library, decisions, discussions
  manage_group,          // a workspace's members, document library and decisions log
  post_discussion,       // start threads and reply in discussions
  moderate_discussion,   // hide posts with a reason, lock threads
  manage_event,          // events: create, edit, agenda, registrations, attendance
  register_for_event,    // register for an event (the target's user: oneself)
  write_visit_report,    // a study visit's report and the knowledge drafts drawn from it
  publish_news,          // news posts and their translations
  send_newsletter,       // compose and send newsletter issues to subscribers
  run_foresight,         // organise surveys and Delphi studies: questions, panels, rounds, scenarios
  answer_foresight,      // answer a survey or a Delphi round one is invited to (the target's user: oneself)
  view_foresight_results,  // results of surveys and Delphi studies
  view_plans,            // joint plans in drafting: versions, suggestions, evidence, votes (published versions are public)
  suggest_on_plan,       // propose, comment on and support suggestions on a plan's paragraphs
  edit_plan,             // accept or reject suggestions, make versions, track translations (the plan's editor group)
  manage_plans,          // create plans, open and close suggestion phases, open votes, publish approved versions
  vote_on_plan,          // vote on a plan version for one's organisation (the target's organisation: the voter's)
  manage_training,       // training modules: objectives, materials, sessions, self-assessments, quizzes, completion rules
  enrol_in_training,     // enrol in a module and take its self-assessments and quizzes (the target's user: oneself)
};
inline constexpr EnumName<Action> kActionNames[] = {
    {Action::view_directory, "view_directory"},
    {Action::view_member_contacts, "view_member_contacts"},
    {Action::manage_own_account, "manage_own_account"},
    {Action::invite_user, "invite_user"},
    {Action::manage_users, "manage_users"},
    {Action::grant_role, "grant_role"},
    {Action::create_organisation, "create_organisation"},
    {Action::edit_organisation, "edit_organisation"},
    {Action::view_audit_log, "view_audit_log"},
    {Action::manage_statistics, "manage_statistics"},
    {Action::write_knowledge, "write_knowledge"},
    {Action::review_knowledge, "review_knowledge"},
    {Action::view_unpublished_knowledge, "view_unpublished_knowledge"},
    {Action::moderate_comments, "moderate_comments"},
    {Action::machine_translate_knowledge, "machine_translate_knowledge"},
    {Action::edit_framework, "edit_framework"},
    {Action::view_assessments, "view_assessments"},
    {Action::write_assessment, "write_assessment"},
    {Action::coordinate_assessments, "coordinate_assessments"},
    {Action::review_assessment, "review_assessment"},
    {Action::view_gaps, "view_gaps"},
    {Action::view_monitoring, "view_monitoring"},
    {Action::run_pilot, "run_pilot"},
    {Action::evaluate_pilot, "evaluate_pilot"},
    {Action::approve_baseline, "approve_baseline"},
    {Action::manage_workplan, "manage_workplan"},
    {Action::update_activity, "update_activity"},
    {Action::write_progress_report, "write_progress_report"},
    {Action::review_progress_report, "review_progress_report"},
    {Action::verify_spending, "verify_spending"},
    {Action::give_feedback, "give_feedback"},
    {Action::curate_recommendations, "curate_recommendations"},
    {Action::ask_helpdesk, "ask_helpdesk"},
    {Action::answer_helpdesk, "answer_helpdesk"},
    {Action::offer_mentoring, "offer_mentoring"},
    {Action::request_mentoring, "request_mentoring"},
    {Action::edit_cluster_profile, "edit_cluster_profile"},
    {Action::review_cluster_profile, "review_cluster_profile"},
    {Action::express_interest, "express_interest"},
    {Action::record_transfer, "record_transfer"},
    {Action::view_search_gaps, "view_search_gaps"},
    {Action::view_group, "view_group"},
    {Action::manage_group, "manage_group"},
    {Action::post_discussion, "post_discussion"},
    {Action::moderate_discussion, "moderate_discussion"},
    {Action::manage_event, "manage_event"},
    {Action::register_for_event, "register_for_event"},
    {Action::write_visit_report, "write_visit_report"},
    {Action::publish_news, "publish_news"},
    {Action::send_newsletter, "send_newsletter"},
    {Action::run_foresight, "run_foresight"},
    {Action::answer_foresight, "answer_foresight"},
    {Action::view_foresight_results, "view_foresight_results"},
    {Action::view_plans, "view_plans"},
    {Action::suggest_on_plan, "suggest_on_plan"},
    {Action::edit_plan, "edit_plan"},
    {Action::manage_plans, "manage_plans"},
    {Action::vote_on_plan, "vote_on_plan"},
    {Action::manage_training, "manage_training"},
    {Action::enrol_in_training, "enrol_in_training"},
};
static_assert(names_each_value_once(kActionNames));
inline constexpr auto kAllActions = values_of(kActionNames);

enum class Scope {
  any,                // every target
  any_but_admin,      // every target except the platform administrator role
  own_organisation,   // the organisation the person belongs to
  own_working_group,  // working-group member roles of a group the person coordinates
  self,               // the person's own account (or what the person wrote)
  coordinated_area,   // knowledge items in a thematic area the person coordinates
};
inline constexpr EnumName<Scope> kScopeNames[] = {
    {Scope::any, "any"},
    {Scope::any_but_admin, "any_but_admin"},
    {Scope::own_organisation, "own_organisation"},
    {Scope::own_working_group, "own_working_group"},
    {Scope::self, "self"},
    {Scope::coordinated_area, "coordinated_area"},
};
static_assert(names_each_value_once(kScopeNames));

// Whom a rule is for: everybody (also anonymous visitors), any signed-in person, or a role.
struct Subject {
  enum class Kind { anyone, signed_in, role } kind;
  Role role = Role::stakeholder;
};

struct PolicyRule {
  Subject subject;
  Action action;
  Scope scope;
};

std::span<const PolicyRule> policy();

// What an action is about, as far as the scope needs to know.
struct Target {
  std::optional<UserId> user = std::nullopt;
  std::optional<OrganisationId> organisation = std::nullopt;
  std::optional<RoleAssignment> role = std::nullopt;  // for grant_role
  std::vector<std::string> areas = {};                // thematic areas of a knowledge item
};

bool allowed(const Principal& who, Action action, const Target& target = {});

std::string_view to_string(Action a);
std::string_view to_string(Scope s);

}  // namespace cps::accounts
