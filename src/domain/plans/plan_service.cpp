// The plans' rules (see plan_service.hpp).
#include "domain/plans/plan_service.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::plans {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

Status require_writer(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }
std::unexpected<Error> forbidden() { return fail(ErrorKind::forbidden, "You may not do this."); }
std::unexpected<Error> frozen() {
  return fail(ErrorKind::conflict, N_("The text is frozen while the steering committee votes on it."));
}

std::string plan_target(PlanId id) { return "plan:" + std::to_string(id.value()); }
std::string suggestion_target(SuggestionId id) { return "suggestion:" + std::to_string(id.value()); }

// The plan's text as it stands, for a new version.
Result<std::string> current_text(PlanStore& store, PlanId id) {
  auto sections = store.sections(id);
  if (!sections) return std::unexpected(sections.error());
  auto paragraphs = store.paragraphs(id);
  if (!paragraphs) return std::unexpected(paragraphs.error());
  std::vector<DraftSection> draft;
  for (const auto& s : *sections) {
    DraftSection d{s.heading, {}};
    for (const auto& p : *paragraphs)
      if (p.section == s.id) d.paragraphs.push_back(p.text);
    draft.push_back(std::move(d));
  }
  return markdown_of(draft);
}

}  // namespace

Tally tally_of(const std::vector<Ballot>& ballots) {
  Tally t;
  for (const auto& b : ballots) {
    if (b.choice == Choice::in_favour) ++t.in_favour;
    else if (b.choice == Choice::against) ++t.against;
    else ++t.abstain;
  }
  return t;
}

bool adopts(const Tally& tally, const Vote& vote) {
  if (vote.procedure == Procedure::written) return tally.against < vote.quorum;
  if (tally.organisations() < vote.quorum) return false;
  const long long decided = tally.in_favour + tally.against;
  return decided > 0 && tally.in_favour * 100LL > vote.majority * decided;
}

PlanService::PlanService(PlanRepository& repository, Clock clock)
    : repository_(repository), clock_(std::move(clock)) {}

Seconds PlanService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string PlanService::today() const {
  std::chrono::year_month_day day{
      std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(now())))};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(day.year()), unsigned(day.month()), unsigned(day.day()));
  return out;
}

PlanCapabilities PlanService::capabilities(const Principal& who) const {
  PlanCapabilities can;
  can.read_drafts = who.signed_in() && accounts::allowed(who, Action::view_plans);
  if (!can.read_drafts || !require_writer(who)) return can;
  can.suggest = accounts::allowed(who, Action::suggest_on_plan);
  can.manage = accounts::allowed(who, Action::manage_plans);
  can.vote = who.organisation &&
             accounts::allowed(who, Action::vote_on_plan, accounts::Target{.organisation = who.organisation});
  return can;
}

bool PlanService::edits(const Principal& who, const Plan& plan) const {
  return who.signed_in() && require_writer(who).has_value() &&
         accounts::allowed(who, Action::edit_plan, accounts::Target{.areas = {plan.editor_group}});
}

Status PlanService::open_for_suggestions(const Plan& plan) const {
  if (plan.state == PlanState::voting) return frozen();
  const std::string day = today();
  if (!plan.phase_opens.empty() && (day < plan.phase_opens || day > plan.phase_closes))
    return fail_with(ErrorKind::conflict, N_("This plan takes suggestions from {opens} to {closes}."),
                     {{"opens", plan.phase_opens}, {"closes", plan.phase_closes}});
  return {};
}

Status PlanService::audit(PlanStore& store, const Principal& who, std::string action, std::string target,
                          std::string detail) {
  return store.append_audit(accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target),
                                                  std::move(detail), who.client, now()});
}

Result<Plan> PlanService::readable(PlanStore& store, const Principal& who, PlanId id) {
  auto found = store.plan(id);
  if (!found) return std::unexpected(found.error());
  if (!*found || !capabilities(who).read_drafts) return not_found();
  return std::move(**found);
}

