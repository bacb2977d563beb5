// Rounds: opening the next one (the previous closed, rounds left, statements still open),
// closing it, the turnout per round, and reminding those who have not answered.
#include <algorithm>
#include <set>

#include "domain/accounts/policy.hpp"
#include "domain/foresight/delphi_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

using accounts::Principal;
using i18n::N_;
using namespace delphi_detail;

Result<Round> DelphiService::open_round(const Principal& who, StudyId id, Seconds closes_at) {
  Round out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    if (const Round* open = loaded->open_round())
      return fail_with(ErrorKind::conflict, N_("Round {round} is still open: close it before opening the next."),
                       {{"round", std::to_string(open->number)}});
    if (loaded->finished())
      return fail(ErrorKind::conflict, N_("This study has finished: its stop rules are met or its rounds used."));
    if (loaded->statements.empty())
      return fail(ErrorKind::conflict, N_("Write at least one statement before opening a round."));
    if (loaded->panel.empty()) return fail(ErrorKind::conflict, N_("Invite the panel before opening a round."));
    if (closes_at != 0 && closes_at <= now())
      return fail(ErrorKind::invalid, N_("The closing day must lie in the future."), "closes_at");
    out.study = id;
    out.number = static_cast<int>(loaded->rounds.size()) + 1;
    out.state = RoundState::open;
    out.opened_at = now();
    out.closes_at = closes_at;
    out.statements = loaded->unsettled();
    if (auto written = store.insert_round(out); !written) return written;
    return store.append_audit(audit(who, "delphi.round_opened", id, "round " + std::to_string(out.number)));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Round> DelphiService::close_round(const Principal& who, StudyId id) {
  Round out;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    const Round* open = loaded->open_round();
    if (!open) return fail(ErrorKind::conflict, N_("No round is open."));
    out = *open;
    out.state = RoundState::closed;
    out.closed_at = now();
    if (auto written = store.close_round(id, out.number, out.closed_at); !written) return written;
    return store.append_audit(audit(who, "delphi.round_closed", id, "round " + std::to_string(out.number)));
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<Turnout>> delphi_detail::turnout(DelphiStore& store, StudyId study, const std::vector<Round>& rounds,
                                                    std::size_t panel) {
  std::vector<Turnout> out;
  std::set<std::int64_t> before;
  for (const auto& r : rounds) {
    auto people = store.participants(study, r.number);
    if (!people) return std::unexpected(people.error());
    std::set<std::int64_t> now_in;
    for (auto u : *people) now_in.insert(u.value());
    Turnout t{r.number, r.state, static_cast<int>(panel), static_cast<int>(now_in.size()), 0,
              r.opened_at, r.closes_at, r.closed_at};
    for (auto u : before)
      if (!now_in.count(u)) ++t.dropped;
    out.push_back(t);
    before = std::move(now_in);
  }
  return out;
}

Result<std::vector<Turnout>> DelphiService::rounds(const Principal& who, StudyId id) {
  if (!accounts::allowed(who, accounts::Action::view_foresight_results))
    return fail(ErrorKind::forbidden, N_("You may not see foresight studies."));
  std::vector<Turnout> out;
  auto ok = repository_.read([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (!visible(who, *loaded)) return fail(ErrorKind::not_found, N_("There is no such Delphi study."));
    auto counted = turnout(store, id, loaded->rounds, loaded->panel.size());
    if (!counted) return std::unexpected(counted.error());
    out = std::move(*counted);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<int> DelphiService::remind(const Principal& who, StudyId id) {
  std::vector<Person> waiting;
  std::string title;
  int number = 0;
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto loaded = load(store, id);
    if (!loaded) return std::unexpected(loaded.error());
    if (auto allowed = require_organiser(who, loaded->study); !allowed) return allowed;
    const Round* open = loaded->open_round();
    if (!open) return fail(ErrorKind::conflict, N_("No round is open."));
    auto people = store.participants(id, open->number);
    if (!people) return std::unexpected(people.error());
    for (const auto& member : loaded->panel) {
      if (std::find(people->begin(), people->end(), member.user) != people->end()) continue;
      auto person = surroundings_.person(member.user);
      if (!person) return std::unexpected(person.error());
      if (*person) waiting.push_back(**person);
    }
    title = loaded->study.title;
    number = open->number;
    return store.append_audit(audit(who, "delphi.reminded", id,
                                    "round " + std::to_string(number) + ", " + std::to_string(waiting.size()) + " mailed"));
  });
  if (!ok) return std::unexpected(ok.error());
  // The outbox has its own transaction: mailed once the reminder is recorded.
  for (const auto& person : waiting) {
    auto sent = surroundings_.queue_mail(
        person, MailText{N_("Round {round} of “{study}” is waiting for your answers"),
                         N_("Round {round} of the Delphi study “{study}” is open and has no answers from you "
                            "yet. Your answers stay anonymous."),
                         {{"round", std::to_string(number)}, {"study", title}}});
    if (!sent) return std::unexpected(sent.error());
  }
  return static_cast<int>(waiting.size());
}

Result<int> DelphiService::send_due_reminders(Seconds lead) {
  if (lead <= 0) return 0;
  struct Due {
    Person person;
    std::string title;
    int round = 0;
  };
  std::vector<Due> due;
  const Seconds at = now();
  auto ok = repository_.transaction([&](DelphiStore& store) -> Status {
    auto list = store.studies();
    if (!list) return std::unexpected(list.error());
    for (const auto& s : *list) {
      auto rounds = store.rounds(s.id);
      if (!rounds) return std::unexpected(rounds.error());
      auto open = std::find_if(rounds->begin(), rounds->end(), [](const Round& r) { return r.state == RoundState::open; });
      if (open == rounds->end() || open->closes_at == 0 || at < open->closes_at - lead || at >= open->closes_at) continue;
      auto panel = store.panel(s.id);
      if (!panel) return std::unexpected(panel.error());
      auto answered = store.participants(s.id, open->number);
      if (!answered) return std::unexpected(answered.error());
      auto reminded = store.reminded(s.id, open->number);
      if (!reminded) return std::unexpected(reminded.error());
      int mailed = 0;
      for (const auto& member : *panel) {
        auto in = [&](const std::vector<accounts::UserId>& list) {
          return std::find(list.begin(), list.end(), member.user) != list.end();
        };
        if (in(*answered) || in(*reminded)) continue;
        auto person = surroundings_.person(member.user);
        if (!person) return std::unexpected(person.error());
        if (auto written = store.insert_reminded(s.id, open->number, member.user); !written) return written;
        if (!*person) continue;  // a closed account: marked, never mailed
        due.push_back(Due{**person, s.title, open->number});
        ++mailed;
      }
      if (mailed == 0) continue;
      auto line = accounts::AuditRecord{std::nullopt, "system", "delphi.reminded_automatically", target(s.id),
                                        "round " + std::to_string(open->number) + ", " + std::to_string(mailed) + " mailed",
                                        "", at};
      if (auto written = store.append_audit(line); !written) return written;
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  // The outbox has its own transaction: mailed once the reminders are recorded.
  for (const auto& d : due) {
    auto sent = surroundings_.queue_mail(
        d.person, MailText{N_("Round {round} of “{study}” is waiting for your answers"),
                           N_("Round {round} of the Delphi study “{study}” is open and has no answers from you "
                              "yet. Your answers stay anonymous."),
                           {{"round", std::to_string(d.round)}, {"study", d.title}}});
    if (!sent) return std::unexpected(sent.error());
  }
  return static_cast<int>(due.size());
}

}  // namespace cps::foresight
