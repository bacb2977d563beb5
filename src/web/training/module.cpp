// A module's page: objectives, materials (Markdown), linked knowledge items and sessions, the
// viewer's enrolment with the pre- and post-self-assessment, the quiz, their own gain (theirs
// alone) and what is still missing for the certificate, and the module's and cohorts' gain in
// aggregate (from five people on), as a chart and a table. The forms post here too.
#include <boost/json.hpp>
#include <cstdio>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/markdown.hpp"
#include "web/training_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::training;

namespace {

std::string module_path(i18n::Language lang, ModuleId id) {
  return Site::prefix(lang) + "/training/" + std::to_string(id.value());
}

// The form's radio groups "<prefix>0", "<prefix>1" … as the list the domain's readers take.
json::array numbered(const Form& f, const std::string& prefix, std::size_t count) {
  json::array out;
  for (std::size_t i = 0; i < count; ++i) out.emplace_back(f.get(prefix + std::to_string(i)));
  return out;
}

const char* requirement_label(Requirement r) {
  switch (r) {
    case Requirement::pre_assessment: return N_("Take the pre-assessment");
    case Requirement::post_assessment: return N_("Take the post-assessment");
    case Requirement::quiz_passed: return N_("Pass the quiz");
    case Requirement::sessions_attended: return N_("Attend the sessions");
  }
  return "";
}

std::string mean_text(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

}  // namespace

http::Response TrainingPages::module(http::Request& r, Language lang, const Visit& v) {
  return module_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response TrainingPages::enrol(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = training_.enrol(v.principal, *id);
  if (!done) return module_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, module_path(lang, *id) + "?done=enrolled#progress");
}

http::Response TrainingPages::leave(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = training_.leave(v.principal, *id);
  if (!done) return module_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, module_path(lang, *id) + "?done=left");
}

http::Response TrainingPages::assess(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = training_.module(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto phase = parse_name(f.get("phase"), kPhaseNames);
  if (!phase) return site_.error_page(r, Error{ErrorKind::invalid, "This field is not known here.", "phase"});
  auto ratings = read_ratings(json::object{{"ratings", numbered(f, "rating-", found->module.objectives.size())}},
                              found->module.objectives.size());
  if (!ratings) return module_page(r, lang, v, &f, form_error(site_, lang, ratings.error()), form_status(ratings.error()));
  auto done = training_.assess(v.principal, *id, *phase, std::move(*ratings));
  if (!done) return module_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, module_path(lang, *id) + "?done=" + std::string(to_string(*phase)) + "#progress");
}

http::Response TrainingPages::quiz(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = training_.module(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto answers = read_answers(json::object{{"answers", numbered(f, "answer-", found->module.quiz.size())}},
                              found->module.quiz.size());
  if (!answers) return module_page(r, lang, v, &f, form_error(site_, lang, answers.error()), form_status(answers.error()));
  auto done = training_.take_quiz(v.principal, *id, std::move(*answers));
  if (!done) return module_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, module_path(lang, *id) + "?done=" + (done->passed ? "passed" : "failed") +
                                 "&score=" + std::to_string(done->score) + "#quiz");
}

http::Response TrainingPages::issue_certificate(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto token = training_.issue_certificate(v.principal, *id);
  if (!token) return module_page(r, lang, v, nullptr, form_error(site_, lang, token.error()), form_status(token.error()));
  return see_other(site_, r, Site::prefix(lang) + "/training/certificates/" + *token);
}

