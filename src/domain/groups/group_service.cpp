// The workspaces' and discussions' rules (see group_service.hpp); notifications and their
// e-mails are in notifications.cpp.
#include "domain/groups/group_service.hpp"

#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::groups {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

Status require_writer(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

accounts::Target target_of_group(const std::string& code) { return accounts::Target{.areas = {code}}; }

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }
std::unexpected<Error> forbidden() { return fail(ErrorKind::forbidden, "You may not do this."); }

std::string thread_target(ThreadId id) { return "thread:" + std::to_string(id.value()); }
std::string post_target(PostId id) { return "post:" + std::to_string(id.value()); }

}  // namespace

GroupService::GroupService(GroupRepository& repository, GroupSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds GroupService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool GroupService::reads(const Principal& who, const std::string& code) const {
  if (!who.signed_in() || !is_workspace(code)) return false;
  if (!accounts::allowed(who, Action::view_group, target_of_group(code))) return false;
  // A committee's workspace is its members' (and of those who keep every workspace).
  return privacy_of(code) == Privacy::partnership || member_role(who.roles, code).has_value() ||
         accounts::allowed(who, Action::manage_group, target_of_group(code));
}

WorkspaceCapabilities GroupService::capabilities(const Principal& who, const std::string& code) const {
  WorkspaceCapabilities can;
  if (!reads(who, code) || !require_writer(who)) return can;
  can.post = accounts::allowed(who, Action::post_discussion, target_of_group(code));
  can.moderate = accounts::allowed(who, Action::moderate_discussion, target_of_group(code));
  can.manage = accounts::allowed(who, Action::manage_group, target_of_group(code));
  return can;
}

Status GroupService::audit(GroupStore& store, const Principal& who, std::string action, std::string target,
                           std::string detail) {
  return store.append_audit(
      accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target), std::move(detail), who.client,
                            now()});
}

Result<std::vector<WorkspaceSummary>> GroupService::workspaces(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  std::vector<WorkspaceSummary> out;
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto marks = store.read_marks(*who.user);
    if (!marks) return std::unexpected(marks.error());
    for (auto code_view : kWorkspaceCodes) {
      std::string code(code_view);
      if (!reads(who, code)) continue;
      WorkspaceSummary s{code, privacy_of(code), 0, 0, 0, member_role(who.roles, code)};
      s.members = std::size_t(std::count_if(people->begin(), people->end(), [&](const Person& p) {
        return member_role(p.principal.roles, code).has_value();
      }));
      auto all = store.threads(code);
      if (!all) return std::unexpected(all.error());
      auto threads = readable_only(who, std::move(*all));
      if (!threads) return std::unexpected(threads.error());
      s.threads = threads->size();
      for (const auto& t : *threads) {
        auto mark = marks->find(t.id.value());
        if (mark == marks->end() || mark->second < t.last_post_at) ++s.unread;
      }
      out.push_back(std::move(s));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<WorkspaceView> GroupService::workspace(const Principal& who, const std::string& code) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!reads(who, code)) return not_found();
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  WorkspaceView v;
  v.summary = WorkspaceSummary{code, privacy_of(code), 0, 0, 0, member_role(who.roles, code)};
  for (const auto& p : *people)
    if (auto role = member_role(p.principal.roles, code)) v.members.push_back(Member{p.id, p.name, handle_of(p.name), *role});
  std::sort(v.members.begin(), v.members.end(), [](const Member& a, const Member& b) {
    return std::tie(a.role, a.name) < std::tie(b.role, b.name);
  });
  v.summary.members = v.members.size();
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto marks = store.read_marks(*who.user);
    if (!marks) return std::unexpected(marks.error());
    auto all = store.threads(code);
    if (!all) return std::unexpected(all.error());
    auto threads = readable_only(who, std::move(*all));
    if (!threads) return std::unexpected(threads.error());
    for (auto& t : *threads) {
      auto mark = marks->find(t.id.value());
      bool unread = mark == marks->end() || mark->second < t.last_post_at;
      v.summary.unread += unread ? 1 : 0;
      v.threads.push_back(ThreadSummary{std::move(t), unread});
    }
    v.summary.threads = v.threads.size();
    auto decisions = store.decisions(code);
    if (!decisions) return std::unexpected(decisions.error());
    v.decisions = std::move(*decisions);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  v.can = capabilities(who, code);
  return v;
}

