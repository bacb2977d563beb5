// The overview of one assessment: its region, period, framework version and status with the
// flow as steps; summary and disclosure; reviewers; the steps the viewer may take; SWOT,
// recommendations with the region's responses, action plan and follow-up; comments per
// criterion; links to the scoring forms, the report, the scorecard and the downloads.
#include <map>

#include "web/assessment/parts.hpp"
#include "web/markdown.hpp"

namespace cps::web {

namespace {

std::string country_label(const Site& site, reference::ReferenceService& reference,
                          i18n::Language lang, const std::optional<CountryCode>& code) {
  if (!code) return "";
  auto country = reference.country(code->str());
  return country ? site.catalogue().country_name(lang, country->iso_code) : code->str();
}

// The criteria of the framework as choices of a select: code and "code · title", after the
// choice of none (`none_label`: the whole assessment, or area).
List criterion_choices(const Framework& framework, const std::string& language,
                       const std::string& none_label) {
  List out;
  out.push_back(Object{{"code", std::string()}, {"name", none_label}});
  for (const auto& c : framework.criteria)
    out.push_back(Object{{"code", c.code}, {"name", c.code + " · " + c.text(language).title}});
  return out;
}

}  // namespace

http::Response AssessmentPages::overview(http::Request& r, Language lang, const Visit& v) {
  return overview_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response AssessmentPages::overview_page(http::Request& r, Language lang, const Visit& v,
                                              Object extra, bhttp::status status) {
  auto id = http::path_id<AssessmentId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = assessments_.assessment(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Assessment& a = *found;
  auto framework = assessments_.framework(a.framework_version);
  if (!framework) return site_.error_page(r, framework.error());
  auto comments = assessments_.comments(v.principal, *id);
  if (!comments) return site_.error_page(r, comments.error());
  auto recommendations = assessments_.recommendations(v.principal, *id);
  if (!recommendations) return site_.error_page(r, recommendations.error());
  const Capabilities can = assessments_.capabilities(v.principal, a);
  const std::string language(i18n::code(lang));
  const std::string base = assessment_href(lang, *id);
  const std::string region = region_label(reference_, a.region);

  List reviewers;
  const Reviewer* mine = nullptr;
  for (const auto& rv : a.reviewers) {
    if (v.principal.user == rv.user) mine = &rv;
    reviewers.push_back(
        Object{{"name", rv.display_name},
               {"country", country_label(site_, reference_, lang, rv.country)},
               {"status", site_.tr(lang, reviewer_status_label(rv.status))},
               {"status_code", std::string(to_string(rv.status))},
               {"conflicts", rv.conflicts},
               {"has_conflicts", !rv.conflicts.empty()},
               {"no_conflicts", rv.status != ReviewerStatus::invited &&
                                    rv.status != ReviewerStatus::declined && rv.conflicts.empty()},
               {"decline_reason", rv.decline_reason},
               {"has_decline_reason", !rv.decline_reason.empty()},
               {"assigned", day_of(rv.assigned_at)}});
  }
  List candidates;
  if (can.assign) {
    auto people = assessments_.reviewer_candidates(v.principal, *id);
    if (!people) return site_.error_page(r, people.error());
    for (const auto& p : *people) {
      std::string name = p.display_name;
      if (p.country) name += " (" + country_label(site_, reference_, lang, p.country) + ")";
      if (p.experience == accounts::Experience::experienced)
        name += " · " + site_.tr(lang, N_("experienced"));
      candidates.push_back(Object{{"id", std::to_string(p.id.value())}, {"name", name}});
    }
  }

  List areas;
  for (const auto& area : area_names(reference_, language)) {
    const Swot* s = nullptr;
    for (const auto& x : a.swot)
      if (x.area.str() == area.code) s = &x;
    std::size_t criteria = framework->criteria_of(AreaCode(area.code)).size();
    // How far the team's own answers are: every criterion in the three time frames.
    std::size_t answered = std::count_if(a.scores.begin(), a.scores.end(), [&](const Score& sc) {
      const Criterion* c = framework->criterion(sc.criterion);
      return sc.source == Source::self && c && c->area.str() == area.code;
    });
    areas.push_back(Object{{"code", area.code},
                           {"name", area.name},
                           {"criteria", std::to_string(criteria)},
                           {"answered", std::to_string(answered)},
                           {"answers", std::to_string(criteria * kAllTimeframes.size())},
                           {"scores_href", base + "/scores?area=" + area.code},
                           {"swot_href", base + "/swot?area=" + area.code},
                           {"has_swot", s != nullptr},
                           {"strengths_html", s ? render_markdown(s->strengths) : ""},
                           {"weaknesses_html", s ? render_markdown(s->weaknesses) : ""},
                           {"opportunities_html", s ? render_markdown(s->opportunities) : ""},
                           {"threats_html", s ? render_markdown(s->threats) : ""}});
  }

  auto criterion_title = [&](const std::string& code) {
    const Criterion* c = framework->criterion(code);
    return c ? code + " · " + c->text(language).title : code;
  };
  List recs;
  for (const auto& rec : *recommendations) {
    std::string rid = std::to_string(rec.id.value());
    List actions;
    for (const auto& act : rec.actions) {
      std::string aid = std::to_string(act.id.value());
      List states;
      for (auto s : values_of(kActionStatusNames))
        states.push_back(Object{{"code", std::string(to_string(s))},
                                {"name", site_.tr(lang, action_status_label(s))},
                                {"selected", s == act.status}});
      actions.push_back(Object{{"id", aid},
                               {"action", act.action},
                               {"owner", act.owner},
                               {"deadline", act.deadline},
                               {"status", site_.tr(lang, action_status_label(act.status))},
                               {"follow_up", act.follow_up},
                               {"has_follow_up", !act.follow_up.empty()},
                               {"followed_up_on", act.followed_up_on},
                               {"states", states},
                               {"follow_up_action", base + "/actions/" + aid + "/follow-up"}});
    }
    List responses;
    for (auto x : {Response::accepted, Response::partly, Response::rejected})
      responses.push_back(Object{{"code", std::string(to_string(x))},
                                 {"name", site_.tr(lang, response_label(x))},
                                 {"id", "response-" + rid + "-" + std::string(to_string(x))},
                                 {"checked", x == rec.response}});
    recs.push_back(Object{
        {"id", rid},
        {"area", rec.area.str()},
        {"criterion", rec.criterion.empty() ? std::string() : criterion_title(rec.criterion)},
        {"has_criterion", !rec.criterion.empty()},
        {"text_html", render_markdown(rec.text)},
        {"response", site_.tr(lang, response_label(rec.response))},
        {"response_code", std::string(to_string(rec.response))},
        {"response_reason", rec.response_reason},
        {"has_reason", !rec.response_reason.empty()},
        {"responses", responses},
        {"actions", actions},
        {"has_actions", !actions.empty()},
        {"respond_action", base + "/recommendations/" + rid + "/response"},
        {"plan_action", base + "/recommendations/" + rid + "/actions"}});
  }

  // Comments as threads: each comment with the replies to it, oldest first.
  std::map<std::int64_t, List> replies;
  for (const auto& cm : *comments)
    if (cm.reply_to)
      replies[cm.reply_to->value()].push_back(
          Object{{"author", cm.author_name}, {"date", day_of(cm.at)}, {"body", cm.body}});
  List threads;
  for (const auto& cm : *comments) {
    if (cm.reply_to) continue;
    std::string cid = std::to_string(cm.id.value());
    threads.push_back(
        Object{{"id", cid},
               {"criterion", cm.criterion.empty() ? site_.tr(lang, N_("The whole assessment"))
                                                  : criterion_title(cm.criterion)},
               {"author", cm.author_name},
               {"date", day_of(cm.at)},
               {"body", cm.body},
               {"replies", replies[cm.id.value()]},
               {"has_replies", !replies[cm.id.value()].empty()}});
  }

  List disclosures;
  for (auto d : values_of(kDisclosureNames))
    disclosures.push_back(
        Object{{"code", std::string(to_string(d))}, {"name", site_.tr(lang, disclosure_label(d))}});
  const std::string api = "/api/v1/assessments/" + std::to_string(id->value());
  Object data{
      {"heading", region},
      {"region", region},
      {"region_href", Site::prefix(lang) + "/regions/" + a.region.str()},
      {"period", std::to_string(a.period)},
      {"framework_version", std::to_string(a.framework_version)},
      {"framework_href", Site::prefix(lang) + "/frameworks/" + std::to_string(a.framework_version)},
      {"status", site_.tr(lang, assessment_status_label(a.status))},
      {"status_code", std::string(to_string(a.status))},
      {"steps", flow_steps(site_, lang, a.status)},
      {"summary_html", render_markdown(a.summary)},
      {"has_summary", !text::trim(a.summary).empty()},
      {"disclosure", site_.tr(lang, disclosure_label(a.disclosure))},
      {"return_note", a.return_note},
      {"has_return_note", a.status == AssessmentStatus::draft && !a.return_note.empty()},
      {"revision", std::to_string(a.revision)},
      {"updated", day_of(a.updated_at)},
      {"reviewers", reviewers},
      {"has_reviewers", !reviewers.empty()},
      {"candidates", candidates},
      {"has_candidates", !candidates.empty()},
      {"areas", areas},
      {"recommendations", recs},
      {"has_recommendations", !recs.empty()},
      {"threads", threads},
      {"has_threads", !threads.empty()},
      {"criteria",
       criterion_choices(*framework, language, site_.tr(lang, N_("None: the whole assessment")))},
      {"area_choices",
       [&] {
         List out;
         for (const auto& area : area_names(reference_, language))
           out.push_back(Object{{"code", area.code}, {"name", area.code + " · " + area.name}});
         return out;
       }()},
      {"may_edit", can.edit},
      {"may_disclose", can.disclose},
      {"may_submit", can.submit},
      {"may_assign", can.assign},
      {"may_answer", can.answer_invitation},
      {"may_review", can.review},
      {"may_submit_review", can.review && mine && mine->status == ReviewerStatus::accepted},
      {"may_consolidate", can.consolidate},
      {"may_publish", can.publish},
      {"may_send_back", can.send_back},
      {"may_comment", can.comment},
      {"may_recommend", can.recommend},
      {"may_respond", can.respond},
      {"has_steps", can.submit || can.assign || can.answer_invitation || can.review ||
                        can.consolidate || can.publish || can.send_back},
      {"first_area_scores_href", base + "/scores?area=WG1"},
      {"details_href", base + "/details"},
      {"report_href", base + "/report"},
      {"scorecard_href", Site::prefix(lang) + "/regions/" + a.region.str() +
                             "/scorecard?assessment=" + std::to_string(id->value())},
      {"step_action", base + "/step"},
      {"assign_action", base + "/reviewers"},
      {"invitation_action", base + "/invitation"},
      {"review_action", base + "/review"},
      {"comment_action", base + "/comments"},
      {"recommend_action", base + "/recommendations"},
      {"csv_href", api + "/scores.csv"},
      {"xlsx_href", api + "/scores.xlsx"},
      {"json_href", api + "/scores.json"},
      {"form_href", api + "/form.xlsx"},
      {"upload_action", base + "/form"},
      {"list_href", Site::prefix(lang) + "/assessments"}};
  static const std::map<std::string, const char*> kNotices = {
      {"created", N_("The assessment is opened. Score each area, then submit it.")},
      {"step", N_("The assessment's status is changed.")},
      {"assigned", N_("The reviewer is invited.")},
      {"answered", N_("Your answer is recorded.")},
      {"review", N_("Your review is submitted.")},
      {"comment", N_("Your comment is published.")},
      {"recommended", N_("The recommendation is added.")},
      {"responded", N_("The response is recorded.")},
      {"planned", N_("The action is added to the plan.")},
      {"followed", N_("The follow-up is recorded.")},
      {"details", N_("The details are saved.")},
      {"swot", N_("The SWOT analysis is saved.")},
      {"uploaded", N_("The scores of the filled form are saved.")}};
  if (auto done = kNotices.find(r.query_value("done").value_or("")); done != kNotices.end())
    data["notice"] = site_.tr(lang, done->second);
  // "Discuss this": its discussion in the working groups, for people signed in.
  if (v.principal.signed_in())
    data["discuss_href"] = Site::prefix(lang) + "/assessments/" + std::to_string(a.id.value()) + "/discussion";
  merge(data, std::move(extra));
  std::string title = fmt::format("{} · {}", site_.tr(lang, N_("Assessment")), region);
  return site_.page(r, lang, "assessment_overview", title, std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
