#include "web/knowledge_pages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "core/text.hpp"
#include "files/inspection.hpp"
#include "http/file_download.hpp"
#include "web/downloads.hpp"
#include "web/knowledge_labels.hpp"
#include "web/markdown.hpp"
#include "web/text_diff.hpp"

namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::knowledge;
namespace bhttp = http::bhttp;

namespace {

constexpr const char* kAreas[] = {"WG1", "WG2", "WG3", "WG4", "WG5", "WG6"};

std::string date_of(Seconds t) {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(t)));
  std::chrono::year_month_day ymd(day);
  return fmt::format("{:04d}-{:02d}-{:02d}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

// The short name people know a file type by.
std::string media_type_label(std::string_view media_type) {
  if (media_type == files::kPdf) return "PDF";
  if (media_type == files::kDocx) return "DOCX";
  if (media_type == files::kXlsx) return "XLSX";
  if (media_type == "image/webp") return "WebP";
  std::string out(media_type.substr(media_type.find('/') + 1));
  for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string size_text(const i18n::Catalogue& cat, i18n::Language lang, std::int64_t bytes) {
  if (bytes < 1024 * 1024) return cat.format_integer(lang, std::max<std::int64_t>(1, (bytes + 1023) / 1024)) + " KB";
  return cat.format_decimal(lang, double(bytes) / (1024.0 * 1024.0), 1) + " MB";
}

std::optional<ItemId> id_param(const http::Request& r) {
  auto id = text::parse_int(r.param("id"));
  if (!id || *id <= 0) return std::nullopt;
  return ItemId(*id);
}

// Comma-, space- or line-separated codes, upper-cased, without repeats.
std::vector<std::string> codes(std::string_view typed) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string code = text::to_upper_ascii(text::trim(current));
    if (!code.empty() && std::find(out.begin(), out.end(), code) == out.end()) out.push_back(code);
    current.clear();
  };
  for (char c : typed) {
    if (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == ';')
      flush();
    else
      current += c;
  }
  flush();
  return out;
}

std::vector<std::string> lines(std::string_view typed) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= typed.size()) {
    std::size_t end = typed.find('\n', start);
    if (end == std::string_view::npos) end = typed.size();
    std::string line = text::trim(typed.substr(start, end - start));
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

// Sources typed one per line: title | link | publisher | year.
Result<std::vector<Source>> sources_from(std::string_view typed) {
  std::vector<Source> out;
  for (const auto& line : lines(typed)) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t bar = line.find('|', start);
      if (bar == std::string::npos) bar = line.size();
      parts.push_back(text::trim(std::string_view(line).substr(start, bar - start)));
      start = bar + 1;
    }
    Source s;
    s.title = parts[0];
    if (parts.size() > 1) s.url = parts[1];
    if (parts.size() > 2) s.publisher = parts[2];
    if (parts.size() > 3 && !parts[3].empty()) {
      auto y = text::parse_int(parts[3]);
      if (!y) return fail(ErrorKind::invalid, N_("A year is a whole number from 1950 to 2100."), "sources");
      s.year = int(*y);
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string sources_text(const std::vector<Source>& sources) {
  std::string out;
  for (const auto& s : sources)
    out += s.title + " | " + s.url + " | " + s.publisher + " | " + (s.year ? std::to_string(*s.year) : "") + "\n";
  return out;
}

std::optional<int> year_from(const std::string& typed, bool& bad) {
  if (text::trim(typed).empty()) return std::nullopt;
  auto y = text::parse_int(text::trim(typed));
  if (!y) {
    bad = true;
    return std::nullopt;
  }
  return int(*y);
}

// The form's fields as an item input: the shared fields, and the text of one language
// (the other languages' texts stay as they are in `base`).
Result<ItemInput> input_from(const Form& f, const ItemInput& base, const std::string& language) {
  ItemInput in = base;
  auto kind = parse_kind(f.get("kind"));
  if (!kind) return fail(ErrorKind::invalid, N_("Choose the kind of item."), "kind");
  in.kind = *kind;
  if (!f.get("original_language").empty()) in.original_language = f.get("original_language");
  in.areas = f.all("areas");
  in.countries = f.all("countries");
  in.regions = codes(f.get("regions"));
  auto timeframe = parse_timeframe(f.get("timeframe"));
  if (!timeframe) return fail(ErrorKind::invalid, N_("Choose the time frame."), "timeframe");
  in.timeframe = *timeframe;
  bool bad = false;
  in.start_year = year_from(f.get("start_year"), bad);
  if (bad) return fail(ErrorKind::invalid, N_("A year is a whole number from 1950 to 2100."), "start_year");
  in.end_year = year_from(f.get("end_year"), bad);
  if (bad) return fail(ErrorKind::invalid, N_("A year is a whole number from 1950 to 2100."), "end_year");
  in.instrument = f.get("instrument").empty() ? std::nullopt : parse_instrument(f.get("instrument"));
  if (!f.get("instrument").empty() && !in.instrument)
    return fail(ErrorKind::invalid, N_("Choose the instrument from the list."), "instrument");
  in.funding_source = text::trim(f.get("funding_source"));
  std::string amount = text::trim(f.get("budget_amount"));
  if (amount.empty()) {
    in.budget.reset();
  } else {
    Budget b;
    char* end = nullptr;
    b.amount = std::strtod(amount.c_str(), &end);
    if (end != amount.c_str() + amount.size())
      return fail(ErrorKind::invalid, N_("The budget must be a positive amount."), "budget.amount");
    b.currency = text::to_upper_ascii(text::trim(f.get("budget_currency")));
    if (b.currency.empty()) b.currency = "EUR";
    std::string rate = text::trim(f.get("budget_rate"));
    b.eur_rate = 1;
    if (!rate.empty()) {
      b.eur_rate = std::strtod(rate.c_str(), &end);
      if (end != rate.c_str() + rate.size())
        return fail(ErrorKind::invalid, N_("Give the euro value of one unit of the currency."), "budget.eur_rate");
    }
    b.rate_date = text::trim(f.get("budget_rate_date"));
    in.budget = b;
  }
  in.target_groups = lines(f.get("target_groups"));
  auto sources = sources_from(f.get("sources"));
  if (!sources) return std::unexpected(sources.error());
  in.sources = std::move(*sources);
  auto org = text::parse_int(f.get("contact_organisation"));
  in.contact_organisation = org && *org > 0 ? std::optional(accounts::OrganisationId(*org)) : std::nullopt;

  ItemText t;
  t.language = language;
  t.title = f.get("title");
  t.summary = f.get("summary");
  t.body = f.get("body");
  t.results = f.get("results");
  t.lessons = f.get("lessons");
  t.transferability = f.get("transferability");
  t.translation = language == in.original_language ? Translation::original : Translation::human;
  auto existing = std::find_if(in.texts.begin(), in.texts.end(), [&](auto& x) { return x.language == language; });
  if (existing != in.texts.end())
    *existing = t;
  else
    in.texts.push_back(t);
  return in;
}

}  // namespace

void KnowledgePages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  http::RouteOptions long_form{256 * 1024};
  router.get("/{lang}/knowledge", page(&KnowledgePages::search));
  router.get("/feeds/knowledge.atom", [this](http::Request& r) { return feed(r); });
  router.get("/{lang}/knowledge/new", page(&KnowledgePages::new_item));
  router.add(V::post, "/{lang}/knowledge/new", form(&KnowledgePages::create), long_form);
  router.get("/{lang}/knowledge/mine", page(&KnowledgePages::mine));
  router.get("/{lang}/knowledge/review", page(&KnowledgePages::review_queue));
  router.get("/{lang}/knowledge/{id}", page(&KnowledgePages::item));
  router.get("/{lang}/knowledge/{id}/edit", page(&KnowledgePages::edit));
  router.add(V::post, "/{lang}/knowledge/{id}/edit", form(&KnowledgePages::save), long_form);
  router.add(V::post, "/{lang}/knowledge/{id}/workflow", form(&KnowledgePages::workflow));
  router.get("/{lang}/knowledge/{id}/history", page(&KnowledgePages::history));
  router.add(V::post, "/{lang}/knowledge/{id}/restore", form(&KnowledgePages::restore));
  router.add(V::post, "/{lang}/knowledge/{id}/comments", form(&KnowledgePages::add_comment));
  router.add(V::post, "/{lang}/knowledge/{id}/comments/{comment}/hide", form(&KnowledgePages::hide_comment));
  // The body may exceed the attachment limit a little (the form's other fields and the
  // multipart framing), so that a file just over the limit gets the form's message.
  router.add(V::post, "/{lang}/knowledge/{id}/attachments",
             on_form(site_, this, &KnowledgePages::attach, FormBodies::with_files),
             http::RouteOptions{knowledge_.attachment_settings().max_bytes + 64 * 1024, http::BodyTypes::of_family});
  router.get("/{lang}/knowledge/{id}/attachments/{attachment}", page(&KnowledgePages::download));
  router.add(V::post, "/{lang}/knowledge/{id}/attachments/{attachment}/remove", form(&KnowledgePages::detach));
}

