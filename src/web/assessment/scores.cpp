// The scoring form of one thematic area: per criterion its question, level descriptors and
// guidance, and for the past, current and target time frames an answer (1–5, not applicable,
// no data), a confidence, a justification and evidence. The same form serves the region's
// team (self scores), a reviewer (peer scores, the self score shown beside) and a coordinator
// in consolidation (self and peer scores side by side, divergences flagged, agreed scores).
// Its fields are read into the score input's JSON shape and read as the API reads a body.
#include <boost/json.hpp>
#include <cmath>

#include "domain/assessment/score_input.hpp"
#include "web/assessment/parts.hpp"
#include "web/markdown.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

// Whose scores the viewer writes on this page, if any.
enum class Writing { nothing, self, peer, agreed };

Writing writing_as(const Capabilities& can) {
  if (can.edit) return Writing::self;
  if (can.review) return Writing::peer;
  if (can.consolidate) return Writing::agreed;
  return Writing::nothing;
}

// A criterion code as a piece of an element id ("WG4.1" → "WG4-1").
std::string id_part(std::string code) {
  for (char& c : code)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
  return code;
}

std::string field(const std::string& criterion, Timeframe t, std::string_view what) {
  return criterion + "|" + std::string(to_string(t)) + "|" + std::string(what);
}

std::string evidence_text(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const auto& e : evidence) {
    if (e.kind == EvidenceKind::knowledge_item)
      out += "item:" + e.reference;
    else if (e.kind == EvidenceKind::indicator)
      out += "indicator:" + e.reference;
    else
      out += e.reference;
    out += "\n";
  }
  return out;
}

// Evidence typed one per line: "item:12", "indicator:gdp", else a document's address.
json::array evidence_json(std::string_view typed) {
  json::array out;
  std::size_t start = 0;
  while (start <= typed.size()) {
    std::size_t end = typed.find('\n', start);
    if (end == std::string_view::npos) end = typed.size();
    std::string line = text::trim(typed.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    std::string kind = "document", reference = line;
    if (line.starts_with("item:"))
      kind = "knowledge_item", reference = text::trim(line.substr(5));
    else if (line.starts_with("indicator:"))
      kind = "indicator", reference = text::trim(line.substr(10));
    out.push_back(json::object{{"kind", kind}, {"reference", reference}, {"label", ""}});
  }
  return out;
}

AssessmentPages::TypedScore typed_from(const Score& s) {
  AssessmentPages::TypedScore t;
  t.answer = s.rating.answer == Answer::level ? std::to_string(s.rating.level)
                                              : std::string(to_string(s.rating.answer));
  t.confidence = std::string(to_string(s.rating.confidence));
  t.justification = s.justification;
  t.evidence = evidence_text(s.evidence);
  return t;
}

// The viewer's own scores of the kind they write, as the form shows them.
AssessmentPages::TypedScores stored(const Assessment& a, Writing writing,
                                    const accounts::Principal& who) {
  AssessmentPages::TypedScores out;
  for (const auto& s : a.scores) {
    bool own = (writing == Writing::self && s.source == Source::self) ||
               (writing == Writing::peer && s.source == Source::peer && s.reviewer == who.user) ||
               (writing == Writing::agreed && s.source == Source::agreed);
    if (own) out[{s.criterion, std::string(to_string(s.timeframe))}] = typed_from(s);
  }
  return out;
}

}  // namespace

http::Response AssessmentPages::scores(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  Object extra;
  if (r.query_value("done") == "saved")
    extra["notice"] = site_.tr(lang, N_("The scores are saved."));
  return scores_page(r, lang, v, *found, r.query_value("area").value_or("WG1"), nullptr,
                     std::move(extra), bhttp::status::ok);
}

