// Attendance taken on the day — a list of the people with a place, each with a check-in
// button, narrow enough for a phone — its CSV export, and the certificate of attendance that
// a present person's token shows to anybody holding its address. Before the day, where the
// organisers approve each registration, the same page lists those waiting for a decision.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "export/table.hpp"
#include "http/request.hpp"
#include "web/event_labels.hpp"
#include "web/event_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::events;

http::Response EventPages::attendance(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.event(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto regs = events_.registrations(v.principal, *id);
  if (!regs) return site_.error_page(r, regs.error());
  const std::string base = Site::prefix(lang) + "/events/" + std::to_string(id->value());
  List people, waiting, requests;
  int present = 0;
  for (const auto& reg : *regs) {
    if (reg.status == RegistrationStatus::pending)
      requests.push_back(Object{{"name", reg.name},
                                {"organisation", reg.organisation},
                                {"country", reg.country},
                                {"needs", reg.needs},
                                {"has_needs", !reg.needs.empty()},
                                {"id", std::to_string(reg.id.value())},
                                {"action", base + "/registrations/" + std::to_string(reg.id.value()) + "/decision"},
                                {"approve_label", text::fill(site_.tr(lang, N_("Approve {name}")), {{"name", reg.name}})},
                                {"decline_label", text::fill(site_.tr(lang, N_("Decline {name}")), {{"name", reg.name}})}});
    if (reg.status == RegistrationStatus::waitlisted)
      waiting.push_back(Object{{"name", reg.name}, {"organisation", reg.organisation}});
    if (reg.status != RegistrationStatus::confirmed) continue;
    if (reg.checked_in_at) ++present;
    people.push_back(Object{{"name", reg.name},
                            {"organisation", reg.organisation},
                            {"needs", reg.needs},
                            {"has_needs", !reg.needs.empty()},
                            {"present", reg.checked_in_at != 0},
                            {"checked_in", reg.checked_in_at ? when_text(lang, reg.checked_in_at, found->event.zone, "") : std::string()},
                            {"action", base + "/attendance/" + std::to_string(reg.id.value())},
                            {"label", text::fill(site_.tr(lang, N_("Check in {name}")), {{"name", reg.name}})}});
  }
  Object data{{"title", found->event.title},
              {"event_href", base},
              {"list_href", Site::prefix(lang) + "/events"},
              {"people", people},
              {"has_people", !people.empty()},
              {"waiting", waiting},
              {"has_waiting", !waiting.empty()},
              {"requests", requests},
              {"has_requests", !requests.empty()},
              {"by_approval", found->event.allocation == Allocation::approval},
              {"present_text", text::fill(site_.tr(lang, N_("{present} of {total} present")),
                                          {{"present", std::to_string(present)}, {"total", std::to_string(people.size())}})},
              {"csv_href", base + "/attendance.csv"}};
  if (auto done = r.query_value("done")) {
    if (*done == "confirmed") data["notice"] = site_.tr(lang, N_("Approved: the person has a place and gets an e-mail."));
    else if (*done == "waitlisted")
      data["notice"] = site_.tr(lang, N_("Approved: every place is taken, so the person is on the waiting list and gets an e-mail."));
    else if (*done == "declined") data["notice"] = site_.tr(lang, N_("Declined: the person gets an e-mail."));
    else data["notice"] = site_.tr(lang, N_("Checked in."));
  }
  if (auto error = r.query_value("error"); error && *error == "decided")
    data["error"] = site_.tr(lang, N_("This registration is not waiting for a decision any more."));
  if (auto error = r.query_value("error"); error && *error == "day")
    data["error"] = site_.tr(lang, N_("Attendance is taken on the day of the event."));
  return site_.page(r, lang, "events_attendance",
                    text::fill(site_.tr(lang, N_("Attendance: {title}")), {{"title", found->event.title}}),
                    std::move(data));
}

http::Response EventPages::check_in(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<EventId>(r, "id");
  auto registration = http::path_id<RegistrationId>(r, "registration");
  if (!id || !registration) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const std::string base = Site::prefix(lang) + "/events/" + std::to_string(id->value()) + "/attendance";
  auto done = events_.check_in(v.principal, *id, *registration);
  if (!done && done.error().kind == ErrorKind::conflict && done.error().field == "event")
    return see_other(site_, r, base + "?error=day");
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, base + "?done=1");
}

http::Response EventPages::decide(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<EventId>(r, "id");
  auto registration = http::path_id<RegistrationId>(r, "registration");
  if (!id || !registration) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const std::string base = Site::prefix(lang) + "/events/" + std::to_string(id->value()) + "/attendance";
  auto decision = read_decision(boost::json::object{{"decision", f.get("decision")}});
  if (!decision) return site_.error_page(r, decision.error());
  auto done = events_.decide(v.principal, *id, *registration, *decision);
  if (!done && done.error().kind == ErrorKind::conflict) return see_other(site_, r, base + "?error=decided");
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, base + "?done=" + std::string(to_string(done->status)) + "#requests");
}

http::Response EventPages::attendance_csv(http::Request& r, Language, const Visit& v) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto table = events_.attendance(v.principal, *id);
  if (!table) return site_.error_page(r, table.error());
  auto res = http::make_response(r, bhttp::status::ok, "text/csv; charset=utf-8", exports::to_csv(*table));
  res.set(bhttp::field::content_disposition,
          "attachment; filename=\"attendance-" + std::to_string(id->value()) + ".csv\"");
  return res;
}

http::Response EventPages::certificate(http::Request& r, Language lang, const Visit&) {
  auto found = events_.certificate(r.param("token"));
  if (!found) return site_.error_page(r, found.error());
  const Event& e = found->event;
  Object data{{"name", found->name},
              {"organisation", found->organisation},
              {"has_organisation", !found->organisation.empty()},
              {"title", e.title},
              {"kind", site_.tr(lang, event_kind_label(e.kind))},
              {"starts", when_text(lang, e.starts_at, e.zone, "")},
              {"ends", when_text(lang, e.ends_at, e.zone, "")},
              {"place", e.place.empty() ? site_.tr(lang, N_("Online")) : e.place},
              {"host", e.host_name},
              {"has_host", !e.host_name.empty()},
              {"checked_in", when_text(lang, found->checked_in_at, e.zone, "")},
              {"event_href", Site::prefix(lang) + "/events/" + std::to_string(e.id.value())}};
  return site_.page(r, lang, "events_certificate", site_.tr(lang, N_("Certificate of attendance")), std::move(data));
}

}  // namespace cps::web
