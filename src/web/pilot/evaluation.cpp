// The evaluation form: the stage (mid-term or final), a score from 1 to 5 and a narrative for
// each of the six OECD-DAC criteria (a group of radio buttons with its legend each), the
// lessons learned and the one line on what the pilot achieved, which the transferred
// knowledge items' pages show. Filled with the stage's earlier evaluation when there is one.
#include "web/pilot/parts.hpp"

namespace cps::web {

http::Response PilotPages::evaluation(http::Request& r, Language lang, const Visit& v) {
  return evaluation_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::evaluate(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::array scores;
  for (auto c : kAllDacCriteria) {
    std::string name(to_string(c));
    auto score = text::parse_int(f.get("score_" + name));
    scores.push_back(json::object{{"criterion", name},
                                  {"score", score ? json::value(*score) : json::value(nullptr)},
                                  {"narrative", text::trim(f.get("narrative_" + name))}});
  }
  auto read = read_evaluation(json::value(json::object{{"stage", f.get("stage")},
                                                       {"scores", scores},
                                                       {"lessons", f.get("lessons")},
                                                       {"result", text::trim(f.get("result"))}}));
  if (!read) return evaluation_page(r, lang, v, &f, form_error(site_, lang, read.error()), form_status(read.error()));
  auto saved = pilots_.evaluate(v.principal, *id, revision_of(f), std::move(*read));
  if (!saved) return evaluation_page(r, lang, v, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "?done=evaluated#evaluations");
}

http::Response PilotPages::evaluation_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                           Object extra, Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  // The stage: typed, asked for, else final once the pilot is over, mid-term before.
  std::string stage = typed ? typed->get("stage") : r.query_value("stage").value_or("");
  if (!parse_name(stage, kEvaluationStageNames))
    stage = std::string(to_string(p.status == PilotStatus::completed || p.status == PilotStatus::stopped
                                      ? EvaluationStage::final_evaluation
                                      : EvaluationStage::mid_term));
  const Evaluation* earlier = nullptr;
  for (const auto& e : p.evaluations)
    if (to_string(e.stage) == stage) earlier = &e;
  List criteria;
  for (auto c : kAllDacCriteria) {
    std::string name(to_string(c));
    std::string score, narrative;
    if (earlier)
      for (const auto& s : earlier->scores)
        if (s.criterion == c) {
          score = std::to_string(s.score);
          narrative = s.narrative;
        }
    if (typed) {
      score = typed->get("score_" + name);
      narrative = typed->get("narrative_" + name);
    }
    List options;
    for (int n = 1; n <= 5; ++n)
      options.push_back(Object{{"value", std::to_string(n)},
                               {"id", "score-" + name + "-" + std::to_string(n)},
                               {"checked", score == std::to_string(n)}});
    criteria.push_back(Object{{"code", name},
                              {"name", site_.tr(lang, dac_criterion_label(c))},
                              {"question", site_.tr(lang, dac_criterion_question(c))},
                              {"options", options},
                              {"narrative", narrative}});
  }
  List stages;
  for (const auto& s : kEvaluationStageNames)
    stages.push_back(Object{{"code", std::string(s.name)},
                            {"name", site_.tr(lang, evaluation_stage_label(s.value))},
                            {"selected", s.name == stage}});
  Object data{{"action", pilot_href(lang, p.id) + "/evaluation"},
              {"stages", stages},
              {"criteria", criteria},
              {"lessons", typed ? typed->get("lessons") : (earlier ? earlier->lessons : "")},
              {"result", typed ? typed->get("result") : (earlier ? earlier->result : "")},
              {"has_earlier", earlier != nullptr}};
  merge(data, heading(lang, p, can));
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_evaluation", site_.tr(lang, N_("Evaluate the pilot")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
