// Working together: the workspaces of the six working groups, the steering committee and the
// scientific-technical committee, their discussions (threads of posts), their decisions log, and
// the notifications a discussion sends to people. Membership is the role a person holds
// (accounts::RoleAssignment): nobody joins a workspace apart from being given the role. Plain
// types, the one reader of each input shape, and the rules on mentions.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/groups/subjects.hpp"

namespace cps::groups {

using ThreadId = StrongId<struct ThreadIdTag>;
using PostId = StrongId<struct PostIdTag>;
using NotificationId = StrongId<struct NotificationIdTag>;
using DecisionId = StrongId<struct DecisionIdTag>;
using Seconds = std::int64_t;

// Who reads a workspace: every member of the partnership, or only the body's own members (the
// committees' workspaces).
enum class Privacy { partnership, members_only };
inline constexpr EnumName<Privacy> kPrivacyNames[] = {{Privacy::partnership, "partnership"},
                                                      {Privacy::members_only, "members_only"}};
static_assert(names_each_value_once(kPrivacyNames));

inline constexpr std::string_view kWorkspaceCodes[] = {"WG1", "WG2", "WG3", "WG4", "WG5", "WG6", "SC", "STC"};
bool is_workspace(std::string_view code);
Privacy privacy_of(std::string_view code);

// A member's part in the workspace, from their role: a working group's coordinator, or a member.
enum class MemberRole { coordinator, member };
inline constexpr EnumName<MemberRole> kMemberRoleNames[] = {{MemberRole::coordinator, "coordinator"},
                                                            {MemberRole::member, "member"}};
static_assert(names_each_value_once(kMemberRoleNames));

// The person's part in the workspace, or nullopt when no role of theirs belongs to it.
std::optional<MemberRole> member_role(const std::vector<accounts::RoleAssignment>& roles, std::string_view code);

enum class ThreadState { open, locked };
inline constexpr EnumName<ThreadState> kThreadStateNames[] = {{ThreadState::open, "open"},
                                                              {ThreadState::locked, "locked"}};
static_assert(names_each_value_once(kThreadStateNames));

// What a notification is about; each person chooses how each kind reaches them by e-mail.
enum class NotificationKind { mention, reply };
inline constexpr EnumName<NotificationKind> kNotificationKindNames[] = {{NotificationKind::mention, "mention"},
                                                                        {NotificationKind::reply, "reply"}};
static_assert(names_each_value_once(kNotificationKindNames));
inline constexpr auto kAllNotificationKinds = values_of(kNotificationKindNames);

// How notifications of a kind come by e-mail: each at once, gathered once a day or a week, or
// only in the notification centre.
enum class Delivery { immediate, daily, weekly, never };
inline constexpr EnumName<Delivery> kDeliveryNames[] = {{Delivery::immediate, "immediate"},
                                                        {Delivery::daily, "daily"},
                                                        {Delivery::weekly, "weekly"},
                                                        {Delivery::never, "never"}};
static_assert(names_each_value_once(kDeliveryNames));
// Mentions come at once unless a person chooses otherwise; replies once a day.
Delivery default_delivery(NotificationKind kind);

inline constexpr std::size_t kSubjectLength = 200;  // code points
inline constexpr std::size_t kPostLength = 20000;
inline constexpr std::size_t kReasonLength = 500;
inline constexpr std::size_t kDecisionLength = 2000;
inline constexpr std::size_t kMeetingLength = 200;

struct Thread {
  ThreadId id;
  std::string group;  // a workspace code
  std::string subject;
  accounts::UserId author;
  std::string author_name;
  ThreadState state = ThreadState::open;
  int posts = 0;
  Seconds created_at = 0;
  Seconds last_post_at = 0;
  std::optional<Subject> about;  // what it discusses ("discuss this"), when anything
};

struct Post {
  PostId id;
  ThreadId thread;
  accounts::UserId author;
  std::string author_name;
  std::string body;  // Markdown
  Seconds created_at = 0;
  Seconds edited_at = 0;       // 0 when never edited
  std::string hidden_reason;   // "" unless a moderator hid it
  std::string hidden_by_name;
  bool hidden() const { return !hidden_reason.empty(); }
};

struct Notification {
  NotificationId id;
  accounts::UserId user;
  NotificationKind kind = NotificationKind::mention;
  ThreadId thread;
  PostId post;
  std::string group;
  std::string subject;     // the thread's, when it was made
  std::string actor_name;  // who wrote the post
  Seconds created_at = 0;
  Seconds read_at = 0;     // 0 while unread
  Seconds mailed_at = 0;   // 0 until an e-mail (at once or in a digest) told of it
};

struct Decision {
  DecisionId id;
  std::string group;
  std::string text;
  std::string date;     // YYYY-MM-DD
  std::string meeting;  // e.g. "SC meeting 3, Timișoara"
  std::optional<ThreadId> thread;
  accounts::UserId author;
  std::string author_name;
  Seconds created_at = 0;
};

// {"subject","body"}: a new thread and its first post.
struct ThreadInput {
  std::string subject;
  std::string body;
};
Result<ThreadInput> read_thread(const boost::json::object& object);

// {"body"}: a reply, or a post's new text.
Result<std::string> read_post(const boost::json::object& object);

// {"reason"}: why a moderator hides a post (required: readers see it in the post's place).
Result<std::string> read_reason(const boost::json::object& object);

// {"text","date","meeting","thread"}
struct DecisionInput {
  std::string text;
  std::string date;
  std::string meeting;
  std::optional<ThreadId> thread;
};
Result<DecisionInput> read_decision(const boost::json::object& object);

// {"mention","reply"} each one of the Delivery names; kinds left out keep their setting.
using DeliveryChoice = std::vector<std::pair<NotificationKind, Delivery>>;
Result<DeliveryChoice> read_deliveries(const boost::json::object& object);

// The name a post mentions a person by: "@" and their display name in lower case with dots for
// spaces ("Ana Ionescu" → "ana.ionescu").
std::string handle_of(std::string_view display_name);
// The handles a Markdown text mentions ("@ana.ionescu"), each once, in order; code spans and
// e-mail addresses are not mentions.
std::vector<std::string> mentions_in(std::string_view markdown);
// The post as a quotation to start a reply with: "> " before each line, and who wrote it.
std::string quotation_of(const Post& post);

std::string_view to_string(Privacy p);
std::string_view to_string(MemberRole r);
std::string_view to_string(ThreadState s);
std::string_view to_string(NotificationKind k);
std::string_view to_string(Delivery d);

}  // namespace cps::groups
