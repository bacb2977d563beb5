// The organiser's results: per question the counts as bars (an SVG drawn here) inside a table
// that carries the same figures for screen readers, ranking places, number and date summaries,
// free-text answers listed; filters by country, organisation type and thematic area (groups too
// small in an anonymous survey are neither offered nor shown); and links to the exports.
#include "web/surveys/parts.hpp"

namespace cps::web {

using namespace survey_parts;

namespace {

constexpr int kBarWidth = 160;

// The rows of a count table: label, count, share of `of`, and the bar's width.
List count_rows(const std::vector<Count>& counts, int of, const std::string& code) {
  List rows;
  for (const auto& c : counts) {
    const double share = of > 0 ? 100.0 * c.count / of : 0;
    rows.push_back(Object{{"label", c.label.empty() ? c.code : in_language(c.label, code)},
                          {"count", std::to_string(c.count)},
                          {"percent", figure(share)},
                          {"width", std::to_string(int(share * kBarWidth / 100 + 0.5))}});
  }
  return rows;
}

List groups_list(const std::vector<std::pair<std::string, int>>& groups, const std::string& chosen) {
  List out;
  for (const auto& [group, n] : groups)
    out.push_back(Object{{"value", group}, {"label", group + " (" + std::to_string(n) + ")"}, {"selected", group == chosen}});
  return out;
}

}  // namespace

http::Response SurveyPages::results(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<SurveyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  if (!v.principal.signed_in())
    return see_other(site_, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(std::string(r.raw.target())));
  Filter filter{r.query_value("country").value_or(""), r.query_value("organisation_type").value_or(""),
                r.query_value("area").value_or("")};
  auto found = surveys_.results(v.principal, *id, filter);
  if (!found) return site_.error_page(r, found.error());
  const Results& res = *found;
  const std::string code = language_code(lang);
  List questions;
  int number = 0;
  for (const auto& q : res.questions) {
    Object item{{"number", std::to_string(++number)},
                {"text", in_language(q.question.text, code)},
                {"answered", text::fill(site_.tr(lang, N_("{count} answered")), {{"count", std::to_string(q.answered)}})},
                {"bar_width", std::to_string(kBarWidth)}};
    if (!q.counts.empty()) {
      item["counts"] = count_rows(q.counts, q.answered, code);
      item["has_counts"] = true;
    }
    if (!q.rows.empty()) {
      List rows;
      for (const auto& row : q.rows)
        rows.push_back(Object{{"label", in_language(row.label, code)},
                              {"counts", count_rows(row.counts, q.answered, code)},
                              {"has_counts", true}});
      item["matrix"] = rows;
      item["has_matrix"] = true;
    }
    if (!q.ranking.empty() && q.answered > 0) {
      List ranking;
      int place = 0;
      for (const auto& ranked : q.ranking)
        ranking.push_back(Object{{"place", std::to_string(++place)},
                                 {"label", in_language(ranked.label, code)},
                                 {"mean", figure(ranked.mean_place)},
                                 {"first", std::to_string(ranked.first)}});
      item["ranking"] = ranking;
      item["has_ranking"] = true;
    }
    if (q.numbers)
      item["numbers"] = text::fill(site_.tr(lang, N_("Lowest {min}, highest {max}, mean {mean}, median {median}.")),
                                   {{"min", figure(q.numbers->minimum)}, {"max", figure(q.numbers->maximum)},
                                    {"mean", figure(q.numbers->mean)}, {"median", figure(q.numbers->median)}}) +
                        (q.question.unit.empty() ? "" : " (" + q.question.unit + ")");
    if (!q.earliest.empty())
      item["dates"] = text::fill(site_.tr(lang, N_("Earliest {earliest}, latest {latest}.")),
                                 {{"earliest", q.earliest}, {"latest", q.latest}});
    if (q.question.type == QuestionType::text) {
      List texts;
      for (const auto& t : q.texts) texts.push_back(Object{{"text", t}});
      item["texts"] = texts;
      item["has_texts"] = !q.texts.empty();
      item["is_text"] = true;
    }
    questions.push_back(item);
  }
  const std::string api = "/api/v1/surveys/" + std::to_string(id->value()) + "/responses";
  Object data{{"title", in_language(res.survey.title, code)},
              {"list_href", list_href(lang)},
              {"survey_href", survey_href(lang, *id)},
              {"action", survey_href(lang, *id) + "/results"},
              {"summary", text::fill(site_.tr(lang, N_("{respondents} of {total} responses match.")),
                                     {{"respondents", std::to_string(res.respondents)}, {"total", std::to_string(res.total)}})},
              {"withheld", res.withheld},
              {"anonymous", res.survey.anonymity == Anonymity::anonymous},
              {"countries", groups_list(res.choices.countries, filter.country)},
              {"organisation_types", groups_list(res.choices.organisation_types, filter.organisation_type)},
              {"areas", groups_list(res.choices.areas, filter.area)},
              {"questions", questions},
              {"csv_href", api + ".csv?lang=" + code},
              {"xlsx_href", api + ".xlsx?lang=" + code},
              {"json_href", api + "?lang=" + code},
              {"feedback_form", res.survey.event != 0},
              {"invite_action", survey_href(lang, *id) + "/invitations"}};
  if (auto invited = r.query_value("invited"))
    data["notice"] = text::fill(site_.tr(lang, N_("{count} attendees are invited by e-mail.")), {{"count", *invited}});
  return site_.page(r, lang, "survey_results",
                    text::fill(site_.tr(lang, N_("Results: {survey}")), {{"survey", in_language(res.survey.title, code)}}),
                    std::move(data));
}

http::Response SurveyPages::invite(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<SurveyId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto mailed = surveys_.invite_attendees(v.principal, *id);
  if (!mailed) return site_.error_page(r, mailed.error());
  return see_other(site_, r, survey_href(lang, *id) + "/results?invited=" + std::to_string(*mailed));
}

}  // namespace cps::web
