// The account services on each real database: sign-in, sessions shared between app servers,
// throttling, one-time links, API tokens, roles and the policy, the directory and the audit
// log. The same cases run on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>

#include "backend.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/accounts/organisation_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "mail/outbox.hpp"
#include "storage/account_repository_sql.hpp"
#include "storage/outbox_sql.hpp"
#include "storage/reference_repository_sql.hpp"

namespace cps::test {

using namespace cps::accounts;

namespace {

constexpr const char* kPassword = "a sunny day in Cluj-Napoca";

// One app server: its own pool on the shared database, its own services.
struct AppServer {
  explicit AppServer(storage::Database& db, Clock clock, const i18n::Catalogue& catalogue,
                     const security::PasswordRules& rules)
      : accounts_repo(db), reference_repo(db), reference(reference_repo),
        accounts(accounts_repo, rules, catalogue, AccountSettings{}, clock),
        organisations(accounts_repo, reference, clock) {}
  storage::SqlAccountRepository accounts_repo;
  storage::SqlReferenceRepository reference_repo;
  reference::ReferenceService reference;
  AccountService accounts;
  OrganisationService organisations;
};

}  // namespace

class AccountContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    second_db_ = database_->open_again();
    catalogue_ = std::make_unique<i18n::Catalogue>(std::filesystem::path(CPS_TEST_SHARE_DIR) / "locale");
    rules_ = security::PasswordRules({"password1234"});
    auto clock = [this] { return now_; };
    one_ = std::make_unique<AppServer>(database_->db(), clock, *catalogue_, rules_);
    two_ = std::make_unique<AppServer>(*second_db_, clock, *catalogue_, rules_);
  }

  AccountService& accounts() { return one_->accounts; }
  OrganisationService& organisations() { return one_->organisations; }
  Principal admin() { return AccountService::command_line(); }

  OrganisationId organisation(const std::string& slug, const std::string& country = "RO",
                              const std::string& region = "RO21") {
    OrganisationInput in{slug, "development_agency", country, region,
                         "https://" + slug + ".example", "project_partner", "learning",
                         {{"en", "Agency " + slug, "Supports clusters."},
                          {"ro", "Agenția " + slug, "Sprijină clusterele."}}};
    auto id = organisations().create(admin(), in);
    EXPECT_TRUE(id) << (id ? "" : id.error().message + " " + id.error().field);
    return id ? *id : OrganisationId{};
  }

  UserId person(const std::string& email, std::vector<RoleAssignment> roles,
                std::optional<OrganisationId> org = std::nullopt) {
    InvitationInput in{email, "Ana Popescu", org, std::move(roles), "ro"};
    auto id = accounts().add_user(admin(), in, kPassword);
    EXPECT_TRUE(id) << (id ? "" : id.error().message);
    return id ? *id : UserId{};
  }

  Principal signed_in(const std::string& email, AppServer& server) {
    auto s = server.accounts.sign_in(email, kPassword, "10.0.0.1");
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    auto r = server.accounts.resume_session(s->session_token, "10.0.0.1");
    EXPECT_TRUE(r);
    return r->principal;
  }

  // Mails waiting in the outbox for one address, newest last.
  std::vector<std::string> mails_to(const std::string& address) {
    std::vector<std::string> out;
    (void)database_->db().with_session([&](soci::session& s) {
      soci::rowset<soci::row> rows =
          (s.prepare << "SELECT body FROM outbox WHERE recipient = :r ORDER BY id", soci::use(address));
      for (const auto& row : rows) out.push_back(storage::get_text(row, 0));
    });
    return out;
  }

  static std::string token_in(const std::string& mail) {
    auto at = mail.find("token=");
    return at == std::string::npos ? "" : mail.substr(at + 6, 43);
  }

  Seconds now_ = 1'800'000'000;
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::Database> second_db_;
  std::unique_ptr<i18n::Catalogue> catalogue_;
  security::PasswordRules rules_;
  std::unique_ptr<AppServer> one_, two_;
};

