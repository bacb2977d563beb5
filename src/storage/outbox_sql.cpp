#include "storage/outbox_sql.hpp"

namespace cps::storage {

using ll = long long;

Result<std::vector<mail::Mail>> SqlOutbox::claim_due(mail::Seconds now, mail::Seconds lease_until,
                                                     std::size_t limit) {
  return db_.transaction([&](soci::session& s) {
    std::vector<mail::Mail> due;
    ll t = now, n = ll(limit);
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT id, recipient, subject, body, attempts, next_attempt_at, headers FROM outbox "
                      "WHERE sent_at IS NULL AND next_attempt_at <= :t ORDER BY id LIMIT :n",
         soci::use(t, "t"), soci::use(n, "n"));
    std::vector<std::pair<mail::Mail, ll>> candidates;
    for (const auto& row : rows) {
      // A stored header that does not pass the check is dropped, never sent as written.
      auto headers = mail::read_headers(get_text(row, 6));
      candidates.push_back({mail::Mail{get_int(row, 0), get_text(row, 1), get_text(row, 2), get_text(row, 3),
                                       int(get_int(row, 4)), headers.value_or(std::vector<mail::Header>{})},
                            get_int(row, 5)});
    }
    // The lease is taken only if no other server took it since the select: the row still
    // has the time this one read.
    for (auto& [m, seen] : candidates) {
      ll id = m.id, until = lease_until, before = seen;
      soci::statement st = (s.prepare << "UPDATE outbox SET next_attempt_at = :u WHERE id = :id "
                                         "AND next_attempt_at = :b AND sent_at IS NULL",
                            soci::use(until, "u"), soci::use(id, "id"), soci::use(before, "b"));
      st.execute(true);
      if (st.get_affected_rows() == 1) due.push_back(std::move(m));
    }
    return due;
  });
}

Status SqlOutbox::mark_sent(std::int64_t id, mail::Seconds now) {
  return db_.transaction([&](soci::session& s) {
    ll i = id, t = now;
    s << "UPDATE outbox SET sent_at = :t, attempts = attempts + 1, last_error = '' WHERE id = :id",
        soci::use(t, "t"), soci::use(i, "id");
  });
}

Status SqlOutbox::mark_failed(std::int64_t id, const std::string& error, mail::Seconds retry_at) {
  return db_.transaction([&](soci::session& s) {
    ll i = id, t = retry_at;
    std::string e = error.substr(0, 500);
    s << "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :t, last_error = :e "
         "WHERE id = :id",
        soci::use(t, "t"), soci::use(e, "e"), soci::use(i, "id");
  });
}

Result<std::int64_t> SqlOutbox::last_id() {
  return db_.transaction([&](soci::session& s) -> std::int64_t {
    ll last = 0;
    soci::indicator ind = soci::i_ok;
    s << "SELECT MAX(id) FROM outbox", soci::into(last, ind);
    return ind == soci::i_ok ? last : 0;
  });
}

Result<std::size_t> SqlOutbox::drop_unsent_after(std::int64_t id) {
  return db_.transaction([&](soci::session& s) -> std::size_t {
    ll after = id;
    soci::statement st = (s.prepare << "DELETE FROM outbox WHERE id > :a AND sent_at IS NULL", soci::use(after, "a"));
    st.execute(true);
    return std::size_t(st.get_affected_rows());
  });
}

}  // namespace cps::storage
