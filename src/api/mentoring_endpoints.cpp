// The mentoring API's routes and handlers: parse, one service call, JSON out.
#include "api/mentoring_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "domain/mentoring/mentoring_input.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::mentoring;

namespace {

json::array strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

json::object offer_json(const MentorOffer& o) {
  json::object out{{"mentor", o.mentor.value()},
                   {"mentor_name", o.mentor_name},
                   {"organisation", o.organisation.value()},
                   {"organisation_name", o.organisation_name},
                   {"country", o.country ? json::value(o.country->str()) : json::value(nullptr)},
                   {"region", o.region ? json::value(o.region->str()) : json::value(nullptr)},
                   {"topics", strings(o.topics)},
                   {"capacity", o.capacity},
                   {"open_pairs", o.open_pairs},
                   {"free_places", o.free_places()},
                   {"languages", strings(o.languages)},
                   {"availability", o.availability},
                   {"active", o.active}};
  return out;
}

json::object request_json(const MentoringRequest& r, const Capabilities& can) {
  json::array meetings, feedback;
  for (const auto& m : r.meetings) meetings.push_back(json::object{{"id", m.id.value()}, {"date", m.held_on}, {"notes", m.notes}});
  for (const auto& f : r.feedback)
    feedback.push_back(json::object{{"side", to_string(f.side)}, {"rating", f.rating}, {"comment", f.comment}});
  json::object may{{"answer", can.answer},           {"withdraw", can.withdraw},
                   {"goals", can.agree_goals},       {"meetings", can.record_meeting},
                   {"outcome", can.record_outcome},  {"feedback", can.give_feedback}};
  return json::object{
      {"id", r.id.value()},
      {"revision", r.revision},
      {"status", to_string(r.status)},
      {"learner", json::object{{"id", r.learner.value()}, {"name", r.learner_name}}},
      {"mentor", json::object{{"id", r.mentor.value()}, {"name", r.mentor_name}, {"organisation", r.mentor_organisation}}},
      {"region", r.need.region.str()},
      {"region_name", r.region_name},
      {"need", r.need.need},
      {"need_title", r.need_title},
      {"message", r.message},
      {"reason", r.answer_reason},
      {"goals", r.goals},
      {"meetings", std::move(meetings)},
      {"outcome", r.outcome ? json::value(json::object{{"result", to_string(*r.outcome)}, {"text", r.outcome_text}})
                            : json::value(nullptr)},
      {"feedback", std::move(feedback)},
      {"side", can.side ? json::value(to_string(*can.side)) : json::value(nullptr)},
      {"may", std::move(may)},
      {"created_at", r.created_at},
      {"answered_at", r.answered_at ? json::value(r.answered_at) : json::value(nullptr)},
      {"closed_at", r.closed_at ? json::value(r.closed_at) : json::value(nullptr)}};
}

// A change's body with the revision it started from (-1 when the change needs none).
struct Change {
  RequestId id;
  json::object body;
  int revision = 0;
};
enum class Revision { required, none };

Result<Change> read_change(const http::Request& r, Revision revision) {
  if (auto ok = check_query(r, {"lang"}); !ok) return std::unexpected(ok.error());
  if (auto lang = language_parameter(r); !lang) return std::unexpected(lang.error());
  auto id = id_in_path<RequestId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  int given = -1;
  if (revision == Revision::required) {
    auto n = revision_of(*body);
    if (!n) return std::unexpected(n.error());
    given = *n;
  }
  return Change{*id, std::move(*body), given};
}

}  // namespace

void MentoringEndpoints::add_routes(http::Router& router) {
  using E = MentoringEndpoints;
  using V = bhttp::verb;
  const http::RouteOptions body{64 * 1024};
  const std::string p = "/api/v1/mentoring/{id}";
  router.get("/api/v1/mentoring/mentors", for_visitor(auth_, this, &E::mentors));
  router.get("/api/v1/mentoring/offer", for_visitor(auth_, this, &E::my_offer));
  router.add(V::put, "/api/v1/mentoring/offer", for_visitor(auth_, this, &E::save_offer), body);
  router.get("/api/v1/regions/{code}/peers", for_visitor(auth_, this, &E::peers));
  router.get("/api/v1/mentoring", for_visitor(auth_, this, &E::mine));
  router.add(V::post, "/api/v1/mentoring", for_visitor(auth_, this, &E::create), body);
  router.get(p, for_visitor(auth_, this, &E::item));
  router.add(V::post, p + "/answer", for_visitor(auth_, this, &E::answer), body);
  router.add(V::post, p + "/withdraw", for_visitor(auth_, this, &E::withdraw), body);
  router.add(V::post, p + "/goals", for_visitor(auth_, this, &E::goals), body);
  router.add(V::post, p + "/meetings", for_visitor(auth_, this, &E::meetings), body);
  router.add(V::post, p + "/outcome", for_visitor(auth_, this, &E::outcome), body);
  router.add(V::post, p + "/feedback", for_visitor(auth_, this, &E::feedback), body);
}

http::Response MentoringEndpoints::mentors(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"topic", "language", "free", "lang", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  MentorFilter filter;
  if (auto topic = r.query_value("topic"); topic && !topic->empty()) {
    if (!is_topic_key(*topic))
      return error_response(r, Error{ErrorKind::invalid, "Choose the criterion or thematic area you need help with.", "topic"});
    filter.topic = std::string(*topic);
  }
  if (auto language = r.query_value("language"); language && !language->empty()) filter.language = std::string(*language);
  if (auto free = r.query_value("free")) {
    if (*free != "true" && *free != "false") return error_response(r, Error{ErrorKind::invalid, "Say true or false.", "free"});
    filter.with_free_place = *free == "true";
  }
  auto found = mentoring_.mentors(v.principal, filter, *lang);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& o : *found) items.push_back(offer_json(o));
  return page_of(r, std::move(items), *page);
}

