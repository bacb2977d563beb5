// Reading and writing an item's input in its JSON shape (see item_input.hpp).
#include "domain/knowledge/item_input.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace cps::knowledge {

namespace json = boost::json;

namespace {

json::value optional_number(const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::array string_array(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& v : values) out.emplace_back(v);
  return out;
}

Result<std::string> string_field(const json::object& o, std::string_view key, std::string_view where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::string();
  if (!v->is_string()) return fail(ErrorKind::invalid, "This must be text.", std::string(where) + std::string(key));
  return std::string(v->as_string());
}

Result<std::vector<std::string>> string_list(const json::object& o, std::string_view key) {
  std::vector<std::string> out;
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
  for (const auto& x : v->as_array()) {
    if (!x.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
    out.emplace_back(x.as_string());
  }
  return out;
}

// A whole number is read here; whether it is a year the item may name is check_input's rule,
// with the same message.
Result<std::optional<int>> year_field(const json::object& o, std::string_view key, const std::string& where) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<int>{};
  if (!v->is_int64() || v->as_int64() < -1000000 || v->as_int64() > 1000000)
    return std::unexpected(year_error(where + std::string(key)));
  return std::optional<int>(int(v->as_int64()));
}

// A number; `message` is the rule the field's value breaks when it is not one.
Result<double> number_field(const json::object& o, std::string_view key, const std::string& where,
                            const char* message) {
  auto* v = o.if_contains(key);
  if (v && v->is_double()) return v->as_double();
  if (v && v->is_int64()) return double(v->as_int64());
  return fail(ErrorKind::invalid, message, where + std::string(key));
}

template <class Id>
Result<std::optional<Id>> id_field(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::optional<Id>{};
  if (!v->is_int64() || v->as_int64() <= 0)
    return fail(ErrorKind::invalid, "This must be a whole number above zero.", std::string(key));
  return std::optional<Id>(Id(v->as_int64()));
}

Result<Budget> read_budget(const json::value& value) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.", "budget");
  const auto& bo = value.as_object();
  Budget budget;
  auto amount = number_field(bo, "amount", "budget.", "The budget must be a positive amount.");
  if (!amount) return std::unexpected(amount.error());
  budget.amount = *amount;
  auto currency = string_field(bo, "currency", "budget.");
  if (!currency) return std::unexpected(currency.error());
  budget.currency = currency->empty() ? "EUR" : *currency;
  if (auto* rate = bo.if_contains("eur_rate"); rate && !rate->is_null()) {
    auto r = number_field(bo, "eur_rate", "budget.", "Give the euro value of one unit of the currency.");
    if (!r) return std::unexpected(r.error());
    budget.eur_rate = *r;
  }
  auto date = string_field(bo, "rate_date", "budget.");
  if (!date) return std::unexpected(date.error());
  budget.rate_date = *date;
  return budget;
}

Result<ItemText> read_text(const json::value& value, const std::string& original_language) {
  if (!value.is_object()) return fail(ErrorKind::invalid, "This must be an object.", "texts");
  const auto& to = value.as_object();
  ItemText text;
  auto lang = string_field(to, "language", "texts.");
  if (!lang) return std::unexpected(lang.error());
  text.language = *lang;
  std::string where = "texts." + text.language + ".";
  for (auto [key, target] : {std::pair{"title", &text.title}, std::pair{"summary", &text.summary},
                             std::pair{"body", &text.body}, std::pair{"results", &text.results},
                             std::pair{"lessons", &text.lessons},
                             std::pair{"transferability", &text.transferability}}) {
    auto v = string_field(to, key, where);
    if (!v) return std::unexpected(v.error());
    *target = *v;
  }
  auto translation = string_field(to, "translation", where);
  if (!translation) return std::unexpected(translation.error());
  auto tr = parse_translation(translation->empty() ? (text.language == original_language ? "original" : "human")
                                                   : *translation);
  if (!tr) return fail(ErrorKind::invalid, "Use original or human.", where + "translation");
  text.translation = *tr;
  return text;
}

}  // namespace

bool is_year(std::int64_t year) { return year >= 1900 && year <= 2100; }

Error year_error(std::string field) {
  return Error{ErrorKind::invalid, "The year must be a whole number from 1900 to 2100.", std::move(field)};
}

json::array sources_json(const std::vector<Source>& sources) {
  json::array out;
  for (const auto& s : sources)
    out.push_back(json::object{
        {"title", s.title}, {"url", s.url}, {"publisher", s.publisher}, {"year", optional_number(s.year)}});
  return out;
}

json::object input_json(const ItemInput& in) {
  json::object o;
  o["slug"] = in.slug;
  o["kind"] = to_string(in.kind);
  o["original_language"] = in.original_language;
  o["areas"] = string_array(in.areas);
  o["countries"] = string_array(in.countries);
  o["regions"] = string_array(in.regions);
  o["timeframe"] = to_string(in.timeframe);
  o["start_year"] = optional_number(in.start_year);
  o["end_year"] = optional_number(in.end_year);
  o["instrument"] = in.instrument ? json::value(to_string(*in.instrument)) : json::value(nullptr);
  o["funding_source"] = in.funding_source;
  if (in.budget)
    o["budget"] = json::object{{"amount", in.budget->amount},
                               {"currency", in.budget->currency},
                               {"eur_rate", in.budget->eur_rate},
                               {"rate_date", in.budget->rate_date}};
  else
    o["budget"] = nullptr;
  o["target_groups"] = string_array(in.target_groups);
  o["sectors"] = string_array(in.sectors);
  o["contact_organisation"] =
      in.contact_organisation ? json::value(in.contact_organisation->value()) : json::value(nullptr);
  o["contact_person"] = in.contact_person ? json::value(in.contact_person->value()) : json::value(nullptr);
  o["sources"] = sources_json(in.sources);
  json::array texts;
  for (const auto& t : in.texts)
    texts.push_back(json::object{{"language", t.language},
                                 {"title", t.title},
                                 {"summary", t.summary},
                                 {"body", t.body},
                                 {"results", t.results},
                                 {"lessons", t.lessons},
                                 {"transferability", t.transferability},
                                 {"translation", to_string(t.translation)}});
  o["texts"] = std::move(texts);
  return o;
}

