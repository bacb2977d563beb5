// "What this is about": the short account of an item a reader sees beside its title and extract,
// in the reader's language whatever language the item is written in — its main concepts from
// the thesaurus, its instrument, thematic areas and places, and its human translation into the
// reader's language where there is one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/knowledge/knowledge.hpp"

namespace cps::knowledge {

// The most concepts an account names.
inline constexpr std::size_t kAboutConcepts = 5;

struct AboutConcept {
  std::string id;
  std::string label;     // the thesaurus' preferred term in the reader's language (English when it has none)
  bool matched = false;  // the search's query names it
};

struct About {
  // The concepts the item's original text names most (title 3, summary 2, description 1 — the
  // fields' search weights — times how rare the concept is among items), most prominent first.
  std::vector<AboutConcept> concepts;
  std::optional<Instrument> instrument;
  std::vector<std::string> areas;      // WG1–WG6
  std::vector<std::string> countries;  // Eurostat codes
  std::vector<std::string> regions;    // NUTS codes
  // The reader's language, when the item has a text in it written or translated by people and
  // another version is the one shown.
  std::optional<std::string> translation;
};

}  // namespace cps::knowledge
