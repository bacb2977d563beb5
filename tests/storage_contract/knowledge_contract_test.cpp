// The knowledge base on both databases: items round trip whole, slugs are unique, saves are
// optimistic and atomic, revisions keep every state, the in-memory search index loaded from
// the repository follows every save through the change log, and listings and searches obey
// the visibility rules.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "backend.hpp"
#include "domain/knowledge/search_index.hpp"
#include "domain/knowledge/testing/sample_items.hpp"
#include "storage/knowledge_repository_sql.hpp"

namespace cps::test {

using namespace cps::knowledge;

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3);
// Every change carries its audit line; the storage writes it in the change's transaction.
accounts::AuditRecord audit_record() {
  accounts::AuditRecord r;
  r.actor = kAna;
  r.actor_label = "ana@example.org";
  r.action = "knowledge.test";
  r.at = 1000;
  return r;
}
const accounts::AuditRecord kAudit = audit_record();

ItemText text(std::string language, std::string title,
              Translation translation = Translation::original) {
  return {std::move(language), std::move(title), "Summary",  "Body **text**",
          "Results",           "Lessons",        "Transfer", translation};
}

KnowledgeItem item(std::string slug, std::string title, ItemStatus status = ItemStatus::published,
                   accounts::UserId author = kAna, std::vector<std::string> areas = {"WG1"}) {
  KnowledgeItem it;
  it.content.slug = std::move(slug);
  it.content.kind = Kind::good_practice;
  it.content.original_language = "en";
  it.content.areas = std::move(areas);
  it.content.countries = {"RO"};
  it.content.regions = {"RO21"};
  it.content.texts = {text("en", std::move(title))};
  it.status = status;
  it.author = author;
  it.author_name = author == kAna ? "Ana" : author == kBogdan ? "Bogdan" : "Cleo";
  it.created_at = 1000;
  it.updated_at = 1000;
  return it;
}

std::vector<IndexedField> index_of(std::initializer_list<IndexedField> fields) {
  return fields;
}

std::vector<ItemId> ids_of(const std::vector<KnowledgeItem>& items) {
  std::vector<ItemId> out;
  for (const auto& i : items) out.push_back(i.id);
  return out;
}


ItemFilter everything() {
  ItemFilter f;
  f.statuses = {std::begin(kAllStatuses), std::end(kAllStatuses)};
  f.all_unpublished = true;
  return f;
}

ItemFilter published_only() {
  ItemFilter f;
  f.statuses = {ItemStatus::published};
  return f;
}

}  // namespace

class KnowledgeContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::SqlKnowledgeRepository>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO users (id, display_name, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 'active', 0, 0), (2, 'Bogdan', 'active', 0, 0), (3, 'Cleo', 'active', 0, 0)";
      s << "INSERT INTO organisations (id, slug, type, country_code, role, experience, created_at, "
           "updated_at) "
           "VALUES (1, 'rda-nord-est', 'development_agency', 'RO', 'project_partner', "
           "'experienced', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  ItemId create(const KnowledgeItem& it, const std::vector<IndexedField>& index = {}) {
    auto id = repository_->create(it, "created", index, kAudit);
    EXPECT_TRUE(id) << (id ? "" : id.error().detail);
    return id.value_or(ItemId());
  }

  // The audit log's lines as "action target", oldest first.
  std::vector<std::string> audit_lines() {
    auto lines = database_->db().with_session([](soci::session& s) {
      std::vector<std::string> out;
      soci::rowset<soci::row> rows = (s.prepare << "SELECT action, target FROM audit_log ORDER BY id");
      for (const auto& row : rows) out.push_back(row.get<std::string>(0) + " " + row.get<std::string>(1));
      return out;
    });
    EXPECT_TRUE(lines);
    return lines.value_or(std::vector<std::string>{});
  }

  KnowledgeItem stored(ItemId id) {
    auto found = repository_->find(id);
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : KnowledgeItem{};
  }

  // What the search index, brought up to date with the repository, ranks for these index
  // terms: the ids of the matching items and the statistics it scored them with.
  Ranking ranked(const std::vector<std::string>& terms, const ItemFilter& f = everything()) {
    auto fresh = index_.refresh(*repository_);
    EXPECT_TRUE(fresh) << (fresh ? "" : fresh.error().detail);
    retrieval::Query q;
    q.terms = terms;
    return index_.rank(q, f, SearchOrder::relevance, "en", 100000);
  }
  std::vector<ItemId> candidate_ids(const std::vector<std::string>& terms, const ItemFilter& f = everything()) {
    std::vector<ItemId> out;
    for (const auto& r : ranked(terms, f).items) out.push_back(r.id);
    return out;
  }
  retrieval::TermStats statistics(const std::vector<std::string>& terms) { return ranked(terms).stats; }
  std::vector<IndexedField> fields_of(ItemId id) {
    auto found = repository_->indexed_fields({id});
    EXPECT_TRUE(found && found->size() == 1);
    return found && found->size() == 1 ? found->front().fields : std::vector<IndexedField>{};
  }

  long long count_rows(const std::string& table, ItemId id) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) {
      long long v = id.value();
      s << "SELECT COUNT(*) FROM " + table + " WHERE item_id = :id", soci::use(v), soci::into(n);
    });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::SqlKnowledgeRepository> repository_;
  SearchIndex index_;
};

