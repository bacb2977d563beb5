// The Cookie header(s) of a request: lines of the input are Cookie headers; the session and
// form cookies, and each name the headers hold, are looked up as the authenticator does.
#include "fuzz/fuzz.hpp"
#include "http/types.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input = fuzz::text(data, size);
  http::Request request;
  std::vector<std::string> names{"cps_session", "cps_form", ""};
  while (!input.empty()) {
    std::size_t newline = input.find('\n');
    std::string_view line = input.substr(0, newline);
    input = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
    request.raw.insert(http::bhttp::field::cookie, line);
    std::size_t eq = line.find('=');
    if (eq != std::string_view::npos) names.emplace_back(line.substr(0, std::min<std::size_t>(eq, 64)));
  }
  for (const auto& name : names) {
    auto value = request.cookie(name);
    if (!value) continue;
    bool found = false;
    for (const auto& field : request.raw)
      if (field.name() == http::bhttp::field::cookie)
        found = found || fuzz::inside(*value, {field.value().data(), field.value().size()});
    fuzz::require(found, "a cookie's value lies inside a Cookie header");
    fuzz::require(value->find(';') == std::string_view::npos, "a cookie's value stops at ;");
  }
  return 0;
}
