// Assessments on both databases: framework versions round trip with their texts, one
// assessment per region and period, optimistic header updates, scores kept by (criterion, time
// frame, source, reviewer) with their evidence, reviewers with their names, comments,
// recommendations with their action plans, filters, the knowledge items cited as evidence,
// and a failed transaction leaving nothing behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "backend.hpp"
#include "domain/assessment/framework_file.hpp"
#include "storage/assessment_repository_sql.hpp"

namespace cps::test {

using namespace cps::assessment;

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3), kDora(4);
const accounts::OrganisationId kNordEst(1), kAttica(2), kBudapest(3);

CriterionText text(std::string language, const std::string& code) {
  return {language,
          code + " title (" + language + ")",
          "Question " + language,
          "Guidance **" + language + "**",
          "Evidence " + language,
          "Level 1 " + language,
          "Level 3 " + language,
          "Level 5 " + language};
}

Criterion criterion(std::string code, std::string area, int position, double weight = 1.0,
                    Justification justification = Justification::optional) {
  Criterion c;
  c.code = code;
  c.area = AreaCode(std::move(area));
  c.position = position;
  c.weight = weight;
  c.justification = justification;
  for (const char* language : {"en", "ro", "sq", "hu", "el"}) c.texts.push_back(text(language, code));
  return c;
}

Framework framework(int version) {
  Framework f;
  f.version = version;
  f.note = "Version " + std::to_string(version);
  f.sources = "- Ketels (2013)\n- OECD (2010)";
  f.divergence = 1.5;
  f.author = kAna;
  f.created_at = 1'700'000'000 + version;
  // Out of order on purpose: read back by area, then position.
  f.criteria = {criterion("WG4.1", "WG4", 1, 2.5, Justification::required), criterion("WG1.2", "WG1", 2, 0.5),
                criterion("WG1.1", "WG1", 1)};
  // Texts in Greek only beyond English for one criterion: nothing is filled in.
  f.criteria[1].texts = {text("en", "WG1.2"), text("el", "WG1.2")};
  f.criteria[1].texts[1].title = "Συνεργατική Ε&Α";
  return f;
}

Assessment assessment(std::string region, std::string country, int period,
                      accounts::OrganisationId organisation = kNordEst) {
  Assessment a;
  a.region = RegionCode(std::move(region));
  a.country = CountryCode(std::move(country));
  a.period = period;
  a.framework_version = 1;
  a.organisation = organisation;
  a.summary = "Our cluster policy, în română.";
  a.created_by = kAna;
  a.created_at = 2000;
  a.updated_at = 2000;
  return a;
}

Score score(std::string criterion, Timeframe timeframe, Source source, int level,
            std::optional<accounts::UserId> reviewer = std::nullopt) {
  Score s;
  s.criterion = std::move(criterion);
  s.timeframe = timeframe;
  s.source = source;
  s.reviewer = reviewer;
  s.rating = {Answer::level, level, Confidence::high};
  s.justification = "Because of " + std::to_string(level);
  s.by = reviewer ? reviewer : std::optional(kAna);
  s.at = 3000 + level;
  return s;
}

const Score* find_score(const Assessment& a, const std::string& criterion, Timeframe t, Source s,
                        std::optional<accounts::UserId> reviewer = std::nullopt) {
  for (const auto& sc : a.scores)
    if (sc.criterion == criterion && sc.timeframe == t && sc.source == s && sc.reviewer == reviewer) return &sc;
  return nullptr;
}

PlannedAction planned(RecommendationId recommendation, std::string action, std::string owner, std::string deadline) {
  PlannedAction a;
  a.recommendation = recommendation;
  a.action = std::move(action);
  a.owner = std::move(owner);
  a.deadline = std::move(deadline);
  return a;
}

std::vector<AssessmentId> ids_of(const std::vector<Assessment>& list) {
  std::vector<AssessmentId> out;
  for (const auto& a : list) out.push_back(a.id);
  return out;
}

}  // namespace

class AssessmentContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::AssessmentRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', NULL, 'project_partner', 'experienced', 0, 0), "
           "(3, 'budapest-agency', 'development_agency', 'HU', NULL, 'associated_partner', 'experienced', 0, 0)";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', 2, 'active', 0, 0), (3, 'Cleo', 3, 'active', 0, 0), "
           "(4, 'Dora', NULL, 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  // Runs `work` in one transaction and expects it to succeed.
  void write(const std::function<Status(AssessmentStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  // What `ask` returns, read outside a transaction.
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, AssessmentStore&> out;
    auto done = repository_->read([&](AssessmentStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  void store_framework(int version) {
    write([&](AssessmentStore& s) { return s.insert_framework(framework(version)); });
  }

  AssessmentId insert(const Assessment& a) {
    AssessmentId id;
    write([&](AssessmentStore& s) -> Status {
      auto inserted = s.insert_assessment(a);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  Assessment whole(AssessmentId id) {
    auto found = read([&](AssessmentStore& s) { return s.assessment(id); });
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : Assessment{};
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::AssessmentRepositorySql> repository_;
};

TEST_F(AssessmentContract, a_framework_comes_back_whole_with_its_texts_in_every_language) {
  EXPECT_FALSE(*read([](AssessmentStore& s) { return s.latest_framework_version(); }));
  EXPECT_FALSE(*read([](AssessmentStore& s) { return s.framework(1); }));
  store_framework(1);
  store_framework(2);

  auto back = read([](AssessmentStore& s) { return s.framework(2); });
  ASSERT_TRUE(back && *back);
  const Framework& f = **back;
  Framework expected = framework(2);
  EXPECT_EQ(f.version, 2);
  EXPECT_EQ(f.note, expected.note);
  EXPECT_EQ(f.sources, expected.sources);
  EXPECT_DOUBLE_EQ(f.divergence, 1.5);
  EXPECT_EQ(f.author, kAna);
  EXPECT_EQ(f.created_at, expected.created_at);
  ASSERT_EQ(f.criteria.size(), 3u);
  // By area, then position.
  EXPECT_EQ(f.criteria[0].code, "WG1.1");
  EXPECT_EQ(f.criteria[1].code, "WG1.2");
  EXPECT_EQ(f.criteria[2].code, "WG4.1");
  const Criterion& wg4 = f.criteria[2];
  EXPECT_EQ(wg4.area.str(), "WG4");
  EXPECT_EQ(wg4.position, 1);
  EXPECT_DOUBLE_EQ(wg4.weight, 2.5);
  EXPECT_EQ(wg4.justification, Justification::required);
  EXPECT_EQ(wg4.texts, expected.criteria[0].texts);
  ASSERT_EQ(wg4.texts.size(), 5u);
  EXPECT_EQ(wg4.texts[4].language, "el");
  EXPECT_EQ(f.criteria[1].texts, expected.criteria[1].texts);
  EXPECT_DOUBLE_EQ(f.criteria[1].weight, 0.5);
  EXPECT_EQ(f.criteria[1].texts[1].title, "Συνεργατική Ε&Α");

  auto all = read([](AssessmentStore& s) { return s.frameworks(); });
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].version, 2);  // newest first
  EXPECT_EQ((*all)[1].version, 1);
  EXPECT_TRUE((*all)[0].criteria.empty());
  EXPECT_EQ(**read([](AssessmentStore& s) { return s.latest_framework_version(); }), 2);

  // A version is stored once.
  auto again = repository_->transaction([](AssessmentStore& s) { return s.insert_framework(framework(2)); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM assessment_criteria WHERE framework_version = 2"), 3);
}

TEST_F(AssessmentContract, the_shipped_framework_comes_back_as_its_file_says) {
  std::ifstream in(std::filesystem::path(CPS_TEST_SHARE_DIR) / "assessment" / "framework.json", std::ios::binary);
  ASSERT_TRUE(in) << "the shipped framework is missing";
  std::ostringstream text;
  text << in.rdbuf();
  auto file = read_framework_file(text.str());
  ASSERT_TRUE(file) << file.error().field << ": " << file.error().message;
  file->version = 1;
  write([&](AssessmentStore& s) { return s.insert_framework(*file); });

  auto back = read([](AssessmentStore& s) { return s.framework(1); });
  ASSERT_TRUE(back && *back);
  const Framework& f = **back;
  EXPECT_EQ(f.sources, file->sources);
  EXPECT_DOUBLE_EQ(f.divergence, file->divergence);
  ASSERT_EQ(f.criteria.size(), file->criteria.size());
  for (const auto& c : file->criteria) {
    const Criterion* stored = f.criterion(c.code);
    ASSERT_TRUE(stored) << c.code;
    EXPECT_TRUE(same_meaning(*stored, c)) << c.code;
    EXPECT_EQ(stored->position, c.position) << c.code;
    EXPECT_EQ(stored->texts, c.texts) << c.code;
  }
}

TEST_F(AssessmentContract, one_assessment_per_region_and_period) {
  store_framework(1);
  Assessment a = assessment("RO21", "RO", 1);
  a.disclosure = Disclosure::public_scores;
  AssessmentId id = insert(a);
  ASSERT_TRUE(id.valid());

  Assessment back = whole(id);
  EXPECT_EQ(back.id, id);
  EXPECT_EQ(back.region.str(), "RO21");
  EXPECT_EQ(back.country.str(), "RO");
  EXPECT_EQ(back.period, 1);
  EXPECT_EQ(back.framework_version, 1);
  EXPECT_EQ(back.organisation, kNordEst);
  EXPECT_EQ(back.status, AssessmentStatus::draft);
  EXPECT_EQ(back.disclosure, Disclosure::public_scores);
  EXPECT_EQ(back.summary, a.summary);
  EXPECT_EQ(back.revision, 1);
  EXPECT_EQ(back.created_by, kAna);
  EXPECT_EQ(back.created_at, 2000);
  EXPECT_EQ(back.submitted_at, 0);
  EXPECT_TRUE(back.scores.empty() && back.reviewers.empty() && back.swot.empty());
  EXPECT_FALSE(*read([&](AssessmentStore& s) { return s.assessment(AssessmentId(id.value() + 100)); }));

  auto twice = repository_->transaction([&](AssessmentStore& s) -> Status {
    auto inserted = s.insert_assessment(assessment("RO21", "RO", 1));
    if (!inserted) return std::unexpected(inserted.error());
    return {};
  });
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(twice.error().field, "period");
  EXPECT_EQ(count("SELECT COUNT(*) FROM assessments"), 1);

  // Another period, or the country as a whole, is another assessment.
  EXPECT_TRUE(insert(assessment("RO21", "RO", 2)).valid());
  EXPECT_TRUE(insert(assessment("RO", "RO", 1)).valid());
}

TEST_F(AssessmentContract, a_stale_revision_writes_nothing) {
  store_framework(1);
  AssessmentId id = insert(assessment("RO21", "RO", 1));
  Assessment a = whole(id);
  a.status = AssessmentStatus::submitted;
  a.summary = "Submitted summary";
  a.return_note = "";
  a.updated_at = 2500;
  a.submitted_at = 2500;
  write([&](AssessmentStore& s) -> Status {
    auto updated = s.update_assessment(a, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return {};
  });
  Assessment back = whole(id);
  EXPECT_EQ(back.revision, 2);
  EXPECT_EQ(back.status, AssessmentStatus::submitted);
  EXPECT_EQ(back.summary, "Submitted summary");
  EXPECT_EQ(back.updated_at, 2500);
  EXPECT_EQ(back.submitted_at, 2500);

  // Somebody saved revision 2 meanwhile: a save from revision 1 changes nothing.
  Assessment stale = back;
  stale.status = AssessmentStatus::draft;
  stale.summary = "Stale";
  write([&](AssessmentStore& s) -> Status {
    auto updated = s.update_assessment(stale, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_FALSE(*updated);
    return {};
  });
  Assessment unchanged = whole(id);
  EXPECT_EQ(unchanged.revision, 2);
  EXPECT_EQ(unchanged.status, AssessmentStatus::submitted);
  EXPECT_EQ(unchanged.summary, "Submitted summary");
}

TEST_F(AssessmentContract, scores_are_replaced_by_criterion_time_frame_source_and_reviewer) {
  store_framework(1);
  AssessmentId id = insert(assessment("RO21", "RO", 1));
  Score self = score("WG1.1", Timeframe::current, Source::self, 2);
  self.evidence = {{EvidenceKind::knowledge_item, "17", "Cluster vouchers"},
                   {EvidenceKind::document, "https://example.ro/strategie.pdf", "Strategia RIS3"},
                   {EvidenceKind::indicator, "lq:C10", ""}};
  Score not_applicable = score("WG4.1", Timeframe::past, Source::self, 0);
  not_applicable.rating = {Answer::not_applicable, 0, Confidence::low};
  write([&](AssessmentStore& s) {
    return s.save_scores(id, {self, not_applicable, score("WG1.1", Timeframe::target, Source::self, 4),
                              score("WG1.1", Timeframe::current, Source::peer, 3, kBogdan),
                              score("WG1.1", Timeframe::current, Source::peer, 4, kCleo)});
  });
  write([&](AssessmentStore& s) {
    return s.save_scores(id, {score("WG1.1", Timeframe::current, Source::agreed, 3)});
  });

  Assessment a = whole(id);
  ASSERT_EQ(a.scores.size(), 6u);
  const Score* back = find_score(a, "WG1.1", Timeframe::current, Source::self);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->rating, (Rating{Answer::level, 2, Confidence::high}));
  EXPECT_EQ(back->justification, "Because of 2");
  EXPECT_EQ(back->evidence, self.evidence);
  EXPECT_EQ(back->by, kAna);
  EXPECT_EQ(back->at, 3002);
  EXPECT_FALSE(back->reviewer);
  const Score* na = find_score(a, "WG4.1", Timeframe::past, Source::self);
  ASSERT_TRUE(na);
  EXPECT_EQ(na->rating, (Rating{Answer::not_applicable, 0, Confidence::low}));
  ASSERT_TRUE(find_score(a, "WG1.1", Timeframe::current, Source::peer, kBogdan));
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::peer, kBogdan)->rating.level, 3);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::peer, kCleo)->rating.level, 4);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::agreed)->rating.level, 3);

  // Saving a key again replaces the score and its evidence; other keys stay.
  Score changed = score("WG1.1", Timeframe::current, Source::self, 3);
  changed.evidence = {{EvidenceKind::document, "https://example.ro/evaluare.pdf", "Evaluare"}};
  Score cleo_again = score("WG1.1", Timeframe::current, Source::peer, 5, kCleo);
  write([&](AssessmentStore& s) { return s.save_scores(id, {changed, cleo_again}); });
  a = whole(id);
  EXPECT_EQ(a.scores.size(), 6u);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::self)->rating.level, 3);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::self)->evidence, changed.evidence);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::peer, kCleo)->rating.level, 5);
  EXPECT_EQ(find_score(a, "WG1.1", Timeframe::current, Source::peer, kBogdan)->rating.level, 3);
  EXPECT_EQ(count("SELECT COUNT(*) FROM assessment_score_evidence"), 1);

  // The database itself refuses a level outside the scale.
  Score out_of_scale = score("WG1.2", Timeframe::current, Source::self, 6);
  EXPECT_FALSE(repository_->transaction([&](AssessmentStore& s) { return s.save_scores(id, {out_of_scale}); }));
  EXPECT_EQ(whole(id).scores.size(), 6u);
}

