// Assessments' rows: inserting one per region and period, reading them (whole or header only)
// by filter, the optimistic update of the header, SWOT per area, and the audit line.
#include "storage/assessment/parts.hpp"

#include "storage/audit_log_sql.hpp"

namespace cps::storage::assessment_sql {

namespace {

constexpr const char* kAssessmentColumns =
    "SELECT a.id, a.region_code, a.country_code, a.period, a.framework_version, a.organisation_id, "
    "a.status, a.disclosure, a.summary, a.return_note, a.revision, a.created_by, a.created_at, "
    "a.updated_at, a.submitted_at, a.published_at FROM assessments a";

Assessment read_assessment(const soci::row& row) {
  Assessment a;
  a.id = AssessmentId(get_int(row, 0));
  a.region = RegionCode(get_text(row, 1));
  a.country = CountryCode(get_text(row, 2));
  a.period = int(get_int(row, 3));
  a.framework_version = int(get_int(row, 4));
  a.organisation = accounts::OrganisationId(get_int(row, 5));
  a.status = value_of(get_text(row, 6), kStatusNames, "assessment status");
  a.disclosure = value_of(get_text(row, 7), kDisclosureNames, "disclosure");
  a.summary = get_text(row, 8);
  a.return_note = get_text(row, 9);
  a.revision = int(get_int(row, 10));
  if (auto c = get_optional_int(row, 11)) a.created_by = accounts::UserId(*c);
  a.created_at = get_int(row, 12);
  a.updated_at = get_int(row, 13);
  a.submitted_at = get_int(row, 14);
  a.published_at = get_int(row, 15);
  return a;
}

}  // namespace

Result<AssessmentId> Store::insert_assessment(const Assessment& a) {
  std::string region = a.region.str(), country = a.country.str();
  std::string status = name(a.status, kStatusNames), disclosure = name(a.disclosure, kDisclosureNames);
  int period = a.period, version = a.framework_version, revision = a.revision > 0 ? a.revision : 1;
  ll organisation = a.organisation.value(), created = a.created_at, updated = a.updated_at,
     submitted = a.submitted_at, published = a.published_at;
  ll by = a.created_by ? a.created_by->value() : 0;
  soci::indicator by_ind = a.created_by ? soci::i_ok : soci::i_null;
  // DO NOTHING rather than a unique violation, which would abort a PostgreSQL transaction.
  std::optional<ll> id;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "INSERT INTO assessments (region_code, country_code, period, framework_version, "
                       "organisation_id, status, disclosure, summary, return_note, revision, created_by, "
                       "created_at, updated_at, submitted_at, published_at) VALUES (:region, :country, "
                       ":period, :version, :organisation, :status, :disclosure, :summary, :note, :revision, "
                       ":by, :created, :updated, :submitted, :published) "
                       "ON CONFLICT (region_code, period) DO NOTHING RETURNING id",
         soci::use(region), soci::use(country), soci::use(period), soci::use(version), soci::use(organisation),
         soci::use(status), soci::use(disclosure), soci::use(a.summary), soci::use(a.return_note),
         soci::use(revision), soci::use(by, by_ind), soci::use(created), soci::use(updated),
         soci::use(submitted), soci::use(published));
    for (const auto& row : rows) id = get_int(row, 0);
  }
  if (!id)
    return fail(ErrorKind::conflict, "This region already has an assessment for this reporting period.", "period",
                region + " " + std::to_string(period));
  return AssessmentId(*id);
}

Result<std::optional<Assessment>> Store::assessment(AssessmentId id) {
  std::optional<Assessment> out;
  {
    ll v = id.value();
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kAssessmentColumns) + " WHERE a.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_assessment(row);
  }
  if (out) {
    std::map<ll, Assessment*> found{{out->id.value(), &*out}};
    attach_scores(found);
    attach_reviewers(found);
    attach_swot(found);
  }
  return out;
}

