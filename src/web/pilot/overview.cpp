// The overview of one pilot: its texts, who runs it and where, the knowledge items it
// transfers and the learning need it answers, dates and budget (the approved originals beside
// changed ones), the baseline and its approval, the logframe, the indicators with baseline,
// target, values per period and achievement in words, milestones, risks (members),
// evaluations and modification requests (members).
#include <map>
#include <set>

#include "web/markdown.hpp"
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

// "120 (12 March 2026)": a measure with its date.
std::string measure_text(const i18n::Catalogue& cat, i18n::Language lang, const Measure& m) {
  std::string out = number_text(cat, lang, m.value);
  if (!m.date.empty()) out += " (" + date_text(cat, lang, m.date) + ")";
  return out;
}

const char* notice_of(std::string_view done) {
  if (done == "created") return N_("The pilot is opened. Add its logframe and indicators, then ask the lead partner to approve the baseline.");
  if (done == "saved") return N_("The pilot is saved.");
  if (done == "approved") return N_("The baseline is approved: the logframe, targets, budget and end date now change only through a modification request.");
  if (done == "values") return N_("The values are recorded.");
  if (done == "evaluated") return N_("The evaluation is saved.");
  if (done == "requested") return N_("The modification is requested.");
  if (done == "decided") return N_("The modification request is decided.");
  return nullptr;
}

}  // namespace

