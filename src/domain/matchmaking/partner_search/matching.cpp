// Matching published cluster profiles to a search and explaining each match (see matching.hpp).
#include "domain/matchmaking/partner_search/matching.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/text.hpp"
#include "i18n/catalogue.hpp"

namespace cps::partner_search {

using i18n::N_;
using matchmaking::ClusterProfile;
using matchmaking::OfferNeed;
using matchmaking::ProfileCard;

namespace {

using TermSet = std::set<std::string>;

const Division* division_named(const std::vector<Division>& divisions, std::string_view code) {
  for (const auto& d : divisions)
    if (d.division == code) return &d;
  return nullptr;
}

bool same_category(const std::string& a, const std::string& b) {
  return !a.empty() && text::to_lower_ascii(a) == text::to_lower_ascii(b);
}

// The offers and needs still shown today, of the kind asked for when one is.
std::vector<const OfferNeed*> current(const ClusterProfile& profile, std::string_view today,
                                      std::optional<OfferKind> kind = std::nullopt) {
  std::vector<const OfferNeed*> out;
  for (const auto& o : profile.offers_and_needs)
    if (o.current(today) && (!kind || o.kind == *kind)) out.push_back(&o);
  return out;
}

// Every division a profile works in: its sectors' and its current offers' and needs'.
std::vector<std::string> divisions_of(const ClusterProfile& profile, std::string_view today) {
  std::vector<std::string> out = profile.divisions();
  for (const auto* o : current(profile, today))
    for (const auto& d : o->divisions)
      if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  return out;
}

double cosine(const TermSet& a, const TermSet& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const auto& t : a) common += b.contains(t);
  return double(common) / std::sqrt(double(a.size()) * double(b.size()));
}

// The share of the searcher's terms that the text has.
double coverage(const TermSet& query, const TermSet& text) {
  if (query.empty()) return 0;
  std::size_t found = 0;
  for (const auto& t : query) found += text.contains(t);
  return double(found) / double(query.size());
}

OfferShown shown(const OfferNeed& o, std::string_view language) {
  const auto& t = o.text(language);
  return OfferShown{o.id, o.side, o.kind, t.title, t.language};
}

// The terms of offers and needs, each analysed once per search.
class TermCache {
 public:
  explicit TermCache(const Terms& terms) : terms_(terms) {}
  // Every word of an offer or need: its titles and descriptions in all its languages.
  const TermSet& of(const OfferNeed& o) { return analysed(o).all; }
  // Its titles alone: what it is about, undiluted by the description's detail.
  const TermSet& titles_of(const OfferNeed& o) { return analysed(o).titles; }
  // A profile's own words: its taglines, descriptions and technologies.
  TermSet of(const ClusterProfile& p) {
    TermSet set;
    for (const auto& t : p.texts)
      for (auto& term : terms_(t.tagline + "\n" + t.description, t.language)) set.insert(std::move(term));
    for (const auto& tech : p.technologies)
      for (auto& term : terms_(tech, "en")) set.insert(std::move(term));
    return set;
  }
  TermSet query(std::string_view words, std::string_view language) {
    TermSet set;
    // A query is often typed in English whatever the page's language.
    for (std::string_view lang : {language, std::string_view("en")})
      for (auto& term : terms_(words, lang)) set.insert(std::move(term));
    return set;
  }

 private:
  struct Analysed {
    TermSet titles, all;
  };
  const Analysed& analysed(const OfferNeed& o) {
    auto it = cache_.find(&o);
    if (it != cache_.end()) return it->second;
    Analysed a;
    for (const auto& t : o.texts) {
      for (auto& term : terms_(t.title, t.language)) a.titles.insert(std::move(term));
      for (auto& term : terms_(t.description, t.language)) a.all.insert(std::move(term));
    }
    a.all.insert(a.titles.begin(), a.titles.end());
    return cache_.emplace(&o, std::move(a)).first->second;
  }