Result<std::vector<Plan>> PlanService::plans(const Principal& who) {
  const bool members = capabilities(who).read_drafts;
  std::vector<Plan> out;
  auto read = repository_.read([&](PlanStore& store) -> Status {
    auto all = store.plans();
    if (!all) return std::unexpected(all.error());
    for (auto& p : *all)
      if (members || p.published_version > 0) out.push_back(std::move(p));
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<PlanView> PlanService::plan(const Principal& who, PlanId id) {
  PlanView v;
  auto read = repository_.read([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    v.plan = std::move(*plan);
    auto sections = store.sections(id);
    if (!sections) return std::unexpected(sections.error());
    auto paragraphs = store.paragraphs(id);
    if (!paragraphs) return std::unexpected(paragraphs.error());
    auto suggestions = store.suggestions(id);
    if (!suggestions) return std::unexpected(suggestions.error());
    auto comments = store.comments(id);
    if (!comments) return std::unexpected(comments.error());
    for (auto& c : *comments)
      for (auto& sug : *suggestions)
        if (sug.id == c.suggestion) sug.comments.push_back(std::move(c));
    for (auto& s : *sections) {
      SectionView sv{std::move(s), {}};
      for (const auto& p : *paragraphs) {
        if (p.section != sv.section.id) continue;
        ParagraphView pv{p, {}};
        for (const auto& sug : *suggestions)
          if (sug.paragraph == p.id && sug.state == SuggestionState::open) pv.open.push_back(sug);
        sv.paragraphs.push_back(std::move(pv));
      }
      v.sections.push_back(std::move(sv));
    }
    for (auto& sug : *suggestions)
      if (sug.state != SuggestionState::open) v.decided.push_back(std::move(sug));
    std::stable_sort(v.decided.begin(), v.decided.end(),
                     [](const Suggestion& a, const Suggestion& b) { return a.decided_at > b.decided_at; });
    auto versions = store.versions(id);
    if (!versions) return std::unexpected(versions.error());
    v.versions = std::move(*versions);
    if (who.user) {
      auto supported = store.supported_by(id, *who.user);
      if (!supported) return std::unexpected(supported.error());
      v.supported = std::move(*supported);
    }
    auto vote = store.vote(id);
    if (!vote) return std::unexpected(vote.error());
    v.vote = std::move(*vote);
    if (v.vote) {
      auto ballots = store.ballots(id, v.vote->version);
      if (!ballots) return std::unexpected(ballots.error());
      v.ballots = std::move(*ballots);
      v.tally = tally_of(v.ballots);
      if (who.organisation)
        for (const auto& b : v.ballots)
          if (b.organisation == *who.organisation) v.my_ballot = b.choice;
      // A secret ballot shows the counts and one's own organisation's vote, nobody else's.
      if (v.vote->secrecy == Secrecy::secret) v.ballots.clear();
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  v.can = capabilities(who);
  const bool voting = v.plan.state == PlanState::voting;
  v.can.comment = (v.can.suggest || edits(who, v.plan)) && !voting && who.signed_in();
  v.can.suggest = v.can.suggest && open_for_suggestions(v.plan).has_value();
  v.can.edit = edits(who, v.plan) && !voting;
  v.can.vote = v.can.vote && voting && v.vote && v.vote->state == VoteState::open && today() <= v.vote->deadline;
  return v;
}

Result<VersionView> PlanService::version(const Principal& who, PlanId id, int number) {
  VersionView v;
  auto read = repository_.read([&](PlanStore& store) -> Status {
    auto plan = store.plan(id);
    if (!plan) return std::unexpected(plan.error());
    if (!*plan) return not_found();
    v.plan = std::move(**plan);
    v.published = v.plan.published_version > 0 && v.plan.published_version == number;
    if (!v.published && !capabilities(who).read_drafts) return not_found();
    auto versions = store.versions(id);
    if (!versions) return std::unexpected(versions.error());
    auto found = std::find_if(versions->begin(), versions->end(), [&](const Version& x) { return x.number == number; });
    if (found == versions->end()) return not_found();
    v.version = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return v;
}

Result<Comparison> PlanService::compare(const Principal& who, PlanId id, int from, int to) {
  auto before = version(who, id, from);
  if (!before) return std::unexpected(before.error());
  auto after = version(who, id, to);
  if (!after) return std::unexpected(after.error());
  Comparison c{std::move(after->plan), std::move(before->version), std::move(after->version), {}};
  c.parts = text::diff_words(c.from.text, c.to.text);
  return c;
}

Result<Plan> PlanService::create(const Principal& who, PlanInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::manage_plans)) return forbidden();
  auto draft = sections_of_markdown(input.text);
  if (!draft) return std::unexpected(draft.error());
  Plan plan{PlanId(0), std::move(input.title), input.kind, std::move(input.editor_group), std::move(input.languages),
            PlanState::drafting, 1, 0, now(), "", ""};
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto id = store.insert_plan(plan);
    if (!id) return std::unexpected(id.error());
    plan.id = *id;
    int position = 0;
    for (const auto& s : *draft) {
      auto section = store.insert_section(Section{SectionId(0), plan.id, ++position, s.heading});
      if (!section) return std::unexpected(section.error());
      int at = 0;
      for (const auto& p : s.paragraphs)
        if (auto ok = store.insert_paragraph(Paragraph{ParagraphId(0), *section, ++at, p, 1}); !ok)
          return std::unexpected(ok.error());
    }
    if (auto ok = store.insert_version(Version{plan.id, 1, markdown_of(*draft), "", who.display_name, plan.created_at});
        !ok)
      return ok;
    return audit(store, who, "plan.created", plan_target(plan.id), plan.title);
  });
  if (!done) return std::unexpected(done.error());
  return plan;
}

Result<Suggestion> PlanService::suggest(const Principal& who, PlanId id, SuggestionInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Suggestion made;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    if (!accounts::allowed(who, Action::suggest_on_plan)) return forbidden();
    if (auto open = open_for_suggestions(*plan); !open) return open;
    auto paragraphs = store.paragraphs(id);
    if (!paragraphs) return std::unexpected(paragraphs.error());
    auto p = std::find_if(paragraphs->begin(), paragraphs->end(),
                          [&](const Paragraph& x) { return x.id == input.paragraph; });
    if (p == paragraphs->end())
      return fail(ErrorKind::conflict, N_("This paragraph is no longer in the plan."), "paragraph");
    if (p->revision != input.revision)
      return fail(ErrorKind::conflict,
                  N_("The paragraph changed while you were writing: read its new text and suggest again."), "text");
    if (input.kind == SuggestionKind::replace && input.text == p->text)
      return fail(ErrorKind::unprocessable, N_("The suggested text is the same as the paragraph."), "text");
    made = Suggestion{SuggestionId(0),  id,        p->id,          input.kind,    std::move(input.text),
                      std::move(input.reason), p->revision, p->text, *who.user, who.display_name,
                      SuggestionState::open, "", "", 0, now(), 0, {}};
    auto sid = store.insert_suggestion(made);
    if (!sid) return std::unexpected(sid.error());
    made.id = *sid;
    return audit(store, who, "plan.suggested", suggestion_target(made.id),
                 plan_target(id) + " " + std::string(to_string(made.kind)));
  });
  if (!done) return std::unexpected(done.error());
  return made;
}

Result<std::pair<Plan, Suggestion>> PlanService::open_suggestion(PlanStore& store, const Principal& who, PlanId id,
                                                                 SuggestionId suggestion) {
  auto plan = readable(store, who, id);
  if (!plan) return std::unexpected(plan.error());
  auto found = store.suggestion(suggestion);
  if (!found) return std::unexpected(found.error());
  if (!*found || (*found)->plan != id) return not_found();
  if ((*found)->state != SuggestionState::open)
    return fail(ErrorKind::conflict, N_("This suggestion was decided already."));
  if (plan->state == PlanState::voting) return frozen();
  return std::pair{std::move(*plan), std::move(**found)};
}

Result<Suggestion> PlanService::support(const Principal& who, PlanId id, SuggestionId suggestion) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Suggestion out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto found = open_suggestion(store, who, id, suggestion);
    if (!found) return std::unexpected(found.error());
    if (!accounts::allowed(who, Action::suggest_on_plan)) return forbidden();
    if (auto open = open_for_suggestions(found->first); !open) return open;
    out = std::move(found->second);
    if (out.author == *who.user)
      return fail(ErrorKind::unprocessable, N_("You made this suggestion: others support it."));
    auto added = store.add_support(suggestion, *who.user);
    if (!added) return std::unexpected(added.error());
    if (!*added) return {};
    ++out.supporters;
    return audit(store, who, "plan.supported", suggestion_target(suggestion), plan_target(id));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Comment> PlanService::comment(const Principal& who, PlanId id, SuggestionId suggestion, std::string text) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Comment out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto found = open_suggestion(store, who, id, suggestion);
    if (!found) return std::unexpected(found.error());
    // Outside the phase too: the editors and the members still weigh what was suggested in it.
    if (!accounts::allowed(who, Action::suggest_on_plan) && !edits(who, found->first)) return forbidden();
    out = Comment{CommentId(0), suggestion, *who.user, who.display_name, std::move(text), now()};
    auto made = store.insert_comment(out);
    if (!made) return std::unexpected(made.error());
    out.id = *made;
    return audit(store, who, "plan.commented", suggestion_target(suggestion), plan_target(id));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Suggestion> PlanService::accept(const Principal& who, PlanId id, SuggestionId suggestion) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Suggestion out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto found = open_suggestion(store, who, id, suggestion);
    if (!found) return std::unexpected(found.error());
    auto& [plan, s] = *found;
    if (!edits(who, plan)) return forbidden();
    // The paragraph as it is now, in this transaction: another acceptance may have changed it
    // since the suggestion was made.
    auto paragraphs = store.paragraphs(id);
    if (!paragraphs) return std::unexpected(paragraphs.error());
    auto p = std::find_if(paragraphs->begin(), paragraphs->end(), [&](const Paragraph& x) { return x.id == s.paragraph; });
    if (p == paragraphs->end() || p->revision != s.base_revision)
      return fail(ErrorKind::conflict,
                  N_("The paragraph changed since this suggestion was made, so it cannot be applied. It stays open: "
                     "reject it or ask for a new suggestion on the current text."));
    Paragraph changed = *p;
    switch (s.kind) {
      case SuggestionKind::replace:
        changed.text = s.text;
        ++changed.revision;
        if (auto ok = store.update_paragraph(changed); !ok) return ok;
        break;
      case SuggestionKind::remove:
        if (auto ok = store.delete_paragraph(changed.id); !ok) return ok;
        break;
      case SuggestionKind::insert:
        if (auto ok = store.insert_paragraph(Paragraph{ParagraphId(0), p->section, p->position + 1, s.text, 1}); !ok)
          return std::unexpected(ok.error());
        break;
    }
    auto text = current_text(store, id);
    if (!text) return std::unexpected(text.error());
    plan.version += 1;
    plan.state = PlanState::drafting;
    if (auto ok = store.update_plan(plan); !ok) return ok;
    if (auto ok = store.insert_version(Version{id, plan.version, std::move(*text), s.reason, who.display_name, now()});
        !ok)
      return ok;
    s.state = SuggestionState::accepted;
    s.decided_by_name = who.display_name;
    s.decided_at = now();
    if (auto ok = store.update_suggestion(s); !ok) return ok;
    out = s;
    return audit(store, who, "plan.suggestion_accepted", suggestion_target(suggestion),
                 plan_target(id) + " version " + std::to_string(plan.version));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Suggestion> PlanService::reject(const Principal& who, PlanId id, SuggestionId suggestion, std::string reason) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (reason.empty()) return fail(ErrorKind::unprocessable, N_("Say why the suggestion is rejected."), "reason");
  Suggestion out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto found = open_suggestion(store, who, id, suggestion);
    if (!found) return std::unexpected(found.error());
    auto& [plan, s] = *found;
    if (!edits(who, plan)) return forbidden();
    s.state = SuggestionState::rejected;
    s.decision_reason = std::move(reason);
    s.decided_by_name = who.display_name;
    s.decided_at = now();
    if (auto ok = store.update_suggestion(s); !ok) return ok;
    out = s;
    return audit(store, who, "plan.suggestion_rejected", suggestion_target(suggestion), s.decision_reason);
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Plan> PlanService::set_phase(const Principal& who, PlanId id, PhaseInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Plan out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    if (!accounts::allowed(who, Action::manage_plans)) return forbidden();
    plan->phase_opens = std::move(input.opens);
    plan->phase_closes = std::move(input.closes);
    if (auto ok = store.update_plan(*plan); !ok) return ok;
    out = *plan;
    return audit(store, who, "plan.phase_set", plan_target(id), out.phase_opens + " " + out.phase_closes);
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Vote> PlanService::open_vote(const Principal& who, PlanId id, VoteInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (input.deadline < today())
    return fail(ErrorKind::unprocessable, N_("The deadline is past: choose today or a later day."), "deadline");
  Vote vote;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    if (!accounts::allowed(who, Action::manage_plans)) return forbidden();
    if (plan->state == PlanState::voting) return fail(ErrorKind::conflict, N_("A vote on this plan runs already."));
    if (plan->state == PlanState::approved && plan->published_version == plan->version)
      return fail(ErrorKind::conflict, N_("This version is approved already."));
    auto claimed = store.begin_voting(id);
    if (!claimed) return std::unexpected(claimed.error());
    if (!*claimed) return fail(ErrorKind::conflict, N_("A vote on this plan runs already."));
    vote = Vote{id,    plan->version, std::move(input.deadline), input.quorum, input.majority, VoteState::open, "",
                now(), 0,  input.procedure, input.secrecy};
    if (auto ok = store.insert_vote(vote); !ok) return ok;
    return audit(store, who, "plan.vote_opened", plan_target(id),
                 std::string(to_string(vote.procedure)) + " " + std::string(to_string(vote.secrecy)) + " version " +
                     std::to_string(vote.version) + " until " + vote.deadline);
  });
  if (!done) return std::unexpected(done.error());
  return vote;
}

Result<Ballot> PlanService::cast(const Principal& who, PlanId id, Choice choice) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!who.organisation ||
      !accounts::allowed(who, Action::vote_on_plan, accounts::Target{.organisation = who.organisation}))
    return forbidden();
  Ballot ballot{*who.organisation, "", *who.user, who.display_name, choice, now()};
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    auto vote = store.vote(id);
    if (!vote) return std::unexpected(vote.error());
    if (plan->state != PlanState::voting || !*vote || (*vote)->state != VoteState::open)
      return fail(ErrorKind::conflict, N_("No vote runs on this plan."));
    if (today() > (*vote)->deadline)
      return fail_with(ErrorKind::conflict, N_("The vote's deadline, {deadline}, has passed."),
                       {{"deadline", (*vote)->deadline}});
    if (auto ok = store.put_ballot(id, (*vote)->version, ballot); !ok) return ok;
    return audit(store, who, "plan.ballot_cast", plan_target(id),
                 "version " + std::to_string((*vote)->version) + " " + std::string(to_string(choice)));
  });
  if (!done) return std::unexpected(done.error());
  return ballot;
}

