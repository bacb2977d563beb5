// Notifications of GroupService (see group_service.hpp): what a post makes, the notification
// centre, each person's e-mail choices, the e-mails at once and in digests, and the links in
// them that stop e-mails without signing in.
#include <algorithm>
#include <map>

#include "domain/groups/group_service.hpp"
#include "i18n/catalogue.hpp"
#include "security/crypto.hpp"

namespace cps::groups {

using accounts::Principal;
using i18n::N_;

namespace {

constexpr Seconds kDay = 24 * 60 * 60;
constexpr std::size_t kCentreLength = 100;
constexpr std::size_t kExcerptLength = 600;  // bytes of a post quoted in an e-mail

std::string thread_path(const Notification& n) {
  return "/groups/" + n.group + "/threads/" + std::to_string(n.thread.value()) + "#post-" +
         std::to_string(n.post.value());
}

// The start of a post for an e-mail, cut at a character boundary.
std::string excerpt_of(const std::string& body) {
  if (body.size() <= kExcerptLength) return body;
  std::size_t cut = kExcerptLength;
  while (cut > 0 && (static_cast<unsigned char>(body[cut]) & 0xC0) == 0x80) --cut;
  return body.substr(0, cut) + " …";
}

std::map<std::int64_t, Person> by_id(std::vector<Person> people) {
  std::map<std::int64_t, Person> out;
  for (auto& p : people) out.emplace(p.id.value(), std::move(p));
  return out;
}

}  // namespace

Result<std::vector<Notification>> GroupService::notify(GroupStore& store, const Thread& thread, const Post& post,
                                                       const std::vector<Person>& mentions, Audience audience) {
  std::vector<Notification> out;
  auto add = [&](accounts::UserId user, NotificationKind kind) -> Status {
    if (user == post.author) return {};
    if (std::any_of(out.begin(), out.end(), [&](const Notification& n) { return n.user == user; })) return {};
    Notification n{NotificationId(0), user, kind, thread.id, post.id, thread.group, thread.subject,
                   post.author_name, post.edited_at ? post.edited_at : post.created_at, 0, 0};
    auto id = store.insert_notification(n);
    if (!id) return std::unexpected(id.error());
    n.id = *id;
    out.push_back(std::move(n));
    return {};
  };
  for (const auto& p : mentions)
    if (auto ok = add(p.id, NotificationKind::mention); !ok) return std::unexpected(ok.error());
  if (audience == Audience::mentioned_and_subscribers) {
    auto subscribers = store.subscribers(thread.id);
    if (!subscribers) return std::unexpected(subscribers.error());
    for (auto user : *subscribers)
      if (auto ok = add(user, NotificationKind::reply); !ok) return std::unexpected(ok.error());
  }
  return out;
}

Result<MailText> GroupService::mail_of(GroupStore& store, const Person& to, NotificationKind kind,
                                       const std::vector<Notification>& items) {
  MailText mail;
  for (const auto& n : items) {
    const std::vector<std::pair<std::string, std::string>> values{
        {"actor", n.actor_name}, {"subject", n.subject}, {"group", n.group}, {"path", thread_path(n)}};
    mail.paragraphs.push_back({kind == NotificationKind::mention
                                   ? N_("{actor} mentioned you in “{subject}” ({group}): {link}")
                                   : N_("{actor} replied in “{subject}” ({group}): {link}"),
                               values});
    // A single notification carries the post itself, so that the e-mail reads on its own.
    if (items.size() == 1) {
      auto post = store.post(n.post);
      if (!post) return std::unexpected(post.error());
      if (*post && !(*post)->hidden()) mail.paragraphs.push_back({"{excerpt}", {{"excerpt", excerpt_of((*post)->body)}}});
    }
  }
  if (items.size() == 1) {
    mail.subject = kind == NotificationKind::mention ? N_("{actor} mentioned you: {subject}")
                                                     : N_("New reply in “{subject}”");
    mail.subject_values = {{"actor", items.front().actor_name}, {"subject", items.front().subject}};
  } else {
    mail.subject = kind == NotificationKind::mention ? N_("Mentions of you in the working groups' discussions")
                                                     : N_("New replies in the discussions you follow");
  }
  // The link's secret is kept as a digest only, like every secret the platform hands out.
  const std::string secret = security::random_token();
  if (auto ok = store.insert_unsubscribe(security::token_digest(secret), to.id, kind, now()); !ok)
    return std::unexpected(ok.error());
  mail.paragraphs.push_back(
      {kind == NotificationKind::mention
           ? N_("To stop e-mails about mentions, open this link (no need to sign in): {link}")
           : N_("To stop e-mails about replies, open this link (no need to sign in): {link}"),
       {{"path", "/notifications/unsubscribe/" + secret}}});
  return mail;
}

void GroupService::mail_now(const std::vector<Notification>& made) {
  if (made.empty()) return;
  auto people = surroundings_.people();
  if (!people) return;
  auto known = by_id(std::move(*people));
  std::vector<std::pair<Person, MailText>> mails;
  std::vector<NotificationId> told;
  auto prepared = repository_.transaction([&](GroupStore& store) -> Status {
    for (const auto& n : made) {
      auto person = known.find(n.user.value());
      if (person == known.end()) continue;
      auto choices = store.deliveries(n.user);
      if (!choices) return std::unexpected(choices.error());
      auto chosen = choices->find(n.kind);
      if ((chosen == choices->end() ? default_delivery(n.kind) : chosen->second) != Delivery::immediate) continue;
      auto mail = mail_of(store, person->second, n.kind, {n});
      if (!mail) return std::unexpected(mail.error());
      mails.emplace_back(person->second, std::move(*mail));
      told.push_back(n.id);
    }
    return {};
  });
  if (!prepared) return;
  for (const auto& [person, mail] : mails) (void)surroundings_.queue_mail(person, mail);
  (void)repository_.transaction([&](GroupStore& store) { return store.mark_mailed(told, now()); });
}

Result<std::size_t> GroupService::send_digests() {
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  auto known = by_id(std::move(*people));
  std::size_t sent = 0;
  for (auto kind : kAllNotificationKinds) {
    std::vector<std::pair<Person, MailText>> mails;
    std::vector<NotificationId> done;
    auto prepared = repository_.transaction([&](GroupStore& store) -> Status {
      auto waiting = store.unmailed(kind);
      if (!waiting) return std::unexpected(waiting.error());
      std::map<std::int64_t, std::vector<Notification>> per_person;
      for (auto& n : *waiting) per_person[n.user.value()].push_back(std::move(n));
      for (auto& [user, items] : per_person) {
        auto choices = store.deliveries(accounts::UserId(user));
        if (!choices) return std::unexpected(choices.error());
        auto chosen = choices->find(kind);
        Delivery delivery = chosen == choices->end() ? default_delivery(kind) : chosen->second;
        auto person = known.find(user);
        // Read in the centre, not wanted by e-mail, or for somebody gone: nothing to send.
        std::erase_if(items, [&](const Notification& n) {
          bool drop = n.read_at != 0 || delivery == Delivery::never || person == known.end() ||
                      !reads(person->second.principal, n.group);
          if (drop) done.push_back(n.id);
          return drop;
        });
        if (items.empty()) continue;
        if (delivery != Delivery::immediate) {
          auto last = store.last_digest(accounts::UserId(user), kind);
          if (!last) return std::unexpected(last.error());
          Seconds every = delivery == Delivery::daily ? kDay : 7 * kDay;
          if (now() - *last < every) continue;
          if (auto ok = store.set_last_digest(accounts::UserId(user), kind, now()); !ok) return ok;
        }
        auto mail = mail_of(store, person->second, kind, items);
        if (!mail) return std::unexpected(mail.error());
        mails.emplace_back(person->second, std::move(*mail));
        for (const auto& n : items) done.push_back(n.id);
      }
      return store.mark_mailed(done, now());
    });
    if (!prepared) return std::unexpected(prepared.error());
    for (const auto& [person, mail] : mails)
      if (auto ok = surroundings_.queue_mail(person, mail); !ok) return std::unexpected(ok.error());
    sent += mails.size();
  }
  return sent;
}

Result<NotificationsView> GroupService::notifications(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  NotificationsView v;
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto items = store.notifications(*who.user, kCentreLength);
    if (!items) return std::unexpected(items.error());
    // A workspace the person no longer reads keeps its notifications out of sight.
    for (auto& n : *items)
      if (reads(who, n.group)) v.items.push_back(std::move(n));
    auto unread = store.unread_notifications(*who.user);
    if (!unread) return std::unexpected(unread.error());
    v.unread = *unread;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return v;
}

Result<int> GroupService::unread_notifications(const Principal& who) {
  if (!who.signed_in()) return 0;
  int out = 0;
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto unread = store.unread_notifications(*who.user);
    if (!unread) return std::unexpected(unread.error());
    out = *unread;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Status GroupService::mark_read(const Principal& who, std::optional<NotificationId> id) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return repository_.transaction(
      [&](GroupStore& store) { return store.mark_notifications_read(*who.user, id, now()); });
}

Result<std::vector<DeliverySetting>> GroupService::deliveries(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::vector<DeliverySetting> out;
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto choices = store.deliveries(*who.user);
    if (!choices) return std::unexpected(choices.error());
    for (auto kind : kAllNotificationKinds) {
      auto chosen = choices->find(kind);
      out.push_back({kind, chosen == choices->end() ? default_delivery(kind) : chosen->second});
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<std::vector<DeliverySetting>> GroupService::set_deliveries(const Principal& who, const DeliveryChoice& choice) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    std::string detail;
    for (const auto& [kind, delivery] : choice) {
      if (auto ok = store.set_delivery(*who.user, kind, delivery); !ok) return ok;
      detail += std::string(detail.empty() ? "" : " ") + std::string(to_string(kind)) + "=" +
                std::string(to_string(delivery));
    }
    return audit(store, who, "notifications.delivery_changed", "user:" + std::to_string(who.user->value()), detail);
  });
  if (!done) return std::unexpected(done.error());
  return deliveries(who);
}

Result<NotificationKind> GroupService::unsubscribe(const std::string& secret) {
  NotificationKind kind = NotificationKind::mention;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto link = store.unsubscribe_link(security::token_digest(secret));
    if (!link) return std::unexpected(link.error());
    if (!*link)
      return fail(ErrorKind::not_found,
                  N_("This link is not known. Sign in and choose which e-mails you get on the notifications page."));
    kind = (*link)->second;
    if (auto ok = store.set_delivery((*link)->first, kind, Delivery::never); !ok) return ok;
    return store.append_audit(accounts::AuditRecord{(*link)->first, "e-mail link", "notifications.delivery_changed",
                                                    "user:" + std::to_string((*link)->first.value()),
                                                    std::string(to_string(kind)) + "=never", "", now()});
  });
  if (!done) return std::unexpected(done.error());
  return kind;
}

}  // namespace cps::groups
