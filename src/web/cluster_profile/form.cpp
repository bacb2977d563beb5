// The profile's form: opening a profile and editing it share one form (the English texts and
// one other language version at a time, sectors as NACE divisions grouped by section, value
// chain, technologies, members by type, working languages, founding year, team, label,
// website and the contact details with their visibility). The typed fields are read as the
// API's JSON shape by the same reader, so the rules are the service's.
#include "domain/knowledge/knowledge.hpp"
#include "domain/matchmaking/profile_input.hpp"
#include "web/cluster_profile/parts.hpp"
#include "web/knowledge_labels.hpp"

namespace cps::web {

namespace {

// The language version shown beside English: the one asked for or typed, else the first
// other one the profile has.
std::string other_language_of(const http::Request& r, const Form* typed, const ProfileView* shown) {
  if (typed) return typed->get("other_language");
  if (auto asked = r.query_value("text"); asked && !asked->empty() && *asked != "en") return *asked;
  if (shown)
    for (const auto& t : shown->card.profile.texts)
      if (t.language != "en") return t.language;
  return "";
}

// The typed form as the API's shape (profile_input.hpp), with the language versions of
// `shown` that the form did not show kept as they are.
json::object typed_profile(const Form& f, const ProfileView* shown) {
  const std::string other = text::to_lower_ascii(text::trim(f.get("other_language")));
  json::array texts;
  texts.push_back(json::object{{"language", "en"}, {"tagline", f.get("tagline_en")}, {"description", f.get("description_en")}});
  if (shown)
    for (const auto& t : shown->card.profile.texts)
      if (t.language != "en" && t.language != other)
        texts.push_back(json::object{{"language", t.language}, {"tagline", t.tagline}, {"description", t.description}});
  if (!other.empty() && other != "en" &&
      !(text::trim(f.get("other_tagline")).empty() && text::trim(f.get("other_description")).empty()))
    texts.push_back(json::object{{"language", other}, {"tagline", f.get("other_tagline")}, {"description", f.get("other_description")}});
  json::object members;
  for (const auto& m : kMemberTypes) members[m.field] = f.get(std::string("members_") + m.field);
  json::object out{{"texts", texts},
                   {"sectors", json_texts(f.all("sectors"))},
                   {"value_chain", f.get("value_chain")},
                   {"technologies", json_texts(split_list(f.get("technologies")))},
                   {"members", members},
                   {"languages", json_texts(f.all("languages"))},
                   {"founded", f.get("founded")},
                   {"staff", f.get("staff")},
                   {"label", f.get("label")},
                   {"website", f.get("website")},
                   {"contact", json::object{{"person", f.get("contact_person")},
                                            {"email", f.get("contact_email")},
                                            {"phone", f.get("contact_phone")},
                                            {"visibility", f.get("contact_visibility")}}}};
  if (!f.get("organisation").empty()) out["organisation"] = f.get("organisation");
  return out;
}

}  // namespace

http::Response ClusterProfilePages::new_profile(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_profile(json::value(typed_profile(f, nullptr)));
  if (!input) return form_page(r, lang, v, nullptr, &f, form_error_of(site_, lang, input.error()), form_status(input.error()));
  auto made = profiles_.create(v.principal, std::move(*input));
  if (!made) return form_page(r, lang, v, nullptr, &f, form_error_of(site_, lang, made.error()), form_status(made.error()));
  return see_other(site_, r, profile_href(lang, *made) + "?done=created");
}

http::Response ClusterProfilePages::edit(http::Request& r, Language lang, const Visit& v) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  return form_page(r, lang, v, &*found, nullptr, {}, bhttp::status::ok);
}

http::Response ClusterProfilePages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto found = load(r, v);
  if (!found) return site_.error_page(r, found.error());
  auto input = read_profile(json::value(typed_profile(f, &*found)));
  if (!input) return form_page(r, lang, v, &*found, &f, form_error_of(site_, lang, input.error()), form_status(input.error()));
  auto saved = profiles_.update(v.principal, found->card.profile.id, revision_of(f), std::move(*input));
  if (!saved) return form_page(r, lang, v, &*found, &f, form_error_of(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, profile_href(lang, found->card.profile.id) + "?done=saved");
}