TEST_F(AccountContract, a_session_started_on_one_app_server_is_valid_on_another_until_sign_out) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  auto s = one_->accounts.sign_in("Ana@RDA.example ", kPassword, "10.0.0.1");
  ASSERT_TRUE(s) << s.error().message;
  auto elsewhere = two_->accounts.resume_session(s->session_token, "10.0.0.2");
  ASSERT_TRUE(elsewhere);
  EXPECT_EQ(elsewhere->principal.label, "ana@rda.example");
  EXPECT_EQ(elsewhere->csrf_token, s->csrf_token);
  ASSERT_TRUE(two_->accounts.sign_out(s->session_token, elsewhere->principal));
  EXPECT_EQ(one_->accounts.resume_session(s->session_token, "10.0.0.1").error().kind,
            ErrorKind::unauthenticated);
}

TEST_F(AccountContract, sessions_end_after_the_idle_and_the_absolute_limits) {
  person("ana@rda.example", {});
  auto s = accounts().sign_in("ana@rda.example", kPassword, "c");
  ASSERT_TRUE(s);
  now_ += AccountSettings{}.session_idle - 10;
  ASSERT_TRUE(accounts().resume_session(s->session_token, "c"));  // and touched
  now_ += AccountSettings{}.session_idle - 10;
  ASSERT_TRUE(accounts().resume_session(s->session_token, "c"));
  now_ += AccountSettings{}.session_idle + 1;
  EXPECT_FALSE(accounts().resume_session(s->session_token, "c"));

  auto t = accounts().sign_in("ana@rda.example", kPassword, "c");
  ASSERT_TRUE(t);
  // Busy all day: 14 requests 50 minutes apart stay within the idle limit (11 h 40 min),
  // the next, past twelve hours, does not.
  for (int i = 0; i < 14; ++i) {
    now_ += 50 * 60;
    ASSERT_TRUE(accounts().resume_session(t->session_token, "c")) << i;
  }
  now_ += 50 * 60;
  EXPECT_FALSE(accounts().resume_session(t->session_token, "c"));
}

TEST_F(AccountContract, wrong_passwords_and_unknown_addresses_get_one_answer_then_a_lock_shared_by_servers) {
  person("ana@rda.example", {});
  auto unknown = accounts().sign_in("nobody@rda.example", kPassword, "10.0.0.9");
  auto wrong = accounts().sign_in("ana@rda.example", "not the password at all", "10.0.0.9");
  ASSERT_FALSE(unknown);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(unknown.error().message, wrong.error().message);
  EXPECT_EQ(unknown.error().kind, wrong.error().kind);

  // Failures on both servers count towards one lock.
  Result<SignedIn> last = fail(ErrorKind::internal, "");
  for (int i = 0; i < 7; ++i) {
    AppServer& server = i % 2 ? *two_ : *one_;
    last = server.accounts.sign_in("ana@rda.example", "wrong password " + std::to_string(i),
                                   "10.0.0." + std::to_string(20 + i));
    now_ += 70;  // past each growing wait
  }
  ASSERT_FALSE(last);
  EXPECT_EQ(last.error().kind, ErrorKind::rate_limited);
  // Locked: even the right password is refused, on either server, until the lock ends.
  auto locked = two_->accounts.sign_in("ana@rda.example", kPassword, "10.0.0.50");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().kind, ErrorKind::rate_limited);
  EXPECT_GT(locked.error().retry_after, 0);
  now_ += AccountSettings{}.lock_duration + 1;
  EXPECT_TRUE(one_->accounts.sign_in("ana@rda.example", kPassword, "10.0.0.50"));

  auto audit = accounts().audit(admin(), AuditFilter{.action_prefix = "login."});
  ASSERT_TRUE(audit);
  auto count = [&](const std::string& action) {
    return std::count_if(audit->begin(), audit->end(), [&](auto& e) { return e.action == action; });
  };
  EXPECT_GE(count("login.failed"), 8);
  EXPECT_GE(count("login.locked"), 1);
  EXPECT_EQ(count("login.succeeded"), 1);
}

