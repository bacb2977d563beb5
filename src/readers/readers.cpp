#include "readers/readers.hpp"

#include <fmt/format.h>

#include <iterator>
#include <set>
#include <string>
#include <tuple>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"
#include "readers/eurostat_tsv.hpp"
#include "readers/long_table.hpp"
#include "readers/sdmx_csv.hpp"

namespace cps::readers {

using i18n::N_;

namespace {

constexpr std::pair<FileFormat, std::string_view> kFormats[] = {
    {FileFormat::eurostat_tsv, "eurostat-tsv"},
    {FileFormat::sdmx_csv, "sdmx-csv"},
    {FileFormat::csv, "csv"},
    {FileFormat::xlsx, "xlsx"}};

// The rules every format shares. Keys are the file's own codes (before any renaming of
// older NUTS codes, which the importer checks again).
void check(ObservationTable& table, NegativeValues negative) {
  std::set<std::tuple<std::string, std::vector<std::string>, int>> seen;
  std::vector<Observation> kept;
  kept.reserve(table.observations.size());
  for (auto& o : table.observations) {
    if (negative == NegativeValues::refused && o.value && *o.value < 0) {
      table.issues.push_back(
          {o.line, o.column,
           N_("The value is negative, but the figures of this dataset are counts."),
           fmt::format("{}", *o.value)});
      continue;
    }
    if (!seen.insert({o.geo, o.dimensions, o.year}).second) {
      table.issues.push_back(
          {o.line, o.column, N_("The same region, sector and year come twice."), o.geo});
      continue;
    }
    kept.push_back(std::move(o));
  }
  table.observations = std::move(kept);
}

}  // namespace

std::string_view to_string(FileFormat format) {
  for (const auto& [f, name] : kFormats)
    if (f == format) return name;
  return "?";
}

std::optional<FileFormat> parse_file_format(std::string_view name) {
  for (const auto& [f, n] : kFormats)
    if (n == name) return f;
  return std::nullopt;
}

Result<ObservationTable> read_observations(FileFormat format, std::istream& in,
                                           const ReadOptions& options) {
  Result<ObservationTable> table;
  switch (format) {
    case FileFormat::eurostat_tsv:
      table = read_eurostat_tsv(in, options.progress);
      break;
    case FileFormat::sdmx_csv:
      table = read_sdmx_csv(in, options.progress);
      break;
    case FileFormat::csv:
      table = read_long_csv(in, options.progress);
      break;
    case FileFormat::xlsx: {
      // A workbook is a zip archive: read whole (it is small next to what it unpacks to).
      std::string bytes;
      char buffer[64 * 1024];
      while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, std::size_t(in.gcount()));
        if (bytes.size() > options.xlsx.max_unpacked_bytes)
          return fail(ErrorKind::payload_too_large, "The file is too large.", "file");
      }
      table = read_xlsx(bytes, options.progress, options.xlsx);
      break;
    }
  }
  if (!table) return table;
  check(*table, options.negative_values);
  return table;
}

std::optional<FileFormat> guess_format(std::string_view file_name, std::string_view first_bytes) {
  std::string name = text::to_lower_ascii(file_name);
  if (name.ends_with(".tsv") || name.ends_with(".tsv.txt")) return FileFormat::eurostat_tsv;
  if (name.ends_with(".xlsx")) return FileFormat::xlsx;
  if (first_bytes.starts_with("PK\x03\x04")) return FileFormat::xlsx;
  std::string_view header = first_bytes.substr(0, first_bytes.find('\n'));
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);
  // A header line with Eurostat's geo\time is the bulk TSV whatever the name says.
  if (header.find("\\time") != std::string_view::npos &&
      header.find('\t') != std::string_view::npos)
    return FileFormat::eurostat_tsv;
  if (header.find("OBS_VALUE") != std::string_view::npos &&
      header.find("TIME_PERIOD") != std::string_view::npos)
    return FileFormat::sdmx_csv;
  if (name.ends_with(".csv") || text::to_lower_ascii(header).starts_with("region,"))
    return FileFormat::csv;
  return std::nullopt;
}

Result<FileFormat> choose_format(std::string_view named, std::string_view file_name,
                                 std::string_view first_bytes) {
  if (!named.empty() && named != "auto") {
    auto f = parse_file_format(named);
    if (!f)
      return fail(ErrorKind::invalid, "Choose the format eurostat-tsv, sdmx-csv, csv or xlsx.",
                  "format");
    return *f;
  }
  auto guessed = guess_format(file_name, first_bytes);
  if (!guessed)
    return fail(
        ErrorKind::invalid,
        "The format cannot be told from the file; choose eurostat-tsv, sdmx-csv, csv or xlsx.",
        "format");
  return *guessed;
}

}  // namespace cps::readers
