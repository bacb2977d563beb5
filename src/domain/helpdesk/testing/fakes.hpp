// In-memory helpdesk storage and surroundings for the helpdesk service's tests, honest to the
// ports' contracts (optimistic revisions, all-or-nothing transactions); the surroundings keep
// the mails queued and the answers written. Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/helpdesk/helpdesk_repository.hpp"
#include "domain/helpdesk/surroundings.hpp"

namespace cps::helpdesk {

class FakeHelpdeskRepository final : public HelpdeskRepository, private HelpdeskStore {
 public:
  std::vector<accounts::AuditRecord> audit;

  Status transaction(const std::function<Status(HelpdeskStore&)>& work) override {
    auto saved = std::tuple{questions_, reminders_, audit, next_};
    auto done = work(*this);
    if (!done) std::tie(questions_, reminders_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(HelpdeskStore&)>& work) override { return work(*this); }
  std::size_t stored() const { return questions_.size(); }

 private:
  Result<QuestionId> insert_question(const Question& q) override {
    Question kept = q;
    kept.id = QuestionId(next_++);
    kept.revision = 1;
    questions_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Question>> question(QuestionId id) override {
    auto it = questions_.find(id.value());
    if (it == questions_.end()) return std::optional<Question>();
    return std::optional<Question>(it->second);
  }
  Result<std::vector<Question>> questions(const QuestionFilter& f) override {
    std::vector<Question> out;
    for (auto it = questions_.rbegin(); it != questions_.rend(); ++it) {
      const Question& q = it->second;
      if (f.asker && q.asker != *f.asker) continue;
      if (f.expert && q.expert != f.expert) continue;
      if (!f.areas.empty() && std::find(f.areas.begin(), f.areas.end(), q.area) == f.areas.end()) continue;
      if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), q.status) == f.statuses.end()) continue;
      if (f.region && q.region != *f.region) continue;
      out.push_back(q);
    }
    return out;
  }
  Result<bool> update_question(const Question& q, int expected_revision) override {
    auto it = questions_.find(q.id.value());
    if (it == questions_.end() || it->second.revision != expected_revision) return false;
    it->second = q;
    it->second.revision = expected_revision + 1;
    return true;
  }
  Result<bool> reminder_sent(const std::string& key) override { return reminders_.contains(key); }
  Status mark_reminder_sent(const std::string& key, Seconds) override {
    reminders_.insert(key);
    return {};
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  std::map<std::int64_t, Question> questions_;
  std::set<std::string> reminders_;
  std::int64_t next_ = 1;
};

class FakeHelpdeskSurroundings final : public HelpdeskSurroundings {
 public:
  std::vector<Person> everybody;
  std::set<std::string> regions{"RO21", "AL02", "SI04"};
  struct Mail {
    std::int64_t to;
    MailText text;
  };
  std::vector<Mail> mails;
  std::vector<DraftAnswer> answers;
  bool refuse_answers = false;

  Result<bool> region_exists(const RegionCode& region) override { return regions.contains(region.str()); }
  Result<std::vector<Person>> people() override { return everybody; }
  Result<std::optional<Person>> person(accounts::UserId id) override {
    for (const auto& p : everybody)
      if (p.id == id) return std::optional<Person>(p);
    return std::optional<Person>();
  }
  Result<std::int64_t> write_answer(const accounts::Principal&, const DraftAnswer& answer) override {
    if (refuse_answers) return fail(ErrorKind::conflict, "The knowledge base refused it.", "slug");
    answers.push_back(answer);
    return 100 + std::int64_t(answers.size());
  }
  Result<std::optional<std::string>> practice_title(std::int64_t item, const std::string&) override {
    if (item <= 100 || item > 100 + std::int64_t(answers.size())) return std::optional<std::string>();
    return std::optional<std::string>(answers[std::size_t(item - 101)].title);
  }
  Status queue_mail(const Person& to, const MailText& text) override {
    mails.push_back({to.id.value(), text});
    return {};
  }
};

}  // namespace cps::helpdesk
