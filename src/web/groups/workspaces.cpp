// The workspaces' routes, the list of workspaces, a workspace's page with its members,
// discussions and decisions log, and the forms that start a discussion and record a decision.
#include <boost/json.hpp>
#include <chrono>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/group_pages.hpp"
#include "web/markdown.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::groups;

void GroupPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A post is Markdown up to kPostLength code points, up to four bytes each, form-encoded.
  http::RouteOptions long_form{256 * 1024};
  router.get("/{lang}/groups", page(&GroupPages::list));
  router.get("/{lang}/groups/{code}", page(&GroupPages::workspace));
  router.add(V::post, "/{lang}/groups/{code}/threads", form(&GroupPages::start_thread), long_form);
  router.add(V::post, "/{lang}/groups/{code}/decisions", form(&GroupPages::record_decision));
  router.get("/{lang}/groups/{code}/threads/{id}", page(&GroupPages::thread));
  router.add(V::post, "/{lang}/groups/{code}/threads/{id}/posts", form(&GroupPages::reply), long_form);
  router.add(V::post, "/{lang}/groups/{code}/threads/{id}/state", form(&GroupPages::set_state));
  router.add(V::post, "/{lang}/groups/{code}/threads/{id}/subscription", form(&GroupPages::subscription));
  router.add(V::post, "/{lang}/groups/{code}/threads/{id}/posts/{post}", form(&GroupPages::edit_post), long_form);
  router.add(V::post, "/{lang}/groups/{code}/threads/{id}/posts/{post}/hide", form(&GroupPages::hide_post));
  router.get("/{lang}/notifications", page(&GroupPages::notifications));
  router.add(V::post, "/{lang}/notifications/read", form(&GroupPages::mark_read));
  router.add(V::post, "/{lang}/notifications/settings", form(&GroupPages::deliveries));
  router.get("/{lang}/notifications/unsubscribe/{secret}", page(&GroupPages::unsubscribe_page));
  router.add(V::post, "/{lang}/notifications/unsubscribe/{secret}", form(&GroupPages::unsubscribe));
  // "Discuss this", beside the subject's own pages.
  router.get("/{lang}/knowledge/{id}/discussion", page(&GroupPages::discussion));
  router.add(V::post, "/{lang}/knowledge/{id}/discussion", form(&GroupPages::discuss), long_form);
  router.get("/{lang}/assessments/{id}/discussion", page(&GroupPages::discussion));
  router.add(V::post, "/{lang}/assessments/{id}/discussion", form(&GroupPages::discuss), long_form);
  router.get("/{lang}/pilots/{id}/discussion", page(&GroupPages::discussion));
  router.add(V::post, "/{lang}/pilots/{id}/discussion", form(&GroupPages::discuss), long_form);
}

std::string GroupPages::workspace_name(Language lang, const std::string& code) const {
  if (code == "SC") return site_.tr(lang, N_("Steering committee"));
  if (code == "STC") return site_.tr(lang, N_("Scientific and technical committee"));
  return text::fill(site_.tr(lang, N_("Working group {number}")), {{"number", code.substr(2)}});
}

Object GroupPages::moment(Language lang, Seconds at) const {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at)));
  return Object{{"text", site_.catalogue().format_date(lang, day)}, {"iso", text::utc_timestamp(at)}};
}

namespace {

std::string code_of(const http::Request& r) { return text::to_upper_ascii(r.param("code")); }

const char* role_label(MemberRole role) {
  return role == MemberRole::coordinator ? N_("Coordinator") : N_("Member");
}

}  // namespace

http::Response GroupPages::list(http::Request& r, Language lang, const Visit& v) {
  auto found = groups_.workspaces(v.principal);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  List items;
  for (const auto& w : *found)
    items.push_back(Object{{"code", w.code},
                           {"name", workspace_name(lang, w.code)},
                           {"href", prefix + "/groups/" + w.code},
                           {"private", w.privacy == Privacy::members_only},
                           {"members", std::to_string(w.members)},
                           {"threads", std::to_string(w.threads)},
                           {"unread", std::to_string(w.unread)},
                           {"has_unread", w.unread > 0},
                           {"mine", w.mine.has_value()},
                           {"role", w.mine ? site_.tr(lang, role_label(*w.mine)) : std::string()}});
  return site_.page(r, lang, "groups_list", site_.tr(lang, N_("Working groups")),
                    Object{{"workspaces", items}, {"notifications_href", prefix + "/notifications"}});
}