  const Terms& terms_;
  std::map<const OfferNeed*, Analysed> cache_;
};

// The searcher's need (or offer) and their offer (or need) that answer each other best.
struct Pairing {
  const OfferNeed* yours = nullptr;
  const OfferNeed* theirs = nullptr;
  double overlap = 0;
  double kind = 0;
};

Pairing best_pairing(const std::vector<const OfferNeed*>& mine, const std::vector<const OfferNeed*>& theirs,
                     TermCache& cache) {
  Pairing best;
  for (const auto* y : mine)
    for (const auto* t : theirs) {
      if (y->side == t->side) continue;  // a need meets an offer
      // Titles say what a need or offer is; long descriptions would drown them.
      double overlap = std::max(cosine(cache.titles_of(*y), cache.titles_of(*t)), cosine(cache.of(*y), cache.of(*t)));
      double kind = y->kind == t->kind ? 1.0 : 0.0;
      if (overlap < kLeastOverlap) continue;
      if (!best.theirs || overlap + 0.1 * kind > best.overlap + 0.1 * best.kind) best = {y, t, overlap, kind};
    }
  return best;
}

std::string list_text(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string number_text(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

}  // namespace

std::string sector_label(const Division& d) { return d.category.empty() ? d.division : d.division + " " + d.category; }

double score_of(const Components& c) {
  return kWordsWeight * c.words + kSectorsWeight * c.sectors + kKindWeight * c.kind +
         kSpecialisationWeight * c.specialisation;
}

std::vector<Match> match_profiles(const Criteria& criteria, const Searcher& searcher,
                                  const std::vector<ProfileCard>& profiles, const std::vector<Division>& divisions,
                                  const Terms& terms, std::string_view language, std::string_view today) {
  TermCache cache(terms);
  TermSet query = criteria.words.empty() ? TermSet{} : cache.query(criteria.words, language);
  std::vector<const OfferNeed*> mine;
  std::vector<std::string> my_divisions;
  if (searcher.profile) {
    mine = current(*searcher.profile, today);
    my_divisions = divisions_of(*searcher.profile, today);
  }
  std::vector<Match> out;
  for (const auto& card : profiles) {
    const ClusterProfile& p = card.profile;
    if (searcher.profile && p.id == searcher.profile->id) continue;
    if (searcher.organisation && p.organisation == *searcher.organisation) continue;
    if (criteria.country && card.country != *criteria.country) continue;
    if (criteria.region && card.region != criteria.region) continue;
    auto theirs = current(p, today, criteria.kind);
    if (criteria.kind && theirs.empty()) continue;
    std::vector<std::string> their_divisions = divisions_of(p, today);
    if (!criteria.division.empty() &&
        std::find(their_divisions.begin(), their_divisions.end(), criteria.division) == their_divisions.end())
      continue;
    // The divisions of theirs in the category asked for.
    std::vector<std::string> in_category;
    if (!criteria.category.empty()) {
      for (const auto& d : their_divisions)
        if (const Division* row = division_named(divisions, d); row && same_category(row->category, criteria.category))
          in_category.push_back(d);
      if (in_category.empty()) continue;
    }

    Match m;
    m.profile = p.id;
    m.organisation = card.organisation_name(language);
    m.tagline = p.text(language).tagline;
    m.country = card.country;
    m.region = card.region;
    m.international = searcher.country && card.country != *searcher.country;
    m.key = searcher.key + "→profile:" + std::to_string(p.id.value());

    // Their offers and needs against the searcher's words.
    const OfferNeed* worded = nullptr;
    if (!query.empty()) {
      double best = 0;
      for (const auto* o : theirs)
        if (double c = coverage(query, cache.of(*o)); c > best) {
          best = c;
          worded = o;
        }
      double profile_words = coverage(query, cache.of(p));
      if (best == 0 && profile_words == 0) continue;
      m.components.words = std::max(best, profile_words);
      if (worded) {
        m.theirs = shown(*worded, language);
        const char* sentence = worded->side == Side::offer
                                   ? N_("Their offer: {theirs} — it matches your words “{words}”.")
                                   : N_("Their need: {theirs} — it matches your words “{words}”.");
        m.reasons.push_back({sentence, {{"theirs", m.theirs->title}, {"words", criteria.words}}});
      } else {
        m.reasons.push_back({N_("Their profile matches your words “{words}”."), {{"words", criteria.words}}});
      }
    }

    // The searcher's needs against their offers, and the searcher's offers against their needs.
    Pairing pairing = searcher.profile ? best_pairing(mine, theirs, cache) : Pairing{};
    std::vector<std::string> shared;
    for (const auto& d : their_divisions)
      if (std::find(my_divisions.begin(), my_divisions.end(), d) != my_divisions.end()) shared.push_back(d);
    if (searcher.profile && !criteria.any_field() && !pairing.theirs && shared.empty()) continue;
    if (pairing.theirs) {
      m.yours = shown(*pairing.yours, language);
      if (!worded) m.theirs = shown(*pairing.theirs, language);
      OfferShown theirs_shown = shown(*pairing.theirs, language);
      const char* sentence = pairing.yours->side == Side::need ? N_("Your need: {yours} — their offer: {theirs}")
                                                               : N_("Your offer: {yours} — their need: {theirs}");
      m.reasons.insert(m.reasons.begin(), Reason{sentence, {{"yours", m.yours->title}, {"theirs", theirs_shown.title}}});
      m.components.words = std::max(m.components.words, pairing.overlap);
      m.components.kind = pairing.kind;
    } else if (criteria.kind && m.theirs) {
      m.components.kind = 1;
    }

    // The sector the match is about: the one chosen, else one both clusters work in, else
    // what their matched offer or need concerns, else their first sector.
    std::vector<std::string> order_of_choice;
    if (!criteria.division.empty()) order_of_choice.push_back(criteria.division);
    order_of_choice.insert(order_of_choice.end(), in_category.begin(), in_category.end());
    const OfferNeed* matched = worded ? worded : pairing.theirs;
    if (matched)
      for (const auto& d : matched->divisions)
        if (std::find(shared.begin(), shared.end(), d) != shared.end()) order_of_choice.push_back(d);
    order_of_choice.insert(order_of_choice.end(), shared.begin(), shared.end());
    if (matched) order_of_choice.insert(order_of_choice.end(), matched->divisions.begin(), matched->divisions.end());
    order_of_choice.insert(order_of_choice.end(), their_divisions.begin(), their_divisions.end());
    for (const auto& d : order_of_choice)
      if (division_named(divisions, d)) {
        m.sector = d;
        break;
      }

    if (!criteria.division.empty() || !criteria.category.empty()) {
      m.components.sectors = 1;
      const Division* row = division_named(divisions, m.sector.value_or(""));
      std::string label = !criteria.category.empty() && criteria.division.empty() ? criteria.category
                          : row                                                    ? sector_label(*row)
                                                                                   : criteria.division;
      m.reasons.push_back({N_("Works in {sector}, the sector you chose."), {{"sector", label}}});
    } else if (!shared.empty()) {
      m.components.sectors = std::min(1.0, double(shared.size()) / double(std::max<std::size_t>(
                                                                      1, std::min(my_divisions.size(), their_divisions.size()))));
      std::vector<std::string> labels;
      for (const auto& d : shared)
        if (const Division* row = division_named(divisions, d)) labels.push_back(sector_label(*row));
      if (!labels.empty()) m.reasons.push_back({N_("Works in {sectors}, as your cluster does."), {{"sectors", list_text(labels)}}});
    }
    if (m.theirs) m.found = "profile:" + std::to_string(p.id.value()) + "/" +
                            std::string(name_of(m.theirs->side, matchmaking::kSideNames)) + ":" +
                            std::to_string(m.theirs->id.value());
    else m.found = "profile:" + std::to_string(p.id.value());
    m.score = score_of(m.components);
    out.push_back(std::move(m));
  }
  return out;
}

void add_specialisation(Match& m, const Specialisation& figures, const Division& sector) {
  m.specialisation = figures;
  std::string label = sector_label(sector);
  std::string section(1, sector.section);
  switch (figures.missing) {
    case MissingFigures::none:
      if (figures.lq) {
        m.components.specialisation = std::min(1.0, std::max(0.0, *figures.lq / kSpecialisedLq));
        m.reasons.push_back({N_("LQ {lq} in {region} for NACE {section}, the section that holds {sector} ({year})."),
                             {{"lq", number_text(*figures.lq)},
                              {"region", figures.region_label},
                              {"section", figures.data_sector.empty() ? section : figures.data_sector},
                              {"sector", label},
                              {"year", std::to_string(figures.year)}}});
      }
      break;
    case MissingFigures::no_region:
      m.reasons.push_back({N_("The profile names no region: the platform cannot say how specialised the cluster's "
                              "region is in {sector}."),
                           {{"sector", label}}});
      break;
    case MissingFigures::no_country_figures:
      m.reasons.push_back({N_("No employment figures for {country}: the platform cannot say how specialised {region} "
                              "is in {sector}."),
                           {{"country", m.country.str()}, {"region", figures.region_label}, {"sector", label}}});
      break;
    case MissingFigures::no_sector_figures:
      m.reasons.push_back({N_("No employment figures for NACE {section} in {region}: the platform cannot say how "
                              "specialised it is in {sector}."),
                           {{"section", section}, {"region", figures.region_label}, {"sector", label}}});
      break;
  }
  m.score = score_of(m.components);
}

void order(std::vector<Match>& matches) {
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    if (a.international != b.international) return a.international;
    if (a.score != b.score) return a.score > b.score;
    return a.organisation < b.organisation;
  });
  if (matches.size() > kMostMatches) matches.resize(kMostMatches);
}

}  // namespace cps::partner_search
