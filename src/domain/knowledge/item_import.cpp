// Importing the knowledge base's downloads (see item_import.hpp).
#include "domain/knowledge/item_import.hpp"

#include <boost/json.hpp>

#include "domain/knowledge/item_input.hpp"
#include "domain/knowledge/item_table.hpp"

namespace cps::knowledge {

namespace json = boost::json;

Result<std::vector<ItemInput>> items_of_download(std::string_view text,
                                                 std::vector<KnowledgeService::ImportProblem>& problems) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  json::value body = json::parse(text, ec, {}, options);
  if (ec) return fail(ErrorKind::invalid, "The body is not valid JSON.", "body", ec.message());
  if (!body.is_object()) return fail(ErrorKind::unprocessable, "The body must be a JSON object.", "body");
  auto* items = body.as_object().if_contains("items");
  if (!items || !items->is_array()) return fail(ErrorKind::invalid, "Give the items as a list in \"items\".", "items");
  std::vector<ItemInput> out;
  for (std::size_t i = 0; i < items->as_array().size(); ++i) {
    const auto& v = items->as_array()[i];
    if (!v.is_object()) {
      problems.push_back({i + 1, "", "This must be an object."});
      continue;
    }
    auto in = read_input(v.as_object());
    if (!in) {
      problems.push_back({i + 1, in.error().field, in.error().message});
      continue;
    }
    out.push_back(std::move(*in));
  }
  return out;
}

Result<KnowledgeService::ImportSummary> import_knowledge(KnowledgeService& knowledge, const accounts::Principal& who,
                                                        std::string_view file, ImportFormat format,
                                                        std::vector<KnowledgeService::ImportProblem>& problems) {
  std::vector<ItemInput> items;
  CsvItems rows;
  if (format == ImportFormat::json) {
    auto read = items_of_download(file, problems);
    if (!read) return std::unexpected(read.error());
    items = std::move(*read);
  } else {
    auto read = items_of_csv(file, problems);
    if (!read) return std::unexpected(read.error());
    rows = std::move(*read);
    items = std::move(rows.items);
  }
  if (!problems.empty()) return fail(ErrorKind::unprocessable, "The file has problems; nothing was stored.", "items");
  auto summary = knowledge.import_items(who, items, problems);
  rows.locate(problems);
  return summary;
}

}  // namespace cps::knowledge
