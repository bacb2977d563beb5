// An item's input in its one JSON shape: read (with the field at fault) and written the same
// way by the API, the JSON download and import, the form (through its fields as this shape)
// and the stored revisions. The rules on values are check_input's; this reads the shape.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/knowledge/knowledge.hpp"

namespace cps::knowledge {

// The one rule for a year an item names (its start, end, a source's year), and its message.
// (The shared year parameter of pages and the API has the same range and message.)
bool is_year(std::int64_t year);
Error year_error(std::string field);

// The input as a JSON object: slug, kind, original_language, areas, countries, regions,
// timeframe, start_year, end_year, instrument, funding_source, budget {amount, currency,
// eur_rate, rate_date}, target_groups, sectors, contact_organisation, contact_person, sources, texts.
boost::json::object input_json(const ItemInput& input);
boost::json::array sources_json(const std::vector<Source>& sources);

// Reads that shape. Absent or null optional fields take their defaults (timeframe current,
// currency EUR, a text's translation "original" in the original language, else "human").
// The fields an item's JSON adds (id, status, revision, author, dates, about) are ignored; any other
// field fails. Fails with kind invalid naming the field ("budget.amount", "sources.2.year",
// "texts.ro.translation"); values are checked by check_input afterwards.
Result<ItemInput> read_input(const boost::json::object& object);
// A list of sources ([{title, url, publisher, year}]); fields named "sources.N.…".
Result<std::vector<Source>> read_sources(const boost::json::value& value);

}  // namespace cps::knowledge
