// What the learning engine reads from the rest of the platform, as one port: assessments as
// the viewer may see them, the regional analytics (structural peers, complexity), published
// knowledge items and the pilots that tested them. The composition root adapts the services
// to it (app/learning_surroundings.*); unit tests use a fake.
#pragma once

#include <map>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/assessment/results.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "domain/learning/learning.hpp"

namespace cps::learning {

struct Place {
  std::string name;  // in the language asked for
  CountryCode country;
  bool in_programme = true;
};

// One sector of the region's economy in the complexity results (py-ecomplexity conventions).
struct SectorOutlook {
  std::string sector;  // as the employment data name it: a NACE section or a group ("B-E")
  bool present = false;  // revealed comparative advantage at or above 1
  double rca = 0;
  double density = 0;       // share of related capabilities the region has
  double outlook_gain = 0;  // complexity outlook gain of moving into it
  std::optional<double> complexity;  // product complexity index
};

struct RegionEconomy {
  int year = 0;
  std::vector<SectorOutlook> sectors;
};

// A published item a search found, with how well it matched.
struct Found {
  knowledge::KnowledgeItem item;
  double score = 0;                   // the search's own score (higher is better)
  std::vector<std::string> concepts;  // labels of the query's concepts the item holds
};

struct PilotOutcome {
  std::int64_t pilot = 0;
  std::string title;
  bool evaluated = false;  // targets have been measured against (its indicators have values)
  std::size_t met = 0, of = 0;  // targets met of its indicators with a target
};

class Surroundings {
 public:
  virtual ~Surroundings() = default;

  // nullopt for a code that is no NUTS 2 region known to the reference data.
  virtual Result<std::optional<Place>> place(const RegionCode& region, const std::string& language) = 0;
  // A region's name for the reader: of the programme area, or a European region the
  // statistics compare with; its code when neither knows it.
  virtual std::string region_name(const RegionCode& region, const std::string& language) = 0;
  // The region's latest assessment the viewer may see; nullopt when there is none.
  virtual Result<std::optional<assessment::Scorecard>> scorecard(const accounts::Principal& who,
                                                                 const RegionCode& region,
                                                                 const std::string& language) = 0;
  // Every criterion with a positive gap, largest first, with the regions scoring higher.
  virtual Result<std::vector<assessment::LearningNeed>> criterion_gaps(const accounts::Principal& who,
                                                                       const RegionCode& region,
                                                                       const std::string& language) = 0;
  // The latest published area means of every region the viewer may see.
  virtual Result<std::vector<assessment::BenchmarkRow>> area_levels(const accounts::Principal& who,
                                                                    const std::string& language) = 0;
  // The k regions most alike in economic structure, nearest first; empty without figures.
  virtual Result<std::vector<std::pair<RegionCode, double>>> structural_peers(const RegionCode& region,
                                                                             std::size_t k, Scope scope) = 0;
  // Whether structural peers can be asked for in the scope (the European scope needs the
  // European reference data kept by the statistics).
  virtual bool covers(Scope scope) = 0;
  // The region's row of the complexity of employment by sector; nullopt without figures.
  virtual Result<std::optional<RegionEconomy>> economy(const RegionCode& region) = 0;
  // A sector's name (a section or a group of the data) in the language.
  virtual std::string sector_name(const std::string& sector, const std::string& language) = 0;
  // A country's name in the language.
  virtual std::string country_name(const CountryCode& country, const std::string& language) = 0;

  // Published items matching the words (in any language, through the concepts), best first.
  virtual Result<std::vector<Found>> search(const accounts::Principal& who, const std::string& words,
                                            const std::string& language, std::size_t limit) = 0;
  // Published items on a thematic area (every published item for an empty area), newest first.
  virtual Result<std::vector<knowledge::KnowledgeItem>> published(const accounts::Principal& who,
                                                                  const AreaCode& area, std::size_t limit) = 0;
  // A published item by id; nullopt when it is not (or no longer) published.
  virtual Result<std::optional<knowledge::KnowledgeItem>> published_item(const accounts::Principal& who,
                                                                         std::int64_t item) = 0;
  // The region's published policies: items of kind programme or instrument naming the region.
  virtual Result<std::vector<knowledge::KnowledgeItem>> policies_in(const accounts::Principal& who,
                                                                    const RegionCode& region) = 0;
  // The pilots that tested each of the items, as the viewer may see them, in one read (items
  // no pilot tested are absent).
  virtual Result<std::map<std::int64_t, std::vector<PilotOutcome>>> tested_in(const accounts::Principal& who,
                                                                              const std::vector<std::int64_t>& items,
                                                                              const std::string& language) = 0;
};

}  // namespace cps::learning
