// What the parts of DelphiService share: the study as loaded in one transaction, and the
// standing of its statements after the closed rounds.
#pragma once

#include <map>
#include <set>

#include "domain/foresight/delphi_service.hpp"

namespace cps::foresight {

struct DelphiService::Loaded {
  Study study;
  std::vector<Statement> statements;
  std::vector<Round> rounds;
  std::vector<PanelMember> panel;
  std::map<int, std::vector<KeyedAnswer>> closed_answers;  // closed rounds' answers by number
  std::map<std::string, RespondentProfile> profiles;
  std::vector<StatementResult> results;

  const Round* open_round() const;
  const Round* last_closed() const;
  bool on_panel(accounts::UserId user) const;
  // Statements still to ask: never asked, or open after their last closed round.
  std::vector<StatementId> unsettled() const;
  bool finished() const;
};

namespace delphi_detail {
Status require_write(const accounts::Principal& who);
std::string target(StudyId id);
// Answers and drop-outs per round, from the participation of each.
Result<std::vector<Turnout>> turnout(DelphiStore& store, StudyId study, const std::vector<Round>& rounds,
                                     std::size_t panel);
}  // namespace delphi_detail

}  // namespace cps::foresight
