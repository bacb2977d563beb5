// The JSON API of events: the calendar (upcoming and past, by kind and area), an event, its
// creation and editing, registration with the waiting list and cancellation, the organisers'
// list of registrations, check-in and the attendance export, certificates by their token, a
// study visit's report and the knowledge items drawn from its lessons, and the personal
// calendar feed's secret address.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/events/event_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class EventEndpoints {
 public:
  EventEndpoints(events::EventService& events, auth::Authenticator& authenticator, std::string public_url)
      : events_(events), auth_(authenticator), public_url_(std::move(public_url)) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response list(http::Request& r);
  http::Response create(http::Request& r, const Visit& v);
  http::Response event(http::Request& r, const Visit& v);
  http::Response update(http::Request& r, const Visit& v);
  http::Response registrations(http::Request& r, const Visit& v);
  http::Response register_for(http::Request& r, const Visit& v);
  http::Response cancel(http::Request& r, const Visit& v);
  http::Response check_in(http::Request& r, const Visit& v);
  http::Response decide(http::Request& r, const Visit& v);
  http::Response attendance(http::Request& r, const Visit& v);
  http::Response certificate(http::Request& r);
  http::Response report(http::Request& r, const Visit& v);
  http::Response draft(http::Request& r, const Visit& v);
  http::Response calendar(http::Request& r, const Visit& v);
  http::Response renew_calendar(http::Request& r, const Visit& v);
  http::Response revoke_calendar(http::Request& r, const Visit& v);

  events::EventService& events_;
  auth::Authenticator& auth_;
  std::string public_url_;
};

}  // namespace cps::api
