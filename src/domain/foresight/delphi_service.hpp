// Delphi studies' rules. An organiser (run_foresight) creates a study with its stop rules,
// writes statements and invites the panel; opens round 1, which fixes the rules; closes it;
// opens the next only once the previous one is closed, asking again only the statements that
// are still open. Panellists (answer_foresight, on the panel) answer the open round; a second
// answer in the same open round is a revision that replaces the first. From round 2 each sees,
// per statement, the group's median, quartiles and distribution of the previous round, others'
// arguments (those far from the median first) and their own previous answer, and gives a
// reason when they stay outside the group's interquartile range. Results (view_foresight_results)
// count closed rounds only; breakdowns by country, organisation type and area show groups of
// kBreakdownMinimum respondents or more.
//
// Audit lines: "delphi.created", "delphi.rules_changed", "delphi.statement_added",
// "delphi.statement_changed", "delphi.panellist_invited", "delphi.round_opened",
// "delphi.round_closed", "delphi.reminded", "delphi.answered", "delphi.revised",
// "delphi.reminded_automatically", "delphi.scenarios_saved" (target "delphi:<id>"). Answer lines name the round only, never a statement or a value.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/foresight/delphi.hpp"
#include "domain/foresight/delphi_input.hpp"
#include "domain/foresight/delphi_repository.hpp"
#include "domain/foresight/delphi_scenarios.hpp"
#include "domain/foresight/delphi_statistics.hpp"

namespace cps::foresight {

// A statement's statistics in one closed round.
struct StatementRound {
  int round = 0;
  int respondents = 0;
  std::optional<RatingSummary> rating;    // rating statements
  std::optional<HorizonSummary> horizon;  // time-horizon statements
  bool consensus = false;
  std::optional<Stability> change;  // against the previous round it was asked in
  std::optional<Quartiles> quartiles() const;
};

// The median of a group of at least kBreakdownMinimum respondents.
struct BreakdownGroup {
  std::string dimension;  // "country", "organisation_type", "area", "expertise" (self-rated)
  std::string group;
  int respondents = 0;
  double median = 0;
};

struct StatementResult {
  Statement statement;
  std::vector<StatementRound> rounds;  // closed rounds it was asked in
  Standing standing = Standing::open;
  std::vector<BreakdownGroup> breakdowns;  // last round; smaller groups left out
  int hidden_groups = 0;                   // groups left out for being too small
};

struct Turnout {
  int round = 0;
  RoundState state = RoundState::open;
  int panel = 0;
  int answered = 0;
  int dropped = 0;  // answered the previous round but not this one
  Seconds opened_at = 0;
  Seconds closes_at = 0;
  Seconds closed_at = 0;
};

// The panel by one dimension, with the group that holds more than half of it, if any.
struct BalanceDimension {
  std::string dimension;  // "country", "organisation_type", "area"
  std::vector<std::pair<std::string, int>> groups;  // largest first; "" for not given
  std::optional<std::string> dominant;
};

struct DelphiCapabilities {
  bool organise = false;     // statements, panel, rounds
  bool edit_rules = false;   // the organiser, before round 1
  bool add_statement = false;  // the organiser, while no round is open
  bool open_round = false;
  bool close_round = false;
  bool answer = false;       // a panellist, while a round is open
  bool see_results = false;
};

struct StudyView {
  Study study;
  std::vector<Statement> statements;
  std::vector<Turnout> rounds;
  int panel_size = 0;
  std::vector<BalanceDimension> balance;
  std::vector<PanelMember> panel;  // names for the organiser only; empty for others
  std::vector<StatementResult> results;  // closed rounds only
  DelphiCapabilities can;
};

struct ScenarioView {
  Study study;
  std::vector<StatementResult> results;  // every statement with its results, by position
  std::optional<ScenarioFrame> frame;
  bool can_edit = false;  // the organiser, once the study has finished
};

// One statement of the open round as a panellist sees it.
struct Question {
  Statement statement;
  std::optional<StatementRound> group;  // the previous closed round it was asked in
  struct Argument {
    std::string text;
    std::optional<int> rating;
    std::optional<int> year;
    bool never = false;
  };
  std::vector<Argument> arguments;     // others', far from the median first
  std::optional<Answer> previous;      // the panellist's own answer in that round
  std::optional<Answer> current;       // what they gave in this round so far
};

struct Questionnaire {
  Study study;
  Round round;
  std::vector<Question> questions;
  bool answered = false;  // a sheet was given in this round (a new one revises it)
};

class DelphiService {
 public:
  using Clock = std::function<Seconds()>;
  DelphiService(DelphiRepository& repository, DelphiSurroundings& surroundings, Clock clock = {});