Result<Thread> GroupService::readable_thread(GroupStore& store, const Principal& who, ThreadId id) {
  auto found = store.thread(id);
  if (!found) return std::unexpected(found.error());
  if (!*found || !reads(who, (*found)->group)) return not_found();
  auto about = reads_about(who, **found);
  if (!about) return std::unexpected(about.error());
  if (!*about) return not_found();
  return std::move(**found);
}

Result<bool> GroupService::reads_about(const Principal& who, const Thread& thread) {
  if (!thread.about) return true;
  auto info = surroundings_.subject(who, *thread.about);
  if (!info) return std::unexpected(info.error());
  return info->has_value();
}

Result<std::vector<Thread>> GroupService::readable_only(const Principal& who, std::vector<Thread> threads) {
  std::vector<Thread> out;
  for (auto& t : threads) {
    auto ok = reads_about(who, t);
    if (!ok) return std::unexpected(ok.error());
    if (*ok) out.push_back(std::move(t));
  }
  return out;
}

Result<ThreadView> GroupService::thread(const Principal& who, ThreadId id) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  ThreadView v;
  // Outside a transaction: the one write is the reader's own read mark, which needs no other
  // write beside it and changes nothing any cached page shows.
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto t = readable_thread(store, who, id);
    if (!t) return std::unexpected(t.error());
    v.thread = std::move(*t);
    v.can = capabilities(who, v.thread.group);
    v.can_reply = v.can.post && v.thread.state == ThreadState::open;
    auto posts = store.posts(id);
    if (!posts) return std::unexpected(posts.error());
    for (auto& p : *posts) {
      bool mine = p.author == *who.user;
      v.posts.push_back(PostView{std::move(p), false});
      v.posts.back().can_edit = mine && v.can_reply && !v.posts.back().post.hidden();
    }
    auto subscribers = store.subscribers(id);
    if (!subscribers) return std::unexpected(subscribers.error());
    if (std::find(subscribers->begin(), subscribers->end(), *who.user) != subscribers->end())
      v.subscription = Subscription::subscribed;
    auto marks = store.read_marks(*who.user);
    if (!marks) return std::unexpected(marks.error());
    if (auto mark = marks->find(id.value()); mark != marks->end()) v.read_before = mark->second;
    // Reading is the reader's own state, not a change to the discussion: no audit line.
    return store.mark_read(id, *who.user, std::max(now(), v.thread.last_post_at));
  });
  if (!read) return std::unexpected(read.error());
  return v;
}

Result<std::string> GroupService::quote(const Principal& who, PostId id) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::string out;
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto post = store.post(id);
    if (!post) return std::unexpected(post.error());
    if (!*post) return not_found();
    auto t = readable_thread(store, who, (*post)->thread);
    if (!t) return std::unexpected(t.error());
    if ((*post)->hidden()) return not_found();
    out = quotation_of(**post);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<Person>> GroupService::mentioned(const std::string& code, const std::string& body,
                                                    const std::string& before, const std::optional<Subject>& about) {
  auto handles = mentions_in(body);
  auto earlier = mentions_in(before);
  std::erase_if(handles, [&](const std::string& h) { return std::find(earlier.begin(), earlier.end(), h) != earlier.end(); });
  if (handles.empty()) return std::vector<Person>{};
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  std::vector<Person> out;
  for (const auto& handle : handles) {
    auto found = std::find_if(people->begin(), people->end(), [&](const Person& p) {
      return handle_of(p.name) == handle && reads(p.principal, code);
    });
    if (found != people->end() && about) {
      // A discussion about a subject is read only by those who may read the subject.
      auto readable = surroundings_.subject(found->principal, *about);
      if (!readable) return std::unexpected(readable.error());
      if (!*readable) found = people->end();
    }
    if (found == people->end())
      return fail_with(ErrorKind::unprocessable,
                       N_("Nobody who reads this workspace is called @{name}. The list of members shows how to "
                          "mention each of them; nothing was posted."),
                       {{"name", handle}}, "body");
    out.push_back(*found);
  }
  return out;
}

