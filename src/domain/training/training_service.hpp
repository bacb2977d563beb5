// The rules of the training programme: anybody reads published modules; the people who keep
// modules (the policy's manage_training: the lead partner and administrators, a working group's
// coordinator for its area) write them, drafts included. Anybody signed in enrols themselves
// (enrol_in_training) and leaves again; enrolled, they take the pre-self-assessment, then the
// post-self-assessment (the same 1–5 ratings per learning objective, once each and in that
// order), and the quiz (as often as they like until the module is completed). A module is
// completed when its requirements are met (Module::requirements; sessions attended as the
// events' attendance says); the person then asks for the certificate page, whose address holds
// a new unguessable token each time (only its digest is kept, so an earlier address stops
// working). A person's gain is theirs to see; the module's and each cohort's (people by year of
// enrolment) only from kSmallestGroup people on. Every change writes an audit line
// ("training.module_created", "training.module_updated", "training.enrolled", "training.left",
// "training.assessed", "training.quiz_taken", "training.completed",
// "training.certificate_issued"; target "training_module:<id>") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/training/surroundings.hpp"
#include "domain/training/training.hpp"
#include "domain/training/training_repository.hpp"

namespace cps::training {

struct ListFilter {
  std::optional<std::string> area = std::nullopt;
};

struct Capabilities {
  bool manage = false;       // edit the module
  bool enrol = false;        // signed in, published, not enrolled
  bool leave = false;        // enrolled
  bool pre = false;          // enrolled, pre-assessment not taken
  bool post = false;         // pre taken, post not taken
  bool quiz = false;         // enrolled, the module has a quiz, not completed
  bool certificate = false;  // completed, or every requirement met
};

// One person's way through a module.
struct Progress {
  std::vector<Requirement> missing;  // requirements not met yet
  int sessions_attended = 0;
  bool gain_known = false;  // pre and post both taken
  double pre_mean = 0;
  double post_mean = 0;
};

// Means over the people who took both self-assessments; shown only from kSmallestGroup people on.
struct Gain {
  std::string cohort;  // the year of enrolment; "" for the whole module
  int people = 0;
  bool shown = false;
  double pre_mean = 0;
  double post_mean = 0;
  std::vector<double> pre_by_objective;
  std::vector<double> post_by_objective;
};

// A module as its page shows it to the viewer. The quiz's right answers are -1 unless the viewer
// keeps the module.
struct ModuleView {
  Module module;
  std::vector<Session> sessions;
  std::vector<LinkedItem> items;
  std::optional<Enrolment> mine;  // the viewer's enrolment, when active
  Progress progress;
  Gain gain;                  // the module's
  std::vector<Gain> cohorts;  // by year of enrolment, earliest first
  int enrolled = 0;
  Capabilities can;
};

struct QuizResult {
  int score = 0;  // per cent
  bool passed = false;
  int attempts = 0;
};

// A certificate, as its page shows it.
struct Certificate {
  std::string name;
  std::string module_title;
  std::string area;
  std::vector<std::string> objectives;
  Seconds completed_at = 0;
};

class TrainingService {
 public:
  using Clock = std::function<Seconds()>;
  TrainingService(TrainingRepository& repository, TrainingSurroundings& surroundings, Clock clock = {});

  // Published modules, and drafts for the people who keep them; by area and title.
  Result<std::vector<Module>> list(const accounts::Principal& who, const ListFilter& filter);
  Result<ModuleView> module(const accounts::Principal& who, ModuleId id);
  // Whether the viewer may create modules at all (the form's link), and in which areas.
  std::vector<std::string> managed_areas(const accounts::Principal& who) const;
  // The training sessions a module may link to (for the form).
  Result<std::vector<Session>> session_choices(const accounts::Principal& who);

  Result<Module> create(const accounts::Principal& who, ModuleInput input);
  Result<Module> update(const accounts::Principal& who, ModuleId id, int revision, ModuleInput input);

  // Refused (conflict) when already enrolled; enrolling again after leaving keeps earlier answers.
  Result<Enrolment> enrol(const accounts::Principal& who, ModuleId id);
  Result<Enrolment> leave(const accounts::Principal& who, ModuleId id);
  // The pre-assessment once, then the post-assessment once; ratings as read_ratings reads them.
  Result<Enrolment> assess(const accounts::Principal& who, ModuleId id, Phase phase, std::vector<int> ratings);
  // Answers as read_answers reads them; refused once the module is completed.
  Result<QuizResult> take_quiz(const accounts::Principal& who, ModuleId id, std::vector<int> answers);
  // Completes the module when its requirements are met (refused, naming what is missing,
  // otherwise) and gives a new certificate token: the certificate page's address.
  Result<std::string> issue_certificate(const accounts::Principal& who, ModuleId id);
  // Public, by the certificate's token; not found for an unknown or replaced one.
  Result<Certificate> certificate(const std::string& token);

 private:
  Seconds now() const;
  bool manages(const accounts::Principal& who, const std::string& area) const;
  Result<Module> fill(const accounts::Principal& who, Module module, ModuleInput input);
  Result<Module> visible(TrainingStore& store, const accounts::Principal& who, ModuleId id);
  // Loads the module and the viewer's active enrolment, refusing when there is none.
  Status enrolled_step(const accounts::Principal& who, ModuleId id,
                       const std::function<Status(TrainingStore&, const Module&, Enrolment&)>& work);
  Result<Progress> progress(const accounts::Principal& who, const Module& module, const std::optional<Enrolment>& mine);

  TrainingRepository& repository_;
  TrainingSurroundings& surroundings_;
  Clock clock_;
};

// The means of the people among `enrolments` who took both self-assessments of `module`.
Gain gain_of(const Module& module, const std::vector<Enrolment>& enrolments, std::string cohort);

}  // namespace cps::training