Object KnowledgePages::card(const KnowledgeItem& item, Language lang) const {
  const ItemText& t = item.text(i18n::code(lang));
  List areas;
  for (const auto& a : item.content.areas) areas.push_back(Object{{"code", a}});
  return Object{{"href", Site::prefix(lang) + "/knowledge/" + std::to_string(item.id.value())},
                {"title", t.title},
                {"summary", t.summary},
                {"language", t.language},
                {"language_name", std::string(language_endonym(t.language))},
                {"kind", site_.tr(lang, kind_label(item.content.kind))},
                {"status", site_.tr(lang, item_status_label(item.status))},
                {"status_code", std::string(to_string(item.status))},
                {"areas", areas},
                {"updated", date_of(item.updated_at)}};
}

namespace {

// The URL of the search page with one parameter changed (or removed when `value` is empty);
// the page number resets unless it is the one changing.
std::string with_param(const http::Request& r, std::string_view name, std::string_view value) {
  std::string out = r.path, sep = "?";
  bool placed = false;
  for (const auto& [k, v] : r.query) {
    if (k == "table" || k == "format" || (k == "page" && name != "page")) continue;
    if (k == name) {
      if (!placed && !value.empty()) out += sep + k + "=" + text::encode_uri_component(value), sep = "&";
      placed = true;
      continue;
    }
    out += sep + k + "=" + text::encode_uri_component(v);
    sep = "&";
  }
  if (!placed && !value.empty()) out += sep + std::string(name) + "=" + text::encode_uri_component(value);
  return out;
}

}  // namespace

