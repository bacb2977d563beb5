// The newsletter's use cases (see newsletter_service.hpp).
#include "domain/newsletter/newsletter_service.hpp"

#include <algorithm>
#include <chrono>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "security/crypto.hpp"

namespace cps::newsletter {

using i18n::N_;

namespace {

std::string subscriber_target(SubscriberId id) { return "newsletter-subscriber:" + std::to_string(id.value()); }
std::string issue_target(IssueId id) { return "newsletter-issue:" + std::to_string(id.value()); }

// A visitor without an account acts through a mailed link or the public form.
accounts::AuditRecord by_link(std::string action, std::string target, std::string detail, Seconds at) {
  return accounts::AuditRecord{std::nullopt, "e-mail link", std::move(action), std::move(target), std::move(detail), "", at};
}

accounts::AuditRecord by(const accounts::Principal& who, std::string action, std::string target, std::string detail,
                         Seconds at) {
  return accounts::AuditRecord{who.user, who.label, std::move(action), std::move(target), std::move(detail), "", at};
}

}  // namespace

std::string address_digest(const std::string& email) { return security::token_digest(email); }

NewsletterService::NewsletterService(NewsletterRepository& repository, const i18n::Catalogue& catalogue,
                                     NewsletterSettings settings, Clock clock)
    : repository_(repository), catalogue_(catalogue), settings_(std::move(settings)), clock_(std::move(clock)) {}

Seconds NewsletterService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool NewsletterService::may_send(const accounts::Principal& who) const {
  return accounts::allowed(who, accounts::Action::send_newsletter, {});
}

Status NewsletterService::require_sender(const accounts::Principal& who) const {
  // The command line holds the administrator's role without an account: the policy decides.
  if (may_send(who)) return {};
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return fail(ErrorKind::forbidden, "You may not do this.");
}

Status NewsletterService::check_countries(NewsletterStore& store, const Segment& segment) {
  for (const auto& c : segment.countries) {
    auto known = store.country_exists(c);
    if (!known) return std::unexpected(known.error());
    if (!*known) return fail(ErrorKind::invalid, N_("Choose values from the list."), "countries");
  }
  return {};
}

std::string NewsletterService::url(const std::string& language, const std::string& path) const {
  return settings_.public_url() + "/" + language + path;
}

std::string NewsletterService::tr(const std::string& language, std::string_view msgid) const {
  return catalogue_.translate(i18n::parse_language(language).value_or(i18n::kDefaultLanguage), msgid);
}

Result<std::string> NewsletterService::new_link(NewsletterStore& store, const Subscriber& s, LinkPurpose purpose,
                                                const std::string& language, const Segment& segment) {
  const std::string secret = security::random_token();
  const Seconds t = now();
  Link link{security::token_digest(secret), s.id, purpose, language, segment, t,
            purpose == LinkPurpose::confirm ? t + kConfirmWithin : 0, 0};
  if (auto ok = store.insert_link(link); !ok) return std::unexpected(ok.error());
  return secret;
}

Result<Link> NewsletterService::usable_link(NewsletterStore& store, std::string_view secret, LinkPurpose purpose) {
  auto checked = read_secret(secret);
  if (!checked) return std::unexpected(checked.error());
  auto found = store.link(security::token_digest(*checked));
  if (!found) return std::unexpected(found.error());
  if (!*found || (*found)->purpose != purpose)
    return fail(ErrorKind::not_found, N_("This link is not known. Check that it was copied whole."), "token");
  if ((*found)->used_at != 0)
    return fail(ErrorKind::conflict,
                purpose == LinkPurpose::confirm ? N_("This confirmation link was used already: the subscription is confirmed.")
                                                : N_("This unsubscribe link was used already: the address gets no more issues."),
                "token");
  if ((*found)->expires_at != 0 && (*found)->expires_at <= now())
    return fail(ErrorKind::unprocessable, N_("This confirmation link has expired. Subscribe again to get a new one."), "token");
  return **found;
}

Status NewsletterService::subscribe(const SubscriptionInput& input, std::string_view shown_in) {
  const std::string wording_language = is_language(shown_in) ? std::string(shown_in) : input.language;
  return repository_.transaction([&](NewsletterStore& store) -> Status {
    if (auto ok = check_countries(store, input.segment); !ok) return ok;
    const Seconds t = now();
    auto found = store.subscriber_by_email(input.email);
    if (!found) return std::unexpected(found.error());
    Subscriber s;
    if (*found) {
      s = **found;
    } else {
      s.email = input.email;
      s.language = input.language;
      s.segment = input.segment;
      s.status = SubscriberStatus::pending;
      s.created_at = s.updated_at = t;
      auto id = store.insert_subscriber(s);
      if (id) {
        s.id = *id;
      } else if (id.error().kind == ErrorKind::conflict) {
        // Somebody asked for the same address at the same moment: go on with theirs.
        auto again = store.subscriber_by_email(input.email);
        if (!again) return std::unexpected(again.error());
        if (!*again) return std::unexpected(id.error());
        s = **again;
      } else {
        return std::unexpected(id.error());
      }
    }
    if (s.suppressed())
      return store.append_audit(by_link("newsletter.subscription_requested", subscriber_target(s.id), "suppressed", t));
    auto secret = new_link(store, s, LinkPurpose::confirm, input.language, input.segment);
    if (!secret) return std::unexpected(secret.error());
    if (auto ok = store.append_consent({0, s.id, address_digest(s.email), ConsentAction::subscribed, kConsentWording,
                                        kConsentVersion, wording_language, t});
        !ok)
      return ok;
    const std::string& l = input.language;
    std::string body =
        tr(l, N_("Somebody, probably you, asked to receive the ClusterPoliSEE newsletter at this address.")) +
        "\n\n" +
        text::fill(tr(l, N_("To confirm, open this link within three days and press the button there: {link}")),
                   {{"link", url(l, "/newsletter/confirm/" + *secret)}}) +
        "\n\n" + tr(l, N_("If you did not ask for it, ignore this mail: nothing will be sent to you.")) + "\n";
    mail::Mail m;
    m.to = s.email;
    m.subject = tr(l, N_("Confirm your subscription to the ClusterPoliSEE newsletter"));
    m.body = std::move(body);
    if (auto ok = store.queue_mail(m, t); !ok) return ok;
    return store.append_audit(by_link("newsletter.subscription_requested", subscriber_target(s.id),
                                      "language=" + input.language, t));
  });
}

Result<Subscriber> NewsletterService::confirm(std::string_view secret) {
  Subscriber out;
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto link = usable_link(store, secret, LinkPurpose::confirm);
    if (!link) return std::unexpected(link.error());
    auto found = store.subscriber(link->subscriber);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, N_("This link is not known. Check that it was copied whole."), "token");
    const Seconds t = now();
    out = **found;
    out.status = SubscriberStatus::active;
    out.language = link->language;
    out.segment = link->segment;
    out.confirmed_at = t;
    out.updated_at = t;
    if (auto ok = store.mark_link_used(link->digest, t); !ok) return ok;
    if (auto ok = store.update_subscriber(out); !ok) return ok;
    if (auto ok = store.append_consent({0, out.id, address_digest(out.email), ConsentAction::confirmed, kConsentWording,
                                        kConsentVersion, link->language, t});
        !ok)
      return ok;
    return store.append_audit(by_link("newsletter.confirmed", subscriber_target(out.id), "language=" + out.language, t));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Subscriber> NewsletterService::unsubscribe(std::string_view secret) {
  Subscriber out;
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto link = usable_link(store, secret, LinkPurpose::unsubscribe);
    if (!link) return std::unexpected(link.error());
    auto found = store.subscriber(link->subscriber);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, N_("This link is not known. Check that it was copied whole."), "token");
    const Seconds t = now();
    out = **found;
    out.status = SubscriberStatus::unsubscribed;
    out.updated_at = t;
    if (auto ok = store.mark_link_used(link->digest, t); !ok) return ok;
    if (auto ok = store.update_subscriber(out); !ok) return ok;
    if (auto ok = store.append_consent({0, out.id, address_digest(out.email), ConsentAction::unsubscribed,
                                        kConsentWording, kConsentVersion, out.language, t});
        !ok)
      return ok;
    return store.append_audit(by_link("newsletter.unsubscribed", subscriber_target(out.id), "", t));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<std::vector<Subscriber>> NewsletterService::subscribers(const accounts::Principal& who) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  std::vector<Subscriber> out;
  auto done = repository_.read([&](NewsletterStore& store) -> Status {
    auto all = store.subscribers();
    if (!all) return std::unexpected(all.error());
    out = std::move(*all);
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<std::vector<Consent>> NewsletterService::consents(const accounts::Principal& who, SubscriberId id) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  std::vector<Consent> out;
  auto done = repository_.read([&](NewsletterStore& store) -> Status {
    auto found = store.subscriber(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, "Not found.");
    auto log = store.consents(id);
    if (!log) return std::unexpected(log.error());
    out = std::move(*log);
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Subscriber> NewsletterService::record_bounce(const accounts::Principal& who, const BounceInput& input) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  Subscriber out;
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto found = store.subscriber_by_email(input.email);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, N_("No subscriber has this address."), "email");
    const Seconds t = now();
    out = **found;
    (input.kind == BounceKind::hard ? out.hard_bounces : out.soft_bounces) += 1;
    out.updated_at = t;
    const bool newly = !out.suppressed() &&
                       (out.hard_bounces >= kHardBouncesToSuppress || out.soft_bounces >= kSoftBouncesToSuppress);
    if (newly) {
      out.suppressed_at = t;
      out.suppressed_reason = std::string(to_string(input.kind)) + " bounce" +
                              (input.reason.empty() ? "" : ": " + input.reason);
    }
    if (auto ok = store.update_subscriber(out); !ok) return ok;
    if (auto ok = store.append_audit(by(who, "newsletter.bounce_recorded", subscriber_target(out.id),
                                        "kind=" + std::string(to_string(input.kind)), t));
        !ok)
      return ok;
    if (!newly) return {};
    return store.append_audit(by(who, "newsletter.suppressed", subscriber_target(out.id),
                                 "hard=" + std::to_string(out.hard_bounces) + " soft=" + std::to_string(out.soft_bounces), t));
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<std::vector<Issue>> NewsletterService::issues(const accounts::Principal& who) {
  const bool drafts = may_send(who);
  std::vector<Issue> out;
  auto done = repository_.read([&](NewsletterStore& store) -> Status {
    auto all = store.issues();
    if (!all) return std::unexpected(all.error());
    for (auto& i : *all)
      if (drafts || i.status == IssueStatus::sent) out.push_back(std::move(i));
    // The archive reads newest sent first; drafts lead.
    std::stable_sort(out.begin(), out.end(), [](const Issue& a, const Issue& b) {
      if ((a.status == IssueStatus::draft) != (b.status == IssueStatus::draft)) return a.status == IssueStatus::draft;
      return a.sent_at > b.sent_at;
    });
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<Issue> NewsletterService::issue(const accounts::Principal& who, IssueId id) {
  std::optional<Issue> out;
  auto done = repository_.read([&](NewsletterStore& store) -> Status {
    auto found = store.issue(id);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!done) return std::unexpected(done.error());
  if (!out || (out->status != IssueStatus::sent && !may_send(who))) return fail(ErrorKind::not_found, "Not found.");
  return *out;
}

Result<std::string> NewsletterService::issue_text(const IssueInput& input) const {
  if (input.latest_news != LatestNews::add || !settings_.latest_news) return input.body;
  auto headlines = settings_.latest_news(input.language, kLatestNews);
  if (!headlines) return std::unexpected(headlines.error());
  if (headlines->empty())
    return fail(ErrorKind::unprocessable, N_("No news is published in this language yet."), "latest_news");
  std::string list = "## " + tr(input.language, N_("Latest news")) + "\n\n";
  for (const auto& h : *headlines)
    list += "- [" + h.title + "](" + url(input.language, h.path) + ")" + (h.summary.empty() ? "" : ": " + h.summary) + "\n";
  return input.body.empty() ? list : input.body + "\n\n" + list;
}

Result<Issue> NewsletterService::create_issue(const accounts::Principal& who, const IssueInput& input) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");  // an issue has an author
  Issue made;
  auto body = issue_text(input);
  if (!body) return std::unexpected(body.error());
  made.body = std::move(*body);
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    if (auto ok = check_countries(store, input.segment); !ok) return ok;
    made.language = input.language;
    made.subject = input.subject;
    made.segment = input.segment;
    made.author = *who.user;
    made.created_at = now();
    auto id = store.insert_issue(made);
    if (!id) return std::unexpected(id.error());
    made.id = *id;
    return store.append_audit(by(who, "newsletter.issue_created", issue_target(made.id), "language=" + made.language,
                                 made.created_at));
  });
  if (!done) return std::unexpected(done.error());
  return issue(who, made.id);
}

Result<Issue> NewsletterService::change_issue(const accounts::Principal& who, IssueId id, const IssueInput& input) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  auto body = issue_text(input);
  if (!body) return std::unexpected(body.error());
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto found = store.issue(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, "Not found.");
    if ((*found)->status == IssueStatus::sent)
      return fail(ErrorKind::conflict, N_("This issue was sent already: a sent issue cannot be changed."));
    if (auto ok = check_countries(store, input.segment); !ok) return ok;
    Issue changed = **found;
    changed.language = input.language;
    changed.subject = input.subject;
    changed.body = std::move(*body);
    changed.segment = input.segment;
    // A send that committed since the read above leaves nothing to change.
    auto written = store.update_draft(changed);
    if (!written) return std::unexpected(written.error());
    if (!*written) return fail(ErrorKind::conflict, N_("This issue was sent already: a sent issue cannot be changed."));
    return store.append_audit(by(who, "newsletter.issue_changed", issue_target(id), "language=" + changed.language, now()));
  });
  if (!done) return std::unexpected(done.error());
  return issue(who, id);
}

Result<std::vector<Subscriber>> NewsletterService::reached(NewsletterStore& store, const Issue& issue) {
  auto all = store.subscribers();
  if (!all) return std::unexpected(all.error());
  std::vector<Subscriber> out;
  for (auto& s : *all)
    if (s.status == SubscriberStatus::active && !s.suppressed() && s.language == issue.language &&
        reaches(issue.segment, s.segment))
      out.push_back(std::move(s));
  return out;
}

Result<int> NewsletterService::audience(const accounts::Principal& who, IssueId id) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  int count = 0;
  auto done = repository_.read([&](NewsletterStore& store) -> Status {
    auto found = store.issue(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, "Not found.");
    auto people = reached(store, **found);
    if (!people) return std::unexpected(people.error());
    count = int(people->size());
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return count;
}

Result<Issue> NewsletterService::send_issue(const accounts::Principal& who, IssueId id) {
  if (auto ok = require_sender(who); !ok) return std::unexpected(ok.error());
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto found = store.issue(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(ErrorKind::not_found, "Not found.");
    const Issue& issue = **found;
    if (issue.status == IssueStatus::sent) return fail(ErrorKind::conflict, N_("This issue was sent already."));
    if (text::trim(issue.body).empty())
      return fail(ErrorKind::unprocessable, N_("An issue without text cannot be sent: write its text first."), "body");
    auto people = reached(store, issue);
    if (!people) return std::unexpected(people.error());
    const Seconds t = now();
    const std::string& l = issue.language;
    for (const auto& s : *people) {
      auto secret = new_link(store, s, LinkPurpose::unsubscribe, l, {});
      if (!secret) return std::unexpected(secret.error());
      const std::string leave = url(l, "/newsletter/unsubscribe/" + *secret);
      mail::Mail m;
      m.to = s.email;
      m.subject = issue.subject;
      m.body = issue.body + "\n\n-- \n" +
               text::fill(tr(l, N_("You get this newsletter because you subscribed to it. Past issues: {link}")),
                          {{"link", url(l, "/newsletter/issues")}}) +
               "\n" + text::fill(tr(l, N_("To unsubscribe, open this link (no need to sign in): {link}")), {{"link", leave}}) +
               "\n";
      m.headers = {{"List-Unsubscribe", "<" + leave + ">"}, {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
      for (const auto& h : m.headers)
        if (auto ok = mail::check_header(h); !ok) return ok;
      if (auto ok = store.queue_mail(m, t); !ok) return ok;
    }
    auto marked = store.mark_sent(id, t, int(people->size()));
    if (!marked) return std::unexpected(marked.error());
    if (!*marked) return fail(ErrorKind::conflict, N_("This issue was sent already."));
    return store.append_audit(
        by(who, "newsletter.issue_sent", issue_target(id), "recipients=" + std::to_string(people->size()), t));
  });
  if (!done) return std::unexpected(done.error());
  return issue(who, id);
}

Result<std::size_t> NewsletterService::expire_unconfirmed() {
  std::size_t gone = 0;
  auto done = repository_.transaction([&](NewsletterStore& store) -> Status {
    auto n = store.delete_unconfirmed(now());
    if (!n) return std::unexpected(n.error());
    gone = *n;
    if (gone == 0) return {};
    return store.append_audit(accounts::AuditRecord{std::nullopt, "system", "newsletter.expired", "newsletter",
                                                    "deleted=" + std::to_string(gone), "", now()});
  });
  if (!done) return std::unexpected(done.error());
  return gone;
}

}  // namespace cps::newsletter
