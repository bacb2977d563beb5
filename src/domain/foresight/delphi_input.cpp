// The readers of the Delphi input shapes (see delphi_input.hpp).
#include "domain/foresight/delphi_input.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::foresight {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::size_t kTitleLength = 200;
constexpr std::size_t kStatementLength = 600;
constexpr std::size_t kParagraphLength = 4000;
constexpr std::size_t kMostAnswers = 500;

Result<const json::object*> object_of(const json::value& value) {
  if (!value.is_object()) return fail(ErrorKind::unprocessable, "The body must be a JSON object.");
  return &value.as_object();
}

// The trimmed text of `key`, "" when absent or null: clean UTF-8, line breaks allowed, at most
// `max` characters.
Result<std::string> text_field(const json::object& o, std::string_view key, std::size_t max,
                               const std::string& field) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), field);
  std::string out = text::trim(std::string_view(v->as_string()));
  std::string flat = out;
  std::replace_if(flat.begin(), flat.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  if (!text::is_valid_utf8(out) || text::has_control_characters(flat))
    return fail(ErrorKind::invalid, N_("This must be text."), field);
  if (text::utf8_length(out) > max)
    return fail_with(ErrorKind::invalid, N_("Keep this to {max} characters."), {{"max", std::to_string(max)}}, field);
  return out;
}

// A number, also as text (form fields arrive as text); nullopt when absent or empty.
Result<std::optional<double>> number_field(const json::object& o, std::string_view key, const std::string& field) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<double>();
  if (v->is_int64()) return std::optional<double>(static_cast<double>(v->as_int64()));
  if (v->is_uint64()) return std::optional<double>(static_cast<double>(v->as_uint64()));
  if (v->is_double() && std::isfinite(v->as_double())) return std::optional<double>(v->as_double());
  if (v->is_string()) {
    std::string t = text::trim(std::string_view(v->as_string()));
    if (t.empty()) return std::optional<double>();
    char* end = nullptr;
    double d = std::strtod(t.c_str(), &end);
    if (end && *end == '\0' && std::isfinite(d)) return std::optional<double>(d);
  }
  return fail(ErrorKind::invalid, N_("This must be a number."), field);
}

// A whole number, also as text; nullopt when absent or empty.
Result<std::optional<int>> whole_field(const json::object& o, std::string_view key, const std::string& field) {
  auto n = number_field(o, key, field);
  if (!n) return std::unexpected(n.error());
  if (!*n) return std::optional<int>();
  double d = **n;
  if (d != std::floor(d) || std::fabs(d) > 1e6) return fail(ErrorKind::invalid, N_("This must be a whole number."), field);
  return std::optional<int>(static_cast<int>(d));
}

// A tick box: true, "on", "true" or "1".
bool flag_field(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v) return false;
  if (v->is_bool()) return v->as_bool();
  if (v->is_string()) {
    std::string_view s = v->as_string();
    return s == "on" || s == "true" || s == "1";
  }
  return false;
}

template <class T>
Status set_if(const Result<std::optional<T>>& read, T& target) {
  if (!read) return std::unexpected(read.error());
  if (*read) target = **read;
  return {};
}

