// Studies: the list, one study with its panel's balance and results, creating it and changing
// its rules before round 1, its statements and its panel.
#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "domain/foresight/delphi_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace delphi_detail {

Status require_write(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, N_("Please sign in first."));
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, N_("This API token may only read."));
  return {};
}

std::string target(StudyId id) { return "delphi:" + std::to_string(id.value()); }

}  // namespace delphi_detail

using namespace delphi_detail;

const Round* DelphiService::Loaded::open_round() const {
  for (const auto& r : rounds)
    if (r.state == RoundState::open) return &r;
  return nullptr;
}

const Round* DelphiService::Loaded::last_closed() const {
  const Round* last = nullptr;
  for (const auto& r : rounds)
    if (r.state == RoundState::closed) last = &r;
  return last;
}

bool DelphiService::Loaded::on_panel(accounts::UserId user) const {
  return std::any_of(panel.begin(), panel.end(), [&](const PanelMember& m) { return m.user == user; });
}

std::vector<StatementId> DelphiService::Loaded::unsettled() const {
  std::vector<StatementId> out;
  for (const auto& s : statements) {
    auto result = std::find_if(results.begin(), results.end(),
                               [&](const StatementResult& r) { return r.statement.id == s.id; });
    if (result == results.end() || result->rounds.empty() || result->standing == Standing::open)
      out.push_back(s.id);
  }
  return out;
}

bool DelphiService::Loaded::finished() const {
  if (open_round()) return false;
  const Round* last = last_closed();
  if (!last) return false;
  return last->number >= study.rules.max_rounds || unsettled().empty();
}