  // Studies are public, like their aggregate results, once round 1 has opened; before that
  // only their organisers see them (not found for others).
  Result<std::vector<Study>> studies(const accounts::Principal& who);
  Result<StudyView> study(const accounts::Principal& who, StudyId id);
  // The closed rounds' statistics, per statement.
  Result<std::vector<StatementResult>> results(const accounts::Principal& who, StudyId id);
  Result<std::vector<Turnout>> rounds(const accounts::Principal& who, StudyId id);

  Result<Study> create(const accounts::Principal& who, StudyInput input);
  // Before round 1 only: the rules are fixed when it opens.
  Result<Study> change(const accounts::Principal& who, StudyId id, int revision, StudyInput input);
  // While no round is open; a statement added later is first asked in the next round.
  Result<Statement> add_statement(const accounts::Principal& who, StudyId id, StatementInput input);
  // Refused once the statement has answers (add a new one instead: the answers keep theirs).
  Result<Statement> change_statement(const accounts::Principal& who, StudyId id, StatementId statement,
                                     StatementInput input);
  Result<PanelMember> invite(const accounts::Principal& who, StudyId id, PanelInput input);

  // Opens the next round (the previous closed, rounds left, open statements left).
  Result<Round> open_round(const accounts::Principal& who, StudyId id, Seconds closes_at);
  Result<Round> close_round(const accounts::Principal& who, StudyId id);
  // Mails the panellists who have not answered the open round; how many were mailed.
  Result<int> remind(const accounts::Principal& who, StudyId id);

  // The hourly mail round: for every open round announced to close within `lead` seconds,
  // mails each panellist who has not answered it and has not been reminded of it yet; how many
  // were mailed. Reads participation only, never answers.
  Result<int> send_due_reminders(Seconds lead);

  // Scenarios of a finished study: the frame (if any) with the statements' results behind it.
  Result<ScenarioView> scenarios(const accounts::Principal& who, StudyId id);
  // Saves the whole frame (the organiser, once the study has finished); revision 0 for the first.
  Result<ScenarioFrame> save_scenarios(const accounts::Principal& who, StudyId id, int revision, ScenarioFrame input);

  // The open round for a panellist: questions with the group's feedback and their own answers.
  Result<Questionnaire> questionnaire(const accounts::Principal& who, StudyId id);
  // Answers (or revises) the open round.
  Result<Questionnaire> answer(const accounts::Principal& who, StudyId id, std::vector<Answer> answers);

 private:
  struct Loaded;
  Result<Loaded> load(DelphiStore& store, StudyId id);
  Status require_organiser(const accounts::Principal& who, const Study& study) const;
  bool visible(const accounts::Principal& who, const Loaded& loaded) const;
  DelphiCapabilities capabilities(const accounts::Principal& who, const Loaded& loaded) const;
  Result<Questionnaire> build_questionnaire(DelphiStore& store, const accounts::Principal& who, const Loaded& loaded);
  accounts::AuditRecord audit(const accounts::Principal& who, std::string action, StudyId id,
                              std::string detail) const;
  Seconds now() const;

  DelphiRepository& repository_;
  DelphiSurroundings& surroundings_;
  Clock clock_;
};

// The statistics of every statement over the closed rounds, from their answers (by round
// number) and the profiles of the respondents. Pure: the service and its tests share it.
std::vector<StatementResult> evaluate(const StopRules& rules, const std::vector<Statement>& statements,
                                      const std::vector<Round>& rounds,
                                      const std::map<int, std::vector<KeyedAnswer>>& answers,
                                      const std::map<std::string, RespondentProfile>& profiles);

}  // namespace cps::foresight
