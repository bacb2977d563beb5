// One way in for every file format: the reader of the format, then the checks that apply to
// all of them (negative counts, the same key twice), so each rule exists once.
#pragma once

#include <istream>
#include <optional>
#include <string_view>

#include "core/error.hpp"
#include "readers/observation_table.hpp"
#include "readers/xlsx.hpp"

namespace cps::readers {

// Whether a dataset's values may be below zero: counts (people, firms, euros) may not.
enum class NegativeValues { refused, allowed };

struct ReadOptions {
  NegativeValues negative_values = NegativeValues::refused;
  ReadProgress progress;
  XlsxLimits xlsx;
};

// Reads a whole file of the given format. Failures are about the file as a whole (wrong
// header, not a workbook); problems of rows and cells are issues in the table.
Result<ObservationTable> read_observations(FileFormat format, std::istream& in,
                                           const ReadOptions& options = {});

// The format of a file from its name and first bytes: .tsv is Eurostat's, .xlsx a workbook,
// .csv the long layout unless its header has SDMX's columns. nullopt when it cannot tell.
std::optional<FileFormat> guess_format(std::string_view file_name, std::string_view first_bytes);

// The format named ("eurostat-tsv" …), or guessed when the name is "" or "auto". Fails
// (invalid, naming "format") for an unknown name or a file whose format cannot be told.
Result<FileFormat> choose_format(std::string_view named, std::string_view file_name,
                                 std::string_view first_bytes);

}  // namespace cps::readers
