#include "web/foresight/parts.hpp"

#include <cstdio>

#include "web/account_labels.hpp"

namespace cps::web::foresight_parts {

const char* kind_label(StatementKind k) {
  switch (k) {
    case StatementKind::desirability: return N_("How desirable is this?");
    case StatementKind::probability: return N_("How probable is this?");
    case StatementKind::importance: return N_("How important is this?");
    case StatementKind::time_horizon: return N_("By which year will this happen?");
  }
  return "";
}

const char* standing_label(Standing s) {
  switch (s) {
    case Standing::open: return N_("Open");
    case Standing::consensus: return N_("Consensus");
    case Standing::stable_dissent: return N_("Stable dissent");
  }
  return "";
}

const char* dimension_label(const std::string& dimension) {
  if (dimension == "country") return N_("Country");
  if (dimension == "organisation_type") return N_("Organisation type");
  if (dimension == "expertise") return N_("Self-rated expertise");
  return N_("Thematic area");
}

// A group of a breakdown or of the panel's balance as people read it: organisation types by
// their name, countries and areas by their code.
std::string group_label(const Site& site, i18n::Language lang, const std::string& dimension, const std::string& group) {
  if (group.empty()) return site.tr(lang, N_("not given"));
  if (dimension == "organisation_type") return site.tr(lang, partner_type_label(group));
  return group;
}

std::string figure(double d) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", d);
  std::string s = buffer;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

Object round_data(const Site& site, i18n::Language lang, const StopRules& rules, const StatementRound& round) {
  Object out{{"round", std::to_string(round.round)}, {"consensus", round.consensus}};
  std::string summary;
  if (auto q = round.quartiles()) {
    summary = text::fill(site.tr(lang, N_("Round {round}: median {median}, middle half from {q1} to {q3} (interquartile range {iqr}), {respondents} respondents.")),
                         {{"round", std::to_string(round.round)}, {"median", figure(q->median)}, {"q1", figure(q->q1)},
                          {"q3", figure(q->q3)}, {"iqr", figure(q->iqr())}, {"respondents", std::to_string(round.respondents)}});
  } else {
    summary = text::fill(site.tr(lang, N_("Round {round}: no answers.")), {{"round", std::to_string(round.round)}});
  }
  auto add = [&](const char* message, double percent) {
    summary += " " + text::fill(site.tr(lang, message), {{"percent", figure(percent)}});
  };
  if (round.rating && round.rating->respondents > 0) add(N_("Agreement: {percent} %."), round.rating->agreement_percent());
  if (round.horizon && round.horizon->respondents > 0) add(N_("Answered “never”: {percent} %."), round.horizon->never_percent());
  if (round.change) add(N_("Changed since the round before: {percent} %."), round.change->changed_percent());
  out["summary"] = summary;
  if (round.rating) {
    List rows;
    for (std::size_t i = 0; i < round.rating->counts.size(); ++i)
      rows.push_back(Object{{"value", std::to_string(rules.scale_min + int(i))},
                            {"count", std::to_string(round.rating->counts[i])}});
    out["distribution"] = rows;
    out["has_distribution"] = true;
  }
  return out;
}

std::string study_href(i18n::Language lang, StudyId id) {
  return Site::prefix(lang) + "/foresight/delphi/" + std::to_string(id.value());
}

http::Response sign_in_first(const Site& site, const http::Request& r, i18n::Language lang) {
  return see_other(site, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(std::string(r.raw.target())));
}

}  // namespace cps::web::foresight_parts