TEST_F(AccountContract, a_reset_link_works_once_and_not_after_it_expires) {
  person("ana@rda.example", {});
  ASSERT_TRUE(accounts().request_password_reset("ana@rda.example", "c"));
  ASSERT_TRUE(accounts().request_password_reset("nobody@rda.example", "c"));  // same answer
  auto mails = mails_to("ana@rda.example");
  ASSERT_EQ(mails.size(), 1u);
  std::string token = token_in(mails.back());
  ASSERT_EQ(token.size(), 43u) << mails.back();
  EXPECT_NE(mails.back().find("/ro/password-reset?token="), std::string::npos);
  EXPECT_EQ(accounts().reset_password(token, "short", "c").error().field, "password");
  auto done = accounts().reset_password(token, "a brand new passphrase", "c");
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(accounts().reset_password(token, "another new passphrase", "c").error().kind,
            ErrorKind::not_found);
  EXPECT_TRUE(accounts().sign_in("ana@rda.example", "a brand new passphrase", "c"));

  ASSERT_TRUE(accounts().request_password_reset("ana@rda.example", "c"));
  std::string late = token_in(mails_to("ana@rda.example").back());
  now_ += AccountSettings{}.reset_ttl + 1;
  EXPECT_EQ(accounts().reset_password(late, "yet another passphrase", "c").error().kind,
            ErrorKind::not_found);
}

TEST_F(AccountContract, an_invitation_is_accepted_once_and_activates_the_account) {
  auto org = organisation("nord-est");
  InvitationInput in{"ion@nord-est.example", "Ion Ionescu", org, {{Role::wg_member, "WG2"}}, "en"};
  auto id = accounts().invite(admin(), in);
  ASSERT_TRUE(id) << id.error().message;
  EXPECT_EQ(accounts().sign_in("ion@nord-est.example", "", "c").error().kind,
            ErrorKind::unauthenticated);
  std::string token = token_in(mails_to("ion@nord-est.example").back());
  auto s = accounts().accept_invitation(token, "my own good passphrase", "c");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_FALSE(accounts().accept_invitation(token, "my own good passphrase", "c"));
  auto me = accounts().resume_session(s->session_token, "c");
  ASSERT_TRUE(me);
  EXPECT_TRUE(me->principal.has(Role::wg_member, "WG2"));
  EXPECT_EQ(me->principal.organisation, org);
  EXPECT_EQ(accounts().invite(admin(), in).error().kind, ErrorKind::conflict);
}

TEST_F(AccountContract, a_role_change_gives_the_session_a_new_id_and_a_password_change_ends_others) {
  auto id = person("ana@rda.example", {{Role::partner_staff, ""}});
  auto first = accounts().sign_in("ana@rda.example", kPassword, "c");
  auto second = accounts().sign_in("ana@rda.example", kPassword, "d");
  ASSERT_TRUE(first && second);
  now_ += 5;
  ASSERT_TRUE(accounts().set_roles(admin(), id, {{Role::partner_staff, ""}, {Role::sc_member, ""}}));
  auto resumed = two_->accounts.resume_session(first->session_token, "c");
  ASSERT_TRUE(resumed);
  ASSERT_TRUE(resumed->new_token);
  EXPECT_TRUE(resumed->principal.has(Role::sc_member));
  EXPECT_FALSE(accounts().resume_session(first->session_token, "c"));  // the old id is gone
  ASSERT_TRUE(accounts().resume_session(*resumed->new_token, "c"));

  auto who = accounts().resume_session(*resumed->new_token, "c")->principal;
  now_ += 5;
  auto changed = accounts().change_password(who, kPassword, "an entirely new passphrase");
  ASSERT_TRUE(changed) << changed.error().message;
  EXPECT_FALSE(accounts().resume_session(second->session_token, "d"));
  EXPECT_TRUE(accounts().resume_session(changed->session_token, "c"));
}

