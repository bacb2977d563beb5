// Cluster profiles' rows: inserting one with its lists (texts, sectors, technologies,
// languages, editors), reading them whole, the optimistic update of the header with its
// lists, the audit line, and the repository's transaction and read.
#include <set>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/cluster_profile/parts.hpp"
#include "storage/cluster_profile_repository_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace cluster_profile_sql {

void damaged(std::string_view what, std::string_view value) {
  throw std::runtime_error("a stored cluster profile value does not read back: " + std::string(what) + " = " +
                           std::string(value));
}

std::vector<ll> ids_of(const Found& found) {
  std::vector<ll> ids;
  ids.reserve(found.size());
  for (const auto& entry : found) ids.push_back(entry.first);
  return ids;
}

namespace {

constexpr const char* kProfileColumns =
    "SELECT id, organisation_id, status, value_chain, members_smes, members_large, members_research, "
    "members_education, members_public, members_other, founded, staff, label, website, contact_person, "
    "contact_email, contact_phone, contact_visibility, review_note, revision, created_at, updated_at, "
    "published_at FROM cluster_profiles";

ClusterProfile read_profile(const soci::row& row) {
  ClusterProfile p;
  p.id = ProfileId(get_int(row, 0));
  p.organisation = accounts::OrganisationId(get_int(row, 1));
  p.status = value_of(get_text(row, 2), kProfileStatusNames, "profile status");
  p.value_chain = value_of(get_text(row, 3), kValueChainPositionNames, "value chain");
  p.members = MemberCounts{int(get_int(row, 4)), int(get_int(row, 5)), int(get_int(row, 6)),
                           int(get_int(row, 7)), int(get_int(row, 8)), int(get_int(row, 9))};
  if (auto founded = get_optional_int(row, 10)) p.founded = int(*founded);
  p.staff = int(get_int(row, 11));
  p.label = value_of(get_text(row, 12), kExcellenceLabelNames, "label");
  p.website = get_text(row, 13);
  p.contact = Contact{get_text(row, 14), get_text(row, 15), get_text(row, 16),
                      value_of(get_text(row, 17), kContactVisibilityNames, "contact visibility")};
  p.review_note = get_text(row, 18);
  p.revision = int(get_int(row, 19));
  p.created_at = get_int(row, 20);
  p.updated_at = get_int(row, 21);
  p.published_at = get_int(row, 22);
  return p;
}

// The values bound for the header's columns, kept alive while the statement runs.
struct Header {
  std::string status, value_chain, label, visibility;
  ll organisation = 0, created = 0, updated = 0, published = 0;
  int founded = 0;
  soci::indicator founded_ind = soci::i_null;

  explicit Header(const ClusterProfile& p)
      : status(name(p.status, kProfileStatusNames)),
        value_chain(name(p.value_chain, kValueChainPositionNames)),
        label(name(p.label, kExcellenceLabelNames)),
        visibility(name(p.contact.visibility, kContactVisibilityNames)),
        organisation(p.organisation.value()),
        created(p.created_at),
        updated(p.updated_at),
        published(p.published_at) {
    if (p.founded) {
      founded = *p.founded;
      founded_ind = soci::i_ok;
    }
  }
};

}  // namespace

