// Assessments as tables: the scores download (CSV, XLSX, JSON) and the self-assessment form
// that goes out as XLSX for drafting offline with the region's stakeholders and comes back
// with the same checks as the page.
#pragma once

#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/assessment/assessment.hpp"
#include "domain/assessment/framework.hpp"
#include "domain/assessment/score_input.hpp"
#include "export/table.hpp"

namespace cps::assessment {

// One row per score: region, period, framework_version, area, criterion, title, timeframe,
// source, reviewer, answer, level, confidence, justification, evidence (a list cell of
// kind:reference).
exports::Table scores_table(const Assessment& assessment, const Framework& framework, const std::string& language);

// One row per criterion: area, criterion, title, question, level_1, level_3, level_5 (to read),
// then for past, current and target: <frame>_answer (1–5, n/a or no data), <frame>_confidence,
// and justification, evidence (to fill), pre-filled with the self scores there are.
exports::Table self_assessment_form(const Assessment& assessment, const Framework& framework,
                                    const std::string& language);
// Reads a filled form back into score inputs (empty answers are left out). Fails (invalid)
// naming "row N, <column>"; the values are then checked by check_scores like the page's.
Result<std::vector<ScoreInput>> read_self_assessment_form(const exports::Table& table);

}  // namespace cps::assessment
