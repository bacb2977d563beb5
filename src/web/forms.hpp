// Submitted web forms: the fields of an application/x-www-form-urlencoded or
// multipart/form-data body (with its files), the form token check, and the data a template
// needs to show what was wrong with a form.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "http/types.hpp"
#include "web/site.hpp"

namespace cps::web {

// A file sent with a form; its bytes stay in the request body.
struct UploadedFile {
  std::string file_name;  // as the browser named it, without any folder
  std::string content_type;
  std::string_view data;
};

// Whether a form may come as multipart/form-data: only forms with a file field do; every
// other form refuses it (415) like any other unexpected body type.
enum class FormBodies { url_encoded, with_files };

class Form {
 public:
  // Parses the request body; fails (invalid) on a body that is neither URL-encoded nor
  // multipart form data, or has text fields that are not UTF-8. The form keeps pointers into
  // the request's body: it must not outlive the request.
  static Result<Form> parse(const http::Request& request,
                            FormBodies bodies = FormBodies::url_encoded);

  // The file of a file field; nullopt when the field is absent or no file was chosen.
  std::optional<UploadedFile> file(std::string_view name) const;

  // The first value of a field, "" when it is absent.
  std::string get(std::string_view name) const;
  // Every value of a field (checkboxes, multiple selects), in order.
  std::vector<std::string> all(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
  std::vector<std::pair<std::string, UploadedFile>> files_;
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
using FormHandler =
    std::function<http::Response(http::Request&, i18n::Language, const auth::Visit&, const Form&)>;

// A page under /{lang}/ for whoever visits: the language and the visit are resolved first
// (404 page for an unknown language).
http::Handler on_page(const Site& site, VisitHandler handler);
// A form posted to /{lang}/…: also parsed, and refused with 403 unless it carries the form
// token of this visit.
http::Handler on_form(const Site& site, FormHandler handler,
                      FormBodies bodies = FormBodies::url_encoded);

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
                                                       const auth::Visit&, const Form&),
                      FormBodies bodies = FormBodies::url_encoded) {
  return on_form(
      site,
      [pages, handler](http::Request& r, i18n::Language l, const auth::Visit& v, const Form& f) {
        return (pages->*handler)(r, l, v, f);
      },
      bodies);
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