Status check_rules(const StopRules& r) {
  if (r.scale_min < 0 || r.scale_max > 100 || r.scale_max - r.scale_min < 2)
    return fail(ErrorKind::invalid, N_("A scale needs at least three points, from 0 to 100."), "scale_max");
  if (r.agreement_from <= r.scale_min || r.agreement_from > r.scale_max)
    return fail(ErrorKind::invalid, N_("The agreement band must start above the lowest point of the scale."),
                "agreement_from");
  if (r.agreement_percent <= 50 || r.agreement_percent > 100)
    return fail(ErrorKind::invalid, N_("The agreement share must be above 50 and at most 100 per cent."),
                "agreement_percent");
  if (r.iqr_max < 0 || r.iqr_max > r.scale_max - r.scale_min)
    return fail(ErrorKind::invalid, N_("The largest interquartile range must lie within the scale."), "iqr_max");
  if (r.horizon_iqr_max < 0 || r.horizon_iqr_max > 100)
    return fail(ErrorKind::invalid, N_("The largest interquartile range of years must be 0 to 100 years."),
                "horizon_iqr_max");
  if (r.stability_percent < 0 || r.stability_percent > 100)
    return fail(ErrorKind::invalid, N_("The stability share must be 0 to 100 per cent."), "stability_percent");
  if (r.max_rounds < 2 || r.max_rounds > 6)
    return fail(ErrorKind::invalid, N_("A Delphi study has 2 to 6 rounds."), "max_rounds");
  if (r.horizon_from < 1900 || r.horizon_to > 2300 || r.horizon_to <= r.horizon_from)
    return fail(ErrorKind::invalid, N_("The years must run forward, between 1900 and 2300."), "horizon_to");
  return {};
}

}  // namespace

Result<StudyInput> read_study(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  StudyInput in;
  auto title = text_field(**o, "title", kTitleLength, "title");
  if (!title) return std::unexpected(title.error());
  if (title->empty()) return fail(ErrorKind::invalid, N_("Give the study a title."), "title");
  in.title = *title;
  auto description = text_field(**o, "description", kParagraphLength, "description");
  if (!description) return std::unexpected(description.error());
  in.description = *description;
  StopRules& r = in.rules;
  for (auto [key, target] : {std::pair{"scale_min", &r.scale_min}, std::pair{"scale_max", &r.scale_max},
                             std::pair{"agreement_from", &r.agreement_from}, std::pair{"max_rounds", &r.max_rounds},
                             std::pair{"horizon_from", &r.horizon_from}, std::pair{"horizon_to", &r.horizon_to}})
    if (auto ok = set_if(whole_field(**o, key, key), *target); !ok) return std::unexpected(ok.error());
  for (auto [key, target] : {std::pair{"iqr_max", &r.iqr_max}, std::pair{"agreement_percent", &r.agreement_percent},
                             std::pair{"horizon_iqr_max", &r.horizon_iqr_max},
                             std::pair{"stability_percent", &r.stability_percent}})
    if (auto ok = set_if(number_field(**o, key, key), *target); !ok) return std::unexpected(ok.error());
  if (auto ok = check_rules(r); !ok) return std::unexpected(ok.error());
  return in;
}

Result<StatementInput> read_statement(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  StatementInput in;
  const auto* kind = (*o)->if_contains("kind");
  auto parsed = kind && kind->is_string() ? parse_name(std::string_view(kind->as_string()), kStatementKindNames)
                                          : std::nullopt;
  if (!parsed) return fail(ErrorKind::invalid, N_("Choose what the statement asks."), "kind");
  in.kind = *parsed;
  auto text = text_field(**o, "text", kStatementLength, "text");
  if (!text) return std::unexpected(text.error());
  if (text->empty()) return fail(ErrorKind::invalid, N_("Write the statement."), "text");
  in.text = *text;
  return in;
}