TEST_F(AccountContract, api_tokens_are_shown_once_scoped_and_revocable) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  auto who = signed_in("ana@rda.example", *one_);
  auto read = accounts().create_api_token(who, "dashboard", "read");
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_TRUE(read->secret.starts_with("cps_")) << read->secret;
  EXPECT_EQ(read->secret.size(), 47u);
  auto as_token = two_->accounts.authenticate_token(read->secret, "10.1.1.1");
  ASSERT_TRUE(as_token);
  EXPECT_EQ(as_token->via, Principal::Via::api_token);
  ProfileInput profile{"Ana P.", "en", {"ro", "en"}, "", {"WG1"}};
  EXPECT_EQ(accounts().update_profile(*as_token, *as_token->user, profile).error().kind,
            ErrorKind::forbidden);
  auto listed = accounts().api_tokens(who);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->front().last_used_at);
  EXPECT_EQ(listed->front().prefix, read->secret.substr(0, listed->front().prefix.size()));
  ASSERT_TRUE(accounts().revoke_api_token(who, listed->front().id));
  EXPECT_EQ(accounts().authenticate_token(read->secret, "x").error().kind,
            ErrorKind::unauthenticated);
  EXPECT_EQ(accounts().create_api_token(who, "x", "admin").error().field, "scope");
}

TEST_F(AccountContract, nobody_edits_another_persons_profile_token_or_organisation) {
  auto own = organisation("nord-est");
  auto other = organisation("pannon", "HU", "HU22");
  auto ana = person("ana@rda.example", {{Role::partner_staff, ""}}, own);
  auto bela = person("bela@pannon.example", {{Role::partner_staff, ""}}, other);
  auto who_ana = signed_in("ana@rda.example", *one_);
  auto who_bela = signed_in("bela@pannon.example", *one_);
  ProfileInput profile{"Hijacked", "en", {}, "", {}};
  // Another person's account is answered as if it did not exist.
  EXPECT_EQ(accounts().update_profile(who_ana, bela, profile).error().kind, ErrorKind::not_found);
  auto token = accounts().create_api_token(who_bela, "bela's", "write");
  ASSERT_TRUE(token);
  EXPECT_EQ(accounts().revoke_api_token(who_ana, token->token.id).error().kind,
            ErrorKind::not_found);
  EXPECT_TRUE(accounts().authenticate_token(token->secret, "x"));

  OrganisationInput edit{"pannon", "cluster_organisation", "HU", "HU22", "", "lead_partner",
                         "experienced", {{"en", "Taken over", ""}}};
  EXPECT_EQ(organisations().update(who_ana, other, edit).error().kind, ErrorKind::forbidden);
  // Partner staff edit their own organisation, but not its role in the partnership.
  edit.slug = "nord-est";
  edit.country = "RO";
  edit.region = "RO21";
  ASSERT_TRUE(organisations().update(who_ana, own, edit));
  auto mine = organisations().profile(Principal{}, own);
  ASSERT_TRUE(mine);
  EXPECT_EQ(mine->organisation.role, OrganisationRole::project_partner);
  EXPECT_EQ(mine->organisation.type, "cluster_organisation");
  EXPECT_EQ(organisations().create(who_ana, edit).error().kind, ErrorKind::forbidden);
  (void)ana;
}

TEST_F(AccountContract, coordinators_grant_membership_of_their_own_group_only) {
  auto coordinator = person("coord@rda.example", {{Role::wg_coordinator, "WG3"}});
  auto member = person("member@rda.example", {});
  (void)coordinator;
  auto who = signed_in("coord@rda.example", *one_);
  EXPECT_TRUE(accounts().set_roles(who, member, {{Role::wg_member, "WG3"}}));
  EXPECT_EQ(accounts().set_roles(who, member, {{Role::wg_member, "WG3"}, {Role::wg_member, "WG4"}})
                .error()
                .kind,
            ErrorKind::forbidden);
  EXPECT_EQ(accounts().set_roles(who, member, {{Role::platform_admin, ""}}).error().kind,
            ErrorKind::forbidden);
  auto roles = accounts().user(admin(), member);
  ASSERT_TRUE(roles);
  ASSERT_EQ(roles->roles.size(), 1u);
  EXPECT_EQ(roles->roles.front(), (RoleAssignment{Role::wg_member, "WG3"}));
}

