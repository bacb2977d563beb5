// `clusterpolisee analytics recompute`: computes and keeps the complexity results of every
// dataset with sectors, with a progress bar; the demo and imports run it too.
#pragma once

#include <string>

#include "app/config.hpp"
#include "app/services.hpp"

namespace cps::app {

// `--scope programme|europe` recomputes one scope only (both without it).
int run_recompute_command(const Config& config, const std::string& scope);

// `clusterpolisee sectors categories list|load FILE`: the NACE division → cluster category
// table, printed as CSV or replaced from a file (refused whole when a line has a problem).
struct CategoriesCommand {
  enum class Kind { list, load } kind = Kind::list;
  std::string file;
};
int run_categories_command(const Config& config, const CategoriesCommand& command);

// Loads the shipped table into an empty one (the demo); returns the rows loaded.
Result<std::size_t> load_shipped_categories(Services& services, const Config& config);

// Recomputes as the command line, with a progress bar on standard error: every scope, or
// those given.
Result<statistics::RecomputeReport> recompute_with_progress(
    Services& services, std::span<const statistics::Scope> scopes = statistics::kEveryScope);

}  // namespace cps::app
