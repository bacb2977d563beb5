// The names of the transfer's enums and the flows between regions.
#include "domain/transfer/transfer.hpp"

#include <algorithm>
#include <tuple>

#include "core/text.hpp"

namespace cps::transfer {

int year_of(const Transfer& transfer) {
  auto year = text::parse_int(std::string_view(transfer.adopted_on).substr(0, 4));
  return year ? int(*year) : 0;
}

std::vector<Flow> flows_of(const std::vector<Transfer>& transfers) {
  std::map<std::pair<std::string, std::string>, Flow> by_pair;
  for (const auto& t : transfers) {
    Flow& f = by_pair[{t.origin.str(), t.destination.str()}];
    f.origin = t.origin;
    f.destination = t.destination;
    ++f.transfers;
    ++f.by_status[t.status];
    if (std::find(f.items.begin(), f.items.end(), t.item) == f.items.end()) f.items.push_back(t.item);
    int year = year_of(t);
    if (year > 0) {
      f.first_year = f.first_year == 0 ? year : std::min(f.first_year, year);
      f.last_year = std::max(f.last_year, year);
    }
  }
  std::vector<Flow> out;
  for (auto& [key, flow] : by_pair) out.push_back(std::move(flow));
  std::stable_sort(out.begin(), out.end(), [](const Flow& a, const Flow& b) { return a.transfers > b.transfers; });
  return out;
}

std::string_view to_string(TransferStatus s) { return name_of(s, kTransferStatusNames); }
std::string_view to_string(Mode m) { return name_of(m, kModeNames); }

}  // namespace cps::transfer
