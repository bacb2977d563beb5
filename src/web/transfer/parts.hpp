// What the transfer pages' files share: addresses, regions' names, and a transfer as a row of
// the lists (the map's page, a practice's history, the knowledge item's section).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/transfer/transfer.hpp"
#include "web/transfer_labels.hpp"
#include "web/transfer_pages.hpp"

namespace cps::web::transfer_parts {

// "/en/transfers/12"
std::string transfer_href(i18n::Language lang, transfer::TransferId id);
// "/en/knowledge/12"
std::string practice_href(i18n::Language lang, std::int64_t item);

// The names of regions, asked of the reference data once for every code a page shows.
class RegionNames {
 public:
  RegionNames(reference::ReferenceService& reference, const std::vector<std::string>& codes);
  // "Nord-Est (RO21)", or the code when the reference data do not know it.
  std::string label(const RegionCode& code) const;
  std::string name(const RegionCode& code) const;

 private:
  std::map<std::string, std::string> names_;
};

// The codes of the origins and destinations of `transfers`.
std::vector<std::string> region_codes(const std::vector<transfer::Transfer>& transfers);

// A transfer as every list shows it: the practice, from → to, who and when, how far, and its
// results (the pilot's targets met and evaluation, or the result recorded).
Object transfer_row(const Site& site, i18n::Language lang, const RegionNames& names, const transfer::Transfer& t);

}  // namespace cps::web::transfer_parts

// Only the files in web/transfer/ include this header: the names below are theirs alone.
namespace cps::web {

using i18n::N_;
using namespace cps::transfer;
namespace bhttp = http::bhttp;
using transfer_parts::practice_href;
using transfer_parts::region_codes;
using transfer_parts::RegionNames;
using transfer_parts::transfer_href;
using transfer_parts::transfer_row;

}  // namespace cps::web
