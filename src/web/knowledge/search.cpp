// The knowledge search page: the query and facets from the address, the results with their
// facet counts, pages and downloads.
#include "web/knowledge/parts.hpp"

#include "web/division_labels.hpp"
#include "web/downloads.hpp"

namespace cps::web {

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

// The URL of the search page with the concept `id` added to the dropped expansions (`drop`,
// ids separated by commas, as the API takes them), or taken out of them; the page number resets.
std::string with_drop(const http::Request& r, const std::vector<std::string>& dropped, std::string_view id, bool drop) {
  std::string list;
  for (const auto& d : dropped)
    if (d != id) list += (list.empty() ? "" : ",") + d;
  if (drop) list += (list.empty() ? "" : ",") + std::string(id);
  std::string out = r.path, sep = "?";
  for (const auto& [k, v] : r.query) {
    if (k == "table" || k == "format" || k == "page" || k == "drop") continue;
    out += sep + k + "=" + text::encode_uri_component(v);
    sep = "&";
  }
  if (!list.empty()) out += sep + "drop=" + text::encode_uri_component(list);
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
    if (!is_area(*a)) return bad("area");
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
  if (auto s = r.query_value("sector"); s && !s->empty()) {
    auto table = knowledge_.sectors();
    if (!table) return site_.error_page(r, table.error());
    if (std::none_of(table->begin(), table->end(), [&](const Sector& x) { return x.division == *s; })) return bad("sector");
    f.sector = *s;
  }
  req.dropped = dropped_concepts(r.query_value("drop").value_or(""));
  req.reported = true;
  if (req.sort.empty()) req.sort = text::trim(req.q).empty() ? "date" : "relevance";
  if (auto p = r.query_value("page"); p && !p->empty()) {
    auto n = text::parse_int(*p);
    if (!n || *n < 1 || *n > 1000) return site_.error_page(r, Error{ErrorKind::invalid, "This page does not exist.", "page"});
    req.page = std::size_t(*n);
  }
  const auto& cat = site_.catalogue();
  std::string prefix = Site::prefix(lang);

  // Downloads hold every result (up to 1,000), one row per result with the version that
  // matched best and its address, for reading; the API's download (domain/knowledge/item_table.hpp)
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
    merge(c, about_view(h.about, lang, h.item.id));
    hits.push_back(std::move(c));
  }
  // "Also searched": each concept the query was widened with, with a link that drops it; and
  // the dropped ones, each with a link that takes it back.
  auto expansion = [&](const SearchExpansion& e, bool dropped) {
    std::string words;
    for (const auto& w : e.words) words += (words.empty() ? "" : " ") + w;
    List terms;
    for (const auto& [language, term] : e.terms) terms.push_back(Object{{"lang", language}, {"term", term}});
    return Object{{"label", e.label},
                  {"words", words},
                  {"has_words", !words.empty()},
                  {"transliterated", e.transliterated},
                  {"terms", terms},
                  {"has_terms", !terms.empty()},
                  {"href", with_drop(r, req.dropped, e.concept_id, !dropped)}};
  };
  List expansions, dropped;
  for (const auto& e : found->expansions) expansions.push_back(expansion(e, false));
  for (const auto& e : found->dropped) dropped.push_back(expansion(e, true));
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
      facet("sector", N_("Sector"), [&](const std::string& v) { return division_name(site_, lang, v); }, f.sector),
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
              {"expansions", expansions},
              {"has_expansions", !expansions.empty()},
              {"dropped", dropped},
              {"has_dropped", !dropped.empty()},
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
    if (key != "q" && key != "sort" && key != "page" && key != "table" && key != "format" && key != "drop")
      data["has_filters"] = true;
  data["clear_href"] = prefix + "/knowledge" + (req.q.empty() ? "" : "?q=" + text::encode_uri_component(req.q));
  List kept;  // the chosen facets, carried by the search form (a new query starts with every expansion)
  for (const auto& [key, value] : r.query)
    if (key != "q" && key != "sort" && key != "page" && key != "table" && key != "format" && key != "drop")
      kept.push_back(Object{{"name", key}, {"value", value}});
  data["kept"] = kept;
  std::string feed = "/feeds/knowledge.atom?ui=" + std::string(i18n::code(lang));
  for (const auto& [key, value] : r.query)
    if (key == "area" || key == "kind" || key == "country" || key == "region" || key == "sector" || key == "lang")
      feed += "&" + key + "=" + text::encode_uri_component(value);
  data["feed_href"] = feed;
  return site_.page(r, lang, "knowledge_search", site_.tr(lang, N_("Knowledge base")), std::move(data));
}

}  // namespace cps::web
