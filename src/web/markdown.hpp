// Markdown to HTML for long texts written by users (GitHub-flavoured, tables included).
// Raw HTML in the source is not passed through and dangerous link schemes are dropped.
#pragma once

#include <string>
#include <string_view>

namespace cps::web {

std::string render_markdown(std::string_view markdown);

}  // namespace cps::web
