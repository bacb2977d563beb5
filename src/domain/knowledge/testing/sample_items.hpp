// A sample item input with every field set, for tests that write an item out and read it back
// (JSON, CSV, the databases). Test-only code.
#pragma once

#include <optional>

#include "domain/knowledge/knowledge.hpp"

namespace cps::knowledge {

// A past voucher scheme in Romanian with an English version, every optional field filled in,
// so that a round trip that drops a field shows. Tests change the fields they are about (odd
// characters, other scripts); contact ids 1 because the storage tests' databases hold those.
inline ItemInput sample_input() {
  ItemInput in;
  in.slug = "cluster-vouchers";
  in.kind = Kind::instrument;
  in.original_language = "ro";
  in.areas = {"WG2"};
  in.countries = {"RO"};
  in.regions = {"RO21"};
  in.timeframe = Timeframe::past;
  in.start_year = 2016;
  in.end_year = 2020;
  in.instrument = Instrument::vouchers;
  in.funding_source = "ERDF";
  in.budget = Budget{1500000, "RON", 0.2, "2020-01-31"};
  in.target_groups = {"SMEs"};
  in.sectors = {"16", "29"};
  in.contact_organisation = accounts::OrganisationId(1);
  in.contact_person = accounts::UserId(1);
  in.sources = {{"Guide", "https://example.org/guide", "ADR", 2019}, {"Notes", "", "", std::nullopt}};
  in.texts = {{"ro", "Vouchere", "Rezumat", "Corp", "", "", "", Translation::original},
              {"en", "Vouchers", "Summary", "Body", "Results", "", "", Translation::human}};
  return in;
}

}  // namespace cps::knowledge
