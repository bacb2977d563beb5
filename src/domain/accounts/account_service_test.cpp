// Account use cases through AccountService with an in-memory repository: invitations and
// their links, password rules, roles granted within scope, disabling and enabling, API
// tokens, sessions and the throttling of failed sign-ins.
#include "domain/accounts/account_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "domain/accounts/testing/fake_account_repository.hpp"

namespace cps::accounts {

namespace {

constexpr const char* kPassword = "a sunny day in Cluj-Napoca";

const i18n::Catalogue& catalogue() {
  static const i18n::Catalogue c(std::filesystem::path(CPS_TEST_SHARE_DIR) / "locale");
  return c;
}

// kPassword hashed once: hashing is meant to be slow, and most tests only need accounts.
const std::string& password_hash() {
  static const std::string hash = *security::hash_password(kPassword);
  return hash;
}

std::string token_in(const OutgoingMail& mail) {
  auto at = mail.body.find("token=");
  return at == std::string::npos ? "" : mail.body.substr(at + 6, 43);
}

class AccountServiceTest : public ::testing::Test {
 protected:
  AccountServiceTest() : service_(repository_, rules_, catalogue(), AccountSettings{}, [this] { return now_; }) {}

  Principal admin() { return AccountService::command_line(); }

  // An active account with kPassword.
  UserId person(const std::string& email, std::vector<RoleAssignment> roles) {
    auto id = service_.add_user_with_hash(
        admin(), InvitationInput{email, "Ana Popescu", std::nullopt, std::move(roles), "ro"}, password_hash());
    EXPECT_TRUE(id) << (id ? "" : id.error().message);
    return id ? *id : UserId{};
  }

  // The principal of a fresh browser session of `email`.
  Principal signed_in(const std::string& email) {
    auto s = service_.sign_in(email, kPassword, "10.0.0.1");
    EXPECT_TRUE(s) << (s ? "" : s.error().message);
    last_session_ = s ? s->session_token : "";
    auto r = service_.resume_session(last_session_, "10.0.0.1");
    EXPECT_TRUE(r);
    return r ? r->principal : Principal{};
  }

  Seconds now_ = 1'800'000'000;
  FakeAccountRepository repository_;
  security::PasswordRules rules_{std::unordered_set<std::string>{"password1234"}};
  AccountService service_;
  std::string last_session_;
};

}  // namespace

TEST_F(AccountServiceTest, an_invitation_mails_a_link_that_activates_the_account_once) {
  InvitationInput in{"Ion@Nord-Est.example", "Ion Ionescu", std::nullopt, {{Role::wg_member, "WG2"}}, "ro"};
  auto id = service_.invite(admin(), in);
  ASSERT_TRUE(id) << id.error().message;
  auto mails = repository_.mails_to("ion@nord-est.example");  // addresses are kept in lower case
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(mails[0].body.find("/ro/invitation?token="), std::string::npos) << mails[0].body;
  std::string token = token_in(mails[0]);
  ASSERT_EQ(token.size(), 43u);
  EXPECT_EQ(service_.user(admin(), *id)->status, UserStatus::invited);
  EXPECT_EQ(service_.sign_in("ion@nord-est.example", "", "c").error().kind, ErrorKind::unauthenticated);

  EXPECT_EQ(service_.accept_invitation(token, "short", "c").error().field, "password");
  auto accepted = service_.accept_invitation(token, "my own good passphrase", "c");
  ASSERT_TRUE(accepted) << accepted.error().message;
  EXPECT_EQ(accepted->user.status, UserStatus::active);
  EXPECT_EQ(service_.accept_invitation(token, "my own good passphrase", "c").error().kind, ErrorKind::not_found);
  auto session = service_.resume_session(accepted->session_token, "c");
  ASSERT_TRUE(session);
  EXPECT_TRUE(session->principal.has(Role::wg_member, "WG2"));
  EXPECT_EQ(service_.invite(admin(), in).error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.audit_actions().front(), "user.invited");
}

TEST_F(AccountServiceTest, an_invitation_link_expires) {
  ASSERT_TRUE(service_.invite(admin(), {"late@example.org", "Late", std::nullopt, {}, "en"}));
  std::string token = token_in(repository_.mails_to("late@example.org").at(0));
  now_ += AccountSettings{}.invitation_ttl + 1;
  EXPECT_EQ(service_.check_link(token, OneTimePurpose::invitation).error().kind, ErrorKind::not_found);
  EXPECT_EQ(service_.accept_invitation(token, "my own good passphrase", "c").error().kind, ErrorKind::not_found);
}

TEST_F(AccountServiceTest, inviting_needs_the_right_to_invite_and_to_grant_each_role_given) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  person("lead@rda.example", {{Role::lead_coordinator, ""}});
  InvitationInput in{"new@rda.example", "New Person", std::nullopt, {{Role::partner_staff, ""}}, "en"};
  EXPECT_EQ(service_.invite(Principal{}, in).error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.invite(signed_in("ana@rda.example"), in).error().kind, ErrorKind::forbidden);
  Principal lead = signed_in("lead@rda.example");
  in.roles = {{Role::platform_admin, ""}};
  EXPECT_EQ(service_.invite(lead, in).error().kind, ErrorKind::forbidden);
  in.roles = {{Role::wg_coordinator, "WG1"}};
  EXPECT_TRUE(service_.invite(lead, in));
}

