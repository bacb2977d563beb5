// Reading a pilot's description and its logframe, and the rules on them that need nothing
// stored (see pilot_input.hpp).
#include "domain/pilot/pilot_input.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/text.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "domain/pilot/input_fields.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace input_parts;
using i18n::N_;

namespace {

// The shape of a NUTS code (country letters, then letters or digits), as other inputs check it.
bool is_region_code(const std::string& s) {
  return s.size() >= 2 && s.size() <= 5 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
         });
}

template <class T>
bool has_duplicates(std::vector<T> values) {
  std::sort(values.begin(), values.end());
  return std::adjacent_find(values.begin(), values.end()) != values.end();
}

Result<std::vector<std::string>> codes_field(const json::object& o, std::string_view key) {
  auto list = list_field(o, key, "");
  if (!list) return std::unexpected(list.error());
  std::vector<std::string> out;
  if (!*list) return out;
  for (const auto& v : **list) {
    if (!v.is_string()) return fail(ErrorKind::invalid, "This must be a list of texts.", std::string(key));
    out.push_back(text::to_upper_ascii(text::trim(std::string_view(v.as_string()))));
  }
  return out;
}

Result<std::vector<accounts::OrganisationId>> ids_field(const json::object& o, std::string_view key) {
  auto list = list_field(o, key, "");
  if (!list) return std::unexpected(list.error());
  std::vector<accounts::OrganisationId> out;
  if (!*list) return out;
  for (const auto& v : **list) {
    if (!v.is_int64() || v.as_int64() <= 0)
      return fail(ErrorKind::invalid, "This must be a whole number above zero.", std::string(key));
    out.emplace_back(v.as_int64());
  }
  return out;
}

Result<std::optional<accounts::OrganisationId>> organisation_field(const json::object& o, std::string_view key,
                                                                   const std::string& where) {
  auto id = whole_field(o, key, where, "This must be a whole number above zero.");
  if (!id) return std::unexpected(id.error());
  if (!*id) return std::optional<accounts::OrganisationId>();
  if (**id <= 0) return fail(ErrorKind::invalid, "This must be a whole number above zero.", where + std::string(key));
  return std::optional<accounts::OrganisationId>(accounts::OrganisationId(**id));
}

Result<PilotText> read_text(const json::value& value, const std::string& where) {
  auto o = object_of(value, where);
  if (!o) return std::unexpected(o.error());
  PilotText t;
  for (auto [key, target] : {std::pair{"language", &t.language}, std::pair{"title", &t.title},
                             std::pair{"summary", &t.summary}, std::pair{"description", &t.description},
                             std::pair{"objectives", &t.objectives}}) {
    auto v = text_field(**o, key, where + ".");
    if (!v) return std::unexpected(v.error());
    *target = std::move(*v);
  }
  return t;
}

Result<Transfer> read_transfer(const json::value& value, const std::string& where) {
  auto o = object_of(value, where);
  if (!o) return std::unexpected(o.error());
  Transfer t;
  auto item = whole_field(**o, "item", where + ".", N_("Choose a knowledge item from the list."));
  if (!item) return std::unexpected(item.error());
  if (!*item || **item <= 0)
    return fail(ErrorKind::invalid, N_("Choose a knowledge item from the list."), where + ".item");
  t.item = **item;
  auto region = text_field(**o, "from_region", where + ".");
  if (!region) return std::unexpected(region.error());
  if (!region->empty()) t.from_region = RegionCode(text::to_upper_ascii(*region));
  auto organisation = organisation_field(**o, "from_organisation", where + ".");
  if (!organisation) return std::unexpected(organisation.error());
  t.from_organisation = *organisation;
  return t;
}

}  // namespace

// At most two decimals, so that nothing is rounded away unseen.
Result<EuroCents> input_parts::read_euro(const json::object& o, std::string_view key, const std::string& where) {
  auto amount = number_field(o, key, where);
  if (!amount) return std::unexpected(amount.error());
  double cents = *amount * 100;
  if (std::abs(*amount) > kLargestNumber || std::abs(cents - std::round(cents)) > 1e-6)
    return fail(ErrorKind::invalid, N_("Give the budget in euro with at most two decimals."), where + std::string(key));
  return EuroCents{std::llround(cents)};
}

namespace {

Result<LogframeEntry> read_entry(const json::value& value, const std::string& where) {
  auto o = object_of(value, where);
  if (!o) return std::unexpected(o.error());
  LogframeEntry e;
  auto level = name_field(**o, "level", where + ".", kLogframeLevelNames, LogframeLevel::activity,
                          N_("Use overall_objective, specific_objective, result or activity."));
  if (!level) return std::unexpected(level.error());
  e.level = *level;
  for (auto [key, target] : {std::pair{"code", &e.code}, std::pair{"text", &e.text},
                             std::pair{"assumptions", &e.assumptions}}) {
    auto v = text_field(**o, key, where + ".");
    if (!v) return std::unexpected(v.error());
    *target = std::move(*v);
  }
  auto parent = text_field(**o, "parent", where + ".");
  if (!parent) return std::unexpected(parent.error());
  if (!parent->empty()) e.parent_code = *parent;
  return e;
}

}  // namespace

