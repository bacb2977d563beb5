// In-memory training storage and surroundings for the training service's tests, honest to the
// ports' contracts (optimistic revisions, all-or-nothing transactions, one enrolment per person
// and module, enrolments in order). Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/training/surroundings.hpp"
#include "domain/training/training_repository.hpp"

namespace cps::training {

class FakeTrainingRepository final : public TrainingRepository, private TrainingStore {
 public:
  std::vector<accounts::AuditRecord> audit;

  Status transaction(const std::function<Status(TrainingStore&)>& work) override {
    auto saved = std::tuple{modules_, enrolments_, audit, next_};
    auto done = work(*this);
    if (!done) std::tie(modules_, enrolments_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(TrainingStore&)>& work) override { return work(*this); }
  // For setting up a cohort: an enrolment written as it is.
  void put(const Enrolment& e) {
    Enrolment kept = e;
    kept.id = EnrolmentId(next_++);
    enrolments_[kept.id.value()] = kept;
  }

 private:
  Result<ModuleId> insert_module(const Module& m) override {
    Module kept = m;
    kept.id = ModuleId(next_++);
    kept.revision = 1;
    modules_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Module>> module(ModuleId id) override {
    auto it = modules_.find(id.value());
    if (it == modules_.end()) return std::optional<Module>();
    return std::optional<Module>(it->second);
  }
  Result<std::vector<Module>> modules() override {
    std::vector<Module> out;
    for (const auto& [id, m] : modules_) out.push_back(m);
    std::sort(out.begin(), out.end(), [](const Module& a, const Module& b) {
      return std::tie(a.area, a.title) < std::tie(b.area, b.title);
    });
    return out;
  }
  Result<bool> update_module(const Module& m, int expected_revision) override {
    auto it = modules_.find(m.id.value());
    if (it == modules_.end() || it->second.revision != expected_revision) return false;
    it->second = m;
    it->second.revision = expected_revision + 1;
    return true;
  }
  Result<std::vector<Enrolment>> enrolments(ModuleId module) override {
    std::vector<Enrolment> out;
    for (const auto& [id, e] : enrolments_)
      if (e.module == module) out.push_back(e);
    std::stable_sort(out.begin(), out.end(), [](const Enrolment& a, const Enrolment& b) {
      return a.enrolled_at != b.enrolled_at ? a.enrolled_at < b.enrolled_at : a.id.value() < b.id.value();
    });
    return out;
  }
  Result<std::optional<Enrolment>> enrolment(ModuleId module, accounts::UserId user) override {
    for (const auto& [id, e] : enrolments_)
      if (e.module == module && e.user == user) return std::optional<Enrolment>(e);
    return std::optional<Enrolment>();
  }
  Result<std::optional<Enrolment>> enrolment_by_certificate(const std::string& digest) override {
    for (const auto& [id, e] : enrolments_)
      if (!e.certificate_digest.empty() && e.certificate_digest == digest) return std::optional<Enrolment>(e);
    return std::optional<Enrolment>();
  }
  Result<EnrolmentId> insert_enrolment(const Enrolment& e) override {
    for (const auto& [id, other] : enrolments_)
      if (other.module == e.module && other.user == e.user)
        return fail(ErrorKind::conflict, "You are enrolled in this module already.");
    Enrolment kept = e;
    kept.id = EnrolmentId(next_++);
    enrolments_[kept.id.value()] = kept;
    return kept.id;
  }
  Status update_enrolment(const Enrolment& e) override {
    enrolments_[e.id.value()] = e;
    return {};
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  std::map<std::int64_t, Module> modules_;
  std::map<std::int64_t, Enrolment> enrolments_;
  std::int64_t next_ = 1;
};

class FakeTrainingSurroundings final : public TrainingSurroundings {
 public:
  std::vector<Session> events;                     // the training sessions there are
  std::vector<std::pair<std::int64_t, std::int64_t>> attended;  // (user, event) checked in
  std::vector<LinkedItem> items;                   // the published knowledge items

  Result<std::vector<Session>> sessions(const accounts::Principal& who, const std::vector<std::int64_t>& ids) override {
    std::vector<Session> out;
    for (auto s : events) {
      if (std::find(ids.begin(), ids.end(), s.event) == ids.end()) continue;
      s.attended = who.user && std::find(attended.begin(), attended.end(), std::pair{who.user->value(), s.event}) !=
                                   attended.end();
      out.push_back(s);
    }
    return out;
  }
  Result<std::vector<Session>> training_sessions() override { return events; }
  Result<std::vector<LinkedItem>> knowledge_items(const std::vector<std::int64_t>& ids) override {
    std::vector<LinkedItem> out;
    for (const auto& i : items)
      if (std::find(ids.begin(), ids.end(), i.id) != ids.end()) out.push_back(i);
    return out;
  }
  Result<std::string> name_of(accounts::UserId user) override { return "Person " + std::to_string(user.value()); }
};

}  // namespace cps::training
