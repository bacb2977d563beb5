// Statistics: what administrators keep beside the datasets — the overview of datasets and
// versions, and the NUTS code changes imports apply.
#include "domain/statistics/statistics_service.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace cps::statistics {

namespace {

bool nuts_code_shape(std::string_view code) {
  return code.size() >= 2 && code.size() <= 5 &&
         std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }) &&
         code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

}  // namespace

Result<StatisticsService::Overview> StatisticsService::overview(const accounts::Principal& who) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  Overview out;
  auto all = repository_.datasets();
  if (!all) return std::unexpected(all.error());
  for (auto& d : *all) {
    auto versions = repository_.versions(d.id);
    if (!versions) return std::unexpected(versions.error());
    out.datasets.emplace_back(std::move(d), std::move(*versions));
  }
  auto changes = repository_.list_region_code_changes();
  if (!changes) return std::unexpected(changes.error());
  out.code_changes = std::move(*changes);
  return out;
}

Result<std::vector<RegionCodeChange>> StatisticsService::code_changes(
    const accounts::Principal& who) {
  if (auto ok = require_dataset_manager(who); !ok) return std::unexpected(ok.error());
  return repository_.list_region_code_changes();
}

Status StatisticsService::add_code_change(const accounts::Principal& who, RegionCodeChange change) {
  if (auto ok = require_dataset_manager(who); !ok) return ok;
  change.old_code = text::to_upper_ascii(text::trim(change.old_code));
  if (change.new_code) change.new_code = text::to_upper_ascii(text::trim(*change.new_code));
  change.vintage = text::trim(change.vintage);
  change.note = text::trim(change.note);
  if (!nuts_code_shape(change.old_code))
    return fail(ErrorKind::unprocessable, "Give the old code as a NUTS code, e.g. HU10.",
                "old_code");
  if (change.vintage.size() > 60 || change.note.size() > 300)
    return fail(ErrorKind::unprocessable, "The note is too long.", "note");
  auto current = reference_.region(change.old_code);
  if (current)
    return fail(ErrorKind::unprocessable,
                "This is a current NUTS 2021 code; only older codes can be changed.", "old_code");
  if (current.error().kind != ErrorKind::not_found) return std::unexpected(current.error());
  if (change.new_code) {
    auto target = reference_.region(*change.new_code);
    if (!target && target.error().kind != ErrorKind::not_found)
      return std::unexpected(target.error());
    if (!target || target->region.level != 2)
      return fail(ErrorKind::unprocessable,
                  "The new code must be a NUTS 2 region of the programme area.", "new_code");
  }
  if (auto ok = repository_.add_region_code_change(change); !ok) {
    if (ok.error().kind == ErrorKind::conflict)
      return fail(ErrorKind::conflict, "This old code has a change already; remove it first.",
                  "old_code");
    return ok;
  }
  return {};
}

Status StatisticsService::remove_code_change(const accounts::Principal& who,
                                             std::string_view old_code) {
  if (auto ok = require_dataset_manager(who); !ok) return ok;
  auto removed = repository_.remove_region_code_change(text::to_upper_ascii(text::trim(old_code)));
  if (!removed) return std::unexpected(removed.error());
  if (!*removed) return fail(ErrorKind::not_found, "There is no change for this code.", "old_code");
  return {};
}

}  // namespace cps::statistics
