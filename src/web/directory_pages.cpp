#include "web/directory_pages.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "export/table.hpp"
#include "http/request.hpp"
#include "web/account_labels.hpp"
#include "web/markdown.hpp"

namespace cps::web {

using i18n::N_;
using i18n::NP_;
using namespace cps::accounts;
namespace bhttp = http::bhttp;

namespace {

constexpr OrganisationRole kOrganisationRoles[] = {
    OrganisationRole::lead_partner, OrganisationRole::project_partner,
    OrganisationRole::associated_partner, OrganisationRole::user_group, OrganisationRole::external};

// The name in the organisation's own language, when it has one beside the UI language's.
std::string native_name(const Organisation& o, std::string_view ui_lang) {
  const auto& shown = o.text(ui_lang);
  for (const auto& t : o.texts)
    if (!i18n::parse_language(t.lang) && t.name != shown.name) return t.name;
  return {};
}

std::string roles_text(const Site& site, i18n::Language lang, const std::vector<RoleAssignment>& roles) {
  std::string out;
  for (const auto& r : roles)
    out += (out.empty() ? "" : ", ") + site.tr(lang, role_label(r.role)) +
           (r.working_group.empty() ? "" : " " + r.working_group);
  return out;
}

}  // namespace

void DirectoryPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  router.get("/{lang}/organisations", page(&DirectoryPages::organisations));
  router.get("/{lang}/organisations.csv", page(&DirectoryPages::export_organisations));
  router.get("/{lang}/organisations.xlsx", page(&DirectoryPages::export_organisations));
  router.get("/{lang}/organisations/new", page(&DirectoryPages::new_form));
  router.add(bhttp::verb::post, "/{lang}/organisations/new", form(&DirectoryPages::create),
             http::RouteOptions{64 * 1024});
  router.get("/{lang}/organisations/{id}", page(&DirectoryPages::organisation));
  router.get("/{lang}/organisations/{id}/edit", page(&DirectoryPages::edit_form));
  router.add(bhttp::verb::post, "/{lang}/organisations/{id}/edit", form(&DirectoryPages::save),
             http::RouteOptions{64 * 1024});
  router.get("/{lang}/people", page(&DirectoryPages::people));
}

Result<DirectoryPages::Listing> DirectoryPages::listing(const http::Request& r, const Visit& v) {
  auto filter = organisations_.parse_filter(r.query_value("country"), r.query_value("type"),
                                            r.query_value("role"), r.query_value("experience"));
  if (!filter) return std::unexpected(filter.error());
  auto found = organisations_.directory(v.principal, *filter);
  if (!found) return std::unexpected(found.error());
  return Listing{std::move(*filter), std::move(*found)};
}