TEST_F(KnowledgeContract, every_field_comes_back_as_it_was_stored) {
  KnowledgeItem it = item("klastery-ellada", "Συστάδες καινοτομίας στην Αττική",
                          ItemStatus::published, kBogdan, {"WG2", "WG1"});
  // Every field set, in Greek and Bulgarian, with a budget that needs all its digits.
  ItemInput& in = it.content;
  in = sample_input();
  in.slug = "klastery-ellada";
  in.kind = Kind::programme;
  in.original_language = "el";
  in.areas = {"WG2", "WG1"};
  in.countries = {"EL", "BG"};
  in.regions = {"EL30", "BG41"};
  in.start_year = 2014;
  in.funding_source = "ΕΣΠΑ 2014–2020";
  in.budget = Budget{12'345'678.9, "BGN", 0.51129, "2020-12-31"};
  in.target_groups = {"ΜμΕ", "университети"};
  in.sources = {{"Έκθεση αξιολόγησης", "https://example.org/report.pdf", "Υπουργείο", 2021},
                {"Доклад", "https://example.bg/d", "", std::nullopt}};
  in.texts = {text("el", "Συστάδες καινοτομίας στην Αττική"),
              text("bg", "Иновационни клъстери в Атика", Translation::human)};
  in.texts[1].body = "Кратко описание с *Markdown*.\n\n- точка";
  it.created_at = 1'700'000'000;
  it.updated_at = 1'700'000'100;
  it.published_at = 1'700'000'200;

  ItemId id = create(it);
  ASSERT_TRUE(id.valid());
  KnowledgeItem back = stored(id);
  EXPECT_EQ(back.id, id);
  EXPECT_EQ(back.content, in);
  EXPECT_EQ(back.status, ItemStatus::published);
  EXPECT_EQ(back.author, kBogdan);
  EXPECT_EQ(back.author_name, "Bogdan");
  EXPECT_EQ(back.revision, 1);
  EXPECT_EQ(back.created_at, 1'700'000'000);
  EXPECT_EQ(back.updated_at, 1'700'000'100);
  EXPECT_EQ(back.published_at, 1'700'000'200);
  EXPECT_EQ(back.text("bg").title, "Иновационни клъстери в Атика");

  auto by_slug = repository_->find_by_slug("klastery-ellada");
  ASSERT_TRUE(by_slug && *by_slug);
  EXPECT_EQ((*by_slug)->content, in);
  EXPECT_FALSE(*repository_->find_by_slug("nothing-here"));
  EXPECT_FALSE(*repository_->find(ItemId(id.value() + 100)));

  // Without optional fields, nothing appears from nowhere.
  KnowledgeItem bare = item("bare", "Bare");
  bare.author.reset();
  bare.content.countries.clear();
  bare.content.regions.clear();
  ItemId bare_id = create(bare);
  KnowledgeItem bare_back = stored(bare_id);
  EXPECT_EQ(bare_back.content, bare.content);
  EXPECT_FALSE(bare_back.author);
  EXPECT_FALSE(bare_back.published_at);
}

TEST_F(KnowledgeContract, a_change_writes_its_audit_line_and_a_refused_one_writes_none) {
  ItemId id = create(item("cluster-vouchers", "Cluster vouchers"));
  std::string target = "knowledge:" + std::to_string(id.value());
  EXPECT_EQ(audit_lines(), std::vector<std::string>{"knowledge.test " + target});
  ASSERT_FALSE(repository_->create(item("cluster-vouchers", "Other"), "created", {}, kAudit));
  auto edit = kAudit;
  edit.action = "knowledge.edited";
  edit.target = target;
  EXPECT_FALSE(*repository_->update(stored(id), 7, "stale", {}, edit));  // not at revision 7
  ASSERT_TRUE(*repository_->update(stored(id), 1, "edited", {}, edit));
  EXPECT_EQ(audit_lines(), (std::vector<std::string>{"knowledge.test " + target, "knowledge.edited " + target}));
}

TEST_F(KnowledgeContract, a_taken_slug_is_a_conflict_and_stores_nothing) {
  ItemId first = create(item("cluster-vouchers", "Cluster vouchers"),
                        index_of({{"en", "title", "cluster voucher"}}));
  auto again = repository_->create(item("cluster-vouchers", "Other"), "created",
                                   index_of({{"en", "title", "other"}}), kAudit);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(again.error().field, "slug");
  EXPECT_EQ(repository_->list(everything(), "date", 10, 0)->second, 1u);
  EXPECT_EQ(statistics({"other"}).document_frequency.at("other"), 0u);
  EXPECT_EQ(statistics({}).documents, 1u);

  ItemId second = create(item("other", "Other"));
  KnowledgeItem renamed = stored(second);
  renamed.content.slug = "cluster-vouchers";
  auto update = repository_->update(renamed, 1, "renamed", {}, kAudit);
  ASSERT_FALSE(update);
  EXPECT_EQ(update.error().kind, ErrorKind::conflict);
  EXPECT_EQ(update.error().field, "slug");
  EXPECT_EQ(stored(second).content.slug, "other");
  EXPECT_EQ(stored(second).revision, 1);
  EXPECT_EQ(stored(first).content.slug, "cluster-vouchers");
}

TEST_F(KnowledgeContract,
       of_two_saves_from_one_revision_the_second_returns_false_and_stores_nothing) {
  ItemId id = create(item("smart-spec", "Smart specialisation"),
                     index_of({{"en", "title", "smart special"}}));
  KnowledgeItem mine = stored(id), theirs = stored(id);
  mine.content.texts[0].title = "Smart specialisation strategy";
  mine.updated_at = 2000;
  theirs.content.texts[0].title = "Something else";
  theirs.content.areas = {"WG5"};
  theirs.updated_at = 2001;

  auto saved =
      repository_->update(mine, 1, "edited", index_of({{"en", "title", "smart special strategi"}}), kAudit);
  ASSERT_TRUE(saved) << saved.error().detail;
  EXPECT_TRUE(*saved);
  auto late =
      repository_->update(theirs, 1, "edited too", index_of({{"en", "title", "someth els"}}), kAudit);
  ASSERT_TRUE(late) << late.error().detail;
  EXPECT_FALSE(*late);

  KnowledgeItem now = stored(id);
  EXPECT_EQ(now.revision, 2);
  EXPECT_EQ(now.content, mine.content);
  EXPECT_EQ(now.updated_at, 2000);
  EXPECT_EQ(repository_->revisions(id)->size(), 2u);
  EXPECT_EQ(candidate_ids({"strategi"}), std::vector<ItemId>{id});
  EXPECT_TRUE(candidate_ids({"els"}).empty());
  EXPECT_EQ(statistics({"els"}).document_frequency.at("els"), 0u);
}

TEST_F(KnowledgeContract, revisions_come_newest_first_with_their_exact_content) {
  KnowledgeItem it = item("triple-helix", "Triple helix", ItemStatus::draft, kAna);
  it.content.budget = Budget{1000.5, "RON", 0.2011, "2024-01-02"};
  ItemId id = create(it);
  KnowledgeItem first = stored(id);

  KnowledgeItem second = first;
  second.content.texts.push_back(text("ro", "Elicea triplă", Translation::human));
  second.content.budget.reset();
  second.status = ItemStatus::in_review;
  second.author = kBogdan;
  second.author_name = "Bogdan";
  second.updated_at = 5000;
  ASSERT_TRUE(*repository_->update(second, 1, "translated", {}, kAudit));

  auto revisions = repository_->revisions(id);
  ASSERT_TRUE(revisions) << revisions.error().detail;
  ASSERT_EQ(revisions->size(), 2u);
  const Revision& newest = (*revisions)[0];
  EXPECT_EQ(newest.number, 2);
  EXPECT_EQ(newest.note, "translated");
  EXPECT_EQ(newest.author, kBogdan);
  EXPECT_EQ(newest.author_name, "Bogdan");
  EXPECT_EQ(newest.saved_at, 5000);
  EXPECT_EQ(newest.status, ItemStatus::in_review);
  EXPECT_EQ(newest.content, second.content);
  const Revision& oldest = (*revisions)[1];
  EXPECT_EQ(oldest.number, 1);
  EXPECT_EQ(oldest.note, "created");
  EXPECT_EQ(oldest.author, kAna);
  EXPECT_EQ(oldest.status, ItemStatus::draft);
  EXPECT_EQ(oldest.content, it.content);  // budget and all, ready to be restored
  EXPECT_TRUE(repository_->revisions(ItemId(id.value() + 1))->empty());
}

TEST_F(KnowledgeContract, the_index_finds_terms_of_any_language_version_and_follows_every_save) {
  KnowledgeItem it = item("klaster", "Cluster policy");
  it.content.texts.push_back(text("bg", "Клъстерна политика", Translation::human));
  ItemId id = create(it, index_of({{"en", "title", "cluster polici"},
                                   {"en", "body", "c_cluster_policy cluster support"},
                                   {"bg", "title", "клъстерн политик"},
                                   {"bg", "body", "c_cluster_policy"}}));
  ItemId other =
      create(item("other", "Innovation vouchers"),
             index_of({{"en", "title", "innov voucher"}, {"en", "body", "cluster voucher"}}));

  EXPECT_EQ(candidate_ids({"политик"}), std::vector<ItemId>{id});  // only in the Bulgarian version
  EXPECT_EQ(candidate_ids({"c_cluster_policy"}), std::vector<ItemId>{id});
  EXPECT_EQ(candidate_ids({"c_cluster"}), std::vector<ItemId>{});  // '_' is part of the term
  auto both = candidate_ids({"voucher", "клъстерн"});
  std::sort(both.begin(), both.end());
  EXPECT_EQ(both, (std::vector<ItemId>{id, other}));
  EXPECT_TRUE(candidate_ids({"nothing"}).empty());
  EXPECT_TRUE(
      candidate_ids({"\" OR x", "a' | 'b", "*", ""}).empty());  // no query syntax gets through

  auto fields = fields_of(id);
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[2].language, "bg");
  EXPECT_EQ(fields[2].field, "title");
  EXPECT_EQ(fields[2].terms, "клъстерн политик");

  // Documents are language versions, their lengths weighted (title 3, body 1): en 2×3 + 3,
  // bg 2×3 + 1, other's en 2×3 + 2.
  auto stats = statistics({"cluster", "c_cluster_policy", "политик", "absent"});
  EXPECT_EQ(stats.documents, 3u);
  EXPECT_DOUBLE_EQ(stats.average_length, 24.0 / 3.0);
  EXPECT_EQ(stats.document_frequency.at("cluster"), 2u);  // twice in one version counts once
  EXPECT_EQ(stats.document_frequency.at("c_cluster_policy"), 2u);
  EXPECT_EQ(stats.document_frequency.at("политик"), 1u);
  EXPECT_EQ(stats.document_frequency.at("absent"), 0u);

  KnowledgeItem changed = stored(id);
  changed.content.texts.pop_back();
  ASSERT_TRUE(*repository_->update(changed, 1, "Bulgarian text dropped",
                                   index_of({{"en", "title", "cluster polici"}}), kAudit));
  EXPECT_TRUE(candidate_ids({"политик"}).empty());
  EXPECT_TRUE(candidate_ids({"c_cluster_policy"}).empty());
  stats = statistics({"cluster", "c_cluster_policy", "политик", "polici"});
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_DOUBLE_EQ(stats.average_length, (6.0 + 8.0) / 2.0);
  EXPECT_EQ(stats.document_frequency.at("cluster"), 2u);
  EXPECT_EQ(stats.document_frequency.at("c_cluster_policy"), 0u);
  EXPECT_EQ(stats.document_frequency.at("политик"), 0u);
  EXPECT_EQ(stats.document_frequency.at("polici"), 1u);

  ASSERT_TRUE(repository_->remove(other, kAudit));
  stats = statistics({"cluster", "voucher"});
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_DOUBLE_EQ(stats.average_length, 6.0);
  EXPECT_EQ(stats.document_frequency.at("cluster"), 1u);
  EXPECT_EQ(stats.document_frequency.at("voucher"), 0u);
  EXPECT_TRUE(candidate_ids({"voucher"}).empty());
  ASSERT_TRUE(repository_->remove(id, kAudit));
  stats = statistics({"cluster"});
  EXPECT_EQ(stats.documents, 0u);
  EXPECT_EQ(stats.average_length, 0.0);
  EXPECT_EQ(stats.document_frequency.at("cluster"), 0u);
}

TEST_F(KnowledgeContract,
       listings_and_candidates_show_unpublished_items_only_to_their_author_and_area_reviewers) {
  ItemId published = create(item("published", "Published", ItemStatus::published, kCleo, {"WG1"}),
                            index_of({{"en", "title", "cluster"}}));
  ItemId own_draft = create(item("own-draft", "Own draft", ItemStatus::draft, kAna, {"WG1"}),
                            index_of({{"en", "title", "cluster"}}));
  ItemId others_draft =
      create(item("others-draft", "Others draft", ItemStatus::draft, kBogdan, {"WG1"}),
             index_of({{"en", "title", "cluster"}}));
  ItemId in_my_area =
      create(item("in-review", "In review", ItemStatus::in_review, kBogdan, {"WG1", "WG3"}),
             index_of({{"en", "title", "cluster"}}));
  ItemId archived = create(item("archived", "Archived", ItemStatus::archived, kCleo, {"WG2"}),
                           index_of({{"en", "title", "cluster"}}));

  auto sorted = [](std::vector<ItemId> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  auto listed = [&](const ItemFilter& f) {
    return sorted(ids_of(repository_->list(f, "date", 50, 0)->first));
  };

  EXPECT_EQ(listed(published_only()), std::vector<ItemId>{published});

  ItemFilter ana;  // a member who coordinates WG3
  ana.statuses = {ItemStatus::draft, ItemStatus::in_review, ItemStatus::published};
  ana.unpublished_author = kAna;
  ana.unpublished_areas = {"WG3"};
  EXPECT_EQ(listed(ana), (std::vector<ItemId>{published, own_draft, in_my_area}));
  EXPECT_EQ(sorted(candidate_ids({"cluster"}, ana)),
            (std::vector<ItemId>{published, own_draft, in_my_area}));

  ItemFilter lead = everything();
  EXPECT_EQ(listed(lead),
            (std::vector<ItemId>{published, own_draft, others_draft, in_my_area, archived}));

  ItemFilter mine = ana;
  mine.author = kAna;
  EXPECT_EQ(listed(mine), std::vector<ItemId>{own_draft});
  ItemFilter wg2 = lead;
  wg2.area = "WG2";
  EXPECT_EQ(listed(wg2), std::vector<ItemId>{archived});
  ItemFilter reviewing = lead;
  reviewing.status = ItemStatus::in_review;
  EXPECT_EQ(listed(reviewing), std::vector<ItemId>{in_my_area});
  ItemFilter nothing;  // no statuses: nothing
  EXPECT_TRUE(listed(nothing).empty());
}

TEST_F(KnowledgeContract, facet_fields_filter_and_facets_count_the_items_a_query_matches) {
  KnowledgeItem a = item("a", "A", ItemStatus::published, kAna, {"WG1", "WG2"});
  a.content.kind = Kind::programme;
  a.content.instrument = Instrument::grants;
  a.content.timeframe = Timeframe::past;
  a.content.countries = {"RO", "BG"};
  a.content.regions = {"RO21", "BG41"};
  a.content.texts.push_back(text("ro", "A ro", Translation::human));
  KnowledgeItem b = item("b", "B", ItemStatus::published, kAna, {"WG1"});
  b.content.instrument = Instrument::grants;
  KnowledgeItem c = item("c", "C", ItemStatus::draft, kBogdan, {"WG2"});
  c.content.countries = {"EL"};
  c.content.regions = {"EL30"};
  ItemId ia = create(a), ib = create(b), ic = create(c);

  auto facets = repository_->facets(everything());
  ASSERT_TRUE(facets) << facets.error().detail;
  FacetCounts& f = *facets;
  EXPECT_EQ(f["area"], (std::map<std::string, std::size_t>{{"WG1", 2}, {"WG2", 2}}));
  EXPECT_EQ(f["kind"],
            (std::map<std::string, std::size_t>{{"programme", 1}, {"good_practice", 2}}));
  EXPECT_EQ(f["country"], (std::map<std::string, std::size_t>{{"RO", 2}, {"BG", 1}, {"EL", 1}}));
  EXPECT_EQ(f["region"],
            (std::map<std::string, std::size_t>{{"RO21", 2}, {"BG41", 1}, {"EL30", 1}}));
  EXPECT_EQ(f["timeframe"], (std::map<std::string, std::size_t>{{"past", 1}, {"current", 2}}));
  EXPECT_EQ(f["instrument"], (std::map<std::string, std::size_t>{{"grants", 2}}));
  EXPECT_EQ(f["language"], (std::map<std::string, std::size_t>{{"en", 3}, {"ro", 1}}));
  EXPECT_EQ(f["status"], (std::map<std::string, std::size_t>{{"published", 2}, {"draft", 1}}));

  auto visible = repository_->facets(published_only());
  EXPECT_EQ((*visible)["area"], (std::map<std::string, std::size_t>{{"WG1", 2}, {"WG2", 1}}));
  EXPECT_EQ((*visible)["status"], (std::map<std::string, std::size_t>{{"published", 2}}));

  // A search counts the same facets over its matches, from the index in memory.
  ItemId id_a = ia, id_c = ic;
  ASSERT_TRUE(*repository_->update(stored(id_a), 1, "indexed", index_of({{"en", "title", "match"}}), kAudit));
  ASSERT_TRUE(*repository_->update(stored(id_c), 1, "indexed", index_of({{"en", "title", "match"}}), kAudit));
  auto matches = ranked({"match"});
  EXPECT_EQ(matches.items.size(), 2u);
  EXPECT_EQ(matches.facets["area"], (std::map<std::string, std::size_t>{{"WG1", 1}, {"WG2", 2}}));
  EXPECT_EQ(matches.facets["instrument"], (std::map<std::string, std::size_t>{{"grants", 1}}));
  EXPECT_EQ(matches.facets["language"], (std::map<std::string, std::size_t>{{"en", 2}, {"ro", 1}}));
  EXPECT_EQ(matches.facets["region"], (std::map<std::string, std::size_t>{{"RO21", 1}, {"BG41", 1}, {"EL30", 1}}));
  EXPECT_EQ(matches.facets["status"], (std::map<std::string, std::size_t>{{"published", 1}, {"draft", 1}}));
  EXPECT_TRUE(ranked({"match"}, published_only()).facets["region"].count("EL30") == 0);
  EXPECT_TRUE(ranked({"nothing"}).facets["area"].empty());

  auto list = [&](ItemFilter filter) {
    return ids_of(repository_->list(filter, "title", 10, 0)->first);
  };
  ItemFilter by = everything();
  by.country = "BG";
  EXPECT_EQ(list(by), std::vector<ItemId>{ia});
  by = everything();
  by.region = "EL30";
  EXPECT_EQ(list(by), std::vector<ItemId>{ic});
  by = everything();
  by.language = "ro";
  EXPECT_EQ(list(by), std::vector<ItemId>{ia});
  by = everything();
  by.kind = Kind::good_practice;
  EXPECT_EQ(list(by), (std::vector<ItemId>{ib, ic}));
  by = everything();
  by.instrument = Instrument::grants;
  by.timeframe = Timeframe::current;
  EXPECT_EQ(list(by), std::vector<ItemId>{ib});
}

TEST_F(KnowledgeContract, listings_order_by_date_or_title_and_come_in_pages) {
  std::vector<ItemId> ids;
  const char* titles[] = {"delta", "Alpha", "charlie", "Bravo",
                          "Ελλάδα"};  // Ελλάδα folds to ellada
  for (int i = 0; i < 5; ++i) {
    KnowledgeItem it = item("item-" + std::to_string(i), titles[i]);
    it.updated_at = 1000 + (i % 3);  // ties broken by id, newest first
    ids.push_back(create(it));
  }
  auto page = repository_->list(published_only(), "date", 2, 0);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->second, 5u);
  EXPECT_EQ(ids_of(page->first), (std::vector<ItemId>{ids[2], ids[4]}));
  EXPECT_EQ(ids_of(repository_->list(published_only(), "date", 2, 2)->first),
            (std::vector<ItemId>{ids[1], ids[3]}));
  EXPECT_EQ(ids_of(repository_->list(published_only(), "date", 2, 4)->first),
            std::vector<ItemId>{ids[0]});
  EXPECT_EQ(ids_of(repository_->list(published_only(), "title", 10, 0)->first),
            (std::vector<ItemId>{ids[1], ids[3], ids[2], ids[0], ids[4]}));
  auto last = repository_->list(published_only(), "title", 10, 4);
  EXPECT_EQ(last->second, 5u);
  EXPECT_EQ(last->first.size(), 1u);
  EXPECT_EQ(repository_->list(published_only(), "popularity", 10, 0).error().field, "order");

  auto some = repository_->items({ids[3], ItemId(9999), ids[0]});
  ASSERT_TRUE(some);
  EXPECT_EQ(ids_of(*some),
            (std::vector<ItemId>{ids[3], ids[0]}));  // as asked, missing ones left out
  EXPECT_EQ(some->front().content.texts.front().title, "Bravo");
}

TEST_F(KnowledgeContract, comments_list_oldest_first_and_hide_with_a_reason) {
  ItemId id = create(item("commented", "Commented"));
  Comment first{CommentId(), id, kBogdan, "Bogdan", "Very useful — благодаря!", 100, false, ""};
  Comment second{CommentId(), id, std::nullopt, "A visitor", "Spam", 200, false, ""};
  auto c2 = repository_->add_comment(second, kAudit);
  auto c1 = repository_->add_comment(first, kAudit);
  ASSERT_TRUE(c1 && c2);
  ASSERT_TRUE(*repository_->hide_comment(*c2, "advertising", kAudit));
  EXPECT_FALSE(*repository_->hide_comment(CommentId(c1->value() + c2->value() + 10), "nothing", kAudit));

  auto all = repository_->comments(id);
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].id, *c1);
  EXPECT_EQ((*all)[0].item, id);
  EXPECT_EQ((*all)[0].author, kBogdan);
  EXPECT_EQ((*all)[0].body, "Very useful — благодаря!");
  EXPECT_EQ((*all)[0].created_at, 100);
  EXPECT_FALSE((*all)[0].hidden);
  EXPECT_EQ((*all)[1].id, *c2);
  EXPECT_FALSE((*all)[1].author);
  EXPECT_TRUE((*all)[1].hidden);
  EXPECT_EQ((*all)[1].hidden_reason, "advertising");
}

