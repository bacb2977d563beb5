// Loads the demo mentoring (see mentoring_demo.hpp).
#include "app/mentoring_demo.hpp"

#include "app/demo.hpp"
#include "app/progress.hpp"

namespace cps::app {

namespace json = boost::json;
using accounts::Principal;
using namespace cps::mentoring;

namespace {

class Loader {
 public:
  Loader(Services& services, const std::filesystem::path& file, const DemoPeople& people)
      : services_(services), file_(file), people_(people) {}

  Result<bool> offer(const json::object& entry) {
    auto who = person(demo_text(entry, "mentor"));
    if (!who) return std::unexpected(who.error());
    auto existing = services_.mentoring.my_offer(**who);
    if (!existing) return std::unexpected(refused(demo_text(entry, "mentor"), existing.error()));
    if (*existing) return false;
    auto input = read_offer(demo_only(entry, {"topics", "capacity", "languages", "availability", "active"}));
    if (!input) return std::unexpected(refused(demo_text(entry, "mentor"), input.error()));
    auto saved = services_.mentoring.save_offer(**who, std::move(*input));
    if (!saved) return std::unexpected(refused(demo_text(entry, "mentor"), saved.error()));
    return true;
  }

  Result<bool> request(const json::object& entry) {
    const std::string key = demo_text(entry, "learner") + " → " + demo_text(entry, "mentor");
    auto learner = person(demo_text(entry, "learner"));
    if (!learner) return std::unexpected(learner.error());
    auto mentor = person(demo_text(entry, "mentor"));
    if (!mentor) return std::unexpected(mentor.error());
    auto mine = services_.mentoring.mine(**learner, "en");
    if (!mine) return std::unexpected(refused(key, mine.error()));
    for (const auto& r : mine->as_learner)
      if (r.mentor == *(*mentor)->user) return false;
    json::object shaped{{"mentor", (*mentor)->user->value()},
                        {"region", demo_text(entry, "region")},
                        {"need", demo_text(entry, "need")},
                        {"message", demo_text(entry, "message")}};
    auto input = read_request(shaped);
    if (!input) return std::unexpected(refused(key, input.error()));
    auto r = services_.mentoring.request(**learner, std::move(*input), "en");
    if (!r) return std::unexpected(refused(key + ": the request", r.error()));
    if (demo_text(entry, "answer").empty()) return true;
    auto answer = read_answer(demo_only(entry, {"answer", "reason"}));
    if (!answer) return std::unexpected(refused(key, answer.error()));
    auto step = services_.mentoring.answer(**mentor, r->id, r->revision, std::move(*answer));
    if (!step) return std::unexpected(refused(key + ": the answer", step.error()));
    if (step->status != RequestStatus::accepted) return true;
    if (std::string goals = demo_text(entry, "goals"); !goals.empty()) {
      step = services_.mentoring.agree_goals(**learner, r->id, step->revision, goals);
      if (!step) return std::unexpected(refused(key + ": the goals", step.error()));
    }
    for (const auto& m : demo_list(entry, "meetings")) {
      auto meeting = read_meeting(m);
      if (!meeting) return std::unexpected(refused(key, meeting.error()));
      step = services_.mentoring.record_meeting(**mentor, r->id, step->revision, std::move(*meeting));
      if (!step) return std::unexpected(refused(key + ": a meeting", step.error()));
    }
    if (const auto* outcome = entry.if_contains("outcome")) {
      auto input = read_outcome(*outcome);
      if (!input) return std::unexpected(refused(key, input.error()));
      step = services_.mentoring.record_outcome(**learner, r->id, step->revision, std::move(*input));
      if (!step) return std::unexpected(refused(key + ": the outcome", step.error()));
    }
    for (const auto& f : demo_list(entry, "feedback")) {
      if (!f.is_object()) return std::unexpected(problem(key + ": feedback is not an object"));
      auto feedback = read_feedback(f);
      if (!feedback) return std::unexpected(refused(key, feedback.error()));
      const Principal& by = demo_text(f.as_object(), "by") == "mentor" ? **mentor : **learner;
      auto given = services_.mentoring.give_feedback(by, r->id, std::move(*feedback));
      if (!given) return std::unexpected(refused(key + ": feedback", given.error()));
    }
    return true;
  }

 private:
  Error problem(const std::string& what) const { return bad_demo_file(file_, what); }
  Error refused(const std::string& doing, const Error& e) const {
    return problem(doing + ": " + filled_message(e) + (e.field.empty() ? "" : " (" + e.field + ")"));
  }
  Result<const Principal*> person(const std::string& email) const {
    const Principal* p = people_.find(email);
    if (!p) return std::unexpected(problem("nobody of the demo partnership has the address " + email));
    return p;
  }

  Services& services_;
  const std::filesystem::path& file_;
  const DemoPeople& people_;
};

}  // namespace

Result<MentoringDemoReport> load_demo_mentoring(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  if (!loaded->is_object()) return std::unexpected(bad_demo_file(file, "it is not a JSON object"));
  const auto& root = loaded->as_object();
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  Loader loader(services, file, people);
  MentoringDemoReport report;
  const auto& offers = demo_list(root, "offers");
  const auto& requests = demo_list(root, "requests");
  ProgressBar bar("Loading the demo mentoring", offers.size() + requests.size());
  std::size_t done = 0;
  for (const auto& value : offers) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "an offer is not an object"));
    auto added = loader.offer(value.as_object());
    if (!added) return std::unexpected(added.error());
    report.offers_added += *added ? 1 : 0;
    bar.update(++done, demo_text(value.as_object(), "mentor"));
  }
  for (const auto& value : requests) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a request is not an object"));
    auto added = loader.request(value.as_object());
    if (!added) return std::unexpected(added.error());
    report.requests_added += *added ? 1 : 0;
    ++report.requests_total;
    bar.update(++done, demo_text(value.as_object(), "learner"));
  }
  bar.finish();
  return report;
}

}  // namespace cps::app
