// Policy transfers on both databases: a transfer comes back whole with its adopter's name;
// the list's filters applied in SQL, newest adoption first; the duplicate lookup; optimistic
// updates; the database's own guards (one transfer per practice and region, origin and
// destination apart); a pilot's removal keeping the transfer; and a failed transaction leaving
// nothing behind.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "storage/transfer_repository_sql.hpp"

namespace cps::test {

using namespace cps::transfer;

namespace {

const accounts::OrganisationId kNordEst(1), kAttica(2);
constexpr std::int64_t kVouchers = 17, kFoodCluster = 18;

Transfer transfer(std::int64_t item, std::string origin, std::string destination, std::string month = "2025-03") {
  Transfer t;
  t.item = item;
  t.origin = RegionCode(std::move(origin));
  t.destination = RegionCode(std::move(destination));
  t.adopter = kNordEst;
  t.adopted_on = std::move(month);
  t.mode = Mode::adapted;
  t.status = TransferStatus::adopted;
  t.notes = "Narrowed to **cluster services**.";
  t.recorded_by = accounts::UserId(1);
  t.recorded_at = 1000;
  t.updated_at = 1000;
  return t;
}

std::vector<std::int64_t> ids_of(const std::vector<Transfer>& list) {
  std::vector<std::int64_t> out;
  for (const auto& t : list) out.push_back(t.id.value());
  return out;
}

}  // namespace

class TransferContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::TransferRepositorySql>(database_->db());
    auto surroundings = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'project_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', 'EL30', 'project_partner', 'experienced', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES "
           "(1, 'ro', 'ADR Nord-Est'), (1, 'en', 'RDA North-East'), (2, 'el', 'Σύμπλεγμα Αττικής')";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0)";
      s << "INSERT INTO knowledge_items (id, slug, kind, original_language, timeframe, status, revision, created_at, "
           "updated_at) VALUES (17, 'cluster-vouchers', 'instrument', 'hu', 'current', 'published', 1, 0, 0), "
           "(18, 'food-cluster', 'good_practice', 'el', 'past', 'published', 1, 0, 0)";
      s << "INSERT INTO knowledge_item_areas (item_id, code, position) VALUES (17, 'WG1', 0), (18, 'WG2', 0)";
      s << "INSERT INTO pilots (id, original_language, lead_organisation_id, status, starts_on, ends_on, budget_cents, "
           "revision, created_at, updated_at) VALUES (5, 'en', 1, 'running', '2025-01-01', '2026-12-31', 0, 1, 0, 0)";
    });
    ASSERT_TRUE(surroundings) << surroundings.error().detail;
  }

  void write(const std::function<Status(TransferStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, TransferStore&> out;
    auto done = repository_->read([&](TransferStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  TransferId insert(const Transfer& t) {
    TransferId id;
    write([&](TransferStore& s) -> Status {
      auto inserted = s.insert_transfer(t);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  std::vector<std::int64_t> list(const TransferFilter& filter) {
    auto found = read([&](TransferStore& s) { return s.transfers(filter); });
    return found ? ids_of(*found) : std::vector<std::int64_t>{};
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::TransferRepositorySql> repository_;
};

TEST_F(TransferContract, a_transfer_comes_back_whole_with_its_adopters_name) {
  Transfer t = transfer(kVouchers, "HU33", "RO21");
  t.pilot = 5;
  t.mode = Mode::as_is;
  t.status = TransferStatus::piloted;
  t.result = "Most firms came back for a second voucher.";
  TransferId id = insert(t);
  auto found = read([&](TransferStore& s) { return s.transfer(id); });
  ASSERT_TRUE(found && *found);
  const Transfer& back = **found;
  EXPECT_EQ(back.item, kVouchers);
  EXPECT_EQ(back.origin.str(), "HU33");
  EXPECT_EQ(back.destination.str(), "RO21");
  EXPECT_EQ(back.adopter, kNordEst);
  EXPECT_EQ(back.adopter_name, "RDA North-East");
  EXPECT_EQ(back.adopted_on, "2025-03");
  EXPECT_EQ(back.mode, Mode::as_is);
  EXPECT_EQ(back.status, TransferStatus::piloted);
  EXPECT_EQ(back.pilot, 5);
  EXPECT_EQ(back.notes, t.notes);
  EXPECT_EQ(back.result, t.result);
  EXPECT_EQ(back.revision, 1);
  EXPECT_EQ(back.recorded_by, accounts::UserId(1));
  EXPECT_EQ(back.recorded_at, 1000);
  auto twice = read([&](TransferStore& s) { return s.find(kVouchers, RegionCode("RO21")); });
  ASSERT_TRUE(twice && *twice);
  EXPECT_EQ(**twice, id);
  auto none = read([&](TransferStore& s) { return s.find(kVouchers, RegionCode("RO32")); });
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
  auto missing = read([&](TransferStore& s) { return s.transfer(TransferId(id.value() + 100)); });
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
}

TEST_F(TransferContract, transfers_are_filtered_in_sql_and_ordered_newest_adoption_first) {
  auto a = insert(transfer(kVouchers, "HU33", "RO21", "2024-11")).value();
  auto b = insert(transfer(kVouchers, "HU33", "EL30", "2025-06")).value();
  Transfer c_input = transfer(kFoodCluster, "EL30", "RO32", "2025-01");
  c_input.adopter = kAttica;
  c_input.status = TransferStatus::abandoned;
  auto c = insert(c_input).value();
  EXPECT_EQ(list({}), (std::vector<std::int64_t>{b, c, a}));
  EXPECT_EQ(list({.item = kFoodCluster}), std::vector<std::int64_t>{c});
  EXPECT_EQ(list({.region = RegionCode("EL30")}), (std::vector<std::int64_t>{b, c}));
  EXPECT_EQ(list({.country = CountryCode("RO")}), (std::vector<std::int64_t>{c, a}));
  EXPECT_EQ(list({.year = 2025}), (std::vector<std::int64_t>{b, c}));
  EXPECT_EQ(list({.until = 2024}), std::vector<std::int64_t>{a});
  EXPECT_EQ(list({.area = AreaCode("WG2")}), std::vector<std::int64_t>{c});
  EXPECT_EQ(list({.statuses = {TransferStatus::abandoned, TransferStatus::piloted}}), std::vector<std::int64_t>{c});
  auto adopters = read([&](TransferStore& s) { return s.transfers({.item = kFoodCluster}); });
  ASSERT_TRUE(adopters && adopters->size() == 1);
  // An organisation without an English name is called by its first language's.
  EXPECT_EQ(adopters->front().adopter_name, "Σύμπλεγμα Αττικής");
}

TEST_F(TransferContract, a_stale_revision_writes_nothing) {
  TransferId id = insert(transfer(kVouchers, "HU33", "RO21"));
  Transfer changed = transfer(kVouchers, "HU33", "RO21");
  changed.id = id;
  changed.status = TransferStatus::evaluated;
  changed.result = "Twice the members.";
  changed.updated_at = 2000;
  write([&](TransferStore& s) -> Status {
    auto stale = s.update_transfer(changed, 4);
    if (!stale) return std::unexpected(stale.error());
    EXPECT_FALSE(*stale);
    auto fresh = s.update_transfer(changed, 1);
    if (!fresh) return std::unexpected(fresh.error());
    EXPECT_TRUE(*fresh);
    return {};
  });
  auto back = read([&](TransferStore& s) { return s.transfer(id); });
  ASSERT_TRUE(back && *back);
  EXPECT_EQ((*back)->revision, 2);
  EXPECT_EQ((*back)->status, TransferStatus::evaluated);
  EXPECT_EQ((*back)->updated_at, 2000);
  EXPECT_EQ((*back)->recorded_at, 1000);
}

TEST_F(TransferContract, the_database_keeps_one_transfer_per_practice_and_region_and_origin_apart) {
  insert(transfer(kVouchers, "HU33", "RO21"));
  auto twice = repository_->transaction([&](TransferStore& s) -> Status {
    auto r = s.insert_transfer(transfer(kVouchers, "EL30", "RO21"));
    if (!r) return std::unexpected(r.error());
    return {};
  });
  EXPECT_FALSE(twice);
  auto same = repository_->transaction([&](TransferStore& s) -> Status {
    auto r = s.insert_transfer(transfer(kFoodCluster, "RO21", "RO21"));
    if (!r) return std::unexpected(r.error());
    return {};
  });
  EXPECT_FALSE(same);
  EXPECT_EQ(count("SELECT COUNT(*) FROM transfers"), 1);
}

TEST_F(TransferContract, a_pilot_removed_leaves_the_transfer_without_it) {
  Transfer t = transfer(kVouchers, "HU33", "RO21");
  t.pilot = 5;
  TransferId id = insert(t);
  auto removed = database_->db().transaction([](soci::session& s) { s << "DELETE FROM pilots WHERE id = 5"; });
  ASSERT_TRUE(removed);
  auto back = read([&](TransferStore& s) { return s.transfer(id); });
  ASSERT_TRUE(back && *back);
  EXPECT_FALSE((*back)->pilot);
}

TEST_F(TransferContract, a_failed_transaction_writes_nothing_and_a_change_writes_its_audit_line) {
  long long audit_before = count("SELECT COUNT(*) FROM audit_log");
  auto failed = repository_->transaction([&](TransferStore& s) -> Status {
    auto r = s.insert_transfer(transfer(kVouchers, "HU33", "RO21"));
    if (!r) return std::unexpected(r.error());
    if (auto a = s.append_audit({accounts::UserId(1), "ana@example.org", "transfer.recorded", "transfer:1", "", "", 7000}); !a)
      return a;
    return fail(ErrorKind::conflict, "This practice is already recorded as transferred to {region}.");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM transfers"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log"), audit_before);
  write([&](TransferStore& s) -> Status {
    auto r = s.insert_transfer(transfer(kVouchers, "HU33", "RO21"));
    if (!r) return std::unexpected(r.error());
    return s.append_audit({accounts::UserId(1), "ana@example.org", "transfer.recorded",
                           "transfer:" + std::to_string(r->value()), "item 17", "test", 7001});
  });
  EXPECT_EQ(count("SELECT COUNT(*) FROM transfers"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'transfer.recorded' AND at = 7001"), 1);
}

}  // namespace cps::test