TEST_F(KnowledgeContract, a_machine_translation_is_kept_one_per_language_apart_from_the_item_and_its_index) {
  ItemId id = create(item("translated", "Kluster"), index_of({{"en", "title", "kluster"}}));
  long long changes = *repository_->search_version();
  MachineTranslation t;
  t.item = id;
  t.text = {"sr", "Кластер", "Кратак опис", "", "", "", "", Translation::machine};
  t.source_language = "en";
  t.source_title = "Kluster";
  t.source_summary = "Summary";
  t.revision = 1;
  t.engine = "Apertium 3.8.3 eng-hbs";
  t.requested_by = kBogdan;
  t.made_at = 2000;
  ASSERT_TRUE(repository_->save_machine_translation(t, kAudit));
  auto kept = repository_->machine_translations(id);
  ASSERT_TRUE(kept);
  ASSERT_EQ(kept->size(), 1u);
  const MachineTranslation& back = kept->front();
  EXPECT_EQ(back.item, id);
  EXPECT_EQ(back.text, t.text);
  EXPECT_EQ(back.source_language, "en");
  EXPECT_EQ(back.source_title, "Kluster");
  EXPECT_EQ(back.source_summary, "Summary");
  EXPECT_EQ(back.revision, 1);
  EXPECT_EQ(back.engine, t.engine);
  EXPECT_EQ(back.requested_by, kBogdan);
  EXPECT_EQ(back.made_at, 2000);
  // Made again: replaced, not added; the item, its revisions and its index rows are untouched.
  t.text.title = "Кластер 2";
  t.requested_by.reset();
  ASSERT_TRUE(repository_->save_machine_translation(t, kAudit));
  kept = repository_->machine_translations(id);
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ(kept->front().text.title, "Кластер 2");
  EXPECT_FALSE(kept->front().requested_by);
  EXPECT_EQ(stored(id).content.texts.size(), 1u);
  EXPECT_EQ(stored(id).revision, 1);
  EXPECT_EQ(*repository_->search_version(), changes);
  EXPECT_EQ(fields_of(id).size(), 1u);
  EXPECT_EQ(audit_lines().size(), 3u);  // the item, and each translation
  // None for an item that does not exist.
  t.item = ItemId(id.value() + 1000);
  EXPECT_EQ(repository_->save_machine_translation(t, kAudit).error().kind, ErrorKind::not_found);
  EXPECT_TRUE(repository_->machine_translations(t.item)->empty());
}