http::Response GroupPages::workspace(http::Request& r, Language lang, const Visit& v) {
  return workspace_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response GroupPages::start_thread(http::Request& r, Language lang, const Visit& v, const Form& f) {
  const std::string code = code_of(r);
  auto input = read_thread(json::object{{"subject", f.get("subject")}, {"body", f.get("body")}});
  if (!input) return workspace_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = groups_.start_thread(v.principal, code, std::move(*input));
  if (!done) return workspace_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/groups/" + code + "/threads/" + std::to_string(done->id.value()));
}

http::Response GroupPages::record_decision(http::Request& r, Language lang, const Visit& v, const Form& f) {
  const std::string code = code_of(r);
  auto input = read_decision(json::object{
      {"text", f.get("text")}, {"date", f.get("date")}, {"meeting", f.get("meeting")}, {"thread", f.get("thread")}});
  if (!input) return workspace_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = groups_.record_decision(v.principal, code, std::move(*input));
  if (!done) return workspace_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/groups/" + code + "?done=decision#decisions");
}

http::Response GroupPages::workspace_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                          Object extra, Status status) {
  const std::string code = code_of(r);
  auto found = groups_.workspace(v.principal, code);
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang), base = prefix + "/groups/" + code;
  auto field = [&](const char* name) { return typed ? typed->get(name) : std::string(); };

  List members;
  for (const auto& m : found->members)
    members.push_back(Object{{"name", m.name}, {"handle", m.handle}, {"role", site_.tr(lang, role_label(m.role))}});
  List threads, thread_choices;
  const std::string chosen_thread = field("thread");
  for (const auto& t : found->threads) {
    const std::string id = std::to_string(t.thread.id.value());
    threads.push_back(Object{{"subject", t.thread.subject},
                             {"href", base + "/threads/" + id},
                             {"author", t.thread.author_name},
                             {"posts", std::to_string(t.thread.posts)},
                             {"last", moment(lang, t.thread.last_post_at)},
                             {"unread", t.unread},
                             {"locked", t.thread.state == ThreadState::locked}});
    thread_choices.push_back(Object{{"id", id}, {"subject", t.thread.subject}, {"selected", id == chosen_thread}});
  }
  List decisions;
  for (const auto& d : found->decisions) {
    Object row{{"text", d.text}, {"date", d.date}, {"meeting", d.meeting}, {"has_meeting", !d.meeting.empty()}};
    if (d.thread) row["thread_href"] = base + "/threads/" + std::to_string(d.thread->value());
    decisions.push_back(std::move(row));
  }
  const std::string name = workspace_name(lang, code);
  Object data{{"code", code},
              {"name", name},
              {"list_href", prefix + "/groups"},
              {"private", found->summary.privacy == Privacy::members_only},
              {"members", members},
              {"has_members", !members.empty()},
              {"threads", threads},
              {"has_threads", !threads.empty()},
              {"thread_choices", thread_choices},
              {"decisions", decisions},
              {"has_decisions", !decisions.empty()},
              {"can_post", found->can.post},
              {"can_manage", found->can.manage},
              {"thread_action", base + "/threads"},
              {"decision_action", base + "/decisions"},
              {"subject_value", field("subject")},
              {"body_value", field("body")},
              {"text_value", field("text")},
              {"date_value", typed ? typed->get("date") : std::string()},
              {"meeting_value", field("meeting")}};
  if (auto done = r.query_value("done"); done && *done == "decision")
    data["notice"] = site_.tr(lang, N_("The decision is in the log."));
  merge(data, std::move(extra));
  return site_.page(r, lang, "groups_workspace", name, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
