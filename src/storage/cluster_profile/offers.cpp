// Offers and needs of cluster profiles with their texts, sectors and countries, and the
// profiles' followers.
#include <set>

#include "storage/cluster_profile/parts.hpp"

namespace cps::storage::cluster_profile_sql {

namespace {

void write_offer_lists(soci::session& s, ll id, const OfferNeed& o) {
  std::set<std::string> seen;
  int position = 0;
  for (const auto& t : o.texts) {
    if (!seen.insert(t.language).second) continue;
    s << "INSERT INTO cluster_profile_offer_texts (offer_id, language, position, title, description) "
         "VALUES (:id, :language, :position, :title, :description)",
        soci::use(id), soci::use(t.language), soci::use(position), soci::use(t.title), soci::use(t.description);
    ++position;
  }
  seen.clear();
  for (const auto& d : o.divisions) {
    if (!seen.insert(d).second) continue;
    s << "INSERT INTO cluster_profile_offer_sectors (offer_id, nace_division) VALUES (:id, :d)", soci::use(id),
        soci::use(d);
  }
  seen.clear();
  position = 0;
  for (const auto& c : o.countries) {
    std::string code = c.str();
    if (!seen.insert(code).second) continue;
    s << "INSERT INTO cluster_profile_offer_countries (offer_id, country_code, position) VALUES (:id, :c, :position)",
        soci::use(id), soci::use(code), soci::use(position);
    ++position;
  }
}

}  // namespace

Result<OfferNeedId> Store::save_offer(ProfileId profile, const OfferNeed& o) {
  ll profile_id = profile.value();
  std::string side = name(o.side, kSideNames), kind = name(o.kind, kOfferKindNames);
  ll created = o.created_at, renewed = o.renewed_at;
  ll id = o.id.value();
  if (!o.id.valid()) {
    s_ << "INSERT INTO cluster_profile_offers (profile_id, side, kind, expires_on, created_at, renewed_at) "
          "VALUES (:profile, :side, :kind, :expires, :created, :renewed) RETURNING id",
        soci::use(profile_id), soci::use(side), soci::use(kind), soci::use(o.expires_on), soci::use(created),
        soci::use(renewed), soci::into(id);
  } else {
    soci::statement st = (s_.prepare << "UPDATE cluster_profile_offers SET side = :side, kind = :kind, "
                                        "expires_on = :expires, renewed_at = :renewed "
                                        "WHERE id = :id AND profile_id = :profile",
                          soci::use(side), soci::use(kind), soci::use(o.expires_on), soci::use(renewed), soci::use(id),
                          soci::use(profile_id));
    st.execute(true);
    if (st.get_affected_rows() != 1) return fail(ErrorKind::not_found, "Not found.");
    for (const char* table : {"cluster_profile_offer_texts", "cluster_profile_offer_sectors",
                              "cluster_profile_offer_countries"})
      s_ << "DELETE FROM " + std::string(table) + " WHERE offer_id = :id", soci::use(id);
  }
  write_offer_lists(s_, id, o);
  return OfferNeedId(id);
}

Result<bool> Store::delete_offer(ProfileId profile, OfferNeedId offer) {
  ll profile_id = profile.value(), id = offer.value();
  // The offer's own lists go with it (ON DELETE CASCADE).
  soci::statement st = (s_.prepare << "DELETE FROM cluster_profile_offers WHERE id = :id AND profile_id = :profile",
                        soci::use(id), soci::use(profile_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void Store::attach_offers(Found& found) {
  auto ids = ids_of(found);
  std::map<ll, OfferNeed*> offers;
  {
    SqlQuery q;
    q.sql("SELECT id, profile_id, side, kind, expires_on, created_at, renewed_at FROM cluster_profile_offers "
          "WHERE profile_id IN ")
        .integers(ids)
        .sql(" ORDER BY profile_id, id");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) {
      OfferNeed o;
      o.id = OfferNeedId(get_int(row, 0));
      o.side = value_of(get_text(row, 2), kSideNames, "offer side");
      o.kind = value_of(get_text(row, 3), kOfferKindNames, "offer kind");
      o.expires_on = get_text(row, 4);
      o.created_at = get_int(row, 5);
      o.renewed_at = get_int(row, 6);
      found.at(get_int(row, 1))->offers_and_needs.push_back(std::move(o));
    }
  }
  for (auto& [id, p] : found)
    for (auto& o : p->offers_and_needs) offers[o.id.value()] = &o;
  if (offers.empty()) return;
  std::vector<ll> offer_ids;
  for (const auto& entry : offers) offer_ids.push_back(entry.first);
  {
    SqlQuery q;
    q.sql("SELECT offer_id, language, title, description FROM cluster_profile_offer_texts WHERE offer_id IN ")
        .integers(offer_ids)
        .sql(" ORDER BY offer_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows)
      offers.at(get_int(row, 0))->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3)});
  }
  {
    SqlQuery q;
    q.sql("SELECT offer_id, nace_division FROM cluster_profile_offer_sectors WHERE offer_id IN ")
        .integers(offer_ids)
        .sql(" ORDER BY offer_id, nace_division");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) offers.at(get_int(row, 0))->divisions.push_back(get_text(row, 1));
  }
  {
    SqlQuery q;
    q.sql("SELECT offer_id, country_code FROM cluster_profile_offer_countries WHERE offer_id IN ")
        .integers(offer_ids)
        .sql(" ORDER BY offer_id, position");
    soci::rowset<soci::row> rows = q.rows(s_);
    for (const auto& row : rows) offers.at(get_int(row, 0))->countries.emplace_back(get_text(row, 1));
  }
}

Status Store::follow(ProfileId profile, accounts::UserId user, Seconds at) {
  ll p = profile.value(), u = user.value(), when = at;
  int already = 0;
  s_ << "SELECT COUNT(*) FROM cluster_profile_followers WHERE profile_id = :p AND user_id = :u", soci::use(p),
      soci::use(u), soci::into(already);
  if (already == 0)
    s_ << "INSERT INTO cluster_profile_followers (profile_id, user_id, followed_at) VALUES (:p, :u, :at)",
        soci::use(p), soci::use(u), soci::use(when);
  return {};
}

Result<bool> Store::unfollow(ProfileId profile, accounts::UserId user) {
  ll p = profile.value(), u = user.value();
  soci::statement st = (s_.prepare << "DELETE FROM cluster_profile_followers WHERE profile_id = :p AND user_id = :u",
                        soci::use(p), soci::use(u));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

Result<std::vector<accounts::UserId>> Store::followers(ProfileId profile) {
  SqlQuery q;
  q.sql("SELECT user_id FROM cluster_profile_followers WHERE profile_id = ").integer(profile.value()).sql(" ORDER BY followed_at, user_id");
  std::vector<accounts::UserId> out;
  soci::rowset<soci::row> rows = q.rows(s_);
  for (const auto& row : rows) out.emplace_back(get_int(row, 0));
  return out;
}

Result<std::vector<ProfileId>> Store::followed_by(accounts::UserId user) {
  SqlQuery q;
  q.sql("SELECT profile_id FROM cluster_profile_followers WHERE user_id = ").integer(user.value()).sql(" ORDER BY followed_at, profile_id");
  std::vector<ProfileId> out;
  soci::rowset<soci::row> rows = q.rows(s_);
  for (const auto& row : rows) out.emplace_back(get_int(row, 0));
  return out;
}

}  // namespace cps::storage::cluster_profile_sql