TEST_F(KnowledgeContract, removing_an_item_removes_everything_it_had) {
  KnowledgeItem it = item("gone", "Gone");
  it.content.sectors = {"16"};
  it.content.texts.push_back(text("ro", "Dispărut", Translation::human));
  ItemId id = create(it, index_of({{"en", "title", "gone"}, {"ro", "title", "disparut"}}));
  ItemId kept = create(item("kept", "Kept"), index_of({{"en", "title", "kept"}}));
  ASSERT_TRUE(*repository_->update(stored(id), 1, "again", index_of({{"en", "title", "gone"}}), kAudit));
  ASSERT_TRUE(repository_->add_comment({CommentId(), id, kAna, "Ana", "Hi", 1, false, ""}, kAudit));
  MachineTranslation machine;
  machine.item = id;
  machine.text = {"de", "Weg", "Zusammenfassung", "", "", "", "", Translation::machine};
  machine.source_language = "en";
  machine.engine = "test";
  ASSERT_TRUE(repository_->save_machine_translation(machine, kAudit));
  auto epoch = [&] {
    long long v = 0;
    (void)database_->db().with_session(
        [&](soci::session& s) { s << "SELECT version FROM data_epoch", soci::into(v); });
    return v;
  };
  long long before = epoch();

  ASSERT_TRUE(repository_->remove(id, kAudit));
  EXPECT_GT(epoch(), before);  // cached pages drop
  EXPECT_FALSE(*repository_->find(id));
  for (const char* table :
       {"knowledge_texts", "knowledge_item_areas", "knowledge_item_countries",
        "knowledge_item_regions", "knowledge_item_sectors", "knowledge_revisions", "knowledge_comments",
        "knowledge_index", "knowledge_machine_translations"})
    EXPECT_EQ(count_rows(table, id), 0) << table;
  EXPECT_TRUE(candidate_ids({"gone"}).empty());
  EXPECT_EQ(candidate_ids({"kept"}), std::vector<ItemId>{kept});
  EXPECT_EQ(statistics({}).documents, 1u);
  EXPECT_EQ(repository_->remove(id, kAudit).error().kind, ErrorKind::not_found);
}

