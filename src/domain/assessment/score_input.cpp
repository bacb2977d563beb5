// Reading the assessment's input shapes from JSON, and the rules on score values (see
// score_input.hpp).
#include "domain/assessment/score_input.hpp"

#include <boost/json.hpp>
#include <set>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::assessment {

namespace json = boost::json;
using i18n::N_;

namespace {

inline constexpr std::size_t kMaxEvidence = 20;
inline constexpr std::size_t kMaxText = 20000;

Result<const json::object*> object_of(const json::value& value, const std::string& where) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.", where);
  return &value.as_object();
}

Result<std::string> text_field(const json::object& o, std::string_view key,
                               const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string())
    return fail(ErrorKind::invalid, "This must be text.", where + std::string(key));
  return std::string(v->as_string());
}

// A name from one of the enum tables; the field's own value when absent.
template <class E, std::size_t N>
Result<E> name_field(const json::object& o, std::string_view key, const std::string& where,
                     const EnumName<E> (&names)[N], E absent, const char* message) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return absent;
  if (!v->is_string()) return fail(ErrorKind::invalid, message, where + std::string(key));
  auto value = parse_name(std::string_view(v->as_string()), names);
  if (!value) return fail(ErrorKind::invalid, message, where + std::string(key));
  return *value;
}

Result<Evidence> read_evidence(const json::value& value, const std::string& where) {
  auto o = object_of(value, where.substr(0, where.size() - 1));
  if (!o) return std::unexpected(o.error());
  Evidence e;
  auto kind = name_field(**o, "kind", where, kEvidenceKindNames, EvidenceKind::knowledge_item,
                         N_("Use knowledge_item, document or indicator."));
  if (!kind) return std::unexpected(kind.error());
  e.kind = *kind;
  auto* reference = (*o)->if_contains("reference");
  if (reference && reference->is_int64())
    e.reference = std::to_string(reference->as_int64());
  else {
    auto r = text_field(**o, "reference", where);
    if (!r) return std::unexpected(r.error());
    e.reference = text::trim(*r);
  }
  auto label = text_field(**o, "label", where);
  if (!label) return std::unexpected(label.error());
  e.label = text::trim(*label);
  return e;
}

Result<ScoreInput> read_score(const json::value& value, const std::string& where) {
  auto o = object_of(value, where.substr(0, where.size() - 1));
  if (!o) return std::unexpected(o.error());
  ScoreInput s;
  auto criterion = text_field(**o, "criterion", where);
  if (!criterion) return std::unexpected(criterion.error());
  s.criterion = text::trim(*criterion);
  auto* timeframe = (*o)->if_contains("timeframe");
  auto frame = timeframe && timeframe->is_string()
                   ? parse_name(std::string_view(timeframe->as_string()), kTimeframeNames)
                   : std::nullopt;
  if (!frame)
    return fail(ErrorKind::invalid, N_("Use past, current or target."), where + "timeframe");
  s.timeframe = *frame;
  auto answer = name_field(**o, "answer", where, kAnswerNames, Answer::level,
                           N_("Use level, not_applicable or no_data."));
  if (!answer) return std::unexpected(answer.error());
  s.rating.answer = *answer;
  if (auto* level = (*o)->if_contains("level"); level && !level->is_null()) {
    if (!level->is_int64() || level->as_int64() < -1000 || level->as_int64() > 1000)
      return fail(ErrorKind::invalid, N_("A level is a whole number from 1 to 5."),
                  where + "level");
    s.rating.level = int(level->as_int64());
  }
  auto confidence = name_field(**o, "confidence", where, kConfidenceNames, Confidence::medium,
                               N_("Use low, medium or high."));
  if (!confidence) return std::unexpected(confidence.error());
  s.rating.confidence = *confidence;
  auto justification = text_field(**o, "justification", where);
  if (!justification) return std::unexpected(justification.error());
  s.justification = text::trim(*justification);
  if (auto* evidence = (*o)->if_contains("evidence"); evidence && !evidence->is_null()) {
    if (!evidence->is_array())
      return fail(ErrorKind::invalid, "This must be a list.", where + "evidence");
    const auto& list = evidence->as_array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      auto e = read_evidence(list[i], where + "evidence." + std::to_string(i) + ".");
      if (!e) return std::unexpected(e.error());
      s.evidence.push_back(std::move(*e));
    }
  }
  return s;
}

