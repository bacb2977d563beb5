// Loads the demo assessments through the assessment service, each step as the person who
// takes it: the region's team scores and submits, a coordinator assigns reviewers, consolidates
// and publishes, the reviewers answer, score, comment and recommend, the team responds.
#include "app/assessment_demo.hpp"

#include <boost/json.hpp>

#include <initializer_list>
#include <map>
#include <vector>

#include "app/demo.hpp"
#include "app/progress.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/assessment/score_input.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::assessment;
using accounts::Principal;

namespace {

std::string text(const json::object& o, std::string_view key) { return demo_text(o, key); }
const json::array& list(const json::object& o, std::string_view key) { return demo_list(o, key); }
json::value only(const json::object& o, std::initializer_list<std::string_view> keys) { return demo_only(o, keys); }

std::size_t rank(AssessmentStatus status) { return static_cast<std::size_t>(status); }

// One assessment of the file taken through the flow up to the status the file gives it.
class DemoAssessment {
 public:
  DemoAssessment(Services& services, const std::filesystem::path& file, const json::object& entry,
                 const DemoPeople& people, const std::map<std::string, accounts::OrganisationId>& organisations)
      : services_(services), file_(file), entry_(entry), people_(people), organisations_(organisations) {
    region_ = text(entry, "region");
  }

  // Whether the region already has an assessment for the period (then nothing is added).
  Result<bool> exists() {
    auto coordinator = person("coordinator");
    if (!coordinator) return std::unexpected(coordinator.error());
    auto period = entry_.if_contains("period");
    if (!period || !period->is_int64()) return std::unexpected(problem("the period is not a number"));
    AssessmentFilter filter;
    filter.region = RegionCode(region_);
    filter.period = static_cast<int>(period->as_int64());
    auto found = services_.assessments.list(**coordinator, filter);
    if (!found) return std::unexpected(refused("looking it up", found.error()));
    return !found->empty();
  }

  Result<AssessmentStatus> load() {
    auto goal = parse_name(text(entry_, "status"), kStatusNames);
    if (!goal) return std::unexpected(problem("unknown status " + text(entry_, "status")));
    auto team = person("team");
    auto coordinator = person("coordinator");
    if (!team) return std::unexpected(team.error());
    if (!coordinator) return std::unexpected(coordinator.error());
    if (auto ok = write_self_assessment(**team); !ok) return std::unexpected(ok.error());
    bool returned = !text(entry_, "returned").empty();
    if (*goal == AssessmentStatus::draft && !returned) return *goal;
    if (auto ok = step(**team, Step::submit, "", "submitting"); !ok) return std::unexpected(ok.error());
    if (returned) {
      if (auto ok = step(**coordinator, Step::send_back, text(entry_, "returned"), "sending back"); !ok)
        return std::unexpected(ok.error());
      return *goal;
    }
    if (*goal == AssessmentStatus::submitted) return *goal;
    if (auto ok = review(**coordinator); !ok) return std::unexpected(ok.error());
    if (rank(*goal) >= rank(AssessmentStatus::consolidated))
      if (auto ok = consolidate(**coordinator); !ok) return std::unexpected(ok.error());
    if (*goal == AssessmentStatus::published)
      if (auto ok = step(**coordinator, Step::publish, "", "publishing"); !ok) return std::unexpected(ok.error());
    if (auto ok = respond(**team); !ok) return std::unexpected(ok.error());
    return *goal;
  }

 private:
  Error problem(const std::string& what) const { return bad_demo_file(file_, region_ + ": " + what); }
  Error refused(const std::string& doing, const Error& e) const {
    return problem(doing + ": " + e.message + (e.field.empty() ? "" : " (" + e.field + ")"));
  }

  Result<const Principal*> person(std::string_view key, const json::object* in = nullptr) const {
    std::string email = text(in ? *in : entry_, key);
    const Principal* p = people_.find(email);
    if (!p) return std::unexpected(problem("nobody of the demo partnership has the address " + email));
    return p;
  }

  // The revision the next change starts from, as the person making it sees the assessment.
  Result<int> revision(const Principal& who) {
    auto current = services_.assessments.assessment(who, id_);
    if (!current) return std::unexpected(refused("reading it back", current.error()));
    return current->revision;
  }

  // The file's scores in the input's shape: a knowledge item is named there by its slug.
  Result<std::vector<ScoreInput>> scores(const json::array& given) {
    json::array shaped;
    for (const auto& value : given) {
      if (!value.is_object()) return std::unexpected(problem("a score is not an object"));
      json::object score = value.as_object();
      json::array evidence;
      for (const auto& e : list(value.as_object(), "evidence")) {
        if (!e.is_object()) return std::unexpected(problem("evidence is not an object"));
        json::object one = e.as_object();
        if (std::string slug = text(one, "item"); !slug.empty()) {
          auto item = services_.knowledge_repository.find_by_slug(slug);
          if (!item) return std::unexpected(item.error());
          if (!*item) return std::unexpected(problem("no knowledge item has the slug " + slug));
          one.erase("item");
          one["reference"] = std::to_string((*item)->id.value());
        }
        evidence.push_back(std::move(one));
      }
      score["evidence"] = std::move(evidence);
      shaped.push_back(std::move(score));
    }
    auto read = read_scores(json::value(json::object{{"scores", std::move(shaped)}}));
    if (!read) return std::unexpected(refused("reading its scores", read.error()));
    return *read;
  }

