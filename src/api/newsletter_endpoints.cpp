// The newsletter API's handlers (see newsletter_endpoints.hpp).
#include "api/newsletter_endpoints.hpp"

#include <boost/json.hpp>

#include "api/guard.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"

namespace cps::api {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using namespace cps::newsletter;

namespace {

std::string href_of(IssueId id) { return "/api/v1/newsletter/issues/" + std::to_string(id.value()); }

json::array codes(const std::vector<std::string>& list) {
  json::array out;
  for (const auto& c : list) out.emplace_back(c);
  return out;
}

json::object segment_json(const Segment& s) {
  return json::object{{"areas", codes(s.areas)}, {"countries", codes(s.countries)}};
}

// A subscription as its owner sees it after a link: no address (the link's holder may not be
// its owner) and no bounce counts.
json::object own_json(const Subscriber& s) {
  return json::object{{"id", s.id.value()},
                      {"status", std::string(to_string(s.status))},
                      {"language", s.language},
                      {"segment", segment_json(s.segment)}};
}

json::object subscriber_json(const Subscriber& s) {
  json::object o = own_json(s);
  o["email"] = s.email;
  o["created_at"] = s.created_at;
  o["confirmed_at"] = s.confirmed_at ? json::value(s.confirmed_at) : json::value(nullptr);
  o["hard_bounces"] = s.hard_bounces;
  o["soft_bounces"] = s.soft_bounces;
  o["suppressed"] = s.suppressed();
  o["suppressed_at"] = s.suppressed() ? json::value(s.suppressed_at) : json::value(nullptr);
  o["suppressed_reason"] = s.suppressed_reason;
  return o;
}

json::object issue_json(const Issue& i) {
  return json::object{{"id", i.id.value()},
                      {"href", href_of(i.id)},
                      {"language", i.language},
                      {"subject", i.subject},
                      {"body", i.body},
                      {"segment", segment_json(i.segment)},
                      {"status", std::string(to_string(i.status))},
                      {"author", json::object{{"id", i.author.value()}, {"name", i.author_name}}},
                      {"created_at", i.created_at},
                      {"sent_at", i.sent_at ? json::value(i.sent_at) : json::value(nullptr)},
                      {"recipients", i.recipients}};
}

// The body {"token": "…"} of a confirmation or unsubscribe call.
Result<std::string> token_of(const http::Request& r) {
  if (auto ok = check_query(r, {}); !ok) return std::unexpected(ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  for (const auto& member : *body)
    if (member.key() != "token") return fail(ErrorKind::invalid, "This field is not known here.", std::string(member.key()));
  return text_member(*body, "token");
}

}  // namespace

void NewsletterEndpoints::add_routes(http::Router& router) {
  using V = bhttp::verb;
  http::RouteOptions body{128 * 1024};
  // Subscribing and the mailed links need no account: the links' secrets are the proof.
  router.add(V::post, "/api/v1/newsletter/subscriptions", for_anyone(this, &NewsletterEndpoints::subscribe));
  router.get("/api/v1/newsletter/subscriptions", for_visitor(auth_, this, &NewsletterEndpoints::subscriptions));
  router.get("/api/v1/newsletter/subscriptions/{id}/consents", for_visitor(auth_, this, &NewsletterEndpoints::consents));
  router.add(V::post, "/api/v1/newsletter/subscriptions/confirm", for_anyone(this, &NewsletterEndpoints::confirm));
  router.add(V::post, "/api/v1/newsletter/subscriptions/unsubscribe",
             for_anyone(this, &NewsletterEndpoints::unsubscribe));
  router.get("/api/v1/newsletter/issues", for_visitor(auth_, this, &NewsletterEndpoints::issues));
  router.add(V::post, "/api/v1/newsletter/issues", for_visitor(auth_, this, &NewsletterEndpoints::create_issue), body);
  router.get("/api/v1/newsletter/issues/{id}", for_visitor(auth_, this, &NewsletterEndpoints::issue));
  router.add(V::put, "/api/v1/newsletter/issues/{id}", for_visitor(auth_, this, &NewsletterEndpoints::change_issue), body);
  router.add(V::post, "/api/v1/newsletter/issues/{id}/send", for_visitor(auth_, this, &NewsletterEndpoints::send_issue));
  router.add(V::post, "/api/v1/newsletter/bounces", for_visitor(auth_, this, &NewsletterEndpoints::bounce));
}

// The wording's language is the one of `lang` (the interface the caller showed it in), else
// the newsletter's language.
http::Response NewsletterEndpoints::subscribe(http::Request& r) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_subscription(*body);
  if (!input) return error_response(r, input.error());
  std::string shown_in = r.query_value("lang").value_or(input->language);
  if (!is_language(shown_in)) return error_response(r, Error{ErrorKind::invalid, "Choose a language from the list.", "lang"});
  auto done = newsletter_.subscribe(*input, shown_in);
  if (!done) return error_response(r, done.error());
  return json_response(r, json::object{{"status", "confirmation_sent"}}, bhttp::status::accepted);
}

http::Response NewsletterEndpoints::subscriptions(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = newsletter_.subscribers(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& s : *found) items.push_back(subscriber_json(s));
  return page_of(r, std::move(items), *page);
}

http::Response NewsletterEndpoints::consents(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<SubscriberId>(r);
  if (!id) return error_response(r, id.error());
  auto found = newsletter_.consents(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& c : *found)
    items.push_back(json::object{{"action", std::string(to_string(c.action))},
                                 {"at", c.at},
                                 {"wording", c.wording},
                                 {"wording_version", c.wording_version},
                                 {"language", c.language},
                                 {"address_digest", c.address_digest}});
  return json_response(r, json::object{{"items", std::move(items)}});
}

http::Response NewsletterEndpoints::confirm(http::Request& r) {
  auto token = token_of(r);
  if (!token) return error_response(r, token.error());
  auto done = newsletter_.confirm(*token);
  if (!done) return error_response(r, done.error());
  return json_response(r, own_json(*done));
}

http::Response NewsletterEndpoints::unsubscribe(http::Request& r) {
  auto token = token_of(r);
  if (!token) return error_response(r, token.error());
  auto done = newsletter_.unsubscribe(*token);
  if (!done) return error_response(r, done.error());
  return json_response(r, own_json(*done));
}

http::Response NewsletterEndpoints::issues(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto found = newsletter_.issues(v.principal);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& i : *found) items.push_back(issue_json(i));
  return page_of(r, std::move(items), *page);
}