http::Response DirectoryPages::organisations(http::Request& r, Language lang, const Visit& v) {
  auto list = listing(r, v);
  if (!list) return site_.error_page(r, list.error());
  const OrganisationFilter& filter = list->filter;
  const std::vector<Organisation>& found = list->organisations;
  auto countries = reference_.countries();
  if (!countries) return site_.error_page(r, countries.error());
  const auto& cat = site_.catalogue();
  std::string base = Site::prefix(lang);
  std::string code(i18n::code(lang));

  std::map<std::string, std::string> country_names;
  List country_options;
  for (const auto& c : *countries) {
    country_names[c.code.str()] = cat.country_name(lang, c.iso_code);
    country_options.push_back(Object{{"code", c.code.str()},
                                     {"name", country_names[c.code.str()]},
                                     {"selected", filter.country && *filter.country == c.code}});
  }
  List type_options;
  for (auto t : kPartnerTypes)
    type_options.push_back(Object{{"code", std::string(t)},
                                  {"name", site_.tr(lang, partner_type_label(t))},
                                  {"selected", filter.type && *filter.type == t}});
  List role_options;
  for (auto role : kOrganisationRoles)
    role_options.push_back(Object{{"code", std::string(to_string(role))},
                                  {"name", site_.tr(lang, organisation_role_label(role))},
                                  {"selected", filter.role && *filter.role == role}});
  List experience_options;
  for (auto e : {Experience::experienced, Experience::learning})
    experience_options.push_back(Object{{"code", std::string(to_string(e))},
                                        {"name", site_.tr(lang, experience_label(e))},
                                        {"selected", filter.experience && *filter.experience == e}});
  List rows;
  std::size_t partners = 0;
  std::map<std::string, int> partner_countries;
  for (const auto& o : found) {
    const auto& t = o.text(code);
    bool partner = o.role == OrganisationRole::lead_partner || o.role == OrganisationRole::project_partner;
    if (partner) {
      ++partners;
      partner_countries[o.country.str()]++;
    }
    rows.push_back(Object{{"href", base + "/organisations/" + std::to_string(o.id.value())},
                          {"name", t.name},
                          {"native", native_name(o, code)},
                          {"has_native", !native_name(o, code).empty()},
                          {"type", site_.tr(lang, partner_type_label(o.type))},
                          {"country", country_names[o.country.str()]},
                          {"region", o.region ? o.region->str() : ""},
                          {"has_region", o.region.has_value()},
                          {"region_href", o.region ? base + "/regions/" + o.region->str() : ""},
                          {"role", site_.tr(lang, organisation_role_label(o.role))},
                          {"lead", o.role == OrganisationRole::lead_partner},
                          {"experience", site_.tr(lang, experience_label(o.experience))},
                          {"experienced", o.experience == Experience::experienced}});
  }
  // The query string of the current filter, for the export links.
  std::string query;
  for (const char* key : {"country", "type", "role", "experience"})
    if (auto value = r.query_value(key); value && !value->empty())
      query += std::string(query.empty() ? "?" : "&") + key + "=" + text::encode_uri_component(*value);
  Object data{{"action", base + "/organisations"},
              {"countries", country_options},
              {"types", type_options},
              {"roles", role_options},
              {"experiences", experience_options},
              {"organisations", rows},
              {"has_results", !rows.empty()},
              {"count_text", cat.translate_count(lang, NP_("{count} organisation", "{count} organisations"),
                                                 (long long)found.size())},
              {"partners_text",
               cat.translate_count(lang, NP_("{count} partner", "{count} partners"), (long long)partners)},
              {"partner_countries_text",
               cat.translate_count(lang, NP_("from {count} country", "from {count} countries"),
                                   (long long)partner_countries.size())},
              {"csv_href", base + "/organisations.csv" + query},
              {"xlsx_href", base + "/organisations.xlsx" + query},
              {"json_href", "/api/v1/organisations" + query},
              {"may_create", organisations_.may_create(v.principal)},
              {"new_href", base + "/organisations/new"}};
  return site_.page(r, lang, "organisations", site_.tr(lang, N_("Organisations of the partnership")),
                    std::move(data));
}

http::Response DirectoryPages::export_organisations(http::Request& r, Language lang, const Visit& v) {
  auto list = listing(r, v);
  if (!list) return site_.error_page(r, list.error());
  const std::vector<Organisation>& found = list->organisations;
  std::string code(i18n::code(lang));
  exports::Table table{site_.tr(lang, N_("Organisations")),
                       {"id", "slug", "name", "name_native", "type", "country", "region", "website",
                        "role", "experience"},
                       {}};
  for (const auto& o : found)
    table.rows.push_back({std::to_string(o.id.value()), o.slug, o.text(code).name,
                          native_name(o, code), o.type, o.country.str(),
                          o.region ? o.region->str() : "", o.website,
                          std::string(to_string(o.role)), std::string(to_string(o.experience))});
  bool xlsx = r.path.ends_with(".xlsx");
  std::string body;
  if (xlsx) {
    auto bytes = exports::to_xlsx(table);
    if (!bytes) return site_.error_page(r, bytes.error());
    body = std::move(*bytes);
  } else {
    body = exports::to_csv(table);
  }
  http::Response res = http::make_response(
      r, bhttp::status::ok,
      xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
           : "text/csv; charset=utf-8",
      std::move(body));
  res.set(bhttp::field::content_disposition,
          std::string("attachment; filename=\"clusterpolisee-organisations-") + code +
              (xlsx ? ".xlsx\"" : ".csv\""));
  site_.apply_cookies(r, res);
  return res;
}

