// The plans' handlers (see plan_endpoints.hpp).
#include "api/plan_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"
#include "core/text_diff.hpp"
#include "http/request.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::plans;

namespace {

json::value optional_time(Seconds at) { return at ? json::value(at) : json::value(nullptr); }

json::object plan_json(const Plan& p) {
  json::array languages;
  for (const auto& l : p.languages) languages.push_back(json::string(l));
  return json::object{{"id", p.id.value()},
                      {"title", p.title},
                      {"kind", std::string(to_string(p.kind))},
                      {"editor_group", p.editor_group},
                      {"languages", std::move(languages)},
                      {"state", std::string(to_string(p.state))},
                      {"version", p.version},
                      {"published_version", p.published_version ? json::value(p.published_version) : json::value(nullptr)},
                      {"created_at", p.created_at},
                      {"phase", p.phase_opens.empty() ? json::value(nullptr)
                                                      : json::value(json::object{{"opens", p.phase_opens},
                                                                                 {"closes", p.phase_closes}})}};
}

json::object comment_json(const Comment& c) {
  return json::object{{"id", c.id.value()},
                      {"suggestion", c.suggestion.value()},
                      {"author", json::object{{"id", c.author.value()}, {"name", c.author_name}}},
                      {"text", c.text},
                      {"created_at", c.created_at}};
}

json::object suggestion_json(const Suggestion& s) {
  json::array comments;
  for (const auto& c : s.comments) comments.push_back(comment_json(c));
  return json::object{{"id", s.id.value()},
                      {"plan", s.plan.value()},
                      {"paragraph", s.paragraph.value()},
                      {"kind", std::string(to_string(s.kind))},
                      {"text", s.text},
                      {"reason", s.reason},
                      {"revision", s.base_revision},
                      {"original", s.original},
                      {"author", json::object{{"id", s.author.value()}, {"name", s.author_name}}},
                      {"state", std::string(to_string(s.state))},
                      {"decision_reason", s.decision_reason.empty() ? json::value(nullptr) : json::value(s.decision_reason)},
                      {"decided_by", s.decided_by_name.empty() ? json::value(nullptr) : json::value(s.decided_by_name)},
                      {"supporters", s.supporters},
                      {"created_at", s.created_at},
                      {"decided_at", optional_time(s.decided_at)},
                      {"comments", std::move(comments)}};
}

json::object version_json(const Version& v, bool with_text) {
  json::object out{{"number", v.number}, {"note", v.note}, {"author", v.author_name}, {"created_at", v.created_at}};
  if (with_text) out["text"] = v.text;
  return out;
}

json::object vote_json(const Vote& v) {
  return json::object{{"version", v.version},
                      {"deadline", v.deadline},
                      {"quorum", v.quorum},
                      {"majority", v.majority},
                      {"state", std::string(to_string(v.state))},
                      {"statement", v.statement},
                      {"procedure", std::string(to_string(v.procedure))},
                      {"secrecy", std::string(to_string(v.secrecy))},
                      {"opened_at", v.opened_at},
                      {"closed_at", optional_time(v.closed_at)}};
}

json::object ballot_json(const Ballot& b) {
  return json::object{{"organisation", json::object{{"id", b.organisation.value()}, {"name", b.organisation_name}}},
                      {"voter", json::object{{"id", b.voter.value()}, {"name", b.voter_name}}},
                      {"choice", std::string(to_string(b.choice))},
                      {"cast_at", b.cast_at}};
}

std::string plan_path(PlanId id) { return "/api/v1/plans/" + std::to_string(id.value()); }

}  // namespace

void PlanEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{64 * 1024};
  http::RouteOptions long_body{2 * 1024 * 1024};
  router.get("/api/v1/plans", for_visitor(auth_, this, &PlanEndpoints::list));
  router.add(V::post, "/api/v1/plans", for_visitor(auth_, this, &PlanEndpoints::create), long_body);
  router.get("/api/v1/plans/{id}", for_visitor(auth_, this, &PlanEndpoints::plan));
  router.get("/api/v1/plans/{id}/versions", for_visitor(auth_, this, &PlanEndpoints::versions));
  router.get("/api/v1/plans/{id}/versions/{number}", for_visitor(auth_, this, &PlanEndpoints::version));
  router.get("/api/v1/plans/{id}/compare", for_visitor(auth_, this, &PlanEndpoints::compare));
  router.get("/api/v1/plans/{id}/suggestions", for_visitor(auth_, this, &PlanEndpoints::suggestions));
  router.add(V::post, "/api/v1/plans/{id}/suggestions", for_visitor(auth_, this, &PlanEndpoints::suggest), body);
  router.add(V::post, "/api/v1/plans/{id}/suggestions/{suggestion}/support",
             for_visitor(auth_, this, &PlanEndpoints::support), body);
  router.add(V::post, "/api/v1/plans/{id}/suggestions/{suggestion}/comments",
             for_visitor(auth_, this, &PlanEndpoints::comment), body);
  router.add(V::post, "/api/v1/plans/{id}/suggestions/{suggestion}/accept",
             for_visitor(auth_, this, &PlanEndpoints::accept), body);
  router.add(V::post, "/api/v1/plans/{id}/suggestions/{suggestion}/reject",
             for_visitor(auth_, this, &PlanEndpoints::reject), body);
  router.add(V::put, "/api/v1/plans/{id}/phase", for_visitor(auth_, this, &PlanEndpoints::set_phase), body);
  router.get("/api/v1/plans/{id}/votes", for_visitor(auth_, this, &PlanEndpoints::vote));
  router.add(V::post, "/api/v1/plans/{id}/votes", for_visitor(auth_, this, &PlanEndpoints::open_vote), body);
  router.add(V::post, "/api/v1/plans/{id}/votes/ballot", for_visitor(auth_, this, &PlanEndpoints::cast), body);
  router.add(V::post, "/api/v1/plans/{id}/votes/close", for_visitor(auth_, this, &PlanEndpoints::close_vote), body);
}

http::Response PlanEndpoints::list(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = plans_.plans(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& p : *found) items.push_back(plan_json(p));
  return page_of(r, std::move(items), *page);
}

http::Response PlanEndpoints::create(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_plan(*body);
  if (!input) return error_response(r, input.error());
  auto done = plans_.create(v.principal, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, plan_json(*done), plan_path(done->id));
}

http::Response PlanEndpoints::plan(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto found = plans_.plan(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::object out = plan_json(found->plan);
  json::array sections;
  for (const auto& s : found->sections) {
    json::array paragraphs;
    for (const auto& p : s.paragraphs) {
      json::array open;
      for (const auto& sug : p.open) open.push_back(json::value(sug.id.value()));
      paragraphs.push_back(json::object{{"id", p.paragraph.id.value()},
                                        {"text", p.paragraph.text},
                                        {"revision", p.paragraph.revision},
                                        {"open_suggestions", std::move(open)}});
    }
    sections.push_back(
        json::object{{"id", s.section.id.value()}, {"heading", s.section.heading}, {"paragraphs", std::move(paragraphs)}});
  }
  out["sections"] = std::move(sections);
  out["may"] = json::object{{"suggest", found->can.suggest},
                            {"edit", found->can.edit},
                            {"manage", found->can.manage},
                            {"vote", found->can.vote}};
  return json_response(r, out);
}

http::Response PlanEndpoints::versions(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto found = plans_.plan(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& ver : found->versions) {
    json::object row = version_json(ver, false);
    row["published"] = ver.number == found->plan.published_version;
    items.push_back(std::move(row));
  }
  return page_of(r, std::move(items), *page);
}

http::Response PlanEndpoints::compare(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"from", "to"}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  int numbers[2] = {0, 0};
  const char* names[2] = {"from", "to"};
  for (int i = 0; i < 2; ++i) {
    auto given = r.query_value(names[i]);
    auto n = given ? text::parse_int(*given) : std::nullopt;
    if (!n || *n <= 0 || *n > 1'000'000)
      return error_response(r, Error{ErrorKind::invalid, "Give two version numbers, from and to.", names[i]});
    numbers[i] = int(*n);
  }
  auto found = plans_.compare(v.principal, *id, numbers[0], numbers[1]);
  if (!found) return error_response(r, found.error());
  json::array parts;
  for (const auto& p : found->parts) {
    const char* kind = p.kind == text::DiffPart::Kind::same ? "same" : p.kind == text::DiffPart::Kind::added ? "added" : "removed";
    parts.push_back(json::object{{"kind", kind}, {"text", p.text}});
  }
  return json_response(r, json::object{{"plan", plan_json(found->plan)},
                                       {"from", version_json(found->from, false)},
                                       {"to", version_json(found->to, false)},
                                       {"changed", found->changed()},
                                       {"parts", std::move(parts)},
                                       {"markdown", text::diff_critic_markup(found->parts)}});
}

