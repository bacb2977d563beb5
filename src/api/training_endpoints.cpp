// The training API (see training_endpoints.hpp): routes one line each, and their handlers.
#include "api/training_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::training;

namespace {

template <class T>
json::array list_json(const std::vector<T>& values) {
  json::array a;
  for (const auto& v : values) a.emplace_back(v);
  return a;
}

json::value when_json(Seconds at) { return at ? json::value(text::utc_timestamp(at)) : json::value(nullptr); }

// The quiz's right answers only when known to the caller (answer >= 0: they keep the module).
json::object module_json(const Module& m) {
  json::array quiz;
  for (const auto& q : m.quiz) {
    json::object o{{"question", q.text}, {"options", list_json(q.options)}};
    if (q.answer >= 0) o["answer"] = q.answer;
    quiz.push_back(std::move(o));
  }
  return json::object{{"id", m.id.value()},
                      {"area", m.area},
                      {"title", m.title},
                      {"summary", m.summary},
                      {"objectives", list_json(m.objectives)},
                      {"materials", m.materials},
                      {"knowledge_items", list_json(m.knowledge_items)},
                      {"sessions", list_json(m.sessions)},
                      {"languages", list_json(m.languages)},
                      {"status", std::string(to_string(m.status))},
                      {"quiz", quiz},
                      {"pass_mark", m.pass_mark},
                      {"sessions_required", m.sessions_required},
                      {"revision", m.revision}};
}

// The caller's own enrolment: their ratings are theirs alone.
json::object enrolment_json(const Enrolment& e) {
  return json::object{{"enrolled_at", text::utc_timestamp(e.enrolled_at)},
                      {"active", e.active},
                      {"pre", e.pre.empty() ? json::value(nullptr) : json::value(list_json(e.pre))},
                      {"pre_at", when_json(e.pre_at)},
                      {"post", e.post.empty() ? json::value(nullptr) : json::value(list_json(e.post))},
                      {"post_at", when_json(e.post_at)},
                      {"quiz_attempts", e.quiz_attempts},
                      {"quiz_best", e.quiz_attempts ? json::value(e.quiz_best) : json::value(nullptr)},
                      {"quiz_passed_at", when_json(e.quiz_passed_at)},
                      {"completed_at", when_json(e.completed_at)}};
}

json::object gain_json(const Gain& g) {
  json::object o{{"people", g.people}, {"shown", g.shown}};
  if (!g.cohort.empty()) o["cohort"] = g.cohort;
  if (g.shown) {
    o["pre_mean"] = g.pre_mean;
    o["post_mean"] = g.post_mean;
    o["pre_by_objective"] = list_json(g.pre_by_objective);
    o["post_by_objective"] = list_json(g.post_by_objective);
  }
  return o;
}

json::object view_json(const ModuleView& v) {
  json::object o = module_json(v.module);
  json::array sessions, items, missing, cohorts;
  for (const auto& s : v.sessions)
    sessions.push_back(json::object{{"event", s.event}, {"title", s.title}, {"start", text::utc_timestamp(s.starts_at)},
                                    {"attended", v.mine.has_value() && s.attended}});
  for (const auto& i : v.items) items.push_back(json::object{{"id", i.id}, {"title", i.title}});
  for (auto r : v.progress.missing) missing.emplace_back(std::string(to_string(r)));
  for (const auto& c : v.cohorts) cohorts.push_back(gain_json(c));
  o["session_details"] = sessions;
  o["knowledge_item_details"] = items;
  o["enrolled"] = v.enrolled;
  o["my_enrolment"] = v.mine ? json::value(enrolment_json(*v.mine)) : json::value(nullptr);
  json::object progress{{"missing", missing}, {"sessions_attended", v.progress.sessions_attended}};
  if (v.progress.gain_known) {
    progress["pre_mean"] = v.progress.pre_mean;
    progress["post_mean"] = v.progress.post_mean;
  }
  o["my_progress"] = v.mine ? json::value(progress) : json::value(nullptr);
  o["gain"] = gain_json(v.gain);
  o["cohorts"] = cohorts;
  o["can"] = json::object{{"manage", v.can.manage}, {"enrol", v.can.enrol},       {"leave", v.can.leave},
                          {"pre", v.can.pre},       {"post", v.can.post},         {"quiz", v.can.quiz},
                          {"certificate", v.can.certificate}};
  return o;
}

Result<json::object> body_of(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  return parse_object(r.raw.body());
}

std::string module_path(ModuleId id) { return "/api/v1/training/modules/" + std::to_string(id.value()); }

}  // namespace

