// Pilots on both databases: a pilot comes back whole with its texts, organisations, regions,
// areas, transfers and need; optimistic header updates; the list's filters applied in SQL;
// the logframe replaced whole; indicators with unique codes, original targets and one value
// per period; milestones and risks within their pilot; one evaluation per stage; modification
// requests with their new targets and logframe; the database's own guards; and a failed
// transaction leaving nothing behind.
#include <gtest/gtest.h>

#include <algorithm>

#include "backend.hpp"
#include "storage/pilot_repository_sql.hpp"

namespace cps::test {

using namespace cps::pilot;

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3);
const accounts::OrganisationId kNordEst(1), kAttica(2), kBudapest(3);
constexpr std::int64_t kVouchers = 17, kFoodCluster = 18;

Pilot pilot(std::string region, accounts::OrganisationId lead = kNordEst, std::string starts = "2026-01-01",
            std::string ends = "2027-06-30") {
  Pilot p;
  p.texts = {{"en", "Cluster vouchers in " + region, "Vouchers for cluster members.", "A **pilot**.",
              "Twenty companies use vouchers."}};
  p.original_language = "en";
  p.lead = lead;
  p.regions = {RegionCode(std::move(region))};
  p.areas = {AreaCode("WG1")};
  p.status = PilotStatus::running;
  p.starts = std::move(starts);
  p.ends = std::move(ends);
  p.budget = EuroCents{12'345'67};
  p.created_by = kAna;
  p.created_at = 1000;
  p.updated_at = 1000;
  return p;
}

Indicator indicator(std::string code, Direction direction = Direction::higher_is_better) {
  Indicator i;
  i.code = std::move(code);
  i.name = "Companies using vouchers";
  i.kind = IndicatorKind::output;
  i.unit = Unit::companies;
  i.direction = direction;
  if (direction == Direction::lower_is_better) i.baseline = Measure{30, "2025-12-31"};
  i.target = Measure{direction == Direction::lower_is_better ? 10.0 : 20.0, "2027-06-30"};
  i.source = "Voucher register";
  return i;
}

IndicatorValue value(int period, double v, std::string comment = "") {
  return {period, v, "https://example.ro/raport-" + std::to_string(period) + ".pdf", std::move(comment), kBogdan,
          5000 + period};
}

std::vector<PilotId> ids_of(const std::vector<Pilot>& list) {
  std::vector<PilotId> out;
  for (const auto& p : list) out.push_back(p.id);
  return out;
}

LogframeEntry entry(LogframeLevel level, std::string code, std::optional<std::string> parent, std::string text,
                    int position = 0) {
  LogframeEntry e;
  e.level = level;
  e.code = std::move(code);
  e.parent_code = std::move(parent);
  e.text = std::move(text);
  e.assumptions = "Partners stay engaged.";
  e.position = position;
  return e;
}

// The entries as written, with the ids the database gave them cleared for comparison.
std::vector<LogframeEntry> without_ids(std::vector<LogframeEntry> entries) {
  for (auto& e : entries) e.id = LogframeId();
  return entries;
}

}  // namespace

class PilotContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::PilotRepositorySql>(database_->db());
    auto surroundings = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', 'EL30', 'project_partner', 'experienced', 0, 0), "
           "(3, 'budapest-agency', 'development_agency', 'HU', NULL, 'associated_partner', 'experienced', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES "
           "(1, 'ro', 'ADR Nord-Est'), (1, 'en', 'RDA North-East'), (2, 'el', 'Σύμπλεγμα Αττικής')";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', 1, 'active', 0, 0), (3, 'Cleo', 2, 'active', 0, 0)";
      s << "INSERT INTO knowledge_items (id, slug, kind, original_language, timeframe, status, revision, created_at, "
           "updated_at) VALUES (17, 'cluster-vouchers', 'instrument', 'hu', 'current', 'published', 1, 0, 0), "
           "(18, 'food-cluster', 'good_practice', 'el', 'past', 'published', 1, 0, 0)";
      s << "INSERT INTO knowledge_texts (item_id, language, position, title, translation) VALUES "
           "(17, 'hu', 0, 'Klaszter-utalványok', 'original'), (17, 'en', 1, 'Cluster vouchers', 'human'), "
           "(18, 'el', 0, 'Σύμπλεγμα τροφίμων', 'original')";
    });
    ASSERT_TRUE(surroundings) << surroundings.error().detail;
  }

  // Runs `work` in one transaction and expects it to succeed.
  void write(const std::function<Status(PilotStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  // Runs `work` in one transaction and returns what it failed with.
  Error failure(const std::function<Status(PilotStore&)>& work) {
    auto done = repository_->transaction(work);
    EXPECT_FALSE(done);
    return done ? Error{} : done.error();
  }

  // What `ask` returns, read outside a transaction.
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, PilotStore&> out;
    auto done = repository_->read([&](PilotStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  PilotId insert(const Pilot& p) {
    PilotId id;
    write([&](PilotStore& s) -> Status {
      auto inserted = s.insert_pilot(p);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  IndicatorId save(PilotId pilot, const Indicator& i) {
    IndicatorId id;
    write([&](PilotStore& s) -> Status {
      auto saved = s.save_indicator(pilot, i);
      if (!saved) return std::unexpected(saved.error());
      id = *saved;
      return {};
    });
    return id;
  }

  Pilot whole(PilotId id) {
    auto found = read([&](PilotStore& s) { return s.pilot(id); });
    EXPECT_TRUE(found && *found);
    return found && *found ? **found : Pilot{};
  }

  std::vector<Pilot> list(const PilotFilter& filter) {
    auto found = read([&](PilotStore& s) { return s.pilots(filter); });
    return found ? *found : std::vector<Pilot>{};
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::PilotRepositorySql> repository_;
};

TEST_F(PilotContract, a_pilot_comes_back_whole_with_its_texts_organisations_places_and_transfers) {
  Pilot p = pilot("RO21");
  p.texts.push_back({"ro", "Vouchere pentru clustere", "Vouchere.", "Un pilot, în română.", "Douăzeci de firme."});
  p.participants = {kBudapest, kAttica};
  p.regions = {RegionCode("RO21"), RegionCode("BG41")};
  p.areas = {AreaCode("WG4"), AreaCode("WG1")};  // read back in the areas' order
  p.transfers = {{kVouchers, RegionCode("HU11"), kBudapest, ""}, {kFoodCluster, std::nullopt, std::nullopt, ""}};
  p.need = NeedAnswered{RegionCode("RO21"), "WG4.2"};
  PilotId id = insert(p);
  ASSERT_TRUE(id.valid());

  Pilot back = whole(id);
  EXPECT_EQ(back.id, id);
  EXPECT_EQ(back.texts, p.texts);
  EXPECT_EQ(back.original_language, "en");
  EXPECT_EQ(back.lead, kNordEst);
  EXPECT_EQ(back.lead_name, "RDA North-East");  // English when the organisation has it
  EXPECT_EQ(back.participants, (std::vector<accounts::OrganisationId>{kBudapest, kAttica}));
  EXPECT_EQ(back.regions, (std::vector<RegionCode>{RegionCode("RO21"), RegionCode("BG41")}));
  EXPECT_EQ(back.areas, (std::vector<AreaCode>{AreaCode("WG1"), AreaCode("WG4")}));
  ASSERT_EQ(back.transfers.size(), 2u);
  EXPECT_EQ(back.transfers[0].item, kVouchers);
  EXPECT_EQ(back.transfers[0].from_region, RegionCode("HU11"));
  EXPECT_EQ(back.transfers[0].from_organisation, kBudapest);
  EXPECT_EQ(back.transfers[0].item_title, "Klaszter-utalványok");  // in the item's original language
  EXPECT_EQ(back.transfers[1].item, kFoodCluster);
  EXPECT_FALSE(back.transfers[1].from_region);
  EXPECT_FALSE(back.transfers[1].from_organisation);
  EXPECT_EQ(back.transfers[1].item_title, "Σύμπλεγμα τροφίμων");
  EXPECT_EQ(back.need, p.need);
  EXPECT_EQ(back.status, PilotStatus::running);
  EXPECT_EQ(back.starts, "2026-01-01");
  EXPECT_EQ(back.ends, "2027-06-30");
  EXPECT_EQ(back.budget, EuroCents{12'345'67});
  EXPECT_FALSE(back.original_budget);
  EXPECT_EQ(back.original_ends, "");
  EXPECT_EQ(back.baseline_version, 0);
  EXPECT_EQ(back.baseline_approved_at, 0);
  EXPECT_EQ(back.revision, 1);
  EXPECT_EQ(back.created_by, kAna);
  EXPECT_EQ(back.created_at, 1000);
  EXPECT_EQ(back.updated_at, 1000);
  EXPECT_TRUE(back.logframe.empty() && back.indicators.empty() && back.milestones.empty() && back.risks.empty() &&
              back.evaluations.empty() && back.modifications.empty());
  EXPECT_FALSE(*read([&](PilotStore& s) { return s.pilot(PilotId(id.value() + 100)); }));

  // A lead without an English name is named in its first language; one without a need has none.
  Pilot attica = pilot("EL30", kAttica);
  attica.created_by = std::nullopt;
  Pilot other = whole(insert(attica));
  EXPECT_EQ(other.lead_name, "Σύμπλεγμα Αττικής");
  EXPECT_FALSE(other.need);
  EXPECT_FALSE(other.created_by);
  EXPECT_EQ(whole(insert(pilot("HU11", kBudapest))).lead_name, "budapest-agency");
}

TEST_F(PilotContract, a_stale_revision_writes_nothing) {
  Pilot p = pilot("RO21");
  p.participants = {kAttica};
  p.transfers = {{kVouchers, std::nullopt, std::nullopt, ""}};
  PilotId id = insert(p);
  Pilot changed = whole(id);
  changed.texts[0].title = "Cluster vouchers, second round";
  changed.participants = {kBudapest};
  changed.regions = {RegionCode("RO21"), RegionCode("RO21")};  // a region given twice counts once
  changed.areas = {AreaCode("WG2")};
  changed.transfers = {{kFoodCluster, RegionCode("EL30"), kAttica, ""}};
  changed.need = NeedAnswered{RegionCode("RO21"), "WG2.1"};
  changed.status = PilotStatus::completed;
  changed.budget = EuroCents{20'000'00};
  changed.original_budget = EuroCents{12'345'67};
  changed.ends = "2027-12-31";
  changed.original_ends = "2027-06-30";
  changed.baseline_version = 2;
  changed.baseline_approved_at = 1500;
  changed.updated_at = 2000;
  write([&](PilotStore& s) -> Status {
    auto updated = s.update_pilot(changed, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return {};
  });
  Pilot back = whole(id);
  EXPECT_EQ(back.revision, 2);
  EXPECT_EQ(back.texts[0].title, "Cluster vouchers, second round");
  EXPECT_EQ(back.participants, std::vector<accounts::OrganisationId>{kBudapest});
  EXPECT_EQ(back.regions, std::vector<RegionCode>{RegionCode("RO21")});
  EXPECT_EQ(back.areas, std::vector<AreaCode>{AreaCode("WG2")});
  ASSERT_EQ(back.transfers.size(), 1u);
  EXPECT_EQ(back.transfers[0].item, kFoodCluster);
  EXPECT_EQ(back.need, changed.need);
  EXPECT_EQ(back.status, PilotStatus::completed);
  EXPECT_EQ(back.budget, EuroCents{20'000'00});
  EXPECT_EQ(back.original_budget, EuroCents{12'345'67});
  EXPECT_EQ(back.ends, "2027-12-31");
  EXPECT_EQ(back.original_ends, "2027-06-30");
  EXPECT_EQ(back.baseline_version, 2);
  EXPECT_EQ(back.baseline_approved_at, 1500);
  EXPECT_EQ(back.created_at, 1000);
  EXPECT_EQ(back.updated_at, 2000);

  // Somebody saved revision 2 meanwhile: a save from revision 1 changes nothing.
  Pilot stale = back;
  stale.texts[0].title = "Stale";
  stale.participants = {};
  stale.need = std::nullopt;
  write([&](PilotStore& s) -> Status {
    auto updated = s.update_pilot(stale, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_FALSE(*updated);
    return {};
  });
  Pilot unchanged = whole(id);
  EXPECT_EQ(unchanged.revision, 2);
  EXPECT_EQ(unchanged.texts[0].title, "Cluster vouchers, second round");
  EXPECT_EQ(unchanged.participants, std::vector<accounts::OrganisationId>{kBudapest});
  EXPECT_EQ(unchanged.need, changed.need);
}

TEST_F(PilotContract, pilots_are_filtered_and_ordered_newest_start_first_with_their_indicators) {
  Pilot ro = pilot("RO21", kNordEst, "2025-03-01");
  ro.areas = {AreaCode("WG1"), AreaCode("WG4")};
  ro.transfers = {{kVouchers, std::nullopt, std::nullopt, ""}};
  ro.status = PilotStatus::completed;
  PilotId ro_id = insert(ro);
  Pilot el = pilot("EL30", kAttica, "2026-02-01");
  el.participants = {kNordEst};
  el.areas = {AreaCode("WG2")};
  el.transfers = {{kVouchers, std::nullopt, std::nullopt, ""}, {kFoodCluster, std::nullopt, std::nullopt, ""}};
  PilotId el_id = insert(el);
  Pilot hu = pilot("HU11", kBudapest, "2026-09-01");
  hu.regions = {RegionCode("HU11"), RegionCode("RO21")};
  hu.areas = {AreaCode("WG4")};
  hu.status = PilotStatus::planned;
  PilotId hu_id = insert(hu);
  IndicatorId i = save(el_id, indicator("I1"));
  write([&](PilotStore& s) -> Status {
    if (auto r = s.save_value(i, value(2, 4)); !r) return r;
    if (auto r = s.save_value(i, value(1, 2)); !r) return r;
    if (auto r = s.replace_logframe(el_id, {entry(LogframeLevel::overall_objective, "OO", std::nullopt, "More")});
        !r)
      return r;
    auto m = s.save_milestone(el_id, {{}, "Launch", "2026-03-01", MilestoneStatus::open, "", ""});
    if (!m) return std::unexpected(m.error());
    return {};
  });

  EXPECT_EQ(ids_of(list({})), (std::vector<PilotId>{hu_id, el_id, ro_id}));
  EXPECT_EQ(ids_of(list({.area = AreaCode("WG4")})), (std::vector<PilotId>{hu_id, ro_id}));
  EXPECT_EQ(ids_of(list({.country = CountryCode("RO")})), (std::vector<PilotId>{hu_id, ro_id}));
  EXPECT_EQ(ids_of(list({.country = CountryCode("EL")})), std::vector<PilotId>{el_id});
  EXPECT_EQ(ids_of(list({.region = RegionCode("HU11")})), std::vector<PilotId>{hu_id});
  EXPECT_EQ(ids_of(list({.statuses = {PilotStatus::planned, PilotStatus::completed}})),
            (std::vector<PilotId>{hu_id, ro_id}));
  EXPECT_EQ(ids_of(list({.transfers = kVouchers})), (std::vector<PilotId>{el_id, ro_id}));
  EXPECT_EQ(ids_of(list({.transfers = kFoodCluster})), std::vector<PilotId>{el_id});
  // Led by the organisation or with it among the participants.
  EXPECT_EQ(ids_of(list({.organisation = kNordEst})), (std::vector<PilotId>{el_id, ro_id}));
  EXPECT_EQ(ids_of(list({.area = AreaCode("WG4"), .country = CountryCode("RO"), .statuses = {PilotStatus::running}})),
            std::vector<PilotId>{});
  EXPECT_TRUE(list({.region = RegionCode("BG41")}).empty());

  // Lists carry the lists and the indicators with their values, not the rest.
  auto found = list({.country = CountryCode("EL")});
  ASSERT_EQ(found.size(), 1u);
  const Pilot& p = found.front();
  EXPECT_EQ(p.lead_name, "Σύμπλεγμα Αττικής");
  EXPECT_EQ(p.participants, std::vector<accounts::OrganisationId>{kNordEst});
  EXPECT_EQ(p.transfers.size(), 2u);
  ASSERT_EQ(p.indicators.size(), 1u);
  ASSERT_EQ(p.indicators[0].values.size(), 2u);
  EXPECT_EQ(p.indicators[0].values[0].period, 1);  // oldest first
  EXPECT_EQ(p.indicators[0].values[1].period, 2);
  EXPECT_TRUE(p.logframe.empty());
  EXPECT_TRUE(p.milestones.empty());
}

TEST_F(PilotContract, the_logframe_is_replaced_whole_and_read_back_in_its_order) {
  PilotId id = insert(pilot("RO21"));
  std::vector<LogframeEntry> first = {entry(LogframeLevel::overall_objective, "OO", std::nullopt, "Competitive SMEs"),
                                      entry(LogframeLevel::specific_objective, "SO1", "OO", "Cooperation", 1),
                                      entry(LogframeLevel::result, "R1.1", "SO1", "Vouchers used", 2),
                                      entry(LogframeLevel::activity, "A1.1.1", "R1.1", "Call for vouchers", 3)};
  write([&](PilotStore& s) { return s.replace_logframe(id, first); });
  Pilot back = whole(id);
  EXPECT_EQ(without_ids(back.logframe), first);
  for (const auto& e : back.logframe) EXPECT_TRUE(e.id.valid());

  std::vector<LogframeEntry> second = {entry(LogframeLevel::overall_objective, "OO", std::nullopt, "Innovative SMEs"),
                                       entry(LogframeLevel::specific_objective, "SO2", "OO", "Skills"),
                                       entry(LogframeLevel::specific_objective, "SO1", "OO", "Cooperation")};
  write([&](PilotStore& s) { return s.replace_logframe(id, second); });
  EXPECT_EQ(without_ids(whole(id).logframe), second);  // equal positions: as given
  EXPECT_EQ(count("SELECT COUNT(*) FROM pilot_logframe"), 3);

  // The database refuses an entry below the overall objective without a parent, and a code twice.
  EXPECT_FALSE(repository_->transaction([&](PilotStore& s) {
    return s.replace_logframe(id, {entry(LogframeLevel::result, "R1", std::nullopt, "Orphan")});
  }));
  EXPECT_FALSE(repository_->transaction([&](PilotStore& s) {
    return s.replace_logframe(id, {entry(LogframeLevel::overall_objective, "OO", std::nullopt, "One"),
                                   entry(LogframeLevel::specific_objective, "OO", "OO", "Two")});
  }));
  EXPECT_EQ(without_ids(whole(id).logframe), second);
}

TEST_F(PilotContract, indicators_keep_unique_codes_original_targets_and_one_value_per_period) {
  PilotId id = insert(pilot("RO21"));
  PilotId other = insert(pilot("EL30", kAttica));
  Indicator companies = indicator("I1");
  companies.logframe_code = "R1.1";
  Indicator days = indicator("I2", Direction::lower_is_better);
  days.unit = Unit::days;
  days.kind = IndicatorKind::result;
  days.position = 1;
  IndicatorId i1 = save(id, companies);
  IndicatorId i2 = save(id, days);
  ASSERT_TRUE(i1.valid() && i2.valid());
  write([&](PilotStore& s) -> Status {
    if (auto r = s.save_value(i1, value(1, 5, "Slow start")); !r) return r;
    if (auto r = s.save_value(i1, value(2, 12)); !r) return r;
    return s.save_value(i2, value(1, 25.5));
  });

  Pilot back = whole(id);
  ASSERT_EQ(back.indicators.size(), 2u);
  const Indicator& a = back.indicators[0];
  EXPECT_EQ(a.id, i1);
  EXPECT_EQ(a.code, "I1");
  EXPECT_EQ(a.name, "Companies using vouchers");
  EXPECT_EQ(a.kind, IndicatorKind::output);
  EXPECT_EQ(a.unit, Unit::companies);
  EXPECT_EQ(a.direction, Direction::higher_is_better);
  EXPECT_FALSE(a.baseline);
  EXPECT_EQ(a.target, (Measure{20, "2027-06-30"}));
  EXPECT_FALSE(a.original_target);
  EXPECT_EQ(a.source, "Voucher register");
  EXPECT_EQ(a.logframe_code, "R1.1");
  EXPECT_EQ(a.values, (std::vector<IndicatorValue>{value(1, 5, "Slow start"), value(2, 12)}));
  const Indicator& b = back.indicators[1];
  EXPECT_EQ(b.direction, Direction::lower_is_better);
  EXPECT_EQ(b.baseline, (Measure{30, "2025-12-31"}));
  EXPECT_EQ(b.unit, Unit::days);
  EXPECT_FALSE(b.logframe_code);
  ASSERT_EQ(b.values.size(), 1u);
  EXPECT_DOUBLE_EQ(b.values[0].value, 25.5);

  // A value recorded again for its period replaces the first one.
  IndicatorValue again = value(2, 14, "Corrected");
  again.by = kCleo;
  write([&](PilotStore& s) { return s.save_value(i1, again); });
  EXPECT_EQ(whole(id).indicators[0].values, (std::vector<IndicatorValue>{value(1, 5, "Slow start"), again}));

  // A changed definition keeps the values; the original target stays beside the new one.
  Indicator changed = whole(id).indicators[0];
  changed.name = "Companies that used a voucher";
  changed.original_target = changed.target;
  changed.target = Measure{25, "2027-12-31"};
  EXPECT_EQ(save(id, changed), i1);
  Indicator stored = whole(id).indicators[0];
  EXPECT_EQ(stored.name, "Companies that used a voucher");
  EXPECT_EQ(stored.target, (Measure{25, "2027-12-31"}));
  EXPECT_EQ(stored.original_target, (Measure{20, "2027-06-30"}));
  EXPECT_EQ(stored.values.size(), 2u);

  // A code is unique in its pilot, not across pilots.
  Error taken = failure([&](PilotStore& s) -> Status {
    auto saved = s.save_indicator(id, indicator("I2"));
    if (!saved) return std::unexpected(saved.error());
    return {};
  });
  EXPECT_EQ(taken.kind, ErrorKind::conflict);
  EXPECT_EQ(taken.field, "code");
  Indicator renamed = whole(id).indicators[0];
  renamed.code = "I2";
  EXPECT_EQ(failure([&](PilotStore& s) -> Status {
              auto saved = s.save_indicator(id, renamed);
              if (!saved) return std::unexpected(saved.error());
              return {};
            }).field,
            "code");
  EXPECT_TRUE(save(other, indicator("I1")).valid());

  // Another pilot's indicator is not found through this one.
  Error elsewhere = failure([&](PilotStore& s) { return s.delete_indicator(other, i1); });
  EXPECT_EQ(elsewhere.kind, ErrorKind::not_found);
  Indicator foreign = stored;
  foreign.code = "I9";
  EXPECT_EQ(failure([&](PilotStore& s) -> Status {
              auto saved = s.save_indicator(other, foreign);
              if (!saved) return std::unexpected(saved.error());
              return {};
            }).kind,
            ErrorKind::not_found);

  // The database refuses a "lower is better" indicator without a baseline.
  Indicator no_baseline = indicator("I3", Direction::lower_is_better);
  no_baseline.baseline = std::nullopt;
  EXPECT_FALSE(repository_->transaction([&](PilotStore& s) -> Status {
    auto saved = s.save_indicator(id, no_baseline);
    if (!saved) return std::unexpected(saved.error());
    return {};
  }));

  // Removing an indicator removes its values.
  write([&](PilotStore& s) { return s.delete_indicator(id, i1); });
  back = whole(id);
  ASSERT_EQ(back.indicators.size(), 1u);
  EXPECT_EQ(back.indicators[0].id, i2);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pilot_indicator_values"), 1);
}

TEST_F(PilotContract, milestones_and_risks_are_saved_and_removed_within_their_pilot) {
  PilotId id = insert(pilot("RO21"));
  PilotId other = insert(pilot("EL30", kAttica));
  MilestoneId late, early;
  RiskId risk;
  write([&](PilotStore& s) -> Status {
    auto m1 = s.save_milestone(id, {{}, "First vouchers paid", "2026-09-30", MilestoneStatus::open, "", ""});
    if (!m1) return std::unexpected(m1.error());
    late = *m1;
    auto m2 = s.save_milestone(id, {{}, "Call opened", "2026-03-01", MilestoneStatus::reached, "2026-02-27", "Early"});
    if (!m2) return std::unexpected(m2.error());
    early = *m2;
    auto r = s.save_risk(id, {{}, "Few applicants", Level::high, Level::medium, "Promote in clusters", RiskStatus::open});
    if (!r) return std::unexpected(r.error());
    risk = *r;
    return {};
  });
  Pilot back = whole(id);
  ASSERT_EQ(back.milestones.size(), 2u);
  EXPECT_EQ(back.milestones[0].id, early);  // by due date
  EXPECT_EQ(back.milestones[0].title, "Call opened");
  EXPECT_EQ(back.milestones[0].due, "2026-03-01");
  EXPECT_EQ(back.milestones[0].status, MilestoneStatus::reached);
  EXPECT_EQ(back.milestones[0].reached_on, "2026-02-27");
  EXPECT_EQ(back.milestones[0].note, "Early");
  EXPECT_EQ(back.milestones[1].id, late);
  ASSERT_EQ(back.risks.size(), 1u);
  EXPECT_EQ(back.risks[0].id, risk);
  EXPECT_EQ(back.risks[0].description, "Few applicants");
  EXPECT_EQ(back.risks[0].likelihood, Level::high);
  EXPECT_EQ(back.risks[0].impact, Level::medium);
  EXPECT_EQ(back.risks[0].mitigation, "Promote in clusters");
  EXPECT_EQ(back.risks[0].status, RiskStatus::open);

  Milestone missed = back.milestones[1];
  missed.status = MilestoneStatus::missed;
  missed.note = "Payments delayed";
  Risk closed = back.risks[0];
  closed.status = RiskStatus::closed;
  closed.likelihood = Level::low;
  write([&](PilotStore& s) -> Status {
    auto m = s.save_milestone(id, missed);
    if (!m) return std::unexpected(m.error());
    EXPECT_EQ(*m, late);
    auto r = s.save_risk(id, closed);
    if (!r) return std::unexpected(r.error());
    EXPECT_EQ(*r, risk);
    return {};
  });
  back = whole(id);
  EXPECT_EQ(back.milestones[1].status, MilestoneStatus::missed);
  EXPECT_EQ(back.milestones[1].note, "Payments delayed");
  EXPECT_EQ(back.risks[0].status, RiskStatus::closed);
  EXPECT_EQ(back.risks[0].likelihood, Level::low);

  // Not through another pilot.
  EXPECT_EQ(failure([&](PilotStore& s) { return s.delete_milestone(other, late); }).kind, ErrorKind::not_found);
  EXPECT_EQ(failure([&](PilotStore& s) { return s.delete_risk(other, risk); }).kind, ErrorKind::not_found);
  EXPECT_EQ(failure([&](PilotStore& s) -> Status {
              auto m = s.save_milestone(other, missed);
              if (!m) return std::unexpected(m.error());
              return {};
            }).kind,
            ErrorKind::not_found);

  write([&](PilotStore& s) -> Status {
    if (auto r = s.delete_milestone(id, early); !r) return r;
    return s.delete_risk(id, risk);
  });
  back = whole(id);
  ASSERT_EQ(back.milestones.size(), 1u);
  EXPECT_EQ(back.milestones[0].id, late);
  EXPECT_TRUE(back.risks.empty());
}

TEST_F(PilotContract, one_evaluation_per_stage_with_a_score_per_criterion) {
  PilotId id = insert(pilot("RO21"));
  auto evaluation = [](EvaluationStage stage, int score, std::string lessons) {
    Evaluation e;
    e.stage = stage;
    for (auto c : kAllDacCriteria) e.scores.push_back({c, score, "Because " + std::to_string(score)});
    e.lessons = std::move(lessons);
    e.result = "18 of 20 companies used a voucher.";
    e.evaluator = kCleo;
    e.at = 8000 + score;
    return e;
  };
  EvaluationId final_id, mid_id;
  write([&](PilotStore& s) -> Status {
    auto f = s.save_evaluation(id, evaluation(EvaluationStage::final_evaluation, 4, "Keep the call **simple**."));
    if (!f) return std::unexpected(f.error());
    final_id = *f;
    auto m = s.save_evaluation(id, evaluation(EvaluationStage::mid_term, 3, "Start earlier."));
    if (!m) return std::unexpected(m.error());
    mid_id = *m;
    return {};
  });
  Pilot back = whole(id);
  ASSERT_EQ(back.evaluations.size(), 2u);
  const Evaluation& mid = back.evaluations[0];  // mid-term first
  EXPECT_EQ(mid.id, mid_id);
  EXPECT_EQ(mid.stage, EvaluationStage::mid_term);
  EXPECT_EQ(mid.lessons, "Start earlier.");
  EXPECT_EQ(mid.result, "18 of 20 companies used a voucher.");
  EXPECT_EQ(mid.evaluator, kCleo);
  EXPECT_EQ(mid.evaluator_name, "Cleo");
  EXPECT_EQ(mid.at, 8003);
  EXPECT_EQ(mid.scores, evaluation(EvaluationStage::mid_term, 3, "").scores);
  EXPECT_EQ(back.evaluations[1].id, final_id);
  EXPECT_EQ(back.evaluations[1].stage, EvaluationStage::final_evaluation);

  // Saving a stage again replaces its evaluation and scores.
  Evaluation again = evaluation(EvaluationStage::mid_term, 5, "Start much earlier.");
  std::reverse(again.scores.begin(), again.scores.end());  // read back in the criteria's order
  again.evaluator = std::nullopt;
  write([&](PilotStore& s) -> Status {
    auto m = s.save_evaluation(id, again);
    if (!m) return std::unexpected(m.error());
    EXPECT_EQ(*m, mid_id);
    return {};
  });
  back = whole(id);
  ASSERT_EQ(back.evaluations.size(), 2u);
  EXPECT_EQ(back.evaluations[0].lessons, "Start much earlier.");
  EXPECT_EQ(back.evaluations[0].scores, evaluation(EvaluationStage::mid_term, 5, "").scores);
  EXPECT_FALSE(back.evaluations[0].evaluator);
  EXPECT_EQ(back.evaluations[0].evaluator_name, "");
  EXPECT_EQ(count("SELECT COUNT(*) FROM pilot_evaluation_scores"), 12);

  // The database refuses a score outside 1-5.
  Evaluation out_of_scale = evaluation(EvaluationStage::final_evaluation, 6, "Too good.");
  EXPECT_FALSE(repository_->transaction([&](PilotStore& s) -> Status {
    auto saved = s.save_evaluation(id, out_of_scale);
    if (!saved) return std::unexpected(saved.error());
    return {};
  }));
  EXPECT_EQ(whole(id).evaluations[1].lessons, "Keep the call **simple**.");
}

TEST_F(PilotContract, modifications_keep_their_new_targets_budget_end_and_logframe_and_then_their_decision) {
  PilotId id = insert(pilot("RO21"));
  PilotId other = insert(pilot("EL30", kAttica));
  Modification targets_only;
  targets_only.reason = "The call attracted more companies.";
  targets_only.targets = {{"I2", {40, "2027-12-31"}}, {"I1", {25, "2027-06-30"}}};
  targets_only.requested_by = kAna;
  targets_only.requested_at = 9000;
  Modification everything;
  everything.reason = "A second call.";
  everything.budget = EuroCents{30'000'00};
  everything.ends = "2028-06-30";
  everything.logframe = std::vector<LogframeEntry>{
      entry(LogframeLevel::overall_objective, "OO", std::nullopt, "Competitive SMEs"),
      entry(LogframeLevel::specific_objective, "SO1", "OO", "Two calls", 1)};
  everything.requested_by = kBogdan;
  everything.requested_at = 9100;
  ModificationId first, second;
  write([&](PilotStore& s) -> Status {
    auto a = s.insert_modification(id, targets_only);
    if (!a) return std::unexpected(a.error());
    first = *a;
    auto b = s.insert_modification(id, everything);
    if (!b) return std::unexpected(b.error());
    second = *b;
    return {};
  });

  Pilot back = whole(id);
  ASSERT_EQ(back.modifications.size(), 2u);
  const Modification& a = back.modifications[0];  // oldest first
  EXPECT_EQ(a.id, first);
  EXPECT_EQ(a.reason, targets_only.reason);
  EXPECT_EQ(a.targets, targets_only.targets);
  EXPECT_FALSE(a.budget);
  EXPECT_FALSE(a.ends);
  EXPECT_FALSE(a.logframe);
  EXPECT_EQ(a.status, ModificationStatus::requested);
  EXPECT_EQ(a.requested_by, kAna);
  EXPECT_EQ(a.requested_at, 9000);
  EXPECT_FALSE(a.decided_by);
  EXPECT_EQ(a.decided_at, 0);
  EXPECT_EQ(a.version, 0);
  const Modification& b = back.modifications[1];
  EXPECT_EQ(b.id, second);
  EXPECT_TRUE(b.targets.empty());
  EXPECT_EQ(b.budget, EuroCents{30'000'00});
  EXPECT_EQ(b.ends, "2028-06-30");
  ASSERT_TRUE(b.logframe);
  EXPECT_EQ(*b.logframe, *everything.logframe);
  EXPECT_TRUE(back.logframe.empty());  // the pilot's own logframe is untouched

  Modification approved = a;
  approved.status = ModificationStatus::approved;
  approved.decided_by = kCleo;
  approved.decision_note = "Agreed by the steering committee.";
  approved.decided_at = 9500;
  approved.version = 2;
  Modification rejected = b;
  rejected.status = ModificationStatus::rejected;
  rejected.decided_by = kCleo;
  rejected.decision_note = "One call is enough.";
  rejected.decided_at = 9600;
  write([&](PilotStore& s) -> Status {
    if (auto r = s.update_modification(id, approved); !r) return r;
    return s.update_modification(id, rejected);
  });
  back = whole(id);
  EXPECT_EQ(back.modifications[0].status, ModificationStatus::approved);
  EXPECT_EQ(back.modifications[0].decided_by, kCleo);
  EXPECT_EQ(back.modifications[0].decision_note, "Agreed by the steering committee.");
  EXPECT_EQ(back.modifications[0].decided_at, 9500);
  EXPECT_EQ(back.modifications[0].version, 2);
  EXPECT_EQ(back.modifications[0].targets, targets_only.targets);
  EXPECT_EQ(back.modifications[1].status, ModificationStatus::rejected);
  EXPECT_EQ(back.modifications[1].decision_note, "One call is enough.");
  EXPECT_EQ(back.modifications[1].version, 0);

  EXPECT_EQ(failure([&](PilotStore& s) { return s.update_modification(other, approved); }).kind,
            ErrorKind::not_found);
  // Only an approved modification makes a baseline version.
  Modification versioned_rejection = rejected;
  versioned_rejection.version = 3;
  EXPECT_FALSE(repository_->transaction([&](PilotStore& s) { return s.update_modification(id, versioned_rejection); }));
}

TEST_F(PilotContract, the_database_guards_money_dates_and_the_need) {
  auto refused = [&](const Pilot& p) {
    return !repository_->transaction([&](PilotStore& s) -> Status {
      auto inserted = s.insert_pilot(p);
      if (!inserted) return std::unexpected(inserted.error());
      return {};
    });
  };
  Pilot negative = pilot("RO21");
  negative.budget = EuroCents{-1};
  EXPECT_TRUE(refused(negative));
  Pilot backwards = pilot("RO21", kNordEst, "2027-01-01", "2026-12-31");
  EXPECT_TRUE(refused(backwards));
  Pilot unknown_region = pilot("XX99");
  EXPECT_TRUE(refused(unknown_region));
  Pilot unknown_item = pilot("RO21");
  unknown_item.transfers = {{999, std::nullopt, std::nullopt, ""}};
  EXPECT_TRUE(refused(unknown_item));
  EXPECT_EQ(count("SELECT COUNT(*) FROM pilots"), 0);

  // A transfer leaves with its knowledge item; the pilot stays.
  Pilot p = pilot("RO21");
  p.transfers = {{kVouchers, std::nullopt, std::nullopt, ""}, {kFoodCluster, std::nullopt, std::nullopt, ""}};
  PilotId id = insert(p);
  auto removed = database_->db().transaction([](soci::session& s) { s << "DELETE FROM knowledge_items WHERE id = 17"; });
  ASSERT_TRUE(removed) << removed.error().detail;
  Pilot back = whole(id);
  ASSERT_EQ(back.transfers.size(), 1u);
  EXPECT_EQ(back.transfers[0].item, kFoodCluster);
}

TEST_F(PilotContract, a_failed_transaction_writes_nothing_and_a_change_writes_its_audit_line) {
  PilotId id = insert(pilot("RO21"));
  IndicatorId i = save(id, indicator("I1"));
  long long audit_before = count("SELECT COUNT(*) FROM audit_log");
  std::string target = "pilot:" + std::to_string(id.value());

  Error failed = failure([&](PilotStore& s) -> Status {
    if (auto r = s.save_value(i, value(1, 3)); !r) return r;
    if (auto r = s.append_audit({kBogdan, "bogdan@example.org", "pilot.values_recorded", target, "", "", 7000}); !r)
      return r;
    return fail(ErrorKind::conflict, "Somebody changed this pilot since you opened it.");
  });
  EXPECT_EQ(failed.kind, ErrorKind::conflict);
  EXPECT_TRUE(whole(id).indicators[0].values.empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before);

  write([&](PilotStore& s) -> Status {
    if (auto r = s.save_value(i, value(1, 3)); !r) return r;
    return s.append_audit({kBogdan, "bogdan@example.org", "pilot.values_recorded", target, "1 value", "test", 7001});
  });
  EXPECT_EQ(whole(id).indicators[0].values.size(), 1u);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before + 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'pilot.values_recorded' AND actor_id = 2 AND "
                  "at = 7001"),
            1);
}

}  // namespace cps::test
