// Importing the knowledge base's downloads (JSON or CSV) as drafts: one way for the API and
// the command line.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/knowledge/knowledge_service.hpp"

namespace cps::knowledge {

// The items of a JSON download ({"items": [...]}), each read with read_input; problems are
// reported per item (1-based) rather than stopping at the first.
Result<std::vector<ItemInput>> items_of_download(std::string_view json,
                                                 std::vector<KnowledgeService::ImportProblem>& problems);

// The file types an import reads: the JSON download and the CSV download.
enum class ImportFormat { json, csv };

// Imports the items of a download in `format` as `who` (KnowledgeService::import_items):
// a file that cannot be read fails with its error; problems of items are added to `problems`
// (CSV ones with their line and column) and the import fails with kind unprocessable,
// storing nothing.
Result<KnowledgeService::ImportSummary> import_knowledge(KnowledgeService& knowledge, const accounts::Principal& who,
                                                        std::string_view file, ImportFormat format,
                                                        std::vector<KnowledgeService::ImportProblem>& problems);

}  // namespace cps::knowledge
