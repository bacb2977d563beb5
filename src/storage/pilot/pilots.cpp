// Pilots' rows: inserting one with its texts, organisations, regions, areas and transfers,
// reading them (whole, or with their indicators for lists) by a filter applied in SQL, the
// optimistic update of the header with its lists, and the audit line.
#include <set>

#include "storage/audit_log_sql.hpp"
#include "storage/pilot/parts.hpp"

namespace cps::storage::pilot_sql {

namespace {

// The lead's name: in English, else in the first language it has, else its slug.
constexpr const char* kPilotColumns =
    "SELECT p.id, p.original_language, p.lead_organisation_id, "
    "COALESCE((SELECT t.name FROM organisation_texts t WHERE t.organisation_id = p.lead_organisation_id "
    "ORDER BY CASE WHEN t.lang = 'en' THEN 0 ELSE 1 END, t.lang LIMIT 1), o.slug), "
    "p.status, p.starts_on, p.ends_on, p.budget_cents, p.original_budget_cents, p.original_ends_on, "
    "p.need_region_code, p.need_criterion, p.baseline_version, p.baseline_approved_at, p.revision, "
    "p.created_by, p.created_at, p.updated_at "
    "FROM pilots p JOIN organisations o ON o.id = p.lead_organisation_id";

Pilot read_pilot(const soci::row& row) {
  Pilot p;
  p.id = PilotId(get_int(row, 0));
  p.original_language = get_text(row, 1);
  p.lead = accounts::OrganisationId(get_int(row, 2));
  p.lead_name = get_text(row, 3);
  p.status = value_of(get_text(row, 4), kPilotStatusNames, "pilot status");
  p.starts = get_text(row, 5);
  p.ends = get_text(row, 6);
  p.budget = EuroCents{get_int(row, 7)};
  if (auto b = get_optional_int(row, 8)) p.original_budget = EuroCents{*b};
  p.original_ends = get_text(row, 9);
  if (auto region = get_optional_text(row, 10)) p.need = NeedAnswered{RegionCode(*region), get_text(row, 11)};
  p.baseline_version = int(get_int(row, 12));
  p.baseline_approved_at = get_int(row, 13);
  p.revision = int(get_int(row, 14));
  if (auto by = get_optional_int(row, 15)) p.created_by = accounts::UserId(*by);
  p.created_at = get_int(row, 16);
  p.updated_at = get_int(row, 17);
  return p;
}

// The values bound for the header's columns, kept alive while the statement runs.
struct Header {
  std::string status, need_region, need_criterion;
  ll lead = 0, budget = 0, original_budget = 0, created_by = 0, created = 0, updated = 0, approved_at = 0;
  int baseline_version = 0;
  soci::indicator original_budget_ind = soci::i_null, need_ind = soci::i_null, created_by_ind = soci::i_null;

  explicit Header(const Pilot& p)
      : status(name(p.status, kPilotStatusNames)),
        lead(p.lead.value()),
        budget(p.budget.value),
        created(p.created_at),
        updated(p.updated_at),
        approved_at(p.baseline_approved_at),
        baseline_version(p.baseline_version) {
    if (p.original_budget) {
      original_budget = p.original_budget->value;
      original_budget_ind = soci::i_ok;
    }
    if (p.need) {
      need_region = p.need->region.str();
      need_criterion = p.need->criterion;
      need_ind = soci::i_ok;
    }
    if (p.created_by) {
      created_by = p.created_by->value();
      created_by_ind = soci::i_ok;
    }
  }
};

}  // namespace

Result<PilotId> Store::insert_pilot(const Pilot& p) {
  Header h(p);
  int revision = p.revision > 0 ? p.revision : 1;
  ll id = 0;
  s_ << "INSERT INTO pilots (original_language, lead_organisation_id, status, starts_on, ends_on, budget_cents, "
        "original_budget_cents, original_ends_on, need_region_code, need_criterion, baseline_version, "
        "baseline_approved_at, revision, created_by, created_at, updated_at) VALUES (:language, :lead, :status, "
        ":starts, :ends, :budget, :original_budget, :original_ends, :need_region, :need_criterion, :version, "
        ":approved_at, :revision, :by, :created, :updated) RETURNING id",
      soci::use(p.original_language), soci::use(h.lead), soci::use(h.status), soci::use(p.starts),
      soci::use(p.ends), soci::use(h.budget), soci::use(h.original_budget, h.original_budget_ind),
      soci::use(p.original_ends), soci::use(h.need_region, h.need_ind), soci::use(h.need_criterion, h.need_ind),
      soci::use(h.baseline_version), soci::use(h.approved_at), soci::use(revision),
      soci::use(h.created_by, h.created_by_ind), soci::use(h.created), soci::use(h.updated), soci::into(id);
  write_lists(id, p);
  return PilotId(id);
}

Result<std::optional<Pilot>> Store::pilot(PilotId id) {
  std::optional<Pilot> out;
  {
    ll v = id.value();
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kPilotColumns) + " WHERE p.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_pilot(row);
  }
  if (out) {
    Found found{{out->id.value(), &*out}};
    attach_lists(found);
    attach_logframe(found);
    attach_indicators(found);
    attach_milestones(found);
    attach_risks(found);
    attach_evaluations(found);
    attach_modifications(found);
  }
  return out;
}