TEST_F(KnowledgeContract,
       attachments_round_trip_and_their_index_rows_follow_adds_removes_and_item_saves) {
  ItemId id = create(item("with-files", "With files"), index_of({{"en", "title", "file"}}));
  ItemId other = create(item("without", "Without"), index_of({{"en", "title", "other"}}));
  Attachment a;
  a.item = id;
  a.sha256 = std::string(64, 'a');
  a.file_name = "Studiu „voucher”.pdf";
  a.media_type = "application/pdf";
  a.size = 1234;
  a.extracted_text = "Voucher study text";
  a.uploaded_by = kBogdan;
  a.uploaded_at = 2000;
  auto added = repository_->add_attachment(a, index_of({{"en", "attachment", "voucher studi"}}), kAudit);
  ASSERT_TRUE(added) << added.error().detail;
  auto all = repository_->attachments(id);
  ASSERT_TRUE(all && all->size() == 1);
  const Attachment& back = all->front();
  EXPECT_EQ(back.id, *added);
  EXPECT_EQ(back.item, id);
  EXPECT_EQ(back.sha256, a.sha256);
  EXPECT_EQ(back.file_name, a.file_name);
  EXPECT_EQ(back.media_type, a.media_type);
  EXPECT_EQ(back.size, 1234);
  EXPECT_EQ(back.extracted_text, a.extracted_text);
  EXPECT_EQ(back.uploaded_by, kBogdan);
  EXPECT_EQ(back.uploaded_at, 2000);
  EXPECT_TRUE(repository_->attachments(other)->empty());
  EXPECT_EQ(candidate_ids({"studi"}), std::vector<ItemId>{id});
  auto stats = statistics({"studi", "file"});
  EXPECT_EQ(stats.documents, 2u);  // the attachment's text belongs to the en version
  EXPECT_EQ(stats.document_frequency.at("studi"), 1u);

  // An item save rewrites the texts' rows and keeps the attachment's, in the new original language.
  KnowledgeItem changed = stored(id);
  changed.content.original_language = "ro";
  changed.content.texts = {text("ro", "Cu fișiere")};
  ASSERT_TRUE(
      *repository_->update(changed, 1, "now Romanian", index_of({{"ro", "title", "fisier"}}), kAudit));
  EXPECT_TRUE(candidate_ids({"file"}).empty());
  EXPECT_EQ(candidate_ids({"studi"}), std::vector<ItemId>{id});
  for (const auto& f : fields_of(id)) EXPECT_EQ(f.language, "ro") << f.field;
  stats = statistics({"studi", "fisier"});
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_DOUBLE_EQ(stats.average_length, (3.0 + 2 * 0.5 + 3.0) / 2.0);  // title 3, attachment 0.5

  // A second attachment, then the first removed: its rows go, the second's stay.
  Attachment b = a;
  b.sha256 = std::string(64, 'b');
  b.file_name = "table.xlsx";
  b.extracted_text = "Turism";
  auto second = repository_->add_attachment(
      b, index_of({{"ro", "attachment", "voucher studi"}, {"ro", "attachment", "turism"}}), kAudit);
  ASSERT_TRUE(second);
  EXPECT_EQ(repository_->attachments(id)->size(), 2u);
  EXPECT_FALSE(*repository_->remove_attachment(other, *added, {}, kAudit));  // not that item's
  ASSERT_TRUE(
      *repository_->remove_attachment(id, *added, index_of({{"ro", "attachment", "turism"}}), kAudit));
  EXPECT_TRUE(candidate_ids({"studi"}).empty());
  EXPECT_EQ(candidate_ids({"turism"}), std::vector<ItemId>{id});
  EXPECT_EQ(candidate_ids({"fisier"}), std::vector<ItemId>{id});
  EXPECT_EQ(statistics({"studi"}).document_frequency.at("studi"), 0u);
  EXPECT_FALSE(*repository_->remove_attachment(id, *added, {}, kAudit));  // already gone

  // Attaching to a missing item stores nothing; removing the item removes its attachments.
  a.item = ItemId(999999);
  EXPECT_EQ(repository_->add_attachment(a, {}, kAudit).error().kind, ErrorKind::not_found);
  ASSERT_TRUE(repository_->remove(id, kAudit));
  EXPECT_EQ(count_rows("knowledge_attachments", id), 0);
  EXPECT_EQ(count_rows("knowledge_index", id), 0);
  EXPECT_TRUE(candidate_ids({"turism"}).empty());
  EXPECT_EQ(statistics({}).documents, 1u);
}

