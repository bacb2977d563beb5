// Pages of events: the calendar (upcoming and past, by kind and area), an event's page with
// registration, the waiting list and cancellation, its iCal file, the organisers' form and the
// attendance list taken on the day (with the CSV export), the certificate of attendance, a
// study visit's report with its lessons turned into knowledge items, the personal calendar
// feed and the public Atom feed. Where the organisers approve each registration, the
// attendance page lists the registrations waiting for their decision. What the viewer may do is the service's Capabilities; the
// service checks it again. The handlers live in web/events/.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "domain/accounts/organisation_service.hpp"
#include "domain/events/event_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

class EventPages {
 public:
  EventPages(const Site& site, events::EventService& events, reference::ReferenceService& reference,
             accounts::OrganisationService& organisations, std::string public_url)
      : site_(site), events_(events), reference_(reference), organisations_(organisations),
        public_url_(std::move(public_url)) {}

  void add_routes(http::Router& router);
  // The address of the event's feedback form when the viewer may answer it (an attendee, after
  // the event); set by the composition root, which knows the surveys.
  using FeedbackForm = std::function<std::optional<std::string>(const accounts::Principal&, events::EventId, i18n::Language)>;
  void offer_feedback_with(FeedbackForm form) { feedback_form_ = std::move(form); }

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // routes.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  // event.cpp
  http::Response event(http::Request& r, Language lang, const Visit& v);
  http::Response register_for(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response cancel(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response report(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response draft(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response event_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                            Status status);
  // form.cpp
  http::Response new_event(http::Request& r, Language lang, const Visit& v);
  http::Response edit_event(http::Request& r, Language lang, const Visit& v);
  http::Response create(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response update(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response form_page(http::Request& r, Language lang, const Visit& v, const events::Event* stored, const Form* typed,
                           Object extra, Status status);
  // attendance.cpp
  http::Response attendance(http::Request& r, Language lang, const Visit& v);
  http::Response check_in(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response decide(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response attendance_csv(http::Request& r, Language lang, const Visit& v);
  http::Response certificate(http::Request& r, Language lang, const Visit& v);
  // calendar.cpp
  http::Response event_ics(http::Request& r, Language lang, const Visit& v);
  http::Response personal_ics(http::Request& r);
  http::Response calendar_page(http::Request& r, Language lang, const Visit& v);
  // The page, with the secret address just made when there is one.
  http::Response calendar_view(http::Request& r, Language lang, const Visit& v, const std::string& secret);
  http::Response renew_calendar(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response revoke_calendar(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response feed(http::Request& r);

  // "10 June 2026, 09:00 (Europe/Bucharest, UTC+03:00)"; in the reader's zone too when they
  // chose one (`tz`) that differs.
  std::string when_text(Language lang, events::Seconds at, const std::string& zone, const std::string& reader) const;
  // "WG4 · Cluster management" in the language.
  std::string area_label(const std::string& code, Language lang) const;
  std::string base_url() const;

  const Site& site_;
  events::EventService& events_;
  reference::ReferenceService& reference_;
  accounts::OrganisationService& organisations_;
  std::string public_url_;
  FeedbackForm feedback_form_;
};

}  // namespace cps::web