Result<std::vector<LogframeEntry>> input_parts::read_logframe_entries(const json::array& list, const std::string& where) {
  std::vector<LogframeEntry> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto e = read_entry(list[i], where + "." + std::to_string(i));
    if (!e) return std::unexpected(e.error());
    e->position = int(i);
    out.push_back(std::move(*e));
  }
  return out;
}

Status input_parts::check_logframe_at(const std::vector<LogframeEntry>& logframe, const std::string& where) {
  if (logframe.empty() || logframe.front().level != LogframeLevel::overall_objective)
    return fail(ErrorKind::unprocessable, N_("Begin the logframe with its overall objective."),
                logframe.empty() ? where : where + ".0.level");
  std::map<std::string, LogframeLevel> levels;
  for (std::size_t i = 0; i < logframe.size(); ++i) {
    const auto& e = logframe[i];
    std::string at = where + "." + std::to_string(i);
    if (auto ok = check_text(e.code, 20, at + ".code", Required::yes); !ok) return ok;
    if (!levels.emplace(e.code, e.level).second)
      return fail(ErrorKind::unprocessable, N_("Each code is used once in the logframe."), at + ".code");
    if (auto ok = check_text(e.text, kParagraphLength, at + ".text", Required::yes); !ok) return ok;
    if (auto ok = check_text(e.assumptions, kParagraphLength, at + ".assumptions", Required::no); !ok) return ok;
    if (i > 0 && e.level == LogframeLevel::overall_objective)
      return fail(ErrorKind::unprocessable, N_("A logframe has one overall objective."), at + ".level");
    if (i == 0 && e.parent_code)
      return fail(ErrorKind::unprocessable, N_("The overall objective is the top of the logframe: it has no parent."),
                  at + ".parent");
  }
  for (std::size_t i = 1; i < logframe.size(); ++i) {
    const auto& e = logframe[i];
    auto parent = e.parent_code ? levels.find(*e.parent_code) : levels.end();
    if (parent == levels.end() || int(parent->second) + 1 != int(e.level))
      return fail(ErrorKind::unprocessable, N_("Choose the parent among the entries one level up."),
                  where + "." + std::to_string(i) + ".parent");
  }
  return {};
}

Result<PilotInput> read_pilot(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  PilotInput in;
  auto texts = list_field(**o, "texts", "");
  if (!texts) return std::unexpected(texts.error());
  if (*texts)
    for (std::size_t i = 0; i < (*texts)->size(); ++i) {
      auto t = read_text((**texts)[i], "texts." + std::to_string(i));
      if (!t) return std::unexpected(t.error());
      in.texts.push_back(std::move(*t));
    }
  auto language = text_field(**o, "original_language", "");
  if (!language) return std::unexpected(language.error());
  in.original_language = *language;
  auto lead = organisation_field(**o, "lead", "");
  if (!lead) return std::unexpected(lead.error());
  in.lead = *lead;
  auto participants = ids_field(**o, "participants");
  if (!participants) return std::unexpected(participants.error());
  in.participants = std::move(*participants);
  auto regions = codes_field(**o, "regions");
  if (!regions) return std::unexpected(regions.error());
  for (auto& r : *regions) in.regions.emplace_back(std::move(r));
  auto areas = codes_field(**o, "areas");
  if (!areas) return std::unexpected(areas.error());
  for (auto& a : *areas) in.areas.emplace_back(std::move(a));
  auto transfers = list_field(**o, "transfers", "");
  if (!transfers) return std::unexpected(transfers.error());
  if (*transfers)
    for (std::size_t i = 0; i < (*transfers)->size(); ++i) {
      auto t = read_transfer((**transfers)[i], "transfers." + std::to_string(i));
      if (!t) return std::unexpected(t.error());
      in.transfers.push_back(std::move(*t));
    }
  if (auto* need = (*o)->if_contains("need"); need && !need->is_null()) {
    auto n = object_of(*need, "need");
    if (!n) return std::unexpected(n.error());
    auto region = text_field(**n, "region", "need.");
    if (!region) return std::unexpected(region.error());
    auto criterion = text_field(**n, "criterion", "need.");
    if (!criterion) return std::unexpected(criterion.error());
    // A form sends an empty need as two empty fields: that is no need.
    if (!region->empty() || !criterion->empty())
      in.need = NeedAnswered{RegionCode(text::to_upper_ascii(*region)), *criterion};
  }
  auto status = name_field(**o, "status", "", kPilotStatusNames, PilotStatus::planned,
                           N_("Use planned, running, completed or stopped."));
  if (!status) return std::unexpected(status.error());
  in.status = *status;
  for (auto [key, target] : {std::pair{"starts", &in.starts}, std::pair{"ends", &in.ends}}) {
    auto v = text_field(**o, key, "");
    if (!v) return std::unexpected(v.error());
    *target = std::move(*v);
  }
  if (auto* budget = (*o)->if_contains("budget"); budget && !budget->is_null()) {
    auto euro = read_euro(**o, "budget", "");
    if (!euro) return std::unexpected(euro.error());
    in.budget = *euro;
  }
  return in;
}

