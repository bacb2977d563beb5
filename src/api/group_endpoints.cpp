// The workspaces' handlers (see group_endpoints.hpp).
#include "api/group_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::groups;

namespace {

std::string code_of(const http::Request& r) { return text::to_upper_ascii(r.param("code")); }

json::value optional_time(Seconds at) { return at ? json::value(at) : json::value(nullptr); }

json::object summary_json(const WorkspaceSummary& s) {
  return json::object{{"code", s.code},
                      {"privacy", std::string(to_string(s.privacy))},
                      {"member_count", s.members},
                      {"thread_count", s.threads},
                      {"unread_threads", s.unread},
                      {"my_role", s.mine ? json::value(std::string(to_string(*s.mine))) : json::value(nullptr)}};
}

json::object thread_json(const Thread& t) {
  return json::object{{"id", t.id.value()},
                      {"group", t.group},
                      {"subject", t.subject},
                      {"author", json::object{{"id", t.author.value()}, {"name", t.author_name}}},
                      {"state", std::string(to_string(t.state))},
                      {"posts", t.posts},
                      {"created_at", t.created_at},
                      {"last_post_at", t.last_post_at},
                      {"about", t.about ? json::value(json::object{{"kind", std::string(to_string(t.about->kind))},
                                                                   {"id", t.about->id},
                                                                   {"path", path_of(*t.about)}})
                                        : json::value(nullptr)}};
}

// The subject the address names: "/api/v1/{knowledge|assessments|pilots}/{id}/discussion".
Result<Subject> subject_in(const http::Request& r) {
  auto id = text::parse_int(r.param("id"));
  if (!id || *id <= 0) return fail(ErrorKind::not_found, "Not found.");
  const std::string_view path = r.path;
  if (path.starts_with("/api/v1/knowledge/")) return Subject{SubjectKind::knowledge_item, *id};
  if (path.starts_with("/api/v1/assessments/")) return Subject{SubjectKind::assessment, *id};
  if (path.starts_with("/api/v1/pilots/")) return Subject{SubjectKind::pilot, *id};
  return fail(ErrorKind::not_found, "Not found.");
}

json::object post_json(const Post& p) {
  // A hidden post keeps its place and its reason; its text is not handed out.
  return json::object{{"id", p.id.value()},
                      {"thread", p.thread.value()},
                      {"author", json::object{{"id", p.author.value()}, {"name", p.author_name}}},
                      {"body", p.hidden() ? json::value(nullptr) : json::value(p.body)},
                      {"created_at", p.created_at},
                      {"edited_at", optional_time(p.edited_at)},
                      {"hidden", p.hidden() ? json::value(json::object{{"reason", p.hidden_reason},
                                                                       {"by", p.hidden_by_name}})
                                            : json::value(nullptr)}};
}

json::object decision_json(const Decision& d) {
  return json::object{{"id", d.id.value()},
                      {"group", d.group},
                      {"text", d.text},
                      {"date", d.date},
                      {"meeting", d.meeting},
                      {"thread", d.thread ? json::value(d.thread->value()) : json::value(nullptr)},
                      {"author", json::object{{"id", d.author.value()}, {"name", d.author_name}}}};
}

json::object notification_json(const Notification& n) {
  return json::object{{"id", n.id.value()},
                      {"kind", std::string(to_string(n.kind))},
                      {"group", n.group},
                      {"thread", n.thread.value()},
                      {"post", n.post.value()},
                      {"subject", n.subject},
                      {"actor", n.actor_name},
                      {"created_at", n.created_at},
                      {"read_at", optional_time(n.read_at)}};
}

json::object deliveries_json(const std::vector<DeliverySetting>& settings) {
  json::object out;
  for (const auto& s : settings) out[to_string(s.kind)] = std::string(to_string(s.delivery));
  return out;
}

http::Response no_content(const http::Request& r) { return http::make_response(r, bhttp::status::no_content, "", ""); }

// A body of exactly one text member holding one of the enum's names.
template <class E, std::size_t N>
Result<E> choice_of(const http::Request& r, std::string_view key, const EnumName<E> (&names)[N]) {
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  for (const auto& member : *body)
    if (member.key() != key) return fail(ErrorKind::invalid, "This field is not known here.", std::string(member.key()));
  auto text = text_member(*body, key);
  if (!text) return std::unexpected(text.error());
  auto value = parse_name(*text, names);
  if (!value) return fail(ErrorKind::invalid, "Choose a value from the list.", std::string(key));
  return *value;
}

}  // namespace

void GroupEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{16 * 1024};
  http::RouteOptions long_body{256 * 1024};
  router.get("/api/v1/groups", for_visitor(auth_, this, &GroupEndpoints::workspaces));
  router.get("/api/v1/groups/{code}", for_visitor(auth_, this, &GroupEndpoints::workspace));
  router.get("/api/v1/groups/{code}/threads", for_visitor(auth_, this, &GroupEndpoints::threads));
  router.add(V::post, "/api/v1/groups/{code}/threads", for_visitor(auth_, this, &GroupEndpoints::start_thread), long_body);
  router.add(V::post, "/api/v1/groups/{code}/decisions", for_visitor(auth_, this, &GroupEndpoints::record_decision), body);
  router.get("/api/v1/threads/{id}/posts", for_visitor(auth_, this, &GroupEndpoints::posts));
  router.add(V::post, "/api/v1/threads/{id}/posts", for_visitor(auth_, this, &GroupEndpoints::reply), long_body);
  router.add(V::put, "/api/v1/threads/{id}/posts/{post}", for_visitor(auth_, this, &GroupEndpoints::edit_post), long_body);
  router.add(V::post, "/api/v1/threads/{id}/posts/{post}/hide", for_visitor(auth_, this, &GroupEndpoints::hide_post), body);
  router.add(V::put, "/api/v1/threads/{id}/state", for_visitor(auth_, this, &GroupEndpoints::set_state), body);
  router.add(V::put, "/api/v1/threads/{id}/subscription", for_visitor(auth_, this, &GroupEndpoints::set_subscription), body);
  router.get("/api/v1/notifications", for_visitor(auth_, this, &GroupEndpoints::notifications));
  router.add(V::post, "/api/v1/notifications/read", for_visitor(auth_, this, &GroupEndpoints::mark_read), body);
  router.get("/api/v1/notifications/settings", for_visitor(auth_, this, &GroupEndpoints::deliveries));
  router.add(V::put, "/api/v1/notifications/settings", for_visitor(auth_, this, &GroupEndpoints::set_deliveries), body);
  // "Discuss this", beside the subjects' own addresses.
  router.get("/api/v1/knowledge/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discussion));
  router.add(V::post, "/api/v1/knowledge/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discuss), long_body);
  router.get("/api/v1/assessments/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discussion));
  router.add(V::post, "/api/v1/assessments/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discuss), long_body);
  router.get("/api/v1/pilots/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discussion));
  router.add(V::post, "/api/v1/pilots/{id}/discussion", for_visitor(auth_, this, &GroupEndpoints::discuss), long_body);
}

http::Response GroupEndpoints::discussion(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto subject = subject_in(r);
  if (!subject) return error_response(r, subject.error());
  auto found = groups_.discussion_of(v.principal, *subject);
  if (!found) return error_response(r, found.error());
  const auto& s = found->subject;
  return json_response(r, json::object{{"subject", json::object{{"kind", std::string(to_string(s.subject.kind))},
                                                                {"id", s.subject.id},
                                                                {"title", s.title},
                                                                {"group", s.workspace},
                                                                {"path", s.path}}},
                                       {"thread", found->thread ? json::value(thread_json(*found->thread))
                                                                : json::value(nullptr)},
                                       {"may_start", found->can_start}});
}

http::Response GroupEndpoints::discuss(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto subject = subject_in(r);
  if (!subject) return error_response(r, subject.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto text = read_post(*body);
  if (!text) return error_response(r, text.error());
  auto done = groups_.discuss(v.principal, *subject, std::move(*text));
  if (!done) return error_response(r, done.error());
  return created(r, thread_json(*done), "/api/v1/threads/" + std::to_string(done->id.value()) + "/posts");
}

http::Response GroupEndpoints::workspaces(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = groups_.workspaces(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& w : *found) items.push_back(summary_json(w));
  return json_response(r, json::object{{"items", std::move(items)}});
}

http::Response GroupEndpoints::workspace(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = groups_.workspace(v.principal, code_of(r));
  if (!found) return error_response(r, found.error());
  json::object out = summary_json(found->summary);
  json::array members, decisions;
  for (const auto& m : found->members)
    members.push_back(json::object{{"id", m.id.value()},
                                   {"name", m.name},
                                   {"handle", m.handle},
                                   {"role", std::string(to_string(m.role))}});
  for (const auto& d : found->decisions) decisions.push_back(decision_json(d));
  out["members"] = std::move(members);
  out["decisions"] = std::move(decisions);
  out["may"] = json::object{{"post", found->can.post}, {"moderate", found->can.moderate}, {"manage", found->can.manage}};
  return json_response(r, out);
}

http::Response GroupEndpoints::threads(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = groups_.workspace(v.principal, code_of(r));
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& t : found->threads) {
    json::object row = thread_json(t.thread);
    row["unread"] = t.unread;
    items.push_back(std::move(row));
  }
  return page_of(r, std::move(items), *page);
}

http::Response GroupEndpoints::start_thread(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_thread(*body);
  if (!input) return error_response(r, input.error());
  auto done = groups_.start_thread(v.principal, code_of(r), std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, thread_json(*done), "/api/v1/threads/" + std::to_string(done->id.value()) + "/posts");
}

http::Response GroupEndpoints::record_decision(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_decision(*body);
  if (!input) return error_response(r, input.error());
  auto done = groups_.record_decision(v.principal, code_of(r), std::move(*input));
  if (!done) return error_response(r, done.error());
  return created(r, decision_json(*done), "/api/v1/groups/" + done->group);
}

http::Response GroupEndpoints::posts(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ThreadId>(r);
  if (!id) return error_response(r, id.error());
  auto found = groups_.thread(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::object out = thread_json(found->thread);
  json::array items;
  for (const auto& p : found->posts) {
    json::object row = post_json(p.post);
    row["may_edit"] = p.can_edit;
    items.push_back(std::move(row));
  }
  out["items"] = std::move(items);
  out["subscription"] = std::string(to_string(found->subscription));
  out["may"] = json::object{{"reply", found->can_reply}, {"moderate", found->can.moderate}};
  return json_response(r, out);
}

http::Response GroupEndpoints::reply(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ThreadId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto text = read_post(*body);
  if (!text) return error_response(r, text.error());
  auto done = groups_.reply(v.principal, *id, std::move(*text));
  if (!done) return error_response(r, done.error());
  return created(r, post_json(*done), "/api/v1/threads/" + std::to_string(id->value()) + "/posts");
}

http::Response GroupEndpoints::edit_post(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto post = id_in_path<PostId>(r, "post");
  if (!post) return error_response(r, post.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto text = read_post(*body);
  if (!text) return error_response(r, text.error());
  auto done = groups_.edit_post(v.principal, *post, std::move(*text));
  if (!done) return error_response(r, done.error());
  return json_response(r, post_json(*done));
}

http::Response GroupEndpoints::hide_post(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto post = id_in_path<PostId>(r, "post");
  if (!post) return error_response(r, post.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto reason = read_reason(*body);
  if (!reason) return error_response(r, reason.error());
  auto done = groups_.hide_post(v.principal, *post, std::move(*reason));
  if (!done) return error_response(r, done.error());
  return json_response(r, post_json(*done));
}

http::Response GroupEndpoints::set_state(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ThreadId>(r);
  if (!id) return error_response(r, id.error());
  auto state = choice_of(r, "state", kThreadStateNames);
  if (!state) return error_response(r, state.error());
  auto done = groups_.set_thread_state(v.principal, *id, *state);
  if (!done) return error_response(r, done.error());
  return json_response(r, thread_json(*done));
}

http::Response GroupEndpoints::set_subscription(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<ThreadId>(r);
  if (!id) return error_response(r, id.error());
  auto wanted = choice_of(r, "subscription", kSubscriptionNames);
  if (!wanted) return error_response(r, wanted.error());
  if (auto done = groups_.set_subscription(v.principal, *id, *wanted); !done) return error_response(r, done.error());
  return no_content(r);
}

http::Response GroupEndpoints::notifications(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = groups_.notifications(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& n : found->items) items.push_back(notification_json(n));
  auto response = page_of(r, std::move(items), *page);
  response.set("X-Unread-Count", std::to_string(found->unread));
  return response;
}

http::Response GroupEndpoints::mark_read(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  std::optional<NotificationId> id;
  for (const auto& member : *body) {
    if (member.key() != "id")
      return error_response(r, Error{ErrorKind::invalid, "This field is not known here.", std::string(member.key())});
    if (!member.value().is_int64() || member.value().as_int64() <= 0)
      return error_response(r, Error{ErrorKind::invalid, "This must be a whole number above zero.", "id"});
    id = NotificationId(member.value().as_int64());
  }
  if (auto done = groups_.mark_read(v.principal, id); !done) return error_response(r, done.error());
  return no_content(r);
}

http::Response GroupEndpoints::deliveries(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto found = groups_.deliveries(v.principal);
  if (!found) return error_response(r, found.error());
  return json_response(r, deliveries_json(*found));
}

http::Response GroupEndpoints::set_deliveries(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto choice = read_deliveries(*body);
  if (!choice) return error_response(r, choice.error());
  auto done = groups_.set_deliveries(v.principal, *choice);
  if (!done) return error_response(r, done.error());
  return json_response(r, deliveries_json(*done));
}

}  // namespace cps::api
