// Modules: reading, writing and the page's view of one (see training_service.hpp); enrolments,
// self-assessments, quizzes and certificates are in enrolments.cpp.
#include "domain/training/training_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "domain/accounts/policy.hpp"
#include "domain/training/service_parts.hpp"
#include "i18n/catalogue.hpp"

namespace cps::training {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

TrainingService::TrainingService(TrainingRepository& repository, TrainingSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds TrainingService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool TrainingService::manages(const Principal& who, const std::string& area) const {
  return require_writer(who).has_value() &&
         accounts::allowed(who, Action::manage_training, accounts::Target{.areas = {area}});
}

std::vector<std::string> TrainingService::managed_areas(const Principal& who) const {
  std::vector<std::string> out;
  for (auto area : accounts::kWorkingGroups)
    if (manages(who, std::string(area))) out.emplace_back(area);
  return out;
}

Result<std::vector<Module>> TrainingService::list(const Principal& who, const ListFilter& filter) {
  std::vector<Module> out;
  auto read = repository_.read([&](TrainingStore& store) -> Status {
    auto all = store.modules();
    if (!all) return std::unexpected(all.error());
    for (auto& m : *all) {
      if (filter.area && m.area != *filter.area) continue;
      if (m.status != ModuleStatus::published && !manages(who, m.area)) continue;
      out.push_back(std::move(m));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<Module> TrainingService::visible(TrainingStore& store, const Principal& who, ModuleId id) {
  auto m = store.module(id);
  if (!m) return std::unexpected(m.error());
  if (!*m) return not_found();
  if ((*m)->status != ModuleStatus::published && !manages(who, (*m)->area)) return not_found();
  return std::move(**m);
}

Gain gain_of(const Module& module, const std::vector<Enrolment>& enrolments, std::string cohort) {
  Gain g;
  g.cohort = std::move(cohort);
  const std::size_t n = module.objectives.size();
  g.pre_by_objective.assign(n, 0);
  g.post_by_objective.assign(n, 0);
  double pre_sum = 0, post_sum = 0;
  for (const auto& e : enrolments) {
    if (e.pre.size() != n || e.post.size() != n || n == 0) continue;  // both taken, on these objectives
    ++g.people;
    for (std::size_t i = 0; i < n; ++i) {
      g.pre_by_objective[i] += e.pre[i];
      g.post_by_objective[i] += e.post[i];
      pre_sum += e.pre[i];
      post_sum += e.post[i];
    }
  }
  g.shown = g.people >= kSmallestGroup;
  if (!g.shown) {
    g.pre_by_objective.clear();
    g.post_by_objective.clear();
    return g;
  }
  for (std::size_t i = 0; i < n; ++i) {
    g.pre_by_objective[i] /= g.people;
    g.post_by_objective[i] /= g.people;
  }
  g.pre_mean = pre_sum / double(g.people * n);
  g.post_mean = post_sum / double(g.people * n);
  return g;
}

namespace {

std::string year_of(Seconds at) {
  using namespace std::chrono;
  year_month_day day{floor<days>(sys_seconds{seconds{at}})};
  return std::to_string(int(day.year()));
}

}  // namespace

Result<ModuleView> TrainingService::module(const Principal& who, ModuleId id) {
  ModuleView view;
  std::vector<Enrolment> all;
  auto read = repository_.read([&](TrainingStore& store) -> Status {
    auto m = visible(store, who, id);
    if (!m) return std::unexpected(m.error());
    view.module = std::move(*m);
    auto enrolments = store.enrolments(id);
    if (!enrolments) return std::unexpected(enrolments.error());
    all = std::move(*enrolments);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  for (const auto& e : all) {
    if (e.active) ++view.enrolled;
    if (e.active && who.user && e.user == *who.user) view.mine = e;
  }
  view.gain = gain_of(view.module, all, "");
  std::map<std::string, std::vector<Enrolment>> by_year;
  for (const auto& e : all) by_year[year_of(e.enrolled_at)].push_back(e);
  for (const auto& [year, people] : by_year) view.cohorts.push_back(gain_of(view.module, people, year));
  auto sessions = surroundings_.sessions(who, view.module.sessions);
  if (!sessions) return std::unexpected(sessions.error());
  view.sessions = std::move(*sessions);
  auto items = surroundings_.knowledge_items(view.module.knowledge_items);
  if (!items) return std::unexpected(items.error());
  view.items = std::move(*items);
  auto p = progress(who, view.module, view.mine);
  if (!p) return std::unexpected(p.error());
  view.progress = std::move(*p);

  Capabilities& can = view.can;
  can.manage = manages(who, view.module.area);
  const bool may_enrol = require_writer(who).has_value() &&
                         accounts::allowed(who, Action::enrol_in_training, accounts::Target{.user = who.user});
  const bool published = view.module.status == ModuleStatus::published;
  const auto& mine = view.mine;
  can.enrol = may_enrol && published && !mine;
  can.leave = may_enrol && mine.has_value();
  can.pre = can.leave && mine->pre.empty();
  can.post = can.leave && !mine->pre.empty() && mine->post.empty();
  can.quiz = can.leave && !view.module.quiz.empty() && !mine->completed_at;
  can.certificate = can.leave && (mine->completed_at || view.progress.missing.empty());
  if (!can.manage)
    for (auto& q : view.module.quiz) q.answer = -1;
  return view;
}

Result<std::vector<Session>> TrainingService::session_choices(const Principal& who) {
  if (managed_areas(who).empty()) return fail(ErrorKind::forbidden, N_("You may not keep training modules."));
  return surroundings_.training_sessions();
}

Result<Module> TrainingService::fill(const Principal& who, Module m, ModuleInput in) {
  if (!manages(who, in.area))
    return fail(ErrorKind::forbidden, N_("You may keep training modules only in the areas you coordinate."), "area");
  auto sessions = surroundings_.sessions(who, in.sessions);
  if (!sessions) return std::unexpected(sessions.error());
  if (sessions->size() != in.sessions.size())
    return fail(ErrorKind::unprocessable, N_("Link only events that are training sessions."), "sessions");
  auto items = surroundings_.knowledge_items(in.knowledge_items);
  if (!items) return std::unexpected(items.error());
  if (items->size() != in.knowledge_items.size())
    return fail(ErrorKind::unprocessable, N_("Link only published knowledge items."), "knowledge_items");
  m.area = std::move(in.area);
  m.title = std::move(in.title);
  m.summary = std::move(in.summary);
  m.objectives = std::move(in.objectives);
  m.materials = std::move(in.materials);
  m.knowledge_items = std::move(in.knowledge_items);
  m.sessions = std::move(in.sessions);
  m.languages = std::move(in.languages);
  m.status = in.status;
  m.quiz = std::move(in.quiz);
  m.pass_mark = in.pass_mark;
  m.sessions_required = in.sessions_required;
  return m;
}

Result<Module> TrainingService::create(const Principal& who, ModuleInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  const Seconds at = now();
  Module m;
  m.created_by = who.user;
  m.created_at = at;
  m.updated_at = at;
  auto filled = fill(who, std::move(m), std::move(input));
  if (!filled) return std::unexpected(filled.error());
  auto done = repository_.transaction([&](TrainingStore& store) -> Status {
    auto id = store.insert_module(*filled);
    if (!id) return std::unexpected(id.error());
    filled->id = *id;
    filled->revision = 1;
    return store.append_audit(audit(who, "training.module_created", target_of(*id), filled->title, at));
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*filled);
}

Result<Module> TrainingService::update(const Principal& who, ModuleId id, int revision, ModuleInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  const Seconds at = now();
  std::optional<Module> out;
  auto done = repository_.transaction([&](TrainingStore& store) -> Status {
    auto m = visible(store, who, id);
    if (!m) return std::unexpected(m.error());
    // Both the area it is in and the one it moves to must be the editor's.
    if (!manages(who, m->area)) return fail(ErrorKind::forbidden, N_("You may not keep this training module."));
    const std::size_t objectives = m->objectives.size();
    auto filled = fill(who, std::move(*m), std::move(input));
    if (!filled) return std::unexpected(filled.error());
    if (filled->objectives.size() != objectives) {
      // The same questions before and after: the number of objectives is fixed once people rated them.
      auto enrolments = store.enrolments(id);
      if (!enrolments) return std::unexpected(enrolments.error());
      if (std::any_of(enrolments->begin(), enrolments->end(), [](const Enrolment& e) { return !e.pre.empty(); }))
        return fail(ErrorKind::conflict,
                    N_("People have rated these learning objectives already: reword them, but keep their number."),
                    "objectives");
    }
    filled->updated_at = at;
    auto written = store.update_module(*filled, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict,
                  N_("Somebody changed this module since you opened it. Your changes were not saved; open it again "
                     "to see theirs."),
                  "revision");
    filled->revision = revision + 1;
    out = std::move(*filled);
    return store.append_audit(audit(who, "training.module_updated", target_of(id), out->title, at));
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*out);
}

}  // namespace cps::training
