// In-memory newsletter storage for the service's tests, honest to the port's contract (one
// subscriber per address, issues sent once, all-or-nothing transactions). Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/newsletter/newsletter_repository.hpp"

namespace cps::newsletter {

class FakeNewsletterRepository final : public NewsletterRepository, private NewsletterStore {
 public:
  std::vector<accounts::AuditRecord> audit;
  std::vector<mail::Mail> outbox;
  std::vector<Consent> consent_log;
  std::set<std::string> countries = {"AL", "EL", "HU", "RO", "MD"};

  Status transaction(const std::function<Status(NewsletterStore&)>& work) override {
    auto saved = std::tuple{subscribers_, links_, issues_, audit, outbox, consent_log, next_};
    auto done = work(*this);
    if (!done) std::tie(subscribers_, links_, issues_, audit, outbox, consent_log, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(NewsletterStore&)>& work) override { return work(*this); }
  std::size_t stored_subscribers() const { return subscribers_.size(); }

 private:
  Result<SubscriberId> insert_subscriber(const Subscriber& s) override {
    for (const auto& [id, other] : subscribers_)
      if (other.email == s.email) return fail(ErrorKind::conflict, "This address is subscribed already.", "email");
    Subscriber kept = s;
    kept.id = SubscriberId(next_++);
    subscribers_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Subscriber>> subscriber(SubscriberId id) override {
    auto it = subscribers_.find(id.value());
    if (it == subscribers_.end()) return std::optional<Subscriber>();
    return std::optional<Subscriber>(it->second);
  }
  Result<std::optional<Subscriber>> subscriber_by_email(const std::string& email) override {
    for (const auto& [id, s] : subscribers_)
      if (s.email == email) return std::optional<Subscriber>(s);
    return std::optional<Subscriber>();
  }
  Result<std::vector<Subscriber>> subscribers() override {
    std::vector<Subscriber> out;
    for (const auto& [id, s] : subscribers_) out.push_back(s);
    return out;
  }
  Status update_subscriber(const Subscriber& s) override {
    auto it = subscribers_.find(s.id.value());
    if (it == subscribers_.end()) return fail(ErrorKind::not_found, "Not found.");
    Subscriber kept = s;
    kept.email = it->second.email;
    kept.created_at = it->second.created_at;
    it->second = kept;
    return {};
  }
  Result<std::size_t> delete_unconfirmed(Seconds now) override {
    std::size_t n = 0;
    for (auto it = subscribers_.begin(); it != subscribers_.end();) {
      bool live = std::any_of(links_.begin(), links_.end(), [&](const auto& l) {
        return l.second.subscriber == it->second.id && l.second.purpose == LinkPurpose::confirm &&
               l.second.used_at == 0 && l.second.expires_at > now;
      });
      if (it->second.status == SubscriberStatus::pending && !live) {
        std::erase_if(links_, [&](const auto& l) { return l.second.subscriber == it->second.id; });
        it = subscribers_.erase(it);
        ++n;
      } else {
        ++it;
      }
    }
    return n;
  }
  Status insert_link(const Link& l) override {
    links_[l.digest] = l;
    return {};
  }
  Result<std::optional<Link>> link(const std::string& digest) override {
    auto it = links_.find(digest);
    if (it == links_.end()) return std::optional<Link>();
    return std::optional<Link>(it->second);
  }
  Status mark_link_used(const std::string& digest, Seconds at) override {
    links_.at(digest).used_at = at;
    return {};
  }
  Status append_consent(const Consent& c) override {
    consent_log.push_back(c);
    consent_log.back().id = std::int64_t(consent_log.size());
    return {};
  }
  Result<std::vector<Consent>> consents(SubscriberId id) override {
    std::vector<Consent> out;
    for (const auto& c : consent_log)
      if (c.subscriber == id) out.push_back(c);
    return out;
  }
  Result<IssueId> insert_issue(const Issue& i) override {
    Issue kept = i;
    kept.id = IssueId(next_++);
    kept.author_name = "Author";
    issues_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Issue>> issue(IssueId id) override {
    auto it = issues_.find(id.value());
    if (it == issues_.end()) return std::optional<Issue>();
    return std::optional<Issue>(it->second);
  }
  Result<std::vector<Issue>> issues() override {
    std::vector<Issue> out;
    for (auto it = issues_.rbegin(); it != issues_.rend(); ++it) out.push_back(it->second);
    return out;
  }
  Result<bool> mark_sent(IssueId id, Seconds at, int recipients) override {
    auto it = issues_.find(id.value());
    if (it == issues_.end() || it->second.status == IssueStatus::sent) return false;
    it->second.status = IssueStatus::sent;
    it->second.sent_at = at;
    it->second.recipients = recipients;
    return true;
  }
  Result<bool> update_draft(const Issue& i) override {
    auto it = issues_.find(i.id.value());
    if (it == issues_.end() || it->second.status == IssueStatus::sent) return false;
    it->second.language = i.language;
    it->second.subject = i.subject;
    it->second.body = i.body;
    it->second.segment = i.segment;
    return true;
  }
  Result<bool> country_exists(const std::string& code) override { return countries.contains(code); }
  Status queue_mail(const mail::Mail& m, Seconds) override {
    outbox.push_back(m);
    return {};
  }
  Status append_audit(const accounts::AuditRecord& r) override {
    audit.push_back(r);
    return {};
  }

  std::map<std::int64_t, Subscriber> subscribers_;
  std::map<std::string, Link> links_;
  std::map<std::int64_t, Issue> issues_;
  std::int64_t next_ = 1;
};

}  // namespace cps::newsletter