http::Response DirectoryPages::organisation(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<OrganisationId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto profile = organisations_.profile(v.principal, *id);
  if (!profile) return site_.error_page(r, profile.error());
  const auto& o = profile->organisation;
  std::string code(i18n::code(lang));
  std::string base = Site::prefix(lang);
  const auto& cat = site_.catalogue();
  auto country = reference_.country(o.country.str());
  if (!country) return site_.error_page(r, country.error());
  std::string region_name;
  if (o.region) {
    auto region = reference_.region(o.region->str());
    if (region) region_name = region->region.name_latin;
  }
  List members;
  for (const auto& p : profile->members)
    members.push_back(Object{{"name", p.user.display_name},
                             {"email", p.user.email},
                             {"show_email", p.email_visible && !p.user.email.empty()},
                             {"roles", roles_text(site_, lang, p.user.roles)},
                             {"has_roles", !p.user.roles.empty()}});
  const auto& t = o.text(code);
  // Which UI languages the organisation's texts exist in.
  List translations;
  for (const auto& l : i18n::kLanguages)
    for (const auto& x : o.texts)
      if (x.lang == l.code) translations.push_back(Object{{"code", std::string(l.code)}, {"name", std::string(l.endonym)}});
  Object data{{"organisation",
               Object{{"name", t.name},
                      {"native", native_name(o, code)},
                      {"has_native", !native_name(o, code).empty()},
                      {"shown_in_other_language", t.lang != code},
                      {"description_html", render_markdown(t.description)},
                      {"type", site_.tr(lang, partner_type_label(o.type))},
                      {"country", cat.country_name(lang, country->iso_code)},
                      {"country_href", base + "/regions/" + o.country.str()},
                      {"region", region_name},
                      {"region_code", o.region ? o.region->str() : ""},
                      {"has_region", o.region.has_value()},
                      {"region_href", o.region ? base + "/regions/" + o.region->str() : ""},
                      {"website", o.website},
                      {"has_website", !o.website.empty()},
                      {"role", site_.tr(lang, organisation_role_label(o.role))},
                      {"experience", site_.tr(lang, experience_label(o.experience))}}},
              {"translations", translations},
              {"has_contact", profile->contact() != nullptr},
              {"contact_name", profile->contact() ? profile->contact()->user.display_name : ""},
              {"contact_email", profile->contact() ? profile->contact()->user.email : ""},
              {"contact_email_visible",
               profile->contact() && profile->contact()->email_visible &&
                   !profile->contact()->user.email.empty()},
              {"members", members},
              {"has_members", !members.empty()},
              {"members_count", cat.translate_count(lang, NP_("{count} person", "{count} people"),
                                                    (long long)members.size())},
              {"may_edit", organisations_.may_edit(v.principal, o.id)},
              {"edit_href", base + "/organisations/" + std::to_string(o.id.value()) + "/edit"},
              {"directory_href", base + "/organisations"},
              {"cluster_profile_href", base + "/organisations/" + std::to_string(o.id.value()) + "/cluster-profile"}};
  return site_.page(r, lang, "organisation", t.name, std::move(data));
}

namespace {

OrganisationInput input_of(const Organisation& o) {
  return OrganisationInput{o.slug, o.type, o.country.str(), o.region ? o.region->str() : "",
                           o.website, std::string(to_string(o.role)),
                           std::string(to_string(o.experience)), o.texts,
                           o.contact ? std::to_string(o.contact->value()) : ""};
}

OrganisationInput input_of(const Form& f) {
  OrganisationInput in{f.get("slug"), f.get("type"), f.get("country"), f.get("region"),
                       f.get("website"), f.get("role"), f.get("experience"), {}};
  for (const auto& l : i18n::kLanguages) {
    std::string code(l.code);
    in.texts.push_back({code, f.get("name_" + code), f.get("description_" + code)});
  }
  std::string native_lang = f.get("native_lang"), native = f.get("name_native");
  if (!native_lang.empty() && !native.empty()) in.texts.push_back({native_lang, native, ""});
  in.contact = f.get("contact");
  return in;
}

}  // namespace

