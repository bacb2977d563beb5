// The workspaces' rows (see group_repository_sql.hpp).
#include "storage/group_repository_sql.hpp"

#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::groups;
using ll = long long;

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N]) {
  auto value = parse_name(text, names);
  if (!value) throw std::runtime_error("a stored workspace value does not read back: " + text);
  return *value;
}

constexpr const char* kThreadColumns =
    "SELECT t.id, t.group_code, t.subject, t.author_id, u.display_name, t.state, t.posts, t.created_at, "
    "t.last_post_at, a.subject_kind, a.subject_id FROM group_threads t JOIN users u ON u.id = t.author_id "
    "LEFT JOIN group_thread_subjects a ON a.thread_id = t.id";

Thread read_thread_row(const soci::row& row) {
  std::optional<Subject> about;
  if (auto kind = get_optional_text(row, 9))
    about = Subject{stored(*kind, kSubjectKindNames), get_int(row, 10)};
  return Thread{ThreadId(get_int(row, 0)),
                get_text(row, 1),
                get_text(row, 2),
                accounts::UserId(get_int(row, 3)),
                get_text(row, 4),
                stored(get_text(row, 5), kThreadStateNames),
                int(get_int(row, 6)),
                get_int(row, 7),
                get_int(row, 8),
                about};
}

constexpr const char* kPostColumns =
    "SELECT p.id, p.thread_id, p.author_id, u.display_name, p.body, p.created_at, p.edited_at, p.hidden_reason, "
    "p.hidden_by FROM group_posts p JOIN users u ON u.id = p.author_id";

Post read_post_row(const soci::row& row) {
  return Post{PostId(get_int(row, 0)),     ThreadId(get_int(row, 1)), accounts::UserId(get_int(row, 2)),
              get_text(row, 3),            get_text(row, 4),          get_int(row, 5),
              get_int(row, 6),             get_text(row, 7),          get_text(row, 8)};
}

constexpr const char* kNotificationColumns =
    "SELECT n.id, n.user_id, n.kind, n.thread_id, n.post_id, t.group_code, n.subject, n.actor, n.created_at, "
    "n.read_at, n.mailed_at FROM notifications n JOIN group_threads t ON t.id = n.thread_id";

Notification read_notification_row(const soci::row& row) {
  return Notification{NotificationId(get_int(row, 0)), accounts::UserId(get_int(row, 1)),
                      stored(get_text(row, 2), kNotificationKindNames), ThreadId(get_int(row, 3)),
                      PostId(get_int(row, 4)), get_text(row, 5), get_text(row, 6), get_text(row, 7),
                      get_int(row, 8), get_int(row, 9), get_int(row, 10)};
}

