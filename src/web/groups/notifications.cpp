// The notification centre: what waits for the person (newest first, unread marked), marking
// them read, the e-mail choices per kind, and the page an e-mail's link opens to stop that kind
// of e-mail without signing in (a button, so that mail scanners opening links change nothing).
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/group_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::groups;

namespace {

const char* kind_label(NotificationKind kind) {
  return kind == NotificationKind::mention ? N_("Mentions of me") : N_("Replies in discussions I follow");
}

const char* delivery_label(Delivery d) {
  switch (d) {
    case Delivery::immediate: return N_("At once");
    case Delivery::daily: return N_("Once a day");
    case Delivery::weekly: return N_("Once a week");
    case Delivery::never: return N_("No e-mail");
  }
  return "";
}

}  // namespace

http::Response GroupPages::notifications(http::Request& r, Language lang, const Visit& v) {
  auto found = groups_.notifications(v.principal);
  if (!found) return site_.error_page(r, found.error());
  auto settings = groups_.deliveries(v.principal);
  if (!settings) return site_.error_page(r, settings.error());
  const std::string prefix = Site::prefix(lang);
  List items;
  for (const auto& n : found->items) {
    const std::string text = n.kind == NotificationKind::mention
                                 ? site_.tr(lang, N_("{actor} mentioned you in “{subject}”"))
                                 : site_.tr(lang, N_("{actor} replied in “{subject}”"));
    items.push_back(Object{
        {"id", std::to_string(n.id.value())},
        {"text", text::fill(text, {{"actor", n.actor_name}, {"subject", n.subject}})},
        {"workspace", workspace_name(lang, n.group)},
        {"href", prefix + "/groups/" + n.group + "/threads/" + std::to_string(n.thread.value()) + "#post-" +
                     std::to_string(n.post.value())},
        {"when", moment(lang, n.created_at)},
        {"unread", n.read_at == 0}});
  }
  List kinds;
  for (const auto& s : *settings) {
    List choices;
    for (const auto& d : kDeliveryNames)
      choices.push_back(Object{{"code", std::string(d.name)},
                               {"label", site_.tr(lang, delivery_label(d.value))},
                               {"selected", d.value == s.delivery}});
    kinds.push_back(Object{{"code", std::string(to_string(s.kind))},
                           {"label", site_.tr(lang, kind_label(s.kind))},
                           {"choices", choices}});
  }
  Object data{{"items", items},
              {"has_items", !items.empty()},
              {"unread", std::to_string(found->unread)},
              {"has_unread", found->unread > 0},
              {"read_action", prefix + "/notifications/read"},
              {"settings_action", prefix + "/notifications/settings"},
              {"kinds", kinds},
              {"groups_href", prefix + "/groups"}};
  if (auto done = r.query_value("done"); done && *done == "settings")
    data["notice"] = site_.tr(lang, N_("Your e-mail choices are saved."));
  return site_.page(r, lang, "notifications", site_.tr(lang, N_("Notifications")), std::move(data));
}

http::Response GroupPages::mark_read(http::Request& r, Language lang, const Visit& v, const Form& f) {
  std::optional<NotificationId> id;
  if (auto n = text::parse_int(f.get("id")); n && *n > 0) id = NotificationId(*n);
  if (auto done = groups_.mark_read(v.principal, id); !done) return site_.error_page(r, done.error());
  // Opening a notification marks it read and goes to the post.
  const std::string next = f.get("next");
  return see_other(site_, r, safe_next(next, Site::prefix(lang) + "/notifications"));
}

http::Response GroupPages::deliveries(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::object body;
  for (const auto& k : kNotificationKindNames)
    if (auto chosen = f.get(k.name); !chosen.empty()) body[k.name] = chosen;
  auto choice = read_deliveries(body);
  if (!choice) return site_.error_page(r, choice.error());
  auto done = groups_.set_deliveries(v.principal, *choice);
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/notifications?done=settings#settings");
}

http::Response GroupPages::unsubscribe_page(http::Request& r, Language lang, const Visit&) {
  const std::string prefix = Site::prefix(lang);
  return site_.page(r, lang, "notifications_unsubscribe", site_.tr(lang, N_("Stop e-mails")),
                    Object{{"action", prefix + "/notifications/unsubscribe/" + text::encode_uri_component(r.param("secret"))},
                           {"asking", true}});
}

http::Response GroupPages::unsubscribe(http::Request& r, Language lang, const Visit&, const Form&) {
  auto kind = groups_.unsubscribe(r.param("secret"));
  if (!kind) return site_.error_page(r, kind.error());
  const std::string prefix = Site::prefix(lang);
  return site_.page(
      r, lang, "notifications_unsubscribe", site_.tr(lang, N_("Stop e-mails")),
      Object{{"asking", false},
             {"kind", site_.tr(lang, kind_label(*kind))},
             {"notifications_href", prefix + "/notifications"}});
}

}  // namespace cps::web
