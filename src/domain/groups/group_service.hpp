// The workspaces' rules. Members of the partnership read the working groups' workspaces; the
// committees' workspaces (SC, STC) only their own members, the lead partner and administrators.
// Who reads a workspace posts in it (post_discussion); its coordinators, the lead partner and
// administrators moderate (moderate_discussion) and keep its decisions log (manage_group). A
// post's author edits it (marked "edited"). @mentions must name somebody who reads the
// workspace; they notify that person, and a reply notifies the thread's subscribers (the author
// and whoever replied, until they unsubscribe). Notifications wait in the notification centre and
// go by e-mail as each person chose per kind: at once, or in a daily or weekly digest; every
// e-mail carries a link that stops that kind of e-mail without signing in. Every change writes an
// audit line ("group.thread_started", "group.replied", "group.post_edited", "group.post_hidden",
// "group.thread_locked", "group.thread_reopened", "group.decision_recorded",
// "group.subscribed", "group.unsubscribed", "notifications.delivery_changed") in its
// transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/groups/group_repository.hpp"
#include "domain/groups/groups.hpp"
#include "domain/groups/surroundings.hpp"

namespace cps::groups {

enum class Subscription { subscribed, unsubscribed };
inline constexpr EnumName<Subscription> kSubscriptionNames[] = {{Subscription::subscribed, "subscribed"},
                                                                {Subscription::unsubscribed, "unsubscribed"}};
static_assert(names_each_value_once(kSubscriptionNames));

struct Member {
  accounts::UserId id;
  std::string name;
  std::string handle;  // what a post writes after "@" to mention them
  MemberRole role = MemberRole::member;
};

struct ThreadSummary {
  Thread thread;
  bool unread = false;  // a post came after the viewer last read it (or they never opened it)
};

struct WorkspaceSummary {
  std::string code;
  Privacy privacy = Privacy::partnership;
  std::size_t members = 0;
  std::size_t threads = 0;
  std::size_t unread = 0;
  std::optional<MemberRole> mine;  // the viewer's part in it
};

struct WorkspaceCapabilities {
  bool post = false;
  bool moderate = false;
  bool manage = false;
};

struct WorkspaceView {
  WorkspaceSummary summary;
  std::vector<Member> members;
  std::vector<ThreadSummary> threads;
  std::vector<Decision> decisions;
  WorkspaceCapabilities can;
};

struct PostView {
  Post post;
  bool can_edit = false;
};

struct ThreadView {
  Thread thread;
  std::vector<PostView> posts;
  Subscription subscription = Subscription::unsubscribed;
  Seconds read_before = 0;  // the viewer's previous reading: later posts are new to them
  bool can_reply = false;   // may post and the thread is open
  WorkspaceCapabilities can;
};

// "Discuss this": a subject with its discussion (nullopt before there is one), and whether the
// viewer may start it.
struct SubjectDiscussion {
  SubjectInfo subject;
  std::optional<Thread> thread;
  bool can_start = false;
};

struct NotificationsView {
  std::vector<Notification> items;
  int unread = 0;
};

// Whom a new post notifies besides the people it mentions.
enum class Audience { mentioned, mentioned_and_subscribers };

struct DeliverySetting {
  NotificationKind kind;
  Delivery delivery;
};

class GroupService {
 public:
  using Clock = std::function<Seconds()>;
  GroupService(GroupRepository& repository, GroupSurroundings& surroundings, Clock clock = {});

  // The workspaces the viewer may read, in the order of kWorkspaceCodes.
  Result<std::vector<WorkspaceSummary>> workspaces(const accounts::Principal& who);
  // Not found unless the viewer may read it.
  Result<WorkspaceView> workspace(const accounts::Principal& who, const std::string& code);
  // The thread with its posts (hidden ones keep their place with the reason); marks it read.
  Result<ThreadView> thread(const accounts::Principal& who, ThreadId id);
  // The post as a quotation to start a reply with.
  Result<std::string> quote(const accounts::Principal& who, PostId id);

