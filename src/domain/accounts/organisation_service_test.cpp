// The partnership directory through OrganisationService with in-memory repositories: who
// creates and edits organisations, what is checked against the reference data, and the
// members a profile lists.
#include "domain/accounts/organisation_service.hpp"

#include <gtest/gtest.h>

#include "domain/accounts/testing/fake_account_repository.hpp"
#include "domain/reference/testing/fake_reference_repository.hpp"

namespace cps::accounts {

namespace {

OrganisationInput agency(const std::string& slug) {
  return {slug, "development_agency", "RO", "RO21", "https://" + slug + ".example", "project_partner", "learning",
          {{"en", "Agency " + slug, "Supports clusters."}, {"ro", "Agenția " + slug, "Sprijină clusterele."}}};
}

Principal member_of(OrganisationId organisation, std::vector<RoleAssignment> roles) {
  Principal p;
  p.via = Principal::Via::session;
  p.user = UserId(500);
  p.label = "staff@example.org";
  p.organisation = organisation;
  p.roles = std::move(roles);
  return p;
}

class OrganisationServiceTest : public ::testing::Test {
 protected:
  OrganisationServiceTest() : reference_(reference_repository_), service_(repository_, reference_, [] { return 1000; }) {}

  Principal admin() { return AccountService::command_line(); }

  OrganisationId created(const std::string& slug) {
    auto id = service_.create(admin(), agency(slug));
    EXPECT_TRUE(id) << (id ? "" : id.error().message + " " + id.error().field);
    return id ? *id : OrganisationId{};
  }

  FakeAccountRepository repository_;
  reference::FakeReferenceRepository reference_repository_;
  reference::ReferenceService reference_;
  OrganisationService service_;
};

}  // namespace

TEST_F(OrganisationServiceTest, administrators_and_the_lead_partner_create_organisations) {
  EXPECT_EQ(service_.create(Principal{}, agency("nord-est")).error().kind, ErrorKind::unauthenticated);
  EXPECT_EQ(service_.create(member_of(OrganisationId(1), {{Role::partner_staff, ""}}), agency("nord-est")).error().kind,
            ErrorKind::forbidden);
  EXPECT_TRUE(service_.create(member_of(OrganisationId(1), {{Role::lead_coordinator, ""}}), agency("nord-est")));
  EXPECT_EQ(service_.create(admin(), agency("nord-est")).error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_.audit_actions(), std::vector<std::string>{"organisation.created"});
}

TEST_F(OrganisationServiceTest, an_organisation_is_checked_against_the_reference_data) {
  auto in = agency("pannon");
  in.region = "EL52";
  EXPECT_EQ(service_.create(admin(), in).error().field, "region");  // not in Romania
  in.region = "RO99";
  EXPECT_EQ(service_.create(admin(), in).error().field, "region");
  in = agency("pannon");
  in.country = "XX";
  EXPECT_EQ(service_.create(admin(), in).error().field, "country");
  in = agency("pannon");
  in.website = "ftp://pannon.example";
  EXPECT_EQ(service_.create(admin(), in).error().field, "website");
  in = agency("pannon");
  in.texts = {{"ro", "Agenția Pannon", ""}};
  EXPECT_EQ(service_.create(admin(), in).error().field, "name_en");
  in = agency("Pannon!");
  EXPECT_EQ(service_.create(admin(), in).error().field, "slug");
  EXPECT_TRUE(repository_.state().organisations.empty());
}

TEST_F(OrganisationServiceTest, partner_staff_edit_their_own_organisation_but_not_its_standing) {
  OrganisationId own = created("nord-est");
  OrganisationId other = created("sud-est");
  Principal staff = member_of(own, {{Role::partner_staff, ""}});
  EXPECT_TRUE(service_.may_edit(staff, own));
  EXPECT_FALSE(service_.may_edit(staff, other));
  EXPECT_FALSE(service_.may_create(staff));
  auto edit = agency("nord-est");
  edit.role = "lead_partner";
  edit.experience = "experienced";
  edit.type = "cluster_organisation";
  EXPECT_EQ(service_.update(staff, other, edit).error().kind, ErrorKind::forbidden);
  ASSERT_TRUE(service_.update(staff, own, edit));
  auto profile = service_.profile(Principal{}, own);
  ASSERT_TRUE(profile);
  EXPECT_EQ(profile->organisation.type, "cluster_organisation");
  EXPECT_EQ(profile->organisation.role, OrganisationRole::project_partner);  // kept
  EXPECT_EQ(profile->organisation.experience, Experience::learning);
  EXPECT_EQ(service_.profile(Principal{}, OrganisationId(9999)).error().kind, ErrorKind::not_found);
}

TEST_F(OrganisationServiceTest, the_contact_person_is_an_active_member_of_the_organisation) {
  OrganisationId own = created("nord-est");
  auto in = agency("nord-est");
  in.contact = "12345";
  EXPECT_EQ(service_.update(admin(), own, in).error().field, "contact");
  in = agency("cluj");
  in.contact = "1";
  EXPECT_EQ(service_.create(admin(), in).error().field, "contact");  // a new one has no members
}

TEST_F(OrganisationServiceTest, the_directory_filters_by_the_values_given) {
  created("nord-est");
  auto hu = agency("pannon");
  hu.country = "HU";
  hu.region = "";
  ASSERT_TRUE(service_.create(admin(), hu));
  auto filter = service_.parse_filter(std::string("HU"), std::nullopt, std::nullopt, std::nullopt);
  ASSERT_TRUE(filter);
  auto found = service_.directory(Principal{}, *filter);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().slug, "pannon");
  EXPECT_EQ(service_.parse_filter(std::string("XX"), std::nullopt, std::nullopt, std::nullopt).error().field,
            "country");
  EXPECT_EQ(service_.parse_filter(std::nullopt, std::string("castle"), std::nullopt, std::nullopt).error().field,
            "type");
  EXPECT_EQ(service_.directory(Principal{}, {})->size(), 2u);
}

}  // namespace cps::accounts
