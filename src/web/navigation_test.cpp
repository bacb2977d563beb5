#include "web/navigation.hpp"

#include <gtest/gtest.h>

#include <set>

namespace cps::web {

namespace {

std::filesystem::path share() {
  return std::filesystem::path(CPS_TEST_SHARE_DIR);
}

accounts::Principal signed_in_partner() {
  accounts::Principal p;
  p.via = accounts::Principal::Via::session;
  p.user = accounts::UserId(7);
  p.display_name = "Ana Popescu";
  p.roles = {{accounts::Role::partner_staff, ""}};
  return p;
}

std::string text_of(const Data& d, const std::string& key) {
  return d.get(key)->string_value();
}

bool flag_of(const Data& d, const std::string& key) {
  return d.get(key)->is_true();
}

const List& list_of(const Data& d, const std::string& key) {
  return d.get(key)->list_value();
}

}  // namespace

TEST(Navigation, every_entry_has_a_label_an_address_in_its_section_and_a_group_of_its_own_kind) {
  std::set<std::string_view> paths;
  for (const auto& e : nav_entries()) {
    EXPECT_FALSE(e.label.empty());
    EXPECT_TRUE(e.path.starts_with("/")) << e.path;
    EXPECT_TRUE(e.path == e.section || e.path.starts_with(std::string(e.section) + "/")) << e.path;
    EXPECT_TRUE(paths.insert(e.path).second) << "registered twice: " << e.path;
  }
}

TEST(Navigation, groups_without_a_section_yet_are_left_out_and_the_others_keep_the_steps_order) {
  i18n::Catalogue catalogue(share() / "locale");
  accounts::Principal anonymous;
  List groups = main_menu(Viewer{anonymous}, MenuRequest{i18n::Language::en, "/"}, catalogue);
  std::vector<std::string> labels;
  for (const auto& g : groups) {
    labels.push_back(text_of(g, "label"));
    EXPECT_FALSE(list_of(g, "links").empty());
  }
  // About holds the news, which everybody reads.
  EXPECT_EQ(labels, (std::vector<std::string>{"Assess", "Learn", "Test", "Act together", "About"}));
}

TEST(Navigation, links_are_in_the_language_of_the_page) {
  i18n::Catalogue catalogue(share() / "locale");
  accounts::Principal anonymous;
  List groups = main_menu(Viewer{anonymous}, MenuRequest{i18n::Language::ro, "/"}, catalogue);
  ASSERT_FALSE(groups.empty());
  EXPECT_EQ(text_of(groups[0], "label"), "Evaluare");
  const auto& first = list_of(groups[0], "links")[0];
  EXPECT_EQ(text_of(first, "href"), "/ro/regions");
  EXPECT_EQ(text_of(first, "label"), "Regiuni");
}

TEST(Navigation, the_page_and_the_pages_below_it_mark_their_entry_and_group_current) {
  i18n::Catalogue catalogue(share() / "locale");
  accounts::Principal anonymous;
  auto current_of = [&](std::optional<std::string> here) {
    std::vector<std::string> found;
    for (const auto& g :
         main_menu(Viewer{anonymous}, MenuRequest{i18n::Language::en, here}, catalogue))
      for (const auto& l : list_of(g, "links"))
        if (flag_of(l, "current"))
          found.push_back(text_of(g, "label") + (flag_of(g, "current") ? "*" : "") + " › " +
                          text_of(l, "label") + " (" + text_of(l, "current_kind") + ")");
    return found;
  };
  EXPECT_EQ(current_of("/regions"), (std::vector<std::string>{"Assess* › Regions (page)"}));
  EXPECT_EQ(current_of("/regions/RO11"), (std::vector<std::string>{"Assess* › Regions (true)"}));
  EXPECT_EQ(current_of("/knowledge/42"),
            (std::vector<std::string>{"Learn* › Knowledge base (true)"}));
  // A path that merely begins like a section is not in it.
  EXPECT_TRUE(current_of("/regionsX").empty());
  EXPECT_TRUE(current_of("/").empty());
  EXPECT_TRUE(current_of(std::nullopt).empty());
}

TEST(Navigation,
     the_personal_menu_is_for_people_signed_in_and_its_own_pages_win_over_the_sections) {
  i18n::Catalogue catalogue(share() / "locale");
  accounts::Principal anonymous;
  EXPECT_TRUE(
      personal_menu(Viewer{anonymous}, MenuRequest{i18n::Language::en, "/"}, catalogue).empty());

  accounts::Principal partner = signed_in_partner();
  MenuRequest mine{i18n::Language::en, "/knowledge/mine"};
  List links = personal_menu(Viewer{partner}, mine, catalogue);
  std::vector<std::string> labels;
  for (const auto& l : links) labels.push_back(text_of(l, "label"));
  // Without an account service nobody administers, so no administration link.
  EXPECT_EQ(labels, (std::vector<std::string>{"What waits for me", "Your account", "My knowledge items",
                                             "Reviews for me", "My mentoring", "Notifications"}));
  EXPECT_TRUE(flag_of(links[2], "current"));
  EXPECT_EQ(text_of(links[2], "current_kind"), "page");
  for (const auto& g : main_menu(Viewer{partner}, mine, catalogue)) {
    EXPECT_FALSE(flag_of(g, "current")) << text_of(g, "label");
  }
}

TEST(Navigation, audiences_ask_the_access_policy) {
  accounts::Principal anonymous;
  accounts::Principal partner = signed_in_partner();
  accounts::Principal admin = signed_in_partner();
  admin.roles = {{accounts::Role::platform_admin, ""}};
  EXPECT_TRUE(sees(Viewer{anonymous}, kAnyone));
  EXPECT_FALSE(sees(Viewer{anonymous}, kSignedIn));
  EXPECT_TRUE(sees(Viewer{partner}, kSignedIn));
  EXPECT_FALSE(sees(Viewer{partner}, allowed_to(accounts::Action::manage_statistics)));
  EXPECT_TRUE(sees(Viewer{admin}, allowed_to(accounts::Action::manage_statistics)));
  EXPECT_FALSE(sees(Viewer{admin}, kAdministrators))
      << "without the account service, nobody administers";
}

}  // namespace cps::web
