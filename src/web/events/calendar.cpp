// Calendars: one event's iCal file, the personal feed at its secret address with the page
// that makes and revokes it, and the public Atom feed of upcoming events.
#include <algorithm>
#include <chrono>
#include <fmt/format.h>

#include "core/text.hpp"
#include "domain/events/ical.hpp"
#include "http/request.hpp"
#include "web/event_labels.hpp"
#include "web/event_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::events;

namespace {

Seconds now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string iso(Seconds t) {
  auto tp = std::chrono::sys_seconds(std::chrono::seconds(t));
  auto day = std::chrono::floor<std::chrono::days>(tp);
  std::chrono::year_month_day ymd(day);
  std::chrono::hh_mm_ss hms(tp - day);
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

}  // namespace

http::Response EventPages::event_ics(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.event(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  std::string body = ical_calendar({found->event}, CalendarOptions{"", base_url(), std::string(i18n::code(lang)), now_seconds()});
  auto res = http::make_response(r, bhttp::status::ok, "text/calendar; charset=utf-8", std::move(body));
  res.set(bhttp::field::content_disposition, "attachment; filename=\"event-" + std::to_string(id->value()) + ".ics\"");
  return res;
}

http::Response EventPages::personal_ics(http::Request& r) {
  std::string file = r.param("file");
  if (!file.ends_with(".ics")) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.calendar(file.substr(0, file.size() - 4));
  if (!found) return site_.error_page(r, found.error());
  // The address is a secret: links to online meetings stay on the event pages, behind a sign-in.
  for (auto& e : *found) e.online_link.clear();
  std::string body = ical_calendar(*found, CalendarOptions{"ClusterPoliSEE", base_url(), "en", now_seconds()});
  auto res = http::make_response(r, bhttp::status::ok, "text/calendar; charset=utf-8", std::move(body));
  res.set(bhttp::field::cache_control, "private, no-store");
  return res;
}

http::Response EventPages::calendar_page(http::Request& r, Language lang, const Visit& v) {
  return calendar_view(r, lang, v, "");
}

http::Response EventPages::calendar_view(http::Request& r, Language lang, const Visit& v, const std::string& secret) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  auto has = events_.has_calendar(v.principal);
  if (!has) return site_.error_page(r, has.error());
  const std::string prefix = Site::prefix(lang);
  Object data{{"active", *has},
              {"list_href", prefix + "/events"},
              {"renew_action", prefix + "/events/calendar"},
              {"revoke_action", prefix + "/events/calendar/revoke"}};
  // The secret is shown once, in the answer to the form that made it (never in an address a
  // browser keeps in its history); only its digest is stored.
  if (!secret.empty()) data["url"] = base_url() + "/calendar/" + secret + ".ics";
  if (r.query_value("revoked")) data["notice"] = site_.tr(lang, N_("The address of your calendar no longer works."));
  return site_.page(r, lang, "events_calendar", site_.tr(lang, N_("Your calendar of events")), std::move(data));
}

http::Response EventPages::renew_calendar(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto secret = events_.renew_calendar(v.principal);
  if (!secret) return site_.error_page(r, secret.error());
  auto res = calendar_view(r, lang, v, *secret);
  res.set(bhttp::field::cache_control, "no-store");
  return res;
}

http::Response EventPages::revoke_calendar(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto done = events_.revoke_calendar(v.principal);
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/events/calendar?revoked=1");
}

http::Response EventPages::feed(http::Request& r) {
  Language lang = i18n::Language::en;
  for (const auto& [key, value] : r.query) {
    if (key != "ui") return site_.error_page(r, Error{ErrorKind::invalid, "This parameter is not known here.", key});
    auto parsed = i18n::parse_language(value);
    if (!parsed) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
    lang = *parsed;
  }
  auto found = events_.list(ListFilter{});
  if (!found) return site_.error_page(r, found.error());
  const std::string base = base_url();
  auto x = [](std::string_view s) { return text::escape_html(s); };
  std::string self = base + "/feeds/events.atom" + (lang == i18n::Language::en ? "" : "?ui=" + std::string(i18n::code(lang)));
  Seconds updated = 0;
  for (const auto& e : *found) updated = std::max(updated, e.updated_at);
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    std::string(i18n::code(lang)) + "\">\n";
  out += "  <id>" + x(self) + "</id>\n";
  out += "  <title>ClusterPoliSEE · " + x(site_.tr(lang, N_("Events"))) + "</title>\n";
  out += "  <updated>" + iso(updated) + "</updated>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + x(self) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + x(base + Site::prefix(lang) + "/events") + "\"/>\n";
  for (const auto& e : *found) {
    std::string href = base + Site::prefix(lang) + "/events/" + std::to_string(e.id.value());
    out += "  <entry>\n";
    out += "    <id>" + x(href) + "</id>\n";
    out += "    <title>" + x(e.title) + "</title>\n";
    out += "    <published>" + iso(e.created_at) + "</published>\n";
    out += "    <updated>" + iso(e.updated_at) + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + x(href) + "\"/>\n";
    out += "    <author><name>" + x(e.host_name.empty() ? std::string("ClusterPoliSEE") : e.host_name) + "</name></author>\n";
    out += "    <category term=\"" + x(std::string(to_string(e.kind))) + "\" label=\"" +
           x(site_.tr(lang, event_kind_label(e.kind))) + "\"/>\n";
    for (const auto& a : e.areas) out += "    <category term=\"" + x(a) + "\"/>\n";
    out += "    <summary>" + x(when_text(lang, e.starts_at, e.zone, "") + (e.place.empty() ? "" : " · " + e.place)) +
           "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return http::make_response(r, bhttp::status::ok, "application/atom+xml; charset=utf-8", std::move(out));
}

}  // namespace cps::web