http::Response AssessmentPages::save_scores(http::Request& r, Language lang, const Visit& v,
                                            const Form& f) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto framework = assessments_.framework(found->framework_version);
  if (!framework) return site_.error_page(r, framework.error());
  std::string area = f.get("area");
  auto criteria = framework->criteria_of(AreaCode(area));
  if (criteria.empty()) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});

  // What was typed, kept to show again; the answered ones as the input's JSON shape, in an
  // order remembered so that "scores.N.<field>" finds its field again.
  TypedScores typed;
  json::array scores;
  std::vector<std::pair<std::string, std::string>> order;
  for (const Criterion* c : criteria)
    for (auto t : kAllTimeframes) {
      TypedScore ts{f.get(field(c->code, t, "answer")), f.get(field(c->code, t, "confidence")),
                    f.get(field(c->code, t, "justification")),
                    f.get(field(c->code, t, "evidence"))};
      if (ts.confidence.empty()) ts.confidence = "medium";
      std::pair<std::string, std::string> key{c->code, std::string(to_string(t))};
      typed[key] = ts;
      if (ts.answer.empty()) continue;
      auto level = text::parse_int(ts.answer);
      json::object o{{"criterion", c->code},
                     {"timeframe", to_string(t)},
                     {"answer", level ? "level" : ts.answer},
                     {"level", level ? json::value(*level) : json::value(nullptr)},
                     {"confidence", ts.confidence},
                     {"justification", text::trim(ts.justification)},
                     {"evidence", evidence_json(ts.evidence)}};
      scores.push_back(std::move(o));
      order.push_back(key);
    }
  auto revision = text::parse_int(f.get("revision"));
  auto input = read_scores(json::object{{"scores", std::move(scores)}});
  Result<Assessment> saved =
      input ? assessments_.save_scores(v.principal, *id, revision ? int(*revision) : 0, *input)
            : Result<Assessment>(std::unexpected(input.error()));
  if (saved)
    return see_other(site_, r, assessment_href(lang, *id) + "/scores?area=" + area + "&done=saved");

  const Error& e = saved.error();
  Object extra = form_error(site_, lang, e);
  // "scores.3.level" names the fourth answered score: its fieldset gets the message.
  if (e.field.starts_with("scores.")) {
    auto n = text::parse_int(std::string_view(e.field).substr(7, e.field.find('.', 7) - 7));
    if (n && *n >= 0 && std::size_t(*n) < order.size()) {
      extra["error_key"] = order[*n].first + "|" + order[*n].second;
      extra["error_anchor"] = "score-" + id_part(order[*n].first) + "-" + order[*n].second;
    }
  }
  if (e.kind == ErrorKind::conflict) extra["stale"] = true;
  return scores_page(r, lang, v, *found, area, &typed, std::move(extra), form_status(e));
}

