#include "web/cluster_profile_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;
using namespace cps::matchmaking;

const char* profile_status_label(ProfileStatus s) {
  switch (s) {
    case ProfileStatus::draft: return N_("Draft");
    case ProfileStatus::in_review: return N_("In review");
    case ProfileStatus::published: return N_("Published");
  }
  return "";
}

const char* value_chain_label(ValueChainPosition p) {
  switch (p) {
    case ValueChainPosition::raw_materials: return N_("Raw materials");
    case ValueChainPosition::components: return N_("Components");
    case ValueChainPosition::manufacturing: return N_("Assembly and manufacturing");
    case ValueChainPosition::services: return N_("Services");
    case ValueChainPosition::distribution: return N_("Distribution");
    case ValueChainPosition::research: return N_("Research and development");
    case ValueChainPosition::mixed: return N_("Several steps of the value chain");
  }
  return "";
}

const char* excellence_label_label(ExcellenceLabel l) {
  switch (l) {
    case ExcellenceLabel::none: return N_("No cluster excellence label");
    case ExcellenceLabel::bronze: return N_("Bronze label of cluster management excellence");
    case ExcellenceLabel::silver: return N_("Silver label of cluster management excellence");
    case ExcellenceLabel::gold: return N_("Gold label of cluster management excellence");
  }
  return "";
}

const char* contact_visibility_label(ContactVisibility v) {
  switch (v) {
    case ContactVisibility::everyone: return N_("Everybody");
    case ContactVisibility::members: return N_("Signed-in members of the platform");
    case ContactVisibility::on_request: return N_("Nobody: partners write through the platform");
  }
  return "";
}

const char* side_label(Side s) {
  switch (s) {
    case Side::offer: return N_("Offer");
    case Side::need: return N_("Need");
  }
  return "";
}

const char* offer_kind_label(OfferKind k) {
  switch (k) {
    case OfferKind::capability: return N_("Capability");
    case OfferKind::facility: return N_("Facility or equipment");
    case OfferKind::technology: return N_("Technology");
    case OfferKind::expertise: return N_("Expertise or training");
    case OfferKind::partner_sought: return N_("Partner sought");
    case OfferKind::market: return N_("Market or buyers");
    case OfferKind::project_idea: return N_("Project idea");
  }
  return "";
}

const MemberType kMemberTypes[6] = {
    {"smes", N_("Small and medium-sized firms"), &MemberCounts::smes},
    {"large_firms", N_("Large firms"), &MemberCounts::large_firms},
    {"research", N_("Research organisations"), &MemberCounts::research},
    {"education", N_("Universities and schools"), &MemberCounts::education},
    {"public_bodies", N_("Public bodies"), &MemberCounts::public_bodies},
    {"other", N_("Other members"), &MemberCounts::other},
};

}  // namespace cps::web