http::Response KnowledgePages::search(http::Request& r, Language lang, const Visit& v) {
  SearchRequest req;
  req.q = r.query_value("q").value_or("");
  req.language = std::string(i18n::code(lang));
  req.sort = r.query_value("sort").value_or("");
  auto& f = req.facets;
  // Unknown facet values are refused with a clear message, not silently ignored.
  auto bad = [&](const char* field) {
    return site_.error_page(r, Error{ErrorKind::invalid, "Choose a value from the list.", field});
  };
  if (auto a = r.query_value("area"); a && !a->empty()) {
    if (std::find(std::begin(kAreas), std::end(kAreas), *a) == std::end(kAreas)) return bad("area");
    f.area = *a;
  }
  if (auto k = r.query_value("kind"); k && !k->empty()) {
    if (!(f.kind = parse_kind(*k))) return bad("kind");
  }
  if (auto t = r.query_value("timeframe"); t && !t->empty()) {
    if (!(f.timeframe = parse_timeframe(*t))) return bad("timeframe");
  }
  if (auto i = r.query_value("instrument"); i && !i->empty()) {
    if (!(f.instrument = parse_instrument(*i))) return bad("instrument");
  }
  if (auto l = r.query_value("lang"); l && !l->empty()) {
    if (!is_content_language(*l)) return bad("lang");
    f.language = *l;
  }
  if (auto s = r.query_value("status"); s && !s->empty()) {
    if (!(f.status = parse_status(*s))) return bad("status");
  }
  if (auto c = r.query_value("country"); c && !c->empty()) {
    if (!reference_.country(*c)) return bad("country");
    f.country = *c;
  }
  if (auto g = r.query_value("region"); g && !g->empty()) {
    if (!reference_.region(*g)) return bad("region");
    f.region = *g;
  }
  if (req.sort.empty()) req.sort = text::trim(req.q).empty() ? "date" : "relevance";
  if (auto p = r.query_value("page"); p && !p->empty()) {
    auto n = text::parse_int(*p);
    if (!n || *n < 1 || *n > 1000) return site_.error_page(r, Error{ErrorKind::invalid, "This page does not exist.", "page"});
    req.page = std::size_t(*n);
  }
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);

  // Downloads hold every result (up to 1,000), one row per result with the version that
  // matched best and its address, for reading; the API's download (api/knowledge_table.hpp)
  // holds every field and language version, for import.
  if (r.query_value("format")) {
    exports::Table table{"results",
                         {"id", "slug", "title", "language", "original_language", "kind", "status", "areas",
                          "countries", "regions", "timeframe", "start_year", "end_year", "instrument",
                          "funding_source", "budget_eur", "updated_at", "url"},
                         {},
                         {}};
    table.types.assign(table.columns.size(), exports::ColumnType::text);
    table.types[0] = table.types[11] = table.types[12] = table.types[15] = exports::ColumnType::number;
    {
      auto found = knowledge_.download(v.principal, req);
      if (!found) return site_.error_page(r, found.error());
      for (const auto& h : found->hits) {
        const auto& c = h.item.content;
        const auto join = exports::list_cell;
        table.rows.push_back({std::to_string(h.item.id.value()), c.slug, h.item.text(h.language).title, h.language,
                              c.original_language, std::string(to_string(c.kind)), std::string(to_string(h.item.status)),
                              join(c.areas), join(c.countries), join(c.regions), std::string(to_string(c.timeframe)),
                              c.start_year ? std::to_string(*c.start_year) : "", c.end_year ? std::to_string(*c.end_year) : "",
                              c.instrument ? std::string(to_string(*c.instrument)) : "", c.funding_source,
                              c.budget ? fmt::format("{:.0f}", c.budget->eur()) : "", date_of(h.item.updated_at),
                              prefix + "/knowledge/" + std::to_string(h.item.id.value())});
      }
    }
    if (auto file = table_download(site_, r, {table}, "knowledge")) return std::move(*file);
  }

  auto found = knowledge_.search(v.principal, req);
  if (!found) {
    if (found.error().kind == ErrorKind::invalid)
      return site_.page(r, lang, "knowledge_search", site_.tr(lang, N_("Knowledge base")),
                        [&] {
                          Object o = form_error(site_, lang, found.error());
                          o["action"] = prefix + "/knowledge";
                          o["q"] = req.q.substr(0, 500);
                          return o;
                        }(),
                        PageOptions{bhttp::status::bad_request, {}, {}});
    return site_.error_page(r, found.error());
  }
  List hits;
  for (const auto& h : found->hits) {
    Object c = card(h.item, lang);
    const ItemText& t = h.item.text(h.language);
    c["title"] = t.title;
    c["language"] = t.language;
    c["language_name"] = std::string(language_endonym(t.language));
    c["href"] = prefix + "/knowledge/" + std::to_string(h.item.id.value()) + "?text=" + t.language;
    c["snippet_html"] = h.snippet_html.empty() ? text::escape_html(t.summary) : h.snippet_html;
    List concepts;
    for (const auto& label : h.concepts) concepts.push_back(Object{{"label", label}});
    c["concepts"] = concepts;
    c["has_concepts"] = !concepts.empty();
    c["other_language"] = t.language != req.language;
    hits.push_back(std::move(c));
  }
  // Facets: each value with its count, as a link that sets (or, when chosen, clears) it.
  auto facet = [&](const char* name, const char* label, auto&& value_label, const std::optional<std::string>& chosen) {
    List values;
    auto counts = found->facets.find(name);
    if (counts != found->facets.end())
      for (const auto& [value, count] : counts->second) {
        bool current = chosen && *chosen == value;
        values.push_back(Object{{"label", value_label(value)},
                                {"count", cat.format_integer(lang, (long long)count)},
                                {"href", with_param(r, name == std::string("language") ? "lang" : name, current ? "" : value)},
                                {"current", current}});
      }
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
      return a.get("label")->string_value() < b.get("label")->string_value();
    });
    return Object{{"name", std::string(name)}, {"label", site_.tr(lang, label)}, {"values", values}, {"has_values", !values.empty()}};
  };
  auto countries = reference_.countries();
  std::map<std::string, std::string> country_names;
  if (countries)
    for (const auto& c : *countries) country_names[c.code.str()] = cat.country_name(lang, c.iso_code);
  auto opt = [](const auto& o) { return o ? std::optional<std::string>(std::string(to_string(*o))) : std::nullopt; };
  List facets{
      facet("area", N_("Thematic area"), [](const std::string& v) { return v; }, f.area),
      facet("kind", N_("Kind"), [&](const std::string& v) { auto k = parse_kind(v); return k ? site_.tr(lang, kind_label(*k)) : v; }, opt(f.kind)),
      facet("country", N_("Country"), [&](const std::string& v) { return country_names.count(v) ? country_names[v] : v; }, f.country),
      facet("region", N_("Region"), [&](const std::string& v) {
        auto region = reference_.region(v);
        return region ? region->region.name_latin + " (" + v + ")" : v;
      }, f.region),
      facet("timeframe", N_("Time frame"), [&](const std::string& v) { auto t = parse_timeframe(v); return t ? site_.tr(lang, timeframe_label(*t)) : v; }, opt(f.timeframe)),
      facet("instrument", N_("Instrument"), [&](const std::string& v) { auto i = parse_instrument(v); return i ? site_.tr(lang, instrument_label(*i)) : v; }, opt(f.instrument)),
      facet("language", N_("Language"), [](const std::string& v) { return std::string(language_endonym(v)); }, f.language)};
  if (v.principal.signed_in())
    facets.push_back(facet("status", N_("Status"), [&](const std::string& v) { auto s = parse_status(v); return s ? site_.tr(lang, item_status_label(*s)) : v; }, opt(f.status)));
  List sorts;
  for (auto [code, label] : {std::pair{"relevance", N_("Relevance")}, std::pair{"date", N_("Newest")}, std::pair{"title", N_("Title")}})
    sorts.push_back(Object{{"code", std::string(code)}, {"label", site_.tr(lang, label)}, {"selected", req.sort == code}});
  std::size_t pages = (found->total + req.per_page - 1) / req.per_page;
  Object data{{"action", prefix + "/knowledge"},
              {"q", req.q},
              {"sorts", sorts},
              {"hits", hits},
              {"has_hits", !hits.empty()},
              {"facets", facets},
              {"count_text", cat.translate_count(lang, NP_("{count} item", "{count} items"), (long long)found->total)},
              {"has_previous", req.page > 1},
              {"previous_href", with_param(r, "page", std::to_string(req.page - 1))},
              {"has_next", req.page < pages},
              {"next_href", with_param(r, "page", std::to_string(req.page + 1))},
              {"page_text", text::fill(site_.tr(lang, N_("Page {page} of {pages}")),
                                       {{"page", std::to_string(req.page)}, {"pages", std::to_string(std::max<std::size_t>(pages, 1))}})},
              {"downloads", download_links(r, "results")},
              {"may_write", v.principal.signed_in()},
              {"new_href", prefix + "/knowledge/new"},
              {"mine_href", prefix + "/knowledge/mine"},
              {"review_href", prefix + "/knowledge/review"}};
  for (const auto& [key, value] : r.query)
    if (key != "q" && key != "sort" && key != "page" && key != "table" && key != "format")
      data["has_filters"] = true;
  data["clear_href"] = prefix + "/knowledge" + (req.q.empty() ? "" : "?q=" + text::encode_uri_component(req.q));
  List kept;  // the chosen facets, carried by the search form
  for (const auto& [key, value] : r.query)
    if (key != "q" && key != "sort" && key != "page" && key != "table" && key != "format")
      kept.push_back(Object{{"name", key}, {"value", value}});
  data["kept"] = kept;
  std::string feed = "/feeds/knowledge.atom?ui=" + std::string(i18n::code(lang));
  for (const auto& [key, value] : r.query)
    if (key == "area" || key == "kind" || key == "country" || key == "region" || key == "lang")
      feed += "&" + key + "=" + text::encode_uri_component(value);
  data["feed_href"] = feed;
  return site_.page(r, lang, "knowledge_search", site_.tr(lang, N_("Knowledge base")), std::move(data));
}

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
      if (std::find(std::begin(kAreas), std::end(kAreas), value) == std::end(kAreas)) return bad("area");
      f.area = value;
    } else if (key == "kind") {
      if (!(f.kind = parse_kind(value))) return bad("kind");
    } else if (key == "country") {
      if (!reference_.country(value)) return bad("country");
      f.country = value;
    } else if (key == "region") {
      if (!reference_.region(value)) return bad("region");
      f.region = value;
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

http::Response KnowledgePages::item(http::Request& r, Language lang, const Visit& v) {
  return item_page(r, lang, v, {}, bhttp::status::ok);
}

http::Response KnowledgePages::item_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                         bhttp::status status) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = knowledge_.item(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const KnowledgeItem& item = *found;
  const ItemInput& c = item.content;
  std::string base = Site::prefix(lang) + "/knowledge/" + std::to_string(id->value());
  // The language version shown: asked for, else the UI language when there is one, else the original.
  std::string shown = r.query_value("text").value_or("");
  auto has = [&](const std::string& l) {
    return std::any_of(c.texts.begin(), c.texts.end(), [&](auto& t) { return t.language == l; });
  };
  if (!has(shown)) shown = has(std::string(i18n::code(lang))) ? std::string(i18n::code(lang)) : c.original_language;
  const ItemText& t = item.text(shown);
  const auto& cat = site_.catalogue();

  List tabs;
  for (const auto& x : c.texts)
    tabs.push_back(Object{{"code", x.language},
                          {"name", std::string(language_endonym(x.language))},
                          {"href", base + "?text=" + x.language},
                          {"current", x.language == shown},
                          {"original", x.translation == Translation::original}});
  List areas;
  auto area_names = reference_.areas(i18n::code(lang));
  for (const auto& a : c.areas) {
    std::string name = a;
    if (area_names)
      for (const auto& n : *area_names)
        if (n.code.str() == a) name = a + " · " + n.name;
    areas.push_back(Object{{"code", a}, {"name", name}, {"href", Site::prefix(lang) + "/knowledge?area=" + a}});
  }
  List countries;
  for (const auto& code : c.countries) {
    auto country = reference_.country(code);
    countries.push_back(Object{{"name", country ? cat.country_name(lang, country->iso_code) : code},
                               {"href", Site::prefix(lang) + "/knowledge?country=" + code}});
  }
  List regions;
  for (const auto& code : c.regions) {
    auto region = reference_.region(code);
    regions.push_back(Object{{"name", region ? region->region.name_latin + " (" + code + ")" : code},
                             {"href", Site::prefix(lang) + "/regions/" + code}});
  }
  List sources;
  for (const auto& s : c.sources)
    sources.push_back(Object{{"title", s.title},
                             {"url", s.url},
                             {"has_url", !s.url.empty()},
                             {"publisher", s.publisher},
                             {"has_publisher", !s.publisher.empty()},
                             {"year", s.year ? std::to_string(*s.year) : ""},
                             {"has_year", s.year.has_value()}});
  List groups;
  for (const auto& g : c.target_groups) groups.push_back(Object{{"name", g}});
  Object budget;
  if (c.budget) {
    budget["amount"] = cat.format_integer(lang, std::llround(c.budget->amount)) + " " + c.budget->currency;
    budget["has_eur"] = c.budget->currency != "EUR";
    budget["eur"] = cat.format_integer(lang, std::llround(c.budget->eur())) + " EUR";
    budget["rate"] = cat.format_decimal(lang, c.budget->eur_rate, 4);
    budget["rate_date"] = c.budget->rate_date;
  }
  std::string years;
  if (c.start_year) years = std::to_string(*c.start_year);
  if (c.end_year) years += "–" + std::to_string(*c.end_year);
  Object contact;
  if (c.contact_organisation) {
    auto profile = organisations_.profile(v.principal, *c.contact_organisation);
    if (profile) {
      contact["name"] = profile->organisation.text(i18n::code(lang)).name;
      contact["href"] = Site::prefix(lang) + "/organisations/" + std::to_string(c.contact_organisation->value());
    }
  }
  auto can = knowledge_.capabilities(v.principal, item);
  auto comments = knowledge_.comments(v.principal, *id);
  if (!comments) return site_.error_page(r, comments.error());
  List comment_list;
  for (const auto& cm : *comments)
    comment_list.push_back(Object{{"author", cm.author_name},
                                  {"date", date_of(cm.created_at)},
                                  {"body", cm.body},
                                  {"hidden", cm.hidden},
                                  {"reason", cm.hidden_reason},
                                  {"hide_action", base + "/comments/" + std::to_string(cm.id.value()) + "/hide"},
                                  {"field_id", "hide-" + std::to_string(cm.id.value())},
                                  {"may_hide", can.moderate && !cm.hidden}});
  Object data{{"title", t.title},
              {"summary", t.summary},
              {"lang_code", t.language},
              {"body_html", render_markdown(t.body)},
              {"results_html", render_markdown(t.results)},
              {"has_results", !text::trim(t.results).empty()},
              {"lessons_html", render_markdown(t.lessons)},
              {"has_lessons", !text::trim(t.lessons).empty()},
              {"transferability_html", render_markdown(t.transferability)},
              {"has_transferability", !text::trim(t.transferability).empty()},
              {"is_translation", t.translation != Translation::original},
              {"original_name", std::string(language_endonym(c.original_language))},
              {"tabs", tabs},
              {"kind", site_.tr(lang, kind_label(c.kind))},
              {"status", site_.tr(lang, item_status_label(item.status))},
              {"status_code", std::string(to_string(item.status))},
              {"not_published", item.status != ItemStatus::published},
              {"timeframe", site_.tr(lang, timeframe_label(c.timeframe))},
              {"years", years},
              {"has_years", !years.empty()},
              {"instrument", c.instrument ? site_.tr(lang, instrument_label(*c.instrument)) : ""},
              {"has_instrument", c.instrument.has_value()},
              {"funding_source", c.funding_source},
              {"has_funding", !c.funding_source.empty()},
              {"budget", budget},
              {"has_budget", c.budget.has_value()},
              {"areas", areas},
              {"countries", countries},
              {"has_countries", !countries.empty()},
              {"regions", regions},
              {"has_regions", !regions.empty()},
              {"groups", groups},
              {"has_groups", !groups.empty()},
              {"sources", sources},
              {"has_sources", !sources.empty()},
              {"contact", contact},
              {"has_contact", contact.count("name") > 0},
              {"author", item.author_name},
              {"updated", date_of(item.updated_at)},
              {"revision", std::to_string(item.revision)},
              {"may_edit", can.edit},
              {"may_submit", can.submit},
              {"may_review", can.review},
              {"may_publish", can.review && (item.status == ItemStatus::in_review || item.status == ItemStatus::archived)},
              {"may_send_back", can.review && item.status == ItemStatus::in_review},
              {"may_archive", can.review && item.status == ItemStatus::published},
              {"may_comment", can.comment},
              {"comments", comment_list},
              {"has_comments", !comment_list.empty()},
              {"edit_href", base + "/edit?text=" + shown},
              {"translate_href", base + "/edit?text="},
              {"history_href", base + "/history"},
              {"workflow_action", base + "/workflow"},
              {"comment_action", base + "/comments"},
              {"knowledge_href", Site::prefix(lang) + "/knowledge"}};
  if (r.query_value("done") == "saved") data["notice"] = site_.tr(lang, N_("The item is saved."));
  if (r.query_value("done") == "workflow") data["notice"] = site_.tr(lang, N_("The item's status is changed."));
  if (r.query_value("done") == "comment") data["notice"] = site_.tr(lang, N_("Your comment is published."));
  // Related items, and regions alike to the item's (peers that could learn from it).
  if (item.status == ItemStatus::published) {
    auto related = knowledge_.related(v.principal, item, 5);
    if (!related) return site_.error_page(r, related.error());
    List rel;
    for (const auto& other : *related) rel.push_back(card(other, lang));
    data["related"] = rel;
    data["has_related"] = !rel.empty();
  }
  if (statistics_) {
    List peers;
    std::set<std::string> seen(c.regions.begin(), c.regions.end());
    for (const auto& code : c.regions) {
      auto alike = statistics_->similar_regions(code, 3);
      if (!alike) continue;  // a region without figures has no peers to suggest
      for (const auto& n : alike->nearest) {
        if (!seen.insert(n.region).second) continue;
        auto region = reference_.region(n.region);
        peers.push_back(Object{{"name", region ? region->region.name_latin : n.region},
                               {"code", n.region},
                               {"href", Site::prefix(lang) + "/regions/" + n.region},
                               {"alike_to", code}});
      }
    }
    data["peers"] = peers;
    data["has_peers"] = !peers.empty();
  }
  // Languages an editor could add a translation in.
  List missing;
  for (auto code : kContentLanguages)
    if (!has(std::string(code)))
      missing.push_back(Object{{"code", std::string(code)}, {"name", std::string(language_endonym(code))}});
  data["missing_languages"] = missing;
  data["has_missing_languages"] = can.edit && !missing.empty();
  auto attachments = knowledge_.attachments(v.principal, *id);
  if (!attachments) return site_.error_page(r, attachments.error());
  List files;
  for (const auto& a : *attachments) {
    std::string href = base + "/attachments/" + std::to_string(a.id.value());
    files.push_back(Object{{"name", a.file_name},
                           {"type", media_type_label(a.media_type)},
                           {"size", size_text(cat, lang, a.size)},
                           {"href", href},
                           {"remove_action", href + "/remove"}});
  }
  data["attachments"] = files;
  data["has_attachments"] = !files.empty();
  data["may_attach"] = can.edit;
  data["attach_action"] = base + "/attachments";
  data["max_attachment_mb"] = std::to_string(knowledge_.attachment_settings().max_bytes / (1024 * 1024));
  if (r.query_value("done") == "attached") data["notice"] = site_.tr(lang, N_("The file is attached."));
  if (r.query_value("done") == "detached") data["notice"] = site_.tr(lang, N_("The attachment is removed."));
  merge(data, std::move(extra));
  return site_.page(r, lang, "knowledge_item", t.title, std::move(data), PageOptions{status, t.summary, {}});
}