http::Response AssessmentPages::scores_page(http::Request& r, Language lang, const Visit& v,
                                            const Assessment& a, const std::string& area,
                                            const TypedScores* typed, Object extra,
                                            bhttp::status status) {
  auto framework = assessments_.framework(a.framework_version);
  if (!framework) return site_.error_page(r, framework.error());
  auto criteria = framework->criteria_of(AreaCode(area));
  if (criteria.empty()) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const Capabilities can = assessments_.capabilities(v.principal, a);
  const Writing writing = writing_as(can);
  const std::string language(i18n::code(lang));
  const std::string base = assessment_href(lang, a.id);
  TypedScores shown = typed ? *typed : stored(a, writing, v.principal);
  std::string error_key, error_text;
  if (auto k = extra.find("error_key"); k != extra.end() && k->second.is_string())
    error_key = k->second.string_value();
  if (auto k = extra.find("error"); k != extra.end() && k->second.is_string())
    error_text = k->second.string_value();
  // Whose scores appear beside the inputs (or alone, read-only).
  bool show_self = writing != Writing::self;
  bool show_peers = can.see_peer_scores || writing == Writing::agreed;
  bool show_agreed = writing == Writing::nothing;

  List tabs;
  std::string area_name = area;
  for (const auto& an : area_names(reference_, language)) {
    if (an.code == area) area_name = an.name;
    tabs.push_back(Object{{"code", an.code},
                          {"name", an.name},
                          {"href", base + "/scores?area=" + an.code},
                          {"current", an.code == area}});
  }

  List items;
  for (const Criterion* c : criteria) {
    const CriterionText& t = c->text(language);
    List frames;
    for (auto tf : kAllTimeframes) {
      std::string tf_name(to_string(tf));
      std::string key = c->code + "|" + tf_name;
      std::string dom = "score-" + id_part(c->code) + "-" + tf_name;
      TypedScore ts;
      if (auto it = shown.find({c->code, tf_name}); it != shown.end()) ts = it->second;
      List options;
      for (int level = kLowestLevel; level <= kHighestLevel; ++level)
        options.push_back(Object{{"value", std::to_string(level)},
                                 {"label", std::to_string(level)},
                                 {"id", dom + "-" + std::to_string(level)},
                                 {"checked", ts.answer == std::to_string(level)}});
      for (auto ans : {Answer::not_applicable, Answer::no_data})
        options.push_back(Object{{"value", std::string(to_string(ans))},
                                 {"label", site_.tr(lang, answer_label(ans))},
                                 {"id", dom + "-" + std::string(to_string(ans))},
                                 {"checked", ts.answer == to_string(ans)},
                                 {"wide", true}});
      List confidences;
      for (auto conf : values_of(kConfidenceNames))
        confidences.push_back(Object{{"value", std::string(to_string(conf))},
                                     {"label", site_.tr(lang, confidence_label(conf))},
                                     {"selected", ts.confidence == to_string(conf)}});
      // The scores of others on this criterion and time frame, and whether self and peers diverge.
      List beside;
      std::optional<int> self_level;
      double peer_sum = 0;
      int peers = 0;
      for (const auto& s : a.scores) {
        if (s.criterion != c->code || s.timeframe != tf) continue;
        bool own =
            writing == Writing::peer && s.source == Source::peer && s.reviewer == v.principal.user;
        bool visible = (s.source == Source::self && show_self) ||
                       (s.source == Source::peer && show_peers && !own) ||
                       (s.source == Source::agreed && show_agreed);
        if (s.source == Source::self && s.rating.answer == Answer::level)
          self_level = s.rating.level;
        if (s.source == Source::peer && s.rating.answer == Answer::level)
          peer_sum += s.rating.level, ++peers;
        if (!visible) continue;
        std::string who = site_.tr(lang, source_label(s.source));
        if (s.source == Source::peer)
          for (const auto& rv : a.reviewers)
            if (rv.user == s.reviewer) who += " · " + rv.display_name;
        beside.push_back(
            Object{{"who", who},
                   {"answer", rating_text(site_, lang, s.rating)},
                   {"confidence", site_.tr(lang, confidence_label(s.rating.confidence))},
                   {"justification", s.justification},
                   {"has_justification", !s.justification.empty()},
                   {"evidence", evidence_text(s.evidence)},
                   {"has_evidence", !s.evidence.empty()}});
      }
      bool diverges = show_peers && self_level && peers > 0 &&
                      std::abs(*self_level - peer_sum / peers) >= framework->divergence;
      bool has_error = key == error_key;
      frames.push_back(Object{{"timeframe", tf_name},
                              {"legend", site_.tr(lang, timeframe_label(tf))},
                              {"dom", dom},
                              {"answer_name", field(c->code, tf, "answer")},
                              {"confidence_name", field(c->code, tf, "confidence")},
                              {"justification_name", field(c->code, tf, "justification")},
                              {"evidence_name", field(c->code, tf, "evidence")},
                              {"options", options},
                              {"confidences", confidences},
                              {"justification", ts.justification},
                              {"evidence", ts.evidence},
                              {"beside", beside},
                              {"has_beside", !beside.empty()},
                              {"diverges", diverges},
                              {"has_error", has_error},
                              {"error", has_error ? error_text : std::string()}});
    }
    items.push_back(Object{{"code", c->code},
                           {"dom", "criterion-" + id_part(c->code)},
                           {"title", t.title},
                           {"question", t.question},
                           {"level_1", t.level_1},
                           {"level_3", t.level_3},
                           {"level_5", t.level_5},
                           {"guidance_html", render_markdown(t.guidance)},
                           {"evidence_html", render_markdown(t.evidence)},
                           {"has_evidence_text", !text::trim(t.evidence).empty()},
                           {"required", c->justification == Justification::required},
                           {"frames", frames}});
  }

  Object data{{"heading", region_label(reference_, a.region)},
              {"overview_href", base},
              {"list_href", Site::prefix(lang) + "/assessments"},
              {"period", std::to_string(a.period)},
              {"status", site_.tr(lang, assessment_status_label(a.status))},
              {"area", area},
              {"area_name", area_name},
              {"tabs", tabs},
              {"criteria", items},
              {"revision", std::to_string(a.revision)},
              {"action", base + "/scores"},
              {"writing", writing != Writing::nothing},
              {"is_self", writing == Writing::self},
              {"is_peer", writing == Writing::peer},
              {"is_agreed", writing == Writing::agreed},
              {"read_only", writing == Writing::nothing}};
  merge(data, std::move(extra));
  std::string title = fmt::format("{} · {} · {}", site_.tr(lang, N_("Scores")), area,
                                  region_label(reference_, a.region));
  return site_.page(r, lang, "assessment_scores", title, std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
