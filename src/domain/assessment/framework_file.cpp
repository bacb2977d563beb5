// A framework written to and read from its JSON file (see framework_file.hpp).
#include "domain/assessment/framework_file.hpp"

#include <boost/json.hpp>

#include "domain/assessment/assessment.hpp"
#include "i18n/catalogue.hpp"

namespace cps::assessment {

namespace json = boost::json;
using i18n::N_;

namespace {

constexpr std::string_view kFormat = "clusterpolisee-framework";

constexpr std::pair<const char*, std::string CriterionText::*> kTextFields[] = {
    {"title", &CriterionText::title},       {"question", &CriterionText::question},
    {"guidance", &CriterionText::guidance}, {"evidence", &CriterionText::evidence},
    {"level_1", &CriterionText::level_1},   {"level_3", &CriterionText::level_3},
    {"level_5", &CriterionText::level_5}};

Result<std::string> text_field(const json::object& o, std::string_view key,
                               const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string())
    return fail(ErrorKind::invalid, "This must be text.", where + std::string(key));
  return std::string(v->as_string());
}

Result<double> number_field(const json::object& o, std::string_view key, const std::string& where,
                            double absent) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  if (v->is_double()) return v->as_double();
  if (v->is_int64()) return double(v->as_int64());
  if (v->is_uint64()) return double(v->as_uint64());
  return fail(ErrorKind::invalid, N_("This must be a number."), where + std::string(key));
}

Result<int> whole_field(const json::object& o, std::string_view key, const std::string& where,
                        int absent) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  if (!v->is_int64() || v->as_int64() < 0 || v->as_int64() > 1000000)
    return fail(ErrorKind::invalid, N_("This must be a whole number."), where + std::string(key));
  return int(v->as_int64());
}

Result<Criterion> read_criterion(const json::value& value, const std::string& where) {
  if (!value.is_object())
    return fail(ErrorKind::invalid, "This must be an object.", where.substr(0, where.size() - 1));
  const auto& o = value.as_object();
  Criterion c;
  auto code = text_field(o, "code", where);
  if (!code) return std::unexpected(code.error());
  if (!is_criterion_code(*code))
    return fail(ErrorKind::invalid,
                N_("A criterion code is made of letters, digits, dots, hyphens and underscores."),
                where + "code");
  c.code = *code;
  auto area = text_field(o, "area", where);
  if (!area) return std::unexpected(area.error());
  c.area = AreaCode(*area);
  auto position = whole_field(o, "position", where, 0);
  if (!position) return std::unexpected(position.error());
  c.position = *position;
  auto weight = number_field(o, "weight", where, 1.0);
  if (!weight) return std::unexpected(weight.error());
  c.weight = *weight;
  auto rule = text_field(o, "justification", where);
  if (!rule) return std::unexpected(rule.error());
  auto justification = parse_name(rule->empty() ? "optional" : *rule, kJustificationNames);
  if (!justification)
    return fail(ErrorKind::invalid, N_("Use optional or required."), where + "justification");
  c.justification = *justification;
  auto* texts = o.if_contains("texts");
  if (!texts || !texts->is_object())
    return fail(ErrorKind::invalid, "This must be an object.", where + "texts");
  for (const auto& [language, body] : texts->as_object()) {
    std::string at = where + "texts." + std::string(language) + ".";
    if (!body.is_object())
      return fail(ErrorKind::invalid, "This must be an object.", at.substr(0, at.size() - 1));
    CriterionText t;
    t.language = std::string(language);
    for (auto [key, member] : kTextFields) {
      auto v = text_field(body.as_object(), key, at);
      if (!v) return std::unexpected(v.error());
      t.*member = *v;
    }
    if (t.language == "en")
      c.texts.insert(c.texts.begin(), std::move(t));
    else
      c.texts.push_back(std::move(t));
  }
  return c;
}

}  // namespace

std::string framework_file(const Framework& framework) {
  json::array criteria;
  for (const auto& c : framework.criteria) {
    json::object texts;
    for (const auto& t : c.texts) {
      json::object body;
      for (auto [key, member] : kTextFields) body[key] = t.*member;
      texts[t.language] = std::move(body);
    }
    criteria.push_back(json::object{{"code", c.code},
                                    {"area", c.area.str()},
                                    {"position", c.position},
                                    {"weight", c.weight},
                                    {"justification", to_string(c.justification)},
                                    {"texts", std::move(texts)}});
  }
  json::object file{{"format", kFormat},
                    {"version", framework.version},
                    {"note", framework.note},
                    {"sources", framework.sources},
                    {"divergence", framework.divergence},
                    {"criteria", std::move(criteria)}};
  return json::serialize(file);
}

Result<Framework> read_framework_file(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec || !value.is_object())
    return fail(ErrorKind::invalid, N_("This is not a framework file."), "format");
  const auto& o = value.as_object();
  auto* format = o.if_contains("format");
  if (!format || !format->is_string() || format->as_string() != kFormat)
    return fail(ErrorKind::invalid, N_("This is not a framework file."), "format");
  Framework f;
  auto version = whole_field(o, "version", "", 0);
  if (!version) return std::unexpected(version.error());
  f.version = *version;
  auto note = text_field(o, "note", "");
  if (!note) return std::unexpected(note.error());
  f.note = *note;
  auto sources = text_field(o, "sources", "");
  if (!sources) return std::unexpected(sources.error());
  f.sources = *sources;
  auto divergence = number_field(o, "divergence", "", 2.0);
  if (!divergence) return std::unexpected(divergence.error());
  f.divergence = *divergence;
  auto* criteria = o.if_contains("criteria");
  if (!criteria || !criteria->is_array())
    return fail(ErrorKind::invalid, N_("This must be a list."), "criteria");
  for (std::size_t i = 0; i < criteria->as_array().size(); ++i) {
    auto c = read_criterion(criteria->as_array()[i], "criteria." + std::to_string(i) + ".");
    if (!c) return std::unexpected(c.error());
    f.criteria.push_back(std::move(*c));
  }
  return f;
}

}  // namespace cps::assessment
