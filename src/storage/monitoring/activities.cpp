// The work plan's activities: their rows, texts per language, thematic areas (none:
// horizontal), responsible partners with their names, and the periods they run in — as they
// are now and, once a modification changed them, as approved.
#include <algorithm>
#include <cctype>

#include "storage/monitoring/parts.hpp"

namespace cps::storage::monitoring_sql {

namespace {

constexpr const char* kActivityColumns =
    "SELECT id, code, kind, phase, due, original_due, status, progress, status_note, updated_at "
    "FROM monitoring_activities";

Activity read_activity(const soci::row& row) {
  Activity a;
  a.id = ActivityId(get_int(row, 0));
  a.code = get_text(row, 1);
  a.kind = value_of(get_text(row, 2), kActivityKindNames, "activity kind");
  a.phase = value_of(get_text(row, 3), kPhaseNames, "phase");
  a.due = get_text(row, 4);
  a.original_due = get_text(row, 5);
  a.status = value_of(get_text(row, 6), kActivityStatusNames, "activity status");
  a.progress = int(get_int(row, 7));
  a.status_note = get_text(row, 8);
  a.updated_at = get_int(row, 9);
  return a;
}

std::size_t phase_position(Phase phase) {
  for (std::size_t i = 0; i < kAllPhases.size(); ++i)
    if (kAllPhases[i] == phase) return i;
  return kAllPhases.size();
}

// Codes in the order people count them: M2 before M10, T3.1 before T3.2.
bool code_before(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    bool da = std::isdigit(static_cast<unsigned char>(a[i])), db = std::isdigit(static_cast<unsigned char>(b[j]));
    if (da && db) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      ll na = std::stoll(a.substr(i, std::min<std::size_t>(ei - i, 18)));
      ll nb = std::stoll(b.substr(j, std::min<std::size_t>(ej - j, 18)));
      if (na != nb) return na < nb;
      i = ei;
      j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

}  // namespace

Result<std::vector<Activity>> Store::activities() {
  std::vector<Activity> out;
  {
    soci::rowset<soci::row> rows = (s_.prepare << kActivityColumns);
    for (const auto& row : rows) out.push_back(read_activity(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const Activity& a, const Activity& b) {
    auto pa = phase_position(a.phase), pb = phase_position(b.phase);
    if (pa != pb) return pa < pb;
    return code_before(a.code, b.code);
  });
  std::map<ll, Activity*> found;
  for (auto& a : out) found[a.id.value()] = &a;
  attach_activity_parts(found);
  return out;
}

Result<std::optional<Activity>> Store::activity(ActivityId id) {
  std::optional<Activity> out;
  {
    ll v = id.value();
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kActivityColumns) + " WHERE id = :id", soci::use(v));
    for (const auto& row : rows) out = read_activity(row);
  }
  if (out) {
    std::map<ll, Activity*> found{{out->id.value(), &*out}};
    attach_activity_parts(found);
  }
  return out;
}

Result<ActivityId> Store::save_activity(const Activity& a) {
  ll id = a.id.value(), updated = a.updated_at;
  {
    // Checked first: a unique violation would abort a PostgreSQL transaction.
    ll other = 0;
    soci::indicator ind = soci::i_null;
    s_ << "SELECT id FROM monitoring_activities WHERE code = :code AND id <> :id", soci::use(a.code), soci::use(id),
        soci::into(other, ind);
    if (s_.got_data() && ind == soci::i_ok)
      return fail(ErrorKind::conflict, "Another activity already has this code.", "code", a.code);
  }
  std::string kind = name(a.kind, kActivityKindNames), phase = name(a.phase, kPhaseNames),
              status = name(a.status, kActivityStatusNames);
  int progress = a.progress;
  if (id == 0) {
    s_ << "INSERT INTO monitoring_activities (code, kind, phase, due, original_due, status, progress, status_note, "
          "updated_at) VALUES (:code, :kind, :phase, :due, :original_due, :status, :progress, :note, :updated) "
          "RETURNING id",
        soci::use(a.code), soci::use(kind), soci::use(phase), soci::use(a.due), soci::use(a.original_due),
        soci::use(status), soci::use(progress), soci::use(a.status_note), soci::use(updated), soci::into(id);
  } else {
    soci::statement st =
        (s_.prepare << "UPDATE monitoring_activities SET code = :code, kind = :kind, phase = :phase, due = :due, "
                       "original_due = :original_due, status = :status, progress = :progress, "
                       "status_note = :note, updated_at = :updated WHERE id = :id",
         soci::use(a.code), soci::use(kind), soci::use(phase), soci::use(a.due), soci::use(a.original_due),
         soci::use(status), soci::use(progress), soci::use(a.status_note), soci::use(updated), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "activity", std::to_string(id));
    for (const char* table : {"monitoring_activity_texts", "monitoring_activity_areas",
                              "monitoring_activity_responsible", "monitoring_activity_periods"})
      s_ << std::string("DELETE FROM ") + table + " WHERE activity_id = :id", soci::use(id);
  }
  write_activity_parts(id, a);
  return ActivityId(id);
}

Status Store::delete_activity(ActivityId id) {
  ll v = id.value();
  soci::statement st = (s_.prepare << "DELETE FROM monitoring_activities WHERE id = :id", soci::use(v));
  st.execute(true);
  if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.", "activity", std::to_string(v));
  return {};
}

void Store::write_activity_parts(ll id, const Activity& a) {
  int position = 0;
  for (const auto& t : a.texts) {
    ++position;
    s_ << "INSERT INTO monitoring_activity_texts (activity_id, language, position, title, description) "
          "VALUES (:id, :language, :position, :title, :description)",
        soci::use(id), soci::use(t.language), soci::use(position), soci::use(t.title), soci::use(t.description);
  }
  for (const auto& area : a.areas) {
    std::string code = area.str();
    s_ << "INSERT INTO monitoring_activity_areas (activity_id, area_code) VALUES (:id, :area)", soci::use(id),
        soci::use(code);
  }
  position = 0;
  for (const auto& organisation : a.responsible) {
    ++position;
    ll o = organisation.value();
    s_ << "INSERT INTO monitoring_activity_responsible (activity_id, organisation_id, position) "
          "VALUES (:id, :organisation, :position)",
        soci::use(id), soci::use(o), soci::use(position);
  }
  for (auto [plan, periods] : {std::pair{"current", &a.periods}, std::pair{"original", &a.original_periods}}) {
    std::string p = plan;
    for (int period : *periods)
      s_ << "INSERT INTO monitoring_activity_periods (activity_id, plan, period) VALUES (:id, :plan, :period)",
          soci::use(id), soci::use(p), soci::use(period);
  }
}

void Store::attach_activity_parts(std::map<ll, Activity*>& found) {
  std::vector<ll> ids;
  for (const auto& entry : found) ids.push_back(entry.first);
  for_each_chunk(ids, [&](const std::vector<ll>& chunk) {
    {
      SqlQuery q;
      q.sql("SELECT activity_id, language, title, description FROM monitoring_activity_texts WHERE activity_id IN ")
          .integers(chunk)
          .sql(" ORDER BY activity_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        found.at(get_int(row, 0))->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
    }
    {
      SqlQuery q;
      q.sql("SELECT a.activity_id, a.area_code FROM monitoring_activity_areas a JOIN thematic_areas t "
            "ON t.code = a.area_code WHERE a.activity_id IN ")
          .integers(chunk)
          .sql(" ORDER BY a.activity_id, t.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) found.at(get_int(row, 0))->areas.push_back(AreaCode(get_text(row, 1)));
    }
    {
      SqlQuery q;
      q.sql("SELECT r.activity_id, r.organisation_id, " + organisation_name_sql("r.organisation_id") +
            " FROM monitoring_activity_responsible r WHERE r.activity_id IN ")
          .integers(chunk)
          .sql(" ORDER BY r.activity_id, r.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) {
        Activity* a = found.at(get_int(row, 0));
        a->responsible.push_back(accounts::OrganisationId(get_int(row, 1)));
        a->responsible_names.push_back(get_text(row, 2));
      }
    }
    {
      SqlQuery q;
      q.sql("SELECT activity_id, plan, period FROM monitoring_activity_periods WHERE activity_id IN ")
          .integers(chunk)
          .sql(" ORDER BY activity_id, plan, period");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) {
        Activity* a = found.at(get_int(row, 0));
        (get_text(row, 1) == "current" ? a->periods : a->original_periods).push_back(int(get_int(row, 2)));
      }
    }
  });
}

}  // namespace cps::storage::monitoring_sql
