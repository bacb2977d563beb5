// The work plan file: read with the rules of the pages and the API (the field at fault named
// by its path in the file), written in the shape it is read, and the shipped default file.
#include "domain/monitoring/work_plan_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cps::monitoring {
namespace {

constexpr std::string_view kFile = R"({
  "periods": [{"number": 1, "starts": "2026-01-01", "ends": "2026-06-30", "report_due": "2026-07-31"},
              {"number": 2, "starts": "2026-07-01", "ends": "2026-12-31", "report_due": "2027-01-31"}],
  "activities": [
    {"code": "M1", "phase": "management", "texts": [{"language": "en", "title": "Steering committee set up"},
                                                    {"language": "hu", "title": "Irányító bizottság"}],
     "responsible": ["Lead Agency"], "periods": [1], "due": "2026-03-31"},
    {"code": "T1", "kind": "deliverable", "phase": "testing", "areas": ["WG2"],
     "texts": [{"language": "en", "title": "Pilot plan"}], "responsible": ["Lead Agency", "Unknown Ltd"],
     "periods": [1, 2], "due": "2026-12-15"}],
  "targets": [{"measured": "pilots_running", "target": 8, "programme_code": "RCO 84"}]
})";

TEST(MonitoringWorkPlanFile, is_read_with_responsible_partners_by_name) {
  auto file = read_work_plan_file(kFile);
  ASSERT_TRUE(file) << file.error().message << " " << file.error().field;
  EXPECT_EQ(file->periods.size(), 2u);
  ASSERT_EQ(file->activities.size(), 2u);
  EXPECT_TRUE(file->activities[0].responsible.empty());
  EXPECT_EQ(file->responsible_names[1], (std::vector<std::string>{"Lead Agency", "Unknown Ltd"}));
  EXPECT_EQ(file->activities[1].kind, ActivityKind::deliverable);
  EXPECT_EQ(file->targets.size(), 1u);
}

TEST(MonitoringWorkPlanFile, names_the_field_at_fault_by_its_path) {
  std::string broken(kFile);
  broken.replace(broken.find("\"testing\""), 9, "\"tests\"");
  auto file = read_work_plan_file(broken);
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error().field, "activities.1.phase");
  std::string late(kFile);
  late.replace(late.find("2026-12-15"), 10, "2027-02-01");
  EXPECT_EQ(read_work_plan_file(late).error().field, "activities.1.due");
  std::string twice(kFile);
  twice.replace(twice.find("\"T1\""), 4, "\"M1\"");
  EXPECT_EQ(read_work_plan_file(twice).error().field, "activities.1.code");
  EXPECT_EQ(read_work_plan_file("{").error().kind, ErrorKind::invalid);
}

TEST(MonitoringWorkPlanFile, is_written_in_the_shape_it_is_read) {
  auto file = read_work_plan_file(kFile);
  ASSERT_TRUE(file);
  std::vector<Activity> activities;
  for (std::size_t i = 0; i < file->activities.size(); ++i) {
    const auto& in = file->activities[i];
    Activity a;
    a.code = in.code;
    a.kind = in.kind;
    a.texts = in.texts;
    a.areas = in.areas;
    a.phase = in.phase;
    a.responsible_names = file->responsible_names[i];
    a.periods = in.periods;
    a.due = in.due;
    activities.push_back(a);
  }
  auto again = read_work_plan_file(write_work_plan_file(file->periods, activities, file->targets));
  ASSERT_TRUE(again) << again.error().field;
  EXPECT_EQ(again->periods, file->periods);
  EXPECT_EQ(again->responsible_names, file->responsible_names);
  EXPECT_EQ(again->activities[1].texts, file->activities[1].texts);
  EXPECT_EQ(again->targets, file->targets);
}

TEST(MonitoringWorkPlanFile, shipped_with_the_platform_is_valid_when_present) {
  std::filesystem::path shipped = std::filesystem::path(CPS_TEST_DATA_DIR) / "monitoring" / "workplan.json";
  if (!std::filesystem::exists(shipped)) GTEST_SKIP() << "no default work plan in data/monitoring";
  std::ifstream in(shipped);
  std::stringstream text;
  text << in.rdbuf();
  auto file = read_work_plan_file(text.str());
  ASSERT_TRUE(file) << file.error().message << " " << file.error().field;
  EXPECT_EQ(file->periods.size(), std::size_t(kPeriods));
  EXPECT_FALSE(file->activities.empty());
}

}  // namespace
}  // namespace cps::monitoring