TEST_F(AssessmentContract, reviewers_are_kept_by_user_with_their_names_and_countries) {
  store_framework(1);
  AssessmentId id = insert(assessment("RO21", "RO", 1));
  Reviewer bogdan{kBogdan, "", std::nullopt, ReviewerStatus::invited, "", "", kAna, 4000, 0};
  Reviewer dora{kDora, "", std::nullopt, ReviewerStatus::invited, "", "", std::nullopt, 4001, 0};
  write([&](AssessmentStore& s) -> Status {
    if (auto r = s.save_reviewer(id, bogdan); !r) return r;
    return s.save_reviewer(id, dora);
  });
  bogdan.status = ReviewerStatus::accepted;
  bogdan.conflicts = "Worked with RDA Nord-Est in 2019.";
  bogdan.answered_at = 4100;
  write([&](AssessmentStore& s) { return s.save_reviewer(id, bogdan); });

  Assessment a = whole(id);
  ASSERT_EQ(a.reviewers.size(), 2u);
  const Reviewer& b = a.reviewers[0];
  EXPECT_EQ(b.user, kBogdan);
  EXPECT_EQ(b.display_name, "Bogdan");
  ASSERT_TRUE(b.country);
  EXPECT_EQ(b.country->str(), "EL");
  EXPECT_EQ(b.status, ReviewerStatus::accepted);
  EXPECT_EQ(b.conflicts, "Worked with RDA Nord-Est in 2019.");
  EXPECT_EQ(b.assigned_by, kAna);
  EXPECT_EQ(b.assigned_at, 4000);
  EXPECT_EQ(b.answered_at, 4100);
  const Reviewer& d = a.reviewers[1];
  EXPECT_EQ(d.display_name, "Dora");
  EXPECT_FALSE(d.country);  // no organisation
  EXPECT_FALSE(d.assigned_by);

  auto reviewed = read([](AssessmentStore& s) {
    AssessmentFilter f;
    f.reviewer = kBogdan;
    return s.assessments(f, AssessmentStore::Depth::header);
  });
  EXPECT_EQ(ids_of(*reviewed), std::vector<AssessmentId>{id});
}