http::Response KnowledgePages::form_page(http::Request& r, Language lang, const Visit& v, const KnowledgeItem* current,
                                         const ItemInput& in, const std::string& text_language, Object extra,
                                         bhttp::status status) {
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);
  List kinds, timeframes, instruments, languages, areas, countries, organisations;
  for (auto k : kAllKinds)
    kinds.push_back(Object{{"code", std::string(to_string(k))}, {"name", site_.tr(lang, kind_label(k))}, {"selected", k == in.kind}});
  for (auto t : kAllTimeframes)
    timeframes.push_back(Object{{"code", std::string(to_string(t))},
                                {"name", site_.tr(lang, timeframe_label(t))},
                                {"id", "timeframe-" + std::string(to_string(t))},
                                {"checked", t == in.timeframe}});
  for (auto i : kAllInstruments)
    instruments.push_back(Object{{"code", std::string(to_string(i))},
                                 {"name", site_.tr(lang, instrument_label(i))},
                                 {"selected", in.instrument == i}});
  for (auto code : kContentLanguages)
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", code == in.original_language}});
  auto area_names = reference_.areas(i18n::code(lang));
  for (auto a : kAreas) {
    std::string name = a;
    if (area_names)
      for (const auto& n : *area_names)
        if (n.code.str() == a) name = std::string(a) + " · " + n.name;
    areas.push_back(Object{{"code", std::string(a)},
                           {"name", name},
                           {"checked", std::find(in.areas.begin(), in.areas.end(), a) != in.areas.end()}});
  }
  auto all_countries = reference_.countries();
  if (!all_countries) return site_.error_page(r, all_countries.error());
  for (const auto& c : *all_countries)
    countries.push_back(Object{{"code", c.code.str()},
                               {"name", cat.country_name(lang, c.iso_code)},
                               {"checked", std::find(in.countries.begin(), in.countries.end(), c.code.str()) != in.countries.end()}});
  auto orgs = organisations_.directory(v.principal, {});
  if (orgs)
    for (const auto& o : *orgs)
      organisations.push_back(Object{{"id", std::to_string(o.id.value())},
                                     {"name", o.text(i18n::code(lang)).name},
                                     {"selected", in.contact_organisation == o.id}});
  ItemText t;
  t.language = text_language;
  for (const auto& x : in.texts)
    if (x.language == text_language) t = x;
  std::string regions;
  for (const auto& code : in.regions) regions += (regions.empty() ? "" : ", ") + code;
  std::string groups;
  for (const auto& g : in.target_groups) groups += g + "\n";
  Object data{{"creating", current == nullptr},
              {"action", current ? prefix + "/knowledge/" + std::to_string(current->id.value()) + "/edit?text=" + text_language
                                 : prefix + "/knowledge/new"},
              {"cancel_href", current ? prefix + "/knowledge/" + std::to_string(current->id.value()) : prefix + "/knowledge"},
              {"revision", current ? std::to_string(current->revision) : ""},
              {"text_language", text_language},
              {"text_language_name", std::string(language_endonym(text_language))},
              {"is_translation", current && text_language != in.original_language},
              {"kinds", kinds},
              {"timeframes", timeframes},
              {"instruments", instruments},
              {"languages", languages},
              {"areas", areas},
              {"countries", countries},
              {"organisations", organisations},
              {"regions", regions},
              {"start_year", in.start_year ? std::to_string(*in.start_year) : ""},
              {"end_year", in.end_year ? std::to_string(*in.end_year) : ""},
              {"funding_source", in.funding_source},
              {"budget_amount", in.budget ? fmt::format("{}", in.budget->amount) : ""},
              {"budget_currency", in.budget ? in.budget->currency : "EUR"},
              {"budget_rate", in.budget ? fmt::format("{}", in.budget->eur_rate) : ""},
              {"budget_rate_date", in.budget ? in.budget->rate_date : ""},
              {"target_groups", groups},
              {"sources", sources_text(in.sources)},
              {"title", t.title},
              {"summary", t.summary},
              {"body", t.body},
              {"results", t.results},
              {"lessons", t.lessons},
              {"transferability", t.transferability}};
  // Field names with dots ("texts.ro.title") become template keys without them.
  if (auto field = extra.find("error_field"); field != extra.end()) {
    std::string name = field->second.is_string() ? field->second.string_value() : "";
    std::string key = name;
    if (name.starts_with("texts.")) key = name.substr(name.rfind('.') + 1);
    std::replace(key.begin(), key.end(), '.', '_');
    extra["invalid_" + key] = true;
  }
  merge(data, std::move(extra));
  std::string title = current ? site_.tr(lang, N_("Edit the item")) : site_.tr(lang, N_("Share a policy or practice"));
  return site_.page(r, lang, "knowledge_form", title, std::move(data), PageOptions{status, {}, {}});
}

