// Routes by method and path pattern. Patterns are segments separated by '/': literals,
// {name} for one segment, and a final {name...} for the rest of the path.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "http/types.hpp"

namespace cps::http {

// Which bodies a route takes: the family's (JSON for the API, form encodings for pages), or
// any, for uploads whose handler checks the type itself.
enum class BodyTypes { of_family, any };

struct RouteOptions {
  std::size_t body_limit = 16 * 1024;  // larger bodies are refused with 413 before reading
  BodyTypes body_types = BodyTypes::of_family;
};

struct Route {
  bhttp::verb method;
  std::string pattern;
  std::vector<std::string> segments;
  Handler handler;
  RouteOptions options;
};

struct RouteMatch {
  const Route* route = nullptr;  // null when no route takes this method and path
  std::vector<std::pair<std::string, std::string>> params;
  std::vector<bhttp::verb> allowed;  // methods the path takes, when it exists at all
};

class Router {
 public:
  void add(bhttp::verb method, std::string_view pattern, Handler handler,
           RouteOptions options = {});
  void get(std::string_view pattern, Handler handler) {
    add(bhttp::verb::get, pattern, std::move(handler));
  }

  // The most specific route for the method and path (literal segments beat parameters).
  // HEAD falls back to the GET route.
  RouteMatch match(bhttp::verb method, std::string_view path) const;

  // Every route in the order added, so that tools and tests can walk the whole site.
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace cps::http
