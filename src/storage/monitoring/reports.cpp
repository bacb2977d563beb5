// Partners' progress reports: one per partner and period, read with the partner's name, their
// activity lines and attachments; the optimistic update that writes a new revision.
#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

namespace {

std::string report_columns() {
  return "SELECT r.id, r.organisation_id, " + organisation_name_sql("r.organisation_id") +
         ", r.period, r.status, r.activities_done, r.outputs, r.problems, r.next_steps, r.review_note, "
         "r.submitted_by, r.submitted_at, r.reviewed_by, r.reviewed_at, r.revision, r.updated_at "
         "FROM monitoring_reports r";
}

ProgressReport read_report(const soci::row& row) {
  ProgressReport r;
  r.id = ReportId(get_int(row, 0));
  r.partner = accounts::OrganisationId(get_int(row, 1));
  r.partner_name = get_text(row, 2);
  r.period = int(get_int(row, 3));
  r.status = value_of(get_text(row, 4), kReportStatusNames, "report status");
  r.activities_done = get_text(row, 5);
  r.outputs = get_text(row, 6);
  r.problems = get_text(row, 7);
  r.next_steps = get_text(row, 8);
  r.review_note = get_text(row, 9);
  if (auto by = get_optional_int(row, 10)) r.submitted_by = accounts::UserId(*by);
  r.submitted_at = get_int(row, 11);
  if (auto by = get_optional_int(row, 12)) r.reviewed_by = accounts::UserId(*by);
  r.reviewed_at = get_int(row, 13);
  r.revision = int(get_int(row, 14));
  r.updated_at = get_int(row, 15);
  return r;
}

}  // namespace

Result<ReportId> Store::insert_report(const ProgressReport& r) {
  ll partner = r.partner.value(), submitted = r.submitted_at, reviewed = r.reviewed_at, updated = r.updated_at;
  int period = r.period, revision = r.revision > 0 ? r.revision : 1;
  std::string status = name(r.status, kReportStatusNames);
  Nullable<ll> submitted_by(r.submitted_by ? std::optional<ll>(r.submitted_by->value()) : std::nullopt);
  Nullable<ll> reviewed_by(r.reviewed_by ? std::optional<ll>(r.reviewed_by->value()) : std::nullopt);
  // DO NOTHING rather than a unique violation, which would abort a PostgreSQL transaction.
  std::optional<ll> id;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "INSERT INTO monitoring_reports (organisation_id, period, status, activities_done, outputs, "
                       "problems, next_steps, review_note, submitted_by, submitted_at, reviewed_by, reviewed_at, "
                       "revision, updated_at) VALUES (:partner, :period, :status, :done, :outputs, :problems, "
                       ":next, :note, :submitted_by, :submitted, :reviewed_by, :reviewed, :revision, :updated) "
                       "ON CONFLICT (organisation_id, period) DO NOTHING RETURNING id",
         soci::use(partner), soci::use(period), soci::use(status), soci::use(r.activities_done),
         soci::use(r.outputs), soci::use(r.problems), soci::use(r.next_steps), soci::use(r.review_note),
         soci::use(submitted_by.value, submitted_by.indicator), soci::use(submitted),
         soci::use(reviewed_by.value, reviewed_by.indicator), soci::use(reviewed), soci::use(revision),
         soci::use(updated));
    for (const auto& row : rows) id = get_int(row, 0);
  }
  if (!id)
    return fail(ErrorKind::conflict, "This partner already has a report for this period.", "period",
                std::to_string(partner) + " " + std::to_string(period));
  write_report_parts(*id, r);
  return ReportId(*id);
}

Result<std::optional<ProgressReport>> Store::report(ReportId id) {
  std::optional<ProgressReport> out;
  {
    ll v = id.value();
    soci::rowset<soci::row> rows = (s_.prepare << report_columns() + " WHERE r.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_report(row);
  }
  if (out) {
    std::map<ll, ProgressReport*> found{{out->id.value(), &*out}};
    attach_report_parts(found);
  }
  return out;
}

Result<std::vector<ProgressReport>> Store::reports(const ReportFilter& f) {
  SqlQuery q;
  q.sql(report_columns()).sql(" WHERE 1 = 1");
  if (f.period) q.sql(" AND r.period = ").integer(*f.period);
  if (f.partner) q.sql(" AND r.organisation_id = ").integer(f.partner->value());
  if (!f.statuses.empty())
    q.sql(" AND r.status IN ").list(f.statuses, [](SqlQuery& each, ReportStatus s) {
      each.text(name(s, kReportStatusNames));
    });
  q.sql(" ORDER BY r.period, 3, r.id");
  std::vector<ProgressReport> out;
  {
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_report(row));
  }
  std::map<ll, ProgressReport*> found;
  for (auto& r : out) found[r.id.value()] = &r;
  attach_report_parts(found);
  return out;
}

