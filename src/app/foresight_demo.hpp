// The demo Delphi study "SEE clusters 2035": a finished three-round study with a panel of 20
// demo people from the partnership's countries, run through the Delphi service step by step
// (so every rule holds and the audit log names each step): some statements reach consensus,
// one stays in stable dissent, others remain open; and a 2 × 2 scenario frame built from it.
#pragma once

#include "app/services.hpp"

namespace cps::app {

struct ForesightDemoReport {
  bool added = false;  // false: the study was there already
  std::size_t panellists = 0;
  std::size_t countries = 0;
};

// Adds the study unless one with its title exists.
Result<ForesightDemoReport> load_demo_foresight(Services& services);

}  // namespace cps::app
