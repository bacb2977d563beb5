// `clusterpolisee analytics recompute`: computes and keeps the complexity results of every
// dataset with sectors, with a progress bar; the demo and imports run it too.
#pragma once

#include "app/config.hpp"
#include "app/services.hpp"

namespace cps::app {

int run_recompute_command(const Config& config);

// Recomputes as the command line, with a progress bar on standard error.
Result<statistics::RecomputeReport> recompute_with_progress(Services& services);

}  // namespace cps::app