TEST_F(AssessmentContract, swot_comments_recommendations_and_actions_round_trip) {
  store_framework(1);
  AssessmentId id = insert(assessment("RO21", "RO", 1));
  write([&](AssessmentStore& s) -> Status {
    if (auto r = s.save_swot(id, {AreaCode("WG4"), "Funds", "Few instruments", "New programme", "Brain drain"}); !r)
      return r;
    if (auto r = s.save_swot(id, {AreaCode("WG1"), "Universities", "", "", ""}); !r) return r;
    return s.save_swot(id, {AreaCode("WG4"), "More funds", "Few instruments", "", "Brain drain"});
  });
  Assessment a = whole(id);
  ASSERT_EQ(a.swot.size(), 2u);
  EXPECT_EQ(a.swot[0].area.str(), "WG1");
  EXPECT_EQ(a.swot[1].strengths, "More funds");
  EXPECT_EQ(a.swot[1].opportunities, "");

  CommentId first, reply;
  write([&](AssessmentStore& s) -> Status {
    auto c = s.insert_comment({{}, id, "WG1.1", std::nullopt, kBogdan, "", "Which evidence?", 5000});
    if (!c) return std::unexpected(c.error());
    first = *c;
    auto r = s.insert_comment({{}, id, "WG1.1", first, kAna, "", "The evaluation of 2023.", 5001});
    if (!r) return std::unexpected(r.error());
    reply = *r;
    return {};
  });
  auto comments = read([&](AssessmentStore& s) { return s.comments(id); });
  ASSERT_EQ(comments->size(), 2u);
  EXPECT_EQ((*comments)[0].id, first);
  EXPECT_EQ((*comments)[0].author_name, "Bogdan");
  EXPECT_EQ((*comments)[0].criterion, "WG1.1");
  EXPECT_FALSE((*comments)[0].reply_to);
  EXPECT_EQ((*comments)[1].reply_to, first);
  EXPECT_EQ((*comments)[1].body, "The evaluation of 2023.");
  EXPECT_EQ((*comments)[1].at, 5001);
  EXPECT_EQ(read([](AssessmentStore& s) { return s.comments(std::nullopt); })->size(), 2u);

  RecommendationId rid;
  ActionId aid;
  write([&](AssessmentStore& s) -> Status {
    Recommendation r;
    r.assessment = id;
    r.criterion = "WG4.1";
    r.area = AreaCode("WG4");
    r.text = "Open a **multi-annual** call.";
    r.author = kBogdan;
    r.at = 6000;
    auto inserted = s.insert_recommendation(r);
    if (!inserted) return std::unexpected(inserted.error());
    rid = *inserted;
    r.id = rid;
    r.response = Response::partly;
    r.response_reason = "Budget rules allow two years.";
    if (auto u = s.update_recommendation(r); !u) return u;
    PlannedAction act = planned(rid, "Draft a two-year call", "Managing authority", "2027-03-31");
    auto action = s.insert_action(act);
    if (!action) return std::unexpected(action.error());
    aid = *action;
    act.id = aid;
    act.status = ActionStatus::done;
    act.follow_up = "Call opened in March.";
    act.followed_up_on = "2027-09-30";
    if (auto u = s.update_action(act); !u) return u;
    auto second = s.insert_action(planned(rid, "Ask the ministry", "Director", "2027-06-30"));
    if (!second) return std::unexpected(second.error());
    return {};
  });
  auto recommendations = read([&](AssessmentStore& s) { return s.recommendations(id); });
  ASSERT_EQ(recommendations->size(), 1u);
  const Recommendation& r = recommendations->front();
  EXPECT_EQ(r.id, rid);
  EXPECT_EQ(r.assessment, id);
  EXPECT_EQ(r.criterion, "WG4.1");
  EXPECT_EQ(r.area.str(), "WG4");
  EXPECT_EQ(r.text, "Open a **multi-annual** call.");
  EXPECT_EQ(r.author, kBogdan);
  EXPECT_EQ(r.response, Response::partly);
  EXPECT_EQ(r.response_reason, "Budget rules allow two years.");
  EXPECT_EQ(r.at, 6000);
  ASSERT_EQ(r.actions.size(), 2u);
  EXPECT_EQ(r.actions[0].id, aid);
  EXPECT_EQ(r.actions[0].recommendation, rid);
  EXPECT_EQ(r.actions[0].owner, "Managing authority");
  EXPECT_EQ(r.actions[0].deadline, "2027-03-31");
  EXPECT_EQ(r.actions[0].status, ActionStatus::done);
  EXPECT_EQ(r.actions[0].follow_up, "Call opened in March.");
  EXPECT_EQ(r.actions[0].followed_up_on, "2027-09-30");
  EXPECT_EQ(r.actions[1].status, ActionStatus::planned);
  EXPECT_EQ(r.actions[1].followed_up_on, "");

  // Updating what does not exist is not found.
  Recommendation missing = r;
  missing.id = RecommendationId(rid.value() + 100);
  auto none = repository_->transaction([&](AssessmentStore& s) { return s.update_recommendation(missing); });
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().kind, ErrorKind::not_found);
}

