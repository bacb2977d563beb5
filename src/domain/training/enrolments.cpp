// Enrolments, self-assessments, quizzes, completion and certificates (see training_service.hpp).
#include <algorithm>
#include <numeric>

#include "domain/accounts/policy.hpp"
#include "domain/training/service_parts.hpp"
#include "domain/training/training_service.hpp"
#include "i18n/catalogue.hpp"
#include "security/crypto.hpp"

namespace cps::training {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

Status may_enrol(const Principal& who) {
  if (auto ok = require_writer(who); !ok) return ok;
  if (!accounts::allowed(who, Action::enrol_in_training, accounts::Target{.user = who.user}))
    return fail(ErrorKind::forbidden, N_("You may not enrol in training modules."));
  return {};
}

double mean(const std::vector<int>& ratings) {
  if (ratings.empty()) return 0;
  return double(std::accumulate(ratings.begin(), ratings.end(), 0)) / double(ratings.size());
}

}  // namespace

Result<Progress> TrainingService::progress(const Principal& who, const Module& module,
                                           const std::optional<Enrolment>& mine) {
  Progress p;
  if (!mine) {
    p.missing = module.requirements();
    return p;
  }
  if (module.sessions_required > 0) {
    auto sessions = surroundings_.sessions(who, module.sessions);
    if (!sessions) return std::unexpected(sessions.error());
    p.sessions_attended = int(std::count_if(sessions->begin(), sessions->end(), [](const Session& s) { return s.attended; }));
  }
  if (!mine->completed_at) {
    for (auto r : module.requirements()) {
      bool met = r == Requirement::pre_assessment    ? !mine->pre.empty()
                 : r == Requirement::post_assessment ? !mine->post.empty()
                 : r == Requirement::quiz_passed     ? mine->quiz_passed_at != 0
                                                     : p.sessions_attended >= module.sessions_required;
      if (!met) p.missing.push_back(r);
    }
  }
  p.gain_known = !mine->pre.empty() && !mine->post.empty();
  if (p.gain_known) {
    p.pre_mean = mean(mine->pre);
    p.post_mean = mean(mine->post);
  }
  return p;
}

