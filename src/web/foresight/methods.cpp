// A Delphi study's methods report (CREDES): the panel and its balance, response and drop-out
// per round, the rules as fixed before round 1 and which statements met them and when; as a
// page and as Markdown in the reader's language. The CSV is the API's.
#include "domain/foresight/delphi_methods.hpp"
#include "web/foresight/parts.hpp"

namespace cps::web {

using namespace foresight_parts;

http::Response ForesightPages::methods(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = delphi_.study(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const MethodsReport report = methods_report(*found);
  const std::string base = study_href(lang, report.study.id);
  const std::string api = "/api/v1/delphi/" + std::to_string(report.study.id.value());

  Object data{{"title", report.study.title},
              {"study_href", base},
              {"list_href", Site::prefix(lang) + "/foresight/delphi"},
              {"markdown_href", base + "/methods.md"},
              {"csv_href", api + "/methods.csv"},
              {"panel_size", text::fill(site_.tr(lang, N_("{count} invited panellists.")),
                                        {{"count", std::to_string(report.panel_size)}})}};
  List balance;
  for (const auto& d : report.balance) {
    List groups;
    for (const auto& [group, n] : d.groups)
      groups.push_back(Object{{"group", group_label(site_, lang, d.dimension, group)},
                              {"count", std::to_string(n)},
                              {"share", figure(report.panel_size ? 100.0 * n / report.panel_size : 0.0)}});
    Object dim{{"label", site_.tr(lang, dimension_label(d.dimension))}, {"groups", groups}, {"id", d.dimension}};
    if (d.dominant)
      dim["warning"] = text::fill(site_.tr(lang, N_("One group holds more than half of the panel: {group}. Consider inviting others.")),
                                  {{"group", group_label(site_, lang, d.dimension, *d.dominant)}});
    balance.push_back(dim);
  }
  data["balance"] = balance;

  List rounds;
  for (const auto& rr : report.rounds)
    rounds.push_back(Object{{"number", std::to_string(rr.turnout.round)},
                            {"answered", text::fill(site_.tr(lang, N_("{answered} of {panel}")),
                                                    {{"answered", std::to_string(rr.turnout.answered)},
                                                     {"panel", std::to_string(rr.turnout.panel)}})},
                            {"rate", figure(rr.response_percent)},
                            {"dropped", std::to_string(rr.turnout.dropped)},
                            {"dropout", figure(rr.dropout_percent)}});
  data["rounds"] = rounds;
  data["has_rounds"] = !rounds.empty();

  auto tr = [&](const char* id) { return site_.tr(lang, id); };
  data["rules_fixed"] = rules_fixed_sentence(report, tr);
  List rule_lines;
  for (auto& line : rule_sentences(report.study.rules, tr)) rule_lines.push_back(Object{{"text", std::move(line)}});
  data["rules"] = rule_lines;

  List statements;
  for (const auto& s : report.statements) {
    std::string met;
    if (s.consensus_round)
      met = text::fill(tr(N_("consensus in round {round}")), {{"round", std::to_string(*s.consensus_round)}});
    else if (s.stable_round)
      met = text::fill(tr(N_("stable since round {round}")), {{"round", std::to_string(*s.stable_round)}});
    statements.push_back(Object{{"position", std::to_string(s.statement.position)},
                                {"text", s.statement.text},
                                {"standing", tr(standing_label(s.standing))},
                                {"standing_code", std::string(to_string(s.standing))},
                                {"met", met},
                                {"asked", std::to_string(s.rounds_asked)}});
  }
  data["statements"] = statements;
  data["has_statements"] = !statements.empty();
  data["counts"] = text::fill(tr(N_("Consensus: {consensus}; stable dissent: {stable}; open: {open}.")),
                              {{"consensus", std::to_string(report.consensus)},
                               {"stable", std::to_string(report.stable_dissent)},
                               {"open", std::to_string(report.open)}});
  return site_.page(r, lang, "delphi_methods",
                    text::fill(site_.tr(lang, N_("Methods report: {study}")), {{"study", report.study.title}}),
                    std::move(data));
}

http::Response ForesightPages::methods_markdown(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<StudyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = delphi_.study(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  std::string md = foresight::methods_markdown(methods_report(*found), [&](const char* msg) { return site_.tr(lang, msg); });
  auto res = http::make_response(r, bhttp::status::ok, "text/markdown; charset=utf-8", md);
  res.set(bhttp::field::content_disposition,
          "attachment; filename=\"delphi-" + std::to_string(id->value()) + "-methods.md\"");
  return res;
}

}  // namespace cps::web
