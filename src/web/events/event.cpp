// An event's page: what, when (in the event's zone and the reader's), where, the agenda and
// materials, the viewer's registration with the forms to register and cancel, and for a study
// visit its report, the form to write it and the buttons that turn a lesson into a knowledge
// item.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "domain/events/zones.hpp"
#include "http/request.hpp"
#include "web/event_labels.hpp"
#include "web/event_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using i18n::NP_;
using namespace cps::events;

namespace {

int revision_of(const Form& f) { return int(text::parse_int(f.get("revision")).value_or(0)); }

std::string event_path(i18n::Language lang, EventId id) {
  return Site::prefix(lang) + "/events/" + std::to_string(id.value());
}

// The quotas in words: "At most 2 places per organisation · at most 4 per country".
std::string quota_text(const Site& site, i18n::Language lang, const events::Quotas& q) {
  std::vector<std::string> parts;
  if (q.per_organisation > 0)
    parts.push_back(site.catalogue().translate_count(
        lang, NP_("At most {count} place per organisation", "At most {count} places per organisation"),
        q.per_organisation));
  if (q.per_country > 0)
    parts.push_back(site.catalogue().translate_count(
        lang, NP_("At most {count} place per country", "At most {count} places per country"), q.per_country));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
  return out;
}

}  // namespace

http::Response EventPages::event(http::Request& r, Language lang, const Visit& v) {
  return event_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response EventPages::register_for(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto needs = read_registration(json::object{{"needs", f.get("needs")}});
  if (!needs) return event_page(r, lang, v, &f, form_error(site_, lang, needs.error()), form_status(needs.error()));
  auto done = events_.register_for(v.principal, *id, *needs);
  if (!done) return event_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, event_path(lang, *id) + "?done=" + std::string(to_string(done->status)));
}

http::Response EventPages::cancel(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = events_.cancel(v.principal, *id);
  if (!done) return event_page(r, lang, v, nullptr, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, event_path(lang, *id) + "?done=cancelled");
}

http::Response EventPages::report(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_report(json::object{{"seen", f.get("seen")},
                                        {"lessons", f.get("lessons")},
                                        {"transfer", f.get("transfer")},
                                        {"audience", f.get("audience")}});
  if (!input) return event_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = events_.write_report(v.principal, *id, revision_of(f), std::move(*input));
  if (!done) return event_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, event_path(lang, *id) + "?done=report#report");
}

http::Response EventPages::draft(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<EventId>(r, "id");
  auto lesson = text::parse_int(r.param("lesson"));
  if (!id || !lesson || *lesson < 1) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto item = events_.draft_from_lesson(v.principal, *id, std::size_t(*lesson - 1));
  if (!item) return event_page(r, lang, v, nullptr, form_error(site_, lang, item.error()), form_status(item.error()));
  return see_other(site_, r, event_path(lang, *id) + "?done=drafted#report");
}

