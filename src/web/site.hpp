// What every page shares: the layout (navigation, language switcher), the UI language of a
// request, and the localized error pages.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/authenticator.hpp"
#include "core/error.hpp"
#include "http/problem.hpp"
#include "http/types.hpp"
#include "i18n/catalogue.hpp"
#include "web/templates.hpp"

namespace cps::web {

struct PageOptions {
  http::bhttp::status status = http::bhttp::status::ok;
  std::string description;
  std::vector<std::string> scripts;  // extra script files below /static/
  int refresh_seconds = 0;  // reload the page after this long when JavaScript is off; 0 never
};

class Site {
 public:
  // With an authenticator, pages show who is signed in and carry the form token; without
  // one (benchmarks, tests of templates) every page is an anonymous visitor's.
  Site(const Templates& templates, const i18n::Catalogue& catalogue, std::string asset_version,
       auth::Authenticator* authenticator = nullptr);

  // The language of a page under /{lang}/…, or nullopt when the prefix is not a UI language.
  static std::optional<i18n::Language> language_of(const http::Request& request);
  // "/en", "/ro" …: what every address of a page in that language starts with.
  static std::string prefix(i18n::Language language);
  // The language to speak to this request in: its prefix, else its Accept-Language.
  static i18n::Language preferred_language(const http::Request& request);

  // Renders templates/<name> with data inside the layout.
  http::Response page(const http::Request& request, i18n::Language language,
                      const std::string& name, const std::string& title, Object data,
                      PageOptions options = {}) const;
  // A localized error page for a failure.
  http::Response error_page(const http::Request& request, const http::Problem& problem) const;
  http::Response error_page(const http::Request& request, const Error& error) const;

  std::string tr(i18n::Language language, std::string_view msgid) const {
    return catalogue_.translate(language, msgid);
  }
  const i18n::Catalogue& catalogue() const { return catalogue_; }

  // The visit of a request, for pages that act for somebody; an anonymous visit when the
  // site has no authenticator. Fails only when the database cannot be asked.
  Result<const auth::Visit*> visit(const http::Request& request) const;
  // Adds the cookies a visit needs (rotated or ended session, new form cookie).
  void apply_cookies(const http::Request& request, http::Response& response) const;
  auth::Authenticator* authenticator() const { return authenticator_; }
  // How many notifications wait for a signed-in person, shown beside their name on every page;
  // set once by the composition root before the server runs (without it nothing is shown).
  using UnreadCounter = std::function<int(const accounts::Principal&)>;
  void count_unread_with(UnreadCounter counter) { unread_counter_ = std::move(counter); }

 private:
  const Templates& templates_;
  const i18n::Catalogue& catalogue_;
  std::string asset_version_;
  auth::Authenticator* authenticator_;
  UnreadCounter unread_counter_;
};

}  // namespace cps::web