Result<std::vector<Pilot>> Store::pilots(const PilotFilter& f) {
  SqlQuery q;
  q.sql(kPilotColumns).sql(" WHERE 1 = 1");
  if (f.area)
    q.sql(" AND EXISTS (SELECT 1 FROM pilot_areas a WHERE a.pilot_id = p.id AND a.area_code = ")
        .text(f.area->str())
        .sql(")");
  if (f.country)
    q.sql(" AND EXISTS (SELECT 1 FROM pilot_regions pr JOIN regions r ON r.code = pr.region_code "
          "WHERE pr.pilot_id = p.id AND r.country_code = ")
        .text(f.country->str())
        .sql(")");
  if (f.region)
    q.sql(" AND EXISTS (SELECT 1 FROM pilot_regions pr WHERE pr.pilot_id = p.id AND pr.region_code = ")
        .text(f.region->str())
        .sql(")");
  if (!f.statuses.empty())
    q.sql(" AND p.status IN ").list(f.statuses, [](SqlQuery& each, PilotStatus s) {
      each.text(name(s, kPilotStatusNames));
    });
  if (f.transfers)
    q.sql(" AND EXISTS (SELECT 1 FROM pilot_transfers t WHERE t.pilot_id = p.id AND t.item_id = ")
        .integer(*f.transfers)
        .sql(")");
  if (!f.transfers_any.empty())
    q.sql(" AND EXISTS (SELECT 1 FROM pilot_transfers t WHERE t.pilot_id = p.id AND t.item_id IN ")
        .list(f.transfers_any, [](SqlQuery& each, std::int64_t item) { each.integer(item); })
        .sql(")");
  if (f.organisation)
    q.sql(" AND (p.lead_organisation_id = ")
        .integer(f.organisation->value())
        .sql(" OR EXISTS (SELECT 1 FROM pilot_participants pp WHERE pp.pilot_id = p.id AND pp.organisation_id = ")
        .integer(f.organisation->value())
        .sql("))");
  q.sql(" ORDER BY p.starts_on DESC, p.id DESC");
  std::vector<Pilot> out;
  {
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_pilot(row));
  }
  if (!out.empty()) {
    Found found;
    for (auto& p : out) found[p.id.value()] = &p;
    attach_lists(found);
    attach_indicators(found);
  }
  return out;
}

Result<bool> Store::update_pilot(const Pilot& p, int expected_revision) {
  Header h(p);
  int expected = expected_revision, next = expected_revision + 1;
  ll id = p.id.value();
  soci::statement st =
      (s_.prepare << "UPDATE pilots SET original_language = :language, lead_organisation_id = :lead, "
                     "status = :status, starts_on = :starts, ends_on = :ends, budget_cents = :budget, "
                     "original_budget_cents = :original_budget, original_ends_on = :original_ends, "
                     "need_region_code = :need_region, need_criterion = :need_criterion, "
                     "baseline_version = :version, baseline_approved_at = :approved_at, revision = :next, "
                     "updated_at = :updated WHERE id = :id AND revision = :expected",
       soci::use(p.original_language), soci::use(h.lead), soci::use(h.status), soci::use(p.starts),
       soci::use(p.ends), soci::use(h.budget), soci::use(h.original_budget, h.original_budget_ind),
       soci::use(p.original_ends), soci::use(h.need_region, h.need_ind), soci::use(h.need_criterion, h.need_ind),
       soci::use(h.baseline_version), soci::use(h.approved_at), soci::use(next), soci::use(h.updated),
       soci::use(id), soci::use(expected));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  for (const char* table : {"pilot_texts", "pilot_participants", "pilot_regions", "pilot_areas", "pilot_transfers"})
    s_ << "DELETE FROM " + std::string(table) + " WHERE pilot_id = :id", soci::use(id);
  write_lists(id, p);
  return true;
}