http::Response EventPages::event_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                      Object extra, Status status) {
  auto id = http::path_id<EventId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = events_.event(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Event& e = found->event;
  const std::string prefix = Site::prefix(lang);
  const std::string base = event_path(lang, e.id);
  std::string tz = r.query_value("tz").value_or("");
  if (!is_zone(tz)) tz.clear();
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };

  List agenda, areas, regions, materials, lessons, zone_list;
  for (const auto& a : e.agenda)
    agenda.push_back(Object{{"time", a.time}, {"title", a.title}, {"speaker", a.speaker}, {"has_speaker", !a.speaker.empty()}});
  for (const auto& a : e.areas) areas.push_back(Object{{"name", area_label(a, lang)}});
  for (const auto& code : e.regions) {
    auto region = reference_.region(code);
    regions.push_back(Object{{"name", region ? region->region.name_latin + " (" + code + ")" : code},
                             {"href", prefix + "/regions/" + code}});
  }
  for (auto m : e.materials) materials.push_back(Object{{"href", prefix + "/knowledge/" + std::to_string(m)}, {"number", std::to_string(m)}});
  if (e.report)
    for (std::size_t i = 0; i < e.report->lessons.size(); ++i) {
      Object lesson{{"text", e.report->lessons[i]},
                    {"number", std::to_string(i + 1)},
                    {"action", base + "/report/lessons/" + std::to_string(i + 1)}};
      bool drafted = false;
      for (const auto& li : e.lesson_items)
        if (li.lesson == i) {
          drafted = true;
          lesson["item_href"] = prefix + "/knowledge/" + std::to_string(li.item);
        }
      lesson["drafted"] = drafted;
      lesson["can_draft"] = found->can.report && !drafted;
      lessons.push_back(std::move(lesson));
    }
  for (const auto& z : zones()) zone_list.push_back(Object{{"code", std::string(z.name)}, {"selected", z.name == tz}});
  std::string lessons_text;
  if (e.report)
    for (const auto& l : e.report->lessons) lessons_text += l + "\n";
  const bool by_approval = e.allocation == Allocation::approval;
  // With places given by approval nobody joins the waiting list by registering.
  const bool full = !by_approval && e.capacity > 0 && found->confirmed >= e.capacity;
  Object data{{"title", e.title},
              {"kind", site_.tr(lang, event_kind_label(e.kind))},
              {"kind_code", std::string(to_string(e.kind))},
              {"list_href", prefix + "/events"},
              {"description", e.description},
              {"has_description", !e.description.empty()},
              {"starts", when_text(lang, e.starts_at, e.zone, tz)},
              {"ends", when_text(lang, e.ends_at, e.zone, tz)},
              {"zones", zone_list},
              {"tz_action", base},
              {"place", e.place},
              {"has_place", !e.place.empty()},
              {"address", e.address},
              {"has_address", !e.address.empty()},
              {"online_link", e.online_link},
              {"has_online_link", !e.online_link.empty()},
              {"host", e.host_name},
              {"has_host", !e.host_name.empty()},
              {"areas", areas},
              {"has_areas", !areas.empty()},
              {"regions", regions},
              {"has_regions", !regions.empty()},
              {"agenda", agenda},
              {"has_agenda", !agenda.empty()},
              {"materials", materials},
              {"has_materials", !materials.empty()},
              {"capacity_text", e.capacity ? text::fill(site_.tr(lang, N_("{taken} of {capacity} places taken, {waiting} waiting")),
                                                        {{"taken", std::to_string(found->confirmed)},
                                                         {"capacity", std::to_string(e.capacity)},
                                                         {"waiting", std::to_string(found->waitlisted)}})
                                           : text::fill(site_.tr(lang, N_("{taken} registered, no limit")),
                                                        {{"taken", std::to_string(found->confirmed)}})},
              {"quota_text", quota_text(site_, lang, e.quotas)},
              {"deadline", e.registration_closes_at ? when_text(lang, e.registration_closes_at, e.zone, tz) : std::string()},
              {"has_deadline", e.registration_closes_at != 0},
              {"ics_href", base + "/event.ics"},
              {"signed_in", v.principal.signed_in()},
              {"sign_in_href", prefix + "/login?next=" + text::encode_uri_component(base)},
              {"registered", found->mine.has_value()},
              {"my_status", found->mine ? site_.tr(lang, registration_status_label(found->mine->status)) : std::string()},
              {"waiting", found->position > 0},
              {"position_text", text::fill(site_.tr(lang, N_("You are number {position} on the waiting list.")),
                                           {{"position", std::to_string(found->position)}})},
              {"has_certificate", found->mine && !found->mine->certificate.empty()},
              {"certificate_href", found->mine ? prefix + "/certificates/" + found->mine->certificate : std::string()},
              {"can_register", found->can.register_},
              {"full", full},
              {"by_approval", by_approval},
              {"register_action", base + "/registration"},
              {"cancel_action", base + "/registration/cancel"},
              {"can_cancel", found->can.cancel},
              {"needs_value", field("needs", "")},
              {"can_manage", found->can.manage},
              {"edit_href", base + "/edit"},
              {"attendance_href", base + "/attendance"},
              {"is_visit", e.kind == EventKind::study_visit},
              {"has_report", e.report.has_value()},
              {"seen", e.report ? e.report->seen : std::string()},
              {"transfer", e.report ? e.report->transfer : std::string()},
              {"has_transfer", e.report && !e.report->transfer.empty()},
              {"audience", e.report ? e.report->audience : std::string()},
              {"has_audience", e.report && !e.report->audience.empty()},
              {"report_by", e.report ? e.report->written_by : std::string()},
              {"lessons", lessons},
              {"can_report", found->can.report},
              {"report_action", base + "/report"},
              {"revision", std::to_string(e.revision)},
              {"seen_value", field("seen", e.report ? e.report->seen : "")},
              {"lessons_value", field("lessons", lessons_text)},
              {"transfer_value", field("transfer", e.report ? e.report->transfer : "")},
              {"audience_value", field("audience", e.report ? e.report->audience : "")}};
  if (auto done = r.query_value("done")) {
    if (*done == "confirmed") data["notice"] = site_.tr(lang, N_("You are registered: your place is confirmed."));
    if (*done == "waitlisted")
      data["notice"] = site_.tr(lang, N_("The event is full: you are on the waiting list. If a place becomes free, it is yours and you get an e-mail."));
    if (*done == "pending")
      data["notice"] = site_.tr(lang, N_("Your registration is received. The organisers approve each one: you get an e-mail with their decision."));
    if (*done == "cancelled") data["notice"] = site_.tr(lang, N_("Your registration is cancelled."));
    if (*done == "report") data["notice"] = site_.tr(lang, N_("The report is saved."));
    if (*done == "drafted")
      data["notice"] = site_.tr(lang, N_("The lesson is a knowledge item now, sent for review to the coordinators of its areas."));
    if (*done == "saved") data["notice"] = site_.tr(lang, N_("The event is saved."));
  }
  if (feedback_form_)
    if (auto href = feedback_form_(v.principal, e.id, lang)) data["feedback_href"] = *href;
  merge(data, std::move(extra));
  return site_.page(r, lang, "events_event", e.title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
