// The newsletter: subscribers (by address, with their language and segment), the one-time
// links mailed to them (confirmation, unsubscribe), the consent log that proves what each one
// agreed to, and the issues sent to a segment. Plain types and the one reader of each input.
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
#include "i18n/catalogue.hpp"

namespace cps::newsletter {

using SubscriberId = StrongId<struct SubscriberIdTag>;
using IssueId = StrongId<struct IssueIdTag>;
using Seconds = std::int64_t;

// pending: asked, not yet confirmed from the mail; active: gets issues; unsubscribed: left.
enum class SubscriberStatus { pending, active, unsubscribed };
inline constexpr EnumName<SubscriberStatus> kSubscriberStatusNames[] = {
    {SubscriberStatus::pending, "pending"},
    {SubscriberStatus::active, "active"},
    {SubscriberStatus::unsubscribed, "unsubscribed"}};
static_assert(names_each_value_once(kSubscriberStatusNames));

// What a line of the consent log records.
enum class ConsentAction { subscribed, confirmed, unsubscribed };
inline constexpr EnumName<ConsentAction> kConsentActionNames[] = {{ConsentAction::subscribed, "subscribed"},
                                                                  {ConsentAction::confirmed, "confirmed"},
                                                                  {ConsentAction::unsubscribed, "unsubscribed"}};
static_assert(names_each_value_once(kConsentActionNames));

enum class IssueStatus { draft, sent };
inline constexpr EnumName<IssueStatus> kIssueStatusNames[] = {{IssueStatus::draft, "draft"},
                                                              {IssueStatus::sent, "sent"}};
static_assert(names_each_value_once(kIssueStatusNames));

// A hard bounce: the address does not exist; a soft one: a full mailbox, a server down.
enum class BounceKind { hard, soft };
inline constexpr EnumName<BounceKind> kBounceKindNames[] = {{BounceKind::hard, "hard"}, {BounceKind::soft, "soft"}};
static_assert(names_each_value_once(kBounceKindNames));

enum class LinkPurpose { confirm, unsubscribe };
inline constexpr EnumName<LinkPurpose> kLinkPurposeNames[] = {{LinkPurpose::confirm, "confirm"},
                                                              {LinkPurpose::unsubscribe, "unsubscribe"}};
static_assert(names_each_value_once(kLinkPurposeNames));

// The languages issues are written in and subscribers read: those of the interface.
inline constexpr std::string_view kLanguages[] = {"en", "ro", "sq", "hu", "el"};
bool is_language(std::string_view code);

// An address is suppressed (gets no mail) after this many bounces of a kind.
inline constexpr int kHardBouncesToSuppress = 1;
inline constexpr int kSoftBouncesToSuppress = 3;
// A confirmation link works this long; a subscription never confirmed is then deleted.
inline constexpr Seconds kConfirmWithin = 3 * 24 * 60 * 60;

inline constexpr std::size_t kSubjectLength = 200;  // code points
inline constexpr std::size_t kBodyLength = 50000;
inline constexpr std::size_t kReasonLength = 300;
inline constexpr std::size_t kMaxTags = 16;

// The wording people agree to on the subscription form, as its catalogue id, and its version:
// the consent log names both, with the language it was shown in. A new wording is a new
// message and a new version.
inline constexpr const char* kConsentWording = i18n::N_(
    "I agree to receive the ClusterPoliSEE newsletter by e-mail at this address, in the language and on the topics I chose. I can unsubscribe at any time with the link in every issue.");
inline constexpr int kConsentVersion = 1;

// Whom an issue goes to, or what a subscriber wants: thematic areas (WG1 … WG6) and countries
// (codes of the reference data). An empty list means all.
struct Segment {
  std::vector<std::string> areas;
  std::vector<std::string> countries;
};

// Whether a subscriber who chose `wanted` gets an issue sent to `sent_to`: each list, when both
// name some, has a value in common.
bool reaches(const Segment& sent_to, const Segment& wanted);

struct Subscriber {
  SubscriberId id;
  std::string email;     // lower case
  std::string language;  // of the mails they get
  Segment segment;
  SubscriberStatus status = SubscriberStatus::pending;
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Seconds confirmed_at = 0;
  int hard_bounces = 0;
  int soft_bounces = 0;
  Seconds suppressed_at = 0;  // 0 while mail reaches the address
  std::string suppressed_reason;
  bool suppressed() const { return suppressed_at != 0; }
};

// A one-time link: only the digest of its secret is kept. A confirmation link carries the
// choices made on the form, applied when it is used.
struct Link {
  std::string digest;
  SubscriberId subscriber;
  LinkPurpose purpose = LinkPurpose::confirm;
  std::string language;
  Segment segment;
  Seconds created_at = 0;
  Seconds expires_at = 0;  // 0: never
  Seconds used_at = 0;     // 0: not yet
};

// One line of proof: no address in clear, only its digest, so that the proof can outlive a
// subscription deleted unconfirmed.
struct Consent {
  std::int64_t id = 0;
  SubscriberId subscriber;
  std::string address_digest;
  ConsentAction action = ConsentAction::subscribed;
  std::string wording;   // the catalogue id of the text agreed to
  int wording_version = 0;
  std::string language;  // the language the wording was shown in
  Seconds at = 0;
};

struct Issue {
  IssueId id;
  std::string language;
  std::string subject;
  std::string body;  // Markdown
  Segment segment;
  IssueStatus status = IssueStatus::draft;
  accounts::UserId author;
  std::string author_name;
  Seconds created_at = 0;
  Seconds sent_at = 0;
  int recipients = 0;
};

// {"email","language","areas":[…],"countries":[…],"consent":true}
struct SubscriptionInput {
  std::string email;
  std::string language;
  Segment segment;
};
Result<SubscriptionInput> read_subscription(const boost::json::object& object);

// Whether an issue's text ends with the latest published news in its language.
enum class LatestNews { leave_out, add };

// {"language","subject","body","areas":[…],"countries":[…],"latest_news":true}: a draft may
// have no text yet; sending one is refused.
struct IssueInput {
  std::string language;
  std::string subject;
  std::string body;
  Segment segment;
  LatestNews latest_news = LatestNews::leave_out;
};

// A published news post as an issue lists it.
struct Headline {
  std::string title;
  std::string summary;
  std::string path;  // below /{lang}, e.g. /news/12
};
inline constexpr std::size_t kLatestNews = 5;
Result<IssueInput> read_issue(const boost::json::object& object);

// {"email","kind":"hard"|"soft","reason"}: what a mail gateway reports.
struct BounceInput {
  std::string email;
  BounceKind kind = BounceKind::soft;
  std::string reason;
};
Result<BounceInput> read_bounce(const boost::json::object& object);

// A link's secret from a page address or a body: refused unless it has the form of one the
// platform hands out (so that nothing else reaches the digest lookup).
Result<std::string> read_secret(std::string_view secret);

std::string_view to_string(SubscriberStatus s);
std::string_view to_string(ConsentAction a);
std::string_view to_string(IssueStatus s);
std::string_view to_string(BounceKind k);

}  // namespace cps::newsletter
