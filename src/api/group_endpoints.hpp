// The working-group workspaces in the API: the workspaces, a workspace with its members and
// decisions, its discussions, a discussion's posts (reply, edit, hide), locking and following a
// discussion, the decisions log, the notification centre with the e-mail choices, and the
// discussion of a knowledge item, an assessment or a pilot ("discuss this"). (The
// link in e-mails that stops them is a page: it is for people reading mail, not programs.)
// Bodies are read by the domain's readers, as the pages read forms.
#pragma once

#include "auth/authenticator.hpp"
#include "domain/groups/group_service.hpp"
#include "http/router.hpp"

namespace cps::api {

class GroupEndpoints {
 public:
  GroupEndpoints(groups::GroupService& groups, auth::Authenticator& authenticator)
      : groups_(groups), auth_(authenticator) {}

  void add_routes(http::Router& router);

 private:
  using Visit = auth::Visit;
  http::Response workspaces(http::Request& r, const Visit& v);
  http::Response workspace(http::Request& r, const Visit& v);
  http::Response threads(http::Request& r, const Visit& v);
  http::Response start_thread(http::Request& r, const Visit& v);
  http::Response record_decision(http::Request& r, const Visit& v);
  http::Response posts(http::Request& r, const Visit& v);
  http::Response reply(http::Request& r, const Visit& v);
  http::Response edit_post(http::Request& r, const Visit& v);
  http::Response hide_post(http::Request& r, const Visit& v);
  http::Response set_state(http::Request& r, const Visit& v);
  http::Response set_subscription(http::Request& r, const Visit& v);
  http::Response notifications(http::Request& r, const Visit& v);
  http::Response mark_read(http::Request& r, const Visit& v);
  http::Response deliveries(http::Request& r, const Visit& v);
  http::Response set_deliveries(http::Request& r, const Visit& v);
  // "Discuss this": GET and POST /api/v1/{knowledge|assessments|pilots}/{id}/discussion.
  http::Response discussion(http::Request& r, const Visit& v);
  http::Response discuss(http::Request& r, const Visit& v);

  groups::GroupService& groups_;
  auth::Authenticator& auth_;
};

}  // namespace cps::api