http::Response DirectoryPages::organisation_form(http::Request& r, Language lang, const Visit& v,
                                                 const OrganisationInput& values,
                                                 std::string action, Object extra,
                                                 bhttp::status status,
                                                 const std::vector<Person>& members) {
  auto countries = reference_.countries();
  if (!countries) return site_.error_page(r, countries.error());
  const auto& cat = site_.catalogue();
  List country_options;
  std::string native_lang;
  for (const auto& c : *countries) {
    country_options.push_back(Object{{"code", c.code.str()},
                                     {"name", cat.country_name(lang, c.iso_code)},
                                     {"selected", values.country == c.code.str()}});
    if (values.country == c.code.str()) native_lang = c.native_language;
  }
  List type_options;
  for (auto t : kPartnerTypes)
    type_options.push_back(Object{{"code", std::string(t)},
                                  {"name", site_.tr(lang, partner_type_label(t))},
                                  {"selected", values.type == t}});
  List role_options;
  for (auto role : kOrganisationRoles)
    role_options.push_back(Object{{"code", std::string(to_string(role))},
                                  {"name", site_.tr(lang, organisation_role_label(role))},
                                  {"selected", values.role == to_string(role)}});
  List experience_options;
  for (auto e : {Experience::experienced, Experience::learning})
    experience_options.push_back(Object{{"code", std::string(to_string(e))},
                                        {"name", site_.tr(lang, experience_label(e))},
                                        {"selected", values.experience == to_string(e)}});
  List texts;
  std::string native;
  for (const auto& t : values.texts)
    if (!i18n::parse_language(t.lang)) {
      native = t.name;
      native_lang = t.lang;
    }
  for (const auto& l : i18n::kLanguages) {
    std::string name, description;
    for (const auto& t : values.texts)
      if (t.lang == l.code) {
        name = t.name;
        description = t.description;
      }
    std::string code(l.code);
    texts.push_back(Object{{"code", code},
                           {"language", std::string(l.endonym)},
                           {"name", name},
                           {"description", description},
                           {"required", l.language == i18n::Language::en},
                           {"invalid_name", extra.count("invalid_name_" + code) > 0},
                           {"invalid_description", extra.count("invalid_description_" + code) > 0}});
  }
  List contact_options;
  for (const auto& p : members)
    contact_options.push_back(Object{{"id", std::to_string(p.user.id.value())},
                                     {"name", p.user.display_name},
                                     {"selected", values.contact == std::to_string(p.user.id.value())}});
  // Only those who may create organisations decide roles in the partnership.
  bool decides_role = organisations_.may_create(v.principal);
  Object data{{"action", std::move(action)},
              {"slug", values.slug},
              {"region", values.region},
              {"website", values.website},
              {"countries", country_options},
              {"types", type_options},
              {"roles", role_options},
              {"experiences", experience_options},
              {"decides_role", decides_role},
              {"texts", texts},
              {"native", native},
              {"native_lang", native_lang},
              {"contacts", contact_options},
              {"has_contacts", !contact_options.empty()},
              {"cancel_href", Site::prefix(lang) + "/organisations"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "organisation_form", site_.tr(lang, N_("Organisation details")),
                    std::move(data), PageOptions{status, {}, {}});
}

http::Response DirectoryPages::new_form(http::Request& r, Language lang, const Visit& v) {
  if (!organisations_.may_create(v.principal))
    return site_.error_page(r, v.principal.signed_in()
                                   ? Error{ErrorKind::forbidden, "You may not do this."}
                                   : Error{ErrorKind::unauthenticated, "Please sign in first."});
  OrganisationInput blank{"", "development_agency", "", "", "", "project_partner", "learning", {}};
  return organisation_form(r, lang, v, blank, Site::prefix(lang) + "/organisations/new",
                           Object{{"creating", true}}, bhttp::status::ok);
}

http::Response DirectoryPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  OrganisationInput in = input_of(f);
  auto id = organisations_.create(v.principal, in);
  if (!id) {
    if (id.error().kind != ErrorKind::unprocessable && id.error().kind != ErrorKind::conflict)
      return site_.error_page(r, id.error());
    Object extra = form_error(site_, lang, id.error());
    extra["creating"] = true;
    return organisation_form(r, lang, v, in, Site::prefix(lang) + "/organisations/new", std::move(extra),
                             form_status(id.error()));
  }
  return see_other(site_, r, Site::prefix(lang) + "/organisations/" + std::to_string(id->value()));
}