http::Response KnowledgePages::new_item(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ItemInput in;
  in.original_language = std::string(i18n::code(lang));
  return form_page(r, lang, v, nullptr, in, in.original_language, {}, bhttp::status::ok);
}

http::Response KnowledgePages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  ItemInput base;
  base.original_language = f.get("original_language");
  auto in = input_from(f, base, base.original_language);
  if (!in) return form_page(r, lang, v, nullptr, base, base.original_language, form_error(site_, lang, in.error()),
                            form_status(in.error()));
  auto id = knowledge_.create(v.principal, *in);
  if (!id) {
    if (id.error().kind == ErrorKind::forbidden || id.error().kind == ErrorKind::unauthenticated)
      return site_.error_page(r, id.error());
    return form_page(r, lang, v, nullptr, *in, in->original_language, form_error(site_, lang, id.error()),
                     form_status(id.error()));
  }
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=saved");
}

http::Response KnowledgePages::edit(http::Request& r, Language lang, const Visit& v) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto current = knowledge_.item(v.principal, *id);
  if (!current) return site_.error_page(r, current.error());
  if (!knowledge_.capabilities(v.principal, *current).edit)
    return site_.error_page(r, v.principal.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                                                       : Error{ErrorKind::unauthenticated, "Please sign in first."});
  std::string language = r.query_value("text").value_or(current->content.original_language);
  if (!is_content_language(language)) language = current->content.original_language;
  return form_page(r, lang, v, &*current, current->content, language, {}, bhttp::status::ok);
}