TEST_F(AccountServiceTest, invitations_check_the_address_the_name_the_language_and_the_organisation) {
  InvitationInput in{"not an address", "Ion", std::nullopt, {}, "en"};
  EXPECT_EQ(service_.invite(admin(), in).error().field, "email");
  in.email = "ion@example.org";
  in.display_name = " ";
  EXPECT_EQ(service_.invite(admin(), in).error().field, "display_name");
  in.display_name = "Ion";
  in.ui_language = "xx";
  EXPECT_EQ(service_.invite(admin(), in).error().field, "ui_language");
  in.ui_language = "hu";
  in.organisation = OrganisationId(404);
  EXPECT_EQ(service_.invite(admin(), in).error().field, "organisation");
  EXPECT_TRUE(repository_.state().users.empty());  // nothing was kept of the refused ones
}

TEST_F(AccountServiceTest, a_new_password_is_long_not_common_and_not_made_from_the_address) {
  InvitationInput in{"maria@rda.example", "Maria", std::nullopt, {}, "en"};
  for (const char* weak : {"short", "password1234", "maria@rda.example"}) {
    auto refused = service_.add_user(admin(), in, weak);
    ASSERT_FALSE(refused) << weak;
    EXPECT_EQ(refused.error().field, "password") << weak;
  }
  EXPECT_TRUE(service_.add_user(admin(), in, kPassword));
}

TEST_F(AccountServiceTest, coordinators_grant_membership_of_their_own_group_only) {
  person("coord@rda.example", {{Role::wg_coordinator, "WG3"}});
  UserId member = person("member@rda.example", {});
  Principal coordinator = signed_in("coord@rda.example");
  EXPECT_TRUE(service_.set_roles(coordinator, member, {{Role::wg_member, "WG3"}}));
  EXPECT_EQ(service_.set_roles(coordinator, member, {{Role::wg_member, "WG3"}, {Role::wg_member, "WG4"}})
                .error()
                .kind,
            ErrorKind::forbidden);
  EXPECT_EQ(service_.set_roles(coordinator, member, {{Role::wg_coordinator, "WG3"}}).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(service_.user(admin(), member)->roles, (std::vector<RoleAssignment>{{Role::wg_member, "WG3"}}));
  EXPECT_EQ(service_.grantable_roles(coordinator), (std::vector<RoleAssignment>{{Role::wg_member, "WG3"}}));
  auto actions = repository_.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "role.granted"), 1);
}

