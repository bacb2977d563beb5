// The rules of the newsletter. Anyone subscribes an address; nothing is sent to it but the
// confirmation mail until its owner confirms from that mail (double opt-in), and a link never
// confirmed stops working after kConfirmWithin, when the mail round deletes the subscription.
// Every link is one-time and only its digest is kept. The consent log records what was agreed
// to, when, in which language and by which step, naming the address only by its digest. Issues
// are written and sent by whoever the policy table lets send newsletters
// (Action::send_newsletter); each goes, in its own language, to the active subscribers of that
// language whose segment it reaches, minus suppressed addresses, as one outbox mail each with a
// one-click unsubscribe link (RFC 8058). Bounces reported by the mail gateway count per
// address; kHardBouncesToSuppress or kSoftBouncesToSuppress suppress it. Every change writes an
// audit line in the same transaction, with the subscriber's id and never the address
// ("newsletter.subscription_requested", "newsletter.confirmed", "newsletter.unsubscribed",
// "newsletter.bounce_recorded", "newsletter.suppressed", "newsletter.issue_created",
// "newsletter.issue_changed", "newsletter.issue_sent", "newsletter.expired").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/newsletter/newsletter.hpp"
#include "domain/newsletter/newsletter_repository.hpp"
#include "i18n/catalogue.hpp"

namespace cps::newsletter {

struct NewsletterSettings {
  // The platform's address, for the links in mails; asked at each mail, since a server on a
  // free port learns its own only once it listens.
  std::function<std::string()> public_url;
  // The latest published news in a language, newest first, at most `count` (the news part
  // of the platform answers; none when it is not given).
  std::function<Result<std::vector<Headline>>(const std::string& language, std::size_t count)> latest_news;
};

class NewsletterService {
 public:
  using Clock = std::function<Seconds()>;
  NewsletterService(NewsletterRepository& repository, const i18n::Catalogue& catalogue,
                    NewsletterSettings settings, Clock clock = {});

  // Whether the viewer may write and send issues, see subscribers and record bounces.
  bool may_send(const accounts::Principal& who) const;

  // Mails a confirmation link for the choices made. Answers the same whether or not the
  // address is known, active or suppressed (a suppressed address gets no mail), so that the
  // form tells nobody who subscribed. `shown_in` is the language the consent wording was shown in.
  Status subscribe(const SubscriptionInput& input, std::string_view shown_in);
  // Applies the choices of a confirmation link and makes the subscription active.
  Result<Subscriber> confirm(std::string_view secret);
  // Ends the subscription of an unsubscribe link (from an issue's mail or its header).
  Result<Subscriber> unsubscribe(std::string_view secret);

  Result<std::vector<Subscriber>> subscribers(const accounts::Principal& who);
  Result<std::vector<Consent>> consents(const accounts::Principal& who, SubscriberId id);
  Result<Subscriber> record_bounce(const accounts::Principal& who, const BounceInput& input);

  // Sent issues for anyone; drafts too for who may send.
  Result<std::vector<Issue>> issues(const accounts::Principal& who);
  Result<Issue> issue(const accounts::Principal& who, IssueId id);
  // With input.latest_news, the text ends with a list of the latest news in its language.
  Result<Issue> create_issue(const accounts::Principal& who, const IssueInput& input);
  // Rewrites a draft whole (language, subject, text, segment; the latest news added again when
  // asked); refused as a conflict once the issue is sent.
  Result<Issue> change_issue(const accounts::Principal& who, IssueId id, const IssueInput& input);
  // Queues one mail per subscriber reached; refused for an issue without text or sent already.
  Result<Issue> send_issue(const accounts::Principal& who, IssueId id);
  // Who an unsent issue would reach now.
  Result<int> audience(const accounts::Principal& who, IssueId id);

  // Deletes subscriptions never confirmed whose links expired (the mail round calls it).
  Result<std::size_t> expire_unconfirmed();

 private:
  Seconds now() const;
  Status require_sender(const accounts::Principal& who) const;
  Status check_countries(NewsletterStore& store, const Segment& segment);
  Result<std::vector<Subscriber>> reached(NewsletterStore& store, const Issue& issue);
  // An issue's text as written, ended with the latest news in its language when asked.
  Result<std::string> issue_text(const IssueInput& input) const;
  // A one-time link for a subscriber: stores its digest and answers the secret.
  Result<std::string> new_link(NewsletterStore& store, const Subscriber& s, LinkPurpose purpose,
                               const std::string& language, const Segment& segment);
  // The link for its purpose: not found, used or expired links are refused, each with its message.
  Result<Link> usable_link(NewsletterStore& store, std::string_view secret, LinkPurpose purpose);
  std::string url(const std::string& language, const std::string& path) const;
  std::string tr(const std::string& language, std::string_view msgid) const;

  NewsletterRepository& repository_;
  const i18n::Catalogue& catalogue_;
  NewsletterSettings settings_;
  Clock clock_;
};

// The digest the consent log names an address by.
std::string address_digest(const std::string& email);

}  // namespace cps::newsletter