class Store final : public GroupStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<ThreadId> insert_thread(const Thread& t) override {
    if (t.about) {
      auto existing = thread_about(*t.about);
      if (!existing) return std::unexpected(existing.error());
      if (*existing) return fail(ErrorKind::conflict, "This has a discussion already.");
    }
    ll author = t.author.value(), created = t.created_at, last = t.last_post_at, id = 0;
    std::string state(to_string(t.state));
    s_ << "INSERT INTO group_threads (group_code, subject, author_id, state, posts, created_at, last_post_at) "
          "VALUES (:g, :s, :a, :st, 0, :c, :l) RETURNING id",
        soci::use(t.group), soci::use(t.subject), soci::use(author), soci::use(state), soci::use(created),
        soci::use(last), soci::into(id);
    if (t.about) {
      std::string kind(to_string(t.about->kind));
      ll subject = t.about->id;
      s_ << "INSERT INTO group_thread_subjects (thread_id, subject_kind, subject_id) VALUES (:t, :k, :s)",
          soci::use(id), soci::use(kind), soci::use(subject);
    }
    return ThreadId(id);
  }

  Result<std::optional<Thread>> thread_about(const Subject& subject) override {
    std::string kind(to_string(subject.kind));
    ll v = subject.id;
    std::optional<Thread> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kThreadColumns) + " WHERE a.subject_kind = :k AND a.subject_id = :s",
         soci::use(kind), soci::use(v));
    for (const auto& row : rows) out = read_thread_row(row);
    return out;
  }

  Result<std::optional<Thread>> thread(ThreadId id) override {
    ll v = id.value();
    std::optional<Thread> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kThreadColumns) + " WHERE t.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_thread_row(row);
    return out;
  }

  Result<std::vector<Thread>> threads(const std::string& group) override {
    std::vector<Thread> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kThreadColumns) + " WHERE t.group_code = :g ORDER BY t.last_post_at DESC, t.id DESC",
         soci::use(group));
    for (const auto& row : rows) out.push_back(read_thread_row(row));
    return out;
  }

  Status set_thread_state(ThreadId id, ThreadState state) override {
    ll v = id.value();
    std::string name(to_string(state));
    s_ << "UPDATE group_threads SET state = :s WHERE id = :id", soci::use(name), soci::use(v);
    return {};
  }

  Result<PostId> insert_post(const Post& p) override {
    ll thread = p.thread.value(), author = p.author.value(), created = p.created_at, id = 0;
    s_ << "INSERT INTO group_posts (thread_id, author_id, body, created_at) VALUES (:t, :a, :b, :c) RETURNING id",
        soci::use(thread), soci::use(author), soci::use(p.body), soci::use(created), soci::into(id);
    s_ << "UPDATE group_threads SET posts = posts + 1, last_post_at = CASE WHEN last_post_at > :c THEN "
          "last_post_at ELSE :c2 END WHERE id = :t",
        soci::use(created), soci::use(created), soci::use(thread);
    return PostId(id);
  }

  Result<std::optional<Post>> post(PostId id) override {
    ll v = id.value();
    std::optional<Post> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kPostColumns) + " WHERE p.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_post_row(row);
    return out;
  }

  Result<std::vector<Post>> posts(ThreadId thread) override {
    ll v = thread.value();
    std::vector<Post> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kPostColumns) + " WHERE p.thread_id = :t ORDER BY p.id", soci::use(v));
    for (const auto& row : rows) out.push_back(read_post_row(row));
    return out;
  }

  Status update_post(const Post& p) override {
    ll id = p.id.value(), edited = p.edited_at;
    s_ << "UPDATE group_posts SET body = :b, edited_at = :e, hidden_reason = :r, hidden_by = :h WHERE id = :id",
        soci::use(p.body), soci::use(edited), soci::use(p.hidden_reason), soci::use(p.hidden_by_name), soci::use(id);
    return {};
  }

  Status subscribe(ThreadId thread, accounts::UserId user) override {
    ll t = thread.value(), u = user.value();
    s_ << "INSERT INTO group_thread_subscriptions (thread_id, user_id) VALUES (:t, :u) "
          "ON CONFLICT (thread_id, user_id) DO NOTHING",
        soci::use(t), soci::use(u);
    return {};
  }

  Status unsubscribe(ThreadId thread, accounts::UserId user) override {
    ll t = thread.value(), u = user.value();
    s_ << "DELETE FROM group_thread_subscriptions WHERE thread_id = :t AND user_id = :u", soci::use(t), soci::use(u);
    return {};
  }

  Result<std::vector<accounts::UserId>> subscribers(ThreadId thread) override {
    ll t = thread.value();
    std::vector<accounts::UserId> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT user_id FROM group_thread_subscriptions WHERE thread_id = :t ORDER BY user_id",
         soci::use(t));
    for (const auto& row : rows) out.emplace_back(get_int(row, 0));
    return out;
  }

  Result<std::map<std::int64_t, Seconds>> read_marks(accounts::UserId user) override {
    ll u = user.value();
    std::map<std::int64_t, Seconds> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT thread_id, read_at FROM group_thread_reads WHERE user_id = :u", soci::use(u));
    for (const auto& row : rows) out[get_int(row, 0)] = get_int(row, 1);
    return out;
  }

  Status mark_read(ThreadId thread, accounts::UserId user, Seconds at) override {
    ll t = thread.value(), u = user.value(), when = at;
    s_ << "INSERT INTO group_thread_reads (thread_id, user_id, read_at) VALUES (:t, :u, :a) "
          "ON CONFLICT (thread_id, user_id) DO UPDATE SET read_at = excluded.read_at",
        soci::use(t), soci::use(u), soci::use(when);
    return {};
  }

  Result<NotificationId> insert_notification(const Notification& n) override {
    ll user = n.user.value(), thread = n.thread.value(), post = n.post.value(), created = n.created_at, id = 0;
    std::string kind(to_string(n.kind));
    s_ << "INSERT INTO notifications (user_id, kind, thread_id, post_id, subject, actor, created_at) "
          "VALUES (:u, :k, :t, :p, :s, :a, :c) RETURNING id",
        soci::use(user), soci::use(kind), soci::use(thread), soci::use(post), soci::use(n.subject),
        soci::use(n.actor_name), soci::use(created), soci::into(id);
    return NotificationId(id);
  }

  Result<std::vector<Notification>> notifications(accounts::UserId user, std::size_t limit) override {
    ll u = user.value(), n = ll(limit);
    std::vector<Notification> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kNotificationColumns) + " WHERE n.user_id = :u ORDER BY n.id DESC LIMIT :n",
         soci::use(u), soci::use(n));
    for (const auto& row : rows) out.push_back(read_notification_row(row));
    return out;
  }

  Result<int> unread_notifications(accounts::UserId user) override {
    ll u = user.value();
    int n = 0;
    s_ << "SELECT COUNT(*) FROM notifications WHERE user_id = :u AND read_at = 0", soci::use(u), soci::into(n);
    return n;
  }

  Status mark_notifications_read(accounts::UserId user, std::optional<NotificationId> id, Seconds at) override {
    ll u = user.value(), when = at;
    if (id) {
      ll v = id->value();
      s_ << "UPDATE notifications SET read_at = :a WHERE user_id = :u AND id = :id AND read_at = 0", soci::use(when),
          soci::use(u), soci::use(v);
    } else {
      s_ << "UPDATE notifications SET read_at = :a WHERE user_id = :u AND read_at = 0", soci::use(when), soci::use(u);
    }
    return {};
  }

  Result<std::vector<Notification>> unmailed(NotificationKind kind) override {
    std::string k(to_string(kind));
    std::vector<Notification> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kNotificationColumns) + " WHERE n.kind = :k AND n.mailed_at = 0 ORDER BY n.id",
         soci::use(k));
    for (const auto& row : rows) out.push_back(read_notification_row(row));
    return out;
  }

  Status mark_mailed(const std::vector<NotificationId>& ids, Seconds at) override {
    ll when = at, id = 0;
    soci::statement st = (s_.prepare << "UPDATE notifications SET mailed_at = :a WHERE id = :id", soci::use(when),
                          soci::use(id));
    for (auto each : ids) {
      id = each.value();
      st.execute(true);
    }
    return {};
  }

  Result<std::map<NotificationKind, Delivery>> deliveries(accounts::UserId user) override {
    ll u = user.value();
    std::map<NotificationKind, Delivery> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT kind, delivery FROM notification_settings WHERE user_id = :u", soci::use(u));
    for (const auto& row : rows)
      out[stored(get_text(row, 0), kNotificationKindNames)] = stored(get_text(row, 1), kDeliveryNames);
    return out;
  }

  Status set_delivery(accounts::UserId user, NotificationKind kind, Delivery delivery) override {
    ll u = user.value();
    std::string k(to_string(kind)), d(to_string(delivery));
    s_ << "INSERT INTO notification_settings (user_id, kind, delivery) VALUES (:u, :k, :d) "
          "ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery",
        soci::use(u), soci::use(k), soci::use(d);
    return {};
  }

  Result<Seconds> last_digest(accounts::UserId user, NotificationKind kind) override {
    ll u = user.value(), at = 0;
    std::string k(to_string(kind));
    soci::indicator ind = soci::i_null;
    s_ << "SELECT last_digest_at FROM notification_settings WHERE user_id = :u AND kind = :k", soci::use(u),
        soci::use(k), soci::into(at, ind);
    return ind == soci::i_ok && s_.got_data() ? Seconds(at) : Seconds(0);
  }

  Status set_last_digest(accounts::UserId user, NotificationKind kind, Seconds at) override {
    ll u = user.value(), when = at;
    std::string k(to_string(kind)), d(to_string(default_delivery(kind)));
    s_ << "INSERT INTO notification_settings (user_id, kind, delivery, last_digest_at) VALUES (:u, :k, :d, :a) "
          "ON CONFLICT (user_id, kind) DO UPDATE SET last_digest_at = excluded.last_digest_at",
        soci::use(u), soci::use(k), soci::use(d), soci::use(when);
    return {};
  }

  Status insert_unsubscribe(const std::string& digest, accounts::UserId user, NotificationKind kind,
                            Seconds at) override {
    ll u = user.value(), when = at;
    std::string k(to_string(kind));
    s_ << "INSERT INTO notification_unsubscribe_links (digest, user_id, kind, created_at) VALUES (:d, :u, :k, :a)",
        soci::use(digest), soci::use(u), soci::use(k), soci::use(when);
    return {};
  }

  Result<std::optional<std::pair<accounts::UserId, NotificationKind>>> unsubscribe_link(
      const std::string& digest) override {
    std::optional<std::pair<accounts::UserId, NotificationKind>> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT user_id, kind FROM notification_unsubscribe_links WHERE digest = :d", soci::use(digest));
    for (const auto& row : rows)
      out = std::pair{accounts::UserId(get_int(row, 0)), stored(get_text(row, 1), kNotificationKindNames)};
    return out;
  }

  Result<DecisionId> insert_decision(const Decision& d) override {
    ll author = d.author.value(), created = d.created_at, thread = d.thread ? d.thread->value() : 0, id = 0;
    soci::indicator thread_ind = d.thread ? soci::i_ok : soci::i_null;
    s_ << "INSERT INTO group_decisions (group_code, decision, decided_on, meeting, thread_id, author_id, created_at) "
          "VALUES (:g, :d, :on, :m, :t, :a, :c) RETURNING id",
        soci::use(d.group), soci::use(d.text), soci::use(d.date), soci::use(d.meeting), soci::use(thread, thread_ind),
        soci::use(author), soci::use(created), soci::into(id);
    return DecisionId(id);
  }

  Result<std::vector<Decision>> decisions(const std::string& group) override {
    std::vector<Decision> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT d.id, d.group_code, d.decision, d.decided_on, d.meeting, d.thread_id, d.author_id, "
                       "u.display_name, d.created_at FROM group_decisions d JOIN users u ON u.id = d.author_id "
                       "WHERE d.group_code = :g ORDER BY d.decided_on DESC, d.id DESC",
         soci::use(group));
    for (const auto& row : rows) {
      Decision d{DecisionId(get_int(row, 0)), get_text(row, 1), get_text(row, 2), get_text(row, 3),
                 get_text(row, 4), std::nullopt, accounts::UserId(get_int(row, 6)), get_text(row, 7),
                 get_int(row, 8)};
      if (auto t = get_optional_int(row, 5)) d.thread = ThreadId(*t);
      out.push_back(std::move(d));
    }
    return out;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status GroupRepositorySql::transaction(const std::function<Status(groups::GroupStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status GroupRepositorySql::read(const std::function<Status(groups::GroupStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