Result<ProfileId> Store::insert_profile(const ClusterProfile& p) {
  Header h(p);
  int revision = p.revision > 0 ? p.revision : 1;
  ll id = 0;
  s_ << "INSERT INTO cluster_profiles (organisation_id, status, value_chain, members_smes, members_large, "
        "members_research, members_education, members_public, members_other, founded, staff, label, website, "
        "contact_person, contact_email, contact_phone, contact_visibility, review_note, revision, created_at, "
        "updated_at, published_at) VALUES (:organisation, :status, :chain, :smes, :large, :research, :education, "
        ":public, :other, :founded, :staff, :label, :website, :person, :email, :phone, :visibility, :note, "
        ":revision, :created, :updated, :published) RETURNING id",
      soci::use(h.organisation), soci::use(h.status), soci::use(h.value_chain), soci::use(p.members.smes),
      soci::use(p.members.large_firms), soci::use(p.members.research), soci::use(p.members.education),
      soci::use(p.members.public_bodies), soci::use(p.members.other), soci::use(h.founded, h.founded_ind),
      soci::use(p.staff), soci::use(h.label), soci::use(p.website), soci::use(p.contact.person),
      soci::use(p.contact.email), soci::use(p.contact.phone), soci::use(h.visibility), soci::use(p.review_note),
      soci::use(revision), soci::use(h.created), soci::use(h.updated), soci::use(h.published), soci::into(id);
  write_lists(id, p);
  return ProfileId(id);
}

Result<std::vector<ClusterProfile>> Store::select(SqlQuery& q) {
  std::vector<ClusterProfile> out;
  {
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) out.push_back(read_profile(row));
  }
  if (!out.empty()) {
    Found found;
    for (auto& p : out) found[p.id.value()] = &p;
    attach_lists(found);
    attach_offers(found);
  }
  return out;
}

Result<std::optional<ClusterProfile>> Store::profile(ProfileId id) {
  SqlQuery q;
  q.sql(kProfileColumns).sql(" WHERE id = ").integer(id.value());
  auto found = select(q);
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<ClusterProfile>();
  return std::optional<ClusterProfile>(std::move(found->front()));
}

Result<std::optional<ProfileId>> Store::profile_of(accounts::OrganisationId organisation) {
  ll org = organisation.value(), id = 0;
  soci::indicator ind = soci::i_null;
  s_ << "SELECT id FROM cluster_profiles WHERE organisation_id = :o", soci::use(org), soci::into(id, ind);
  if (!s_.got_data() || ind != soci::i_ok) return std::optional<ProfileId>();
  return std::optional<ProfileId>(ProfileId(id));
}

Result<std::vector<ClusterProfile>> Store::profiles(const std::vector<ProfileStatus>& statuses) {
  SqlQuery q;
  q.sql(kProfileColumns).sql(" WHERE 1 = 1");
  if (!statuses.empty())
    q.sql(" AND status IN ").list(statuses, [](SqlQuery& each, ProfileStatus s) { each.text(name(s, kProfileStatusNames)); });
  q.sql(" ORDER BY updated_at DESC, id DESC");
  return select(q);
}

Result<bool> Store::update_profile(const ClusterProfile& p, int expected_revision) {
  Header h(p);
  int expected = expected_revision, next = expected_revision + 1;
  ll id = p.id.value();
  soci::statement st =
      (s_.prepare << "UPDATE cluster_profiles SET status = :status, value_chain = :chain, members_smes = :smes, "
                     "members_large = :large, members_research = :research, members_education = :education, "
                     "members_public = :public, members_other = :other, founded = :founded, staff = :staff, "
                     "label = :label, website = :website, contact_person = :person, contact_email = :email, "
                     "contact_phone = :phone, contact_visibility = :visibility, review_note = :note, "
                     "revision = :next, updated_at = :updated, published_at = :published "
                     "WHERE id = :id AND revision = :expected",
       soci::use(h.status), soci::use(h.value_chain), soci::use(p.members.smes), soci::use(p.members.large_firms),
       soci::use(p.members.research), soci::use(p.members.education), soci::use(p.members.public_bodies),
       soci::use(p.members.other), soci::use(h.founded, h.founded_ind), soci::use(p.staff), soci::use(h.label),
       soci::use(p.website), soci::use(p.contact.person), soci::use(p.contact.email), soci::use(p.contact.phone),
       soci::use(h.visibility), soci::use(p.review_note), soci::use(next), soci::use(h.updated),
       soci::use(h.published), soci::use(id), soci::use(expected));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  for (const char* table : {"cluster_profile_texts", "cluster_profile_sectors", "cluster_profile_technologies",
                            "cluster_profile_languages", "cluster_profile_editors"})
    s_ << "DELETE FROM " + std::string(table) + " WHERE profile_id = :id", soci::use(id);
  write_lists(id, p);
  return true;
}

