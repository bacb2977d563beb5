#include "web/navigation.hpp"

#include "domain/accounts/account_service.hpp"

namespace cps::web {

using accounts::Action;
using i18n::N_;

namespace {

// A new section adds its row here, in the group where people would look for it; a group
// with no row a visitor sees is not shown to them.
constexpr NavEntry kEntries[] = {
    // Assess: the region's economy and clusters, in figures.
    {NavGroup::assess, N_("Regions"), "/regions", "/regions", kAnyone},
    {NavGroup::assess, N_("Map"), "/map", "/map", kAnyone},
    {NavGroup::assess, N_("Compare regions"), "/compare", "/compare", kAnyone},
    {NavGroup::assess, N_("Sectors"), "/sectors", "/sectors", kAnyone},
    // Published assessments of regions that opted in are public; the rest the list filters.
    {NavGroup::assess, N_("Assessments"), "/assessments", "/assessments", kAnyone},
    {NavGroup::assess, N_("Methods and sources"), "/methods", "/methods", kAnyone},
    // Assess: what the regions' policy assessments add up to.
    {NavGroup::assess, N_("Benchmarking"), "/benchmarking", "/benchmarking", kAnyone},
    {NavGroup::assess, N_("Information gaps"), "/gaps", "/gaps", allowed_to(Action::view_gaps)},
    {NavGroup::assess, N_("Frameworks"), "/frameworks", "/frameworks", kAnyone},
    // Learn: what others did, by theme.
    {NavGroup::learn, N_("Knowledge base"), "/knowledge", "/knowledge", kAnyone},
    {NavGroup::learn, N_("Thematic areas"), "/areas", "/areas", kAnyone},
    // Learn: a need nothing answers goes to an expert; questions are their askers' and answerers'.
    {NavGroup::learn, N_("Policy helpdesk"), "/helpdesk", "/helpdesk", kSignedIn},
    // Learn: the training programme's modules, with self-assessments, quizzes and certificates; public.
    {NavGroup::learn, N_("Training programme"), "/training", "/training", kAnyone},
    // Test: pilots with an approved baseline are public; the list filters the rest.
    {NavGroup::test, N_("Pilot initiatives"), "/pilots", "/pilots", kAnyone},
    {NavGroup::test, N_("Comparative evaluation"), "/pilots/compare", "/pilots/compare", kAnyone},
    // Test: which practices travelled where, and with what results; public.
    {NavGroup::test, N_("Policy transfers"), "/transfers", "/transfers", kAnyone},
    // Act together: whom to work with.
    {NavGroup::act_together, N_("Organisations"), "/organisations", "/organisations",
     allowed_to(Action::view_directory)},
    {NavGroup::act_together, N_("People"), "/people", "/people",
     allowed_to(Action::view_directory)},
    // Mentors and peer regions for a region's needs; the hub links partner search and profiles.
    {NavGroup::act_together, N_("Matchmaking"), "/matchmaking", "/matchmaking", kAnyone},
    // Act together: clusters abroad, by what they offer and need.
    {NavGroup::act_together, N_("Cluster profiles"), "/cluster-profiles", "/cluster-profiles", kAnyone},
    // Act together: partners abroad, from the clusters' published profiles.
    {NavGroup::act_together, N_("Partner search"), "/partner-search", "/partner-search", kAnyone},
    // Act together: study visits, workshops, trainings and conferences; public.
    {NavGroup::act_together, N_("Events"), "/events", "/events", kAnyone},
    // Act together: anticipating change — the foresight programme's Delphi studies (public results).
    {NavGroup::act_together, N_("Foresight"), "/foresight", "/foresight", allowed_to(Action::view_foresight_results)},
    // Act together: the foresight programme's surveys one may answer (some through a public link).
    {NavGroup::act_together, N_("Surveys"), "/foresight/surveys", "/foresight/surveys", kAnyone},
    // The partnership's own monitoring: work plan, reports and budgets (members).
    {NavGroup::act_together, N_("Monitoring"), "/monitoring", "/monitoring", allowed_to(Action::view_monitoring)},
    // About the partnership: its news, in the partners' languages; public.
    {NavGroup::about, N_("News"), "/news", "/news", kAnyone},
    // About the partnership: the newsletter, its subscription and its archive; public.
    {NavGroup::about, N_("Newsletter"), "/newsletter", "/newsletter", kAnyone},
    // Act together: the working groups' and committees' workspaces and their discussions.
    {NavGroup::act_together, N_("Working groups"), "/groups", "/groups", allowed_to(Action::view_group)},
    // Act together: the joint plans drafted together (published versions are public).
    {NavGroup::act_together, N_("Joint plans"), "/plans", "/plans", kAnyone},
    // The person's own pages.
    {NavGroup::personal, N_("What waits for me"), "/me", "/me", kSignedIn},
    {NavGroup::personal, N_("Your account"), "/account", "/account", kSignedIn},
    {NavGroup::personal, N_("My knowledge items"), "/knowledge/mine", "/knowledge/mine", kSignedIn},
    {NavGroup::personal, N_("Reviews for me"), "/assessments/reviews", "/assessments/reviews", kSignedIn},
    {NavGroup::personal, N_("My mentoring"), "/mentoring", "/mentoring", kSignedIn},
    // Mentions and replies in discussions, and how they come by e-mail.
    {NavGroup::personal, N_("Notifications"), "/notifications", "/notifications", kSignedIn},
    {NavGroup::personal, N_("Administration"), "/admin/users", "/admin", kAdministrators},
    // For the thesaurus' keepers: what people searched for and did not find.
    {NavGroup::personal, N_("Searches that found little"), "/admin/search-gaps", "/admin/search-gaps",
     allowed_to(Action::view_search_gaps)},
};

constexpr NavGroup kMainGroups[] = {NavGroup::assess, NavGroup::learn, NavGroup::test,
                                    NavGroup::act_together, NavGroup::about};

bool within(std::string_view here, std::string_view section) {
  return here == section ||
         (here.starts_with(section) && here.size() > section.size() && here[section.size()] == '/');
}

// The entry the page belongs to: the one with the longest section holding it, so that
// "My knowledge items" and not the knowledge base is current on /knowledge/mine.
const NavEntry* current_entry(const Viewer& viewer, const MenuRequest& request) {
  if (!request.here) return nullptr;
  const NavEntry* best = nullptr;
  for (const auto& e : kEntries)
    if (within(*request.here, e.section) && sees(viewer, e.audience) &&
        (!best || e.section.size() > best->section.size()))
      best = &e;
  return best;
}

Object link(const NavEntry& entry, const NavEntry* current, const MenuRequest& request,
            const i18n::Catalogue& catalogue) {
  bool is_current = &entry == current;
  bool is_page = is_current && *request.here == entry.path;
  return Object{{"href", "/" + std::string(i18n::code(request.language)) + std::string(entry.path)},
                {"label", catalogue.translate(request.language, entry.label)},
                {"current", is_current},
                {"current_kind", std::string(is_page ? "page" : "true")}};
}

}  // namespace

std::span<const NavEntry> nav_entries() {
  return kEntries;
}

std::string_view group_label(NavGroup group) {
  switch (group) {
    case NavGroup::assess:
      return N_("Assess");
    case NavGroup::learn:
      return N_("Learn");
    case NavGroup::test:
      return N_("Test");
    case NavGroup::act_together:
      return N_("Act together");
    case NavGroup::about:
      return N_("About");
    case NavGroup::personal:
      return N_("Your account");
  }
  return {};
}

bool sees(const Viewer& viewer, const Audience& audience) {
  switch (audience.kind) {
    case Audience::Kind::anyone:
      return true;
    case Audience::Kind::signed_in:
      return viewer.principal.signed_in();
    case Audience::Kind::allowed_to:
      return accounts::allowed(viewer.principal, audience.action);
    case Audience::Kind::administrators:
      return viewer.accounts && viewer.accounts->administers(viewer.principal);
  }
  return false;
}

List main_menu(const Viewer& viewer, const MenuRequest& request, const i18n::Catalogue& catalogue) {
  const NavEntry* current = current_entry(viewer, request);
  List groups;
  for (NavGroup group : kMainGroups) {
    List links;
    bool holds_current = false;
    for (const auto& e : kEntries) {
      if (e.group != group || !sees(viewer, e.audience)) continue;
      links.push_back(link(e, current, request, catalogue));
      holds_current = holds_current || &e == current;
    }
    if (links.empty()) continue;
    groups.push_back(Object{{"label", catalogue.translate(request.language, group_label(group))},
                            {"current", holds_current},
                            {"links", links}});
  }
  return groups;
}

List personal_menu(const Viewer& viewer, const MenuRequest& request,
                   const i18n::Catalogue& catalogue) {
  const NavEntry* current = current_entry(viewer, request);
  List links;
  for (const auto& e : kEntries)
    if (e.group == NavGroup::personal && sees(viewer, e.audience))
      links.push_back(link(e, current, request, catalogue));
  return links;
}

}  // namespace cps::web
