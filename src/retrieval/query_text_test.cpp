#include "retrieval/query_text.hpp"

#include <gtest/gtest.h>

namespace cps::retrieval {

TEST(QueryText, case_and_spacing_do_not_make_another_query) {
  EXPECT_EQ(normalise_query_text("  Innovation   VOUCHERS\t"), "innovation vouchers");
  EXPECT_EQ(normalise_query_text("ΑΝΆΠΤΥΞΗ Προμηθευτών"), "ανάπτυξη προμηθευτών");
  EXPECT_EQ(normalise_query_text("Țara\nBârsei"), "țara bârsei");
  EXPECT_EQ(normalise_query_text("\xff"), "");
}

TEST(QueryText, e_mail_addresses_and_long_numbers_may_identify_someone) {
  EXPECT_TRUE(may_identify_someone("contact ana.popescu@rda.example please"));
  EXPECT_TRUE(may_identify_someone("call 0721 555123"));
  EXPECT_TRUE(may_identify_someone("CNP 1850101123456"));
  EXPECT_FALSE(may_identify_someone("innovation vouchers 2021-2027"));
  EXPECT_FALSE(may_identify_someone("R&D @ clusters"));
  EXPECT_FALSE(may_identify_someone("NUTS RO11 and 12345"));
}

}  // namespace cps::retrieval