Result<Vote> PlanService::close_vote(const Principal& who, PlanId id, std::string statement) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Vote out;
  auto done = repository_.transaction([&](PlanStore& store) -> Status {
    auto plan = readable(store, who, id);
    if (!plan) return std::unexpected(plan.error());
    if (!accounts::allowed(who, Action::manage_plans)) return forbidden();
    auto vote = store.vote(id);
    if (!vote) return std::unexpected(vote.error());
    if (plan->state != PlanState::voting || !*vote || (*vote)->state != VoteState::open)
      return fail(ErrorKind::conflict, N_("No vote runs on this plan."));
    out = std::move(**vote);
    auto ballots = store.ballots(id, out.version);
    if (!ballots) return std::unexpected(ballots.error());
    const bool adopted = adopts(tally_of(*ballots), out);
    out.state = adopted ? VoteState::approved : VoteState::rejected;
    out.statement = std::move(statement);
    out.closed_at = now();
    if (auto ok = store.update_vote(out); !ok) return ok;
    plan->state = adopted ? PlanState::approved : PlanState::drafting;
    if (adopted) plan->published_version = out.version;
    if (auto ok = store.update_plan(*plan); !ok) return ok;
    return audit(store, who, "plan.vote_closed", plan_target(id),
                 "version " + std::to_string(out.version) + " " + std::string(to_string(out.state)));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

}  // namespace cps::plans
