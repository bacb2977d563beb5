// In-memory workspace storage and surroundings for the group service's tests, honest to the
// ports' contracts (all-or-nothing transactions, the orders the port promises); the
// surroundings keep the mails queued. Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/groups/group_repository.hpp"
#include "domain/groups/surroundings.hpp"

namespace cps::groups {

class FakeGroupRepository final : public GroupRepository, private GroupStore {
 public:
  std::vector<accounts::AuditRecord> audit;

  Status transaction(const std::function<Status(GroupStore&)>& work) override {
    auto saved = std::tuple{threads_, posts_, subscriptions_, reads_, notifications_, deliveries_, digests_,
                            unsubscribes_, decisions_, audit, next_};
    auto done = work(*this);
    if (!done)
      std::tie(threads_, posts_, subscriptions_, reads_, notifications_, deliveries_, digests_, unsubscribes_,
               decisions_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(GroupStore&)>& work) override { return work(*this); }
  std::size_t stored_posts() const { return posts_.size(); }
  std::size_t stored_notifications() const { return notifications_.size(); }

 private:
  using Key = std::pair<std::int64_t, std::int64_t>;

  Result<ThreadId> insert_thread(const Thread& t) override {
    if (t.about)
      for (const auto& [id, other] : threads_)
        if (other.about == t.about) return fail(ErrorKind::conflict, "This has a discussion already.");
    Thread kept = t;
    kept.id = ThreadId(next_++);
    kept.posts = 0;
    threads_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Thread>> thread(ThreadId id) override {
    auto it = threads_.find(id.value());
    if (it == threads_.end()) return std::optional<Thread>();
    return std::optional<Thread>(it->second);
  }
  Result<std::vector<Thread>> threads(const std::string& group) override {
    std::vector<Thread> out;
    for (const auto& [id, t] : threads_)
      if (t.group == group) out.push_back(t);
    std::stable_sort(out.begin(), out.end(), [](const Thread& a, const Thread& b) {
      return std::tie(b.last_post_at, b.id) < std::tie(a.last_post_at, a.id);
    });
    return out;
  }
  Status set_thread_state(ThreadId id, ThreadState state) override {
    threads_.at(id.value()).state = state;
    return {};
  }
  Result<std::optional<Thread>> thread_about(const Subject& subject) override {
    for (const auto& [id, t] : threads_)
      if (t.about == subject) return std::optional<Thread>(t);
    return std::optional<Thread>();
  }
  Result<PostId> insert_post(const Post& p) override {
    Post kept = p;
    kept.id = PostId(next_++);
    posts_[kept.id.value()] = kept;
    auto& t = threads_.at(p.thread.value());
    t.posts += 1;
    t.last_post_at = std::max(t.last_post_at, p.created_at);
    return kept.id;
  }
  Result<std::optional<Post>> post(PostId id) override {
    auto it = posts_.find(id.value());
    if (it == posts_.end()) return std::optional<Post>();
    return std::optional<Post>(it->second);
  }
  Result<std::vector<Post>> posts(ThreadId thread) override {
    std::vector<Post> out;
    for (const auto& [id, p] : posts_)
      if (p.thread == thread) out.push_back(p);
    return out;
  }
  Status update_post(const Post& p) override {
    posts_.at(p.id.value()) = p;
    return {};
  }
  Status subscribe(ThreadId thread, accounts::UserId user) override {
    subscriptions_.insert({thread.value(), user.value()});
    return {};
  }
  Status unsubscribe(ThreadId thread, accounts::UserId user) override {
    subscriptions_.erase({thread.value(), user.value()});
    return {};
  }
  Result<std::vector<accounts::UserId>> subscribers(ThreadId thread) override {
    std::vector<accounts::UserId> out;
    for (const auto& [t, u] : subscriptions_)
      if (t == thread.value()) out.push_back(accounts::UserId(u));
    return out;
  }
  Result<std::map<std::int64_t, Seconds>> read_marks(accounts::UserId user) override {
    std::map<std::int64_t, Seconds> out;
    for (const auto& [key, at] : reads_)
      if (key.second == user.value()) out[key.first] = at;
    return out;
  }
  Status mark_read(ThreadId thread, accounts::UserId user, Seconds at) override {
    reads_[{thread.value(), user.value()}] = at;
    return {};
  }
  Result<NotificationId> insert_notification(const Notification& n) override {
    Notification kept = n;
    kept.id = NotificationId(next_++);
    notifications_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::vector<Notification>> notifications(accounts::UserId user, std::size_t limit) override {
    std::vector<Notification> out;
    for (auto it = notifications_.rbegin(); it != notifications_.rend() && out.size() < limit; ++it)
      if (it->second.user == user) out.push_back(it->second);
    return out;
  }
  Result<int> unread_notifications(accounts::UserId user) override {
    return int(std::count_if(notifications_.begin(), notifications_.end(),
                             [&](const auto& e) { return e.second.user == user && e.second.read_at == 0; }));
  }
  Status mark_notifications_read(accounts::UserId user, std::optional<NotificationId> id, Seconds at) override {
    for (auto& [key, n] : notifications_)
      if (n.user == user && n.read_at == 0 && (!id || n.id == *id)) n.read_at = at;
    return {};
  }
  Result<std::vector<Notification>> unmailed(NotificationKind kind) override {
    std::vector<Notification> out;
    for (const auto& [key, n] : notifications_)
      if (n.kind == kind && n.mailed_at == 0) out.push_back(n);
    return out;
  }
  Status mark_mailed(const std::vector<NotificationId>& ids, Seconds at) override {
    for (auto id : ids) notifications_.at(id.value()).mailed_at = at;
    return {};
  }
  Result<std::map<NotificationKind, Delivery>> deliveries(accounts::UserId user) override {
    std::map<NotificationKind, Delivery> out;
    for (const auto& [key, d] : deliveries_)
      if (key.first == user.value()) out[key.second] = d;
    return out;
  }
  Status set_delivery(accounts::UserId user, NotificationKind kind, Delivery delivery) override {
    deliveries_[{user.value(), kind}] = delivery;
    return {};
  }
  Result<Seconds> last_digest(accounts::UserId user, NotificationKind kind) override {
    auto it = digests_.find({user.value(), kind});
    return it == digests_.end() ? Seconds(0) : it->second;
  }
  Status set_last_digest(accounts::UserId user, NotificationKind kind, Seconds at) override {
    digests_[{user.value(), kind}] = at;
    return {};
  }
  Status insert_unsubscribe(const std::string& digest, accounts::UserId user, NotificationKind kind,
                            Seconds) override {
    unsubscribes_[digest] = {user, kind};
    return {};
  }
  Result<std::optional<std::pair<accounts::UserId, NotificationKind>>> unsubscribe_link(
      const std::string& digest) override {
    auto it = unsubscribes_.find(digest);
    if (it == unsubscribes_.end()) return std::optional<std::pair<accounts::UserId, NotificationKind>>();
    return std::optional<std::pair<accounts::UserId, NotificationKind>>(it->second);
  }
  Result<DecisionId> insert_decision(const Decision& d) override {
    Decision kept = d;
    kept.id = DecisionId(next_++);
    decisions_.push_back(kept);
    return kept.id;
  }
  Result<std::vector<Decision>> decisions(const std::string& group) override {
    std::vector<Decision> out;
    for (const auto& d : decisions_)
      if (d.group == group) out.push_back(d);
    std::stable_sort(out.begin(), out.end(), [](const Decision& a, const Decision& b) { return b.date < a.date; });
    return out;
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  std::map<std::int64_t, Thread> threads_;
  std::map<std::int64_t, Post> posts_;
  std::set<Key> subscriptions_;
  std::map<Key, Seconds> reads_;
  std::map<std::int64_t, Notification> notifications_;
  std::map<std::pair<std::int64_t, NotificationKind>, Delivery> deliveries_;
  std::map<std::pair<std::int64_t, NotificationKind>, Seconds> digests_;
  std::map<std::string, std::pair<accounts::UserId, NotificationKind>> unsubscribes_;
  std::vector<Decision> decisions_;
  std::int64_t next_ = 1;
};

class FakeGroupSurroundings final : public GroupSurroundings {
 public:
  std::vector<Person> everybody;
  struct Mail {
    std::int64_t to;
    MailText text;
  };
  std::vector<Mail> mails;

  // Subjects of discussions, and who may read each (everybody signed in unless `readers` names
  // them).
  struct KnownSubject {
    SubjectInfo info;
    std::optional<std::vector<std::int64_t>> readers;
  };
  std::vector<KnownSubject> subjects;

  Result<std::vector<Person>> people() override { return everybody; }
  Status queue_mail(const Person& to, const MailText& text) override {
    mails.push_back({to.id.value(), text});
    return {};
  }
  Result<std::optional<SubjectInfo>> subject(const accounts::Principal& who, const Subject& subject) override {
    for (const auto& s : subjects) {
      if (!(s.info.subject == subject)) continue;
      if (!who.signed_in()) return std::optional<SubjectInfo>();
      if (s.readers && std::find(s.readers->begin(), s.readers->end(), who.user->value()) == s.readers->end())
        return std::optional<SubjectInfo>();
      return std::optional<SubjectInfo>(s.info);
    }
    return std::optional<SubjectInfo>();
  }
};

}  // namespace cps::groups
