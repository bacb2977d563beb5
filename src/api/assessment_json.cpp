#include "api/assessment_json.hpp"

#include <string>

#include "domain/assessment/score_input.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::assessment;

namespace {

template <class T>
json::value or_null(const std::optional<T>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

// Times of steps not taken yet are stored as 0: null for clients.
json::value time_or_null(Seconds at) { return at ? json::value(at) : json::value(nullptr); }

json::value user_or_null(const std::optional<accounts::UserId>& user) {
  return user ? json::value(user->value()) : json::value(nullptr);
}

std::string assessment_href(AssessmentId id) { return "/api/v1/assessments/" + std::to_string(id.value()); }

json::object capabilities_json(const Capabilities& c) {
  return {{"edit", c.edit},
          {"submit", c.submit},
          {"assign", c.assign},
          {"answer_invitation", c.answer_invitation},
          {"review", c.review},
          {"consolidate", c.consolidate},
          {"publish", c.publish},
          {"send_back", c.send_back},
          {"comment", c.comment},
          {"recommend", c.recommend},
          {"respond", c.respond},
          {"see_peer_scores", c.see_peer_scores}};
}

json::object reviewer_json(const Reviewer& r) {
  return {{"user", r.user.value()},
          {"display_name", r.display_name},
          {"country", r.country ? json::value(r.country->str()) : json::value(nullptr)},
          {"status", to_string(r.status)},
          {"conflicts", r.conflicts},
          {"decline_reason", r.decline_reason},
          {"assigned_by", user_or_null(r.assigned_by)},
          {"assigned_at", time_or_null(r.assigned_at)},
          {"answered_at", time_or_null(r.answered_at)}};
}

json::object swot_fields(const Swot& s) {
  return {{"area", s.area.str()},
          {"strengths", s.strengths},
          {"weaknesses", s.weaknesses},
          {"opportunities", s.opportunities},
          {"threats", s.threats}};
}

json::array areas_json(const std::vector<AreaCode>& areas, const std::vector<std::string>& names) {
  json::array out;
  for (std::size_t i = 0; i < areas.size(); ++i)
    out.push_back(json::object{{"code", areas[i].str()}, {"name", i < names.size() ? names[i] : ""}});
  return out;
}

json::object peer_ahead_json(const PeerAhead& p) {
  return {{"region", p.region.str()}, {"region_name", p.region_name}, {"distance", p.distance}, {"level", p.level}};
}

}  // namespace

json::object framework_summary_json(const Framework& f) {
  return {{"version", f.version},
          {"note", f.note},
          {"divergence", f.divergence},
          {"created_at", f.created_at},
          {"href", "/api/v1/frameworks/" + std::to_string(f.version)}};
}

json::object assessment_json(const Assessment& a, const Capabilities& may) {
  json::array scores, reviewers, swot;
  for (const auto& s : a.scores) scores.push_back(score_json(s));
  for (const auto& r : a.reviewers) reviewers.push_back(reviewer_json(r));
  for (const auto& s : a.swot) swot.push_back(swot_fields(s));
  return {{"id", a.id.value()},
          {"region", a.region.str()},
          {"country", a.country.str()},
          {"period", a.period},
          {"framework_version", a.framework_version},
          {"organisation", a.organisation.value()},
          {"status", to_string(a.status)},
          {"disclosure", to_string(a.disclosure)},
          {"summary", a.summary},
          {"return_note", a.return_note},
          {"revision", a.revision},
          {"created_by", user_or_null(a.created_by)},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"submitted_at", time_or_null(a.submitted_at)},
          {"published_at", time_or_null(a.published_at)},
          {"scores", std::move(scores)},
          {"reviewers", std::move(reviewers)},
          {"swot", std::move(swot)},
          {"may", capabilities_json(may)},
          {"href", assessment_href(a.id)}};
}

json::object scores_json(const Assessment& a) {
  json::array scores;
  for (const auto& s : a.scores) scores.push_back(score_json(s));
  return {{"revision", a.revision}, {"scores", std::move(scores)}};
}