  Result<Thread> start_thread(const accounts::Principal& who, const std::string& code, ThreadInput input);
  Result<Post> reply(const accounts::Principal& who, ThreadId thread, std::string body);
  // By its author only, while the thread is open and the post not hidden.
  Result<Post> edit_post(const accounts::Principal& who, PostId id, std::string body);
  Result<Post> hide_post(const accounts::Principal& who, PostId id, std::string reason);
  Result<Thread> set_thread_state(const accounts::Principal& who, ThreadId id, ThreadState state);
  Status set_subscription(const accounts::Principal& who, ThreadId id, Subscription subscription);
  Result<Decision> record_decision(const accounts::Principal& who, const std::string& code, DecisionInput input);

  // The discussion of a knowledge item, an assessment or a pilot (subject_discussions.cpp); not
  // found unless the viewer may read both the subject and the workspace it is discussed in.
  Result<SubjectDiscussion> discussion_of(const accounts::Principal& who, const Subject& subject);
  // Starts it with its first post, the subject's title as its subject; refused (conflict) when
  // the subject has a discussion already. Audit line "group.thread_started".
  Result<Thread> discuss(const accounts::Principal& who, const Subject& subject, std::string body);

  Result<NotificationsView> notifications(const accounts::Principal& who);
  // 0 for visitors who are not signed in.
  Result<int> unread_notifications(const accounts::Principal& who);
  // One notification, or every one without an id.
  Status mark_read(const accounts::Principal& who, std::optional<NotificationId> id);
  Result<std::vector<DeliverySetting>> deliveries(const accounts::Principal& who);
  Result<std::vector<DeliverySetting>> set_deliveries(const accounts::Principal& who, const DeliveryChoice& choice);
  // Through the secret of an e-mail's link, without signing in: e-mail of that kind stops for
  // the person it was sent to. Returns the kind; not found for an unknown link.
  Result<NotificationKind> unsubscribe(const std::string& secret);

  // Sends the daily and weekly digests that are due at the clock's now; returns how many.
  Result<std::size_t> send_digests();

 private:
  Seconds now() const;
  bool reads(const accounts::Principal& who, const std::string& code) const;
  WorkspaceCapabilities capabilities(const accounts::Principal& who, const std::string& code) const;
  // Not found unless the viewer reads its workspace and what it is about.
  Result<Thread> readable_thread(GroupStore& store, const accounts::Principal& who, ThreadId id);
  // Whether the person may read what the thread is about (true for a thread about nothing).
  Result<bool> reads_about(const accounts::Principal& who, const Thread& thread);
  // The threads of the list the viewer may read (those about a subject they may not read left out).
  Result<std::vector<Thread>> readable_only(const accounts::Principal& who, std::vector<Thread> threads);
  // Who of the people mentioned in `body` (not yet in `before`) reads the workspace (and what
  // the thread is about); an unknown handle is refused naming it.
  Result<std::vector<Person>> mentioned(const std::string& code, const std::string& body,
                                        const std::string& before, const std::optional<Subject>& about = {});
  // Stores the post's notifications (mentions, then replies to subscribers) in the store.
  Result<std::vector<Notification>> notify(GroupStore& store, const Thread& thread, const Post& post,
                                           const std::vector<Person>& mentions, Audience audience);
  // E-mails at once those notifications whose recipients chose so; failures are logged by
  // the outbox's reader, never undo the post.
  void mail_now(const std::vector<Notification>& made);
  Result<MailText> mail_of(GroupStore& store, const Person& to, NotificationKind kind,
                           const std::vector<Notification>& items);
  Status audit(GroupStore& store, const accounts::Principal& who, std::string action, std::string target,
               std::string detail);

  GroupRepository& repository_;
  GroupSurroundings& surroundings_;
  Clock clock_;
};

std::string_view to_string(Subscription s);

}  // namespace cps::groups