void TrainingEndpoints::add_routes(http::Router& router) {
  using V = http::bhttp::verb;
  using E = TrainingEndpoints;
  http::RouteOptions body{128 * 1024};
  router.get("/api/v1/training/modules", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/training/modules", for_visitor(auth_, this, &E::create), body);
  router.get("/api/v1/training/modules/{id}", for_visitor(auth_, this, &E::module));
  router.add(V::put, "/api/v1/training/modules/{id}", for_visitor(auth_, this, &E::update), body);
  router.add(V::post, "/api/v1/training/modules/{id}/enrolments", for_visitor(auth_, this, &E::enrol), body);
  router.add(V::delete_, "/api/v1/training/modules/{id}/enrolments/mine", for_visitor(auth_, this, &E::leave));
  router.add(V::post, "/api/v1/training/modules/{id}/self-assessments", for_visitor(auth_, this, &E::assess), body);
  router.add(V::post, "/api/v1/training/modules/{id}/quiz-attempts", for_visitor(auth_, this, &E::quiz), body);
  router.add(V::post, "/api/v1/training/modules/{id}/certificate", for_visitor(auth_, this, &E::issue_certificate),
             body);
  router.get("/api/v1/training/certificates/{token}", for_anyone(this, &E::certificate));
}

http::Response TrainingEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"area", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  ListFilter filter;
  if (auto area = r.query_value("area"); area && !area->empty()) {
    std::string code = text::to_upper_ascii(*area);
    if (!accounts::is_working_group(code))
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
    filter.area = code;
  }
  auto found = training_.list(v.principal, filter);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (auto& m : *found) {
    for (auto& q : m.quiz) q.answer = -1;  // the list is for browsing: answers only on the module, to its keepers
    items.push_back(module_json(m));
  }
  return page_of(r, std::move(items), *page);
}

http::Response TrainingEndpoints::create(http::Request& r, const Visit& v) {
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto input = read_module(*body);
  if (!input) return error_response(r, input.error());
  auto done = training_.create(v.principal, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, module_json(*done), module_path(done->id));
}

http::Response TrainingEndpoints::module(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  auto found = training_.module(v.principal, *id);
  if (!found) return error_response(r, found.error());
  return json_response(r, view_json(*found));
}

http::Response TrainingEndpoints::update(http::Request& r, const Visit& v) {
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto revision = revision_of(*body);
  if (!revision) return error_response(r, revision.error());
  body->erase("revision");
  auto input = read_module(*body);
  if (!input) return error_response(r, input.error());
  auto done = training_.update(v.principal, *id, *revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, module_json(*done));
}

http::Response TrainingEndpoints::enrol(http::Request& r, const Visit& v) {
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto done = training_.enrol(v.principal, *id);
  if (!done) return error_response(r, done.error());
  return created(r, enrolment_json(*done), module_path(*id) + "/enrolments/mine");
}

http::Response TrainingEndpoints::leave(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  auto done = training_.leave(v.principal, *id);
  if (!done) return error_response(r, done.error());
  return json_response(r, enrolment_json(*done));
}

http::Response TrainingEndpoints::assess(http::Request& r, const Visit& v) {
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto phase_text = text_member(*body, "phase");
  if (!phase_text) return error_response(r, phase_text.error());
  auto phase = parse_name(*phase_text, kPhaseNames);
  if (!phase) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "phase"});
  body->erase("phase");
  auto found = training_.module(v.principal, *id);
  if (!found) return error_response(r, found.error());
  auto ratings = read_ratings(*body, found->module.objectives.size());
  if (!ratings) return error_response(r, ratings.error());
  auto done = training_.assess(v.principal, *id, *phase, std::move(*ratings));
  if (!done) return error_response(r, done.error());
  return created(r, enrolment_json(*done), module_path(*id) + "/enrolments/mine");
}

http::Response TrainingEndpoints::quiz(http::Request& r, const Visit& v) {
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  auto body = body_of(r);
  if (!body) return error_response(r, body.error());
  auto found = training_.module(v.principal, *id);
  if (!found) return error_response(r, found.error());
  auto answers = read_answers(*body, found->module.quiz.size());
  if (!answers) return error_response(r, answers.error());
  auto done = training_.take_quiz(v.principal, *id, std::move(*answers));
  if (!done) return error_response(r, done.error());
  return created(r, json::object{{"score", done->score}, {"passed", done->passed}, {"attempts", done->attempts}},
                 module_path(*id) + "/enrolments/mine");
}

http::Response TrainingEndpoints::issue_certificate(http::Request& r, const Visit& v) {
  auto id = id_in_path<ModuleId>(r);
  if (!id) return error_response(r, id.error());
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto token = training_.issue_certificate(v.principal, *id);
  if (!token) return error_response(r, token.error());
  const std::string location = "/api/v1/training/certificates/" + *token;
  return created(r, json::object{{"token", *token}, {"certificate", location}, {"page", "/en/training/certificates/" + *token}},
                 location);
}

http::Response TrainingEndpoints::certificate(http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = training_.certificate(std::string(r.param("token")));
  if (!found) return error_response(r, found.error());
  return json_response(r, json::object{{"name", found->name},
                                       {"module", found->module_title},
                                       {"area", found->area},
                                       {"objectives", list_json(found->objectives)},
                                       {"completed_at", text::utc_timestamp(found->completed_at)}});
}

}  // namespace cps::api