bool is_document_address(std::string_view address) {
  std::string_view rest;
  if (address.starts_with("https://"))
    rest = address.substr(8);
  else if (address.starts_with("http://"))
    rest = address.substr(7);
  else
    return false;
  if (address.size() > 2000) return false;
  auto host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string_view::npos) return false;
  for (char c : address)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')
      return false;
  return true;
}

bool is_indicator_name(std::string_view name) {
  if (name == "gdp" || name == "jobs" || name == "employment-rate" || name == "eci") return true;
  if (!name.starts_with("lq:") || name.size() == 3 || name.size() > 40) return false;
  for (char c : name.substr(3))
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-' || c == '.'))
      return false;
  return true;
}

}  // namespace

Result<std::vector<ScoreInput>> read_scores(const json::value& value) {
  auto o = object_of(value, "scores");
  if (!o) return std::unexpected(o.error());
  auto* scores = (*o)->if_contains("scores");
  if (!scores || !scores->is_array())
    return fail(ErrorKind::invalid, "This must be a list.", "scores");
  std::vector<ScoreInput> out;
  const auto& list = scores->as_array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto s = read_score(list[i], "scores." + std::to_string(i) + ".");
    if (!s) return std::unexpected(s.error());
    out.push_back(std::move(*s));
  }
  return out;
}

json::object score_json(const Score& score) {
  json::array evidence;
  for (const auto& e : score.evidence)
    evidence.push_back(
        json::object{{"kind", to_string(e.kind)}, {"reference", e.reference}, {"label", e.label}});
  json::object o{{"criterion", score.criterion},
                 {"timeframe", to_string(score.timeframe)},
                 {"source", to_string(score.source)},
                 {"answer", to_string(score.rating.answer)},
                 {"confidence", to_string(score.rating.confidence)},
                 {"justification", score.justification},
                 {"evidence", std::move(evidence)},
                 {"at", score.at}};
  o["reviewer"] = score.reviewer ? json::value(score.reviewer->value()) : json::value(nullptr);
  o["level"] =
      score.rating.answer == Answer::level ? json::value(score.rating.level) : json::value(nullptr);
  o["by"] = score.by ? json::value(score.by->value()) : json::value(nullptr);
  return o;
}

bool is_well_formed(const Evidence& evidence) {
  switch (evidence.kind) {
    case EvidenceKind::knowledge_item: {
      auto id = text::parse_int(evidence.reference);
      return id && *id > 0 &&
             evidence.reference.find_first_not_of("0123456789") == std::string::npos;
    }
    case EvidenceKind::document:
      return is_document_address(evidence.reference);
    case EvidenceKind::indicator:
      return is_indicator_name(evidence.reference);
  }
  return false;
}

