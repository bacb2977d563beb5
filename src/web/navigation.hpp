// The site's menus: the one table where a section registers its link (group, label, address,
// which pages mark it current, who sees it), and the menus a visitor sees, built from it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/accounts/accounts.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"
#include "web/templates.hpp"

namespace cps::accounts {
class AccountService;
}

namespace cps::web {

// What people come to do: the platform's four steps, the public pages about it, and the
// menu of the person signed in. The main menu shows them in this order.
enum class NavGroup { assess, learn, test, act_together, about, personal };

// Who sees an entry. The menus ask the access policy about the visitor and never compare role
// names, so that a link shows exactly when its page would let the person in.
struct Audience {
  enum class Kind { anyone, signed_in, allowed_to, administrators };
  Kind kind = Kind::anyone;
  accounts::Action action = accounts::Action::view_directory;  // what allowed_to asks about
};
inline constexpr Audience kAnyone{Audience::Kind::anyone};
inline constexpr Audience kSignedIn{Audience::Kind::signed_in};
// People with administration to do (people, roles or the audit log).
inline constexpr Audience kAdministrators{Audience::Kind::administrators};
constexpr Audience allowed_to(accounts::Action action) {
  return Audience{Audience::Kind::allowed_to, action};
}

struct NavEntry {
  NavGroup group;
  std::string_view label;  // message id
  std::string_view path;   // the address after /{lang}
  std::string_view
      section;  // pages at this address after /{lang}, or below it, mark the entry current
  Audience audience;
};

// Every entry of the menus, in the order they are shown.
std::span<const NavEntry> nav_entries();

// The message id naming a group.
std::string_view group_label(NavGroup group);

// The person the menus are for; without an account service nobody administers.
struct Viewer {
  const accounts::Principal& principal;
  const accounts::AccountService* accounts = nullptr;
};
bool sees(const Viewer& viewer, const Audience& audience);

// Where the page being shown is: its address after /{lang}, or nullopt for pages outside
// /{lang}/ (error pages of problem types), which are none of the menus' places.
struct MenuRequest {
  i18n::Language language;
  std::optional<std::string> here;
};

// The groups of the main menu the viewer sees, each with its links, for the layout: a group
// none of whose entries the viewer sees is left out. Each group has "label", "current" and
// "links"; each link "href", "label", "current" and "current_kind" ("page" for the page
// itself, "true" for a page below it).
List main_menu(const Viewer& viewer, const MenuRequest& request, const i18n::Catalogue& catalogue);
// The links of the personal menu the viewer sees, shaped as the main menu's links.
List personal_menu(const Viewer& viewer, const MenuRequest& request,
                   const i18n::Catalogue& catalogue);

}  // namespace cps::web
