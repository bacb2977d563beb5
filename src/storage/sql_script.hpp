// Splits a migration file into statements, so both backends run them one at a time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cps::storage {

// Statements end with ';' outside quotes and comments. '--' comments and blank statements
// are dropped; quoted text ('...' with '' escapes, "...") is kept whole, so a ';' inside
// a string does not split it.
std::vector<std::string> split_sql_script(std::string_view script);

}  // namespace cps::storage
