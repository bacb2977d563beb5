// Pilots: the plan the lead's staff draw up before the baseline is approved — the logframe and
// the indicators with their baselines and targets. Once approved, the plan changes only
// through a modification request (baseline.cpp); an indicator's name and source stay editable.
#include <algorithm>
#include <set>

#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace service_parts;
using i18n::N_;

namespace {

std::unexpected<Error> indicators_frozen(std::string field) {
  return fail(ErrorKind::conflict, N_("Once the baseline is approved, indicators are neither added nor removed."),
              std::move(field));
}

// The first part of the definition that differs, other than the name and the source; "" when
// none does.
std::string changed_part(const Indicator& stored, const IndicatorInput& input) {
  if (stored.code != input.code) return "code";
  if (stored.kind != input.kind) return "kind";
  if (stored.unit != input.unit) return "unit";
  if (stored.direction != input.direction) return "direction";
  if (stored.baseline != input.baseline) return "baseline";
  if (stored.target != input.target) return "target";
  if (stored.logframe_code != input.logframe_code) return "logframe";
  return "";
}

bool in_logframe(const std::vector<LogframeEntry>& logframe, const std::string& code) {
  return std::any_of(logframe.begin(), logframe.end(), [&](const LogframeEntry& e) { return e.code == code; });
}

}  // namespace

Status service_parts::check_indicator_references(const std::vector<Indicator>& indicators,
                                  const std::vector<LogframeEntry>& logframe) {
  for (const auto& i : indicators)
    if (i.logframe_code && !in_logframe(logframe, *i.logframe_code))
      return fail(ErrorKind::unprocessable,
                  N_("An indicator measures an entry left out: keep the entry, or change the indicator first."),
                  "logframe");
  return {};
}

Result<Pilot> PilotService::save_logframe(const Principal& who, PilotId id, int revision,
                                          std::vector<LogframeEntry> logframe) {
  if (auto ok = check_logframe(logframe); !ok) return std::unexpected(ok.error());
  for (std::size_t i = 0; i < logframe.size(); ++i) logframe[i].position = int(i);
  auto after = change_pilot(
      repository_, who, id, revision, now_of(clock_), "logframe_saved",
      [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        if (!capabilities(who, p).edit) return std::unexpected(refusal(who));
        if (p.baseline_version >= 1)
          return fail(ErrorKind::conflict,
                      N_("The logframe of an approved pilot changes through a modification request."), "logframe");
        if (auto ok = check_indicator_references(p.indicators, logframe); !ok) return std::unexpected(ok.error());
        if (auto ok = store.replace_logframe(p.id, logframe); !ok) return std::unexpected(ok.error());
        return std::to_string(logframe.size()) + " entries";
      });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::save_indicator(const Principal& who, PilotId id, int revision,
                                           std::optional<IndicatorId> indicator, IndicatorInput input) {
  if (auto ok = check_indicator(input); !ok) return std::unexpected(ok.error());
  auto after = change_pilot(
      repository_, who, id, revision, now_of(clock_), "indicator_saved",
      [&](PilotStore& store, Pilot& p) -> Result<std::string> {
        if (!capabilities(who, p).edit) return std::unexpected(refusal(who));
        const Indicator* stored = nullptr;
        if (indicator) {
          auto it = std::find_if(p.indicators.begin(), p.indicators.end(),
                                 [&](const Indicator& i) { return i.id == *indicator; });
          if (it == p.indicators.end()) return not_found();
          stored = &*it;
        }
        if (p.baseline_version >= 1) {
          if (!stored) return indicators_frozen("code");
          if (auto part = changed_part(*stored, input); !part.empty())
            return fail(ErrorKind::conflict,
                        N_("Once the baseline is approved, only an indicator's name and source change here; its "
                           "target changes through a modification request."),
                        part);
        }
        const Indicator* same_code = indicator_coded(p, input.code);
        if (same_code && same_code != stored)
          return fail(ErrorKind::conflict, N_("Another indicator of this pilot has this code."), "code");
        if (input.logframe_code && !in_logframe(p.logframe, *input.logframe_code))
          return fail(ErrorKind::unprocessable, N_("Choose an entry of the pilot's logframe."), "logframe");
        Indicator saved;
        if (stored) {
          saved = *stored;
          // The values recorded must suit the unit the indicator is measured in now.
          for (const auto& v : stored->values)
            if (auto ok = check_unit_value(input.unit, v.value, "unit"); !ok) return std::unexpected(ok.error());
        } else {
          saved.position = int(p.indicators.size());
        }
        saved.code = input.code;
        saved.name = input.name;
        saved.kind = input.kind;
        saved.unit = input.unit;
        saved.direction = input.direction;
        saved.baseline = input.baseline;
        saved.target = input.target;
        saved.source = input.source;
        saved.logframe_code = input.logframe_code;
        auto written = store.save_indicator(p.id, saved);
        if (!written) return std::unexpected(written.error());
        return saved.code;
      });
  return shown(surroundings_, who, std::move(after));
}

Result<Pilot> PilotService::delete_indicator(const Principal& who, PilotId id, int revision, IndicatorId indicator) {
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "indicator_deleted",
                            [&](PilotStore& store, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).edit) return std::unexpected(refusal(who));
                              auto it = std::find_if(p.indicators.begin(), p.indicators.end(),
                                                     [&](const Indicator& i) { return i.id == indicator; });
                              if (it == p.indicators.end()) return not_found();
                              if (p.baseline_version >= 1) return indicators_frozen("indicator");
                              if (auto ok = store.delete_indicator(p.id, indicator); !ok)
                                return std::unexpected(ok.error());
                              return it->code;
                            });
  return shown(surroundings_, who, std::move(after));
}

}  // namespace cps::pilot