TEST_F(AccountServiceTest, the_lead_partner_grants_every_role_but_administrator) {
  person("lead@rda.example", {{Role::lead_coordinator, ""}});
  UserId member = person("member@rda.example", {});
  Principal lead = signed_in("lead@rda.example");
  EXPECT_TRUE(service_.set_roles(lead, member, {{Role::sc_member, ""}, {Role::wg_coordinator, "WG6"}}));
  EXPECT_EQ(service_.set_roles(lead, member, {{Role::platform_admin, ""}}).error().kind, ErrorKind::forbidden);
  auto grantable = service_.grantable_roles(lead);
  EXPECT_EQ(std::count_if(grantable.begin(), grantable.end(),
                          [](const RoleAssignment& r) { return r.role == Role::platform_admin; }),
            0);
}

TEST_F(AccountServiceTest, a_role_change_gives_the_session_a_new_id) {
  UserId id = person("ana@rda.example", {{Role::partner_staff, ""}});
  signed_in("ana@rda.example");
  std::string old_session = last_session_;
  now_ += 5;
  ASSERT_TRUE(service_.set_roles(admin(), id, {{Role::partner_staff, ""}, {Role::sc_member, ""}}));
  auto resumed = service_.resume_session(old_session, "c");
  ASSERT_TRUE(resumed);
  ASSERT_TRUE(resumed->new_token);
  EXPECT_TRUE(resumed->principal.has(Role::sc_member));
  EXPECT_FALSE(service_.resume_session(old_session, "c"));
  EXPECT_TRUE(service_.resume_session(*resumed->new_token, "c"));
}

TEST_F(AccountServiceTest, the_last_administrator_keeps_the_role_and_the_account) {
  UserId id = person("root@rda.example", {{Role::platform_admin, ""}});
  Principal root = signed_in("root@rda.example");
  EXPECT_EQ(service_.set_roles(admin(), id, {}).error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.set_status(root, id, UserStatus::disabled).error().kind, ErrorKind::conflict);
  EXPECT_EQ(service_.delete_account(root, kPassword).error().kind, ErrorKind::conflict);
  person("second@rda.example", {{Role::platform_admin, ""}});
  EXPECT_TRUE(service_.set_roles(admin(), id, {}));
}

TEST_F(AccountServiceTest, disabling_ends_the_sessions_and_enabling_lets_the_person_back) {
  person("admin@rda.example", {{Role::platform_admin, ""}});
  UserId ana = person("ana@rda.example", {{Role::partner_staff, ""}});
  Principal administrator = signed_in("admin@rda.example");
  Principal who = signed_in("ana@rda.example");
  std::string session = last_session_;
  EXPECT_EQ(service_.set_status(who, ana, UserStatus::disabled).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.set_status(administrator, ana, UserStatus::deleted).error().field, "status");
  ASSERT_TRUE(service_.set_status(administrator, ana, UserStatus::disabled));
  EXPECT_FALSE(service_.resume_session(session, "10.0.0.1"));
  auto refused = service_.sign_in("ana@rda.example", kPassword, "10.0.0.1");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(service_.set_status(administrator, ana, UserStatus::active));
  EXPECT_TRUE(service_.sign_in("ana@rda.example", kPassword, "10.0.0.1"));
  auto actions = repository_.audit_actions();
  EXPECT_NE(std::find(actions.begin(), actions.end(), "user.disabled"), actions.end());
  EXPECT_NE(std::find(actions.begin(), actions.end(), "user.enabled"), actions.end());
}

TEST_F(AccountServiceTest, an_invited_account_is_not_enabled_by_hand) {
  auto id = service_.invite(admin(), {"new@rda.example", "New", std::nullopt, {}, "en"});
  ASSERT_TRUE(id);
  EXPECT_EQ(service_.set_status(admin(), *id, UserStatus::active).error().kind, ErrorKind::conflict);
}

