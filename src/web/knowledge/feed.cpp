// The Atom feed of newly published knowledge items, with the search page's filters.
#include "web/knowledge/parts.hpp"

#include "web/markdown.hpp"

namespace cps::web {

http::Response KnowledgePages::feed(http::Request& r) {
  Language lang = i18n::Language::en;
  if (auto ui = r.query_value("ui")) {
    auto parsed = i18n::parse_language(*ui);
    if (!parsed) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a language from the list.", "ui"});
    lang = *parsed;
  }
  SearchRequest req;
  req.language = std::string(i18n::code(lang));
  req.sort = "date";
  req.per_page = 50;
  auto& f = req.facets;
  f.status = ItemStatus::published;
  auto bad = [&](const char* field) { return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", field}); };
  for (const auto& [key, value] : r.query) {
    if (key == "area") {
      if (!is_area(value)) return bad("area");
      f.area = value;
    } else if (key == "kind") {
      if (!(f.kind = parse_kind(value))) return bad("kind");
    } else if (key == "country") {
      if (!reference_.country(value)) return bad("country");
      f.country = value;
    } else if (key == "region") {
      if (!reference_.region(value)) return bad("region");
      f.region = value;
    } else if (key == "sector") {
      auto table = knowledge_.sectors();
      if (!table) return site_.error_page(r, table.error());
      if (std::none_of(table->begin(), table->end(), [&](const Sector& x) { return x.division == value; }))
        return bad("sector");
      f.sector = value;
    } else if (key == "lang") {
      if (!is_content_language(value)) return bad("lang");
      f.language = value;
    } else if (key != "ui") {
      return site_.error_page(r, Error{ErrorKind::invalid, "This parameter is not known here.", key});
    }
  }
  // Anonymous: a feed reader is nobody in particular.
  auto found = knowledge_.search(accounts::Principal{}, req);
  if (!found) return site_.error_page(r, found.error());
  std::string base = public_url_;
  while (!base.empty() && base.back() == '/') base.pop_back();
  auto iso = [](Seconds t) {
    auto tp = std::chrono::sys_seconds(std::chrono::seconds(t));
    auto day = std::chrono::floor<std::chrono::days>(tp);
    std::chrono::year_month_day ymd(day);
    std::chrono::hh_mm_ss hms(tp - day);
    return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", int(ymd.year()), unsigned(ymd.month()),
                       unsigned(ymd.day()), hms.hours().count(), hms.minutes().count(), hms.seconds().count());
  };
  auto x = [](std::string_view s) { return text::escape_html(s); };
  std::string self = base + r.path;
  {
    std::string sep = "?";
    for (const auto& [k, v] : r.query) {
      self += sep + text::encode_uri_component(k) + "=" + text::encode_uri_component(v);
      sep = "&";
    }
  }
  Seconds updated = 0;
  for (const auto& h : found->hits) updated = std::max(updated, h.item.published_at.value_or(h.item.updated_at));
  std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    std::string(i18n::code(lang)) + "\">\n";
  out += "  <id>" + x(self) + "</id>\n";
  out += "  <title>ClusterPoliSEE · " + x(site_.tr(lang, N_("Knowledge base"))) + "</title>\n";
  out += "  <updated>" + iso(updated) + "</updated>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" + x(self) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + x(base + Site::prefix(lang) + "/knowledge") + "\"/>\n";
  for (const auto& h : found->hits) {
    const ItemText& t = h.item.text(i18n::code(lang));
    std::string href = base + Site::prefix(lang) + "/knowledge/" + std::to_string(h.item.id.value());
    out += "  <entry xml:lang=\"" + x(t.language) + "\">\n";
    out += "    <id>" + x(href) + "</id>\n";
    out += "    <title>" + x(t.title) + "</title>\n";
    out += "    <published>" + iso(h.item.published_at.value_or(h.item.updated_at)) + "</published>\n";
    out += "    <updated>" + iso(h.item.updated_at) + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + x(href + "?text=" + t.language) + "\"/>\n";
    out += "    <author><name>" + x(h.item.author_name.empty() ? std::string("ClusterPoliSEE") : h.item.author_name) + "</name></author>\n";
    for (const auto& a : h.item.content.areas) out += "    <category term=\"" + x(a) + "\"/>\n";
    out += "    <category term=\"" + x(std::string(to_string(h.item.content.kind))) + "\" label=\"" +
           x(site_.tr(lang, kind_label(h.item.content.kind))) + "\"/>\n";
    out += "    <summary>" + x(t.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  out += "</feed>\n";
  return http::make_response(r, bhttp::status::ok, "application/atom+xml; charset=utf-8", std::move(out));
}

}  // namespace cps::web