http::Response TrainingPages::module_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                          Object extra, Status status) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = training_.module(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Module& m = found->module;
  const std::string prefix = Site::prefix(lang);
  const std::string base = module_path(lang, m.id);
  const auto& mine = found->mine;

  List objectives, languages, items, sessions, ratings, questions, missing, cohorts;
  for (std::size_t i = 0; i < m.objectives.size(); ++i) {
    objectives.push_back(Object{{"text", m.objectives[i]}});
    const std::string chosen = typed ? typed->get("rating-" + std::to_string(i)) : std::string();
    List scale;
    for (int n = kLowestRating; n <= kHighestRating; ++n)
      scale.push_back(Object{{"value", std::to_string(n)},
                             {"id", "rating-" + std::to_string(i) + "-" + std::to_string(n)},
                             {"checked", chosen == std::to_string(n)}});
    ratings.push_back(Object{{"objective", m.objectives[i]}, {"name", "rating-" + std::to_string(i)}, {"scale", scale}});
  }
  for (const auto& code : m.languages)
    if (auto l = i18n::parse_language(code)) languages.push_back(Object{{"name", std::string(i18n::info(*l).endonym)}});
  for (const auto& item : found->items)
    items.push_back(Object{{"href", prefix + "/knowledge/" + std::to_string(item.id)}, {"title", item.title}});
  for (const auto& s : found->sessions)
    sessions.push_back(Object{{"href", prefix + "/events/" + std::to_string(s.event)},
                              {"title", s.title},
                              {"day", day_text(lang, s.starts_at)},
                              {"attended", mine.has_value() && s.attended}});
  for (std::size_t q = 0; q < m.quiz.size(); ++q) {
    const std::string chosen = typed ? typed->get("answer-" + std::to_string(q)) : std::string();
    List options;
    for (std::size_t o = 0; o < m.quiz[q].options.size(); ++o)
      options.push_back(Object{{"value", std::to_string(o)},
                               {"id", "answer-" + std::to_string(q) + "-" + std::to_string(o)},
                               {"text", m.quiz[q].options[o]},
                               {"checked", chosen == std::to_string(o)}});
    questions.push_back(Object{{"text", m.quiz[q].text}, {"name", "answer-" + std::to_string(q)}, {"options", options}});
  }
  for (auto req : found->progress.missing) missing.push_back(Object{{"text", site_.tr(lang, requirement_label(req))}});
  for (const auto& c : found->cohorts)
    cohorts.push_back(Object{{"cohort", c.cohort},
                             {"shown", c.shown},
                             {"people", std::to_string(c.people)},
                             {"before", mean_text(c.pre_mean)},
                             {"after", mean_text(c.post_mean)}});

  Object data{{"title", m.title},
              {"list_href", prefix + "/training"},
              {"area", area_label(m.area, lang)},
              {"summary", m.summary},
              {"has_summary", !m.summary.empty()},
              {"draft", m.status == ModuleStatus::draft},
              {"objectives", objectives},
              {"languages", languages},
              {"materials_html", render_markdown(m.materials)},
              {"has_materials", !m.materials.empty()},
              {"items", items},
              {"has_items", !items.empty()},
              {"sessions", sessions},
              {"has_sessions", !sessions.empty()},
              {"sessions_required_text",
               m.sessions_required ? site_.catalogue().translate_count(
                                         lang, i18n::NP_("Attend at least {count} session.", "Attend at least {count} sessions."),
                                         m.sessions_required)
                                   : std::string()},
              {"enrolled_text", site_.catalogue().translate_count(lang, i18n::NP_("{count} person enrolled", "{count} people enrolled"),
                                                                  found->enrolled)},
              {"signed_in", v.principal.signed_in()},
              {"sign_in_href", prefix + "/login?next=" + text::encode_uri_component(base)},
              {"enrolled", mine.has_value()},
              {"can_enrol", found->can.enrol},
              {"can_leave", found->can.leave},
              {"can_pre", found->can.pre},
              {"can_post", found->can.post},
              {"can_quiz", found->can.quiz},
              {"can_certificate", found->can.certificate},
              {"can_manage", found->can.manage},
              {"edit_href", base + "/edit"},
              {"enrol_action", base + "/enrolment"},
              {"leave_action", base + "/enrolment/leave"},
              {"assess_action", base + "/self-assessments"},
              {"quiz_action", base + "/quiz"},
              {"certificate_action", base + "/certificate"},
              {"ratings", ratings},
              {"has_quiz", !questions.empty()},
              {"questions", questions},
              {"pass_mark_text", text::fill(site_.tr(lang, N_("You pass with {mark}% of the answers right.")),
                                            {{"mark", std::to_string(m.pass_mark)}})},
              {"missing", missing},
              {"has_missing", !missing.empty()},
              {"completed", mine && mine->completed_at != 0},
              {"completed_text", mine && mine->completed_at
                                     ? text::fill(site_.tr(lang, N_("You completed this module on {day}.")),
                                                  {{"day", day_text(lang, mine->completed_at)}})
                                     : std::string()},
              {"pre_done", mine && !mine->pre.empty()},
              {"post_done", mine && !mine->post.empty()},
              {"quiz_text", mine && mine->quiz_attempts
                                ? text::fill(site_.tr(lang, N_("Best quiz result: {score}% after {attempts} attempts.")),
                                             {{"score", std::to_string(mine->quiz_best)},
                                              {"attempts", std::to_string(mine->quiz_attempts)}})
                                : std::string()},
              {"quiz_passed", mine && mine->quiz_passed_at != 0},
              {"gain_known", found->progress.gain_known},
              {"my_gain_text", text::fill(site_.tr(lang, N_("Your mean rating went from {before} to {after}.")),
                                          {{"before", mean_text(found->progress.pre_mean)},
                                           {"after", mean_text(found->progress.post_mean)}})},
              {"gain_shown", found->gain.shown},
              {"gain_text", text::fill(site_.tr(lang, N_("Over {people} people, the mean rating went from {before} to {after}.")),
                                       {{"people", std::to_string(found->gain.people)},
                                        {"before", mean_text(found->gain.pre_mean)},
                                        {"after", mean_text(found->gain.post_mean)}})},
              {"cohorts", cohorts},
              {"has_cohorts", found->gain.shown && !cohorts.empty()}};
  if (mine && found->progress.gain_known)
    data["my_chart"] = gain_chart(site_, lang, "my-gain", site_.tr(lang, N_("Your ratings before and after")), m.objectives, std::vector<double>(mine->pre.begin(), mine->pre.end()),
                                  std::vector<double>(mine->post.begin(), mine->post.end()));
  if (found->gain.shown)
    data["chart"] = gain_chart(site_, lang, "module-gain", site_.tr(lang, N_("Mean ratings before and after")), m.objectives, found->gain.pre_by_objective, found->gain.post_by_objective);
  if (auto done = r.query_value("done")) {
    if (*done == "enrolled") data["notice"] = site_.tr(lang, N_("You are enrolled. Start with the pre-assessment."));
    if (*done == "left") data["notice"] = site_.tr(lang, N_("You have left the module. Your answers are kept if you come back."));
    if (*done == "pre") data["notice"] = site_.tr(lang, N_("Your pre-assessment is saved."));
    if (*done == "post") data["notice"] = site_.tr(lang, N_("Your post-assessment is saved: see your gain below."));
    // Only a number from the address is shown back.
    const std::string score = std::to_string(text::parse_int(r.query_value("score").value_or("")).value_or(0));
    if (*done == "passed")
      data["notice"] = text::fill(site_.tr(lang, N_("You passed the quiz with {score}%.")), {{"score", score}});
    if (*done == "failed")
      data["notice"] = text::fill(site_.tr(lang, N_("You scored {score}%: not enough to pass. Try again.")), {{"score", score}});
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The module is saved."));
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "training_module", m.title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