Result<Thread> GroupService::start_thread(const Principal& who, const std::string& code, ThreadInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!reads(who, code)) return not_found();
  if (!capabilities(who, code).post) return forbidden();
  auto mentions = mentioned(code, input.body, "");
  if (!mentions) return std::unexpected(mentions.error());
  const Seconds at = now();
  Thread t{ThreadId(0), code, input.subject, *who.user, who.display_name, ThreadState::open, 0, at, at, std::nullopt};
  std::vector<Notification> made;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto id = store.insert_thread(t);
    if (!id) return std::unexpected(id.error());
    t.id = *id;
    Post p{PostId(0), t.id, *who.user, who.display_name, input.body, at, 0, {}, {}};
    auto post = store.insert_post(p);
    if (!post) return std::unexpected(post.error());
    p.id = *post;
    t.posts = 1;
    if (auto ok = store.subscribe(t.id, *who.user); !ok) return ok;
    if (auto ok = store.mark_read(t.id, *who.user, at); !ok) return ok;
    auto n = notify(store, t, p, *mentions, Audience::mentioned);
    if (!n) return std::unexpected(n.error());
    made = std::move(*n);
    return audit(store, who, "group.thread_started", thread_target(t.id), code + " " + t.subject);
  });
  if (!done) return std::unexpected(done.error());
  mail_now(made);
  return t;
}

Result<Post> GroupService::reply(const Principal& who, ThreadId id, std::string body) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Post p{PostId(0), id, *who.user, who.display_name, std::move(body), now(), 0, {}, {}};
  std::vector<Notification> made;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto t = readable_thread(store, who, id);
    if (!t) return std::unexpected(t.error());
    if (!capabilities(who, t->group).post) return forbidden();
    if (t->state == ThreadState::locked)
      return fail(ErrorKind::conflict,
                  N_("This discussion is locked: no more replies. Your text was not posted; it is kept in the form."),
                  "body");
    auto mentions = mentioned(t->group, p.body, "", t->about);
    if (!mentions) return std::unexpected(mentions.error());
    auto post = store.insert_post(p);
    if (!post) return std::unexpected(post.error());
    p.id = *post;
    t->posts += 1;
    t->last_post_at = p.created_at;
    // Who replies follows the discussion from then on.
    if (auto ok = store.subscribe(id, *who.user); !ok) return ok;
    if (auto ok = store.mark_read(id, *who.user, p.created_at); !ok) return ok;
    auto n = notify(store, *t, p, *mentions, Audience::mentioned_and_subscribers);
    if (!n) return std::unexpected(n.error());
    made = std::move(*n);
    return audit(store, who, "group.replied", thread_target(id), post_target(p.id));
  });
  if (!done) return std::unexpected(done.error());
  mail_now(made);
  return p;
}

