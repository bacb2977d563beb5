// What the cluster profiles' codes are called on pages, in the UI languages: statuses,
// value-chain positions, excellence labels, contact visibility, offer and need kinds, and
// the member types.
#pragma once

#include "domain/matchmaking/cluster_profile.hpp"

namespace cps::web {

const char* profile_status_label(matchmaking::ProfileStatus s);
const char* value_chain_label(matchmaking::ValueChainPosition p);
const char* excellence_label_label(matchmaking::ExcellenceLabel l);
const char* contact_visibility_label(matchmaking::ContactVisibility v);
const char* side_label(matchmaking::Side s);
const char* offer_kind_label(matchmaking::OfferKind k);

// The member types in the order pages show them: the field name of MemberCounts and its label.
struct MemberType {
  const char* field;
  const char* label;
  int matchmaking::MemberCounts::*count;
};
extern const MemberType kMemberTypes[6];

}  // namespace cps::web