TEST_F(KnowledgeContract, two_thousand_items_index_and_query_in_reasonable_time) {
  using clock = std::chrono::steady_clock;
  const char* words[] = {"cluster", "innov",    "voucher", "export",  "digit",  "energi",
                         "tourism", "agrifood", "textil",  "automot", "logist", "research",
                         "train",   "skill",    "startup", "financ"};
  constexpr int kItems = 2000;
  auto started = clock::now();
  for (int i = 0; i < kItems; ++i) {
    KnowledgeItem it = item("item-" + std::to_string(i), "Item " + std::to_string(i),
                            i % 10 == 0 ? ItemStatus::draft : ItemStatus::published,
                            i % 2 ? kAna : kBogdan, {"WG" + std::to_string(1 + i % 6)});
    std::string body;
    for (int w = 0; w < 40; ++w)
      body += std::string(body.empty() ? "" : " ") + words[(i * 7 + w * 3) % 16];
    body += " item_" + std::to_string(i);
    auto id = repository_->create(
        it, "created",
        index_of({{"en", "title", "item " + std::to_string(i)}, {"en", "body", body}}), kAudit);
    ASSERT_TRUE(id) << id.error().detail;
  }
  auto indexed = clock::now();

  // The first search loads every item into the index; the next ones only read the counter.
  auto rare = ranked({"item_1234"}, published_only());
  ASSERT_EQ(rare.items.size(), 1u);
  auto loaded = clock::now();
  auto common = ranked({"cluster", "energi"}, published_only());
  EXPECT_EQ(common.items.size(), std::size_t(kItems - kItems / 10));  // every body has all 16 words
  EXPECT_EQ(common.stats.documents, std::size_t(kItems));
  EXPECT_EQ(common.stats.document_frequency.at("cluster"), std::size_t(kItems));
  auto stored_fields = repository_->indexed_fields({common.items.front().id, common.items.back().id});
  ASSERT_TRUE(stored_fields && stored_fields->size() == 2);
  for (const auto& c : *stored_fields) EXPECT_EQ(c.fields.size(), 2u);
  auto page = repository_->list(published_only(), "title", 20, 100);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->second, std::size_t(kItems - kItems / 10));
  auto facets = repository_->facets(published_only());
  ASSERT_TRUE(facets);
  EXPECT_EQ((*facets)["status"]["published"], std::size_t(kItems - kItems / 10));
  auto queried = clock::now();

  auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
  std::printf(
      "[ timing   ] %s: %d items stored in %lld ms, loaded into the search index in %lld ms; two "
      "searches, a page and facets in %lld ms\n",
      database_->backend().c_str(), kItems, static_cast<long long>(ms(indexed - started)),
      static_cast<long long>(ms(loaded - indexed)), static_cast<long long>(ms(queried - loaded)));
}