http::Response KnowledgePages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto current = knowledge_.item(v.principal, *id);
  if (!current) return site_.error_page(r, current.error());
  std::string language = r.query_value("text").value_or(current->content.original_language);
  if (!is_content_language(language)) return site_.error_page(r, Error{ErrorKind::invalid, "Choose the language from the list.", "text"});
  auto revision = text::parse_int(f.get("revision"));
  auto in = input_from(f, current->content, language);
  if (!in) return form_page(r, lang, v, &*current, current->content, language, form_error(site_, lang, in.error()),
                            form_status(in.error()));
  auto saved = knowledge_.update(v.principal, *id, revision ? int(*revision) : 0, *in);
  if (!saved) {
    if (saved.error().kind == ErrorKind::forbidden || saved.error().kind == ErrorKind::unauthenticated)
      return site_.error_page(r, saved.error());
    // On a conflict the form keeps what the person typed, with the revision they started from.
    return form_page(r, lang, v, &*current, *in, language, form_error(site_, lang, saved.error()),
                     form_status(saved.error()));
  }
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?text=" + language +
                                 "&done=saved");
}

http::Response KnowledgePages::workflow(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  std::string step = f.get("step");
  KnowledgeService::Transition t;
  if (step == "submit") t = KnowledgeService::Transition::submit;
  else if (step == "publish") t = KnowledgeService::Transition::publish;
  else if (step == "send_back") t = KnowledgeService::Transition::send_back;
  else if (step == "archive") t = KnowledgeService::Transition::archive;
  else return site_.error_page(r, Error{ErrorKind::invalid, "Choose a step from the list.", "step"});
  auto revision = text::parse_int(f.get("revision"));
  auto done = knowledge_.transition(v.principal, *id, revision ? int(*revision) : 0, t, text::trim(f.get("note")));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=workflow");
}