Result<PanelInput> read_panel_member(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  auto user = whole_field(**o, "user", "user");
  if (!user) return std::unexpected(user.error());
  if (!*user || **user <= 0) return fail(ErrorKind::invalid, N_("Choose the person to invite."), "user");
  auto area = text_field(**o, "area", 20, "area");
  if (!area) return std::unexpected(area.error());
  if (!std::all_of(area->begin(), area->end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
    return fail(ErrorKind::invalid, N_("Choose a thematic area."), "area");
  return PanelInput{accounts::UserId(**user), *area};
}

Result<Seconds> read_round_opening(const json::value& value) {
  if (value.is_null()) return Seconds{0};
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  auto day = text_field(**o, "closes_at", 10, "closes_at");
  if (!day) return std::unexpected(day.error());
  if (day->empty()) return Seconds{0};
  int y = 0, m = 0, d = 0;
  if (day->size() != 10 || std::sscanf(day->c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return fail(ErrorKind::invalid, N_("Give the day as YYYY-MM-DD."), "closes_at");
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return fail(ErrorKind::invalid, N_("Give the day as YYYY-MM-DD."), "closes_at");
  auto start = std::chrono::sys_days(ymd).time_since_epoch();
  return static_cast<Seconds>(std::chrono::duration_cast<std::chrono::seconds>(start).count()) + 86400;
}

Result<std::vector<Answer>> read_answers(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  const auto* list = (*o)->if_contains("answers");
  if (!list || !list->is_array()) return fail(ErrorKind::invalid, N_("The answers must be a list."), "answers");
  if (list->as_array().size() > kMostAnswers) return fail(ErrorKind::invalid, N_("Too many answers."), "answers");
  std::vector<Answer> out;
  for (const auto& item : list->as_array()) {
    if (!item.is_object()) return fail(ErrorKind::invalid, N_("Each answer must be an object."), "answers");
    const auto& a = item.as_object();
    auto statement = whole_field(a, "statement", "answers");
    if (!statement) return std::unexpected(statement.error());
    if (!*statement || **statement <= 0) return fail(ErrorKind::invalid, N_("Each answer names its statement."), "answers");
    std::string field = "statement_" + std::to_string(**statement);
    Answer answer;
    answer.statement = StatementId(**statement);
    if (std::any_of(out.begin(), out.end(), [&](const Answer& x) { return x.statement == answer.statement; }))
      return fail(ErrorKind::invalid, N_("A statement is answered once per sheet."), field);
    auto rating = whole_field(a, "rating", field);
    if (!rating) return std::unexpected(rating.error());
    answer.rating = *rating;
    auto year = whole_field(a, "year", field);
    if (!year) return std::unexpected(year.error());
    answer.year = *year;
    answer.never = flag_field(a, "never");
    if (answer.never) answer.year.reset();
    auto argument = text_field(a, "argument", kParagraphLength, "argument_" + std::to_string(**statement));
    if (!argument) return std::unexpected(argument.error());
    answer.argument = *argument;
    auto reason = text_field(a, "reason", kParagraphLength, "reason_" + std::to_string(**statement));
    if (!reason) return std::unexpected(reason.error());
    answer.reason = *reason;
    std::string expertise_field = "expertise_" + std::to_string(**statement);
    auto expertise = whole_field(a, "expertise", expertise_field);
    if (!expertise) return std::unexpected(expertise.error());
    if (*expertise && (**expertise < kExpertiseMin || **expertise > kExpertiseMax))
      return fail_with(ErrorKind::invalid, N_("Rate your expertise from {min} to {max}."),
                       {{"min", std::to_string(kExpertiseMin)}, {"max", std::to_string(kExpertiseMax)}}, expertise_field);
    answer.expertise = *expertise;
    out.push_back(std::move(answer));
  }
  return out;
}

namespace {

// A list of distinct statement ids (whole numbers above 0, also as text from a form).
Result<std::vector<StatementId>> statement_list(const json::object& o, std::string_view key, const std::string& field) {
  std::vector<StatementId> out;
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, N_("Choose statements of the study."), field);
  if (v->as_array().size() > kMostAnswers) return fail(ErrorKind::invalid, N_("Choose statements of the study."), field);
  for (const auto& item : v->as_array()) {
    json::object one{{"id", item}};
    auto id = whole_field(one, "id", field);
    if (!id) return std::unexpected(id.error());
    if (!*id || **id <= 0) return fail(ErrorKind::invalid, N_("Choose statements of the study."), field);
    StatementId sid(**id);
    if (std::find(out.begin(), out.end(), sid) == out.end()) out.push_back(sid);
  }
  return out;
}

Result<ScenarioAxis> axis_of(const json::object& o, std::string_view key) {
  std::string name(key);
  const auto* v = o.if_contains(key);
  if (!v || !v->is_object()) return fail(ErrorKind::invalid, N_("Choose the uncertainty this axis stands for."), name + "_statement");
  const auto& a = v->as_object();
  auto statement = whole_field(a, "statement", name + "_statement");
  if (!statement) return std::unexpected(statement.error());
  if (!*statement || **statement <= 0)
    return fail(ErrorKind::invalid, N_("Choose the uncertainty this axis stands for."), name + "_statement");
  ScenarioAxis axis{StatementId(**statement), {}, {}};
  for (auto [pole, target] : {std::pair{"low", &axis.low}, std::pair{"high", &axis.high}}) {
    std::string field = name + "_" + pole;
    auto text = text_field(a, pole, 120, field);
    if (!text) return std::unexpected(text.error());
    if (text->empty()) return fail(ErrorKind::invalid, N_("Say what each end of the axis means."), field);
    *target = *text;
  }
  return axis;
}

}  // namespace

Result<ScenarioFrame> read_scenario_frame(const json::value& value) {
  auto o = object_of(value);
  if (!o) return std::unexpected(o.error());
  ScenarioFrame frame;
  auto drivers = statement_list(**o, "drivers", "drivers");
  if (!drivers) return std::unexpected(drivers.error());
  frame.drivers = std::move(*drivers);
  auto uncertainties = statement_list(**o, "uncertainties", "uncertainties");
  if (!uncertainties) return std::unexpected(uncertainties.error());
  frame.uncertainties = std::move(*uncertainties);
  auto x = axis_of(**o, "x");
  if (!x) return std::unexpected(x.error());
  frame.x = std::move(*x);
  auto y = axis_of(**o, "y");
  if (!y) return std::unexpected(y.error());
  frame.y = std::move(*y);
  const auto* list = (*o)->if_contains("scenarios");
  if (!list || !list->is_array() || list->as_array().size() != 4)
    return fail(ErrorKind::invalid, N_("Write one scenario for each of the four quadrants."), "scenarios");
  std::vector<std::optional<Scenario>> by_quadrant(kAllQuadrants.size());
  for (const auto& item : list->as_array()) {
    if (!item.is_object()) return fail(ErrorKind::invalid, N_("Write one scenario for each of the four quadrants."), "scenarios");
    const auto& a = item.as_object();
    const auto* q = a.if_contains("quadrant");
    auto quadrant = q && q->is_string() ? parse_name(std::string_view(q->as_string()), kQuadrantNames) : std::nullopt;
    if (!quadrant) return fail(ErrorKind::invalid, N_("Write one scenario for each of the four quadrants."), "scenarios");
    auto index = static_cast<std::size_t>(std::find(kAllQuadrants.begin(), kAllQuadrants.end(), *quadrant) - kAllQuadrants.begin());
    if (by_quadrant[index]) return fail(ErrorKind::invalid, N_("Write one scenario for each of the four quadrants."), "scenarios");
    std::string prefix = std::string(to_string(*quadrant)) + "_";
    Scenario scenario;
    scenario.quadrant = *quadrant;
    auto title = text_field(a, "title", kTitleLength, prefix + "title");
    if (!title) return std::unexpected(title.error());
    if (title->empty()) return fail(ErrorKind::invalid, N_("Give the scenario a title."), prefix + "title");
    scenario.title = *title;
    auto narrative = text_field(a, "narrative", 2 * kParagraphLength, prefix + "narrative");
    if (!narrative) return std::unexpected(narrative.error());
    if (narrative->empty()) return fail(ErrorKind::invalid, N_("Tell the scenario's story."), prefix + "narrative");
    scenario.narrative = *narrative;
    auto statements = statement_list(a, "statements", prefix + "statements");
    if (!statements) return std::unexpected(statements.error());
    scenario.statements = std::move(*statements);
    by_quadrant[index] = std::move(scenario);
  }
  for (auto& s : by_quadrant) frame.scenarios.push_back(std::move(*s));
  return frame;
}

}  // namespace cps::foresight
