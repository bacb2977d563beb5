#include "api/guard.hpp"

#include "api/json.hpp"

namespace cps::api {

namespace bhttp = http::bhttp;

http::Handler for_visitor(auth::Authenticator& authenticator, VisitorHandler handler) {
  return [&authenticator, handler = std::move(handler)](http::Request& r) {
    auto visit = authenticator.visit(r);
    if (!visit) {
      http::Response res = error_response(r, visit.error());
      if (visit.error().kind == ErrorKind::unauthenticated)
        res.set(bhttp::field::www_authenticate, "Bearer realm=\"ClusterPoliSEE\"");
      return res;
    }
    bool changes = r.method() != bhttp::verb::get && r.method() != bhttp::verb::head;
    if (changes && (*visit)->principal.via != accounts::Principal::Via::api_token) {
      if (!(*visit)->principal.signed_in())
        return error_response(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
      std::string_view header;
      if (auto it = r.raw.find("X-CSRF-Token"); it != r.raw.end())
        header = {it->value().data(), it->value().size()};
      if (auto ok = authenticator.check_form_token(**visit, header); !ok)
        return error_response(r, ok.error());
    }
    http::Response res = handler(r, **visit);
    // A session that got a new id (after a change of roles) must reach the browser.
    authenticator.apply_session_cookie(**visit, res);
    return res;
  };
}

}  // namespace cps::api
