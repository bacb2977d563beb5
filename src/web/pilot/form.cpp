// The description of a pilot: opening one and editing it share one form (one language version
// of the texts at a time, who runs it, where, on which areas, which knowledge items it
// transfers and the learning need it answers, status, dates and budget). The typed fields are
// read as the API's JSON shape by the same reader, so the rules are the service's.
#include <set>

#include "domain/knowledge/knowledge.hpp"
#include "web/knowledge_labels.hpp"
#include "web/pilot/parts.hpp"

namespace cps::web {

namespace {

std::vector<std::string> split_list(const std::string& typed) {
  std::vector<std::string> out;
  std::string current;
  for (char c : typed + ",") {
    if (c == ',' || c == ';' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  return out;
}

// The typed form as the API's shape (pilot_input.hpp), with the other language versions of
// `shown` kept as they are.
json::object typed_pilot(const Form& f, const Pilot* shown) {
  const std::string language = text::trim(f.get("language"));
  json::array texts;
  if (shown)
    for (const auto& t : shown->texts)
      if (t.language != language)
        texts.push_back(json::object{{"language", t.language}, {"title", t.title}, {"summary", t.summary},
                                     {"description", t.description}, {"objectives", t.objectives}});
  texts.push_back(json::object{{"language", language},
                               {"title", text::trim(f.get("title"))},
                               {"summary", text::trim(f.get("summary"))},
                               {"description", f.get("description")},
                               {"objectives", f.get("objectives")}});
  json::array participants, regions, areas, transfers;
  for (const auto& p : f.all("participants"))
    if (auto n = text::parse_int(p)) participants.push_back(*n);
  for (const auto& code : split_list(f.get("regions"))) regions.push_back(json::value(text::to_upper_ascii(code)));
  for (const auto& a : f.all("areas")) areas.push_back(json::value(a));
  for (const auto& item : split_list(f.get("transfers"))) {
    std::string digits = item;
    if (!digits.empty() && digits[0] == '#') digits.erase(0, 1);
    auto n = text::parse_int(digits);
    transfers.push_back(json::object{{"item", n ? json::value(*n) : json::value(item)}});
  }
  json::object out{{"texts", texts},
                   {"original_language", shown ? shown->original_language : language},
                   {"participants", participants},
                   {"regions", regions},
                   {"areas", areas},
                   {"transfers", transfers},
                   {"status", f.get("status").empty() ? std::string("planned") : f.get("status")},
                   {"starts", text::trim(f.get("starts"))},
                   {"ends", text::trim(f.get("ends"))},
                   {"budget", json_number(f.get("budget"))}};
  if (auto lead = text::parse_int(f.get("lead"))) out["lead"] = *lead;
  std::string need_region = text::to_upper_ascii(text::trim(f.get("need_region")));
  std::string need_criterion = text::trim(f.get("need_criterion"));
  if (!need_region.empty() || !need_criterion.empty())
    out["need"] = json::object{{"region", need_region}, {"criterion", need_criterion}};
  else
    out["need"] = nullptr;
  return out;
}

Result<PilotInput> read_form(const Form& f, const Pilot* shown) {
  return read_pilot(json::value(typed_pilot(f, shown)));
}

}  // namespace

http::Response PilotPages::new_pilot(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in())
    return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_form(f, nullptr);
  if (!input) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = pilots_.create(v.principal, std::move(*input));
  if (!made) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, made.error()), form_status(made.error()));
  return see_other(site_, r, pilot_href(lang, *made) + "?done=created");
}

http::Response PilotPages::edit(http::Request& r, Language lang, const Visit& v) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  return form_page(r, lang, v, &*found, nullptr, {}, bhttp::status::ok);
}

http::Response PilotPages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto found = load(r, lang, v);
  if (!found) return site_.error_page(r, found.error());
  auto input = read_form(f, &*found);
  if (!input) return form_page(r, lang, v, &*found, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto saved = pilots_.update(v.principal, found->id, revision_of(f), std::move(*input));
  if (!saved) return form_page(r, lang, v, &*found, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, pilot_href(lang, found->id) + "?done=saved");
}

