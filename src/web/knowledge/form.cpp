// The form to write a knowledge item or edit one language version of it: its fields read as
// the item input's JSON shape (as the API reads a body), and the form shown again on a problem.
#include "web/knowledge/parts.hpp"

#include <boost/json.hpp>

#include "domain/knowledge/item_input.hpp"
#include "web/division_labels.hpp"

namespace cps::web {

namespace json = boost::json;

namespace {

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

// A number typed in the form as a JSON number, or as the text typed when it is not one (so
// that read_input names the field with the rule's message).
json::value typed_number(const std::string& typed) {
  if (auto n = text::parse_int(typed)) return json::value(*n);
  char* end = nullptr;
  double d = std::strtod(typed.c_str(), &end);
  if (!typed.empty() && end == typed.c_str() + typed.size()) return json::value(d);
  return json::value(typed);
}

json::value typed_year(const std::string& typed) {
  std::string trimmed = text::trim(typed);
  if (trimmed.empty()) return nullptr;
  auto y = text::parse_int(trimmed);
  return y ? json::value(*y) : json::value(trimmed);
}

// Sources typed one per line, "title | link | publisher | year", in their JSON shape.
json::array sources_from(std::string_view typed) {
  json::array out;
  for (const auto& line : lines(typed)) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= line.size()) {
      std::size_t bar = line.find('|', start);
      if (bar == std::string::npos) bar = line.size();
      parts.push_back(text::trim(std::string_view(line).substr(start, bar - start)));
      start = bar + 1;
    }
    parts.resize(std::max<std::size_t>(parts.size(), 4));
    out.push_back(json::object{
        {"title", parts[0]}, {"url", parts[1]}, {"publisher", parts[2]}, {"year", typed_year(parts[3])}});
  }
  return out;
}

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

// The form's fields as an item input: the shared fields, and the text of one language (the
// other languages' texts stay as they are in `base`). The fields become the input's JSON
// shape over `base`'s, read as the API reads a body.
Result<ItemInput> input_from(const Form& f, const ItemInput& base, const std::string& language) {
  json::object o = input_json(base);
  o["kind"] = f.get("kind");
  if (!f.get("original_language").empty()) o["original_language"] = f.get("original_language");
  o["areas"] = string_array(f.all("areas"));
  o["countries"] = string_array(f.all("countries"));
  o["regions"] = string_array(codes(f.get("regions")));
  o["sectors"] = string_array(f.all("sectors"));
  // The form always offers a time frame; the API's default (current) is not meant here.
  if (f.get("timeframe").empty()) return fail(ErrorKind::invalid, N_("Choose the time frame."), "timeframe");
  o["timeframe"] = f.get("timeframe");
  o["start_year"] = typed_year(f.get("start_year"));
  o["end_year"] = typed_year(f.get("end_year"));
  o["instrument"] = f.get("instrument");
  o["funding_source"] = text::trim(f.get("funding_source"));
  std::string amount = text::trim(f.get("budget_amount"));
  if (amount.empty()) {
    o["budget"] = nullptr;
  } else {
    std::string rate = text::trim(f.get("budget_rate"));
    o["budget"] = json::object{{"amount", typed_number(amount)},
                               {"currency", text::to_upper_ascii(text::trim(f.get("budget_currency")))},
                               {"eur_rate", rate.empty() ? json::value(1) : typed_number(rate)},
                               {"rate_date", text::trim(f.get("budget_rate_date"))}};
  }
  o["target_groups"] = string_array(lines(f.get("target_groups")));
  o["sources"] = sources_from(f.get("sources"));
  auto org = text::parse_int(f.get("contact_organisation"));
  o["contact_organisation"] = org && *org > 0 ? json::value(*org) : json::value(nullptr);
  std::string original = o["original_language"].is_string() ? std::string(o["original_language"].as_string()) : "";
  json::object t{{"language", language},
                 {"title", f.get("title")},
                 {"summary", f.get("summary")},
                 {"body", f.get("body")},
                 {"results", f.get("results")},
                 {"lessons", f.get("lessons")},
                 {"transferability", f.get("transferability")},
                 {"translation", language == original ? "original" : "human"}};
  auto& texts = o["texts"].as_array();
  auto existing = std::find_if(texts.begin(), texts.end(),
                               [&](const json::value& x) { return x.as_object().at("language").as_string() == language; });
  if (existing != texts.end())
    *existing = std::move(t);
  else
    texts.push_back(std::move(t));
  return read_input(o);
}

}  // namespace

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
    std::string name(a);
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
  // The division table as checkboxes grouped by NACE section; a section holding a chosen
  // division (or the field at fault) starts open, so nothing chosen is out of sight.
  auto table = knowledge_.sectors();
  if (!table) return site_.error_page(r, table.error());
  bool sectors_invalid = false;
  if (auto field = extra.find("error_field"); field != extra.end())
    sectors_invalid = field->second.is_string() && field->second.string_value() == "sectors";
  List sections;
  for (std::size_t i = 0; i < table->size();) {
    const char letter = (*table)[i].section;
    List divisions;
    long long chosen = 0;
    for (; i < table->size() && (*table)[i].section == letter; ++i) {
      const Sector& s = (*table)[i];
      bool checked = std::find(in.sectors.begin(), in.sectors.end(), s.division) != in.sectors.end();
      chosen += checked ? 1 : 0;
      divisions.push_back(Object{{"code", s.division},
                                 {"name", division_name(site_, lang, s.division)},
                                 {"category", s.category},
                                 {"checked", checked}});
    }
    const char* section_name = section_label(letter);
    sections.push_back(Object{{"letter", std::string(1, letter)},
                              {"name", section_name ? site_.tr(lang, section_name) : std::string()},
                              {"divisions", divisions},
                              {"open", chosen > 0 || sectors_invalid},
                              {"has_chosen", chosen > 0},
                              {"chosen", text::fill(site_.tr(lang, N_("chosen: {count}")), {{"count", cat.format_integer(lang, chosen)}})}});
  }
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
              {"sector_sections", sections},
              {"has_sector_table", !sections.empty()},
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
    if (name.starts_with("sources.")) key = "sources";
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
  auto id = http::path_id<ItemId>(r, "id");
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
  auto id = http::path_id<ItemId>(r, "id");
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

}  // namespace cps::web