http::Response NewsletterEndpoints::create_issue(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_issue(*body);
  if (!input) return error_response(r, input.error());
  auto made = newsletter_.create_issue(v.principal, *input);
  if (!made) return error_response(r, made.error());
  return created(r, issue_json(*made), href_of(made->id));
}

// A draft rewritten whole, with the same body as a new issue's.
http::Response NewsletterEndpoints::change_issue(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<IssueId>(r);
  if (!id) return error_response(r, id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_issue(*body);
  if (!input) return error_response(r, input.error());
  auto changed = newsletter_.change_issue(v.principal, *id, *input);
  if (!changed) return error_response(r, changed.error());
  return json_response(r, issue_json(*changed));
}

// An issue; for who may send, a draft also says whom it would reach now (the preview).
http::Response NewsletterEndpoints::issue(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<IssueId>(r);
  if (!id) return error_response(r, id.error());
  auto found = newsletter_.issue(v.principal, *id);
  if (!found) return error_response(r, found.error());
  json::object out = issue_json(*found);
  if (found->status == IssueStatus::draft) {
    auto reach = newsletter_.audience(v.principal, *id);
    if (!reach) return error_response(r, reach.error());
    out["audience"] = *reach;
  }
  return json_response(r, out);
}

http::Response NewsletterEndpoints::send_issue(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto id = id_in_path<IssueId>(r);
  if (!id) return error_response(r, id.error());
  auto sent = newsletter_.send_issue(v.principal, *id);
  if (!sent) return error_response(r, sent.error());
  return json_response(r, issue_json(*sent));
}

http::Response NewsletterEndpoints::bounce(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {}); !ok) return error_response(r, ok.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_bounce(*body);
  if (!input) return error_response(r, input.error());
  auto done = newsletter_.record_bounce(v.principal, *input);
  if (!done) return error_response(r, done.error());
  return json_response(r, subscriber_json(*done));
}

}  // namespace cps::api
