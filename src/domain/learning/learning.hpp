// The learning engine's plain types: a region's learning needs with the figures behind them,
// the published practices recommended for each need with their score as named components
// and their reasons as message ids with values, and what is missing for the engine to judge.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/strong.hpp"
#include "domain/learning/curations.hpp"

namespace cps::learning {

// Where structurally similar regions are looked for: the programme area (partners) or every
// European NUTS 2 region of the Eurostat files (reference data for comparison only).
enum class Scope { programme, europe };
inline constexpr EnumName<Scope> kScopeNames[] = {{Scope::programme, "programme"}, {Scope::europe, "europe"}};
static_assert(names_each_value_once(kScopeNames));

enum class NeedKind { criterion, area, sector };
inline constexpr EnumName<NeedKind> kNeedKindNames[] = {
    {NeedKind::criterion, "criterion"}, {NeedKind::area, "area"}, {NeedKind::sector, "sector"}};
static_assert(names_each_value_once(kNeedKindNames));

// A sentence for people: an English message id with {placeholders} and their values, already
// in the reader's language where they are words (criterion titles, sector names). Pages
// translate the id, then fill it.
struct Reason {
  std::string text;
  std::vector<std::pair<std::string, std::string>> values;
  bool operator==(const Reason&) const = default;
};

// Each component of a recommendation's score lies in [0, 1].
struct Components {
  double relevance = 0;        // to the need: its words and concepts, area, sector, instrument
  double evidence = 0;         // quantified results, pilot outcomes, peer validation
  double similarity = 0;       // structural similarity of the region the practice comes from
  double transferability = 0;  // conditions stated in the item and met by the region
  double language = 0;         // readable in a language the reader reads
};

// The one place where the components are weighed; they add up to 1, so a score is in [0, 1].
struct Weights {
  double relevance = 0.40;
  double evidence = 0.20;
  double similarity = 0.20;
  double transferability = 0.10;
  double language = 0.10;
};
inline constexpr Weights kWeights{};
double score(const Components& c, const Weights& w = kWeights);

// A region that scores higher than the region on a need's criterion or area.
struct PeerAhead {
  RegionCode region;
  std::string name;
  std::optional<double> distance;  // structural distance; none when it is no structural peer
  double level = 0;                // its current level (an area's weighted mean for areas)
};

struct Recommendation {
  std::int64_t item = 0;
  std::string slug;
  std::string title;     // in the reader's language when the item has it, else the original
  std::string language;  // of that title
  bool in_reader_language = false;
  std::optional<RegionCode> origin;  // the item's region nearest to the reader's region
  std::string origin_name;
  double score = 0;
  Components components;
  std::vector<Reason> reasons;
  bool quantified_results = false;
  std::size_t pilots = 0;  // pilots that tested it
  bool pinned = false;
  bool hidden = false;  // only curators see hidden recommendations
  std::string note;     // a coordinator's note, "" for none
};

struct Need {
  std::string key;  // "criterion:WG4.2", "area:WG4", "sector:C"
  NeedKind kind = NeedKind::criterion;
  std::string code;   // the criterion, area or sector code
  std::string title;  // in the reader's language
  AreaCode area;      // the thematic area (empty for sectors)
  // Criteria and areas: the region's levels (areas: weighted means) and who scores better.
  std::optional<double> current, target, gap;
  std::vector<PeerAhead> ahead;  // structural peers first, nearest first
  // Sectors: the complexity figures of the region in the sector.
  std::optional<double> density, outlook_gain, opportunity, complexity;
  std::optional<int> year;
  std::vector<Recommendation> recommendations;  // best first, pinned ones on top
};

// What the engine cannot judge for lack of data; pages link each to where it can be added.
enum class Missing {
  assessment,          // no assessment of the region the viewer may see
  published_scores,    // the region's assessment is not published: no comparison with peers
  employment,          // no employment figures by sector for the region's country
  structure,           // no structural figures: similarity to other regions cannot be judged
  sector_divisions,    // employment is published by NACE section, not by division
  europe_scope,        // structural peers across Europe are not computed yet
  practices            // no published practice answers a need
};
inline constexpr EnumName<Missing> kMissingNames[] = {
    {Missing::assessment, "assessment"},     {Missing::published_scores, "published_scores"},
    {Missing::employment, "employment"},     {Missing::structure, "structure"},
    {Missing::sector_divisions, "sector_divisions"}, {Missing::europe_scope, "europe_scope"},
    {Missing::practices, "practices"}};
static_assert(names_each_value_once(kMissingNames));

struct MissingData {
  Missing what = Missing::assessment;
  Reason text;
  std::string need;  // the need it concerns, "" for the region as a whole
};

// A region structurally alike to the one asked about, in the scope asked for; outside the
// programme area it is reference data: its practices may be recommended, it is no partner.
struct StructuralPeer {
  RegionCode region;
  std::string name;  // the code when the reference data have no name for it
  double distance = 0;
};

struct Learning {
  RegionCode region;
  std::string region_name;
  CountryCode country;
  Scope scope = Scope::programme;
  std::vector<StructuralPeer> peers;  // nearest first
  std::vector<Need> needs;
  std::vector<MissingData> missing;
  bool curator = false;  // the viewer may pin, hide and annotate
};

// What a reader asks for. `reads` are the languages the reader reads beyond `language`.
struct LearningRequest {
  RegionCode region;
  std::string language = "en";
  std::vector<std::string> reads;
  Scope scope = Scope::programme;
  std::optional<std::string> need;  // only this need's recommendations
  std::size_t per_need = 5;
};

// The NACE section (A–U) of a two-digit NACE Rev. 2 division; 0 for none.
char section_of_division(std::string_view division);

}  // namespace cps::learning
