// Submitted web forms: the fields of an application/x-www-form-urlencoded body, the form
// token check, and the data a template needs to show what was wrong with a form.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "http/types.hpp"
#include "web/site.hpp"

namespace cps::web {

class Form {
 public:
  // Parses the request body; fails (invalid) on a body that is not URL-encoded form data.
  static Result<Form> parse(const http::Request& request);

  // The first value of a field, "" when it is absent.
  std::string get(std::string_view name) const;
  // Every value of a field (checkboxes, multiple selects), in order.
  std::vector<std::string> all(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// The data every form page shares: "error" (the translated message), "error_field" and
// "invalid_<field>" for the field to mark. Empty when there is no error.
Object form_error(const Site& site, i18n::Language language, const Error& error);

// Moves every value of `from` into `into`, replacing values of the same name.
void merge(Object& into, Object&& from);

// The HTTP status for showing a form again after a failure.
http::bhttp::status form_status(const Error& error);

// Where to go after signing in: a path on this site, or `fallback`. Refuses other sites
// (//evil.example, https://…) so a link cannot send people elsewhere.
std::string safe_next(std::string_view next, std::string fallback);

// A 303 See Other, the answer to a form that worked (with the visit's cookies).
http::Response see_other(const Site& site, const http::Request& request, std::string location);

using VisitHandler =
    std::function<http::Response(http::Request&, i18n::Language, const auth::Visit&)>;
using FormHandler = std::function<http::Response(http::Request&, i18n::Language,
                                                 const auth::Visit&, const Form&)>;

// A page under /{lang}/ for whoever visits: the language and the visit are resolved first
// (404 page for an unknown language).
http::Handler on_page(const Site& site, VisitHandler handler);
// A form posted to /{lang}/…: also parsed, and refused with 403 unless it carries the form
// token of this visit.
http::Handler on_form(const Site& site, FormHandler handler);

// The same for a page class's member functions: on_page(site, this, &Pages::account).
template <class Pages>
http::Handler on_page(const Site& site, Pages* pages,
                      http::Response (Pages::*handler)(http::Request&, i18n::Language,
                                                       const auth::Visit&)) {
  return on_page(site, [pages, handler](http::Request& r, i18n::Language l, const auth::Visit& v) {
    return (pages->*handler)(r, l, v);
  });
}
template <class Pages>
http::Handler on_form(const Site& site, Pages* pages,
                      http::Response (Pages::*handler)(http::Request&, i18n::Language,
                                                       const auth::Visit&, const Form&)) {
  return on_form(site, [pages, handler](http::Request& r, i18n::Language l, const auth::Visit& v,
                                        const Form& f) { return (pages->*handler)(r, l, v, f); });
}

// A public page under /{lang}/ that is the same for every visitor (so it can be cached): the
// language is resolved first (404 page for an unknown one).
template <class Pages>
http::Handler on_public_page(const Site& site, Pages* pages,
                             http::Response (Pages::*handler)(http::Request&, i18n::Language)) {
  return [&site, pages, handler](http::Request& r) {
    auto language = Site::language_of(r);
    if (!language) return site.error_page(r, Error{ErrorKind::not_found, "Not found."});
    return (pages->*handler)(r, *language);
  };
}

}  // namespace cps::web