// A value given twice (a language, an organisation, a region, an area, an item) is kept once:
// the first time it comes.
void Store::write_lists(ll id, const Pilot& p) {
  std::set<std::string> languages;
  int position = 0;
  for (const auto& t : p.texts) {
    if (!languages.insert(t.language).second) continue;
    s_ << "INSERT INTO pilot_texts (pilot_id, language, position, title, summary, description, objectives) "
          "VALUES (:id, :language, :position, :title, :summary, :description, :objectives)",
        soci::use(id), soci::use(t.language), soci::use(position), soci::use(t.title), soci::use(t.summary),
        soci::use(t.description), soci::use(t.objectives);
    ++position;
  }
  std::set<ll> organisations;
  position = 0;
  for (const auto& o : p.participants) {
    ll organisation = o.value();
    if (!organisations.insert(organisation).second) continue;
    s_ << "INSERT INTO pilot_participants (pilot_id, organisation_id, position) VALUES (:id, :o, :position)",
        soci::use(id), soci::use(organisation), soci::use(position);
    ++position;
  }
  std::set<std::string> regions;
  position = 0;
  for (const auto& r : p.regions) {
    std::string region = r.str();
    if (!regions.insert(region).second) continue;
    s_ << "INSERT INTO pilot_regions (pilot_id, region_code, position) VALUES (:id, :r, :position)",
        soci::use(id), soci::use(region), soci::use(position);
    ++position;
  }
  std::set<std::string> areas;
  for (const auto& a : p.areas) {
    std::string area = a.str();
    if (!areas.insert(area).second) continue;
    s_ << "INSERT INTO pilot_areas (pilot_id, area_code) VALUES (:id, :a)", soci::use(id), soci::use(area);
  }
  std::set<ll> items;
  position = 0;
  for (const auto& t : p.transfers) {
    ll item = t.item;
    if (!items.insert(item).second) continue;
    std::string from_region = t.from_region ? t.from_region->str() : std::string();
    soci::indicator region_ind = t.from_region ? soci::i_ok : soci::i_null;
    ll from_organisation = t.from_organisation ? t.from_organisation->value() : 0;
    soci::indicator organisation_ind = t.from_organisation ? soci::i_ok : soci::i_null;
    s_ << "INSERT INTO pilot_transfers (pilot_id, item_id, from_region_code, from_organisation_id, position) "
          "VALUES (:id, :item, :region, :organisation, :position)",
        soci::use(id), soci::use(item), soci::use(from_region, region_ind),
        soci::use(from_organisation, organisation_ind), soci::use(position);
    ++position;
  }
}

void Store::attach_lists(Found& found) {
  for_each_chunk(ids_of(found), [&](const std::vector<ll>& chunk) {
    {
      SqlQuery q;
      q.sql("SELECT pilot_id, language, title, summary, description, objectives FROM pilot_texts "
            "WHERE pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY pilot_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        found.at(get_int(row, 0))
            ->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3), get_text(row, 4),
                               get_text(row, 5)});
    }
    {
      SqlQuery q;
      q.sql("SELECT pilot_id, organisation_id FROM pilot_participants WHERE pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY pilot_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows)
        found.at(get_int(row, 0))->participants.push_back(accounts::OrganisationId(get_int(row, 1)));
    }
    {
      SqlQuery q;
      q.sql("SELECT pilot_id, region_code FROM pilot_regions WHERE pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY pilot_id, position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) found.at(get_int(row, 0))->regions.push_back(RegionCode(get_text(row, 1)));
    }
    {
      SqlQuery q;
      q.sql("SELECT a.pilot_id, a.area_code FROM pilot_areas a JOIN thematic_areas t ON t.code = a.area_code "
            "WHERE a.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY a.pilot_id, t.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) found.at(get_int(row, 0))->areas.push_back(AreaCode(get_text(row, 1)));
    }
    {
      // The item's title in its original language; the service puts the reader's in its place.
      SqlQuery q;
      q.sql("SELECT t.pilot_id, t.item_id, t.from_region_code, t.from_organisation_id, kt.title "
            "FROM pilot_transfers t JOIN knowledge_items k ON k.id = t.item_id "
            "LEFT JOIN knowledge_texts kt ON kt.item_id = k.id AND kt.language = k.original_language "
            "WHERE t.pilot_id IN ")
          .integers(chunk)
          .sql(" ORDER BY t.pilot_id, t.position");
      soci::rowset<soci::row> rows = q.rows(s_);
      for (const auto& row : rows) {
        Transfer t;
        t.item = get_int(row, 1);
        if (auto region = get_optional_text(row, 2)) t.from_region = RegionCode(*region);
        if (auto organisation = get_optional_int(row, 3)) t.from_organisation = accounts::OrganisationId(*organisation);
        t.item_title = get_text(row, 4);
        found.at(get_int(row, 0))->transfers.push_back(std::move(t));
      }
    }
  });
}

Status Store::append_audit(const accounts::AuditRecord& record) {
  storage::append_audit(s_, record);
  return {};
}

}  // namespace cps::storage::pilot_sql