TEST_F(AccountContract, the_directory_filters_organisations_and_hides_contacts_from_visitors) {
  auto ro = organisation("nord-est");
  organisation("pannon", "HU", "HU22");
  person("ana@rda.example", {{Role::partner_staff, ""}}, ro);
  auto hu = organisations().parse_filter(std::string("HU"), std::nullopt, std::nullopt,
                                              std::nullopt);
  ASSERT_TRUE(hu);
  auto found = organisations().directory(Principal{}, *hu);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().slug, "pannon");
  EXPECT_EQ(organisations().parse_filter(std::string("'; DROP TABLE users; --"), std::nullopt,
                                              std::nullopt, std::nullopt)
                .error()
                .field,
            "country");
  EXPECT_EQ(organisations().parse_filter(std::string("XX"), std::nullopt, std::nullopt, std::nullopt)
                .error()
                .field,
            "country");
  auto visitor = organisations().profile(Principal{}, ro);
  ASSERT_TRUE(visitor);
  ASSERT_EQ(visitor->members.size(), 1u);
  EXPECT_TRUE(visitor->members.front().user.email.empty());
  auto member = organisations().profile(signed_in("ana@rda.example", *one_), ro);
  ASSERT_TRUE(member);
  EXPECT_EQ(member->members.front().user.email, "ana@rda.example");
  EXPECT_EQ(organisations().profile(Principal{}, OrganisationId{9999}).error().kind,
            ErrorKind::not_found);
}

TEST_F(AccountContract, organisations_are_checked_against_the_reference_data) {
  OrganisationInput in{"x-rda", "development_agency", "RO", "HU22", "", "project_partner",
                       "learning", {{"en", "X agency", ""}}};
  EXPECT_EQ(organisations().create(admin(), in).error().field, "region");
  in.region = "RO99";
  EXPECT_EQ(organisations().create(admin(), in).error().field, "region");
  in.region = "";
  in.country = "FR";
  EXPECT_EQ(organisations().create(admin(), in).error().field, "country");
  in.country = "RO";
  in.website = "javascript:alert(1)";
  EXPECT_EQ(organisations().create(admin(), in).error().field, "website");
  in.website = "";
  in.texts = {{"ro", "Agenția X", ""}};
  EXPECT_EQ(organisations().create(admin(), in).error().field, "name_en");
  in.texts = {{"en", "X agency", ""}};
  ASSERT_TRUE(organisations().create(admin(), in));
  EXPECT_EQ(organisations().create(admin(), in).error().kind, ErrorKind::conflict);
}

TEST_F(AccountContract, the_contact_person_is_one_of_the_organisations_members) {
  auto own = organisation("nord-est");
  auto other = organisation("pannon", "HU", "HU22");
  auto ana = person("ana@rda.example", {{Role::partner_staff, ""}}, own);
  auto bela = person("bela@pannon.example", {{Role::partner_staff, ""}}, other);
  OrganisationInput in{"nord-est", "development_agency", "RO", "RO21", "", "project_partner",
                       "learning", {{"en", "Agency nord-est", ""}}, std::to_string(bela.value())};
  EXPECT_EQ(organisations().update(admin(), own, in).error().field, "contact");
  in.contact = std::to_string(ana.value());
  ASSERT_TRUE(organisations().update(admin(), own, in));
  auto profile = organisations().profile(Principal{}, own);
  ASSERT_TRUE(profile);
  ASSERT_NE(profile->contact(), nullptr);
  EXPECT_EQ(profile->contact()->user.id, ana);
  in.slug = "new-one";
  EXPECT_EQ(organisations().create(admin(), in).error().field, "contact");
}

