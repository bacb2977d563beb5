// Pages of the working-group workspaces: the list of workspaces, a workspace (members,
// discussions, decisions log, and the forms to start a discussion and record a decision), a
// discussion with its posts (reply, quote, edit, hide, lock, follow), and the notification centre
// with the e-mail choices and the no-sign-in page that stops e-mails. What the viewer may do is
// the service's capabilities; the service checks it again. The handlers live in web/groups/.
#pragma once

#include <string>

#include "domain/groups/group_service.hpp"
#include "http/router.hpp"
#include "web/forms.hpp"
#include "web/site.hpp"

namespace cps::web {

// "Knowledge item: <title>" with the link back to the subject's page, for a discussion about it.
Object about_link(const Site& site, i18n::Language lang, const groups::Subject& subject, const std::string& title);

class GroupPages {
 public:
  GroupPages(const Site& site, groups::GroupService& groups) : site_(site), groups_(groups) {}

  void add_routes(http::Router& router);

 private:
  using Language = i18n::Language;
  using Visit = auth::Visit;
  using Status = http::bhttp::status;

  // workspaces.cpp
  http::Response list(http::Request& r, Language lang, const Visit& v);
  http::Response workspace(http::Request& r, Language lang, const Visit& v);
  http::Response start_thread(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response record_decision(http::Request& r, Language lang, const Visit& v, const Form& f);
  // The workspace's page; `typed` (a refused form) fills that form again, `extra` holds the
  // refusal's message.
  http::Response workspace_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                                Status status);
  // thread.cpp
  http::Response thread(http::Request& r, Language lang, const Visit& v);
  http::Response reply(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response edit_post(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response hide_post(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response set_state(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response subscription(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response thread_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                             Status status);
  // notifications.cpp
  http::Response notifications(http::Request& r, Language lang, const Visit& v);
  http::Response mark_read(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response deliveries(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response unsubscribe_page(http::Request& r, Language lang, const Visit& v);
  http::Response unsubscribe(http::Request& r, Language lang, const Visit& v, const Form& f);

  // subjects.cpp: "discuss this" — the discussion of a knowledge item, an assessment or a pilot
  // (its page when it has one, else the form that starts it).
  http::Response discussion(http::Request& r, Language lang, const Visit& v);
  http::Response discuss(http::Request& r, Language lang, const Visit& v, const Form& f);
  http::Response discussion_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                                 Status status);

  // "Working group 4", "Steering committee" … in the language.
  std::string workspace_name(Language lang, const std::string& code) const;
  // A moment as the language writes its day, and the machine-readable time.
  Object moment(Language lang, groups::Seconds at) const;

  const Site& site_;
  groups::GroupService& groups_;
};

}  // namespace cps::web