TEST_F(KnowledgeContract, create_all_stores_every_item_or_none) {
  ItemId taken = create(item("taken", "Taken"), index_of({{"en", "title", "taken"}}));
  std::vector<KnowledgeItem> batch{item("first", "First"), item("taken", "Again"), item("third", "Third")};
  std::vector<std::vector<IndexedField>> index{
      index_of({{"en", "title", "first"}}), index_of({{"en", "title", "again"}}), index_of({{"en", "title", "third"}})};
  auto refused = repository_->create_all(batch, "created", index, kAudit);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository_->list(everything(), "date", 10, 0)->second, 1u);
  EXPECT_FALSE(*repository_->find_by_slug("first"));
  EXPECT_TRUE(candidate_ids({"first"}).empty());

  batch[1].content.slug = "second";
  auto stored_ids = repository_->create_all(batch, "created", index, kAudit);
  ASSERT_TRUE(stored_ids) << stored_ids.error().detail;
  ASSERT_EQ(stored_ids->size(), 3u);
  EXPECT_EQ(stored((*stored_ids)[1]).content.slug, "second");
  EXPECT_EQ(candidate_ids({"third"}), std::vector<ItemId>{(*stored_ids)[2]});
  EXPECT_EQ(candidate_ids({"taken"}), std::vector<ItemId>{taken});
}