TEST_F(AccountServiceTest, api_tokens_are_shown_once_scoped_and_revocable) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  Principal who = signed_in("ana@rda.example");
  EXPECT_EQ(service_.create_api_token(who, "x", "admin").error().field, "scope");
  EXPECT_EQ(service_.create_api_token(who, "", "read").error().field, "name");
  auto read = service_.create_api_token(who, "reporting", "read");
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_TRUE(read->secret.starts_with("cps_"));
  EXPECT_EQ(read->token.prefix, read->secret.substr(0, 10));
  auto as_token = service_.authenticate_token(read->secret, "x");
  ASSERT_TRUE(as_token);
  EXPECT_EQ(as_token->via, Principal::Via::api_token);
  EXPECT_EQ(as_token->token_scope, TokenScope::read);
  // A token neither makes tokens nor changes anything with the read scope.
  EXPECT_EQ(service_.create_api_token(*as_token, "more", "write").error().kind, ErrorKind::forbidden);
  EXPECT_EQ(service_.revoke_api_token(*as_token, read->token.id).error().kind, ErrorKind::forbidden);
  auto listed = service_.api_tokens(who);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->front().last_used_at);
  ASSERT_TRUE(service_.revoke_api_token(who, read->token.id));
  EXPECT_EQ(service_.authenticate_token(read->secret, "x").error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.authenticate_token("cps_made_up", "x").error().kind, ErrorKind::unauthenticated);
}

TEST_F(AccountServiceTest, nobody_revokes_another_persons_token) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  person("bela@rda.example", {{Role::partner_staff, ""}});
  Principal ana = signed_in("ana@rda.example");
  auto token = service_.create_api_token(signed_in("bela@rda.example"), "bela", "write");
  ASSERT_TRUE(token);
  EXPECT_EQ(service_.revoke_api_token(ana, token->token.id).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.authenticate_token(token->secret, "x"));
}

TEST_F(AccountServiceTest, sessions_end_after_the_idle_and_the_absolute_limits) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  signed_in("ana@rda.example");
  std::string idle = last_session_;
  now_ += AccountSettings{}.session_idle + 1;
  EXPECT_EQ(service_.resume_session(idle, "c").error().kind, ErrorKind::unauthenticated);

  signed_in("ana@rda.example");
  std::string busy = last_session_;
  const Seconds step = AccountSettings{}.session_idle - 60;
  Seconds started = now_;
  while (now_ + step - started <= AccountSettings{}.session_absolute) {
    now_ += step;
    EXPECT_TRUE(service_.resume_session(busy, "c")) << now_ - started;
  }
  now_ += step;
  EXPECT_FALSE(service_.resume_session(busy, "c"));  // past twelve hours, however busy
}

TEST_F(AccountServiceTest, a_wrong_password_and_an_unknown_address_get_one_answer) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  auto unknown = service_.sign_in("nobody@rda.example", kPassword, "10.0.0.9");
  auto wrong = service_.sign_in("ana@rda.example", "not the password", "10.0.0.9");
  ASSERT_FALSE(unknown);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(unknown.error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_F(AccountServiceTest, repeated_failures_bring_a_wait_then_a_lock_that_ends) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  // Failures 1 and 2 are answered at once; the third makes the next attempt wait a second.
  for (int i = 1; i <= 3; ++i)
    EXPECT_EQ(service_.sign_in("ana@rda.example", "wrong", "10.0.0.2").error().kind, ErrorKind::unauthenticated) << i;
  auto waiting = service_.sign_in("ana@rda.example", kPassword, "10.0.0.3");
  ASSERT_FALSE(waiting);
  EXPECT_EQ(waiting.error().kind, ErrorKind::rate_limited);
  now_ += 2;
  // Up to the eighth failure each wait doubles; the eighth locks the account.
  for (int i = 4; i < 8; ++i) {
    EXPECT_EQ(service_.sign_in("ana@rda.example", "wrong", "10.0.0.2").error().kind, ErrorKind::unauthenticated) << i;
    now_ += 1 << (i - 2);
  }
  auto locked = service_.sign_in("ana@rda.example", "wrong", "10.0.0.2");
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().kind, ErrorKind::rate_limited);
  EXPECT_EQ(locked.error().retry_after, AccountSettings{}.lock_duration);
  now_ += 60;
  EXPECT_EQ(service_.sign_in("ana@rda.example", kPassword, "10.0.0.4").error().kind, ErrorKind::rate_limited);
  now_ += AccountSettings{}.lock_duration;
  EXPECT_TRUE(service_.sign_in("ana@rda.example", kPassword, "10.0.0.4"));
  auto actions = repository_.audit_actions();
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "login.failed"), 8);
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "login.locked"), 1);
}

