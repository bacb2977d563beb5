// Statistics: importing a file as a new version of a dataset, every row checked against the
// reference regions and the NUTS code changes, every problem reported by line and column. Rows
// of the European regions outside the programme area are kept too, as reference data.
#include "domain/statistics/statistics_service.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::statistics {

using i18n::N_;

namespace {

bool valid_code(std::string_view code) {
  return code.size() >= 2 && code.size() <= 60 && std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
         });
}

}  // namespace

Result<ImportReport> StatisticsService::import_dataset(
    const accounts::Principal& who, FileFormat format, std::istream& in, std::size_t size,
    const ImportRequest& request, std::vector<Issue>& issues, const ImportProgress& progress) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  // A new version of a dataset keeps the dataset's title, unit, source and licence where
  // the request leaves them empty.
  Dataset dataset = request.dataset;
  if (!valid_code(dataset.code))
    return fail(ErrorKind::unprocessable,
                "Use 2 to 60 lower-case letters, digits and hyphens for the dataset code.", "code");
  if (auto known = repository_.dataset_by_code(dataset.code); !known) {
    return std::unexpected(known.error());
  } else if (*known) {
    for (auto [field, stored] : {std::pair{&dataset.title, &(*known)->title},
                                 {&dataset.unit, &(*known)->unit},
                                 {&dataset.source, &(*known)->source},
                                 {&dataset.licence, &(*known)->licence}})
      if (field->empty()) *field = *stored;
  }
  if (dataset.title.empty() || dataset.title.size() > 300)
    return fail(ErrorKind::unprocessable, "Give the dataset a title.", "title");

  ReadOptions read_options;
  read_options.negative_values = request.negative_values;
  read_options.progress = [&](std::size_t bytes) {
    if (progress) progress(bytes, size, "read");
  };
  auto table = read_observations(format, in, read_options);
  if (!table) return std::unexpected(table.error());
  issues = std::move(table->issues);

  // Which dimension is the sector, which are selected, which make the breakdown. Long files
  // name their sector column themselves.
  const std::string& sector_dimension =
      table->sector_dimension.empty() ? request.sector_dimension : table->sector_dimension;
  std::optional<std::size_t> sector_at;
  std::vector<std::pair<std::size_t, std::string>> selected;
  std::vector<std::size_t> breakdown_at;
  for (std::size_t i = 0; i < table->dimension_names.size(); ++i) {
    const auto& name = table->dimension_names[i];
    if (name == sector_dimension)
      sector_at = i;
    else if (auto s = request.select.find(name); s != request.select.end())
      selected.emplace_back(i, s->second);
    else
      breakdown_at.push_back(i);
  }
  if (!sector_dimension.empty() && !sector_at)
    return fail(ErrorKind::unprocessable, "The file has no such sector dimension.",
                "sector_dimension");
  for (const auto& [name, value] : request.select)
    if (std::find(table->dimension_names.begin(), table->dimension_names.end(), name) ==
        table->dimension_names.end())
      return fail(ErrorKind::unprocessable, "The file has no such dimension to select.", "select");

  auto regions = reference_.find_regions({});
  if (!regions) return std::unexpected(regions.error());
  auto countries = reference_.countries();
  if (!countries) return std::unexpected(countries.error());
  std::set<std::string> known;
  for (const auto& r : regions->regions) known.insert(r.code.str());
  std::set<std::string> programme;
  for (const auto& c : *countries) programme.insert(c.code.str());
  auto european = repository_.european_regions();
  if (!european) return std::unexpected(european.error());
  std::set<std::string> reference_only;
  for (const auto& r : *european) reference_only.insert(r.code);

  auto changes = repository_.region_code_changes();
  if (!changes) return std::unexpected(changes.error());
  std::set<std::string> in_file;
  for (const auto& o : table->observations) in_file.insert(o.geo);

  ImportReport report;
  std::vector<ObservationRecord> rows;
  std::set<std::tuple<std::string, std::string, std::string, int>> seen;
  std::set<std::size_t> reported_lines;
  std::size_t in_programme_area = 0;
  std::size_t done = 0, total = table->observations.size();
  for (const auto& o : table->observations) {
    if (progress && ++done % 8192 == 0) progress(done, total, "check");
    bool wanted = std::all_of(selected.begin(), selected.end(),
                              [&](const auto& s) { return o.dimensions[s.first] == s.second; });
    if (!wanted) {
      ++report.not_selected;
      continue;
    }
    std::string region = o.geo;
    const bool for_reference = reference_only.contains(region);
    if (!known.contains(region) && !for_reference) {
      // Other countries' regions, and the "extra-regio" codes ending in Z, are simply outside
      // the programme area. An older NUTS code is renamed, or left out when the file has
      // the region under its new code as well; a split region and anything else unknown is
      // a problem to report.
      bool ours = region.size() >= 2 && programme.contains(region.substr(0, 2));
      auto change = changes->find(region);
      if (!ours || region.back() == 'Z') {
        ++report.outside_area;
        continue;
      }
      if (change != changes->end() && change->second) {
        if (in_file.contains(*change->second)) {
          ++report.superseded;
          continue;
        }
        region = *change->second;
        ++report.renamed;
      } else {
        if (reported_lines.insert(o.line).second)
          issues.push_back({o.line, 1,
                            change != changes->end()
                                ? N_("This region of an older NUTS version was split or merged; "
                                     "its figures cannot be carried over to NUTS 2021.")
                                : N_("This is not a NUTS 2021 region code of the programme area "
                                     "(an older NUTS version?)."),
                            o.geo});
        continue;
      }
    }
    ObservationRecord r;
    r.region = region;
    if (sector_at) r.sector = o.dimensions[*sector_at];
    for (auto i : breakdown_at)
      r.breakdown +=
          (r.breakdown.empty() ? "" : ";") + table->dimension_names[i] + "=" + o.dimensions[i];
    r.year = o.year;
    r.value = o.value;
    r.flags = o.flags;
    if (!seen.insert({r.region, r.sector, r.breakdown, r.year}).second) {
      issues.push_back(
          {o.line, o.column, N_("The same region, sector and year come twice."), o.geo});
      continue;
    }
    ++(for_reference ? report.reference : in_programme_area);
    rows.push_back(std::move(r));
  }
  std::sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  if (!issues.empty() && request.invalid_rows == InvalidRows::refuse_file)
    return fail(ErrorKind::unprocessable,
                "The file has problems; nothing was imported. Correct them, or import only the "
                "valid rows.",
                "file");
  if (in_programme_area == 0)
    return fail(ErrorKind::unprocessable,
                "No row of the file is about a region of the programme area.", "file");

  DatasetVersion version;
  version.imported_at = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  version.imported_by = who.label;
  version.file_name = request.file_name;
  version.format = std::string(to_string(format));
  version.rows = std::int64_t(rows.size());
  version.skipped = std::int64_t(report.outside_area + report.reference);
  auto [first, last] = std::minmax_element(rows.begin(), rows.end(),
                                           [](auto& a, auto& b) { return a.year < b.year; });
  version.first_year = first->year;
  version.last_year = last->year;
  if (progress) progress(total, total, "store");
  auto stored = repository_.add_version(dataset, version, rows);
  if (!stored) return std::unexpected(stored.error());
  report.version = *stored;
  if (issues.size() > kMaxIssues) issues.resize(kMaxIssues);
  report.issues = issues;
  return report;
}

Result<std::map<std::string, std::string>> parse_selections(const std::vector<std::string>& texts) {
  std::map<std::string, std::string> out;
  for (const auto& raw : texts) {
    std::string s = text::trim(raw);
    if (s.empty()) continue;
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == s.size())
      return fail(ErrorKind::invalid, "Give each selection as dimension=value, e.g. age=Y_GE15.",
                  "select");
    out[text::trim(s.substr(0, eq))] = text::trim(s.substr(eq + 1));
  }
  return out;
}

}  // namespace cps::statistics