Result<std::vector<Assessment>> Store::assessments(const AssessmentFilter& f, Depth depth) {
  SqlQuery q;
  q.sql(kAssessmentColumns).sql(" WHERE 1 = 1");
  if (f.region) q.sql(" AND a.region_code = ").text(f.region->str());
  if (f.country) q.sql(" AND a.country_code = ").text(f.country->str());
  if (f.period) q.sql(" AND a.period = ").integer(*f.period);
  if (!f.statuses.empty())
    q.sql(" AND a.status IN ").list(f.statuses, [](SqlQuery& each, AssessmentStatus s) {
      each.text(name(s, kStatusNames));
    });
  if (f.organisation) q.sql(" AND a.organisation_id = ").integer(f.organisation->value());
  if (f.reviewer)
    q.sql(" AND EXISTS (SELECT 1 FROM assessment_reviewers r WHERE r.assessment_id = a.id AND r.user_id = ")
        .integer(f.reviewer->value())
        .sql(")");
  q.sql(" ORDER BY a.period DESC, a.region_code, a.id");
  std::vector<Assessment> out;
  {
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_assessment(row));
  }
  if (depth == Depth::whole && !out.empty()) {
    std::map<ll, Assessment*> found;
    for (auto& a : out) found[a.id.value()] = &a;
    attach_scores(found);
    attach_reviewers(found);
    attach_swot(found);
  }
  return out;
}

Result<bool> Store::update_assessment(const Assessment& a, int expected_revision) {
  std::string status = name(a.status, kStatusNames), disclosure = name(a.disclosure, kDisclosureNames);
  int expected = expected_revision, next = expected_revision + 1;
  ll id = a.id.value(), updated = a.updated_at, submitted = a.submitted_at, published = a.published_at;
  soci::statement st =
      (s_.prepare << "UPDATE assessments SET status = :status, disclosure = :disclosure, summary = :summary, "
                     "return_note = :note, revision = :next, updated_at = :updated, submitted_at = :submitted, "
                     "published_at = :published WHERE id = :id AND revision = :expected",
       soci::use(status), soci::use(disclosure), soci::use(a.summary), soci::use(a.return_note), soci::use(next),
       soci::use(updated), soci::use(submitted), soci::use(published), soci::use(id), soci::use(expected));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

Status Store::save_swot(AssessmentId id, const Swot& swot) {
  ll v = id.value();
  std::string area = swot.area.str();
  s_ << "INSERT INTO assessment_swot (assessment_id, area_code, strengths, weaknesses, opportunities, threats) "
        "VALUES (:id, :area, :s, :w, :o, :t) ON CONFLICT (assessment_id, area_code) DO UPDATE SET "
        "strengths = excluded.strengths, weaknesses = excluded.weaknesses, "
        "opportunities = excluded.opportunities, threats = excluded.threats",
      soci::use(v), soci::use(area), soci::use(swot.strengths), soci::use(swot.weaknesses),
      soci::use(swot.opportunities), soci::use(swot.threats);
  return {};
}

void Store::attach_swot(std::map<ll, Assessment*>& found) {
  std::vector<ll> ids;
  for (const auto& entry : found) ids.push_back(entry.first);
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    SqlQuery q;
    q.sql("SELECT w.assessment_id, w.area_code, w.strengths, w.weaknesses, w.opportunities, w.threats "
          "FROM assessment_swot w JOIN thematic_areas t ON t.code = w.area_code WHERE w.assessment_id IN ");
    id_list(q, chunk).sql(" ORDER BY w.assessment_id, t.position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows)
      found.at(get_int(row, 0))
          ->swot.push_back({AreaCode(get_text(row, 1)), get_text(row, 2), get_text(row, 3), get_text(row, 4),
                            get_text(row, 5)});
  });
}

Status Store::append_audit(const accounts::AuditRecord& record) {
  storage::append_audit(s_, record);
  return {};
}

}  // namespace cps::storage::assessment_sql
