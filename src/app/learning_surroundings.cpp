// The learning engine's port, adapted from the assessments, statistics, knowledge and pilot
// services: each method asks one service and turns "nothing there" into an empty answer.
#include "app/learning_surroundings.hpp"

#include "i18n/languages.hpp"
#include "web/sector_labels.hpp"

namespace cps::app {

namespace {

i18n::Language ui_language(const std::string& code) {
  return i18n::parse_language(code).value_or(i18n::Language::en);
}

// Kinds of failure that mean "there is nothing to read" rather than a broken database.
bool nothing(const Error& e) {
  return e.kind == ErrorKind::not_found || e.kind == ErrorKind::forbidden || e.kind == ErrorKind::unprocessable ||
         e.kind == ErrorKind::invalid;
}

}  // namespace

Result<std::optional<learning::Place>> LearningSurroundings::place(const RegionCode& region, const std::string&) {
  auto detail = reference_.region(region.str());
  if (!detail) {
    if (detail.error().kind == ErrorKind::not_found) return std::optional<learning::Place>{};
    return std::unexpected(detail.error());
  }
  if (detail->region.level != 2) return std::optional<learning::Place>{};
  learning::Place p;
  p.name = detail->region.name_latin.empty() ? region.str() : detail->region.name_latin;
  p.country = detail->region.country;
  p.in_programme = detail->country.status != reference::CountryStatus::other;
  return std::optional{std::move(p)};
}

std::string LearningSurroundings::region_name(const RegionCode& region, const std::string& language) {
  auto place = this->place(region, language);
  if (place && *place) return (*place)->name;
  std::lock_guard lock(european_mutex_);
  if (!european_names_) {
    auto european = statistics_.european_regions();
    if (!european) return region.str();  // tried again next time
    european_names_.emplace();
    for (const auto& [code, r] : *european) (*european_names_)[code] = r.name_latin.empty() ? code : r.name_latin;
  }
  auto known = european_names_->find(region.str());
  return known == european_names_->end() ? region.str() : known->second;
}

Result<std::optional<assessment::Scorecard>> LearningSurroundings::scorecard(const accounts::Principal& who,
                                                                           const RegionCode& region,
                                                                           const std::string& language) {
  auto card = assessments_.scorecard(who, region, std::nullopt, language);
  if (!card) {
    if (card.error().kind == ErrorKind::not_found || card.error().kind == ErrorKind::forbidden)
      return std::optional<assessment::Scorecard>{};
    return std::unexpected(card.error());
  }
  return std::optional{std::move(*card)};
}

Result<std::vector<assessment::LearningNeed>> LearningSurroundings::criterion_gaps(const accounts::Principal& who,
                                                                                  const RegionCode& region,
                                                                                  const std::string& language) {
  // Every criterion with a gap: the engine chooses the large ones itself.
  auto needs = assessments_.learning_needs(who, region, language, 1000, assessment::NeedPractices::none);
  if (!needs && nothing(needs.error())) return std::vector<assessment::LearningNeed>{};
  return needs;
}

Result<std::vector<assessment::BenchmarkRow>> LearningSurroundings::area_levels(const accounts::Principal& who,
                                                                               const std::string& language) {
  auto benchmark = assessments_.benchmark(who, std::nullopt, language);
  if (!benchmark) {
    if (nothing(benchmark.error())) return std::vector<assessment::BenchmarkRow>{};
    return std::unexpected(benchmark.error());
  }
  return std::move(benchmark->rows);
}

Result<std::vector<std::pair<RegionCode, double>>> LearningSurroundings::structural_peers(const RegionCode& region,
                                                                                         std::size_t k,
                                                                                         learning::Scope scope) {
  std::vector<std::pair<RegionCode, double>> out;
  auto similar = statistics_.similar_regions(
      region.str(), k, unsigned(statistics::Indicators::structure),
      scope == learning::Scope::europe ? statistics::Scope::europe : statistics::Scope::programme);
  if (!similar) {
    if (nothing(similar.error())) return out;
    return std::unexpected(similar.error());
  }
  for (const auto& peer : similar->nearest) out.emplace_back(RegionCode(peer.region), peer.distance);
  return out;
}

Result<std::optional<learning::RegionEconomy>> LearningSurroundings::economy(const RegionCode& region) {
  std::optional<learning::RegionEconomy> none;
  auto datasets = statistics_.datasets();
  if (!datasets) return std::unexpected(datasets.error());
  std::optional<std::int64_t> employment;
  for (const auto& d : *datasets)
    if (d.code == "employment-nace") employment = d.id;
  if (!employment) return none;
  auto complexity = statistics_.complexity(*employment, std::nullopt, 2);
  if (!complexity) {
    if (nothing(complexity.error())) return none;
    return std::unexpected(complexity.error());
  }
  const auto& c = *complexity;
  auto row = std::find(c.regions.begin(), c.regions.end(), region.str());
  if (row == c.regions.end()) return none;
  auto i = static_cast<Eigen::Index>(row - c.regions.begin());
  learning::RegionEconomy out;
  out.year = c.year;
  for (std::size_t s = 0; s < c.sectors.size(); ++s) {
    auto j = static_cast<Eigen::Index>(s);
    learning::SectorOutlook o;
    o.sector = c.sectors[s];
    o.present = c.result.mcp(i, j) > 0.5;
    o.rca = c.result.rca(i, j);
    o.density = c.result.density(i, j);
    o.outlook_gain = c.result.cog(i, j);
    if (j < c.result.pci.size()) o.complexity = c.result.pci(j);
    out.sectors.push_back(std::move(o));
  }
  return std::optional{std::move(out)};
}

std::string LearningSurroundings::sector_name(const std::string& sector, const std::string& language) {
  const char* label = web::sector_label(sector);
  return label ? catalogue_.translate(ui_language(language), label) : sector;
}

std::string LearningSurroundings::country_name(const CountryCode& country, const std::string& language) {
  auto c = reference_.country(country.str());
  if (!c) return country.str();
  return catalogue_.country_name(ui_language(language), c->iso_code);
}

Result<std::vector<learning::Found>> LearningSurroundings::search(const accounts::Principal& who,
                                                                  const std::string& words,
                                                                  const std::string& language, std::size_t limit) {
  std::vector<learning::Found> out;
  knowledge::SearchRequest request;
  request.q = words;
  request.language = language;
  request.facets.status = knowledge::ItemStatus::published;
  request.per_page = std::clamp<std::size_t>(limit, 1, 100);
  request.extracts = knowledge::Extracts::none;
  auto found = knowledge_.search(who, request);
  if (!found) {
    // Words that make no query (only stop words, say) find nothing.
    if (found.error().kind == ErrorKind::invalid) return out;
    return std::unexpected(found.error());
  }
  for (auto& hit : found->hits) out.push_back(learning::Found{std::move(hit.item), hit.score, std::move(hit.concepts)});
  return out;
}

Result<std::vector<knowledge::KnowledgeItem>> LearningSurroundings::published(const accounts::Principal& who,
                                                                              const AreaCode& area,
                                                                              std::size_t limit) {
  knowledge::ItemFilter filter;
  filter.status = knowledge::ItemStatus::published;
  if (!area.str().empty()) filter.area = area.str();
  auto found = knowledge_.list(who, filter, "date", std::clamp<std::size_t>(limit, 1, 500), 0);
  if (!found) return std::unexpected(found.error());
  return std::move(found->first);
}

Result<std::optional<knowledge::KnowledgeItem>> LearningSurroundings::published_item(const accounts::Principal& who,
                                                                                   std::int64_t item) {
  auto found = knowledge_.item(who, knowledge::ItemId(item));
  if (!found) {
    if (found.error().kind == ErrorKind::not_found) return std::optional<knowledge::KnowledgeItem>{};
    return std::unexpected(found.error());
  }
  if (found->status != knowledge::ItemStatus::published) return std::optional<knowledge::KnowledgeItem>{};
  return std::optional{std::move(*found)};
}

Result<std::vector<knowledge::KnowledgeItem>> LearningSurroundings::policies_in(const accounts::Principal& who,
                                                                                const RegionCode& region) {
  std::vector<knowledge::KnowledgeItem> out;
  for (auto kind : {knowledge::Kind::programme, knowledge::Kind::instrument}) {
    knowledge::ItemFilter filter;
    filter.status = knowledge::ItemStatus::published;
    filter.region = region.str();
    filter.kind = kind;
    auto found = knowledge_.list(who, filter, "date", 500, 0);
    if (!found) return std::unexpected(found.error());
    for (auto& item : found->first) out.push_back(std::move(item));
  }
  return out;
}

Result<std::map<std::int64_t, std::vector<learning::PilotOutcome>>> LearningSurroundings::tested_in(
    const accounts::Principal& who, const std::vector<std::int64_t>& items, const std::string& language) {
  std::map<std::int64_t, std::vector<learning::PilotOutcome>> out;
  auto tested = pilots_.tested_in(who, items, language);
  if (!tested) {
    if (nothing(tested.error())) return out;
    return std::unexpected(tested.error());
  }
  for (const auto& [item, pilots] : *tested)
    for (const auto& t : pilots)
      out[item].push_back(learning::PilotOutcome{t.pilot.value(), t.title, t.targets.of > 0, t.targets.met, t.targets.of});
  return out;
}

}  // namespace cps::app
