// A discussion's page: its posts (Markdown, with the "edited" mark and hidden posts' reasons),
// and the forms to reply (started with a quotation when asked), edit one's post, hide a post,
// lock or reopen the discussion, and follow or stop following it. Every form works without
// JavaScript.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/group_pages.hpp"
#include "web/markdown.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::groups;

namespace {

std::string thread_base(i18n::Language lang, const std::string& code, ThreadId id) {
  return Site::prefix(lang) + "/groups/" + code + "/threads/" + std::to_string(id.value());
}

std::string code_of(const http::Request& r) { return text::to_upper_ascii(r.param("code")); }

}  // namespace

http::Response GroupPages::thread(http::Request& r, Language lang, const Visit& v) {
  return thread_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response GroupPages::reply(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ThreadId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto body = read_post(json::object{{"body", f.get("body")}});
  if (!body) return thread_page(r, lang, v, &f, form_error(site_, lang, body.error()), form_status(body.error()));
  auto done = groups_.reply(v.principal, *id, std::move(*body));
  if (!done) return thread_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r,
                   thread_base(lang, code_of(r), *id) + "#post-" + std::to_string(done->id.value()));
}

http::Response GroupPages::edit_post(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ThreadId>(r, "id");
  auto post = http::path_id<PostId>(r, "post");
  if (!id || !post) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto body = read_post(json::object{{"body", f.get("body")}});
  if (!body) return thread_page(r, lang, v, &f, form_error(site_, lang, body.error()), form_status(body.error()));
  auto done = groups_.edit_post(v.principal, *post, std::move(*body));
  if (!done) return thread_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, thread_base(lang, code_of(r), *id) + "#post-" + std::to_string(post->value()));
}

http::Response GroupPages::hide_post(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ThreadId>(r, "id");
  auto post = http::path_id<PostId>(r, "post");
  if (!id || !post) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto reason = read_reason(json::object{{"reason", f.get("reason")}});
  if (!reason) return thread_page(r, lang, v, &f, form_error(site_, lang, reason.error()), form_status(reason.error()));
  auto done = groups_.hide_post(v.principal, *post, std::move(*reason));
  if (!done) return thread_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, thread_base(lang, code_of(r), *id) + "#post-" + std::to_string(post->value()));
}

http::Response GroupPages::set_state(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ThreadId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto state = parse_name(f.get("state"), kThreadStateNames);
  if (!state)
    return thread_page(r, lang, v, &f, form_error(site_, lang, Error{ErrorKind::invalid, "Choose a value from the list.", "state"}),
                       bhttp::status::bad_request);
  auto done = groups_.set_thread_state(v.principal, *id, *state);
  if (!done) return thread_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, thread_base(lang, code_of(r), *id));
}

http::Response GroupPages::subscription(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ThreadId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto wanted = parse_name(f.get("subscription"), kSubscriptionNames);
  if (!wanted)
    return thread_page(r, lang, v, &f,
                       form_error(site_, lang, Error{ErrorKind::invalid, "Choose a value from the list.", "subscription"}),
                       bhttp::status::bad_request);
  auto done = groups_.set_subscription(v.principal, *id, *wanted);
  if (!done) return thread_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, thread_base(lang, code_of(r), *id));
}

http::Response GroupPages::thread_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                       Object extra, Status status) {
  auto id = http::path_id<ThreadId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = groups_.thread(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Thread& t = found->thread;
  // The address names the workspace; a thread is shown under its own only.
  if (code_of(r) != t.group) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const std::string base = thread_base(lang, t.group, t.id);
  std::optional<std::int64_t> editing;
  if (auto e = r.query_value("edit")) editing = text::parse_int(*e);
  // A refused edit shows its form again with what was typed.
  const std::string typed_post = typed ? r.param("post") : std::string();
  if (!typed_post.empty()) editing = text::parse_int(typed_post);

  List posts;
  for (const auto& pv : found->posts) {
    const Post& p = pv.post;
    const std::string pid = std::to_string(p.id.value());
    const bool edit_here = pv.can_edit && editing && *editing == p.id.value();
    posts.push_back(Object{{"id", pid},
                           {"author", p.author_name},
                           {"when", moment(lang, p.created_at)},
                           {"edited", p.edited_at != 0},
                           {"edited_when", moment(lang, p.edited_at)},
                           {"hidden", p.hidden()},
                           {"hidden_reason", p.hidden_reason},
                           {"hidden_by", p.hidden_by_name},
                           {"html", p.hidden() ? std::string() : render_markdown(p.body)},
                           {"new", p.created_at > found->read_before && p.author != *v.principal.user},
                           {"can_edit", pv.can_edit && !edit_here},
                           {"editing", edit_here},
                           {"edit_body", typed && edit_here ? typed->get("body") : p.body},
                           {"edit_href", base + "?edit=" + pid + "#post-" + pid},
                           {"edit_action", base + "/posts/" + pid},
                           {"quote_href", base + "?quote=" + pid + "#reply"},
                           {"can_quote", found->can_reply && !p.hidden()},
                           {"can_hide", found->can.moderate && !p.hidden()},
                           {"hide_action", base + "/posts/" + pid + "/hide"}});
  }
  std::string reply_value;
  if (typed && typed_post.empty()) reply_value = typed->get("body");
  else if (auto q = r.query_value("quote"); q && found->can_reply)
    if (auto n = text::parse_int(*q))
      if (auto quoted = groups_.quote(v.principal, PostId(*n))) reply_value = *quoted;
  const bool locked = t.state == ThreadState::locked;
  const bool subscribed = found->subscription == Subscription::subscribed;
  Object data{{"subject", t.subject},
              {"workspace", workspace_name(lang, t.group)},
              {"workspace_href", Site::prefix(lang) + "/groups/" + t.group},
              {"list_href", Site::prefix(lang) + "/groups"},
              {"posts", posts},
              {"locked", locked},
              {"can_reply", found->can_reply},
              {"can_moderate", found->can.moderate},
              {"reply_action", base + "/posts"},
              {"reply_value", reply_value},
              {"state_action", base + "/state"},
              {"next_state", std::string(to_string(locked ? ThreadState::open : ThreadState::locked))},
              {"subscription_action", base + "/subscription"},
              {"subscribed", subscribed},
              {"next_subscription",
               std::string(to_string(subscribed ? Subscription::unsubscribed : Subscription::subscribed))}};
  if (t.about) data["about"] = about_link(site_, lang, *t.about, t.subject);
  merge(data, std::move(extra));
  return site_.page(r, lang, "groups_thread", t.subject, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