json::object swot_json(const Assessment& a, const AreaCode& area) {
  Swot found{area, "", "", "", ""};
  for (const auto& s : a.swot)
    if (s.area == area) found = s;
  json::object o = swot_fields(found);
  o["revision"] = a.revision;
  return o;
}

json::object comment_json(const Comment& c) {
  return {{"id", c.id.value()},
          {"assessment", c.assessment.value()},
          {"criterion", c.criterion},
          {"reply_to", c.reply_to ? json::value(c.reply_to->value()) : json::value(nullptr)},
          {"author", c.author.value()},
          {"author_name", c.author_name},
          {"body", c.body},
          {"at", c.at}};
}

json::object action_json(const PlannedAction& a) {
  return {{"id", a.id.value()},
          {"recommendation", a.recommendation.value()},
          {"action", a.action},
          {"owner", a.owner},
          {"deadline", a.deadline},
          {"status", to_string(a.status)},
          {"follow_up", a.follow_up},
          {"followed_up_on", a.followed_up_on}};
}

json::object recommendation_json(const Recommendation& r) {
  json::array actions;
  for (const auto& a : r.actions) actions.push_back(action_json(a));
  return {{"id", r.id.value()},
          {"assessment", r.assessment.value()},
          {"area", r.area.str()},
          {"criterion", r.criterion},
          {"text", r.text},
          {"author", r.author.value()},
          {"response", to_string(r.response)},
          {"response_reason", r.response_reason},
          {"actions", std::move(actions)},
          {"at", r.at}};
}

json::object scorecard_json(const Scorecard& s) {
  json::array areas, criteria;
  for (const auto& a : s.areas)
    areas.push_back(json::object{{"area", a.area.str()},
                                 {"name", a.name},
                                 {"past", or_null(a.past)},
                                 {"current", or_null(a.current)},
                                 {"target", or_null(a.target)},
                                 {"criteria", a.criteria},
                                 {"left_out", a.left_out}});
  for (const auto& c : s.criteria)
    criteria.push_back(json::object{{"criterion", c.criterion},
                                    {"title", c.title},
                                    {"area", c.area.str()},
                                    {"weight", c.weight},
                                    {"past", or_null(c.past)},
                                    {"current", or_null(c.current)},
                                    {"target", or_null(c.target)},
                                    {"gap", or_null(c.gap)},
                                    {"change", or_null(c.change)},
                                    {"peer_current", or_null(c.peer_current)},
                                    {"diverges", c.diverges},
                                    {"without_evidence", c.without_evidence},
                                    {"left_out", c.left_out}});
  return {{"region", s.region.str()},
          {"region_name", s.region_name},
          {"assessment", s.assessment.value()},
          {"period", s.period},
          {"framework_version", s.framework_version},
          {"status", to_string(s.status)},
          {"published_at", time_or_null(s.published_at)},
          {"areas", std::move(areas)},
          {"criteria", std::move(criteria)}};
}

json::object benchmark_json(const Benchmark& b) {
  json::array rows, spreads, peers;
  for (const auto& r : b.rows) {
    json::object means;
    for (const auto& [area, mean] : r.areas) means[area] = or_null(mean);
    rows.push_back(json::object{{"region", r.region.str()},
                                {"region_name", r.region_name},
                                {"country", r.country.str()},
                                {"assessment", r.assessment.value()},
                                {"areas", std::move(means)}});
  }
  for (const auto& s : b.spreads)
    spreads.push_back(json::object{{"criterion", s.criterion},
                                   {"title", s.title},
                                   {"area", s.area.str()},
                                   {"regions", s.regions},
                                   {"left_out", s.left_out},
                                   {"lowest", or_null(s.lowest)},
                                   {"median", or_null(s.median)},
                                   {"highest", or_null(s.highest)}});
  for (const auto& p : b.peers) {
    json::array ahead;
    for (const auto& a : p.ahead) ahead.push_back(peer_ahead_json(a));
    peers.push_back(json::object{{"criterion", p.criterion}, {"title", p.title}, {"own", or_null(p.own)}, {"ahead", std::move(ahead)}});
  }
  return {{"framework_version", b.framework_version},
          {"areas", areas_json(b.areas, b.area_names)},
          {"rows", std::move(rows)},
          {"spreads", std::move(spreads)},
          {"region", b.region ? json::value(b.region->str()) : json::value(nullptr)},
          {"peers", std::move(peers)}};
}