DelphiService::DelphiService(DelphiRepository& repository, DelphiSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds DelphiService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

accounts::AuditRecord DelphiService::audit(const Principal& who, std::string action, StudyId id,
                                           std::string detail) const {
  return accounts::AuditRecord{who.user, who.label, std::move(action), target(id), std::move(detail), who.client, now()};
}

Result<DelphiService::Loaded> DelphiService::load(DelphiStore& store, StudyId id) {
  auto study = store.study(id);
  if (!study) return std::unexpected(study.error());
  if (!*study) return fail(ErrorKind::not_found, N_("There is no such Delphi study."));
  Loaded out;
  out.study = std::move(**study);
  auto statements = store.statements(id);
  if (!statements) return std::unexpected(statements.error());
  out.statements = std::move(*statements);
  auto rounds = store.rounds(id);
  if (!rounds) return std::unexpected(rounds.error());
  out.rounds = std::move(*rounds);
  auto panel = store.panel(id);
  if (!panel) return std::unexpected(panel.error());
  out.panel = std::move(*panel);
  for (const auto& r : out.rounds) {
    if (r.state != RoundState::closed) continue;
    auto answers = store.answers(id, r.number);
    if (!answers) return std::unexpected(answers.error());
    out.closed_answers[r.number] = std::move(*answers);
  }
  auto profiles = store.profiles(id);
  if (!profiles) return std::unexpected(profiles.error());
  out.profiles = std::move(*profiles);
  out.results = evaluate(out.study.rules, out.statements, out.rounds, out.closed_answers, out.profiles);
  out.study.rounds_held = static_cast<int>(out.rounds.size());
  out.study.round_open = out.open_round() != nullptr;
  out.study.finished = out.finished();
  return out;
}

Status DelphiService::require_organiser(const Principal& who, const Study& study) const {
  if (auto ok = require_write(who); !ok) return ok;
  if (!accounts::allowed(who, Action::run_foresight, {.user = study.organiser}))
    return fail(ErrorKind::forbidden, N_("Only the study's organisers may do this."));
  return {};
}

// A study in preparation (no round opened yet) is a draft: its statements and panel may still
// change, so only its organisers see it (with a read-only token too); it is public from round 1 on.
bool DelphiService::visible(const Principal& who, const Loaded& l) const {
  return !l.rounds.empty() ||
         (who.signed_in() && accounts::allowed(who, Action::run_foresight, {.user = l.study.organiser}));
}

DelphiCapabilities DelphiService::capabilities(const Principal& who, const Loaded& l) const {
  DelphiCapabilities can;
  can.see_results = accounts::allowed(who, Action::view_foresight_results);
  can.organise = require_organiser(who, l.study).has_value();
  bool open = l.open_round() != nullptr;
  can.edit_rules = can.organise && l.rounds.empty();
  can.add_statement = can.organise && !open && !l.finished();
  can.open_round = can.organise && !open && !l.finished() && !l.statements.empty() && !l.panel.empty();
  can.close_round = can.organise && open;
  can.answer = open && who.user && l.on_panel(*who.user) &&
               accounts::allowed(who, Action::answer_foresight, {.user = who.user});
  return can;
}

Result<std::vector<Study>> DelphiService::studies(const Principal& who) {
  if (!accounts::allowed(who, Action::view_foresight_results))
    return fail(ErrorKind::forbidden, N_("You may not see foresight studies."));
  std::vector<Study> out;
  auto ok = repository_.read([&](DelphiStore& store) -> Status {
    auto list = store.studies();
    if (!list) return std::unexpected(list.error());
    for (const auto& s : *list) {
      auto loaded = load(store, s.id);
      if (!loaded) return std::unexpected(loaded.error());
      if (!visible(who, *loaded)) continue;
      out.push_back(loaded->study);
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

namespace {

// Groups of the panel by one dimension; a group holding more than half the panel (of three
// people or more) dominates it.
BalanceDimension balance_of(std::string dimension, const std::vector<std::string>& values) {
  BalanceDimension out{std::move(dimension), {}, std::nullopt};
  std::map<std::string, int> counts;
  for (const auto& v : values) ++counts[v];
  for (const auto& [group, n] : counts) out.groups.emplace_back(group, n);
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (values.size() >= 3 && !out.groups.empty() && out.groups.front().second * 2 > static_cast<int>(values.size()))
    out.dominant = out.groups.front().first;
  return out;
}

}  // namespace

Result<StudyView> DelphiService::study(const Principal& who, StudyId id) {
  if (!accounts::allowed(who, Action::view_foresight_results))
    return fail(ErrorKind::forbidden, N_("You may not see foresight studies."));
  StudyView view;
  auto ok = repository_.read([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!visible(who, *loaded)) return fail(ErrorKind::not_found, N_("There is no such Delphi study."));
    view.study = loaded->study;
    view.statements = loaded->statements;
    view.can = capabilities(who, *loaded);
    view.results = loaded->results;
    view.panel_size = static_cast<int>(loaded->panel.size());
    std::vector<std::string> countries, types, areas;
    for (auto member : loaded->panel) {
      auto person = surroundings_.person(member.user);
      if (!person) return std::unexpected(person.error());
      if (*person) {
        member.name = (*person)->name;
        member.country = (*person)->country;
        member.organisation_type = (*person)->organisation_type;
      }
      countries.push_back(member.country ? member.country->str() : "");
      types.push_back(member.organisation_type);
      areas.push_back(member.area);
      if (view.can.organise) view.panel.push_back(std::move(member));
    }
    view.balance = {balance_of("country", countries), balance_of("organisation_type", types),
                    balance_of("area", areas)};
    auto counted = turnout(store, id, loaded->rounds, loaded->panel.size());
    if (!counted) return std::unexpected(counted.error());
    view.rounds = std::move(*counted);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return view;
}

Result<std::vector<StatementResult>> DelphiService::results(const Principal& who, StudyId id) {
  auto view = study(who, id);
  if (!view) return std::unexpected(view.error());
  return view->results;
}

Result<Study> DelphiService::create(const Principal& who, StudyInput input) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::run_foresight, {.user = who.user}))
    return fail(ErrorKind::forbidden, N_("Only foresight organisers may start a Delphi study."));
  Study study;
  study.title = std::move(input.title);
  study.description = std::move(input.description);
  study.rules = input.rules;
  study.organiser = *who.user;
  study.created_at = study.updated_at = now();
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto id = store.insert_study(study);
    if (!id) return std::unexpected(id.error());
    study.id = *id;
    return store.append_audit(audit(who, "delphi.created", study.id, study.title));
  });
  if (!ok) return std::unexpected(ok.error());
  return study;
}

Result<Study> DelphiService::change(const Principal& who, StudyId id, int revision, StudyInput input) {
  Study out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    if (!loaded->rounds.empty())
      return fail(ErrorKind::conflict, N_("The rules were fixed when round 1 opened; they cannot change now."));
    out = loaded->study;
    out.title = std::move(input.title);
    out.description = std::move(input.description);
    out.rules = input.rules;
    out.updated_at = now();
    auto written = store.update_study(out, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict, N_("Someone changed this study meanwhile; reload it and try again."));
    out.revision = revision + 1;
    return store.append_audit(audit(who, "delphi.rules_changed", id, ""));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Statement> DelphiService::add_statement(const Principal& who, StudyId id, StatementInput input) {
  Statement out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    if (loaded->open_round())
      return fail(ErrorKind::conflict, N_("A round is open: add statements once it has closed."));
    if (loaded->study.finished) return fail(ErrorKind::conflict, N_("This study has finished."));
    out.study = id;
    out.kind = input.kind;
    out.text = std::move(input.text);
    out.position = static_cast<int>(loaded->statements.size()) + 1;
    out.first_round = static_cast<int>(loaded->rounds.size()) + 1;
    auto sid = store.insert_statement(out);
    if (!sid) return std::unexpected(sid.error());
    out.id = *sid;
    return store.append_audit(audit(who, "delphi.statement_added", id, "statement " + std::to_string(sid->value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Statement> DelphiService::change_statement(const Principal& who, StudyId id, StatementId statement,
                                                  StatementInput input) {
  Statement out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    auto it = std::find_if(loaded->statements.begin(), loaded->statements.end(),
                           [&](const Statement& s) { return s.id == statement; });
    if (it == loaded->statements.end()) return fail(ErrorKind::not_found, N_("There is no such statement."));
    auto answered = store.has_answers(statement);
    if (!answered) return std::unexpected(answered.error());
    if (*answered || loaded->open_round())
      return fail(ErrorKind::conflict,
                  N_("This statement has been put to the panel; add a new statement instead, so that the answers "
                     "keep the words they answered."),
                  "text");
    out = *it;
    out.kind = input.kind;
    out.text = std::move(input.text);
    if (auto written = store.update_statement(out); !written) return written;
    return store.append_audit(audit(who, "delphi.statement_changed", id, "statement " + std::to_string(statement.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<PanelMember> DelphiService::invite(const Principal& who, StudyId id, PanelInput input) {
  PanelMember out;
  std::optional<Person> invitee;
  std::string title;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    if (loaded->study.finished) return fail(ErrorKind::conflict, N_("This study has finished."));
    auto person = surroundings_.person(input.user);
    if (!person) return std::unexpected(person.error());
    if (!*person) return fail(ErrorKind::invalid, N_("There is no such person."), "user");
    if (loaded->on_panel(input.user))
      return fail(ErrorKind::conflict, N_("This person is on the panel already."), "user");
    out.user = input.user;
    out.area = input.area;
    out.invited_at = now();
    out.name = (*person)->name;
    out.country = (*person)->country;
    out.organisation_type = (*person)->organisation_type;
    if (auto written = store.insert_panel_member(id, out); !written) return written;
    invitee = **person;
    title = loaded->study.title;
    return store.append_audit(audit(who, "delphi.panellist_invited", id, "user:" + std::to_string(input.user.value())));
  });
  if (!ok) return std::unexpected(ok.error());
  // The outbox has its own transaction: mailed once the invitation is stored.
  auto mailed = surroundings_.queue_mail(
      *invitee, MailText{N_("You are invited to the Delphi panel “{study}”"),
                         N_("You are invited to the panel of the Delphi study “{study}”. Your answers are kept "
                            "apart from your name: nobody, the organisers included, can see what you answered."),
                         {{"study", title}}});
  if (!mailed) return std::unexpected(mailed.error());
  return out;
}

}  // namespace cps::foresight