TEST_F(AssessmentContract, assessments_are_filtered_and_ordered_newest_period_first) {
  store_framework(1);
  AssessmentId ro1 = insert(assessment("RO21", "RO", 1));
  AssessmentId ro2 = insert(assessment("RO21", "RO", 2));
  Assessment attica = assessment("EL30", "EL", 1, kAttica);
  attica.status = AssessmentStatus::published;
  AssessmentId el1 = insert(attica);
  Assessment budapest = assessment("HU11", "HU", 2, kBudapest);
  budapest.status = AssessmentStatus::in_review;
  AssessmentId hu2 = insert(budapest);
  write([&](AssessmentStore& s) {
    return s.save_scores(el1, {score("WG1.1", Timeframe::current, Source::self, 4)});
  });

  auto list = [&](AssessmentFilter f, AssessmentStore::Depth depth = AssessmentStore::Depth::header) {
    auto found = read([&](AssessmentStore& s) { return s.assessments(f, depth); });
    return found ? *found : std::vector<Assessment>{};
  };
  EXPECT_EQ(ids_of(list({})), (std::vector<AssessmentId>{hu2, ro2, el1, ro1}));
  EXPECT_EQ(ids_of(list({.region = RegionCode("RO21")})), (std::vector<AssessmentId>{ro2, ro1}));
  EXPECT_EQ(ids_of(list({.country = CountryCode("EL")})), std::vector<AssessmentId>{el1});
  EXPECT_EQ(ids_of(list({.period = 1})), (std::vector<AssessmentId>{el1, ro1}));
  EXPECT_EQ(ids_of(list({.statuses = {AssessmentStatus::published, AssessmentStatus::in_review}})),
            (std::vector<AssessmentId>{hu2, el1}));
  EXPECT_EQ(ids_of(list({.organisation = kNordEst})), (std::vector<AssessmentId>{ro2, ro1}));
  EXPECT_TRUE(list({.region = RegionCode("RO21"), .period = 3}).empty());

  // Headers alone, unless the whole is asked for.
  EXPECT_TRUE(list({.country = CountryCode("EL")}).front().scores.empty());
  auto whole_list = list({.country = CountryCode("EL")}, AssessmentStore::Depth::whole);
  ASSERT_EQ(whole_list.size(), 1u);
  EXPECT_EQ(whole_list.front().scores.size(), 1u);
}