http::Response ClusterProfilePages::form_page(http::Request& r, Language lang, const Visit& v, const ProfileView* shown,
                                              const Form* typed, Object extra, Status status) {
  (void)v;  // the service decides who may write; the form is the same for everybody
  const ClusterProfile* p = shown ? &shown->card.profile : nullptr;
  const std::string prefix = Site::prefix(lang);
  const std::string other = other_language_of(r, typed, shown);
  const ProfileText* english = nullptr;
  const ProfileText* other_text = nullptr;
  if (p)
    for (const auto& t : p->texts) {
      if (t.language == "en") english = &t;
      if (t.language == other) other_text = &t;
    }
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };

  std::set<std::string> chosen_sectors, chosen_languages;
  if (typed) {
    for (const auto& s : typed->all("sectors")) chosen_sectors.insert(s);
    for (const auto& l : typed->all("languages")) chosen_languages.insert(l);
  } else if (p) {
    for (const auto& s : p->sectors) chosen_sectors.insert(s.division);
    for (const auto& l : p->languages) chosen_languages.insert(l);
  } else {
    chosen_languages = {"en", std::string(i18n::code(lang))};
  }
  auto categories = profiles_.cluster_categories();
  if (!categories) return site_.error_page(r, categories.error());

  List other_languages, languages;
  for (auto code : knowledge::kContentLanguages) {
    std::string c(code);
    if (c != "en")
      other_languages.push_back(Object{{"code", c}, {"name", std::string(language_endonym(c))}, {"selected", c == other}});
    languages.push_back(Object{{"code", c}, {"name", std::string(language_endonym(c))}, {"checked", chosen_languages.contains(c)}});
  }
  List members;
  for (const auto& m : kMemberTypes)
    members.push_back(Object{{"field", std::string("members_") + m.field},
                             {"label", site_.tr(lang, m.label)},
                             {"value", field((std::string("members_") + m.field).c_str(), p ? std::to_string(p->members.*m.count) : "0")}});
  std::string technologies;
  if (p)
    for (const auto& tag : p->technologies) technologies += (technologies.empty() ? "" : ", ") + tag;
  std::string chain = typed ? typed->get("value_chain") : std::string(name_of(p ? p->value_chain : ValueChainPosition::mixed, kValueChainPositionNames));
  std::string label = typed ? typed->get("label") : std::string(name_of(p ? p->label : ExcellenceLabel::none, kExcellenceLabelNames));
  std::string visibility = typed ? typed->get("contact_visibility")
                                 : std::string(name_of(p ? p->contact.visibility : ContactVisibility::members, kContactVisibilityNames));
  List visibilities;
  for (const auto& n : kContactVisibilityNames)
    visibilities.push_back(Object{{"code", std::string(n.name)},
                                  {"name", site_.tr(lang, contact_visibility_label(n.value))},
                                  {"checked", n.name == visibility}});
  std::string organisation = typed ? typed->get("organisation") : r.query_value("organisation").value_or("");
  Object data{{"is_new", p == nullptr},
              {"action", p ? profile_href(lang, p->id) + "/edit" : prefix + "/cluster-profiles"},
              {"cancel_href", p ? profile_href(lang, p->id) : prefix + "/cluster-profiles"},
              {"list_href", prefix + "/cluster-profiles"},
              {"profile_name", shown ? shown->card.organisation_name(std::string(i18n::code(lang))) : std::string()},
              {"revision", p ? std::to_string(p->revision) : std::string("0")},
              {"organisation", organisation},
              {"tagline_en", field("tagline_en", english ? english->tagline : "")},
              {"description_en", field("description_en", english ? english->description : "")},
              {"other_languages", other_languages},
              {"other_tagline", field("other_tagline", other_text ? other_text->tagline : "")},
              {"other_description", field("other_description", other_text ? other_text->description : "")},
              {"divisions", division_groups(site_, lang, chosen_sectors, *categories)},
              {"value_chains", choices(site_, lang, kValueChainPositionNames, value_chain_label, chain)},
              {"technologies", field("technologies", technologies)},
              {"members", members},
              {"languages", languages},
              {"founded", field("founded", p && p->founded ? std::to_string(*p->founded) : "")},
              {"staff", field("staff", p ? std::to_string(p->staff) : "")},
              {"labels", choices(site_, lang, kExcellenceLabelNames, excellence_label_label, label)},
              {"website", field("website", p ? p->website : "")},
              {"contact_person", field("contact_person", p ? p->contact.person : "")},
              {"contact_email", field("contact_email", p ? p->contact.email : "")},
              {"contact_phone", field("contact_phone", p ? p->contact.phone : "")},
              {"visibilities", visibilities}};
  merge(data, std::move(extra));
  std::string title = p ? site_.tr(lang, N_("Edit the cluster profile")) : site_.tr(lang, N_("New cluster profile"));
  return site_.page(r, lang, "cluster_profile_form", title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