http::Response KnowledgePages::history(http::Request& r, Language lang, const Visit& v) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto current = knowledge_.item(v.principal, *id);
  if (!current) return site_.error_page(r, current.error());
  auto revisions = knowledge_.revisions(v.principal, *id);
  if (!revisions) return site_.error_page(r, revisions.error());
  auto can = knowledge_.capabilities(v.principal, *current);
  std::string base = Site::prefix(lang) + "/knowledge/" + std::to_string(id->value());
  // Each revision with what changed since the one before it.
  auto render = [](const std::vector<DiffPart>& parts) {
    std::string html;
    for (const auto& p : parts) {
      std::string escaped = text::escape_html(p.text);
      if (p.kind == DiffPart::Kind::same) html += escaped;
      else if (p.kind == DiffPart::Kind::added) html += "<ins>" + escaped + "</ins>";
      else html += "<del>" + escaped + "</del>";
    }
    return html;
  };
  List list;
  for (std::size_t i = 0; i < revisions->size(); ++i) {
    const Revision& rev = (*revisions)[i];
    const Revision* before = i + 1 < revisions->size() ? &(*revisions)[i + 1] : nullptr;
    List changes;
    if (before) {
      auto field = [&](const char* label, const std::string& a, const std::string& b) {
        if (a != b) changes.push_back(Object{{"field", site_.tr(lang, label)}, {"diff_html", render(diff_words(a, b))}});
      };
      std::set<std::string> languages;
      for (const auto& t : before->content.texts) languages.insert(t.language);
      for (const auto& t : rev.content.texts) languages.insert(t.language);
      for (const auto& l : languages) {
        ItemText a, b;
        for (const auto& t : before->content.texts)
          if (t.language == l) a = t;
        for (const auto& t : rev.content.texts)
          if (t.language == l) b = t;
        std::string suffix = " (" + std::string(language_endonym(l)) + ")";
        auto text_field = [&](const char* label, const std::string& x, const std::string& y) {
          if (x != y)
            changes.push_back(Object{{"field", site_.tr(lang, label) + suffix}, {"diff_html", render(diff_words(x, y))}});
        };
        text_field(N_("Title"), a.title, b.title);
        text_field(N_("Summary"), a.summary, b.summary);
        text_field(N_("Description"), a.body, b.body);
        text_field(N_("Results and evidence"), a.results, b.results);
        text_field(N_("Lessons learned"), a.lessons, b.lessons);
        text_field(N_("Transferability"), a.transferability, b.transferability);
      }
      auto joined = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
        return s;
      };
      field(N_("Thematic areas"), joined(before->content.areas), joined(rev.content.areas));
      field(N_("Countries"), joined(before->content.countries), joined(rev.content.countries));
      field(N_("Regions"), joined(before->content.regions), joined(rev.content.regions));
      field(N_("Kind"), site_.tr(lang, kind_label(before->content.kind)), site_.tr(lang, kind_label(rev.content.kind)));
      field(N_("Funding source"), before->content.funding_source, rev.content.funding_source);
      field(N_("Sources"), sources_text(before->content.sources), sources_text(rev.content.sources));
      field(N_("Target groups"), joined(before->content.target_groups), joined(rev.content.target_groups));
    }
    list.push_back(Object{{"number", std::to_string(rev.number)},
                          {"author", rev.author_name},
                          {"date", date_of(rev.saved_at)},
                          {"note", rev.note},
                          {"status", site_.tr(lang, item_status_label(rev.status))},
                          {"changes", changes},
                          {"has_changes", !changes.empty()},
                          {"is_current", rev.number == current->revision},
                          {"may_restore", can.restore && rev.number != current->revision && current->status != ItemStatus::archived}});
  }
  Object data{{"title", current->text(i18n::code(lang)).title},
              {"item_href", base},
              {"restore_action", base + "/restore"},
              {"revision", std::to_string(current->revision)},
              {"revisions", list}};
  if (r.query_value("done") == "restored") data["notice"] = site_.tr(lang, N_("The revision is restored."));
  return site_.page(r, lang, "knowledge_history", site_.tr(lang, N_("Revision history")), std::move(data));
}