http::Response MentoringEndpoints::my_offer(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto offer = mentoring_.my_offer(v.principal);
  if (!offer) return error_response(r, offer.error());
  if (!*offer) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  return json_response(r, offer_json(**offer));
}

http::Response MentoringEndpoints::save_offer(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_offer(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto saved = mentoring_.save_offer(v.principal, std::move(*input));
  if (!saved) return error_response(r, saved.error());
  return json_response(r, offer_json(*saved));
}

http::Response MentoringEndpoints::peers(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = mentoring_.peers(v.principal, RegionCode(r.param("code")), *lang);
  if (!found) return error_response(r, found.error());
  json::array needs;
  for (const auto& n : found->needs) {
    json::array regions, mentors;
    for (const auto& p : n.need.peers)
      regions.push_back(json::object{{"region", p.region.str()}, {"name", p.name}, {"distance", p.distance}, {"level", p.level}});
    for (const auto& m : n.mentors) mentors.push_back(offer_json(m));
    needs.push_back(json::object{{"key", n.key},
                                 {"criterion", n.need.criterion},
                                 {"title", n.need.title},
                                 {"area", n.need.area.str()},
                                 {"current", n.need.current},
                                 {"target", n.need.target},
                                 {"gap", n.need.gap},
                                 {"peer_regions", std::move(regions)},
                                 {"mentors", std::move(mentors)}});
  }
  return json_response(r, json::object{{"region", found->region.str()},
                                       {"region_name", found->region_name},
                                       {"assessed", found->assessed},
                                       {"needs", std::move(needs)}});
}

http::Response MentoringEndpoints::mine(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = mentoring_.mine(v.principal, *lang);
  if (!found) return error_response(r, found.error());
  json::array learner, mentor;
  for (const auto& x : found->as_learner) learner.push_back(request_json(x, mentoring_.capabilities(v.principal, x)));
  for (const auto& x : found->as_mentor) mentor.push_back(request_json(x, mentoring_.capabilities(v.principal, x)));
  return json_response(r, json::object{{"as_learner", std::move(learner)},
                                       {"as_mentor", std::move(mentor)},
                                       {"offer", found->offer ? json::value(offer_json(*found->offer)) : json::value(nullptr)}});
}

http::Response MentoringEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_request(json::value(std::move(*body)));
  if (!input) return error_response(r, input.error());
  auto made = mentoring_.request(v.principal, std::move(*input), *lang);
  if (!made) return error_response(r, made.error());
  return created(r, request_json(*made, mentoring_.capabilities(v.principal, *made)),
                 "/api/v1/mentoring/" + std::to_string(made->id.value()));
}

http::Response MentoringEndpoints::item(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<RequestId>(r);
  if (!id) return error_response(r, id.error());
  auto found = mentoring_.get(v.principal, *id, *lang);
  if (!found) return error_response(r, found.error());
  return json_response(r, request_json(*found, mentoring_.capabilities(v.principal, *found)));
}

http::Response MentoringEndpoints::changed(const http::Request& r, const Visit& v, const Result<MentoringRequest>& done) {
  if (!done) return error_response(r, done.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto found = mentoring_.get(v.principal, done->id, *lang);
  if (!found) return error_response(r, found.error());
  return json_response(r, request_json(*found, mentoring_.capabilities(v.principal, *found)));
}

http::Response MentoringEndpoints::answer(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto input = read_answer(json::value(std::move(in->body)));
  if (!input) return error_response(r, input.error());
  return changed(r, v, mentoring_.answer(v.principal, in->id, in->revision, std::move(*input)));
}

http::Response MentoringEndpoints::withdraw(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  return changed(r, v, mentoring_.withdraw(v.principal, in->id, in->revision));
}

http::Response MentoringEndpoints::goals(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto goals = read_goals(json::value(std::move(in->body)));
  if (!goals) return error_response(r, goals.error());
  return changed(r, v, mentoring_.agree_goals(v.principal, in->id, in->revision, std::move(*goals)));
}

http::Response MentoringEndpoints::meetings(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto meeting = read_meeting(json::value(std::move(in->body)));
  if (!meeting) return error_response(r, meeting.error());
  http::Response res = changed(r, v, mentoring_.record_meeting(v.principal, in->id, in->revision, std::move(*meeting)));
  if (res.result() == bhttp::status::ok) res.result(bhttp::status::created);
  return res;
}

http::Response MentoringEndpoints::outcome(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::required);
  if (!in) return error_response(r, in.error());
  auto outcome = read_outcome(json::value(std::move(in->body)));
  if (!outcome) return error_response(r, outcome.error());
  return changed(r, v, mentoring_.record_outcome(v.principal, in->id, in->revision, std::move(*outcome)));
}

http::Response MentoringEndpoints::feedback(http::Request& r, const Visit& v) {
  auto in = read_change(r, Revision::none);
  if (!in) return error_response(r, in.error());
  auto feedback = read_feedback(json::value(std::move(in->body)));
  if (!feedback) return error_response(r, feedback.error());
  return changed(r, v, mentoring_.give_feedback(v.principal, in->id, std::move(*feedback)));
}

}  // namespace cps::api
