#include "web/knowledge_labels.hpp"

#include <utility>

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::knowledge;

const char* kind_label(Kind k) {
  switch (k) {
    case Kind::programme: return N_("Cluster policy or programme");
    case Kind::instrument: return N_("Policy instrument");
    case Kind::good_practice: return N_("Good practice");
    case Kind::experience: return N_("Experience");
    case Kind::factor: return N_("Success or failure factor");
    case Kind::study: return N_("Study or analysis");
    case Kind::training: return N_("Training material");
  }
  return "";
}

const char* kind_label_plural(Kind k) {
  switch (k) {
    case Kind::programme: return N_("Cluster policies and programmes");
    case Kind::instrument: return N_("Policy instruments");
    case Kind::good_practice: return N_("Good practices");
    case Kind::experience: return N_("Experiences");
    case Kind::factor: return N_("Success and failure factors");
    case Kind::study: return N_("Studies and analyses");
    case Kind::training: return N_("Training materials");
  }
  return "";
}

const char* instrument_label(Instrument i) {
  switch (i) {
    case Instrument::grants: return N_("Grants");
    case Instrument::vouchers: return N_("Vouchers");
    case Instrument::tax_incentive: return N_("Tax incentive");
    case Instrument::loans_guarantees: return N_("Loans and guarantees");
    case Instrument::equity: return N_("Equity");
    case Instrument::networking: return N_("Networking and brokerage");
    case Instrument::training: return N_("Training");
    case Instrument::infrastructure: return N_("Infrastructure");
    case Instrument::regulation: return N_("Regulation");
    case Instrument::procurement: return N_("Public procurement");
    case Instrument::other: return N_("Other");
  }
  return "";
}

const char* timeframe_label(Timeframe t) {
  switch (t) {
    case Timeframe::past: return N_("Past");
    case Timeframe::current: return N_("Current");
    case Timeframe::planned: return N_("Planned");
  }
  return "";
}

const char* item_status_label(ItemStatus s) {
  switch (s) {
    case ItemStatus::draft: return N_("Draft");
    case ItemStatus::in_review: return N_("In review");
    case ItemStatus::published: return N_("Published");
    case ItemStatus::archived: return N_("Archived");
  }
  return "";
}

std::string_view language_endonym(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"en", "English"},  {"ro", "Română"},     {"sq", "Shqip"},    {"hu", "Magyar"},   {"el", "Ελληνικά"},
      {"bg", "Български"}, {"sl", "Slovenščina"}, {"hr", "Hrvatski"}, {"sr", "Srpski"},  {"sk", "Slovenčina"},
      {"de", "Deutsch"},  {"it", "Italiano"},   {"mk", "Македонски"}};
  for (const auto& [c, name] : kNames)
    if (c == code) return name;
  return code;
}

}  // namespace cps::web
