#include "web/forms.hpp"

#include "core/text.hpp"
#include "http/multipart.hpp"
#include "http/problem.hpp"
#include "http/request.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;

Result<Form> Form::parse(const http::Request& request, FormBodies bodies) {
  std::string_view type = request.header(bhttp::field::content_type);
  if (bodies == FormBodies::with_files && http::multipart_boundary(type)) {
    auto parts = http::parse_multipart(type, request.raw.body());
    if (!parts) return std::unexpected(parts.error());
    Form f;
    for (auto& p : *parts) {
      if (p.is_file) {
        // A file field left empty still sends a part, without a name and without bytes.
        if (!p.file_name.empty() || !p.data.empty())
          f.files_.emplace_back(
              p.name, UploadedFile{std::move(p.file_name), std::move(p.content_type), p.data});
        continue;
      }
      if (!text::is_valid_utf8(p.data))
        return fail(ErrorKind::invalid, "The form data is malformed.", p.name);
      f.fields_.emplace_back(p.name, std::string(p.data));
    }
    return f;
  }
  if (!type.starts_with("application/x-www-form-urlencoded"))
    return fail(ErrorKind::unsupported_media_type, "Send the form as a normal web form.",
                "Content-Type");
  auto fields = http::parse_form(request.raw.body());
  if (!fields) return std::unexpected(fields.error());
  Form f;
  f.fields_ = std::move(*fields);
  return f;
}

std::string Form::get(std::string_view name) const {
  for (const auto& [k, v] : fields_)
    if (k == name) return v;
  return {};
}

std::optional<UploadedFile> Form::file(std::string_view name) const {
  for (const auto& [k, f] : files_)
    if (k == name) return f;
  return std::nullopt;
}

std::vector<std::string> Form::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : fields_)
    if (k == name) out.push_back(v);
  return out;
}

Object form_error(const Site& site, i18n::Language language, const Error& error) {
  http::Problem problem = http::to_problem(error);
  std::string message = problem.detail.empty() ? std::string(problem.type.title) : problem.detail;
  Object out{{"error", text::fill(site.tr(language, message), problem.values)}, {"error_field", error.field}};
  if (!error.field.empty()) out["invalid_" + error.field] = true;
  return out;
}

void merge(Object& into, Object&& from) {
  for (auto& [k, value] : from) {
    into.erase(k);
    into.emplace(k, std::move(value));
  }
}

bhttp::status form_status(const Error& error) {
  // A form shown again after a mistake is still a page to read: 422 (or what the kind says).
  return http::to_problem(error).type.status;
}

std::string safe_next(std::string_view next, std::string fallback) {
  if (next.size() < 2 || next.size() > 500 || next[0] != '/' || next[1] == '/' || next[1] == '\\')
    return fallback;
  for (unsigned char c : next)
    if (c < 0x20 || c == 0x7F) return fallback;
  return std::string(next);
}

http::Response see_other(const Site& site, const http::Request& request, std::string location) {
  http::Response res = http::redirect(request, bhttp::status::see_other, std::move(location));
  res.set(bhttp::field::cache_control, "no-store");
  site.apply_cookies(request, res);
  return res;
}

http::Handler on_page(const Site& site, VisitHandler handler) {
  return [&site, handler = std::move(handler)](http::Request& request) {
    auto language = Site::language_of(request);
    if (!language) return site.error_page(request, Error{ErrorKind::not_found, "Not found."});
    auto visit = site.visit(request);
    if (!visit) return site.error_page(request, visit.error());
    return handler(request, *language, **visit);
  };
}

http::Handler on_form(const Site& site, FormHandler handler, FormBodies bodies) {
  return [&site, handler = std::move(handler), bodies](http::Request& request) {
    auto language = Site::language_of(request);
    if (!language) return site.error_page(request, Error{ErrorKind::not_found, "Not found."});
    auto visit = site.visit(request);
    if (!visit) return site.error_page(request, visit.error());
    auto form = Form::parse(request, bodies);
    if (!form) return site.error_page(request, form.error());
    if (site.authenticator())
      if (auto ok = site.authenticator()->check_form_token(**visit, form->get("csrf")); !ok)
        return site.error_page(request, ok.error());
    return handler(request, *language, **visit, *form);
  };
}

}  // namespace cps::web