http::Response PilotPages::form_page(http::Request& r, Language lang, const Visit& v, const Pilot* shown,
                                     const Form* typed, Object extra, Status status) {
  const std::string ui(i18n::code(lang));
  // The language version shown: the one asked for, the one typed, else the UI's (new) or
  // the original (edit).
  std::string language = typed ? typed->get("language") : r.query_value("text").value_or("");
  if (language.empty()) language = shown ? shown->original_language : ui;
  const PilotText* text = nullptr;
  if (shown)
    for (const auto& t : shown->texts)
      if (t.language == language) text = &t;
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };

  std::set<std::string> chosen_areas, chosen_participants;
  std::string regions, transfers, lead;
  if (typed) {
    for (const auto& a : typed->all("areas")) chosen_areas.insert(a);
    for (const auto& p : typed->all("participants")) chosen_participants.insert(p);
    regions = typed->get("regions");
    transfers = typed->get("transfers");
    lead = typed->get("lead");
  } else if (shown) {
    for (const auto& a : shown->areas) chosen_areas.insert(a.str());
    for (const auto& p : shown->participants) chosen_participants.insert(std::to_string(p.value()));
    for (const auto& g : shown->regions) regions += (regions.empty() ? "" : ", ") + g.str();
    for (const auto& t : shown->transfers) transfers += (transfers.empty() ? "" : ", ") + std::to_string(t.item);
    lead = std::to_string(shown->lead.value());
  } else if (v.principal.organisation) {
    lead = std::to_string(v.principal.organisation->value());
  }

  List languages;
  // The languages a knowledge item may be written in, each named in itself.
  for (auto code : knowledge::kContentLanguages)
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", language == code}});
  List areas;
  for (const auto& a : area_names(reference_, ui))
    areas.push_back(Object{{"code", a.code}, {"name", a.name}, {"checked", chosen_areas.contains(a.code)}});
  List organisations, participants;
  if (auto all = organisations_.directory(v.principal, {})) {
    for (const auto& o : *all) {
      std::string id = std::to_string(o.id.value());
      std::string name = o.text(ui).name + " (" + o.country.str() + ")";
      organisations.push_back(Object{{"id", id}, {"name", name}, {"selected", id == lead}});
      participants.push_back(Object{{"id", id}, {"name", name}, {"checked", chosen_participants.contains(id)}});
    }
  }
  std::string status_code = typed ? typed->get("status") : std::string(to_string(shown ? shown->status : PilotStatus::planned));
  std::string budget;
  if (shown) budget = shown->budget.value % 100 == 0 ? std::to_string(shown->budget.value / 100)
                                                    : fmt::format("{}.{:02}", shown->budget.value / 100, shown->budget.value % 100);
  Object data{{"is_new", shown == nullptr},
              {"action", shown ? pilot_href(lang, shown->id) + "/edit" : Site::prefix(lang) + "/pilots"},
              {"cancel_href", shown ? pilot_href(lang, shown->id) : Site::prefix(lang) + "/pilots"},
              {"revision", shown ? std::to_string(shown->revision) : std::string("0")},
              {"languages", languages},
              {"title", field("title", text ? text->title : "")},
              {"summary", field("summary", text ? text->summary : "")},
              {"description", field("description", text ? text->description : "")},
              {"objectives", field("objectives", text ? text->objectives : "")},
              {"organisations", organisations},
              {"participants", participants},
              {"regions", regions},
              {"areas", areas},
              {"transfers", transfers},
              {"need_region", field("need_region", shown && shown->need ? shown->need->region.str() : "")},
              {"need_criterion", field("need_criterion", shown && shown->need ? shown->need->criterion : "")},
              {"statuses", choices(site_, lang, kPilotStatusNames, pilot_status_label, status_code)},
              {"starts", field("starts", shown ? shown->starts : "")},
              {"ends", field("ends", shown ? shown->ends : "")},
              {"budget", field("budget", budget)},
              {"frozen", shown && shown->baseline_version > 0}};
  if (shown) merge(data, heading(lang, *shown, pilots_.capabilities(v.principal, *shown)));
  merge(data, std::move(extra));
  std::string title = shown ? site_.tr(lang, N_("Edit the pilot")) : site_.tr(lang, N_("New pilot"));
  return site_.page(r, lang, "pilot_form", title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
