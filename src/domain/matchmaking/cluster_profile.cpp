// A cluster profile's words in a reader's language and the organisation's name, with the
// fallbacks every page and partner search share.
#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::matchmaking {

namespace {

// The entry in `language`, else English, else the first; a static empty one for none.
template <class T>
const T& in_language(const std::vector<T>& texts, std::string_view language) {
  for (std::string_view wanted : {language, std::string_view("en")})
    for (const auto& t : texts)
      if (t.language == wanted) return t;
  static const T kNone{};
  return texts.empty() ? kNone : texts.front();
}

}  // namespace

const OfferText& OfferNeed::text(std::string_view language) const { return in_language(texts, language); }

const ProfileText& ClusterProfile::text(std::string_view language) const { return in_language(texts, language); }

std::vector<std::string> ClusterProfile::divisions() const {
  std::vector<std::string> out;
  out.reserve(sectors.size());
  for (const auto& s : sectors) out.push_back(s.division);
  return out;
}

const std::string& ProfileCard::organisation_name(std::string_view language) const {
  return in_language(organisation_names, language).name;
}

}  // namespace cps::matchmaking
