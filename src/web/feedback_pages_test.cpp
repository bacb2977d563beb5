// The feedback partial as a page includes it: one per recommendation or match inside the
// page's own list, with the page's form token, the person's verdict pressed, the tally, and
// the curation form and its state only for curators.
#include "web/feedback_pages.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace cps::web {
namespace {

std::filesystem::path share() { return std::filesystem::path(CPS_TEST_SHARE_DIR); }

std::size_t count(const std::string& in, const std::string& what) {
  std::size_t n = 0;
  for (auto at = in.find(what); at != std::string::npos; at = in.find(what, at + what.size())) ++n;
  return n;
}

TEST(FeedbackPartial, each_recommendation_gets_its_own_form_with_the_pages_token) {
  auto dir = std::filesystem::temp_directory_path() / "cps-feedback-partial-test";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(share() / "templates" / "learning_feedback.mustache", dir / "learning_feedback.mustache",
                             std::filesystem::copy_options::overwrite_existing);
  std::ofstream(dir / "learning.mustache")
      << "<ul>{{#recommendations}}<li>{{title}}{{#feedback}}{{> learning_feedback}}{{/feedback}}</li>"
         "{{/recommendations}}</ul>{{> no_such_partial}}";
  i18n::Catalogue catalogue(share() / "locale");
  auto templates = Templates::load(dir, catalogue);
  ASSERT_TRUE(templates) << templates.error().detail;
  Site site(*templates, catalogue, "test");

  FeedbackSlot judged;
  judged.recommendation = learning::RecommendationKey{RegionCode("RO21"), "criterion:WG4.2", 17};
  judged.label = "Cluster vouchers";
  judged.return_to = "/en/regions/RO21/learning?scope=programme";
  judged.summary.tally = {2, 1, 3};
  judged.summary.mine = feedback::Judgment{feedback::Subject::recommendation, "RO21/criterion:WG4.2/17", judged.recommendation,
                                           feedback::Verdict::adopted, "We run it since 2024.", accounts::UserId(1), "Ana", 5};
  judged.curation = learning::Curation{*judged.recommendation, true, false, "Discussed in WG4.", "Tomas", 9};
  judged.may_give = true;
  judged.may_curate = true;
  FeedbackSlot match;
  match.subject = feedback::Subject::match;
  match.key = "profile:12→profile:40";
  match.label = "Pohorje wood cluster";
  match.return_to = "/en/partner-search?q=wood";
  match.may_give = true;
  match.may_curate = true;  // matches are not curated: no form whatever the flag says

  List recommendations{Object{{"title", "Cluster vouchers"}, {"feedback", feedback_slot(site, i18n::Language::en, judged)}},
                       Object{{"title", "Pohorje"}, {"feedback", feedback_slot(site, i18n::Language::en, match)}}};
  Object data{{"csrf", "token-123"}, {"recommendations", recommendations}};
  auto html = templates->render(i18n::Language::en, "learning", data);
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_EQ(count(*html, "action=\"/en/learning/feedback\""), 2u) << *html;
  EXPECT_EQ(count(*html, "action=\"/en/learning/curation\""), 1u);
  EXPECT_EQ(count(*html, "name=\"csrf\" value=\"token-123\""), 3u);
  EXPECT_NE(html->find("id=\"fb-recommendation-RO21-criterion-WG4-2-17\""), std::string::npos);
  EXPECT_NE(html->find("name=\"key\" value=\"RO21/criterion:WG4.2/17\""), std::string::npos);
  EXPECT_NE(html->find("value=\"adopted\" class=\"button button--small\" aria-pressed=\"true\""), std::string::npos);
  EXPECT_NE(html->find("2 useful · 1 not relevant · 3 adopted"), std::string::npos);
  EXPECT_NE(html->find("Pinned by Tomas."), std::string::npos);
  EXPECT_NE(html->find("value=\"pinned\" checked"), std::string::npos);
  EXPECT_NE(html->find("We run it since 2024."), std::string::npos);
  EXPECT_NE(html->find("name=\"return_to\" value=\"/en/partner-search?q=wood\""), std::string::npos);
  EXPECT_NE(html->find("name=\"key\" value=\"profile:12→profile:40\""), std::string::npos);

  // A visitor who is not signed in sees the tally only.
  judged.may_give = false;
  judged.may_curate = false;
  Object visitor{{"recommendations", List{Object{{"feedback", feedback_slot(site, i18n::Language::ro, judged)}}}}};
  auto ro = templates->render(i18n::Language::ro, "learning", visitor);
  ASSERT_TRUE(ro);
  EXPECT_EQ(ro->find("<form"), std::string::npos);
  EXPECT_NE(ro->find("feedback__tally"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace cps::web
