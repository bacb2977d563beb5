// The routes of the pilot API, one line each, and what its files share.
#include "api/pilot_endpoints.hpp"

#include "api/guard.hpp"
#include "api/pilot/parts.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace pilot_parts {

Result<Change> read_change(const http::Request& r) {
  if (auto ok = check_query(r, {"lang"}); !ok) return std::unexpected(ok.error());
  // Checked before the change: the answer is written in it.
  if (auto lang = language_parameter(r); !lang) return std::unexpected(lang.error());
  auto id = id_in_path<pilot::PilotId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return Change{*id, std::move(*body), *revision};
}

Result<int> revision_parameter(const http::Request& r) {
  auto given = r.query_value("revision");
  auto n = given ? text::parse_int(*given) : std::nullopt;
  if (!n || *n < 1 || *n > 1'000'000'000) return fail(ErrorKind::invalid, "Give the revision you edited.", "revision");
  return int(*n);
}

Result<QueryChange> read_query_change(const http::Request& r, Revision revision) {
  if (auto ok = check_query(r, {"revision", "lang"}); !ok) return std::unexpected(ok.error());
  if (auto lang = language_parameter(r); !lang) return std::unexpected(lang.error());
  auto id = id_in_path<pilot::PilotId>(r);
  if (!id) return std::unexpected(id.error());
  if (revision == Revision::optional && !r.query_value("revision")) return QueryChange{*id, 0};
  auto given = revision_parameter(r);
  if (!given) return std::unexpected(given.error());
  return QueryChange{*id, *given};
}

}  // namespace pilot_parts

http::Response PilotEndpoints::changed(const http::Request& r, const Visit& v, const Result<pilot::Pilot>& pilot) {
  if (!pilot) return error_response(r, pilot.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  return json_response(r, pilot_json(*pilot, pilots_.capabilities(v.principal, *pilot), *lang));
}

void PilotEndpoints::add_routes(http::Router& router) {
  using E = PilotEndpoints;
  using V = http::bhttp::verb;
  // A pilot's texts in several languages, or a whole logframe.
  const http::RouteOptions body{512 * 1024};
  // The values' file comes back as CSV or as the workbook's bytes.
  const http::RouteOptions file{8 * 1024 * 1024, http::BodyTypes::any};
  const std::string p = "/api/v1/pilots/{id}";

  router.get("/api/v1/pilots", for_visitor(auth_, this, &E::list));
  router.add(V::post, "/api/v1/pilots", for_visitor(auth_, this, &E::create), body);
  router.get("/api/v1/pilots/compare", for_visitor(auth_, this, &E::compare));
  router.get(p, for_visitor(auth_, this, &E::item));
  router.add(V::put, p, for_visitor(auth_, this, &E::update), body);
  router.add(V::put, p + "/logframe", for_visitor(auth_, this, &E::save_logframe), body);
  router.get(p + "/indicators", for_visitor(auth_, this, &E::indicators));
  router.add(V::post, p + "/indicators", for_visitor(auth_, this, &E::add_indicator), body);
  router.add(V::put, p + "/indicators/{indicator}", for_visitor(auth_, this, &E::save_indicator), body);
  router.add(V::delete_, p + "/indicators/{indicator}", for_visitor(auth_, this, &E::delete_indicator));
  router.add(V::post, p + "/values", for_visitor(auth_, this, &E::record_values), body);
  router.get(p + "/values.csv", for_visitor(auth_, this, &E::download_values));
  router.get(p + "/values.xlsx", for_visitor(auth_, this, &E::download_values));
  router.add(V::put, p + "/values.csv", for_visitor(auth_, this, &E::upload_values), file);
  router.add(V::put, p + "/values.xlsx", for_visitor(auth_, this, &E::upload_values), file);
  router.add(V::post, p + "/milestones", for_visitor(auth_, this, &E::add_milestone), body);
  router.add(V::put, p + "/milestones/{milestone}", for_visitor(auth_, this, &E::save_milestone), body);
  router.add(V::delete_, p + "/milestones/{milestone}", for_visitor(auth_, this, &E::delete_milestone));
  router.add(V::post, p + "/risks", for_visitor(auth_, this, &E::add_risk), body);
  router.add(V::put, p + "/risks/{risk}", for_visitor(auth_, this, &E::save_risk), body);
  router.add(V::delete_, p + "/risks/{risk}", for_visitor(auth_, this, &E::delete_risk));
  router.add(V::post, p + "/approve", for_visitor(auth_, this, &E::approve), body);
  router.add(V::post, p + "/modifications", for_visitor(auth_, this, &E::request_modification), body);
  router.add(V::post, p + "/modifications/{modification}/decision", for_visitor(auth_, this, &E::decide_modification), body);
  router.add(V::put, p + "/evaluations/{stage}", for_visitor(auth_, this, &E::evaluate), body);
  router.get("/api/v1/knowledge/{id}/pilots", for_visitor(auth_, this, &E::tested_in));
}

}  // namespace cps::api