Result<Enrolment> TrainingService::enrol(const Principal& who, ModuleId id) {
  if (auto ok = may_enrol(who); !ok) return std::unexpected(ok.error());
  auto name = surroundings_.name_of(*who.user);
  if (!name) return std::unexpected(name.error());
  const Seconds at = now();
  std::optional<Enrolment> out;
  auto done = repository_.transaction([&](TrainingStore& store) -> Status {
    auto m = visible(store, who, id);
    if (!m) return std::unexpected(m.error());
    if (m->status != ModuleStatus::published)
      return fail(ErrorKind::conflict, N_("This module is not published yet."), "module");
    auto existing = store.enrolment(id, *who.user);
    if (!existing) return std::unexpected(existing.error());
    if (*existing && (*existing)->active)
      return fail(ErrorKind::conflict, N_("You are enrolled in this module already."), "module");
    if (*existing) {
      out = **existing;
      out->active = true;
      if (auto ok = store.update_enrolment(*out); !ok) return ok;
    } else {
      Enrolment e;
      e.module = id;
      e.user = *who.user;
      e.name = name->empty() ? who.display_name : *name;
      e.enrolled_at = at;
      auto eid = store.insert_enrolment(e);
      if (!eid) return std::unexpected(eid.error());
      e.id = *eid;
      out = std::move(e);
    }
    return store.append_audit(audit(who, "training.enrolled", target_of(id), "", at));
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*out);
}

Status TrainingService::enrolled_step(const Principal& who, ModuleId id,
                                      const std::function<Status(TrainingStore&, const Module&, Enrolment&)>& work) {
  if (auto ok = may_enrol(who); !ok) return ok;
  return repository_.transaction([&](TrainingStore& store) -> Status {
    auto m = visible(store, who, id);
    if (!m) return std::unexpected(m.error());
    auto e = store.enrolment(id, *who.user);
    if (!e) return std::unexpected(e.error());
    if (!*e || !(*e)->active) return fail(ErrorKind::conflict, N_("Enrol in this module first."), "module");
    return work(store, *m, **e);
  });
}

Result<Enrolment> TrainingService::leave(const Principal& who, ModuleId id) {
  const Seconds at = now();
  std::optional<Enrolment> out;
  auto done = enrolled_step(who, id, [&](TrainingStore& store, const Module&, Enrolment& e) -> Status {
    e.active = false;
    if (auto ok = store.update_enrolment(e); !ok) return ok;
    out = e;
    return store.append_audit(audit(who, "training.left", target_of(id), "", at));
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*out);
}

Result<Enrolment> TrainingService::assess(const Principal& who, ModuleId id, Phase phase, std::vector<int> ratings) {
  const Seconds at = now();
  std::optional<Enrolment> out;
  auto done = enrolled_step(who, id, [&](TrainingStore& store, const Module& m, Enrolment& e) -> Status {
    if (ratings.size() != m.objectives.size())
      return fail(ErrorKind::unprocessable, N_("Rate every learning objective."), "ratings");
    for (int r : ratings)
      if (r < kLowestRating || r > kHighestRating)
        return fail(ErrorKind::unprocessable, N_("Each rating is a whole number from 1 to 5."), "ratings");
    if (phase == Phase::pre) {
      if (!e.pre.empty())
        return fail(ErrorKind::conflict, N_("You have taken the pre-assessment already: it is taken once, at the start."),
                    "phase");
      e.pre = std::move(ratings);
      e.pre_at = at;
    } else {
      if (e.pre.empty())
        return fail(ErrorKind::conflict, N_("Take the pre-assessment first: the post-assessment is compared with it."),
                    "phase");
      if (!e.post.empty())
        return fail(ErrorKind::conflict, N_("You have taken the post-assessment already."), "phase");
      e.post = std::move(ratings);
      e.post_at = at;
    }
    if (auto ok = store.update_enrolment(e); !ok) return ok;
    out = e;
    return store.append_audit(audit(who, "training.assessed", target_of(id), std::string(to_string(phase)), at));
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*out);
}

Result<QuizResult> TrainingService::take_quiz(const Principal& who, ModuleId id, std::vector<int> answers) {
  const Seconds at = now();
  QuizResult result;
  auto done = enrolled_step(who, id, [&](TrainingStore& store, const Module& m, Enrolment& e) -> Status {
    if (m.quiz.empty()) return fail(ErrorKind::conflict, N_("This module has no quiz."), "module");
    if (e.completed_at)
      return fail(ErrorKind::conflict, N_("You have completed this module: its quiz is closed."), "module");
    if (answers.size() != m.quiz.size()) return fail(ErrorKind::unprocessable, N_("Answer every question."), "answers");
    int right = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
      if (answers[i] < 0 || answers[i] >= int(m.quiz[i].options.size()))
        return fail(ErrorKind::unprocessable, N_("Choose one of the question's options."), "answers");
      if (answers[i] == m.quiz[i].answer) ++right;
    }
    result.score = right * 100 / int(m.quiz.size());
    result.passed = result.score >= m.pass_mark;
    e.quiz_attempts += 1;
    e.quiz_best = std::max(e.quiz_best, result.score);
    if (result.passed && !e.quiz_passed_at) e.quiz_passed_at = at;
    result.attempts = e.quiz_attempts;
    if (auto ok = store.update_enrolment(e); !ok) return ok;
    return store.append_audit(audit(who, "training.quiz_taken", target_of(id),
                                    std::to_string(result.score) + "%" + (result.passed ? " passed" : ""), at));
  });
  if (!done) return std::unexpected(done.error());
  return result;
}

Result<std::string> TrainingService::issue_certificate(const Principal& who, ModuleId id) {
  if (auto ok = may_enrol(who); !ok) return std::unexpected(ok.error());
  // Attendance comes from the events, outside this transaction: read it first.
  std::optional<Module> module;
  std::optional<Enrolment> mine;
  auto read = repository_.read([&](TrainingStore& store) -> Status {
    auto m = visible(store, who, id);
    if (!m) return std::unexpected(m.error());
    module = std::move(*m);
    auto e = store.enrolment(id, *who.user);
    if (!e) return std::unexpected(e.error());
    if (*e && (*e)->active) mine = std::move(**e);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!mine) return fail(ErrorKind::conflict, N_("Enrol in this module first."), "module");
  auto p = progress(who, *module, mine);
  if (!p) return std::unexpected(p.error());
  if (!p->missing.empty())
    return fail(ErrorKind::conflict,
                N_("The certificate comes once the module is completed: finish what its page still lists."), "module");
  const Seconds at = now();
  const std::string token = security::random_token();
  auto done = enrolled_step(who, id, [&](TrainingStore& store, const Module&, Enrolment& e) -> Status {
    if (!e.completed_at) {
      e.completed_at = at;
      if (auto ok = store.append_audit(audit(who, "training.completed", target_of(id), "", at)); !ok) return ok;
    }
    e.certificate_digest = security::token_digest(token);
    if (auto ok = store.update_enrolment(e); !ok) return ok;
    return store.append_audit(audit(who, "training.certificate_issued", target_of(id), "", at));
  });
  if (!done) return std::unexpected(done.error());
  return token;
}

Result<Certificate> TrainingService::certificate(const std::string& token) {
  if (token.size() < 20) return not_found();
  std::optional<Certificate> out;
  auto read = repository_.read([&](TrainingStore& store) -> Status {
    auto e = store.enrolment_by_certificate(security::token_digest(token));
    if (!e) return std::unexpected(e.error());
    if (!*e || !(*e)->completed_at) return not_found();
    auto m = store.module((*e)->module);
    if (!m) return std::unexpected(m.error());
    if (!*m) return not_found();
    out = Certificate{(*e)->name, (*m)->title, (*m)->area, (*m)->objectives, (*e)->completed_at};
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return std::move(*out);
}

}  // namespace cps::training