// A value given twice (a language, a division, a tag, an editor) is kept once: the first time.
void Store::write_lists(ll id, const ClusterProfile& p) {
  std::set<std::string> seen;
  int position = 0;
  for (const auto& t : p.texts) {
    if (!seen.insert(t.language).second) continue;
    s_ << "INSERT INTO cluster_profile_texts (profile_id, language, position, tagline, description) "
          "VALUES (:id, :language, :position, :tagline, :description)",
        soci::use(id), soci::use(t.language), soci::use(position), soci::use(t.tagline), soci::use(t.description);
    ++position;
  }
  seen.clear();
  for (const auto& s : p.sectors) {
    if (!seen.insert(s.division).second) continue;
    s_ << "INSERT INTO cluster_profile_sectors (profile_id, nace_division) VALUES (:id, :d)", soci::use(id),
        soci::use(s.division);
  }
  seen.clear();
  position = 0;
  for (const auto& tag : p.technologies) {
    if (!seen.insert(tag).second) continue;
    s_ << "INSERT INTO cluster_profile_technologies (profile_id, position, tag) VALUES (:id, :position, :tag)",
        soci::use(id), soci::use(position), soci::use(tag);
    ++position;
  }
  seen.clear();
  position = 0;
  for (const auto& language : p.languages) {
    if (!seen.insert(language).second) continue;
    s_ << "INSERT INTO cluster_profile_languages (profile_id, position, language) VALUES (:id, :position, :l)",
        soci::use(id), soci::use(position), soci::use(language);
    ++position;
  }
  std::set<ll> editors;
  position = 0;
  for (auto e : p.editors) {
    ll user = e.value();
    if (!editors.insert(user).second) continue;
    s_ << "INSERT INTO cluster_profile_editors (profile_id, user_id, position) VALUES (:id, :u, :position)",
        soci::use(id), soci::use(user), soci::use(position);
    ++position;
  }
}

void Store::attach_lists(Found& found) {
  auto ids = ids_of(found);
  {
    SqlQuery q;
    q.sql("SELECT profile_id, language, tagline, description FROM cluster_profile_texts WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows)
      found.at(get_int(row, 0))->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
  }
  {
    SqlQuery q;
    q.sql("SELECT profile_id, nace_division FROM cluster_profile_sectors WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, nace_division");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) found.at(get_int(row, 0))->sectors.push_back(Sector{get_text(row, 1), 'A', {}});
  }
  {
    SqlQuery q;
    q.sql("SELECT profile_id, tag FROM cluster_profile_technologies WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) found.at(get_int(row, 0))->technologies.push_back(get_text(row, 1));
  }
  {
    SqlQuery q;
    q.sql("SELECT profile_id, language FROM cluster_profile_languages WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) found.at(get_int(row, 0))->languages.push_back(get_text(row, 1));
  }
  {
    SqlQuery q;
    q.sql("SELECT profile_id, user_id FROM cluster_profile_editors WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) found.at(get_int(row, 0))->editors.emplace_back(get_int(row, 1));
  }
}

Status Store::append_audit(const accounts::AuditRecord& record) {
  storage::append_audit(s_, record);
  return {};
}

}  // namespace cluster_profile_sql

Status ClusterProfileRepositorySql::transaction(const std::function<Status(matchmaking::ProfileStore&)>& work) {
  return store_transaction<cluster_profile_sql::Store>(db_, work);
}

Status ClusterProfileRepositorySql::read(const std::function<Status(matchmaking::ProfileStore&)>& work) {
  return store_read<cluster_profile_sql::Store>(db_, work);
}

}  // namespace cps::storage