TEST_F(AssessmentContract, citing_finds_the_assessments_whose_scores_cite_a_knowledge_item) {
  store_framework(1);
  AssessmentId ro = insert(assessment("RO21", "RO", 1));
  AssessmentId el = insert(assessment("EL30", "EL", 1, kAttica));
  Score cites = score("WG1.1", Timeframe::current, Source::self, 3);
  cites.evidence = {{EvidenceKind::knowledge_item, "17", ""}};
  Score cites_twice = score("WG1.2", Timeframe::past, Source::self, 2);
  cites_twice.evidence = {{EvidenceKind::knowledge_item, "17", ""}, {EvidenceKind::knowledge_item, "18", ""}};
  Score document = score("WG1.1", Timeframe::current, Source::self, 3);
  document.evidence = {{EvidenceKind::document, "17", ""}};  // not a knowledge item
  write([&](AssessmentStore& s) -> Status {
    if (auto r = s.save_scores(ro, {cites, cites_twice}); !r) return r;
    return s.save_scores(el, {document});
  });
  EXPECT_EQ(*read([](AssessmentStore& s) { return s.citing(17); }), std::vector<AssessmentId>{ro});
  EXPECT_EQ(*read([](AssessmentStore& s) { return s.citing(18); }), std::vector<AssessmentId>{ro});
  EXPECT_TRUE(read([](AssessmentStore& s) { return s.citing(19); })->empty());
}

