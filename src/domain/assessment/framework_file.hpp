// A framework as a file, so that a partnership can start from another's: one JSON document
// {format: "clusterpolisee-framework", version, note, sources, divergence, criteria: [{code,
// area, position, weight, justification, texts: {en: {title, question, guidance, evidence,
// level_1, level_3, level_5}, ro: …}}]}. Written by the export, read by the import (command
// line and API) and by the shipped default (data/assessment/framework.json, read from the
// resources folder).
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "domain/assessment/framework.hpp"

namespace cps::assessment {

std::string framework_file(const Framework& framework);
// Fails (invalid) naming the field ("criteria.4.texts.ro.level_3"); the values are checked by
// check_framework when it is stored.
Result<Framework> read_framework_file(std::string_view text);

}  // namespace cps::assessment
