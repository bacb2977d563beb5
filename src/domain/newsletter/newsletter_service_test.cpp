// The newsletter's rules through its service, against the in-memory repository.
#include "domain/newsletter/newsletter_service.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/newsletter/testing/fake_newsletter_repository.hpp"

namespace cps::newsletter {
namespace {

namespace json = boost::json;

accounts::Principal person(std::int64_t id, std::vector<accounts::RoleAssignment> roles) {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(id);
  p.label = "user" + std::to_string(id) + "@example.org";
  p.roles = std::move(roles);
  return p;
}

// The secret of the last link a mail carried (the text after the last '/' of the link).
std::string secret_in(const mail::Mail& m, std::string_view path) {
  auto at = m.body.find(path);
  EXPECT_NE(at, std::string::npos) << m.body;
  std::string rest = m.body.substr(at + path.size());
  return rest.substr(0, rest.find_first_of("\n "));
}

class NewsletterServiceTest : public ::testing::Test {
 protected:
  Seconds now_ = 1'800'000'000;
  FakeNewsletterRepository repo_;
  i18n::Catalogue catalogue_{"/nonexistent"};
  NewsletterService service_{repo_, catalogue_, {[] { return std::string("https://cps.example"); }, {}}, [this] { return now_; }};
  accounts::Principal lead_ = person(1, {{accounts::Role::lead_coordinator, ""}});
  accounts::Principal staff_ = person(2, {{accounts::Role::partner_staff, ""}});
  accounts::Principal anyone_{};

  SubscriptionInput input(std::string email, std::string language = "ro", std::vector<std::string> areas = {}) {
    return SubscriptionInput{std::move(email), std::move(language), Segment{std::move(areas), {}}};
  }
  // Subscribes and confirms from the mail; answers the confirmed subscriber.
  Subscriber subscribed(std::string email, std::string language = "ro", std::vector<std::string> areas = {}) {
    EXPECT_TRUE(service_.subscribe(input(email, language, std::move(areas)), language));
    auto confirmed = service_.confirm(secret_in(repo_.outbox.back(), "/newsletter/confirm/"));
    EXPECT_TRUE(confirmed) << (confirmed ? "" : confirmed.error().message);
    return *confirmed;
  }
  Issue issue(std::string language, std::string body, std::vector<std::string> areas = {}) {
    auto made = service_.create_issue(lead_, IssueInput{language, "News of the month", body, Segment{areas, {}}});
    EXPECT_TRUE(made);
    return *made;
  }
};

TEST(NewsletterInput, reads_a_subscription_and_refuses_bad_addresses_and_missing_consent) {
  auto ok = read_subscription(json::parse(R"({"email":" Ana@Example.org ","language":"ro","areas":["wg1"],"consent":true})").as_object());
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->email, "ana@example.org");
  EXPECT_EQ(ok->segment.areas, std::vector<std::string>{"WG1"});
  auto bad = read_subscription(json::parse(R"({"email":"not an address","language":"ro","consent":true})").as_object());
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "email");
  auto no_consent = read_subscription(json::parse(R"({"email":"a@example.org","language":"ro"})").as_object());
  ASSERT_FALSE(no_consent);
  EXPECT_EQ(no_consent.error().field, "consent");
  EXPECT_FALSE(read_subscription(json::parse(R"({"email":"a@example.org","language":"de","consent":true})").as_object()));
  EXPECT_FALSE(read_bounce(json::parse(R"({"email":"a@example.org","kind":"medium"})").as_object()));
  EXPECT_FALSE(read_secret("short"));
}

TEST(NewsletterInput, segments_reach_those_who_chose_a_common_value_or_none) {
  EXPECT_TRUE(reaches({{}, {}}, {{"WG1"}, {"RO"}}));
  EXPECT_TRUE(reaches({{"WG1"}, {}}, {{}, {}}));
  EXPECT_TRUE(reaches({{"WG1", "WG2"}, {"RO"}}, {{"WG2"}, {"RO", "HU"}}));
  EXPECT_FALSE(reaches({{"WG1"}, {}}, {{"WG2"}, {}}));
  EXPECT_FALSE(reaches({{}, {"AL"}}, {{}, {"RO"}}));
}

TEST_F(NewsletterServiceTest, nothing_but_the_confirmation_mail_until_the_address_is_confirmed) {
  ASSERT_TRUE(service_.subscribe(input("ana@example.org"), "en"));
  ASSERT_EQ(repo_.outbox.size(), 1u);
  EXPECT_EQ(repo_.outbox[0].to, "ana@example.org");
  EXPECT_NE(repo_.outbox[0].body.find("https://cps.example/ro/newsletter/confirm/"), std::string::npos);
  // Pending subscribers get no issue.
  auto draft = issue("ro", "Text");
  auto sent = service_.send_issue(lead_, draft.id);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->recipients, 0);
  EXPECT_EQ(repo_.outbox.size(), 1u);
  // The consent log names the wording, its version, the language it was shown in, and the
  // address by digest only.
  ASSERT_EQ(repo_.consent_log.size(), 1u);
  EXPECT_EQ(repo_.consent_log[0].action, ConsentAction::subscribed);
  EXPECT_EQ(repo_.consent_log[0].wording, kConsentWording);
  EXPECT_EQ(repo_.consent_log[0].wording_version, kConsentVersion);
  EXPECT_EQ(repo_.consent_log[0].language, "en");
  EXPECT_EQ(repo_.consent_log[0].address_digest, address_digest("ana@example.org"));
  for (const auto& a : repo_.audit) EXPECT_EQ(a.detail.find("ana@"), std::string::npos);
}

