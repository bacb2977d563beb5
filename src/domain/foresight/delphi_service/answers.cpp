// Answering: the open round as a panellist sees it (the group's feedback, others' arguments,
// their own previous and current answers) and giving or revising a sheet. The panellist's
// answers are found by their respondent key, derived anew on each request; participation is
// written by person, answers by key.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "domain/accounts/policy.hpp"
#include "domain/foresight/delphi_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

using accounts::Action;
using accounts::Principal;
using i18n::N_;
using namespace delphi_detail;

namespace {

constexpr std::size_t kMostArguments = 12;

std::string figure(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", d);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::optional<double> value_of(const Answer& a) {
  if (a.rating) return *a.rating;
  if (a.year) return *a.year;
  return std::nullopt;
}

bool given(const Answer& a) { return a.rating || a.year || a.never; }

const StatementResult* result_of(const std::vector<StatementResult>& results, StatementId id) {
  for (const auto& r : results)
    if (r.statement.id == id) return &r;
  return nullptr;
}

}  // namespace

Result<Questionnaire> DelphiService::build_questionnaire(DelphiStore& store, const Principal& who,
                                                         const Loaded& loaded) {
  const Round* open = loaded.open_round();
  if (!open) return fail(ErrorKind::conflict, N_("No round is open."));
  std::string key = surroundings_.respondent_key(loaded.study.id, *who.user);
  auto current = store.answers(loaded.study.id, open->number);
  if (!current) return std::unexpected(current.error());
  auto people = store.participants(loaded.study.id, open->number);
  if (!people) return std::unexpected(people.error());
  Questionnaire out;
  out.study = loaded.study;
  out.round = *open;
  out.answered = std::find(people->begin(), people->end(), *who.user) != people->end();
  for (const auto& s : loaded.statements) {
    if (std::find(open->statements.begin(), open->statements.end(), s.id) == open->statements.end()) continue;
    Question q;
    q.statement = s;
    for (const auto& a : *current)
      if (a.respondent == key && a.answer.statement == s.id) q.current = a.answer;
    if (const auto* result = result_of(loaded.results, s.id); result && !result->rounds.empty()) {
      q.group = result->rounds.back();
      auto quartiles = q.group->quartiles();
      double median = quartiles ? quartiles->median : 0;
      auto it = loaded.closed_answers.find(q.group->round);
      if (it != loaded.closed_answers.end()) {
        std::vector<std::pair<double, Question::Argument>> others;
        for (const auto& a : it->second) {
          if (a.answer.statement != s.id) continue;
          if (a.respondent == key) {
            q.previous = a.answer;
            continue;
          }
          if (a.answer.argument.empty()) continue;
          auto v = value_of(a.answer);
          // "never" is as far from a median year as an answer can be.
          double distance = v ? std::fabs(*v - median) : 1e9;
          others.push_back({distance, {a.answer.argument, a.answer.rating, a.answer.year, a.answer.never}});
        }
        std::stable_sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t i = 0; i < others.size() && i < kMostArguments; ++i) q.arguments.push_back(others[i].second);
      }
    }
    out.questions.push_back(std::move(q));
  }
  return out;
}

Result<Questionnaire> DelphiService::questionnaire(const Principal& who, StudyId id) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  Questionnaire out;
  auto ok = repository_.read([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!loaded->on_panel(*who.user) || !accounts::allowed(who, Action::answer_foresight, {.user = who.user}))
      return fail(ErrorKind::forbidden, N_("Only the study's panellists answer its rounds."));
    auto built = build_questionnaire(store, who, *loaded);
    if (!built) return std::unexpected(built.error());
    out = std::move(*built);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Questionnaire> DelphiService::answer(const Principal& who, StudyId id, std::vector<Answer> answers) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  Questionnaire out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!loaded->on_panel(*who.user) || !accounts::allowed(who, Action::answer_foresight, {.user = who.user}))
      return fail(ErrorKind::forbidden, N_("Only the study's panellists answer its rounds."));
    const Round* open = loaded->open_round();
    if (!open) return fail(ErrorKind::conflict, N_("This round has closed: answers are no longer taken."));
    const StopRules& rules = loaded->study.rules;
    std::vector<Answer> kept;
    for (auto& a : answers) {
      std::string field = "statement_" + std::to_string(a.statement.value());
      auto s = std::find_if(loaded->statements.begin(), loaded->statements.end(),
                            [&](const Statement& x) { return x.id == a.statement; });
      if (s == loaded->statements.end() ||
          std::find(open->statements.begin(), open->statements.end(), a.statement) == open->statements.end())
        return fail(ErrorKind::invalid, N_("This statement is not asked in this round."), field);
      if (!given(a)) continue;  // left unanswered: a missing answer
      if (is_rating(s->kind)) {
        if (!a.rating || a.year || a.never)
          return fail(ErrorKind::invalid, N_("Rate this statement on the scale."), field);
        if (*a.rating < rules.scale_min || *a.rating > rules.scale_max)
          return fail_with(ErrorKind::invalid, N_("Give a rating from {min} to {max}."),
                           {{"min", std::to_string(rules.scale_min)}, {"max", std::to_string(rules.scale_max)}}, field);
      } else {
        if (a.rating) return fail(ErrorKind::invalid, N_("Give a year or “never”."), field);
        if (a.year && (*a.year < rules.horizon_from || *a.year > rules.horizon_to))
          return fail_with(ErrorKind::invalid, N_("Give a year from {from} to {to}, or “never”."),
                           {{"from", std::to_string(rules.horizon_from)}, {"to", std::to_string(rules.horizon_to)}},
                           field);
      }
      // Staying outside the group's middle half asks for a reason (from round 2).
      if (const auto* result = result_of(loaded->results, a.statement); result && !result->rounds.empty()) {
        auto q = result->rounds.back().quartiles();
        auto v = value_of(a);
        bool outside = q && ((v && outside_iqr(*v, *q)) || (a.never && !is_rating(s->kind)));
        if (outside && a.reason.empty())
          return fail_with(ErrorKind::invalid,
                           N_("Your answer lies outside the group's middle half ({q1} to {q3}): please say why."),
                           {{"q1", figure(q->q1)}, {"q3", figure(q->q3)}}, "reason_" + std::to_string(a.statement.value()));
      }
      kept.push_back(std::move(a));
    }
    if (kept.empty()) return fail(ErrorKind::invalid, N_("Answer at least one statement."), "answers");

    auto person = surroundings_.person(*who.user);
    if (!person) return std::unexpected(person.error());
    RespondentProfile profile;
    if (*person) {
      profile.country = (*person)->country ? (*person)->country->str() : "";
      profile.organisation_type = (*person)->organisation_type;
    }
    for (const auto& m : loaded->panel)
      if (m.user == *who.user) profile.area = m.area;

    auto people = store.participants(id, open->number);
    if (!people) return std::unexpected(people.error());
    bool revising = std::find(people->begin(), people->end(), *who.user) != people->end();
    std::string key = surroundings_.respondent_key(id, *who.user);
    if (auto written = store.save_answers(id, open->number, key, profile, kept); !written) return written;
    if (!revising)
      if (auto written = store.insert_participation(id, open->number, *who.user); !written) return written;
    if (auto written = store.append_audit(audit(who, revising ? "delphi.revised" : "delphi.answered", id,
                                                "round " + std::to_string(open->number)));
        !written)
      return written;
    auto built = build_questionnaire(store, who, *loaded);
    if (!built) return std::unexpected(built.error());
    out = std::move(*built);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace cps::foresight
