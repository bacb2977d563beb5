// The demo knowledge base: items about real cluster policies of the region, in many
// languages, written by demo members and taken through the review workflow.
#pragma once

#include <filesystem>

#include "app/services.hpp"

namespace cps::app {

// Adds the items of the file whose slug is not stored yet; returns how many it added.
Result<std::size_t> load_demo_knowledge(Services& services, const std::filesystem::path& file);

// `clusterpolisee import knowledge FILE [--format json|csv]`: the items of a JSON or CSV
// download of the knowledge base (GET /api/v1/knowledge?format=json|csv), added as drafts; a
// file with any problem adds nothing. Without a format, a .json or .csv name decides, else
// the content (a JSON download starts with "{").
int run_knowledge_import(const Config& config, const std::string& file, const std::string& format);

// Makes the stored index terms again when they were made by another analysis or thesaurus
// (everything with `reindex`), with a progress bar on standard error; before the command
// line writes items, so that they are not indexed twice.
enum class Reindex { when_stale, everything };
Result<std::size_t> reindex_with_progress(Services& services, Reindex which);

// `clusterpolisee knowledge reindex`: every item indexed again.
int run_reindex_command(const Config& config);

}  // namespace cps::app
