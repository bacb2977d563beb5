// The workspaces' readers and the rules on membership and mentions (see groups.hpp).
#include "domain/groups/groups.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>

#include "core/text.hpp"
#include "domain/helpdesk/helpdesk.hpp"
#include "i18n/catalogue.hpp"

namespace cps::groups {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::none_of(known.begin(), known.end(), [&](std::string_view k) { return member.key() == k; }))
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  return {};
}

Result<std::string> text_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
  return text::trim(std::string_view(v->as_string()));
}

enum class Required { no, yes };

// Well-formed UTF-8 without control characters (line breaks allowed), at most `max` code points.
Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max, Required required) {
  auto t = text_of(o, key);
  if (!t) return t;
  if (!text::is_valid_utf8(*t) || text::has_control_characters(*t))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (required == Required::yes && t->empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), std::string(key));
  if (text::utf8_length(*t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

Result<std::string> post_body(const json::object& o) {
  auto body = words_of(o, "body", kPostLength, Required::no);
  if (!body) return body;
  if (body->empty()) return fail(ErrorKind::unprocessable, N_("Write something before you post."), "body");
  return body;
}

// Characters that end a handle: spaces and punctuation around a name in running text.
bool ends_handle(char c) {
  return static_cast<unsigned char>(c) <= ' ' || std::string_view(",;:!?()[]{}<>\"'`*_~/\\|=+").find(c) !=
                                                     std::string_view::npos;
}

}  // namespace

bool is_workspace(std::string_view code) {
  return std::find(std::begin(kWorkspaceCodes), std::end(kWorkspaceCodes), code) != std::end(kWorkspaceCodes);
}

Privacy privacy_of(std::string_view code) {
  return code == "SC" || code == "STC" ? Privacy::members_only : Privacy::partnership;
}

std::optional<MemberRole> member_role(const std::vector<accounts::RoleAssignment>& roles, std::string_view code) {
  using accounts::Role;
  std::optional<MemberRole> out;
  for (const auto& r : roles) {
    if ((code == "SC" && r.role == Role::sc_member) || (code == "STC" && r.role == Role::stc_member) ||
        (r.role == Role::wg_member && r.working_group == code))
      out = out.value_or(MemberRole::member);
    if (r.role == Role::wg_coordinator && r.working_group == code) out = MemberRole::coordinator;
  }
  return out;
}

Delivery default_delivery(NotificationKind kind) {
  return kind == NotificationKind::mention ? Delivery::immediate : Delivery::daily;
}

Result<ThreadInput> read_thread(const json::object& o) {
  if (auto ok = only_fields(o, {"subject", "body"}); !ok) return std::unexpected(ok.error());
  ThreadInput in;
  auto subject = words_of(o, "subject", kSubjectLength, Required::yes);
  if (!subject) return std::unexpected(subject.error());
  if (subject->find('\n') != std::string::npos)
    return fail(ErrorKind::unprocessable, N_("The subject is one line."), "subject");
  in.subject = std::move(*subject);
  auto body = post_body(o);
  if (!body) return std::unexpected(body.error());
  in.body = std::move(*body);
  return in;
}

Result<std::string> read_post(const json::object& o) {
  if (auto ok = only_fields(o, {"body"}); !ok) return std::unexpected(ok.error());
  return post_body(o);
}

Result<std::string> read_reason(const json::object& o) {
  if (auto ok = only_fields(o, {"reason"}); !ok) return std::unexpected(ok.error());
  auto reason = words_of(o, "reason", kReasonLength, Required::no);
  if (!reason) return reason;
  if (reason->empty())
    return fail(ErrorKind::unprocessable, N_("Say why the post is hidden: readers see the reason in its place."),
                "reason");
  return reason;
}

Result<DecisionInput> read_decision(const json::object& o) {
  if (auto ok = only_fields(o, {"text", "date", "meeting", "thread"}); !ok) return std::unexpected(ok.error());
  DecisionInput in;
  auto t = words_of(o, "text", kDecisionLength, Required::yes);
  if (!t) return std::unexpected(t.error());
  in.text = std::move(*t);
  auto date = text_of(o, "date");
  if (!date) return std::unexpected(date.error());
  if (!helpdesk::is_date(*date))
    return fail(ErrorKind::unprocessable, N_("Write the date as YYYY-MM-DD."), "date");
  in.date = std::move(*date);
  auto meeting = words_of(o, "meeting", kMeetingLength, Required::no);
  if (!meeting) return std::unexpected(meeting.error());
  in.meeting = std::move(*meeting);
  if (auto* v = o.if_contains("thread"); v && !v->is_null()) {
    std::optional<long long> n;
    if (v->is_int64()) n = v->as_int64();
    else if (v->is_string() && !v->as_string().empty()) n = text::parse_int(std::string_view(v->as_string()));
    else if (v->is_string()) n = 0;
    if (!n) return fail(ErrorKind::invalid, N_("Choose a discussion from the list."), "thread");
    if (*n > 0) in.thread = ThreadId(*n);
  }
  return in;
}

Result<DeliveryChoice> read_deliveries(const json::object& o) {
  DeliveryChoice out;
  for (const auto& member : o) {
    auto kind = parse_name(member.key(), kNotificationKindNames);
    if (!kind) return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
    auto delivery = member.value().is_string() ? parse_name(std::string_view(member.value().as_string()), kDeliveryNames)
                                               : std::nullopt;
    if (!delivery) return fail(ErrorKind::invalid, N_("Choose a value from the list."), std::string(member.key()));
    out.emplace_back(*kind, *delivery);
  }
  return out;
}

std::string handle_of(std::string_view display_name) {
  std::string out;
  bool gap = false;
  for (char c : text::trim_view(display_name)) {
    if (static_cast<unsigned char>(c) <= ' ') {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '.';
    gap = false;
    out += c;
  }
  return text::to_lower_ascii(out);
}

std::vector<std::string> mentions_in(std::string_view markdown) {
  std::vector<std::string> out;
  bool in_code = false;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    char c = markdown[i];
    if (c == '`') in_code = !in_code;
    if (in_code || c != '@') continue;
    // "ana@example.org" is an address, not a mention: a mention starts a word.
    if (i > 0 && !ends_handle(markdown[i - 1]) && markdown[i - 1] != '.') continue;
    std::size_t end = i + 1;
    while (end < markdown.size() && !ends_handle(markdown[end]) && markdown[end] != '@') ++end;
    std::string handle(markdown.substr(i + 1, end - i - 1));
    while (!handle.empty() && handle.back() == '.') handle.pop_back();  // the sentence's full stop
    handle = text::to_lower_ascii(handle);
    if (!handle.empty() && std::find(out.begin(), out.end(), handle) == out.end()) out.push_back(handle);
    i = end - 1;
  }
  return out;
}

std::string quotation_of(const Post& post) {
  std::string out = "> **" + post.author_name + ":**\n";
  std::string_view body = post.body;
  while (!body.empty()) {
    auto nl = body.find('\n');
    std::string_view line = body.substr(0, nl);
    out += line.empty() ? ">\n" : "> " + std::string(line) + "\n";
    if (nl == std::string_view::npos) break;
    body.remove_prefix(nl + 1);
  }
  return out + "\n";
}

std::string_view to_string(Privacy p) { return name_of(p, kPrivacyNames); }
std::string_view to_string(MemberRole r) { return name_of(r, kMemberRoleNames); }
std::string_view to_string(ThreadState s) { return name_of(s, kThreadStateNames); }
std::string_view to_string(NotificationKind k) { return name_of(k, kNotificationKindNames); }
std::string_view to_string(Delivery d) { return name_of(d, kDeliveryNames); }

}  // namespace cps::groups
