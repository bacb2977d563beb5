// Recording a transfer and changing it share one form: the practice (by its number, or
// prefilled from its page), the region it comes from and the one that adopts it, the adopting
// organisation, the month, how it was taken over, how far it went, the pilot testing it, notes
// and the result of its evaluation. The typed fields are read as the API's JSON by the same
// reader, so the rules are the service's.
#include <boost/json.hpp>

#include "http/request.hpp"
#include "web/transfer/parts.hpp"

namespace cps::web {

namespace {

namespace json = boost::json;

json::object typed_transfer(const Form& f) {
  json::object out;
  for (const char* key : {"item", "origin", "destination", "adopter", "adopted_on", "mode", "status", "pilot",
                          "notes", "result"})
    out[key] = f.get(key);
  return out;
}

int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n ? int(*n) : 0;
}

}  // namespace

http::Response TransferPages::new_transfer(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in())
    return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  return form_page(r, lang, v, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response TransferPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_transfer(json::value(typed_transfer(f)));
  if (!input)
    return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = transfers_.record(v.principal, std::move(*input));
  if (!made)
    return form_page(r, lang, v, nullptr, &f, form_error(site_, lang, made.error()), form_status(made.error()));
  return see_other(site_, r, transfer_href(lang, *made) + "?done=recorded");
}

http::Response TransferPages::edit(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<TransferId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = transfers_.transfer(v.principal, *id, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  if (!transfers_.may_edit(v.principal, *found))
    return site_.error_page(r, v.principal.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                                                       : Error{ErrorKind::unauthenticated, "Please sign in first."});
  return form_page(r, lang, v, &*found, nullptr, {}, bhttp::status::ok);
}

http::Response TransferPages::save(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<TransferId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = transfers_.transfer(v.principal, *id, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  auto input = read_transfer(json::value(typed_transfer(f)));
  if (!input)
    return form_page(r, lang, v, &*found, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto saved = transfers_.update(v.principal, *id, revision_of(f), std::move(*input));
  if (!saved)
    return form_page(r, lang, v, &*found, &f, form_error(site_, lang, saved.error()), form_status(saved.error()));
  return see_other(site_, r, transfer_href(lang, *id) + "?done=saved");
}

http::Response TransferPages::form_page(http::Request& r, Language lang, const Visit& v, const Transfer* shown,
                                        const Form* typed, Object extra, Status status) {
  const std::string ui(i18n::code(lang));
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };
  std::string item = field("item", shown ? std::to_string(shown->item) : r.query_value("item").value_or(""));
  std::string origin = field("origin", shown ? shown->origin.str() : "");
  std::string destination = field("destination", shown ? shown->destination.str() : "");
  std::string adopter = field("adopter", shown ? std::to_string(shown->adopter.value())
                                        : v.principal.organisation ? std::to_string(v.principal.organisation->value())
                                                                   : "");
  std::string mode = field("mode", std::string(to_string(shown ? shown->mode : Mode::adapted)));
  std::string status_code = field("status", std::string(to_string(shown ? shown->status : TransferStatus::adopted)));

  // The practice named by the number typed or given, for its title beside the field.
  std::string practice_title;
  if (auto n = text::parse_int(item); n && *n > 0)
    if (auto h = transfers_.history(v.principal, *n, ui)) practice_title = h->practice.title;

  List regions_to, regions_from;
  reference::RegionQuery query;
  query.level = 2;
  if (auto found = reference_.find_regions(query)) {
    for (const auto& g : found->regions) {
      std::string code = g.code.str();
      std::string name = g.name_latin + " (" + code + ")";
      regions_to.push_back(Object{{"code", code}, {"name", name}, {"selected", code == destination}});
      regions_from.push_back(Object{{"code", code}, {"name", name}, {"selected", code == origin}});
    }
  }
  List organisations;
  if (auto all = organisations_.directory(v.principal, {}))
    for (const auto& o : *all) {
      std::string id = std::to_string(o.id.value());
      organisations.push_back(
          Object{{"id", id}, {"name", o.text(ui).name + " (" + o.country.str() + ")"}, {"selected", id == adopter}});
    }
  List modes, statuses;
  for (auto m : kAllModes)
    modes.push_back(Object{{"code", std::string(to_string(m))},
                           {"name", site_.tr(lang, transfer_mode_label(m))},
                           {"checked", to_string(m) == mode}});
  for (auto s : kAllTransferStatuses)
    statuses.push_back(Object{{"code", std::string(to_string(s))},
                              {"name", site_.tr(lang, transfer_status_label(s))},
                              {"selected", to_string(s) == status_code}});
  Object data{{"is_new", shown == nullptr},
              {"action", shown ? transfer_href(lang, shown->id) + "/edit" : Site::prefix(lang) + "/transfers"},
              {"cancel_href", shown ? transfer_href(lang, shown->id) : Site::prefix(lang) + "/transfers"},
              {"revision", shown ? std::to_string(shown->revision) : std::string("0")},
              {"item", item},
              {"practice_title", practice_title},
              {"has_practice_title", !practice_title.empty()},
              {"regions_to", regions_to},
              {"regions_from", regions_from},
              {"organisations", organisations},
              {"adopted_on", field("adopted_on", shown ? shown->adopted_on : "")},
              {"modes", modes},
              {"statuses", statuses},
              {"pilot", field("pilot", shown && shown->pilot ? std::to_string(*shown->pilot) : "")},
              {"notes", field("notes", shown ? shown->notes : "")},
              {"result", field("result", shown ? shown->result : "")}};
  merge(data, std::move(extra));
  std::string title = site_.tr(lang, shown ? N_("Edit the transfer") : N_("Record a transfer"));
  data["heading"] = title;
  return site_.page(r, lang, "transfer_form", title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
