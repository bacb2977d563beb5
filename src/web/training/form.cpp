// The form that keeps a module: area, title, summary, objectives one a line, materials in
// Markdown, knowledge item numbers, sessions as checkboxes among the training sessions,
// languages, status, the quiz one question a line ("Question? | option | *right option") with
// its pass mark, and how many sessions a person attends. Everything goes through
// training::read_module, as the API's body does.
#include <algorithm>
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/training_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::training;

namespace {

// The form's fields as the body read_module takes.
json::object body_of(const Form& f) {
  json::array languages;
  for (const auto& l : f.all("languages")) languages.emplace_back(l);
  json::object out{{"area", f.get("area")},
                   {"title", f.get("title")},
                   {"summary", f.get("summary")},
                   {"objectives", f.get("objectives")},
                   {"materials", f.get("materials")},
                   {"knowledge_items", f.get("knowledge_items")},
                   {"languages", languages},
                   {"status", f.get("status")},
                   {"quiz", f.get("quiz")},
                   {"pass_mark", f.get("pass_mark")},
                   {"sessions_required", f.get("sessions_required")}};
  // Checkboxes send numbers as text: one text of comma-separated ids reads the same.
  std::string ids;
  for (const auto& s : f.all("sessions")) ids += (ids.empty() ? "" : ",") + s;
  out["sessions"] = ids;
  return out;
}

template <class T>
std::string joined(const std::vector<T>& values, const char* separator) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += separator;
    if constexpr (std::is_same_v<T, std::string>) out += v;
    else out += std::to_string(v);
  }
  return out;
}

}  // namespace

http::Response TrainingPages::new_module(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (training_.managed_areas(v.principal).empty())
    return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response TrainingPages::edit_module(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = training_.module(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  if (!found->can.manage) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return form_page(r, lang, v, &found->module, nullptr, {}, bhttp::status::ok);
}

http::Response TrainingPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_module(body_of(f));
  if (!input) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = training_.create(v.principal, std::move(*input));
  if (!done) return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/training/" + std::to_string(done->id.value()) + "?done=saved");
}

http::Response TrainingPages::update(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ModuleId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = training_.module(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  auto input = read_module(body_of(f));
  if (!input)
    return form_page(r, lang, v, &found->module, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  int revision = int(text::parse_int(f.get("revision")).value_or(0));
  auto done = training_.update(v.principal, *id, revision, std::move(*input));
  if (!done)
    return form_page(r, lang, v, &found->module, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/training/" + std::to_string(id->value()) + "?done=saved");
}

http::Response TrainingPages::form_page(http::Request& r, Language lang, const Visit& v, const Module* stored,
                                        const Form* typed, Object extra, Status status) {
  const std::string prefix = Site::prefix(lang);
  auto field = [&](const char* name, const std::string& kept) { return typed ? typed->get(name) : kept; };
  const std::string area = field("area", stored ? stored->area : "");
  std::vector<std::string> chosen_languages =
      typed ? typed->all("languages") : (stored ? stored->languages : std::vector<std::string>{"en"});
  std::vector<std::string> chosen_sessions;
  if (typed) chosen_sessions = typed->all("sessions");
  else if (stored)
    for (auto s : stored->sessions) chosen_sessions.push_back(std::to_string(s));
  const std::string status_value = field("status", stored ? std::string(to_string(stored->status)) : "draft");

  List areas, languages, sessions, statuses;
  for (const auto& code : training_.managed_areas(v.principal))
    areas.push_back(Object{{"code", code}, {"name", area_label(code, lang)}, {"selected", code == area}});
  for (const auto& l : i18n::kLanguages)
    languages.push_back(Object{{"code", std::string(l.code)},
                               {"name", std::string(l.endonym)},
                               {"checked", std::find(chosen_languages.begin(), chosen_languages.end(), l.code) !=
                                               chosen_languages.end()}});
  if (auto choices = training_.session_choices(v.principal))
    for (const auto& s : *choices) {
      const std::string id = std::to_string(s.event);
      sessions.push_back(Object{{"id", id},
                                {"title", s.title},
                                {"day", day_text(lang, s.starts_at)},
                                {"checked", std::find(chosen_sessions.begin(), chosen_sessions.end(), id) != chosen_sessions.end()}});
    }
  for (const auto& [code, label] : {std::pair{ModuleStatus::draft, N_("Draft: only the people who keep modules see it")},
                                    std::pair{ModuleStatus::published, N_("Published: anybody sees it and may enrol")}})
    statuses.push_back(Object{{"code", std::string(to_string(code))},
                              {"name", site_.tr(lang, label)},
                              {"checked", to_string(code) == status_value}});
  const std::string action =
      stored ? prefix + "/training/" + std::to_string(stored->id.value()) + "/edit" : prefix + "/training";
  Object data{{"editing", stored != nullptr},
              {"list_href", prefix + "/training"},
              {"cancel_href", stored ? prefix + "/training/" + std::to_string(stored->id.value()) : prefix + "/training"},
              {"action", action},
              {"revision", stored ? std::to_string(stored->revision) : std::string("0")},
              {"areas", areas},
              {"languages", languages},
              {"sessions", sessions},
              {"has_sessions", !sessions.empty()},
              {"statuses", statuses},
              {"title_value", field("title", stored ? stored->title : "")},
              {"summary_value", field("summary", stored ? stored->summary : "")},
              {"objectives_value", field("objectives", stored ? joined(stored->objectives, "\n") : "")},
              {"materials_value", field("materials", stored ? stored->materials : "")},
              {"items_value", field("knowledge_items", stored ? joined(stored->knowledge_items, ", ") : "")},
              {"quiz_value", field("quiz", stored ? quiz_text(stored->quiz) : "")},
              {"pass_mark_value", field("pass_mark", stored ? std::to_string(stored->pass_mark) : "70")},
              {"required_value", field("sessions_required", stored ? std::to_string(stored->sessions_required) : "0")}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "training_form", site_.tr(lang, stored ? N_("Edit the module") : N_("New training module")),
                    std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