  Status save(const Principal& who, const json::array& given, const std::string& doing) {
    auto inputs = scores(given);
    if (!inputs) return std::unexpected(inputs.error());
    if (inputs->empty()) return {};
    auto rev = revision(who);
    if (!rev) return std::unexpected(rev.error());
    auto saved = services_.assessments.save_scores(who, id_, *rev, *inputs);
    if (!saved) return std::unexpected(refused(doing, saved.error()));
    return {};
  }

  Status step(const Principal& who, Step step, const std::string& note, const std::string& doing) {
    auto rev = revision(who);
    if (!rev) return std::unexpected(rev.error());
    auto moved = services_.assessments.move(who, id_, *rev, step, note);
    if (!moved) return std::unexpected(refused(doing, moved.error()));
    return {};
  }

  // The team opens the assessment, scores one area after another as people fill the form,
  // then writes the summary and the SWOT.
  Status write_self_assessment(const Principal& team) {
    auto organisation = organisations_.find(text(entry_, "organisation"));
    if (organisation == organisations_.end())
      return std::unexpected(problem("unknown organisation " + text(entry_, "organisation")));
    NewAssessment input{RegionCode(region_), static_cast<int>(entry_.at("period").as_int64()), organisation->second};
    auto id = services_.assessments.create(team, input);
    if (!id) return std::unexpected(refused("creating it", id.error()));
    id_ = *id;
    std::map<std::string, json::array> by_area;
    std::vector<std::string> areas;
    for (const auto& score : list(entry_, "scores")) {
      std::string area = score.is_object() ? text(score.as_object(), "criterion").substr(0, 3) : "";
      if (!by_area.contains(area)) areas.push_back(area);
      by_area[area].push_back(score);
    }
    for (const auto& area : areas)
      if (auto ok = save(team, by_area[area], "saving the self scores of " + area); !ok) return ok;
    auto disclosure = parse_name(text(entry_, "disclosure"), kDisclosureNames);
    if (!disclosure) return std::unexpected(problem("unknown disclosure " + text(entry_, "disclosure")));
    auto rev = revision(team);
    if (!rev) return std::unexpected(rev.error());
    if (auto saved = services_.assessments.save_details(team, id_, *rev, text(entry_, "summary"), *disclosure); !saved)
      return std::unexpected(refused("saving the summary", saved.error()));
    for (const auto& value : list(entry_, "swot")) {
      auto swot = read_swot(value);
      if (!swot) return std::unexpected(refused("reading a SWOT", swot.error()));
      auto at = revision(team);
      if (!at) return std::unexpected(at.error());
      if (auto saved = services_.assessments.save_swot(team, id_, *at, *swot); !saved)
        return std::unexpected(refused("saving the SWOT of " + swot->area.str(), saved.error()));
    }
    return {};
  }

  // Reviewers are assigned one after another (a declined one is replaced by the next), the
  // accepted ones score, comment and recommend, then submit their reviews.
  Status review(const Principal& coordinator) {
    std::vector<std::pair<const Principal*, const json::object*>> accepted;
    for (const auto& value : list(entry_, "reviewers")) {
      if (!value.is_object()) return std::unexpected(problem("a reviewer is not an object"));
      const auto& v = value.as_object();
      auto reviewer = person("user", &v);
      if (!reviewer) return std::unexpected(reviewer.error());
      const Principal& who = **reviewer;
      auto rev = revision(coordinator);
      if (!rev) return std::unexpected(rev.error());
      if (auto assigned = services_.assessments.assign_reviewer(coordinator, id_, *rev, *who.user); !assigned)
        return std::unexpected(refused("assigning " + who.label, assigned.error()));
      std::string answer = text(v, "answer");
      if (answer.empty()) continue;  // invited, not answered yet
      auto at = revision(who);
      if (!at) return std::unexpected(at.error());
      auto how = answer == "accept" ? InvitationAnswer::accept : InvitationAnswer::decline;
      if (auto answered = services_.assessments.answer_invitation(who, id_, *at, how, text(v, "text")); !answered)
        return std::unexpected(refused(who.label + " answering the invitation", answered.error()));
      if (how == InvitationAnswer::accept) accepted.emplace_back(&who, &v);
    }
    for (const auto& [who, v] : accepted)
      if (auto ok = save(*who, list(*v, "scores"), who->label + " saving peer scores"); !ok) return ok;
    if (auto ok = discuss(); !ok) return ok;
    if (auto ok = recommend(); !ok) return ok;
    for (const auto& [who, v] : accepted) {
      auto submitted = v->if_contains("submitted");
      if (!submitted || !submitted->is_bool() || !submitted->as_bool()) continue;
      auto rev = revision(*who);
      if (!rev) return std::unexpected(rev.error());
      if (auto done = services_.assessments.submit_review(*who, id_, *rev); !done)
        return std::unexpected(refused(who->label + " submitting the review", done.error()));
    }
    return {};
  }