Result<Post> GroupService::edit_post(const Principal& who, PostId id, std::string body) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Post p;
  std::vector<Notification> made;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto found = store.post(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return not_found();
    auto t = readable_thread(store, who, (*found)->thread);
    if (!t) return std::unexpected(t.error());
    p = std::move(**found);
    if (p.author != *who.user || !capabilities(who, t->group).post) return forbidden();
    if (p.hidden()) return fail(ErrorKind::conflict, N_("A hidden post cannot be edited."), "body");
    if (t->state == ThreadState::locked)
      return fail(ErrorKind::conflict, N_("This discussion is locked: its posts cannot be edited."), "body");
    // A person mentioned only now hears of it; those mentioned before were told already.
    auto mentions = mentioned(t->group, body, p.body, t->about);
    if (!mentions) return std::unexpected(mentions.error());
    p.body = std::move(body);
    p.edited_at = now();
    if (auto ok = store.update_post(p); !ok) return ok;
    auto n = notify(store, *t, p, *mentions, Audience::mentioned);
    if (!n) return std::unexpected(n.error());
    made = std::move(*n);
    return audit(store, who, "group.post_edited", post_target(id), thread_target(t->id));
  });
  if (!done) return std::unexpected(done.error());
  mail_now(made);
  return p;
}

Result<Post> GroupService::hide_post(const Principal& who, PostId id, std::string reason) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Post p;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto found = store.post(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return not_found();
    auto t = readable_thread(store, who, (*found)->thread);
    if (!t) return std::unexpected(t.error());
    if (!capabilities(who, t->group).moderate) return forbidden();
    p = std::move(**found);
    if (p.hidden()) return fail(ErrorKind::conflict, N_("This post is hidden already."), "reason");
    p.hidden_reason = std::move(reason);
    p.hidden_by_name = who.display_name;
    if (auto ok = store.update_post(p); !ok) return ok;
    return audit(store, who, "group.post_hidden", post_target(id), p.hidden_reason);
  });
  if (!done) return std::unexpected(done.error());
  return p;
}

Result<Thread> GroupService::set_thread_state(const Principal& who, ThreadId id, ThreadState state) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  Thread t;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto found = readable_thread(store, who, id);
    if (!found) return std::unexpected(found.error());
    if (!capabilities(who, found->group).moderate) return forbidden();
    t = std::move(*found);
    if (t.state == state)
      return fail(ErrorKind::conflict,
                  state == ThreadState::locked ? N_("This discussion is locked already.")
                                               : N_("This discussion is open already."),
                  "state");
    t.state = state;
    if (auto ok = store.set_thread_state(id, state); !ok) return ok;
    return audit(store, who, state == ThreadState::locked ? "group.thread_locked" : "group.thread_reopened",
                 thread_target(id), t.group);
  });
  if (!done) return std::unexpected(done.error());
  return t;
}

Status GroupService::set_subscription(const Principal& who, ThreadId id, Subscription subscription) {
  if (auto ok = require_writer(who); !ok) return ok;
  return repository_.transaction([&](GroupStore& store) -> Status {
    auto t = readable_thread(store, who, id);
    if (!t) return std::unexpected(t.error());
    auto ok = subscription == Subscription::subscribed ? store.subscribe(id, *who.user)
                                                       : store.unsubscribe(id, *who.user);
    if (!ok) return ok;
    return audit(store, who, subscription == Subscription::subscribed ? "group.subscribed" : "group.unsubscribed",
                 thread_target(id), "");
  });
}

Result<Decision> GroupService::record_decision(const Principal& who, const std::string& code, DecisionInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!reads(who, code)) return not_found();
  if (!capabilities(who, code).manage) return forbidden();
  Decision d{DecisionId(0), code, input.text, input.date, input.meeting, input.thread, *who.user, who.display_name,
             now()};
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    if (d.thread) {
      auto t = store.thread(*d.thread);
      if (!t) return std::unexpected(t.error());
      if (!*t || (*t)->group != code)
        return fail(ErrorKind::unprocessable, N_("Choose a discussion of this workspace."), "thread");
    }
    auto id = store.insert_decision(d);
    if (!id) return std::unexpected(id.error());
    d.id = *id;
    return audit(store, who, "group.decision_recorded", "decision:" + std::to_string(d.id.value()),
                 code + " " + d.date);
  });
  if (!done) return std::unexpected(done.error());
  return d;
}

std::string_view to_string(Subscription s) { return name_of(s, kSubscriptionNames); }

}  // namespace cps::groups
