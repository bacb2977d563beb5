#include "api/pilot_json.hpp"

#include <optional>

namespace cps::api {

namespace json = boost::json;
using namespace cps::pilot;

namespace {

// Euro cents as euro with two decimals at most.
json::value euro(EuroCents cents) { return double(cents.value) / 100.0; }

json::value time_or_null(Seconds at) { return at ? json::value(at) : json::value(nullptr); }

json::value user_or_null(const std::optional<accounts::UserId>& user) {
  return user ? json::value(user->value()) : json::value(nullptr);
}

json::value text_or_null(const std::optional<std::string>& text) {
  return text ? json::value(*text) : json::value(nullptr);
}

json::value measure_json(const std::optional<Measure>& m) {
  if (!m) return nullptr;
  return json::object{{"value", m->value}, {"date", m->date}};
}

json::value ratio_or_null(const std::optional<double>& ratio) { return ratio ? json::value(*ratio) : json::value(nullptr); }

json::array codes(const auto& list) {
  json::array out;
  for (const auto& c : list) out.push_back(json::value(c.str()));
  return out;
}

json::array ids(const auto& list) {
  json::array out;
  for (const auto& id : list) out.push_back(id.value());
  return out;
}

json::object capabilities_json(const Capabilities& c) {
  return {{"edit", c.edit},
          {"record_values", c.record_values},
          {"approve_baseline", c.approve_baseline},
          {"request_modification", c.request_modification},
          {"decide_modification", c.decide_modification},
          {"evaluate", c.evaluate},
          {"see_internals", c.see_internals}};
}

json::object text_json(const PilotText& t) {
  return {{"language", t.language},
          {"title", t.title},
          {"summary", t.summary},
          {"description", t.description},
          {"objectives", t.objectives}};
}

json::object transfer_json(const Transfer& t) {
  return {{"item", t.item},
          {"from_region", t.from_region ? json::value(t.from_region->str()) : json::value(nullptr)},
          {"from_organisation", t.from_organisation ? json::value(t.from_organisation->value()) : json::value(nullptr)},
          {"item_title", t.item_title},
          {"href", "/api/v1/knowledge/" + std::to_string(t.item)}};
}

json::object logframe_json(const LogframeEntry& e) {
  return {{"level", to_string(e.level)},
          {"code", e.code},
          {"parent", text_or_null(e.parent_code)},
          {"text", e.text},
          {"assumptions", e.assumptions}};
}

json::object value_json(const IndicatorValue& v) {
  return {{"period", v.period},
          {"value", v.value},
          {"evidence", v.evidence},
          {"comment", v.comment},
          {"by", user_or_null(v.by)},
          {"at", time_or_null(v.at)}};
}

json::object progress_json(const IndicatorProgress& p) {
  json::array by_period;
  for (const auto& [period, ratio] : p.ratio_by_period)
    by_period.push_back(json::object{{"period", period}, {"ratio", ratio_or_null(ratio)}});
  return {{"indicator", p.code},
          {"period", p.period ? json::value(*p.period) : json::value(nullptr)},
          {"value", p.value ? json::value(*p.value) : json::value(nullptr)},
          {"ratio", ratio_or_null(p.ratio)},
          {"met", p.met},
          {"by_period", std::move(by_period)}};
}

json::object achievement_json(const PilotAchievement& a) {
  json::array per_indicator, by_period;
  for (const auto& p : a.per_indicator) per_indicator.push_back(progress_json(p));
  for (const auto& [period, ratio] : a.by_period) by_period.push_back(json::object{{"period", period}, {"ratio", ratio}});
  return {{"indicators", a.indicators},
          {"judged", a.judged},
          {"met", a.met},
          {"mean_ratio", ratio_or_null(a.mean_ratio)},
          {"per_indicator", std::move(per_indicator)},
          {"by_period", std::move(by_period)}};
}

json::object milestone_json(const Milestone& m) {
  return {{"id", m.id.value()},
          {"title", m.title},
          {"due", m.due},
          {"status", to_string(m.status)},
          {"reached_on", m.reached_on},
          {"note", m.note}};
}

json::object risk_json(const Risk& r) {
  return {{"id", r.id.value()},
          {"description", r.description},
          {"likelihood", to_string(r.likelihood)},
          {"impact", to_string(r.impact)},
          {"mitigation", r.mitigation},
          {"status", to_string(r.status)}};
}

json::object evaluation_json(const Evaluation& e) {
  json::array scores;
  for (const auto& s : e.scores)
    scores.push_back(json::object{{"criterion", to_string(s.criterion)}, {"score", s.score}, {"narrative", s.narrative}});
  return {{"id", e.id.value()},
          {"stage", to_string(e.stage)},
          {"scores", std::move(scores)},
          {"lessons", e.lessons},
          {"result", e.result},
          {"evaluator", user_or_null(e.evaluator)},
          {"evaluator_name", e.evaluator_name},
          {"at", time_or_null(e.at)}};
}

json::object modification_json(const Modification& m) {
  json::array targets;
  for (const auto& t : m.targets)
    targets.push_back(json::object{{"indicator", t.indicator}, {"target", measure_json(t.target)}});
  json::value logframe = nullptr;
  if (m.logframe) {
    json::array entries;
    for (const auto& e : *m.logframe) entries.push_back(logframe_json(e));
    logframe = std::move(entries);
  }
  return {{"id", m.id.value()},
          {"reason", m.reason},
          {"targets", std::move(targets)},
          {"budget", m.budget ? euro(*m.budget) : json::value(nullptr)},
          {"ends", text_or_null(m.ends)},
          {"logframe", std::move(logframe)},
          {"status", to_string(m.status)},
          {"requested_by", user_or_null(m.requested_by)},
          {"requested_at", time_or_null(m.requested_at)},
          {"decided_by", user_or_null(m.decided_by)},
          {"decision_note", m.decision_note},
          {"decided_at", time_or_null(m.decided_at)},
          {"version", m.version}};
}

// The header every shape of a pilot starts with.
json::object header_json(const Pilot& p, const std::string& language) {
  const PilotText& text = text_in(p, language);
  json::array texts;
  for (const auto& t : p.texts) texts.push_back(text_json(t));
  json::array transfers;
  for (const auto& t : p.transfers) transfers.push_back(transfer_json(t));
  return {{"id", p.id.value()},
          {"title", text.title},
          {"summary", text.summary},
          {"language", text.language},
          {"texts", std::move(texts)},
          {"original_language", p.original_language},
          {"lead", p.lead.value()},
          {"lead_name", p.lead_name},
          {"participants", ids(p.participants)},
          {"regions", codes(p.regions)},
          {"areas", codes(p.areas)},
          {"transfers", std::move(transfers)},
          {"need", p.need ? json::value(json::object{{"region", p.need->region.str()}, {"criterion", p.need->criterion}})
                          : json::value(nullptr)},
          {"status", to_string(p.status)},
          {"starts", p.starts},
          {"ends", p.ends},
          {"budget", euro(p.budget)},
          {"original_budget", p.original_budget ? euro(*p.original_budget) : json::value(nullptr)},
          {"original_ends", p.original_ends},
          {"baseline_version", p.baseline_version},
          {"baseline_approved_at", time_or_null(p.baseline_approved_at)},
          {"revision", p.revision},
          {"created_by", user_or_null(p.created_by)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at},
          {"href", pilot_href(p.id)}};
}

json::array indicators_json(const Pilot& p) {
  json::array out;
  for (const auto& i : p.indicators) out.push_back(indicator_json(i));
  return out;
}

}  // namespace

std::string pilot_href(PilotId id) { return "/api/v1/pilots/" + std::to_string(id.value()); }

json::object indicator_json(const Indicator& i) {
  json::array values;
  for (const auto& v : i.values) values.push_back(value_json(v));
  return {{"id", i.id.value()},
          {"code", i.code},
          {"name", i.name},
          {"kind", to_string(i.kind)},
          {"unit", to_string(i.unit)},
          {"direction", to_string(i.direction)},
          {"baseline", measure_json(i.baseline)},
          {"target", measure_json(i.target)},
          {"original_target", measure_json(i.original_target)},
          {"source", i.source},
          {"logframe", text_or_null(i.logframe_code)},
          {"values", std::move(values)},
          {"progress", progress_json(progress_of(i))}};
}

json::object pilot_json(const Pilot& p, const Capabilities& may, const std::string& language) {
  json::object out = header_json(p, language);
  json::array logframe, milestones, risks, evaluations, modifications;
  for (const auto& e : p.logframe) logframe.push_back(logframe_json(e));
  for (const auto& m : p.milestones) milestones.push_back(milestone_json(m));
  for (const auto& r : p.risks) risks.push_back(risk_json(r));
  for (const auto& e : p.evaluations) evaluations.push_back(evaluation_json(e));
  for (const auto& m : p.modifications) modifications.push_back(modification_json(m));
  out["logframe"] = std::move(logframe);
  out["indicators"] = indicators_json(p);
  out["milestones"] = std::move(milestones);
  out["risks"] = std::move(risks);
  out["evaluations"] = std::move(evaluations);
  out["modifications"] = std::move(modifications);
  out["achievement"] = achievement_json(achievement_of(p));
  out["may"] = capabilities_json(may);
  return out;
}

json::object pilot_card_json(const PilotCard& card, const std::string& language) {
  json::object out = header_json(card.pilot, language);
  out["indicators"] = indicators_json(card.pilot);
  out["achievement"] = achievement_json(card.achievement);
  return out;
}

json::object comparison_json(const Comparison& c, const std::string& language) {
  json::array ranked;
  for (const auto& card : c.ranked) ranked.push_back(pilot_card_json(card, language));
  auto groups = [](const std::vector<Comparison::Group>& list) {
    json::array out;
    for (const auto& g : list) out.push_back(json::object{{"key", g.key}, {"label", g.label}, {"pilots", ids(g.pilots)}});
    return out;
  };
  json::array periods;
  for (int p : c.periods) periods.push_back(p);
  return {{"ranked", std::move(ranked)},
          {"by_practice", groups(c.by_practice)},
          {"by_area", groups(c.by_area)},
          {"periods", std::move(periods)}};
}

json::object tested_in_json(std::int64_t item, const std::vector<TestedIn>& pilots) {
  json::array items;
  for (const auto& t : pilots)
    items.push_back(json::object{{"pilot", t.pilot.value()},
                                 {"title", t.title},
                                 {"regions", codes(t.regions)},
                                 {"status", to_string(t.status)},
                                 {"targets_met", t.targets.met},
                                 {"targets", t.targets.of},
                                 {"result", t.result},
                                 {"lessons", t.lessons},
                                 {"href", pilot_href(t.pilot)}});
  return {{"item", item}, {"items", std::move(items)}};
}

}  // namespace cps::api