TEST_F(KnowledgeContract, missing_contact_names_the_contact_that_does_not_exist) {
  ItemInput in = item("contact", "Contact").content;
  EXPECT_EQ(*repository_->missing_contact(in), std::nullopt);
  in.contact_organisation = accounts::OrganisationId(1);
  in.contact_person = kBogdan;
  EXPECT_EQ(*repository_->missing_contact(in), std::nullopt);
  in.contact_person = accounts::UserId(4242);
  EXPECT_EQ(*repository_->missing_contact(in), std::optional<std::string>("contact_person"));
  in.contact_organisation = accounts::OrganisationId(4242);
  EXPECT_EQ(*repository_->missing_contact(in), std::optional<std::string>("contact_organisation"));
}

TEST_F(KnowledgeContract, an_item_index_is_replaced_whole_and_the_analysis_that_made_it_is_kept) {
  EXPECT_EQ(*repository_->index_analysis(), "");
  ItemId a = create(item("a", "A"), index_of({{"en", "title", "old stem"}}));
  Attachment file;
  file.item = a;
  file.sha256 = std::string(64, 'c');
  file.file_name = "a.pdf";
  file.media_type = "application/pdf";
  file.extracted_text = "text";
  ASSERT_TRUE(repository_->add_attachment(file, index_of({{"en", "attachment", "old attach"}}), kAudit));
  ItemId b = create(item("b", "B"), index_of({{"en", "title", "other"}}));
  EXPECT_EQ(*repository_->item_ids(), (std::vector<ItemId>{a, b}));
  EXPECT_EQ(candidate_ids({"attach"}), std::vector<ItemId>{a});

  ASSERT_TRUE(repository_->replace_index(a, index_of({{"en", "title", "new stem"}, {"en", "attachment", "new attach"}})));
  EXPECT_TRUE(candidate_ids({"old"}).empty());
  EXPECT_EQ(candidate_ids({"new"}), std::vector<ItemId>{a});
  EXPECT_EQ(fields_of(a).size(), 2u);
  EXPECT_EQ(candidate_ids({"other"}), std::vector<ItemId>{b});  // the other item's rows stay
  EXPECT_EQ(repository_->replace_index(ItemId(999999), {}).error().kind, ErrorKind::not_found);

  ASSERT_TRUE(repository_->set_index_analysis("analysis 2, thesaurus 0123"));
  EXPECT_EQ(*repository_->index_analysis(), "analysis 2, thesaurus 0123");
}

TEST_F(KnowledgeContract, sectors_round_trip_filter_list_count_and_stay_with_each_revision) {
  // The division table the items' sectors come from.
  auto table = database_->db().transaction([](soci::session& s) {
    s << "INSERT INTO cluster_categories (nace_division, section, category) VALUES "
         "('16', 'C', 'Wood Products'), ('29', 'C', 'Automotive'), ('55', 'I', 'Hospitality and Tourism')";
  });
  ASSERT_TRUE(table) << table.error().detail;
  auto sectors = repository_->sectors();
  ASSERT_TRUE(sectors) << sectors.error().detail;
  EXPECT_EQ(*sectors, (std::vector<Sector>{{"16", 'C', "Wood Products"},
                                           {"29", 'C', "Automotive"},
                                           {"55", 'I', "Hospitality and Tourism"}}));

  KnowledgeItem wood = item("wood", "Wood", ItemStatus::published);
  wood.content.sectors = {"16", "55"};
  KnowledgeItem cars = item("cars", "Cars", ItemStatus::published);
  cars.content.sectors = {"29"};
  KnowledgeItem none = item("none", "None", ItemStatus::published);
  ItemId iw = create(wood, index_of({{"en", "title", "cluster"}}));
  ItemId ic = create(cars, index_of({{"en", "title", "cluster"}}));
  ItemId in = create(none, index_of({{"en", "title", "cluster"}}));
  EXPECT_EQ(stored(iw).content.sectors, (std::vector<std::string>{"16", "55"}));
  EXPECT_EQ(stored(ic).content.sectors, (std::vector<std::string>{"29"}));
  EXPECT_TRUE(stored(in).content.sectors.empty());

  // Listings filter by a division, the facets count them, and so does the index in memory.
  ItemFilter by = everything();
  by.sector = "16";
  EXPECT_EQ(ids_of(repository_->list(by, "title", 10, 0)->first), std::vector<ItemId>{iw});
  EXPECT_EQ((*repository_->facets(everything()))["sector"],
            (std::map<std::string, std::size_t>{{"16", 1}, {"29", 1}, {"55", 1}}));
  EXPECT_EQ(candidate_ids({"cluster"}, by), std::vector<ItemId>{iw});
  EXPECT_EQ(ranked({"cluster"}).facets["sector"],
            (std::map<std::string, std::size_t>{{"16", 1}, {"29", 1}, {"55", 1}}));

  // A save replaces them; each revision keeps the sectors it was saved with.
  KnowledgeItem changed = stored(iw);
  changed.content.sectors = {"29"};
  changed.updated_at = 2000;
  ASSERT_TRUE(*repository_->update(changed, 1, "edited", index_of({{"en", "title", "cluster"}}), kAudit));
  EXPECT_EQ(stored(iw).content.sectors, (std::vector<std::string>{"29"}));
  EXPECT_EQ(count_rows("knowledge_item_sectors", iw), 1);
  auto revisions = repository_->revisions(iw);
  ASSERT_EQ(revisions->size(), 2u);
  EXPECT_EQ((*revisions)[0].content.sectors, (std::vector<std::string>{"29"}));
  EXPECT_EQ((*revisions)[1].content.sectors, (std::vector<std::string>{"16", "55"}));
  EXPECT_TRUE(repository_->list(by, "title", 10, 0)->first.empty());
  EXPECT_TRUE(candidate_ids({"cluster"}, by).empty());
  by.sector = "29";
  auto both = candidate_ids({"cluster"}, by);
  std::sort(both.begin(), both.end(), [](ItemId a, ItemId b) { return a.value() < b.value(); });
  EXPECT_EQ(both, (std::vector<ItemId>{iw, ic}));
}

}  // namespace cps::test