Result<std::vector<Source>> read_sources(const json::value& sources) {
  std::vector<Source> out;
  if (sources.is_null()) return out;
  if (!sources.is_array()) return fail(ErrorKind::invalid, "This must be a list.", "sources");
  for (std::size_t i = 0; i < sources.as_array().size(); ++i) {
    const auto& s = sources.as_array()[i];
    std::string where = "sources." + std::to_string(i + 1) + ".";
    if (!s.is_object()) return fail(ErrorKind::invalid, "This must be an object.", where.substr(0, where.size() - 1));
    Source src;
    for (auto [key, target] :
         {std::pair{"title", &src.title}, std::pair{"url", &src.url}, std::pair{"publisher", &src.publisher}}) {
      auto v = string_field(s.as_object(), key, where);
      if (!v) return std::unexpected(v.error());
      *target = *v;
    }
    auto year = year_field(s.as_object(), "year", where);
    if (!year) return std::unexpected(year.error());
    src.year = *year;
    out.push_back(std::move(src));
  }
  return out;
}

Result<ItemInput> read_input(const json::object& o) {
  static constexpr std::string_view known[] = {
      "id", "slug", "kind", "status", "revision", "original_language", "areas", "countries", "regions",
      "timeframe", "start_year", "end_year", "instrument", "funding_source", "budget", "target_groups",
      "sectors", "contact_organisation", "contact_person", "sources", "texts", "author", "created_at", "updated_at",
      "published_at", "about",
      // What GET answers beside the input, ignored when sent back: machine translations are
      // made on request (POST …/machine-translations), never written as part of an item.
      "machine_translations", "machine_translation_languages"};
  for (const auto& [key, value] : o)
    if (std::find(std::begin(known), std::end(known), key) == std::end(known))
      return fail(ErrorKind::invalid, "This field is not known here.", std::string(key));
  ItemInput in;
  auto text_of = [&](std::string_view key) { return string_field(o, key, ""); };
  auto slug = text_of("slug");
  if (!slug) return std::unexpected(slug.error());
  in.slug = *slug;
  auto kind = text_of("kind");
  if (!kind) return std::unexpected(kind.error());
  auto k = parse_kind(*kind);
  if (!k) return fail(ErrorKind::invalid, "Choose the kind of item.", "kind");
  in.kind = *k;
  auto language = text_of("original_language");
  if (!language) return std::unexpected(language.error());
  in.original_language = *language;
  for (auto [key, target] : {std::pair{"areas", &in.areas}, std::pair{"countries", &in.countries},
                             std::pair{"regions", &in.regions}, std::pair{"target_groups", &in.target_groups},
                             std::pair{"sectors", &in.sectors}}) {
    auto list = string_list(o, key);
    if (!list) return std::unexpected(list.error());
    *target = std::move(*list);
  }
  auto timeframe = text_of("timeframe");
  if (!timeframe) return std::unexpected(timeframe.error());
  auto t = parse_timeframe(timeframe->empty() ? "current" : *timeframe);
  if (!t) return fail(ErrorKind::invalid, "Choose the time frame.", "timeframe");
  in.timeframe = *t;
  auto start = year_field(o, "start_year", "");
  if (!start) return std::unexpected(start.error());
  in.start_year = *start;
  auto end = year_field(o, "end_year", "");
  if (!end) return std::unexpected(end.error());
  in.end_year = *end;
  auto instrument = text_of("instrument");
  if (!instrument) return std::unexpected(instrument.error());
  if (!instrument->empty()) {
    in.instrument = parse_instrument(*instrument);
    if (!in.instrument) return fail(ErrorKind::invalid, "Choose the instrument from the list.", "instrument");
  }
  auto funding = text_of("funding_source");
  if (!funding) return std::unexpected(funding.error());
  in.funding_source = *funding;
  if (auto* b = o.if_contains("budget"); b && !b->is_null()) {
    auto budget = read_budget(*b);
    if (!budget) return std::unexpected(budget.error());
    in.budget = *budget;
  }
  auto organisation = id_field<accounts::OrganisationId>(o, "contact_organisation");
  if (!organisation) return std::unexpected(organisation.error());
  in.contact_organisation = *organisation;
  auto person = id_field<accounts::UserId>(o, "contact_person");
  if (!person) return std::unexpected(person.error());
  in.contact_person = *person;
  if (auto* sources = o.if_contains("sources")) {
    auto read = read_sources(*sources);
    if (!read) return std::unexpected(read.error());
    in.sources = std::move(*read);
  }
  auto* texts = o.if_contains("texts");
  if (!texts || !texts->is_array())
    return fail(ErrorKind::invalid, "Write the item in its original language.", "texts");
  for (const auto& value : texts->as_array()) {
    auto text = read_text(value, in.original_language);
    if (!text) return std::unexpected(text.error());
    in.texts.push_back(std::move(*text));
  }
  return in;
}

}  // namespace cps::knowledge