TEST_F(AssessmentContract, a_failed_transaction_writes_nothing_and_a_change_writes_its_audit_line) {
  store_framework(1);
  AssessmentId id = insert(assessment("RO21", "RO", 1));
  long long audit_before = count("SELECT COUNT(*) FROM audit_log");

  auto failed = repository_->transaction([&](AssessmentStore& s) -> Status {
    if (auto r = s.save_scores(id, {score("WG1.1", Timeframe::current, Source::self, 3)}); !r) return r;
    if (auto r = s.append_audit({kAna, "ana@example.org", "assessment.scored", "assessment:1", "", "", 7000}); !r)
      return r;
    return fail(ErrorKind::conflict, "Somebody changed this assessment since you opened it.");
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().kind, ErrorKind::conflict);
  EXPECT_TRUE(whole(id).scores.empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before);

  write([&](AssessmentStore& s) -> Status {
    if (auto r = s.save_scores(id, {score("WG1.1", Timeframe::current, Source::self, 3)}); !r) return r;
    return s.append_audit({kAna, "ana@example.org", "assessment.scored", "assessment:" + std::to_string(id.value()),
                           "1 score", "test", 7001});
  });
  EXPECT_EQ(whole(id).scores.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before + 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'assessment.scored' AND actor_id = 1 AND at = 7001"),
            1);
}

}  // namespace cps::test
