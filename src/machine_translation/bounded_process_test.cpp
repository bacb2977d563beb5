// The bounds of run_bounded with ordinary programs: text in and out unchanged, a program
// that hangs killed at its time, too much output refused, a missing program and a failing
// one reported, a program that does not read its input or opens it by name.
#include "machine_translation/bounded_process.hpp"

#include <gtest/gtest.h>

namespace cps::machine_translation {

using namespace std::chrono_literals;

TEST(BoundedProcess, passes_the_text_through_standard_input_and_output) {
  std::string text = "Кластери и регионална политика\n" + std::string(300000, 'x');
  auto out = run_bounded({"cat"}, text, ProcessLimits{5s, 1 << 20});
  ASSERT_TRUE(out) << out.error().detail;
  EXPECT_EQ(*out, text);
}

TEST(BoundedProcess, the_text_never_reaches_a_command_line) {
  auto out = run_bounded({"echo", "$(id)", ";", "`id`"}, "", ProcessLimits{});
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "$(id) ; `id`\n");
}

TEST(BoundedProcess, a_program_past_its_time_is_killed_with_what_it_started) {
  auto started = std::chrono::steady_clock::now();
  auto out = run_bounded({"sh", "-c", "sleep 30 | cat"}, "", ProcessLimits{300ms, 1024});
  ASSERT_FALSE(out);
  EXPECT_EQ(out.error().kind, ErrorKind::unavailable);
  EXPECT_NE(out.error().detail.find("no answer within 300 ms"), std::string::npos) << out.error().detail;
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
}

TEST(BoundedProcess, more_output_than_allowed_is_a_failure) {
  auto out = run_bounded({"head", "-c", "100000", "/dev/zero"}, "", ProcessLimits{5s, 1000});
  ASSERT_FALSE(out);
  EXPECT_NE(out.error().detail.find("more than 1000 bytes"), std::string::npos) << out.error().detail;
}

TEST(BoundedProcess, a_missing_program_and_a_failing_one_are_unavailable) {
  auto missing = run_bounded({"cps-no-such-program"}, "text", ProcessLimits{});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().kind, ErrorKind::unavailable);
  auto failing = run_bounded({"false"}, "", ProcessLimits{});
  ASSERT_FALSE(failing);
  EXPECT_NE(failing.error().detail.find("exit status 1"), std::string::npos);
}

TEST(BoundedProcess, a_program_that_does_not_read_its_input_is_no_danger) {
  auto out = run_bounded({"true"}, std::string(1 << 20, 'x'), ProcessLimits{5s, 1024});
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "");
}

TEST(BoundedProcess, a_program_may_open_its_standard_input_by_name) {
  auto out = run_bounded({"cat", "/dev/stdin"}, "Кластери", ProcessLimits{});
  ASSERT_TRUE(out) << out.error().detail;
  EXPECT_EQ(*out, "Кластери");
}

}  // namespace cps::machine_translation