http::Response PilotPages::overview(http::Request& r, Language lang, const Visit& v) {
  return overview_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response PilotPages::approve_baseline(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PilotId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = pilots_.approve_baseline(v.principal, *id, revision_of(f));
  if (!done) return overview_page(r, lang, v, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pilot_href(lang, *id) + "?done=approved");
}

http::Response PilotPages::overview_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                         Status status) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  const Pilot& p = *found;
  const Capabilities can = pilots_.capabilities(v.principal, p);
  const auto& cat = site_.catalogue();
  const std::string language(i18n::code(lang));
  const std::string prefix = Site::prefix(lang);
  const std::string base = pilot_href(lang, p.id);
  const PilotText& t = text_in(p, language);

  std::map<std::int64_t, std::string> organisation_names;
  if (auto all = organisations_.directory(v.principal, {}))
    for (const auto& o : *all) organisation_names[o.id.value()] = o.text(language).name;
  // Visitors who may not see the directory see the lead only (named with the pilot).
  List participants;
  for (const auto& o : p.participants)
    if (auto it = organisation_names.find(o.value()); it != organisation_names.end())
      participants.push_back(Object{{"name", it->second}});
  List regions, areas, transfers;
  for (const auto& g : p.regions)
    regions.push_back(Object{{"name", region_label(reference_, g)}, {"href", prefix + "/regions/" + g.str()}});
  for (const auto& a : area_names(reference_, language))
    for (const auto& code : p.areas)
      if (code.str() == a.code) areas.push_back(Object{{"code", a.code}, {"name", a.name}, {"href", prefix + "/areas/" + a.code}});
  for (const auto& x : p.transfers) {
    std::string from;
    if (x.from_region) from = region_label(reference_, *x.from_region);
    if (x.from_organisation)
      if (auto it = organisation_names.find(x.from_organisation->value()); it != organisation_names.end())
        from += (from.empty() ? "" : ", ") + it->second;
    transfers.push_back(Object{{"title", x.item_title.empty() ? "#" + std::to_string(x.item) : x.item_title},
                               {"href", prefix + "/knowledge/" + std::to_string(x.item)},
                               {"from", from},
                               {"has_from", !from.empty()}});
  }

  // The logframe, indented by level so that its tree reads as one.
  List logframe;
  for (const auto& e : p.logframe)
    logframe.push_back(Object{{"level", site_.tr(lang, logframe_level_label(e.level))},
                              {"depth", std::to_string(int(e.level))},
                              {"code", e.code},
                              {"text", e.text},
                              {"assumptions", e.assumptions}});

  // Indicators: every period that holds a value is a column.
  const PilotAchievement achievement = achievement_of(p);
  std::set<int> periods;
  for (const auto& i : p.indicators)
    for (const auto& x : i.values) periods.insert(x.period);
  List period_heads;
  for (int n : periods)
    period_heads.push_back(Object{{"label", text::fill(site_.tr(lang, N_("Period {n}")), {{"n", std::to_string(n)}})}});
  List indicators;
  for (std::size_t k = 0; k < p.indicators.size(); ++k) {
    const Indicator& i = p.indicators[k];
    const IndicatorProgress* progress = k < achievement.per_indicator.size() ? &achievement.per_indicator[k] : nullptr;
    List cells;
    for (int n : periods) {
      std::string value = "–";
      for (const auto& x : i.values)
        if (x.period == n) value = number_text(cat, lang, x.value);
      cells.push_back(Object{{"value", value}});
    }
    bool changed = i.original_target && !(*i.original_target == i.target);
    std::string standing;
    if (!progress || !progress->value) standing = site_.tr(lang, N_("No value yet"));
    else if (!progress->ratio) standing = site_.tr(lang, N_("Cannot be judged without a baseline"));
    else standing = text::fill(site_.tr(lang, progress->met ? N_("{percent} of the way: target met") : N_("{percent} of the way")),
                               {{"percent", percent_text(cat, lang, progress->ratio)}});
    indicators.push_back(Object{
        {"code", i.code},
        {"name", i.name},
        {"kind", site_.tr(lang, indicator_kind_label(i.kind))},
        {"unit", site_.tr(lang, unit_label(i.unit))},
        {"direction", site_.tr(lang, direction_label(i.direction))},
        {"lower_is_better", i.direction == Direction::lower_is_better},
        {"baseline", i.baseline ? measure_text(cat, lang, *i.baseline) : site_.tr(lang, N_("none (counted from zero)"))},
        {"target", measure_text(cat, lang, i.target)},
        {"target_changed", changed},
        {"original_target", changed ? measure_text(cat, lang, *i.original_target) : std::string()},
        {"source", i.source},
        {"has_source", !i.source.empty()},
        {"cells", cells},
        {"standing", standing},
        {"met", progress && progress->met}});
  }

  List milestones;
  for (const auto& m : p.milestones)
    milestones.push_back(Object{{"title", m.title},
                                {"due", date_text(cat, lang, m.due)},
                                {"status", site_.tr(lang, milestone_status_label(m.status))},
                                {"status_code", std::string(to_string(m.status))},
                                {"reached_on", m.reached_on.empty() ? std::string() : date_text(cat, lang, m.reached_on)},
                                {"has_reached_on", !m.reached_on.empty()},
                                {"note", m.note}});
  List risks;
  if (can.see_internals)
    for (const auto& k : p.risks)
      risks.push_back(Object{{"description", k.description},
                             {"likelihood", site_.tr(lang, level_label(k.likelihood))},
                             {"impact", site_.tr(lang, level_label(k.impact))},
                             {"mitigation", k.mitigation},
                             {"status", site_.tr(lang, risk_status_label(k.status))}});
  List evaluations;
  for (const auto& e : p.evaluations) {
    List scores;
    for (const auto& s : e.scores)
      scores.push_back(Object{{"criterion", site_.tr(lang, dac_criterion_label(s.criterion))},
                              {"score", text::fill(site_.tr(lang, N_("{score} of 5")), {{"score", std::to_string(s.score)}})},
                              {"narrative", s.narrative}});
    evaluations.push_back(Object{{"stage", site_.tr(lang, evaluation_stage_label(e.stage))},
                                 {"evaluator", e.evaluator_name},
                                 {"at", date_text(cat, lang, day_of(e.at))},
                                 {"scores", scores},
                                 {"lessons_html", render_markdown(e.lessons)},
                                 {"result", e.result},
                                 {"has_result", !e.result.empty()}});
  }
  List modifications;
  if (can.see_internals)
    for (const auto& m : p.modifications) {
      List changes;
      for (const auto& c : m.targets)
        changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("Target of {indicator}: {target}")),
                                                     {{"indicator", c.indicator}, {"target", measure_text(cat, lang, c.target)}})}});
      if (m.budget)
        changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("Budget: {amount}")), {{"amount", euro_text(cat, lang, *m.budget)}})}});
      if (m.ends)
        changes.push_back(Object{{"text", text::fill(site_.tr(lang, N_("End date: {date}")), {{"date", date_text(cat, lang, *m.ends)}})}});
      if (m.logframe) changes.push_back(Object{{"text", site_.tr(lang, N_("A new logframe"))}});
      modifications.push_back(Object{{"reason", m.reason},
                                     {"status", site_.tr(lang, modification_status_label(m.status))},
                                     {"status_code", std::string(to_string(m.status))},
                                     {"requested_at", date_text(cat, lang, day_of(m.requested_at))},
                                     {"changes", changes},
                                     {"note", m.decision_note},
                                     {"has_note", !m.decision_note.empty()}});
    }

  bool budget_changed = p.original_budget && !(*p.original_budget == p.budget);
  bool ends_changed = !p.original_ends.empty() && p.original_ends != p.ends;
  Object data{{"title_lang", t.language},
              {"summary", t.summary},
              {"has_summary", !t.summary.empty()},
              {"description_html", render_markdown(t.description)},
              {"objectives_html", render_markdown(t.objectives)},
              {"has_objectives", !t.objectives.empty()},
              {"lead", p.lead_name},
              {"participants", participants},
              {"has_participants", !participants.empty()},
              {"regions", regions},
              {"areas", areas},
              {"transfers", transfers},
              {"has_transfers", !transfers.empty()},
              {"has_need", p.need.has_value()},
              {"need_region", p.need ? region_label(reference_, p.need->region) : std::string()},
              {"need_criterion", p.need ? p.need->criterion : std::string()},
              {"need_href", p.need ? prefix + "/regions/" + p.need->region.str() + "/scorecard" : std::string()},
              {"starts", date_text(cat, lang, p.starts)},
              {"ends", date_text(cat, lang, p.ends)},
              {"ends_changed", ends_changed},
              {"original_ends", ends_changed ? date_text(cat, lang, p.original_ends) : std::string()},
              {"budget", euro_text(cat, lang, p.budget)},
              {"budget_changed", budget_changed},
              {"original_budget", budget_changed ? euro_text(cat, lang, *p.original_budget) : std::string()},
              {"baseline_approved_on", date_text(cat, lang, day_of(p.baseline_approved_at))},
              {"may_approve", can.approve_baseline},
              {"approve_action", base + "/approve"},
              {"logframe", logframe},
              {"has_logframe", !logframe.empty()},
              {"period_heads", period_heads},
              {"indicators", indicators},
              {"has_indicators", !indicators.empty()},
              {"achievement", targets_met_text(site_, lang, achievement.met, achievement.indicators)},
              {"mean_ratio", percent_text(cat, lang, achievement.mean_ratio)},
              {"csv_href", "/api/v1/pilots/" + std::to_string(p.id.value()) + "/values.csv"},
              {"xlsx_href", "/api/v1/pilots/" + std::to_string(p.id.value()) + "/values.xlsx"},
              {"milestones", milestones},
              {"has_milestones", !milestones.empty()},
              {"risks", risks},
              {"has_risks", !risks.empty()},
              {"evaluations", evaluations},
              {"has_evaluations", !evaluations.empty()},
              {"modifications", modifications},
              {"has_modifications", !modifications.empty()},
              {"compare_href", prefix + "/pilots/compare"}};
  if (auto done = r.query_value("done"))
    if (const char* notice = notice_of(*done)) data["notice"] = site_.tr(lang, notice);
  merge(data, heading(lang, p, can));
  // "Discuss this": its discussion in the working groups, for people signed in.
  if (v.principal.signed_in())
    data["discuss_href"] = Site::prefix(lang) + "/pilots/" + std::to_string(p.id.value()) + "/discussion";
  merge(data, std::move(extra));
  return site_.page(r, lang, "pilot_overview", t.title, std::move(data), PageOptions{status, t.summary, {}});
}

}  // namespace cps::web