json::object learning_needs_json(const RegionCode& region, const std::vector<LearningNeed>& needs) {
  json::array items;
  for (const auto& n : needs) {
    json::array practices, regions;
    for (const auto& p : n.practices)
      practices.push_back(json::object{{"id", p.id}, {"title", p.title}, {"slug", p.slug}});
    for (const auto& r : n.regions) regions.push_back(peer_ahead_json(r));
    items.push_back(json::object{{"criterion", n.criterion},
                                 {"title", n.title},
                                 {"area", n.area.str()},
                                 {"current", n.current},
                                 {"target", n.target},
                                 {"gap", n.gap},
                                 {"practices", std::move(practices)},
                                 {"regions", std::move(regions)}});
  }
  return {{"region", region.str()}, {"items", std::move(items)}};
}

json::object agreement_json(const std::vector<Agreement>& agreement) {
  json::array items;
  for (const auto& a : agreement)
    items.push_back(json::object{{"criterion", a.criterion},
                                 {"title", a.title},
                                 {"pairs", a.pairs},
                                 {"kappa", or_null(a.kappa)},
                                 {"mean_difference", or_null(a.mean_difference)}});
  return {{"items", std::move(items)}};
}

json::object gaps_json(const GapsReport& g) {
  json::array countries, coverage, without_assessment, without_evidence, stale, requests, comments;
  for (const auto& c : g.countries) countries.push_back(json::value(c.str()));
  for (const auto& c : g.coverage)
    coverage.push_back(json::object{{"area", c.area.str()},
                                    {"country", c.country.str()},
                                    {"practices", c.practices},
                                    {"assessments", c.assessments},
                                    {"datasets", c.datasets},
                                    {"newest", or_null(c.newest)}});
  for (const auto& r : g.regions_without_assessment) without_assessment.push_back(json::value(r.str()));
  for (const auto& w : g.without_evidence)
    without_evidence.push_back(json::object{{"assessment", w.assessment.value()},
                                            {"region", w.region.str()},
                                            {"criterion", w.criterion},
                                            {"timeframe", to_string(w.timeframe)}});
  for (const auto& a : g.stale_reviews)
    stale.push_back(json::object{{"assessment", a.id.value()},
                                 {"region", a.region.str()},
                                 {"region_name", a.region_name},
                                 {"status", to_string(a.status)},
                                 {"since", a.since}});
  for (const auto& w : g.unanswered_requests)
    requests.push_back(json::object{{"assessment", w.assessment.value()},
                                    {"region", w.region.str()},
                                    {"reviewer", w.reviewer.value()},
                                    {"reviewer_name", w.reviewer_name},
                                    {"since", w.since}});
  for (const auto& c : g.unanswered_comments)
    comments.push_back(json::object{{"assessment", c.assessment.value()},
                                    {"region", c.region.str()},
                                    {"comment", c.comment.value()},
                                    {"criterion", c.criterion},
                                    {"author_name", c.author_name},
                                    {"at", c.at}});
  return {{"period", g.period},
          {"days", g.days},
          {"areas", areas_json(g.areas, g.area_names)},
          {"countries", std::move(countries)},
          {"coverage", std::move(coverage)},
          {"regions_without_assessment", std::move(without_assessment)},
          {"without_evidence", std::move(without_evidence)},
          {"stale_reviews", std::move(stale)},
          {"unanswered_requests", std::move(requests)},
          {"unanswered_comments", std::move(comments)}};
}

}  // namespace cps::api