TEST_F(AccountContract, deleting_an_account_erases_personal_data_and_keeps_the_row) {
  auto id = person("ana@rda.example", {{Role::partner_staff, ""}});
  auto who = signed_in("ana@rda.example", *one_);
  auto data = accounts().personal_data(who);
  ASSERT_TRUE(data);
  EXPECT_EQ(data->user.email, "ana@rda.example");
  EXPECT_FALSE(data->sessions.empty());
  EXPECT_EQ(accounts().delete_account(who, "wrong password!").error().field, "current_password");
  ASSERT_TRUE(accounts().delete_account(who, kPassword));
  EXPECT_FALSE(accounts().sign_in("ana@rda.example", kPassword, "c"));
  EXPECT_EQ(accounts().user(admin(), id).error().kind, ErrorKind::not_found);
  bool row_kept = false;
  (void)database_->db().with_session([&](soci::session& s) {
    long long n = 0;
    long long v = id.value();
    s << "SELECT COUNT(*) FROM users WHERE id = :id AND email IS NULL", soci::into(n), soci::use(v);
    row_kept = n == 1;
  });
  EXPECT_TRUE(row_kept);
}

TEST_F(AccountContract, guessing_the_current_password_on_the_account_page_locks_the_account_too) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  auto who = signed_in("ana@rda.example", *one_);
  Status last;
  for (int i = 0; i < AccountSettings{}.lock_after; ++i)
    last = accounts().delete_account(who, "guess number " + std::to_string(i));
  ASSERT_FALSE(last);
  EXPECT_EQ(last.error().kind, ErrorKind::rate_limited);
  EXPECT_EQ(accounts().change_password(who, kPassword, "a new long passphrase").error().kind,
            ErrorKind::rate_limited);
  EXPECT_EQ(accounts().sign_in("ana@rda.example", kPassword, "c").error().kind,
            ErrorKind::rate_limited);
  EXPECT_TRUE(accounts().me(who));  // the account itself is untouched
}

TEST_F(AccountContract, the_last_administrator_cannot_be_removed) {
  auto id = person("admin@rda.example", {{Role::platform_admin, ""}});
  auto who = signed_in("admin@rda.example", *one_);
  EXPECT_EQ(accounts().set_roles(who, id, {}).error().kind, ErrorKind::conflict);
  EXPECT_EQ(accounts().set_status(who, id, UserStatus::disabled).error().kind, ErrorKind::conflict);
}

namespace {
// A mail server that refuses the first `refuse` messages and keeps the others.
struct RecordingTransport : mail::Transport {
  int refuse = 0;
  std::vector<mail::Mail> sent;
  Status send(const mail::Mail& m) override {
    if (refuse > 0) {
      --refuse;
      return fail(ErrorKind::unavailable, "refused", {}, "451 try later");
    }
    sent.push_back(m);
    return {};
  }
};
}  // namespace

TEST_F(AccountContract, outbox_mail_goes_out_once_from_one_server_and_is_retried_after_a_refusal) {
  person("ana@rda.example", {});
  ASSERT_TRUE(accounts().request_password_reset("ana@rda.example", "c"));
  storage::SqlOutbox first(database_->db()), second(*second_db_);
  // Two servers look at once: only one gets the mail.
  auto a = first.claim_due(now_, now_ + 300, 10);
  auto b = second.claim_due(now_, now_ + 300, 10);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->size() + b->size(), 1u);
  // A server that died holding it lets it go after the lease.
  auto again = second.claim_due(now_ + 301, now_ + 601, 10);
  ASSERT_TRUE(again);
  ASSERT_EQ(again->size(), 1u);
  EXPECT_EQ(again->front().to, "ana@rda.example");

  RecordingTransport transport;
  transport.refuse = 1;
  mail::OutboxDelivery delivery(first, transport, [this] { return now_; }, 60);
  now_ += 700;
  auto report = delivery.deliver_due();
  ASSERT_TRUE(report);
  EXPECT_EQ(report->failed, 1u);
  EXPECT_EQ(delivery.deliver_due()->sent, 0u);  // not before the retry time
  now_ += 61;
  report = delivery.deliver_due();
  ASSERT_TRUE(report);
  EXPECT_EQ(report->sent, 1u);
  ASSERT_EQ(transport.sent.size(), 1u);
  EXPECT_NE(transport.sent.front().body.find("/password-reset?token="), std::string::npos);
  now_ += 100000;
  EXPECT_EQ(delivery.deliver_due()->sent, 0u);  // sent once only
}

}  // namespace cps::test
