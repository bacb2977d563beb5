// Long texts people write in Markdown (items, comments, pilots): what comes out never carries
// markup that runs script, whatever went in. Text is escaped, so every '<' left in the output
// opens a tag the renderer wrote: each tag is read with its attributes and checked.
#include <algorithm>
#include <cctype>
#include <string>

#include "fuzz/fuzz.hpp"
#include "web/markdown.hpp"

using namespace cps;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return out;
}

bool safe_url(std::string_view url) {
  std::string u = lower(url);
  u.erase(std::remove_if(u.begin(), u.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; }), u.end());
  for (std::string_view scheme : {"javascript:", "vbscript:", "file:"})
    if (u.starts_with(scheme)) return false;
  // cmark lets through data: images only.
  return !u.starts_with("data:") || u.starts_with("data:image/");
}

// Checks the tag that starts at html[at] ('<') and returns where it ends.
std::size_t check_tag(std::string_view html, std::size_t at) {
  std::size_t i = at + 1;
  if (i < html.size() && html[i] == '/') ++i;
  std::size_t name_end = i;
  while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
  std::string name = lower(html.substr(i, name_end - i));
  fuzz::require(html.substr(at, 4) == "<!--" || !name.empty(), "a tag has a name");
  for (std::string_view banned : {"script", "iframe", "object", "embed", "style", "form", "svg", "math"})
    fuzz::require(name != banned, "no element that runs or hides content");
  i = name_end;
  while (i < html.size() && html[i] != '>') {
    if (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/') {
      ++i;
      continue;
    }
    std::size_t attr_end = i;
    while (attr_end < html.size() && html[attr_end] != '=' && html[attr_end] != '>' &&
           !std::isspace(static_cast<unsigned char>(html[attr_end])))
      ++attr_end;
    std::string attribute = lower(html.substr(i, attr_end - i));
    fuzz::require(!attribute.starts_with("on"), "no event handler attribute");
    i = attr_end;
    if (i < html.size() && html[i] == '=') {
      ++i;
      fuzz::require(i < html.size() && html[i] == '"', "attribute values are quoted");
      std::size_t close = html.find('"', i + 1);
      fuzz::require(close != std::string_view::npos, "attribute values are closed");
      std::string_view value = html.substr(i + 1, close - i - 1);
      if (attribute == "href" || attribute == "src") fuzz::require(safe_url(value), "no script URL");
      i = close + 1;
    }
  }
  return i;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string html = web::render_markdown(fuzz::text(data, size));
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 4, "<!--") == 0) {
      // Only the renderer's own notice that raw HTML was left out.
      fuzz::require(html.compare(at, 25, "<!-- raw HTML omitted -->") == 0, "no comment but the renderer's");
      at += 24;
      continue;
    }
    at = check_tag(html, at);
  }
  return 0;
}
