// The rules of the units an indicator is measured in: what a baseline, a target or a value
// recorded in that unit may be (see check_unit_value in pilot_input.hpp).
#include <cmath>

#include "domain/pilot/input_fields.hpp"
#include "domain/pilot/pilot_input.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using i18n::N_;

namespace {

bool is_whole(double value) { return std::floor(value) == value; }

}  // namespace

Status check_unit_value(Unit unit, double value, const std::string& field) {
  if (!std::isfinite(value)) return fail(ErrorKind::unprocessable, "This must be a number.", field);
  if (std::abs(value) > input_parts::kLargestNumber)
    return fail(ErrorKind::unprocessable, N_("This number is too large."), field);
  switch (unit) {
    case Unit::count:
    case Unit::people:
    case Unit::organisations:
    case Unit::companies:
    case Unit::events:
    case Unit::documents:
      if (value < 0 || !is_whole(value))
        return fail(ErrorKind::unprocessable, N_("A count is a whole number of zero or more."), field);
      return {};
    case Unit::percent:
      if (value < 0 || value > 100)
        return fail(ErrorKind::unprocessable, N_("A percentage lies between 0 and 100."), field);
      return {};
    case Unit::euro:
      if (value < 0) return fail(ErrorKind::unprocessable, N_("An amount in euro cannot be negative."), field);
      return {};
    case Unit::days:
      if (value < 0) return fail(ErrorKind::unprocessable, N_("A number of days cannot be negative."), field);
      return {};
    case Unit::hours:
      if (value < 0) return fail(ErrorKind::unprocessable, N_("A number of hours cannot be negative."), field);
      return {};
    case Unit::score:
      if (value < 0 || value > 10)
        return fail(ErrorKind::unprocessable, N_("A score lies between 0 and 10."), field);
      return {};
  }
  return {};
}

}  // namespace cps::pilot