Result<bool> Store::update_report(const ProgressReport& r, int expected_revision) {
  std::string status = name(r.status, kReportStatusNames);
  int expected = expected_revision, next = expected_revision + 1;
  ll id = r.id.value(), submitted = r.submitted_at, reviewed = r.reviewed_at, updated = r.updated_at;
  Nullable<ll> submitted_by(r.submitted_by ? std::optional<ll>(r.submitted_by->value()) : std::nullopt);
  Nullable<ll> reviewed_by(r.reviewed_by ? std::optional<ll>(r.reviewed_by->value()) : std::nullopt);
  soci::statement st =
      (s_.prepare << "UPDATE monitoring_reports SET status = :status, activities_done = :done, outputs = :outputs, "
                     "problems = :problems, next_steps = :next, review_note = :note, submitted_by = :submitted_by, "
                     "submitted_at = :submitted, reviewed_by = :reviewed_by, reviewed_at = :reviewed, "
                     "revision = :revision, updated_at = :updated WHERE id = :id AND revision = :expected",
       soci::use(status), soci::use(r.activities_done), soci::use(r.outputs), soci::use(r.problems),
       soci::use(r.next_steps), soci::use(r.review_note), soci::use(submitted_by.value, submitted_by.indicator),
       soci::use(submitted), soci::use(reviewed_by.value, reviewed_by.indicator), soci::use(reviewed),
       soci::use(next), soci::use(updated), soci::use(id), soci::use(expected));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  s_ << "DELETE FROM monitoring_report_activities WHERE report_id = :id", soci::use(id);
  s_ << "DELETE FROM monitoring_report_attachments WHERE report_id = :id", soci::use(id);
  write_report_parts(id, r);
  return true;
}

void Store::write_report_parts(ll id, const ProgressReport& r) {
  int position = 0;
  for (const auto& line : r.activities) {
    ++position;
    ll activity = line.activity.value();
    int progress = line.progress;
    s_ << "INSERT INTO monitoring_report_activities (report_id, activity_id, position, progress, note) "
          "VALUES (:id, :activity, :position, :progress, :note)",
        soci::use(id), soci::use(activity), soci::use(position), soci::use(progress), soci::use(line.note);
  }
  position = 0;
  for (const auto& a : r.attachments) {
    ++position;
    ll size = a.size;
    s_ << "INSERT INTO monitoring_report_attachments (report_id, position, file_name, sha256, media_type, size) "
          "VALUES (:id, :position, :name, :sha256, :type, :size)",
        soci::use(id), soci::use(position), soci::use(a.name), soci::use(a.sha256), soci::use(a.media_type),
        soci::use(size);
  }
}

void Store::attach_report_parts(std::map<ll, ProgressReport*>& found) {
  std::vector<ll> ids;
  for (const auto& entry : found) ids.push_back(entry.first);
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    {
      SqlQuery q;
      q.sql("SELECT report_id, activity_id, progress, note FROM monitoring_report_activities WHERE report_id IN ")
          .integers(chunk)
          .sql(" ORDER BY report_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        found.at(get_int(row, 0))
            ->activities.push_back({ActivityId(get_int(row, 1)), int(get_int(row, 2)), get_text(row, 3)});
    }
    {
      SqlQuery q;
      q.sql("SELECT report_id, file_name, sha256, media_type, size FROM monitoring_report_attachments "
            "WHERE report_id IN ")
          .integers(chunk)
          .sql(" ORDER BY report_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        found.at(get_int(row, 0))
            ->attachments.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3), get_int(row, 4)});
    }
  });
}

}  // namespace cps::storage::monitoring_sql