Status check_scores(const std::vector<ScoreInput>& scores, const Framework& framework) {
  std::set<std::pair<std::string, Timeframe>> seen;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const auto& s = scores[i];
    std::string where = "scores." + std::to_string(i) + ".";
    const auto* criterion = framework.criterion(s.criterion);
    if (!criterion)
      return fail(ErrorKind::unprocessable,
                  N_("This criterion is not in the assessment's framework."), where + "criterion");
    if (!seen.emplace(s.criterion, s.timeframe).second)
      return fail(ErrorKind::unprocessable, N_("Each criterion may be scored once per time frame."),
                  where + "timeframe");
    if (s.rating.answer == Answer::level &&
        (s.rating.level < kLowestLevel || s.rating.level > kHighestLevel))
      return fail(ErrorKind::unprocessable, N_("A level is a whole number from 1 to 5."),
                  where + "level");
    if (s.rating.answer != Answer::level && s.rating.level != 0)
      return fail(ErrorKind::unprocessable,
                  N_("Leave the level empty when the answer is not applicable or no data."),
                  where + "level");
    if (s.rating.answer == Answer::level && criterion->justification == Justification::required &&
        text::trim(s.justification).empty())
      return fail(ErrorKind::unprocessable,
                  N_("This criterion needs a justification for its score."),
                  where + "justification");
    if (s.justification.size() > kMaxText)
      return fail(ErrorKind::unprocessable,
                  N_("A justification may have at most 20000 characters."),
                  where + "justification");
    if (s.evidence.size() > kMaxEvidence)
      return fail(ErrorKind::unprocessable, N_("A score may cite at most 20 pieces of evidence."),
                  where + "evidence");
    for (std::size_t j = 0; j < s.evidence.size(); ++j) {
      if (is_well_formed(s.evidence[j])) continue;
      std::string field = where + "evidence." + std::to_string(j) + ".reference";
      switch (s.evidence[j].kind) {
        case EvidenceKind::knowledge_item:
          return fail(ErrorKind::unprocessable, N_("A knowledge item is named by its number."),
                      field);
        case EvidenceKind::document:
          return fail(ErrorKind::unprocessable,
                      N_("A document is named by its web address (http or https)."), field);
        case EvidenceKind::indicator:
          return fail(ErrorKind::unprocessable,
                      N_("Name an indicator of the regional analytics: gdp, jobs, employment-rate, "
                         "eci or lq:<sector>."),
                      field);
      }
    }
  }
  return {};
}

Result<NewAssessment> read_new_assessment(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  NewAssessment n;
  auto region = text_field(**o, "region", "");
  if (!region) return std::unexpected(region.error());
  n.region = RegionCode(text::to_upper_ascii(text::trim(*region)));
  auto* period = (*o)->if_contains("period");
  if (!period || !period->is_int64() || period->as_int64() < 0 || period->as_int64() > 1000)
    return fail(ErrorKind::invalid, N_("Choose a reporting period from 1 to 6."), "period");
  n.period = int(period->as_int64());
  if (auto* organisation = (*o)->if_contains("organisation");
      organisation && !organisation->is_null()) {
    if (!organisation->is_int64() || organisation->as_int64() <= 0)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", "organisation");
    n.organisation = accounts::OrganisationId(organisation->as_int64());
  }
  return n;
}

Result<Swot> read_swot(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  Swot s;
  auto area = text_field(**o, "area", "");
  if (!area) return std::unexpected(area.error());
  s.area = AreaCode(text::trim(*area));
  for (auto [key, target] :
       {std::pair{"strengths", &s.strengths}, std::pair{"weaknesses", &s.weaknesses},
        std::pair{"opportunities", &s.opportunities}, std::pair{"threats", &s.threats}}) {
    auto v = text_field(**o, key, "");
    if (!v) return std::unexpected(v.error());
    if (v->size() > kMaxText)
      return fail(ErrorKind::invalid, N_("This text may have at most 20000 characters."), key);
    *target = text::trim(*v);
  }
  return s;
}

Result<RecommendationInput> read_recommendation(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  RecommendationInput r;
  auto area = text_field(**o, "area", "");
  if (!area) return std::unexpected(area.error());
  r.area = AreaCode(text::trim(*area));
  auto criterion = text_field(**o, "criterion", "");
  if (!criterion) return std::unexpected(criterion.error());
  r.criterion = text::trim(*criterion);
  auto body = text_field(**o, "text", "");
  if (!body) return std::unexpected(body.error());
  r.text = text::trim(*body);
  return r;
}

Result<ActionInput> read_action(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  ActionInput a;
  for (auto [key, target] : {std::pair{"action", &a.action}, std::pair{"owner", &a.owner},
                             std::pair{"deadline", &a.deadline}}) {
    auto v = text_field(**o, key, "");
    if (!v) return std::unexpected(v.error());
    *target = text::trim(*v);
  }
  return a;
}

}  // namespace cps::assessment
