// Recommendations for a region's needs: published practices found by the need's words (in
// any language, through the concepts) and on its thematic area, each scored by named
// components with the fixed weights of learning.hpp and explained by reasons built from the
// data; coordinators' pins, hides and notes applied last.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/accounts/policy.hpp"
#include "domain/learning/learning_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "i18n/catalogue.hpp"

namespace cps::learning {

using i18n::N_;
using knowledge::KnowledgeItem;

namespace {

// How much of a structural peer's similarity a national policy of the peer's country gets.
constexpr double kNationalSimilarity = 0.6;

std::string decimal(double v, int digits) { return fmt::format("{:.{}f}", v, digits); }
std::string level_text(double v) { return v == std::floor(v) ? fmt::format("{}", int(v)) : decimal(v, 1); }

// What one request reads once and every need's ranking shares.
struct Context {
  const LearningRequest& request;
  const Learning& learning;
  const std::vector<std::pair<RegionCode, double>>& peers;
  std::map<char, std::pair<std::string, double>> specialised_by;  // section → (sector of the data, RCA)
  std::map<std::int64_t, std::vector<PilotOutcome>> pilots;       // the pilots that tested an item
  std::set<std::int64_t> pilots_read;                             // items whose pilots were asked for
  std::map<std::string, std::string> region_names;                 // read once per region
  std::vector<Curation> curations;
  std::vector<FeedbackTally> all_tallies;
};

bool region_in(const std::string& item_region, const RegionCode& region) {
  // Items may name NUTS 2 or NUTS 3 regions: a NUTS 3 code starts with its NUTS 2 code.
  return item_region.starts_with(region.str()) || region.str().starts_with(item_region);
}

std::set<char> sections_of_item(const KnowledgeItem& item) {
  std::set<char> out;
  for (const auto& d : item.content.sectors)
    if (char s = section_of_division(d)) out.insert(s);
  return out;
}

bool reads(const LearningRequest& request, const std::string& language) {
  return language == request.language || std::ranges::find(request.reads, language) != request.reads.end();
}

const knowledge::ItemText* text_in(const KnowledgeItem& item, const std::string& language) {
  for (const auto& t : item.content.texts)
    if (t.language == language) return &t;
  return nullptr;
}

bool quantified(const KnowledgeItem& item) {
  for (const auto& t : item.content.texts)
    if (std::ranges::any_of(t.results, [](unsigned char c) { return std::isdigit(c); })) return true;
  return false;
}

bool states_transferability(const KnowledgeItem& item) {
  for (const auto& t : item.content.texts)
    if (!t.transferability.empty()) return true;
  return false;
}

// A region's name in the reader's language, its code when the reference data lack it.
std::string region_name_of(Context& ctx, Surroundings& surroundings, const RegionCode& region) {
  auto known = ctx.region_names.find(region.str());
  if (known != ctx.region_names.end()) return known->second;
  std::string name = surroundings.region_name(region, ctx.request.language);
  ctx.region_names.emplace(region.str(), name);
  return name;
}

struct Candidate {
  KnowledgeItem item;
  double text = 0;  // the search's score, relative to the best found for the need
  std::vector<std::string> concepts;
};

Recommendation rank(Context& ctx, const Need& need, const Candidate& c, Surroundings& surroundings) {
  const auto& item = c.item;
  const auto& req = ctx.request;
  const auto& region_name = ctx.learning.region_name;
  Recommendation r;
  r.item = item.id.value();
  r.slug = item.content.slug;
  const auto& shown = item.text(req.language);
  r.title = shown.title;
  r.language = shown.language;

  // Relevance: the need's words and concepts, its thematic area, its sector, a concrete instrument.
  bool on_area = !need.area.str().empty() && std::ranges::find(item.content.areas, need.area.str()) != item.content.areas.end();
  auto item_sections = sections_of_item(item);
  bool on_sector = false;
  if (need.kind == NeedKind::sector) {
    for (char s : statistics::sections_of(need.code))
      if (item_sections.contains(s)) on_sector = true;
  }
  bool instrument = item.content.instrument.has_value() || item.content.kind == knowledge::Kind::instrument ||
                    item.content.kind == knowledge::Kind::programme;
  r.components.relevance = 0.50 * c.text + 0.25 * (on_area ? 1 : 0) + 0.15 * (on_sector ? 1 : 0) +
                           0.10 * (instrument ? 1 : 0);
  if (!c.concepts.empty()) {
    std::string list;
    for (const auto& concept_label : c.concepts) list += (list.empty() ? "" : ", ") + concept_label;
    r.reasons.push_back({N_("Shares the concepts {concepts} with the need."), {{"concepts", list}}});
  }
  if (on_area) r.reasons.push_back({N_("On the thematic area {area}."), {{"area", need.area.str()}}});
  if (on_sector) r.reasons.push_back({N_("Concerns the sector {sector}."), {{"sector", need.title}}});

  // Structural similarity of where it was used: the region itself, its nearest peer among the
  // item's regions, or a region of the same country.
  double similarity = 0;
  for (const auto& code : item.content.regions) {
    // What the region already does is no practice to learn from: named, but not counted.
    if (region_in(code, ctx.learning.region)) {
      similarity = 0;
      r.origin = ctx.learning.region;
      break;
    }
    for (const auto& [peer, distance] : ctx.peers)
      if (region_in(code, peer) && 1 / (1 + distance) > similarity) {
        similarity = 1 / (1 + distance);
        r.origin = peer;
      }
  }
  if (r.origin == ctx.learning.region) {
    r.origin_name = region_name;
    r.reasons.push_back({N_("Already used in {region}."), {{"region", region_name}}});
  } else if (r.origin) {
    double distance = 0;
    for (const auto& [peer, d] : ctx.peers)
      if (peer == *r.origin) distance = d;
    const PeerAhead* ahead = nullptr;
    for (const auto& a : need.ahead)
      if (a.region == *r.origin) ahead = &a;
    r.origin_name = region_name_of(ctx, surroundings, *r.origin);
    if (ahead && need.current)
      r.reasons.push_back({N_("Used in {origin}, structurally close to {region} (distance {distance}), which "
                              "scores {their} where {region} scores {own} on {criterion}."),
                           {{"origin", r.origin_name},
                            {"region", region_name},
                            {"distance", decimal(distance, 2)},
                            {"their", level_text(ahead->level)},
                            {"own", level_text(*need.current)},
                            {"criterion", need.title}}});
    else
      r.reasons.push_back({N_("Used in {origin}, structurally close to {region} (distance {distance})."),
                           {{"origin", r.origin_name}, {"region", region_name}, {"distance", decimal(distance, 2)}}});
  } else if (item.content.regions.empty() && item.content.countries.size() == 1) {
    // A national policy: as close as the nearest structural peer in its countries, but less
    // sure, since it runs in every region of the country.
    double distance = 0;
    for (const auto& country : item.content.countries)
      for (const auto& [peer, d] : ctx.peers)
        if (peer.str().starts_with(country) && peer != ctx.learning.region && kNationalSimilarity / (1 + d) > similarity) {
          similarity = kNationalSimilarity / (1 + d);
          r.origin = peer;
          distance = d;
        }
    if (r.origin) {
      r.origin_name = region_name_of(ctx, surroundings, *r.origin);
      r.reasons.push_back({N_("Used across the country of {origin}, structurally close to {region} "
                              "(distance {distance})."),
                           {{"origin", r.origin_name}, {"region", region_name}, {"distance", decimal(distance, 2)}}});
    }
  } else if (!item.content.regions.empty()) {
    RegionCode first(item.content.regions.front());
    r.origin = first;
    r.origin_name = region_name_of(ctx, surroundings, first);
    if (std::ranges::find(item.content.countries, ctx.learning.country.str()) != item.content.countries.end())
      similarity = 0.3;
    r.reasons.push_back({N_("Used in {origin}, which is not among the regions structurally closest to {region}."),
                         {{"origin", r.origin_name}, {"region", region_name}}});
  }
  r.components.similarity = similarity;

  // Evidence: quantified results, pilot outcomes, peers' validation.
  r.quantified_results = quantified(item);
  if (r.quantified_results) r.reasons.push_back({N_("States quantified results."), {}});
  static const std::vector<PilotOutcome> untested;
  auto tested_in = ctx.pilots.find(r.item);
  const auto& tested = tested_in == ctx.pilots.end() ? untested : tested_in->second;
  double pilot = 0;
  r.pilots = tested.size();
  for (const auto& p : tested) {
    if (p.evaluated && p.of > 0) {
      pilot = std::max(pilot, double(p.met) / double(p.of));
      r.reasons.push_back({N_("Tested in pilot {pilot}: {met} of {total} targets met."),
                           {{"pilot", p.title}, {"met", std::to_string(p.met)}, {"total", std::to_string(p.of)}}});
    } else {
      pilot = std::max(pilot, 0.25);
      r.reasons.push_back({N_("Tested in pilot {pilot}, no results measured yet."), {{"pilot", p.title}}});
    }
  }
  double peer = 0;
  for (const auto& t : ctx.all_tallies)
    if (t.key.item == r.item && t.key.need == need.key) {
      peer = std::clamp((2.0 * t.adopted + t.useful - t.not_relevant) / 4.0, 0.0, 1.0);
      if (t.adopted + t.useful > 0)
        r.reasons.push_back({N_("Members found it useful {useful} times and adopted it {adopted} times."),
                             {{"useful", std::to_string(t.useful)}, {"adopted", std::to_string(t.adopted)}}});
    }
  r.components.evidence = 0.35 * (r.quantified_results ? 1 : 0) + 0.40 * pilot + 0.25 * peer;

  // Transferability: conditions stated, a sector it names in which the region is specialised,
  // the same country (the same national rules).
  double transfer = 0;
  if (states_transferability(item)) {
    transfer += 0.4;
    r.reasons.push_back({N_("States the conditions for transferring it."), {}});
  }
  for (char s : item_sections)
    if (auto hit = ctx.specialised_by.find(s); hit != ctx.specialised_by.end()) {
      transfer += 0.4;
      r.reasons.push_back({N_("Concerns {sector}, in which {region} is specialised (location quotient {lq})."),
                           {{"sector", surroundings.sector_name(hit->second.first, req.language)},
                            {"region", region_name},
                            {"lq", decimal(hit->second.second, 1)}}});
      break;
    }
  // One country only: a practice of several countries (an EU programme) has no national rules.
  if (item.content.countries.size() == 1 && item.content.countries[0] == ctx.learning.country.str() &&
      r.origin != ctx.learning.region) {
    transfer += 0.2;
    r.reasons.push_back({N_("Comes from the same country, under the same national rules."), {}});
  }
  r.components.transferability = std::min(transfer, 1.0);

  // Language reach: a version in a language the reader reads, else found across languages.
  if (text_in(item, req.language)) {
    r.in_reader_language = true;
    r.components.language = 1;
  } else {
    const knowledge::ItemText* other = nullptr;
    for (const auto& t : item.content.texts)
      if (!other && reads(req, t.language)) other = &t;
    if (other) {
      r.title = other->title;
      r.language = other->language;
      r.components.language = 0.8;
    } else {
      r.components.language = 0.4;
    }
    r.reasons.push_back({N_("Written in {language}; found across languages through its concepts."),
                         {{"language", r.language}}});
  }
  r.score = score(r.components);
  return r;
}

}  // namespace

Result<Learning> LearningService::recommendations(const accounts::Principal& who, const LearningRequest& request) {
  std::optional<std::pair<NeedKind, std::string>> only;
  if (request.need) {
    auto parsed = parse_need_key(*request.need);
    if (!parsed) return std::unexpected(parsed.error());
    only = *parsed;
  }
  std::vector<std::pair<RegionCode, double>> peers;
  std::optional<RegionEconomy> economy;
  auto found = find_needs(who, request, peers, economy);
  if (!found) return std::unexpected(found.error());
  Learning out = std::move(*found);
  if (request.need) {
    std::erase_if(out.needs, [&](const Need& n) { return n.key != *request.need; });
    if (out.needs.empty()) return fail(ErrorKind::not_found, N_("This region has no such need now."), "need");
    std::erase_if(out.missing, [&](const MissingData& m) { return !m.need.empty() && m.need != *request.need; });
  }

  Context ctx{request, out, peers, {}, {}, {}, {}, {}, {}};
  if (economy)
    for (const auto& s : economy->sectors)
      if (s.present)
        for (char section : statistics::sections_of(s.sector))
          if (!ctx.specialised_by.contains(section)) ctx.specialised_by[section] = {s.sector, s.rca};
  auto curations = curations_.curations(request.region);
  if (!curations) return std::unexpected(curations.error());
  ctx.curations = std::move(*curations);
  auto tallies = curations_.tallies(request.region);
  if (!tallies) return std::unexpected(tallies.error());
  ctx.all_tallies = std::move(*tallies);

  const std::size_t per_need = std::clamp<std::size_t>(request.per_need, 1, kMostPerNeed);
  std::map<std::string, std::vector<KnowledgeItem>> on_area;  // published items by area
  for (auto& need : out.needs) {
    accounts::Target target;
    if (!need.area.str().empty()) target.areas = {need.area.str()};
    bool curator = accounts::allowed(who, accounts::Action::curate_recommendations, target);

    std::map<std::int64_t, Candidate> candidates;
    auto hits = surroundings_.search(who, need.title, request.language, kCandidates);
    if (!hits) return std::unexpected(hits.error());
    double best = 0;
    for (const auto& h : *hits) best = std::max(best, h.score);
    for (auto& h : *hits)
      candidates[h.item.id.value()] = Candidate{std::move(h.item), best > 0 ? h.score / best : 0, std::move(h.concepts)};
    if (!need.area.str().empty()) {
      // Several needs share an area (its criteria and the area itself): listed once a request.
      auto listed = on_area.find(need.area.str());
      if (listed == on_area.end()) {
        auto read = surroundings_.published(who, need.area, kCandidates);
        if (!read) return std::unexpected(read.error());
        listed = on_area.emplace(need.area.str(), std::move(*read)).first;
      }
      for (const auto& item : listed->second)
        if (!candidates.contains(item.id.value())) candidates[item.id.value()] = Candidate{item, 0, {}};
    }
    // Pinned items come whether or not the search found them.
    for (const auto& c : ctx.curations)
      if (c.pinned && c.key.need == need.key && !candidates.contains(c.key.item)) {
        auto item = surroundings_.published_item(who, c.key.item);
        if (!item) return std::unexpected(item.error());
        if (*item) candidates[c.key.item] = Candidate{std::move(**item), 0, {}};
      }

    // The pilots of the candidates not seen for an earlier need, in one read.
    std::vector<std::int64_t> unread;
    for (const auto& [id, c] : candidates)
      if (ctx.pilots_read.insert(id).second) unread.push_back(id);
    if (!unread.empty()) {
      auto tested = surroundings_.tested_in(who, unread, request.language);
      if (!tested) return std::unexpected(tested.error());
      for (auto& [item, pilots] : *tested) ctx.pilots[item] = std::move(pilots);
    }

    std::vector<Recommendation> ranked;
    for (const auto& [id, c] : candidates) {
      auto r = rank(ctx, need, c, surroundings_);
      for (const auto& cur : ctx.curations)
        if (cur.key.need == need.key && cur.key.item == id) {
          r.pinned = cur.pinned;
          r.hidden = cur.hidden;
          r.note = cur.note;
        }
      if (r.hidden && !curator) continue;
      if (r.components.relevance <= 0 && !r.pinned) continue;
      ranked.push_back(std::move(r));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Recommendation& a, const Recommendation& b) {
      if (a.pinned != b.pinned) return a.pinned;
      if (a.score != b.score) return a.score > b.score;
      return a.item < b.item;
    });
    if (ranked.size() > per_need) ranked.resize(per_need);
    need.recommendations = std::move(ranked);
    if (need.recommendations.empty())
      out.missing.push_back(MissingData{Missing::practices,
                                        Reason{N_("No published practice answers the need \"{need}\" yet."),
                                               {{"need", need.title}}},
                                        need.key});
  }
  return out;
}

}  // namespace cps::learning
