// Monitoring on both databases: reporting periods kept on the platform's one list, activities
// round trip with their texts, areas, responsible partners and periods in the work plan's
// order, one report per partner and period with optimistic updates, planned amounts and rates
// replaced by their keys, spending with every controller field, baselines and modification
// requests, targets, reminders sent once, the integrity the schema guards, and a failed
// transaction leaving nothing behind.
#include <gtest/gtest.h>

#include <functional>
#include <memory>

#include "backend.hpp"
#include "storage/monitoring_repository_sql.hpp"

namespace cps::test {

using namespace cps::monitoring;

namespace {

const accounts::UserId kAna(1), kBogdan(2), kCleo(3);
const accounts::OrganisationId kNordEst(1), kAttica(2), kBudapest(3);

std::vector<ReportingPeriod> six_periods() {
  return {{1, "2026-01-01", "2026-06-30", "2026-07-31"}, {2, "2026-07-01", "2026-12-31", "2027-01-31"},
          {3, "2027-01-01", "2027-06-30", "2027-07-31"}, {4, "2027-07-01", "2027-12-31", "2028-01-31"},
          {5, "2028-01-01", "2028-06-30", "2028-07-31"}, {6, "2028-07-01", "2028-12-31", "2029-01-31"}};
}

Activity activity(std::string code, Phase phase, std::vector<int> periods) {
  Activity a;
  a.code = code;
  a.kind = ActivityKind::activity;
  a.phase = phase;
  a.texts = {{"en", code + " in English", "What **" + code + "** is"}, {"hu", code + " magyarul", ""}};
  a.periods = std::move(periods);
  a.due = "2026-12-15";
  a.status = ActivityStatus::on_track;
  a.progress = 40;
  a.status_note = "Going well, în română";
  a.updated_at = 1000;
  return a;
}

ProgressReport report(accounts::OrganisationId partner, int period) {
  ProgressReport r;
  r.partner = partner;
  r.period = period;
  r.activities_done = "We held the **kick-off**.";
  r.outputs = "Minutes";
  r.problems = "None";
  r.next_steps = "Study visit";
  r.updated_at = 2000;
  return r;
}

Spending spending(accounts::OrganisationId partner, std::string date, std::int64_t amount, std::string currency) {
  Spending s;
  s.partner = partner;
  s.category = CostCategory::travel;
  s.period = 2;
  s.date = std::move(date);
  s.description = "Train to the study visit";
  s.amount = Cents{amount};
  s.currency = CurrencyCode(std::move(currency));
  s.vat = Cents{amount / 5};
  s.invoice_number = "F-2026/118";
  s.invoice_date = "2026-08-01";
  s.payment_date = "2026-08-03";
  s.procurement_reference = "direct award 12/2026";
  s.cofinancing = "ERDF";
  s.document = "https://example.org/invoice.pdf";
  s.entered_by = kAna;
  s.entered_at = 3000;
  return s;
}

}  // namespace

class MonitoringContract : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = migrated_database();
    if (!database_) GTEST_SKIP() << "this backend is not available on the machine";
    repository_ = std::make_unique<storage::MonitoringRepositorySql>(database_->db());
    auto people = database_->db().transaction([](soci::session& s) {
      s << "INSERT INTO organisations (id, slug, type, country_code, region_code, role, experience, created_at, "
           "updated_at) VALUES "
           "(1, 'rda-nord-est', 'development_agency', 'RO', 'RO21', 'lead_partner', 'learning', 0, 0), "
           "(2, 'attica-cluster', 'development_agency', 'EL', NULL, 'project_partner', 'experienced', 0, 0), "
           "(3, 'budapest-agency', 'development_agency', 'HU', NULL, 'project_partner', 'experienced', 0, 0)";
      s << "INSERT INTO organisation_texts (organisation_id, lang, name) VALUES "
           "(1, 'en', 'North-East Regional Development Agency'), (1, 'ro', 'ADR Nord-Est'), "
           "(2, 'el', 'Σύμπλεγμα Αττικής')";
      s << "INSERT INTO users (id, display_name, organisation_id, status, created_at, updated_at) VALUES "
           "(1, 'Ana', 1, 'active', 0, 0), (2, 'Bogdan', 2, 'active', 0, 0), (3, 'Cleo', 3, 'active', 0, 0)";
    });
    ASSERT_TRUE(people) << people.error().detail;
  }

  // Runs `work` in one transaction and expects it to succeed.
  void write(const std::function<Status(MonitoringStore&)>& work) {
    auto done = repository_->transaction(work);
    ASSERT_TRUE(done) << done.error().message << " " << done.error().detail;
  }

  // What `ask` returns, read outside a transaction.
  template <class F>
  auto read(F ask) {
    std::invoke_result_t<F, MonitoringStore&> out;
    auto done = repository_->read([&](MonitoringStore& s) -> Status {
      out = ask(s);
      return {};
    });
    EXPECT_TRUE(done) << (done ? "" : done.error().detail);
    EXPECT_TRUE(out) << (out ? "" : out.error().message + " " + out.error().detail);
    return out;
  }

  void set_periods() {
    write([](MonitoringStore& s) { return s.replace_periods(six_periods()); });
  }

  ActivityId save(const Activity& a) {
    ActivityId id;
    write([&](MonitoringStore& s) -> Status {
      auto saved = s.save_activity(a);
      if (!saved) return std::unexpected(saved.error());
      id = *saved;
      return {};
    });
    return id;
  }

  ReportId insert(const ProgressReport& r) {
    ReportId id;
    write([&](MonitoringStore& s) -> Status {
      auto inserted = s.insert_report(r);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  SpendingId insert(const Spending& e) {
    SpendingId id;
    write([&](MonitoringStore& s) -> Status {
      auto inserted = s.insert_spending(e);
      if (!inserted) return std::unexpected(inserted.error());
      id = *inserted;
      return {};
    });
    return id;
  }

  // Runs a raw statement and says whether the database accepted it.
  bool accepted(const std::string& sql) {
    return bool(database_->db().transaction([&](soci::session& s) { s << sql; }));
  }

  long long count(const std::string& sql) {
    long long n = -1;
    auto r = database_->db().with_session([&](soci::session& s) { s << sql, soci::into(n); });
    EXPECT_TRUE(r);
    return n;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<storage::MonitoringRepositorySql> repository_;
};

TEST_F(MonitoringContract, periods_count_once_their_report_due_date_is_set) {
  // The reference data ships the six periods' dates without due dates.
  EXPECT_TRUE(read([](MonitoringStore& s) { return s.periods(); })->empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM reporting_periods"), 6);

  set_periods();
  auto back = read([](MonitoringStore& s) { return s.periods(); });
  EXPECT_EQ(*back, six_periods());

  // New dates replace the old ones; a period left out no longer counts but stays for what
  // refers to it.
  auto changed = six_periods();
  changed.pop_back();
  changed[0].report_due = "2026-08-15";
  changed[1].starts = "2026-07-02";
  write([&](MonitoringStore& s) { return s.replace_periods(changed); });
  EXPECT_EQ(*read([](MonitoringStore& s) { return s.periods(); }), changed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM reporting_periods"), 6);

  // A seventh period is added.
  auto seven = six_periods();
  seven.push_back({7, "2029-01-01", "2029-06-30", "2029-07-31"});
  write([&](MonitoringStore& s) { return s.replace_periods(seven); });
  EXPECT_EQ(*read([](MonitoringStore& s) { return s.periods(); }), seven);
}

TEST_F(MonitoringContract, a_report_due_before_its_period_ends_is_refused_and_nothing_changes) {
  set_periods();
  auto wrong = six_periods();
  wrong[0].report_due = "2026-08-01";
  wrong[3].report_due = "2027-12-01";  // before the period's end
  auto done = repository_->transaction([&](MonitoringStore& s) { return s.replace_periods(wrong); });
  EXPECT_FALSE(done);
  EXPECT_EQ(*read([](MonitoringStore& s) { return s.periods(); }), six_periods());
}

TEST_F(MonitoringContract, an_activity_comes_back_whole) {
  set_periods();
  Activity a = activity("T3.1", Phase::testing, {2, 3});
  a.kind = ActivityKind::deliverable;
  a.areas = {AreaCode("WG4"), AreaCode("WG1")};
  a.responsible = {kAttica, kNordEst, kBudapest};
  a.original_due = "2026-10-31";
  a.original_periods = {2};
  ActivityId id = save(a);
  ASSERT_TRUE(id.valid());

  auto back = read([&](MonitoringStore& s) { return s.activity(id); });
  ASSERT_TRUE(back && *back);
  const Activity& b = **back;
  EXPECT_EQ(b.id, id);
  EXPECT_EQ(b.code, "T3.1");
  EXPECT_EQ(b.kind, ActivityKind::deliverable);
  EXPECT_EQ(b.phase, Phase::testing);
  EXPECT_EQ(b.texts, a.texts);
  // Areas in the thematic areas' order; responsible partners as entered, with their names.
  ASSERT_EQ(b.areas.size(), 2u);
  EXPECT_EQ(b.areas[0].str(), "WG1");
  EXPECT_EQ(b.areas[1].str(), "WG4");
  EXPECT_EQ(b.responsible, a.responsible);
  ASSERT_EQ(b.responsible_names.size(), 3u);
  EXPECT_EQ(b.responsible_names[0], "Σύμπλεγμα Αττικής");
  EXPECT_EQ(b.responsible_names[1], "North-East Regional Development Agency");
  EXPECT_EQ(b.responsible_names[2], "budapest-agency");
  EXPECT_EQ(b.periods, (std::vector<int>{2, 3}));
  EXPECT_EQ(b.original_periods, (std::vector<int>{2}));
  EXPECT_EQ(b.due, "2026-12-15");
  EXPECT_EQ(b.original_due, "2026-10-31");
  EXPECT_EQ(b.status, ActivityStatus::on_track);
  EXPECT_EQ(b.progress, 40);
  EXPECT_EQ(b.status_note, a.status_note);
  EXPECT_EQ(b.updated_at, 1000);

  // A save replaces what it holds: a horizontal activity without originals.
  Activity changed = b;
  changed.areas.clear();
  changed.responsible = {kBudapest};
  changed.original_periods.clear();
  changed.original_due.clear();
  changed.texts = {{"en", "Testing pilots", ""}};
  changed.status = ActivityStatus::done;
  changed.progress = 100;
  EXPECT_EQ(save(changed), id);
  auto again = read([&](MonitoringStore& s) { return s.activity(id); });
  EXPECT_TRUE((*again)->areas.empty());
  EXPECT_EQ((*again)->responsible, std::vector{kBudapest});
  EXPECT_TRUE((*again)->original_periods.empty());
  EXPECT_EQ((*again)->texts, changed.texts);
  EXPECT_EQ((*again)->status, ActivityStatus::done);
  EXPECT_EQ((*again)->progress, 100);
  EXPECT_FALSE(*read([&](MonitoringStore& s) { return s.activity(ActivityId(id.value() + 100)); }));
}

TEST_F(MonitoringContract, activities_come_in_phase_then_code_order_and_codes_are_unique) {
  set_periods();
  save(activity("T10", Phase::testing, {3}));
  save(activity("M2", Phase::management, {1}));
  ActivityId t2 = save(activity("T2", Phase::testing, {2}));
  save(activity("M10", Phase::management, {1, 2}));
  save(activity("C1", Phase::communication, {1}));
  auto all = read([](MonitoringStore& s) { return s.activities(); });
  std::vector<std::string> codes;
  for (const auto& a : *all) codes.push_back(a.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"M2", "M10", "C1", "T2", "T10"}));
  EXPECT_EQ((*all)[3].texts.size(), 2u);

  auto twice = repository_->transaction([&](MonitoringStore& s) -> Status {
    auto saved = s.save_activity(activity("M2", Phase::platform, {1}));
    if (!saved) return std::unexpected(saved.error());
    return {};
  });
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(twice.error().field, "code");
  // Renaming another activity to a taken code is refused the same way.
  Activity renamed = activity("M10", Phase::testing, {2});
  renamed.id = t2;
  auto rename = repository_->transaction([&](MonitoringStore& s) -> Status {
    auto saved = s.save_activity(renamed);
    if (!saved) return std::unexpected(saved.error());
    return {};
  });
  ASSERT_FALSE(rename);
  EXPECT_EQ(rename.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_activities"), 5);

  write([&](MonitoringStore& s) { return s.delete_activity(t2); });
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_activities"), 4);
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_activity_texts"), 8);
  auto gone = repository_->transaction([&](MonitoringStore& s) { return s.delete_activity(t2); });
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().kind, ErrorKind::not_found);
}

TEST_F(MonitoringContract, the_schema_refuses_what_breaks_the_work_plan) {
  set_periods();
  save(activity("M1", Phase::management, {1}));
  EXPECT_FALSE(accepted("UPDATE monitoring_activities SET progress = 101"));
  EXPECT_FALSE(accepted("UPDATE monitoring_activities SET phase = 'dreaming'"));
  EXPECT_FALSE(accepted("INSERT INTO monitoring_activity_periods (activity_id, plan, period) "
                        "SELECT id, 'current', 42 FROM monitoring_activities"));
  EXPECT_FALSE(accepted("INSERT INTO monitoring_activity_areas (activity_id, area_code) "
                        "SELECT id, 'WG9' FROM monitoring_activities"));
}

TEST_F(MonitoringContract, one_report_per_partner_and_period_with_its_lines_and_attachments) {
  set_periods();
  ActivityId m1 = save(activity("M1", Phase::management, {1, 2}));
  ActivityId c1 = save(activity("C1", Phase::communication, {2}));
  ProgressReport r = report(kAttica, 2);
  r.activities = {{c1, 60, "Website online"}, {m1, 30, ""}};
  r.attachments = {{"minutes.pdf", std::string(64, 'a'), "application/pdf", 2048}};
  ReportId id = insert(r);
  ASSERT_TRUE(id.valid());

  auto back = read([&](MonitoringStore& s) { return s.report(id); });
  ASSERT_TRUE(back && *back);
  const ProgressReport& b = **back;
  EXPECT_EQ(b.partner, kAttica);
  EXPECT_EQ(b.partner_name, "Σύμπλεγμα Αττικής");
  EXPECT_EQ(b.period, 2);
  EXPECT_EQ(b.status, ReportStatus::draft);
  EXPECT_EQ(b.activities_done, r.activities_done);
  EXPECT_EQ(b.outputs, "Minutes");
  EXPECT_EQ(b.problems, "None");
  EXPECT_EQ(b.next_steps, "Study visit");
  EXPECT_EQ(b.activities, r.activities);
  EXPECT_EQ(b.attachments, r.attachments);
  EXPECT_FALSE(b.submitted_by);
  EXPECT_EQ(b.submitted_at, 0);
  EXPECT_EQ(b.revision, 1);
  EXPECT_EQ(b.updated_at, 2000);

  auto twice = repository_->transaction([&](MonitoringStore& s) -> Status {
    auto inserted = s.insert_report(report(kAttica, 2));
    if (!inserted) return std::unexpected(inserted.error());
    return {};
  });
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_reports"), 1);

  // Deleting an activity takes its lines away, not the report.
  write([&](MonitoringStore& s) { return s.delete_activity(m1); });
  auto after = read([&](MonitoringStore& s) { return s.report(id); });
  ASSERT_EQ((*after)->activities.size(), 1u);
  EXPECT_EQ((*after)->activities[0].activity, c1);
}

TEST_F(MonitoringContract, a_report_moves_by_revisions_and_a_stale_one_writes_nothing) {
  set_periods();
  ActivityId m1 = save(activity("M1", Phase::management, {1, 2}));
  ReportId id = insert(report(kNordEst, 1));
  ProgressReport r = **read([&](MonitoringStore& s) { return s.report(id); });
  r.status = ReportStatus::submitted;
  r.submitted_by = kAna;
  r.submitted_at = 2500;
  r.updated_at = 2500;
  r.activities = {{m1, 80, "Nearly"}};
  r.attachments = {{"annex.xlsx", std::string(64, 'b'), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    4096}};
  write([&](MonitoringStore& s) -> Status {
    auto updated = s.update_report(r, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return {};
  });
  ProgressReport back = **read([&](MonitoringStore& s) { return s.report(id); });
  EXPECT_EQ(back.revision, 2);
  EXPECT_EQ(back.status, ReportStatus::submitted);
  EXPECT_EQ(back.submitted_by, kAna);
  EXPECT_EQ(back.submitted_at, 2500);
  EXPECT_EQ(back.activities, r.activities);
  EXPECT_EQ(back.attachments, r.attachments);

  ProgressReport stale = back;
  stale.status = ReportStatus::draft;
  stale.outputs = "Stale";
  stale.activities.clear();
  write([&](MonitoringStore& s) -> Status {
    auto updated = s.update_report(stale, 1);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_FALSE(*updated);
    return {};
  });
  ProgressReport still = **read([&](MonitoringStore& s) { return s.report(id); });
  EXPECT_EQ(still.revision, 2);
  EXPECT_EQ(still.status, ReportStatus::submitted);
  EXPECT_EQ(still.activities, r.activities);

  // The lead partner approves it.
  still.status = ReportStatus::approved;
  still.reviewed_by = kAna;
  still.reviewed_at = 2600;
  still.review_note = "Thank you";
  write([&](MonitoringStore& s) -> Status {
    auto updated = s.update_report(still, 2);
    if (!updated) return std::unexpected(updated.error());
    EXPECT_TRUE(*updated);
    return {};
  });
  ProgressReport approved = **read([&](MonitoringStore& s) { return s.report(id); });
  EXPECT_EQ(approved.status, ReportStatus::approved);
  EXPECT_EQ(approved.reviewed_by, kAna);
  EXPECT_EQ(approved.reviewed_at, 2600);
  EXPECT_EQ(approved.review_note, "Thank you");
  EXPECT_EQ(approved.revision, 3);
}

TEST_F(MonitoringContract, reports_are_filtered_by_period_partner_and_status) {
  set_periods();
  ReportId a1 = insert(report(kAttica, 1));
  ReportId n1 = insert(report(kNordEst, 1));
  ReportId n2 = insert(report(kNordEst, 2));
  ProgressReport submitted = **read([&](MonitoringStore& s) { return s.report(n2); });
  submitted.status = ReportStatus::submitted;
  write([&](MonitoringStore& s) -> Status {
    auto updated = s.update_report(submitted, 1);
    if (!updated) return std::unexpected(updated.error());
    return {};
  });
  auto ids = [&](ReportFilter f) {
    std::vector<ReportId> out;
    auto found = read([&](MonitoringStore& s) { return s.reports(f); });
    for (const auto& r : *found) out.push_back(r.id);
    return out;
  };
  // By period, then partner name (North-East before Σύμπλεγμα).
  EXPECT_EQ(ids({}), (std::vector<ReportId>{n1, a1, n2}));
  EXPECT_EQ(ids({.period = 1}), (std::vector<ReportId>{n1, a1}));
  EXPECT_EQ(ids({.partner = kNordEst}), (std::vector<ReportId>{n1, n2}));
  EXPECT_EQ(ids({.statuses = {ReportStatus::submitted, ReportStatus::approved}}), std::vector<ReportId>{n2});
  EXPECT_TRUE(ids({.period = 2, .partner = kAttica}).empty());
}

TEST_F(MonitoringContract, planned_amounts_and_rates_are_replaced_by_their_keys) {
  set_periods();
  write([](MonitoringStore& s) {
    return s.save_planned_amounts({{kAttica, CostCategory::travel, 1, Cents{150000}, std::nullopt},
                                   {kAttica, CostCategory::staff, 1, Cents{1000000}, std::nullopt},
                                   {kNordEst, CostCategory::staff, 2, Cents{2000050}, std::nullopt}});
  });
  write([](MonitoringStore& s) {
    return s.save_planned_amounts({{kAttica, CostCategory::travel, 1, Cents{180000}, Cents{150000}}});
  });
  auto planned = read([](MonitoringStore& s) { return s.planned_amounts(); });
  std::vector<PlannedAmount> expected = {{kNordEst, CostCategory::staff, 2, Cents{2000050}, std::nullopt},
                                         {kAttica, CostCategory::staff, 1, Cents{1000000}, std::nullopt},
                                         {kAttica, CostCategory::travel, 1, Cents{180000}, Cents{150000}}};
  EXPECT_EQ(*planned, expected);

  write([](MonitoringStore& s) {
    return s.save_rates({{CurrencyCode("RON"), "2026-08", 4.9721}, {CurrencyCode("HUF"), "2026-08", 391.25},
                         {CurrencyCode("EUR"), "2026-08", 1.0}});
  });
  write([](MonitoringStore& s) { return s.save_rates({{CurrencyCode("RON"), "2026-08", 4.9755}}); });
  auto rates = read([](MonitoringStore& s) { return s.rates(); });
  ASSERT_EQ(rates->size(), 3u);
  EXPECT_EQ((*rates)[0].currency.str(), "EUR");
  EXPECT_EQ((*rates)[1].currency.str(), "HUF");
  EXPECT_DOUBLE_EQ((*rates)[1].per_euro, 391.25);
  EXPECT_EQ((*rates)[2].currency.str(), "RON");
  EXPECT_EQ((*rates)[2].month, "2026-08");
  EXPECT_DOUBLE_EQ((*rates)[2].per_euro, 4.9755);

  EXPECT_FALSE(accepted("INSERT INTO monitoring_rates (currency, month, per_euro) VALUES ('EUR', '2026-09', 1.1)"));
  EXPECT_FALSE(accepted("INSERT INTO monitoring_rates (currency, month, per_euro) VALUES ('USD', '2026-09', 1.1)"));
  EXPECT_FALSE(accepted("INSERT INTO monitoring_rates (currency, month, per_euro) VALUES ('RON', '2026-09', 0)"));
  EXPECT_FALSE(accepted("INSERT INTO monitoring_planned (organisation_id, category, period, euro_cents) "
                        "VALUES (1, 'staff', 3, -1)"));
}

TEST_F(MonitoringContract, spending_keeps_every_field_a_controller_asks_for) {
  set_periods();
  Spending e = spending(kNordEst, "2026-08-03", 123456, "RON");
  SpendingId id = insert(e);
  ASSERT_TRUE(id.valid());
  auto back = read([&](MonitoringStore& s) { return s.spending(id); });
  ASSERT_TRUE(back && *back);
  const Spending& b = **back;
  EXPECT_EQ(b.partner, kNordEst);
  EXPECT_EQ(b.partner_name, "North-East Regional Development Agency");
  EXPECT_EQ(b.category, CostCategory::travel);
  EXPECT_EQ(b.period, 2);
  EXPECT_EQ(b.date, "2026-08-03");
  EXPECT_EQ(b.description, e.description);
  EXPECT_EQ(b.amount, Cents{123456});
  EXPECT_EQ(b.currency.str(), "RON");
  EXPECT_EQ(b.vat, Cents{24691});
  EXPECT_FALSE(b.rate);
  EXPECT_FALSE(b.euro);
  EXPECT_EQ(b.invoice_number, "F-2026/118");
  EXPECT_EQ(b.invoice_date, "2026-08-01");
  EXPECT_EQ(b.payment_date, "2026-08-03");
  EXPECT_EQ(b.procurement_reference, "direct award 12/2026");
  EXPECT_EQ(b.cofinancing, "ERDF");
  EXPECT_EQ(b.document, e.document);
  EXPECT_FALSE(b.attachment);
  EXPECT_EQ(b.verification, Verification::pending);
  EXPECT_FALSE(b.verified_euro);
  EXPECT_FALSE(b.verified_by);
  EXPECT_EQ(b.entered_by, kAna);
  EXPECT_EQ(b.entered_at, 3000);

  // Fixed at submission, with an attachment, then verified by a controller.
  Spending fixed = b;
  fixed.rate = 4.9755;
  fixed.euro = Cents{24813};
  fixed.attachment = Attachment{"invoice.pdf", std::string(64, 'c'), "application/pdf", 777};
  fixed.verification = Verification::verified;
  fixed.verified_euro = Cents{20000};
  fixed.controller_note = "Part of the ticket was first class";
  fixed.verified_by = kCleo;
  fixed.verified_at = 4000;
  write([&](MonitoringStore& s) { return s.update_spending(fixed); });
  Spending after = **read([&](MonitoringStore& s) { return s.spending(id); });
  ASSERT_TRUE(after.rate);
  EXPECT_DOUBLE_EQ(*after.rate, 4.9755);
  EXPECT_EQ(after.euro, Cents{24813});
  EXPECT_EQ(after.attachment, fixed.attachment);
  EXPECT_EQ(after.verification, Verification::verified);
  EXPECT_EQ(after.verified_euro, Cents{20000});
  EXPECT_EQ(after.controller_note, fixed.controller_note);
  EXPECT_EQ(after.verified_by, kCleo);
  EXPECT_EQ(after.verified_at, 4000);

  auto missing = fixed;
  missing.id = SpendingId(id.value() + 100);
  auto not_there = repository_->transaction([&](MonitoringStore& s) { return s.update_spending(missing); });
  ASSERT_FALSE(not_there);
  EXPECT_EQ(not_there.error().kind, ErrorKind::not_found);
}

TEST_F(MonitoringContract, spending_is_filtered_and_deleted) {
  set_periods();
  SpendingId late = insert(spending(kNordEst, "2026-09-10", 5000, "EUR"));
  SpendingId early = insert(spending(kAttica, "2026-07-15", 7000, "EUR"));
  Spending other = spending(kAttica, "2026-08-01", 9000, "HUF");
  other.category = CostCategory::staff;
  SpendingId staff = insert(other);
  auto ids = [&](SpendingFilter f) {
    std::vector<SpendingId> out;
    auto found = read([&](MonitoringStore& s) { return s.spendings(f); });
    for (const auto& e : *found) out.push_back(e.id);
    return out;
  };
  EXPECT_EQ(ids({}), (std::vector<SpendingId>{early, staff, late}));  // by date
  EXPECT_EQ(ids({.partner = kAttica}), (std::vector<SpendingId>{early, staff}));
  EXPECT_EQ(ids({.category = CostCategory::staff}), std::vector<SpendingId>{staff});
  EXPECT_EQ(ids({.verification = Verification::verified}), std::vector<SpendingId>{});
  EXPECT_EQ(ids({.period = 1}), std::vector<SpendingId>{});
  write([&](MonitoringStore& s) { return s.delete_spending(early); });
  EXPECT_EQ(ids({}), (std::vector<SpendingId>{staff, late}));
  auto again = repository_->transaction([&](MonitoringStore& s) { return s.delete_spending(early); });
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::not_found);
}

TEST_F(MonitoringContract, the_schema_refuses_negative_or_half_fixed_spending) {
  set_periods();
  SpendingId id = insert(spending(kNordEst, "2026-09-10", 5000, "EUR"));
  auto v = std::to_string(id.value());
  EXPECT_FALSE(accepted("UPDATE monitoring_spending SET amount_cents = -5 WHERE id = " + v));
  EXPECT_FALSE(accepted("UPDATE monitoring_spending SET vat_cents = 6000 WHERE id = " + v));
  EXPECT_FALSE(accepted("UPDATE monitoring_spending SET rate = 1 WHERE id = " + v));
  EXPECT_FALSE(accepted("UPDATE monitoring_spending SET currency = 'USD' WHERE id = " + v));
  EXPECT_FALSE(accepted("UPDATE monitoring_spending SET rate = 1, euro_cents = 5000, verified_cents = 5001 "
                        "WHERE id = " + v));
  EXPECT_TRUE(accepted("UPDATE monitoring_spending SET rate = 1, euro_cents = 5000, verified_cents = 5000 "
                       "WHERE id = " + v));
}

TEST_F(MonitoringContract, baselines_and_modification_requests) {
  set_periods();
  Baseline none = *read([](MonitoringStore& s) { return s.baseline(); });
  EXPECT_EQ(none.work_plan_version, 0);
  EXPECT_EQ(none.budget_version, 0);
  write([](MonitoringStore& s) { return s.save_baseline({1, 5000, 0, 0}); });
  Baseline approved = *read([](MonitoringStore& s) { return s.baseline(); });
  EXPECT_EQ(approved.work_plan_version, 1);
  EXPECT_EQ(approved.work_plan_approved_at, 5000);
  EXPECT_EQ(approved.budget_version, 0);

  PlanChange plan;
  plan.part = PlanPart::work_plan;
  plan.reason = "The platform's launch moves";
  plan.activities = {{"P2", "2027-03-31", {2, 3}}, {"P3", "2027-06-30", {3}}};
  plan.requested_by = kBogdan;
  plan.requested_at = 6000;
  PlanChange money;
  money.part = PlanPart::budget;
  money.reason = "Travel instead of equipment";
  money.amounts = {{kAttica, CostCategory::travel, 3, Cents{250000}, std::nullopt}};
  money.requested_by = kAna;
  money.requested_at = 7000;
  PlanChangeId plan_id, money_id;
  write([&](MonitoringStore& s) -> Status {
    auto a = s.insert_plan_change(plan);
    if (!a) return std::unexpected(a.error());
    plan_id = *a;
    auto b = s.insert_plan_change(money);
    if (!b) return std::unexpected(b.error());
    money_id = *b;
    return {};
  });

  auto changes = read([](MonitoringStore& s) { return s.plan_changes(); });
  ASSERT_EQ(changes->size(), 2u);
  const PlanChange& newest = (*changes)[0];
  EXPECT_EQ(newest.id, money_id);
  EXPECT_EQ(newest.part, PlanPart::budget);
  EXPECT_EQ(newest.amounts, money.amounts);
  EXPECT_TRUE(newest.activities.empty());
  const PlanChange& older = (*changes)[1];
  EXPECT_EQ(older.id, plan_id);
  EXPECT_EQ(older.reason, plan.reason);
  EXPECT_EQ(older.activities, plan.activities);
  EXPECT_EQ(older.status, PlanChangeStatus::requested);
  EXPECT_EQ(older.requested_by, kBogdan);
  EXPECT_EQ(older.requested_at, 6000);
  EXPECT_FALSE(older.decided_by);

  PlanChange decided = older;
  decided.status = PlanChangeStatus::approved;
  decided.decided_by = kAna;
  decided.decision_note = "Agreed by the steering committee";
  decided.decided_at = 8000;
  decided.version = 2;
  write([&](MonitoringStore& s) { return s.update_plan_change(decided); });
  auto after = read([](MonitoringStore& s) { return s.plan_changes(); });
  const PlanChange& d = (*after)[1];
  EXPECT_EQ(d.status, PlanChangeStatus::approved);
  EXPECT_EQ(d.decided_by, kAna);
  EXPECT_EQ(d.decision_note, decided.decision_note);
  EXPECT_EQ(d.decided_at, 8000);
  EXPECT_EQ(d.version, 2);
  EXPECT_EQ(d.activities, plan.activities);
}

TEST_F(MonitoringContract, targets_are_replaced_in_their_order) {
  EXPECT_TRUE(read([](MonitoringStore& s) { return s.targets(); })->empty());
  std::vector<IndicatorTarget> targets = {{Measured::pilots_completed, 8, "RCO 84"},
                                          {Measured::practices_published, 60, ""},
                                          {Measured::organisations_cooperating, 25, "RCO 87"}};
  write([&](MonitoringStore& s) { return s.replace_targets(targets); });
  EXPECT_EQ(*read([](MonitoringStore& s) { return s.targets(); }), targets);
  targets.erase(targets.begin());
  write([&](MonitoringStore& s) { return s.replace_targets(targets); });
  EXPECT_EQ(*read([](MonitoringStore& s) { return s.targets(); }), targets);
}

TEST_F(MonitoringContract, a_reminder_is_marked_once) {
  EXPECT_FALSE(*read([](MonitoringStore& s) { return s.reminder_sent("report:2:1:due-7"); }));
  write([](MonitoringStore& s) { return s.mark_reminder_sent("report:2:1:due-7", 9000); });
  write([](MonitoringStore& s) { return s.mark_reminder_sent("report:2:1:due-7", 9500); });
  EXPECT_TRUE(*read([](MonitoringStore& s) { return s.reminder_sent("report:2:1:due-7"); }));
  EXPECT_FALSE(*read([](MonitoringStore& s) { return s.reminder_sent("report:2:2:due-7"); }));
  EXPECT_EQ(count("SELECT sent_at FROM monitoring_reminders"), 9000);
}

TEST_F(MonitoringContract, a_change_and_its_audit_line_are_written_together_or_not_at_all) {
  set_periods();
  accounts::AuditRecord line{kAna, "ana@example.org", "monitoring.activity_saved", "activity:1", "", "", 9000};
  write([&](MonitoringStore& s) -> Status {
    auto saved = s.save_activity(activity("M1", Phase::management, {1}));
    if (!saved) return std::unexpected(saved.error());
    return s.append_audit(line);
  });
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'monitoring.activity_saved'"), 1);

  auto failed = repository_->transaction([&](MonitoringStore& s) -> Status {
    auto saved = s.save_activity(activity("M2", Phase::management, {1}));
    if (!saved) return std::unexpected(saved.error());
    if (auto done = s.append_audit(line); !done) return done;
    return fail(ErrorKind::invalid, "refused later in the step");
  });
  EXPECT_FALSE(failed);
  EXPECT_EQ(count("SELECT COUNT(*) FROM monitoring_activities"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'monitoring.activity_saved'"), 1);
}

}  // namespace cps::test
