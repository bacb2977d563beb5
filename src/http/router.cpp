#include "http/router.hpp"

#include <algorithm>

namespace cps::http {

namespace {

std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> out;
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  while (true) {
    size_t slash = path.find('/');
    out.emplace_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

bool is_param(const std::string& s) {
  return s.size() > 2 && s.front() == '{' && s.back() == '}';
}
bool is_rest(const std::string& s) {
  return is_param(s) && s.ends_with("...}");
}

// Returns a specificity score (number of literal segments), or -1 when it does not match.
int match_segments(const Route& route, const std::vector<std::string>& parts,
                   std::vector<std::pair<std::string, std::string>>* params) {
  const auto& segs = route.segments;
  int literals = 0;
  for (size_t i = 0; i < segs.size(); ++i) {
    if (is_rest(segs[i])) {
      if (i >= parts.size()) return -1;
      std::string rest;
      for (size_t k = i; k < parts.size(); ++k) rest += (k > i ? "/" : "") + parts[k];
      if (rest.empty()) return -1;
      if (params) params->emplace_back(segs[i].substr(1, segs[i].size() - 5), rest);
      return literals;
    }
    if (i >= parts.size()) return -1;
    if (is_param(segs[i])) {
      if (parts[i].empty()) return -1;
      if (params) params->emplace_back(segs[i].substr(1, segs[i].size() - 2), parts[i]);
    } else if (segs[i] != parts[i]) {
      return -1;
    } else {
      ++literals;
    }
  }
  return segs.size() == parts.size() ? literals : -1;
}

}  // namespace

void Router::add(bhttp::verb method, std::string_view pattern, Handler handler,
                 RouteOptions options) {
  routes_.push_back(
      Route{method, std::string(pattern), split(pattern), std::move(handler), options});
}

RouteMatch Router::match(bhttp::verb method, std::string_view path) const {
  RouteMatch result;
  auto parts = split(path);
  int best = -1, best_get = -1;
  const Route* get_route = nullptr;
  for (const auto& route : routes_) {
    int score = match_segments(route, parts, nullptr);
    if (score < 0) continue;
    if (std::find(result.allowed.begin(), result.allowed.end(), route.method) ==
        result.allowed.end())
      result.allowed.push_back(route.method);
    if (route.method == method && score > best) {
      best = score;
      result.route = &route;
    }
    if (route.method == bhttp::verb::get && score > best_get) {
      best_get = score;
      get_route = &route;
    }
  }
  if (!result.route && method == bhttp::verb::head) result.route = get_route;
  if (std::find(result.allowed.begin(), result.allowed.end(), bhttp::verb::get) !=
          result.allowed.end() &&
      std::find(result.allowed.begin(), result.allowed.end(), bhttp::verb::head) ==
          result.allowed.end())
    result.allowed.push_back(bhttp::verb::head);
  if (result.route) match_segments(*result.route, parts, &result.params);
  return result;
}

}  // namespace cps::http
