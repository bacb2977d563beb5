// What the workspaces need from storage: small operations on one open transaction, composed by
// the service so that a change, the notifications it sends and its audit line are written
// together or not at all.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "domain/groups/groups.hpp"

namespace cps::groups {

class GroupStore {
 public:
  virtual ~GroupStore() = default;
  // Stores the thread with posts = 0 (and what it is about); insert_post counts its posts and
  // moves last_post_at. A second thread about the same subject is refused (conflict).
  virtual Result<ThreadId> insert_thread(const Thread& thread) = 0;
  virtual Result<std::optional<Thread>> thread(ThreadId id) = 0;
  // The workspace's threads, the latest post first.
  virtual Result<std::vector<Thread>> threads(const std::string& group) = 0;
  virtual Status set_thread_state(ThreadId id, ThreadState state) = 0;
  // The thread about the subject, when there is one.
  virtual Result<std::optional<Thread>> thread_about(const Subject& subject) = 0;

  virtual Result<PostId> insert_post(const Post& post) = 0;
  virtual Result<std::optional<Post>> post(PostId id) = 0;
  // Oldest first.
  virtual Result<std::vector<Post>> posts(ThreadId thread) = 0;
  // Writes body, edited_at, hidden_reason and hidden_by_name.
  virtual Status update_post(const Post& post) = 0;

  virtual Status subscribe(ThreadId thread, accounts::UserId user) = 0;
  virtual Status unsubscribe(ThreadId thread, accounts::UserId user) = 0;
  virtual Result<std::vector<accounts::UserId>> subscribers(ThreadId thread) = 0;

  // The moment the person last read each thread they opened, by thread id.
  virtual Result<std::map<std::int64_t, Seconds>> read_marks(accounts::UserId user) = 0;
  virtual Status mark_read(ThreadId thread, accounts::UserId user, Seconds at) = 0;

  virtual Result<NotificationId> insert_notification(const Notification& n) = 0;
  // The person's, newest first, at most `limit`.
  virtual Result<std::vector<Notification>> notifications(accounts::UserId user, std::size_t limit) = 0;
  virtual Result<int> unread_notifications(accounts::UserId user) = 0;
  // Marks one (or, without an id, every) unread notification of the person read.
  virtual Status mark_notifications_read(accounts::UserId user, std::optional<NotificationId> id, Seconds at) = 0;
  // Notifications of a kind not told by e-mail yet, of everybody, oldest first.
  virtual Result<std::vector<Notification>> unmailed(NotificationKind kind) = 0;
  virtual Status mark_mailed(const std::vector<NotificationId>& ids, Seconds at) = 0;

  // The person's choices; kinds missing take default_delivery.
  virtual Result<std::map<NotificationKind, Delivery>> deliveries(accounts::UserId user) = 0;
  virtual Status set_delivery(accounts::UserId user, NotificationKind kind, Delivery delivery) = 0;
  // When a digest of the kind last went to the person (0 never).
  virtual Result<Seconds> last_digest(accounts::UserId user, NotificationKind kind) = 0;
  virtual Status set_last_digest(accounts::UserId user, NotificationKind kind, Seconds at) = 0;
  // One-time unsubscribe links: the digest of the link's secret, whom and which kind it names.
  virtual Status insert_unsubscribe(const std::string& digest, accounts::UserId user, NotificationKind kind,
                                    Seconds at) = 0;
  virtual Result<std::optional<std::pair<accounts::UserId, NotificationKind>>> unsubscribe_link(
      const std::string& digest) = 0;

  virtual Result<DecisionId> insert_decision(const Decision& decision) = 0;
  // The latest date first.
  virtual Result<std::vector<Decision>> decisions(const std::string& group) = 0;

  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class GroupRepository {
 public:
  virtual ~GroupRepository() = default;
  virtual Status transaction(const std::function<Status(GroupStore&)>& work) = 0;
  virtual Status read(const std::function<Status(GroupStore&)>& work) = 0;
};

}  // namespace cps::groups
