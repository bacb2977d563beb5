// The Atom feed (RFC 4287) of published news: one entry per post, in the feed's language where
// a post has a version in it, else its original.
#include <chrono>
#include <fmt/format.h>

#include "core/text.hpp"
#include "web/news_pages.hpp"

namespace cps::web {

namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::news;

namespace {

std::string iso(Seconds t) {
  auto tp = std::chrono::sys_seconds(std::chrono::seconds(t));
  auto day = std::chrono::floor<std::chrono::days>(tp);
  std::chrono::year_month_day ymd(day);
  std::chrono::hh_mm_ss hms(tp - day);
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", int(ymd.year()), unsigned(ymd.month()),
                     unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

}  // namespace

http::Response NewsPages::feed(http::Request& r) {
  Language lang = i18n::Language::en;
  NewsFilter filter;
  for (const auto& [key, value] : r.query) {
    if (key == "ui") {
      auto parsed = i18n::parse_language(value);
      if (!parsed) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
      lang = *parsed;
    } else if (key == "area") {
      if (!accounts::is_working_group(value))
        return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
      filter.area = value;
    } else if (key == "country") {
      if (!reference_.country(value))
        return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", "country"});
      filter.country = value;
    } else {
      return site_.error_page(r, Error{ErrorKind::invalid, "This parameter is not known here.", key});
    }
  }
  // Anonymous: a feed reader is nobody in particular.
  auto found = news_.list(accounts::Principal{}, filter, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  std::string base = public_url_;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto x = [](std::string_view s) { return text::escape_html(s); };
  std::string self = base + r.path;
  {
    std::string sep = "?";
    for (const auto& [k, v] : r.query) {
      self += sep + text::encode_uri_component(k) + "=" + text::encode_uri_component(v);
      sep = "&";
    }
  }
  const std::size_t shown = std::min<std::size_t>(found->size(), 50);
  Seconds updated = 0;
  for (std::size_t i = 0; i < shown; ++i) updated = std::max(updated, (*found)[i].post.updated_at);
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    std::string(i18n::code(lang)) + "\">\n";
  out += "  <id>" + x(self) + "</id>\n";
  out += "  <title>ClusterPoliSEE · " + x(site_.tr(lang, N_("News"))) + "</title>\n";
  out += "  <updated>" + iso(updated) + "</updated>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + x(self) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + x(base + Site::prefix(lang) + "/news") + "\"/>\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const PostView& v = (*found)[i];
    const Post& p = v.post;
    std::string href = base + Site::prefix(lang) + "/news/" + std::to_string(p.id.value());
    out += "  <entry xml:lang=\"" + x(p.language) + "\">\n";
    out += "    <id>" + x(base + "/news/" + std::to_string(p.id.value())) + "</id>\n";
    out += "    <title>" + x(p.title) + "</title>\n";
    out += "    <published>" + iso(p.published_at) + "</published>\n";
    out += "    <updated>" + iso(p.updated_at) + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + x(href) + "\"/>\n";
    for (const auto& version : v.versions)
      if (version.id != p.id)
        out += "    <link rel=\"alternate\" type=\"text/html\" hreflang=\"" + x(version.language) + "\" href=\"" +
               x(base + "/" + version.language + "/news/" + std::to_string(version.id.value())) + "\"/>\n";
    out += "    <author><name>" + x(p.author_name.empty() ? std::string("ClusterPoliSEE") : p.author_name) + "</name></author>\n";
    for (const auto& a : v.areas) out += "    <category term=\"" + x(a) + "\"/>\n";
    for (const auto& c : v.countries) out += "    <category term=\"country:" + x(c) + "\"/>\n";
    out += "    <summary>" + x(p.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return http::make_response(r, bhttp::status::ok, "application/atom+xml; charset=utf-8", std::move(out));
}

}  // namespace cps::web