  // Reviewers' comments on criteria, and the team's answers where the file has one.
  Status discuss() {
    for (const auto& value : list(entry_, "comments")) {
      if (!value.is_object()) return std::unexpected(problem("a comment is not an object"));
      const auto& c = value.as_object();
      auto by = person("by", &c);
      if (!by) return std::unexpected(by.error());
      auto id = services_.assessments.comment(**by, id_, text(c, "criterion"), std::nullopt, text(c, "body"));
      if (!id) return std::unexpected(refused("commenting", id.error()));
      auto* reply = c.if_contains("reply");
      if (!reply || !reply->is_object()) continue;
      auto answerer = person("by", &reply->as_object());
      if (!answerer) return std::unexpected(answerer.error());
      auto answered = services_.assessments.comment(**answerer, id_, text(c, "criterion"), *id,
                                                    text(reply->as_object(), "body"));
      if (!answered) return std::unexpected(refused("answering a comment", answered.error()));
    }
    return {};
  }

  Status recommend() {
    for (const auto& value : list(entry_, "recommendations")) {
      if (!value.is_object()) return std::unexpected(problem("a recommendation is not an object"));
      const auto& r = value.as_object();
      auto by = person("by", &r);
      if (!by) return std::unexpected(by.error());
      auto input = read_recommendation(only(r, {"area", "criterion", "text"}));
      if (!input) return std::unexpected(refused("reading a recommendation", input.error()));
      auto id = services_.assessments.recommend(**by, id_, *input);
      if (!id) return std::unexpected(refused("recommending", id.error()));
      recommendations_.emplace_back(*id, &r);
    }
    return {};
  }

  // The coordinator records the agreed levels where self and peers differ, then consolidates.
  Status consolidate(const Principal& coordinator) {
    if (auto ok = save(coordinator, list(entry_, "agreed"), "saving the agreed scores"); !ok) return ok;
    return step(coordinator, Step::consolidate, text(entry_, "consolidation_note"), "consolidating");
  }

  // The team's response to each recommendation, its action plan and the follow-ups so far.
  Status respond(const Principal& team) {
    for (const auto& [id, r] : recommendations_) {
      auto response = parse_name(text(*r, "response"), kResponseNames);
      if (!response) return std::unexpected(problem("unknown response " + text(*r, "response")));
      if (*response == Response::pending) continue;
      if (auto done = services_.assessments.respond(team, id_, id, *response, text(*r, "reason")); !done)
        return std::unexpected(refused("responding to a recommendation", done.error()));
      for (const auto& value : list(*r, "actions")) {
        if (!value.is_object()) return std::unexpected(problem("an action is not an object"));
        auto input = read_action(only(value.as_object(), {"action", "owner", "deadline"}));
        if (!input) return std::unexpected(refused("reading an action", input.error()));
        auto action = services_.assessments.plan_action(team, id_, id, *input);
        if (!action) return std::unexpected(refused("planning an action", action.error()));
        auto* follow = value.as_object().if_contains("follow_up");
        if (!follow || !follow->is_object()) continue;
        auto status = parse_name(text(follow->as_object(), "status"), kActionStatusNames);
        if (!status) return std::unexpected(problem("unknown action status"));
        if (auto done = services_.assessments.follow_up(team, id_, *action, *status, text(follow->as_object(), "text"));
            !done)
          return std::unexpected(refused("following up an action", done.error()));
      }
    }
    return {};
  }

  Services& services_;
  const std::filesystem::path& file_;
  const json::object& entry_;
  const DemoPeople& people_;
  const std::map<std::string, accounts::OrganisationId>& organisations_;
  std::string region_;
  AssessmentId id_;
  std::vector<std::pair<RecommendationId, const json::object*>> recommendations_;
};

}  // namespace

Result<AssessmentDemoReport> load_demo_assessments(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("assessments") || !root.at("assessments").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of assessments"));
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> organisation_by_slug;
  for (const auto& o : *organisations) organisation_by_slug[o.slug] = o.id;
  const DemoPeople people(*users);

  const auto& assessments = root.at("assessments").as_array();
  AssessmentDemoReport report;
  ProgressBar bar("Loading the demo assessments", assessments.size());
  std::size_t done = 0;
  for (const auto& value : assessments) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "an assessment is not an object"));
    DemoAssessment assessment(services, file, value.as_object(), people, organisation_by_slug);
    bar.update(++done, text(value.as_object(), "region"));
    auto there = assessment.exists();
    if (!there) return std::unexpected(there.error());
    ++report.total;
    if (*there) continue;
    auto status = assessment.load();
    if (!status) return std::unexpected(status.error());
    ++report.added;
    ++report.added_by_status[std::string(name_of(*status, kStatusNames))];
  }
  bar.finish();
  return report;
}

}  // namespace cps::app