TEST_F(NewsletterServiceTest, a_confirmation_link_works_once_and_not_after_it_expired) {
  ASSERT_TRUE(service_.subscribe(input("ana@example.org", "hu", {"WG2"}), "hu"));
  const std::string secret = secret_in(repo_.outbox.back(), "/newsletter/confirm/");
  auto confirmed = service_.confirm(secret);
  ASSERT_TRUE(confirmed);
  EXPECT_EQ(confirmed->status, SubscriberStatus::active);
  EXPECT_EQ(confirmed->language, "hu");
  auto again = service_.confirm(secret);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  auto forged = service_.confirm(std::string(43, 'A'));
  ASSERT_FALSE(forged);
  EXPECT_EQ(forged.error().kind, ErrorKind::not_found);

  ASSERT_TRUE(service_.subscribe(input("late@example.org"), "ro"));
  const std::string late = secret_in(repo_.outbox.back(), "/newsletter/confirm/");
  now_ += kConfirmWithin + 1;
  auto expired = service_.confirm(late);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().kind, ErrorKind::unprocessable);
  // The mail round then deletes the subscription never confirmed, and only that one.
  auto gone = service_.expire_unconfirmed();
  ASSERT_TRUE(gone);
  EXPECT_EQ(*gone, 1u);
  EXPECT_EQ(repo_.stored_subscribers(), 1u);
}

TEST_F(NewsletterServiceTest, an_issue_goes_to_its_segment_in_its_language_with_one_click_unsubscribe) {
  subscribed("ro1@example.org", "ro", {"WG1"});
  subscribed("ro2@example.org", "ro", {"WG2"});
  subscribed("ro3@example.org", "ro");
  subscribed("hu1@example.org", "hu");
  const std::size_t before = repo_.outbox.size();
  auto draft = issue("ro", "Știri", {"WG1"});
  auto reach = service_.audience(lead_, draft.id);
  ASSERT_TRUE(reach);
  EXPECT_EQ(*reach, 2);
  auto sent = service_.send_issue(lead_, draft.id);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->status, IssueStatus::sent);
  EXPECT_EQ(sent->recipients, 2);
  ASSERT_EQ(repo_.outbox.size(), before + 2);
  const auto& m = repo_.outbox.back();
  ASSERT_EQ(m.headers.size(), 2u);
  EXPECT_EQ(m.headers[0].name, "List-Unsubscribe");
  EXPECT_EQ(m.headers[0].value.rfind("<https://cps.example/ro/newsletter/unsubscribe/", 0), 0u);
  EXPECT_EQ(m.headers[1].value, "List-Unsubscribe=One-Click");
  // Sent once only.
  auto twice = service_.send_issue(lead_, draft.id);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);

  // The link unsubscribes once; the next issue skips the address.
  const std::string secret = secret_in(m, "/newsletter/unsubscribe/");
  auto left = service_.unsubscribe(secret);
  ASSERT_TRUE(left);
  EXPECT_EQ(left->status, SubscriberStatus::unsubscribed);
  auto reused = service_.unsubscribe(secret);
  ASSERT_FALSE(reused);
  EXPECT_EQ(reused.error().kind, ErrorKind::conflict);
  auto next = service_.send_issue(lead_, issue("ro", "Again", {"WG1"}).id);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->recipients, 1);
  EXPECT_EQ(repo_.consent_log.back().action, ConsentAction::unsubscribed);
}

TEST_F(NewsletterServiceTest, resubscribing_after_leaving_needs_a_new_confirmation) {
  subscribed("ana@example.org");
  auto draft = issue("ro", "Text");
  ASSERT_TRUE(service_.send_issue(lead_, draft.id));
  ASSERT_TRUE(service_.unsubscribe(secret_in(repo_.outbox.back(), "/newsletter/unsubscribe/")));
  ASSERT_TRUE(service_.subscribe(input("ana@example.org", "el"), "el"));
  auto list = service_.subscribers(lead_);
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().status, SubscriberStatus::unsubscribed);
  ASSERT_TRUE(service_.confirm(secret_in(repo_.outbox.back(), "/newsletter/confirm/")));
  list = service_.subscribers(lead_);
  EXPECT_EQ(list->front().status, SubscriberStatus::active);
  EXPECT_EQ(list->front().language, "el");
}