http::Response KnowledgePages::restore(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto revision = text::parse_int(f.get("revision"));
  auto number = text::parse_int(f.get("number"));
  if (!number) return site_.error_page(r, Error{ErrorKind::invalid, "Choose a revision from the list.", "number"});
  auto done = knowledge_.restore(v.principal, *id, revision ? int(*revision) : 0, int(*number));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "/history?done=restored");
}

http::Response KnowledgePages::add_comment(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.comment(v.principal, *id, f.get("body"));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=comment#comments");
}

http::Response KnowledgePages::hide_comment(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  auto comment = text::parse_int(r.param("comment"));
  if (!id || !comment || *comment <= 0) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.hide_comment(v.principal, *id, CommentId(*comment), f.get("reason"));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "#comments");
}

http::Response KnowledgePages::attach(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = id_param(r);
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = f.file("file");
  Result<Attachment> done = file ? knowledge_.attach(v.principal, *id, file->file_name, file->data)
                                 : Result<Attachment>(fail(ErrorKind::invalid, N_("Choose a file to attach."), "file"));
  if (!done) {
    Error e = done.error();
    if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::not_found)
      return site_.error_page(r, e);
    if (e.kind == ErrorKind::payload_too_large)
      e.message = text::fill(site_.tr(lang, e.message),
                             {{"mb", std::to_string(knowledge_.attachment_settings().max_bytes / (1024 * 1024))}});
    Object extra = form_error(site_, lang, e);
    Object prefixed{{"attach_error", extra["error"]}};
    return item_page(r, lang, v, std::move(prefixed), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=attached#attachments");
}

http::Response KnowledgePages::download(http::Request& r, Language, const Visit& v) {
  auto id = id_param(r);
  auto attachment = text::parse_int(r.param("attachment"));
  if (!id || !attachment || *attachment <= 0) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = knowledge_.attachment_file(v.principal, *id, AttachmentId(*attachment));
  if (!file) return site_.error_page(r, file.error());
  auto res = http::file_download(r, file->path, file->attachment.media_type, file->attachment.file_name,
                                 knowledge_.attachment_settings().max_bytes);
  if (!res) return site_.error_page(r, res.error());
  return std::move(*res);
}

http::Response KnowledgePages::detach(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = id_param(r);
  auto attachment = text::parse_int(r.param("attachment"));
  if (!id || !attachment || *attachment <= 0) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.detach(v.principal, *id, AttachmentId(*attachment));
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=detached#attachments");
}

http::Response KnowledgePages::list_page(http::Request& r, Language lang, const Visit& v, ItemFilter filter,
                                         const std::string& title, const std::string& template_name) {
  auto found = knowledge_.list(v.principal, std::move(filter), "date", 200, 0);
  if (!found) return site_.error_page(r, found.error());
  List cards;
  for (const auto& item : found->first) cards.push_back(card(item, lang));
  Object data{{"items", cards},
              {"has_items", !cards.empty()},
              {"count_text", site_.catalogue().translate_count(lang, NP_("{count} item", "{count} items"),
                                                               (long long)found->second)},
              {"new_href", Site::prefix(lang) + "/knowledge/new"}};
  return site_.page(r, lang, template_name, title, std::move(data));
}

http::Response KnowledgePages::mine(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ItemFilter filter;
  filter.author = v.principal.user;
  return list_page(r, lang, v, filter, site_.tr(lang, N_("My items")), "knowledge_mine");
}

http::Response KnowledgePages::review_queue(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  ItemFilter filter;
  filter.status = ItemStatus::in_review;
  // Coordinators see the items of their areas; the service's visibility decides the rest.
  return list_page(r, lang, v, filter, site_.tr(lang, N_("Items to review")), "knowledge_review");
}

}  // namespace cps::web
