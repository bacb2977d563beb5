// The sdmx csv reader on any file a person or a statistical office might send.
#include <sstream>

#include "fuzz/readers_fuzz.hpp"
#include "readers/sdmx_csv.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in{std::string(fuzz::text(data, size))};
  if (auto table = readers::read_sdmx_csv(in)) fuzz::check_table(*table);
  return 0;
}