Status check_pilot(const PilotInput& in) {
  if (!knowledge::is_content_language(in.original_language))
    return fail(ErrorKind::unprocessable, N_("Choose the language the pilot is written in."), "original_language");
  if (in.texts.size() > std::size(knowledge::kContentLanguages))
    return fail(ErrorKind::unprocessable, N_("Give the pilot a title in its original language."), "texts");
  std::set<std::string> languages;
  bool original = false;
  for (const auto& t : in.texts) {
    std::string at = "texts." + t.language;
    if (!knowledge::is_content_language(t.language))
      return fail(ErrorKind::unprocessable, N_("Choose the language from the list."), at);
    if (!languages.insert(t.language).second)
      return fail(ErrorKind::unprocessable, N_("Each language has one text."), at);
    if (t.language == in.original_language && !text::trim(t.title).empty()) original = true;
    if (auto ok = check_text(t.title, kTitleLength, at + ".title", Required::yes); !ok) return ok;
    if (auto ok = check_text(t.summary, kLineLength, at + ".summary", Required::no); !ok) return ok;
    if (auto ok = check_text(t.description, kDocumentLength, at + ".description", Required::no); !ok) return ok;
    if (auto ok = check_text(t.objectives, kDocumentLength, at + ".objectives", Required::no); !ok) return ok;
  }
  if (!original)
    return fail(ErrorKind::unprocessable, N_("Give the pilot a title in its original language."),
                "texts." + in.original_language + ".title");
  if (auto ok = check_date(in.starts, "starts"); !ok) return ok;
  if (auto ok = check_date(in.ends, "ends"); !ok) return ok;
  if (in.ends < in.starts) return fail(ErrorKind::unprocessable, N_("A pilot cannot end before it starts."), "ends");
  if (in.regions.empty()) return fail(ErrorKind::unprocessable, N_("Choose at least one region."), "regions");
  for (const auto& r : in.regions)
    if (!is_region_code(r.str())) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "regions");
  if (in.areas.empty()) return fail(ErrorKind::unprocessable, N_("Choose at least one thematic area."), "areas");
  for (const auto& a : in.areas)
    if (!knowledge::is_area(a.str()))
      return fail(ErrorKind::unprocessable, N_("Choose thematic areas from the list."), "areas");
  if (has_duplicates(in.regions) || has_duplicates(in.areas) || has_duplicates(in.participants))
    return fail(ErrorKind::unprocessable, N_("A value is given twice."),
                has_duplicates(in.regions) ? "regions" : has_duplicates(in.areas) ? "areas" : "participants");
  if (in.budget.value < 0) return fail(ErrorKind::unprocessable, N_("A budget cannot be negative."), "budget");
  if (in.lead && std::find(in.participants.begin(), in.participants.end(), *in.lead) != in.participants.end())
    return fail(ErrorKind::unprocessable, N_("The lead organisation is not also one of the participants."),
                "participants");
  std::set<std::int64_t> items;
  for (std::size_t i = 0; i < in.transfers.size(); ++i) {
    const auto& t = in.transfers[i];
    std::string at = "transfers." + std::to_string(i);
    if (t.item <= 0)
      return fail(ErrorKind::unprocessable, N_("Choose a knowledge item from the list."), at + ".item");
    if (!items.insert(t.item).second)
      return fail(ErrorKind::unprocessable, N_("A pilot transfers each knowledge item once."), at + ".item");
    if (t.from_region && !is_region_code(t.from_region->str()))
      return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), at + ".from_region");
  }
  if (in.need) {
    if (!is_region_code(in.need->region.str()))
      return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "need.region");
    if (auto ok = check_text(in.need->criterion, 40, "need.criterion", Required::yes); !ok) return ok;
  }
  return {};
}

Result<std::vector<LogframeEntry>> read_logframe(const json::value& value) {
  auto o = object_of(value, "");
  if (!o) return std::unexpected(o.error());
  auto list = list_field(**o, "logframe", "");
  if (!list) return std::unexpected(list.error());
  if (!*list) return fail(ErrorKind::invalid, "This must be a list.", "logframe");
  return read_logframe_entries(**list, "logframe");
}

Status check_logframe(const std::vector<LogframeEntry>& logframe) {
  return check_logframe_at(logframe, "logframe");
}

}  // namespace cps::pilot