http::Response DirectoryPages::edit_form(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<OrganisationId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  OrganisationId oid = *id;
  if (!organisations_.may_edit(v.principal, oid))
    return site_.error_page(r, v.principal.signed_in()
                                   ? Error{ErrorKind::forbidden, "You may not do this."}
                                   : Error{ErrorKind::unauthenticated, "Please sign in first."});
  auto profile = organisations_.profile(v.principal, oid);
  if (!profile) return site_.error_page(r, profile.error());
  return organisation_form(r, lang, v, input_of(profile->organisation),
                           Site::prefix(lang) + "/organisations/" + std::to_string(id->value()) + "/edit", {},
                           bhttp::status::ok, profile->members);
}

http::Response DirectoryPages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<OrganisationId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  OrganisationInput in = input_of(f);
  if (auto ok = organisations_.update(v.principal, *id, in); !ok) {
    if (ok.error().kind != ErrorKind::unprocessable && ok.error().kind != ErrorKind::conflict)
      return site_.error_page(r, ok.error());
    auto profile = organisations_.profile(v.principal, *id);
    if (!profile) return site_.error_page(r, profile.error());
    return organisation_form(r, lang, v, in,
                             Site::prefix(lang) + "/organisations/" + std::to_string(id->value()) + "/edit",
                             form_error(site_, lang, ok.error()), form_status(ok.error()),
                             profile->members);
  }
  return see_other(site_, r, Site::prefix(lang) + "/organisations/" + std::to_string(id->value()));
}

http::Response DirectoryPages::people(http::Request& r, Language lang, const Visit& v) {
  auto people = accounts_.people(v.principal);
  if (!people) return site_.error_page(r, people.error());
  std::string code(i18n::code(lang));
  std::string base = Site::prefix(lang);
  // One group per role (and working group), in the order of the governance.
  struct Group {
    RoleAssignment role;
    List members;
  };
  std::vector<Group> groups;
  for (Role role : kAllRoles) {
    if (role_has_working_group(role)) {
      for (auto wg : kWorkingGroups) groups.push_back({{role, std::string(wg)}, {}});
    } else {
      groups.push_back({{role, ""}, {}});
    }
  }
  for (const auto& p : *people)
    for (const auto& assignment : p.user.roles)
      for (auto& g : groups)
        if (g.role == assignment)
          g.members.push_back(Object{
              {"name", p.user.display_name},
              {"email", p.user.email},
              {"show_email", p.email_visible && !p.user.email.empty()},
              {"organisation", p.organisation ? p.organisation->text(code).name : ""},
              {"has_organisation", p.organisation.has_value()},
              {"organisation_href",
               p.organisation ? base + "/organisations/" + std::to_string(p.organisation->id.value()) : ""}});
  List out;
  for (auto& g : groups) {
    if (g.members.empty()) continue;
    std::string heading = site_.tr(lang, role_label(g.role.role));
    if (!g.role.working_group.empty()) heading += " · " + g.role.working_group;
    out.push_back(Object{{"id", std::string(to_string(g.role.role)) +
                                    (g.role.working_group.empty() ? "" : "-" + g.role.working_group)},
                         {"heading", heading},
                         {"members", std::move(g.members)}});
  }
  return site_.page(r, lang, "people", site_.tr(lang, N_("People and their roles")),
                    Object{{"groups", out},
                           {"has_groups", !out.empty()},
                           {"contacts_hidden", !v.principal.signed_in()}});
}

}  // namespace cps::web
