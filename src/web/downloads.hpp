// Every table of figures on a page downloads as CSV, XLSX or JSON from the page's own
// address with ?table=NAME&format=csv|xlsx|json, so a download holds exactly the figures the
// page shows for the same query. Figures are written plainly ('.' decimal point), not in the
// page's number format.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "export/table.hpp"
#include "http/types.hpp"
#include "web/site.hpp"

namespace cps::web {

// A figure as downloads write it: plain, '.' decimal point, enough digits to recompute.
std::string plain_figure(double value);

// {"csv_href", "xlsx_href", "json_href"} for the table `name` of the page of `request`.
Object download_links(const http::Request& request, std::string_view name);

// The file when the request asks for one of the page's tables, an error page when it asks
// for a table or format the page does not have, and nullopt when it asks for no file.
// Files are named clusterpolisee-<stem>-<table>.<format>.
std::optional<http::Response> table_download(const Site& site, const http::Request& request,
                                             const std::vector<exports::Table>& tables,
                                             std::string_view stem);

}  // namespace cps::web