TEST_F(NewsletterServiceTest, an_empty_issue_is_not_sent_and_only_senders_write_issues) {
  auto draft = issue("ro", "");
  auto sent = service_.send_issue(lead_, draft.id);
  ASSERT_FALSE(sent);
  EXPECT_EQ(sent.error().field, "body");
  EXPECT_FALSE(service_.create_issue(staff_, IssueInput{"ro", "S", "B", {}}));
  EXPECT_EQ(service_.create_issue(anyone_, IssueInput{"ro", "S", "B", {}}).error().kind, ErrorKind::unauthenticated);
  EXPECT_FALSE(service_.subscribers(staff_));
  // Drafts are the senders' own; the archive shows sent issues only.
  EXPECT_TRUE(service_.issues(anyone_)->empty());
  EXPECT_EQ(service_.issue(anyone_, draft.id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.issues(lead_)->size(), 1u);
}

TEST_F(NewsletterServiceTest, a_draft_is_rewritten_until_it_is_sent_and_not_after) {
  auto draft = issue("ro", "");
  EXPECT_EQ(service_.change_issue(staff_, draft.id, IssueInput{"ro", "S", "B", {}}).error().kind, ErrorKind::forbidden);
  auto changed = service_.change_issue(lead_, draft.id, IssueInput{"hu", "Hírek", "Bevezető.", Segment{{"WG2"}, {}}});
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_EQ(changed->language, "hu");
  EXPECT_EQ(changed->subject, "Hírek");
  EXPECT_EQ(changed->body, "Bevezető.");
  EXPECT_EQ(changed->segment.areas, std::vector<std::string>{"WG2"});
  ASSERT_TRUE(service_.send_issue(lead_, draft.id));
  auto late = service_.change_issue(lead_, draft.id, IssueInput{"hu", "Más", "Szöveg.", {}});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.issue(lead_, draft.id)->subject, "Hírek");
  EXPECT_EQ(service_.change_issue(lead_, IssueId(999), IssueInput{"hu", "S", "B", {}}).error().kind, ErrorKind::not_found);
}

TEST_F(NewsletterServiceTest, one_hard_or_three_soft_bounces_suppress_an_address) {
  subscribed("hard@example.org");
  subscribed("soft@example.org");
  auto hard = service_.record_bounce(lead_, BounceInput{"hard@example.org", BounceKind::hard, "550 no such user"});
  ASSERT_TRUE(hard);
  EXPECT_TRUE(hard->suppressed());
  EXPECT_EQ(hard->suppressed_reason, "hard bounce: 550 no such user");
  for (int i = 0; i < 2; ++i) EXPECT_FALSE(service_.record_bounce(lead_, {"soft@example.org", BounceKind::soft, ""})->suppressed());
  EXPECT_TRUE(service_.record_bounce(lead_, {"soft@example.org", BounceKind::soft, "mailbox full"})->suppressed());
  auto unknown = service_.record_bounce(lead_, {"nobody@example.org", BounceKind::hard, ""});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.record_bounce(staff_, {"soft@example.org", BounceKind::soft, ""}).error().kind, ErrorKind::forbidden);
  // Suppressed addresses get nothing, not even a confirmation mail.
  auto sent = service_.send_issue(lead_, issue("ro", "Text").id);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->recipients, 0);
  const std::size_t before = repo_.outbox.size();
  ASSERT_TRUE(service_.subscribe(input("hard@example.org"), "ro"));
  EXPECT_EQ(repo_.outbox.size(), before);
}

TEST(NewsletterLatestNews, an_issue_lists_the_latest_news_of_its_language_with_links) {
  FakeNewsletterRepository repo;
  i18n::Catalogue catalogue{"/nonexistent"};
  std::string asked;
  NewsletterService service{repo, catalogue,
                            {[] { return std::string("https://cps.example"); },
                             [&](const std::string& language, std::size_t) -> Result<std::vector<Headline>> {
                               asked = language;
                               if (language == "sq") return std::vector<Headline>{};
                               return std::vector<Headline>{{"Study visit", "Eight regions.", "/news/7"}};
                             }},
                            [] { return Seconds(1'800'000'000); }};
  auto lead = person(1, {{accounts::Role::lead_coordinator, ""}});
  auto made = service.create_issue(lead, IssueInput{"hu", "Hírek", "Bevezető.", {}, LatestNews::add});
  ASSERT_TRUE(made);
  EXPECT_EQ(asked, "hu");
  EXPECT_NE(made->body.find("Bevezető.\n\n## Latest news\n\n- [Study visit](https://cps.example/hu/news/7): Eight regions."),
            std::string::npos)
      << made->body;
  auto none = service.create_issue(lead, IssueInput{"sq", "Lajme", "", {}, LatestNews::add});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().field, "latest_news");
}

TEST_F(NewsletterServiceTest, unknown_countries_are_refused_and_nothing_is_stored) {
  auto in = input("ana@example.org");
  in.segment.countries = {"ZZ"};
  auto refused = service_.subscribe(in, "ro");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "countries");
  EXPECT_EQ(repo_.stored_subscribers(), 0u);
  EXPECT_TRUE(repo_.outbox.empty());
}

}  // namespace
}  // namespace cps::newsletter
