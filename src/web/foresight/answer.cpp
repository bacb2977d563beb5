// The panellist's page for the open round: per statement the group's statistics of the
// previous round, others' arguments (far from the median first) and one's own previous answer,
// then the answer — a rating, or a year or "never" — with an argument and, outside the group's
// middle half, a reason. Sending the page again in the same round revises the answers.
#include "domain/foresight/delphi_input.hpp"
#include "web/foresight/parts.hpp"

namespace cps::web {

using namespace foresight_parts;
namespace json = boost::json;

namespace {

std::string field(const char* name, StatementId id) { return std::string(name) + "_" + std::to_string(id.value()); }

std::string answer_text(const Site& site, i18n::Language lang, const Answer& a) {
  if (a.rating) return std::to_string(*a.rating);
  if (a.year) return std::to_string(*a.year);
  if (a.never) return site.tr(lang, N_("never"));
  return site.tr(lang, N_("no answer"));
}

}  // namespace

http::Response ForesightPages::questionnaire(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return sign_in_first(site_, r, lang);
  return answer_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response ForesightPages::answer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  json::array answers;
  for (const auto& value : f.all("statement")) {
    auto n = text::parse_int(value);
    if (!n || *n <= 0) continue;
    StatementId s(*n);
    json::object a{{"statement", *n},
                   {"rating", f.get(field("rating", s))},
                   {"year", f.get(field("year", s))},
                   {"never", f.get(field("never", s))},
                   {"argument", f.get(field("argument", s))},
                   {"reason", f.get(field("reason", s))},
                   {"expertise", f.get(field("expertise", s))}};
    answers.push_back(std::move(a));
  }
  auto input = read_answers(json::object{{"answers", std::move(answers)}});
  if (!input) return answer_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = delphi_.answer(v.principal, *id, std::move(*input));
  if (!done) return answer_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, study_href(lang, *id) + "/answer?done=answered");
}

http::Response ForesightPages::answer_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                           Object extra, Status status) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = delphi_.questionnaire(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Questionnaire& q = *found;
  const StopRules& rules = q.study.rules;
  std::string error_field;
  if (auto it = extra.find("error_field"); it != extra.end() && it->second.is_string()) error_field = it->second.string_value();

  List questions;
  for (const auto& item : q.questions) {
    const StatementId s = item.statement.id;
    // What the form shows: what was typed, else this round's answer, else the previous one.
    const Answer* shown = item.current ? &*item.current : item.previous ? &*item.previous : nullptr;
    auto value = [&](const char* name, const std::string& fallback) { return typed ? typed->get(field(name, s)) : fallback; };
    std::string rating = value("rating", shown && shown->rating ? std::to_string(*shown->rating) : "");
    Object question{{"id", std::to_string(s.value())},
                    {"position", std::to_string(item.statement.position)},
                    {"text", item.statement.text},
                    {"kind", site_.tr(lang, kind_label(item.statement.kind))},
                    {"is_horizon", item.statement.kind == StatementKind::time_horizon},
                    {"year", value("year", shown && shown->year ? std::to_string(*shown->year) : "")},
                    {"never", typed ? !typed->get(field("never", s)).empty() : shown && shown->never},
                    {"argument", value("argument", shown ? shown->argument : "")},
                    {"reason", value("reason", shown ? shown->reason : "")},
                    {"invalid_value", error_field == field("statement", s)},
                    {"invalid_reason", error_field == field("reason", s)},
                    {"horizon_from", std::to_string(rules.horizon_from)},
                    {"horizon_to", std::to_string(rules.horizon_to)}};
    List options;
    for (int point = rules.scale_min; point <= rules.scale_max; ++point)
      options.push_back(Object{{"value", std::to_string(point)}, {"checked", rating == std::to_string(point)}});
    question["options"] = options;
    std::string expertise = value("expertise", shown && shown->expertise ? std::to_string(*shown->expertise) : "");
    List levels;
    for (int level = kExpertiseMin; level <= kExpertiseMax; ++level)
      levels.push_back(Object{{"value", std::to_string(level)}, {"selected", expertise == std::to_string(level)}});
    question["expertise_levels"] = levels;
    question["invalid_expertise"] = error_field == field("expertise", s);
    if (item.group) {
      question["has_group"] = true;
      merge(question, Object{{"group", round_data(site_, lang, rules, *item.group)}});
    }
    if (item.previous) question["previous"] = answer_text(site_, lang, *item.previous);
    List arguments;
    for (const auto& a : item.arguments) {
      Answer as_answer;
      as_answer.rating = a.rating;
      as_answer.year = a.year;
      as_answer.never = a.never;
      arguments.push_back(Object{{"text", a.text}, {"answer", answer_text(site_, lang, as_answer)}});
    }
    question["arguments"] = arguments;
    question["has_arguments"] = !arguments.empty();
    questions.push_back(question);
  }
  Object data{{"title", q.study.title},
              {"study_href", study_href(lang, q.study.id)},
              {"action", study_href(lang, q.study.id) + "/answer"},
              {"round_label", text::fill(site_.tr(lang, N_("Round {round}")), {{"round", std::to_string(q.round.number)}})},
              {"answered", q.answered},
              {"questions", questions},
              {"scale_min", std::to_string(rules.scale_min)},
              {"scale_max", std::to_string(rules.scale_max)}};
  if (r.query_value("done").value_or("") == "answered")
    data["notice"] = site_.tr(lang, N_("Your answers are saved. You may revise them until the round closes."));
  merge(data, std::move(extra));
  std::string heading = text::fill(site_.tr(lang, N_("Round {round}: {study}")),
                                   {{"round", std::to_string(q.round.number)}, {"study", q.study.title}});
  data["heading"] = heading;
  return site_.page(r, lang, "delphi_answer", heading, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
