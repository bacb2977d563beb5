#include "domain/foresight/testing/fake_delphi_repository.hpp"

#include <algorithm>

namespace cps::foresight::testing {

namespace {

class Store final : public DelphiStore {
 public:
  explicit Store(FakeDelphiRepository::Data& d) : d_(d) {}

  Result<StudyId> insert_study(const Study& study) override {
    Study s = study;
    s.id = StudyId(d_.next_study++);
    s.revision = 1;
    d_.studies[s.id.value()] = s;
    return s.id;
  }
  Result<bool> update_study(const Study& study, int expected_revision) override {
    auto it = d_.studies.find(study.id.value());
    if (it == d_.studies.end() || it->second.revision != expected_revision) return false;
    Study s = study;
    s.revision = expected_revision + 1;
    it->second = s;
    return true;
  }
  Result<std::optional<Study>> study(StudyId id) override {
    auto it = d_.studies.find(id.value());
    if (it == d_.studies.end()) return std::optional<Study>();
    return std::optional<Study>(it->second);
  }
  Result<std::vector<Study>> studies() override {
    std::vector<Study> out;
    for (auto it = d_.studies.rbegin(); it != d_.studies.rend(); ++it) out.push_back(it->second);
    return out;
  }
  Result<StatementId> insert_statement(const Statement& statement) override {
    Statement s = statement;
    s.id = StatementId(d_.next_statement++);
    d_.statements[s.id.value()] = s;
    return s.id;
  }
  Status update_statement(const Statement& statement) override {
    auto& s = d_.statements.at(statement.id.value());
    s.kind = statement.kind;
    s.text = statement.text;
    return {};
  }
  Result<std::vector<Statement>> statements(StudyId study) override {
    std::vector<Statement> out;
    for (const auto& [id, s] : d_.statements)
      if (s.study == study) out.push_back(s);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.position < b.position; });
    return out;
  }
  Result<bool> has_answers(StatementId statement) override {
    return std::any_of(d_.answers.begin(), d_.answers.end(),
                       [&](const auto& a) { return a.answer.statement == statement; });
  }
  Status insert_panel_member(StudyId study, const PanelMember& member) override {
    auto& panel = d_.panels[study.value()];
    if (std::any_of(panel.begin(), panel.end(), [&](const auto& m) { return m.user == member.user; }))
      return fail(ErrorKind::conflict, "This person is on the panel already.", "user");
    PanelMember m;
    m.user = member.user;
    m.area = member.area;
    m.invited_at = member.invited_at;
    panel.push_back(m);
    return {};
  }
  Result<std::vector<PanelMember>> panel(StudyId study) override { return d_.panels[study.value()]; }
  Status insert_round(const Round& round) override {
    d_.rounds[round.study.value()].push_back(round);
    return {};
  }
  Status close_round(StudyId study, int number, Seconds at) override {
    for (auto& r : d_.rounds[study.value()])
      if (r.number == number) {
        r.state = RoundState::closed;
        r.closed_at = at;
      }
    return {};
  }
  Result<std::vector<Round>> rounds(StudyId study) override { return d_.rounds[study.value()]; }
  Status insert_participation(StudyId study, int round, accounts::UserId user) override {
    d_.participation.insert({study.value(), round, user.value()});
    return {};
  }
  Result<std::vector<accounts::UserId>> participants(StudyId study, int round) override {
    std::vector<accounts::UserId> out;
    for (const auto& [s, r, u] : d_.participation)
      if (s == study.value() && r == round) out.push_back(accounts::UserId(u));
    return out;
  }
  Status insert_reminded(StudyId study, int round, accounts::UserId user) override {
    d_.reminded.insert({study.value(), round, user.value()});
    return {};
  }
  Result<std::vector<accounts::UserId>> reminded(StudyId study, int round) override {
    std::vector<accounts::UserId> out;
    for (const auto& [s, r, u] : d_.reminded)
      if (s == study.value() && r == round) out.push_back(accounts::UserId(u));
    return out;
  }
  Result<std::optional<ScenarioFrame>> scenario_frame(StudyId study) override {
    auto it = d_.frames.find(study.value());
    if (it == d_.frames.end()) return std::optional<ScenarioFrame>();
    return std::optional<ScenarioFrame>(it->second);
  }
  Result<bool> save_scenario_frame(const ScenarioFrame& frame, int expected_revision) override {
    auto it = d_.frames.find(frame.study.value());
    int stored = it == d_.frames.end() ? 0 : it->second.revision;
    if (stored != expected_revision) return false;
    ScenarioFrame copy = frame;
    copy.revision = expected_revision + 1;
    d_.frames[frame.study.value()] = copy;
    return true;
  }
  Status save_answers(StudyId study, int round, const std::string& respondent, const RespondentProfile& profile,
                      const std::vector<Answer>& answers) override {
    std::erase_if(d_.answers, [&](const auto& a) {
      return a.study == study.value() && a.round == round && a.respondent == respondent;
    });
    for (const auto& a : answers) d_.answers.push_back({study.value(), round, respondent, a});
    d_.profiles[study.value()][respondent] = profile;
    return {};
  }
  Result<std::vector<KeyedAnswer>> answers(StudyId study, int round) override {
    std::vector<KeyedAnswer> out;
    for (const auto& a : d_.answers)
      if (a.study == study.value() && a.round == round) out.push_back({a.respondent, a.answer});
    return out;
  }
  Result<std::map<std::string, RespondentProfile>> profiles(StudyId study) override {
    return d_.profiles[study.value()];
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    d_.audit.push_back(record);
    return {};
  }

 private:
  FakeDelphiRepository::Data& d_;
};

}  // namespace

Status FakeDelphiRepository::transaction(const std::function<Status(DelphiStore&)>& work) {
  Data copy = data;
  Store store(copy);
  auto ok = work(store);
  if (ok) data = std::move(copy);
  return ok;
}

Status FakeDelphiRepository::read(const std::function<Status(DelphiStore&)>& work) {
  Data copy = data;
  Store store(copy);
  return work(store);
}

Result<std::optional<Person>> FakeDelphiSurroundings::person(accounts::UserId id) {
  auto it = people.find(id.value());
  if (it == people.end()) return std::optional<Person>();
  return std::optional<Person>(it->second);
}

Status FakeDelphiSurroundings::queue_mail(const Person& to, const MailText& text) {
  mails.push_back({to.email, text});
  return {};
}

std::string FakeDelphiSurroundings::respondent_key(StudyId study, accounts::UserId user) {
  // Digits spelled as letters, so that no key contains a person's id as text.
  std::string key = "key-";
  for (char c : std::to_string(study.value() * 7919 + user.value() * 104729)) key += static_cast<char>('a' + (c - '0'));
  return key;
}

}  // namespace cps::foresight::testing