TEST_F(AccountServiceTest, a_reset_link_works_once_and_ends_other_sessions) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  signed_in("ana@rda.example");
  std::string before = last_session_;
  ASSERT_TRUE(service_.request_password_reset("ana@rda.example", "c"));
  ASSERT_TRUE(service_.request_password_reset("nobody@rda.example", "c"));  // the same answer
  EXPECT_TRUE(repository_.mails_to("nobody@rda.example").empty());
  auto mails = repository_.mails_to("ana@rda.example");
  ASSERT_EQ(mails.size(), 1u);
  std::string token = token_in(mails[0]);
  now_ += 1;
  auto done = service_.reset_password(token, "a brand new passphrase", "c");
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_FALSE(service_.resume_session(before, "c"));
  EXPECT_EQ(service_.reset_password(token, "another new passphrase", "c").error().kind, ErrorKind::not_found);
  EXPECT_TRUE(service_.sign_in("ana@rda.example", "a brand new passphrase", "c"));
}

TEST_F(AccountServiceTest, the_directory_shows_contacts_only_to_members) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  person("guest@rda.example", {{Role::stakeholder, ""}});
  auto visitor = service_.people(Principal{});
  ASSERT_TRUE(visitor);
  ASSERT_EQ(visitor->size(), 2u);
  EXPECT_TRUE(std::all_of(visitor->begin(), visitor->end(), [](const Person& p) { return p.user.email.empty(); }));
  auto member = service_.people(signed_in("ana@rda.example"));
  EXPECT_TRUE(std::all_of(member->begin(), member->end(), [](const Person& p) { return !p.user.email.empty(); }));
  auto stakeholder = service_.people(signed_in("guest@rda.example"));
  EXPECT_TRUE(stakeholder->front().user.email.empty());
}

TEST_F(AccountServiceTest, the_audit_log_is_for_administrators) {
  person("ana@rda.example", {{Role::partner_staff, ""}});
  EXPECT_EQ(service_.audit(signed_in("ana@rda.example"), {}).error().kind, ErrorKind::forbidden);
  auto log = service_.audit(admin(), AuditFilter{.action_prefix = "user."});
  ASSERT_TRUE(log);
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ(log->front().action, "user.added");
}

TEST_F(AccountServiceTest, roles_are_parsed_as_typed) {
  EXPECT_EQ(*AccountService::parse_assignment("wg_member:WG3"), (RoleAssignment{Role::wg_member, "WG3"}));
  EXPECT_EQ(*AccountService::parse_assignment("platform_admin"), (RoleAssignment{Role::platform_admin, ""}));
  EXPECT_FALSE(AccountService::parse_assignment("wg_member"));
  EXPECT_FALSE(AccountService::parse_assignment("partner_staff:WG1"));
  EXPECT_FALSE(AccountService::parse_assignment("wg_member:WG9"));
  EXPECT_FALSE(AccountService::parse_assignment("king"));
}

}  // namespace cps::accounts
