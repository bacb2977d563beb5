// The demo transfers: practices of the demo knowledge base adopted in other regions, from
// data/demo/transfers.json, recorded through the transfer service as the demo people named in
// the file; several are linked to the demo pilots that test them, so their results show.
#pragma once

#include <filesystem>

#include "app/services.hpp"

namespace cps::app {

struct TransferDemoReport {
  std::size_t added = 0;
  std::size_t total = 0;  // the file's transfers stored now, added or already there
};

// Adds each transfer of the file that is not stored yet (the same practice to the same
// region); one that is there is left as it is. Needs the demo knowledge items and pilots
// stored first. Fails naming the transfer and what the service refused.
Result<TransferDemoReport> load_demo_transfers(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
