// What the newsletter needs from storage: small operations on one open transaction, composed
// by the service so that a change, the mails it sends and its audit line are written together
// or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/newsletter/newsletter.hpp"
#include "mail/outbox.hpp"

namespace cps::newsletter {

class NewsletterStore {
 public:
  virtual ~NewsletterStore() = default;
  // The subscriber's id; a second subscriber with one address is refused (conflict).
  virtual Result<SubscriberId> insert_subscriber(const Subscriber& subscriber) = 0;
  virtual Result<std::optional<Subscriber>> subscriber(SubscriberId id) = 0;
  virtual Result<std::optional<Subscriber>> subscriber_by_email(const std::string& email) = 0;
  // Every subscriber, oldest first.
  virtual Result<std::vector<Subscriber>> subscribers() = 0;
  // Writes every field but the id, the address and the creation time.
  virtual Status update_subscriber(const Subscriber& subscriber) = 0;
  // Deletes pending subscribers none of whose confirmation links still works at `now` (with
  // their links); answers how many.
  virtual Result<std::size_t> delete_unconfirmed(Seconds now) = 0;

  virtual Status insert_link(const Link& link) = 0;
  virtual Result<std::optional<Link>> link(const std::string& digest) = 0;
  virtual Status mark_link_used(const std::string& digest, Seconds at) = 0;

  virtual Status append_consent(const Consent& consent) = 0;
  // The subscriber's consent log, oldest first.
  virtual Result<std::vector<Consent>> consents(SubscriberId subscriber) = 0;

  virtual Result<IssueId> insert_issue(const Issue& issue) = 0;
  // With the author's name.
  virtual Result<std::optional<Issue>> issue(IssueId id) = 0;
  // Every issue, newest first (by creation).
  virtual Result<std::vector<Issue>> issues() = 0;
  // Marks a draft sent; false (nothing written) when it was sent already.
  virtual Result<bool> mark_sent(IssueId id, Seconds at, int recipients) = 0;
  // Writes a draft's language, subject, text and segment; false (nothing written) when it was
  // sent meanwhile.
  virtual Result<bool> update_draft(const Issue& issue) = 0;

  // Whether the reference data know the country (code as stored there: EL for Greece).
  virtual Result<bool> country_exists(const std::string& code) = 0;
  // Puts a mail, with its extra headers, in the outbox.
  virtual Status queue_mail(const mail::Mail& mail, Seconds now) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class NewsletterRepository {
 public:
  virtual ~NewsletterRepository() = default;
  virtual Status transaction(const std::function<Status(NewsletterStore&)>& work) = 0;
  virtual Status read(const std::function<Status(NewsletterStore&)>& work) = 0;
};

}  // namespace cps::newsletter