http::Response PlanEndpoints::version(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto number = http::path_id<PlanId>(r, "number");
  if (!number || number->value() > 1'000'000) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  auto found = plans_.version(v.principal, *id, int(number->value()));
  if (!found) return error_response(r, found.error());
  json::object out = version_json(found->version, true);
  out["plan"] = plan_json(found->plan);
  out["published"] = found->published;
  return json_response(r, out);
}

http::Response PlanEndpoints::suggestions(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto found = plans_.plan(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& s : found->sections)
    for (const auto& p : s.paragraphs)
      for (const auto& sug : p.open) items.push_back(suggestion_json(sug));
  for (const auto& sug : found->decided) items.push_back(suggestion_json(sug));
  return page_of(r, std::move(items), *page);
}

http::Response PlanEndpoints::suggest(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_suggestion(*body);
  if (!input) return error_response(r, input.error());
  auto done = plans_.suggest(v.principal, *id, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, suggestion_json(*done), plan_path(*id) + "/suggestions");
}

http::Response PlanEndpoints::support(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto sid = id_in_path<SuggestionId>(r, "suggestion");
  if (!sid) return error_response(r, sid.error());
  auto done = plans_.support(v.principal, *id, *sid);
  if (!done) return error_response(r, done.error());
  return json_response(r, suggestion_json(*done));
}

http::Response PlanEndpoints::accept(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto sid = id_in_path<SuggestionId>(r, "suggestion");
  if (!sid) return error_response(r, sid.error());
  auto done = plans_.accept(v.principal, *id, *sid);
  if (!done) return error_response(r, done.error());
  return json_response(r, suggestion_json(*done));
}

http::Response PlanEndpoints::reject(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto sid = id_in_path<SuggestionId>(r, "suggestion");
  if (!sid) return error_response(r, sid.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto reason = read_rejection(*body);
  if (!reason) return error_response(r, reason.error());
  auto done = plans_.reject(v.principal, *id, *sid, std::move(*reason));
  if (!done) return error_response(r, done.error());
  return json_response(r, suggestion_json(*done));
}

http::Response PlanEndpoints::comment(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto sid = id_in_path<SuggestionId>(r, "suggestion");
  if (!sid) return error_response(r, sid.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto text = read_comment(*body);
  if (!text) return error_response(r, text.error());
  auto done = plans_.comment(v.principal, *id, *sid, std::move(*text));
  if (!done) return error_response(r, done.error());
  return created(r, comment_json(*done), plan_path(*id) + "/suggestions");
}

http::Response PlanEndpoints::set_phase(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_phase(*body);
  if (!input) return error_response(r, input.error());
  auto done = plans_.set_phase(v.principal, *id, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, plan_json(*done));
}

http::Response PlanEndpoints::vote(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto found = plans_.plan(v.principal, *id);
  if (!found) return error_response(r, found.error());
  if (!found->vote) return error_response(r, Error{ErrorKind::not_found, "Not found."});
  json::object out = vote_json(*found->vote);
  json::array ballots;
  for (const auto& b : found->ballots) ballots.push_back(ballot_json(b));
  out["ballots"] = std::move(ballots);
  out["tally"] = json::object{{"for", found->tally.in_favour},
                              {"against", found->tally.against},
                              {"abstain", found->tally.abstain}};
  out["my_ballot"] = found->my_ballot ? json::value(std::string(to_string(*found->my_ballot))) : json::value(nullptr);
  out["may_vote"] = found->can.vote;
  return json_response(r, out);
}

http::Response PlanEndpoints::open_vote(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_vote(*body);
  if (!input) return error_response(r, input.error());
  auto done = plans_.open_vote(v.principal, *id, std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, vote_json(*done), plan_path(*id) + "/votes");
}

http::Response PlanEndpoints::cast(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto choice = read_ballot(*body);
  if (!choice) return error_response(r, choice.error());
  auto done = plans_.cast(v.principal, *id, *choice);
  if (!done) return error_response(r, done.error());
  return json_response(r, ballot_json(*done));
}

http::Response PlanEndpoints::close_vote(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<PlanId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto statement = read_statement(*body);
  if (!statement) return error_response(r, statement.error());
  auto done = plans_.close_vote(v.principal, *id, std::move(*statement));
  if (!done) return error_response(r, done.error());
  return json_response(r, vote_json(*done));
}

}  // namespace cps::api
