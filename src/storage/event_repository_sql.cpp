// The rows of events (see event_repository_sql.hpp). The lists an event carries are JSON text
// written and read here only.
#include "storage/event_repository_sql.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::events;
namespace json = boost::json;
using ll = long long;

std::string strings_json(const std::vector<std::string>& values) {
  json::array a;
  for (const auto& v : values) a.emplace_back(v);
  return json::serialize(a);
}

std::vector<std::string> strings_of(const std::string& text) {
  std::vector<std::string> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) out.emplace_back(v.as_string());
  return out;
}

std::string ids_json(const std::vector<std::int64_t>& values) {
  json::array a;
  for (auto v : values) a.emplace_back(v);
  return json::serialize(a);
}

std::vector<std::int64_t> ids_of(const std::string& text) {
  std::vector<std::int64_t> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) out.push_back(v.as_int64());
  return out;
}

std::string agenda_json(const std::vector<AgendaItem>& agenda) {
  json::array a;
  for (const auto& i : agenda) a.push_back(json::object{{"time", i.time}, {"title", i.title}, {"speaker", i.speaker}});
  return json::serialize(a);
}

std::vector<AgendaItem> agenda_of(const std::string& text) {
  std::vector<AgendaItem> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    out.push_back(AgendaItem{std::string(o.at("time").as_string()), std::string(o.at("title").as_string()),
                             std::string(o.at("speaker").as_string())});
  }
  return out;
}

std::string report_json(const std::optional<VisitReport>& r) {
  if (!r) return "";
  json::array lessons;
  for (const auto& l : r->lessons) lessons.emplace_back(l);
  return json::serialize(json::object{{"seen", r->seen},
                                      {"lessons", lessons},
                                      {"transfer", r->transfer},
                                      {"audience", r->audience},
                                      {"written_at", r->written_at},
                                      {"written_by", r->written_by}});
}

std::optional<VisitReport> report_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const json::value parsed = json::parse(text);
  const json::object& o = parsed.as_object();
  VisitReport r;
  r.seen = o.at("seen").as_string();
  for (const auto& l : o.at("lessons").as_array()) r.lessons.emplace_back(l.as_string());
  r.transfer = o.at("transfer").as_string();
  r.audience = o.at("audience").as_string();
  r.written_at = o.at("written_at").as_int64();
  r.written_by = o.at("written_by").as_string();
  return r;
}

std::string lesson_items_json(const std::vector<LessonItem>& items) {
  json::array a;
  for (const auto& i : items) a.push_back(json::object{{"lesson", i.lesson}, {"item", i.item}});
  return json::serialize(a);
}

std::vector<LessonItem> lesson_items_of(const std::string& text) {
  std::vector<LessonItem> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array())
    out.push_back(LessonItem{std::size_t(v.as_object().at("lesson").to_number<std::int64_t>()), v.as_object().at("item").to_number<std::int64_t>()});
  return out;
}

constexpr const char* kEventColumns =
    "SELECT e.id, e.kind, e.title, e.description, e.starts_at, e.ends_at, e.zone, e.place, e.address, "
    "e.online_link, e.host_organisation_id, COALESCE(t.name, ''), e.areas, e.regions, e.agenda, e.capacity, "
    "e.registration_closes_at, e.materials, e.report, e.lesson_items, e.created_by, e.revision, e.created_at, "
    "e.updated_at, e.allocation, e.places_per_organisation, e.places_per_country FROM events e LEFT JOIN organisation_texts t ON t.organisation_id = e.host_organisation_id AND t.lang = 'en'";

Event read_event_row(const soci::row& row) {
  Event e;
  e.id = EventId(get_int(row, 0));
  auto kind = parse_name(get_text(row, 1), kEventKindNames);
  if (!kind) throw std::runtime_error("a stored event kind does not read back: " + get_text(row, 1));
  e.kind = *kind;
  e.title = get_text(row, 2);
  e.description = get_text(row, 3);
  e.starts_at = get_int(row, 4);
  e.ends_at = get_int(row, 5);
  e.zone = get_text(row, 6);
  e.place = get_text(row, 7);
  e.address = get_text(row, 8);
  e.online_link = get_text(row, 9);
  if (auto host = get_optional_int(row, 10)) e.host = accounts::OrganisationId(*host);
  e.host_name = get_text(row, 11);
  e.areas = strings_of(get_text(row, 12));
  e.regions = strings_of(get_text(row, 13));
  e.agenda = agenda_of(get_text(row, 14));
  e.capacity = int(get_int(row, 15));
  e.registration_closes_at = get_int(row, 16);
  e.materials = ids_of(get_text(row, 17));
  e.report = report_of(get_text(row, 18));
  e.lesson_items = lesson_items_of(get_text(row, 19));
  if (auto by = get_optional_int(row, 20)) e.created_by = accounts::UserId(*by);
  e.revision = int(get_int(row, 21));
  e.created_at = get_int(row, 22);
  e.updated_at = get_int(row, 23);
  auto allocation = parse_name(get_text(row, 24), kAllocationNames);
  if (!allocation) throw std::runtime_error("a stored allocation does not read back: " + get_text(row, 24));
  e.allocation = *allocation;
  e.quotas.per_organisation = int(get_int(row, 25));
  e.quotas.per_country = int(get_int(row, 26));
  return e;
}

constexpr const char* kRegistrationColumns =
    "SELECT id, event_id, user_id, name, email, organisation, country, organisation_type, status, needs, "
    "registered_at, checked_in_at, COALESCE(certificate_token, '') FROM event_registrations";

Registration read_registration_row(const soci::row& row) {
  Registration r;
  r.id = RegistrationId(get_int(row, 0));
  r.event = EventId(get_int(row, 1));
  r.user = accounts::UserId(get_int(row, 2));
  r.name = get_text(row, 3);
  r.email = get_text(row, 4);
  r.organisation = get_text(row, 5);
  r.country = get_text(row, 6);
  r.organisation_type = get_text(row, 7);
  auto status = parse_name(get_text(row, 8), kRegistrationStatusNames);
  if (!status) throw std::runtime_error("a stored registration status does not read back: " + get_text(row, 8));
  r.status = *status;
  r.needs = get_text(row, 9);
  r.registered_at = get_int(row, 10);
  r.checked_in_at = get_int(row, 11);
  r.certificate = get_text(row, 12);
  return r;
}

// The values bound for an event's columns, kept alive while the statement runs.
struct EventValues {
  std::string kind, areas, regions, agenda, materials, report, lesson_items, allocation;
  ll starts, ends, closes, host = 0, created_by = 0, created, updated;
  int capacity, per_organisation, per_country;
  soci::indicator host_ind = soci::i_null, created_by_ind = soci::i_null;
  explicit EventValues(const Event& e)
      : kind(to_string(e.kind)),
        areas(strings_json(e.areas)),
        regions(strings_json(e.regions)),
        agenda(agenda_json(e.agenda)),
        materials(ids_json(e.materials)),
        report(report_json(e.report)),
        lesson_items(lesson_items_json(e.lesson_items)),
        allocation(to_string(e.allocation)),
        starts(e.starts_at),
        ends(e.ends_at),
        closes(e.registration_closes_at),
        created(e.created_at),
        updated(e.updated_at),
        capacity(e.capacity),
        per_organisation(e.quotas.per_organisation),
        per_country(e.quotas.per_country) {
    if (e.host) {
      host = e.host->value();
      host_ind = soci::i_ok;
    }
    if (e.created_by) {
      created_by = e.created_by->value();
      created_by_ind = soci::i_ok;
    }
  }
};

class Store final : public EventStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<EventId> insert_event(const Event& e) override {
    EventValues v(e);
    ll id = 0;
    s_ << "INSERT INTO events (kind, title, description, starts_at, ends_at, zone, place, address, online_link, "
          "host_organisation_id, areas, regions, agenda, capacity, registration_closes_at, materials, report, "
          "lesson_items, created_by, revision, created_at, updated_at, allocation, places_per_organisation, "
          "places_per_country) VALUES (:kind, :title, "
          ":description, :starts, :ends, :zone, :place, :address, :link, :host, :areas, :regions, :agenda, "
          ":capacity, :closes, :materials, :report, :lessons, :by, 1, :created, :updated, :allocation, "
          ":per_organisation, :per_country) RETURNING id",
        soci::use(v.kind), soci::use(e.title), soci::use(e.description), soci::use(v.starts), soci::use(v.ends),
        soci::use(e.zone), soci::use(e.place), soci::use(e.address), soci::use(e.online_link),
        soci::use(v.host, v.host_ind), soci::use(v.areas), soci::use(v.regions), soci::use(v.agenda),
        soci::use(v.capacity), soci::use(v.closes), soci::use(v.materials), soci::use(v.report),
        soci::use(v.lesson_items), soci::use(v.created_by, v.created_by_ind), soci::use(v.created),
        soci::use(v.updated), soci::use(v.allocation), soci::use(v.per_organisation), soci::use(v.per_country),
        soci::into(id);
    return EventId(id);
  }

  Result<std::optional<Event>> event(EventId id) override {
    ll v = id.value();
    std::optional<Event> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kEventColumns) + " WHERE e.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_event_row(row);
    return out;
  }

  Result<std::vector<Event>> events() override {
    std::vector<Event> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kEventColumns) + " ORDER BY e.starts_at, e.id");
    for (const auto& row : rows) out.push_back(read_event_row(row));
    return out;
  }

  Result<bool> update_event(const Event& e, int expected_revision) override {
    EventValues v(e);
    ll id = e.id.value();
    int expected = expected_revision, next = expected_revision + 1;
    soci::statement st =
        (s_.prepare << "UPDATE events SET kind = :kind, title = :title, description = :description, "
                       "starts_at = :starts, ends_at = :ends, zone = :zone, place = :place, address = :address, "
                       "online_link = :link, host_organisation_id = :host, areas = :areas, regions = :regions, "
                       "agenda = :agenda, capacity = :capacity, registration_closes_at = :closes, "
                       "materials = :materials, report = :report, lesson_items = :lessons, revision = :next, "
                       "updated_at = :updated, allocation = :allocation, places_per_organisation = :per_organisation, "
                       "places_per_country = :per_country WHERE id = :id AND revision = :expected",
         soci::use(v.kind), soci::use(e.title), soci::use(e.description), soci::use(v.starts), soci::use(v.ends),
         soci::use(e.zone), soci::use(e.place), soci::use(e.address), soci::use(e.online_link),
         soci::use(v.host, v.host_ind), soci::use(v.areas), soci::use(v.regions), soci::use(v.agenda),
         soci::use(v.capacity), soci::use(v.closes), soci::use(v.materials), soci::use(v.report),
         soci::use(v.lesson_items), soci::use(next), soci::use(v.updated), soci::use(v.allocation),
         soci::use(v.per_organisation), soci::use(v.per_country), soci::use(id), soci::use(expected));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<bool> lock_event(EventId id) override {
    ll v = id.value();
    soci::statement st = (s_.prepare << "UPDATE events SET seats_turn = seats_turn + 1 WHERE id = :id", soci::use(v));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<std::vector<Registration>> registrations(EventId event) override {
    ll v = event.value();
    std::vector<Registration> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kRegistrationColumns) +
                                                      " WHERE event_id = :id ORDER BY registered_at, id",
                                    soci::use(v));
    for (const auto& row : rows) out.push_back(read_registration_row(row));
    return out;
  }

  Result<std::optional<Registration>> registration(EventId event, accounts::UserId user) override {
    ll e = event.value(), u = user.value();
    std::optional<Registration> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kRegistrationColumns) + " WHERE event_id = :e AND user_id = :u", soci::use(e),
         soci::use(u));
    for (const auto& row : rows) out = read_registration_row(row);
    return out;
  }

  Result<std::optional<Registration>> registration_by_certificate(const std::string& token) override {
    std::optional<Registration> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kRegistrationColumns) + " WHERE certificate_token = :t", soci::use(token));
    for (const auto& row : rows) out = read_registration_row(row);
    return out;
  }

  Result<RegistrationId> insert_registration(const Registration& r) override {
    ll event = r.event.value(), user = r.user.value(), at = r.registered_at, in = r.checked_in_at, id = 0;
    std::string status(to_string(r.status));
    s_ << "INSERT INTO event_registrations (event_id, user_id, name, email, organisation, country, "
          "organisation_type, status, needs, registered_at, checked_in_at) VALUES (:event, :user, :name, :email, "
          ":organisation, :country, :type, :status, :needs, :at, :checked) RETURNING id",
        soci::use(event), soci::use(user), soci::use(r.name), soci::use(r.email), soci::use(r.organisation),
        soci::use(r.country), soci::use(r.organisation_type), soci::use(status), soci::use(r.needs), soci::use(at),
        soci::use(in), soci::into(id);
    return RegistrationId(id);
  }

  Status update_registration(const Registration& r) override {
    ll id = r.id.value(), at = r.registered_at, in = r.checked_in_at;
    std::string status(to_string(r.status));
    soci::indicator token_ind = r.certificate.empty() ? soci::i_null : soci::i_ok;
    s_ << "UPDATE event_registrations SET status = :status, needs = :needs, registered_at = :at, "
          "checked_in_at = :checked, certificate_token = :token WHERE id = :id",
        soci::use(status), soci::use(r.needs), soci::use(at), soci::use(in), soci::use(r.certificate, token_ind),
        soci::use(id);
    return {};
  }

  Result<std::size_t> forget_needs(Seconds ended_before) override {
    ll before = ended_before;
    soci::statement st = (s_.prepare << "UPDATE event_registrations SET needs = '' WHERE needs <> '' AND event_id IN "
                                        "(SELECT id FROM events WHERE ends_at < :before)",
                          soci::use(before));
    st.execute(true);
    return std::size_t(st.get_affected_rows());
  }

  Result<std::vector<Event>> events_of(accounts::UserId user) override {
    ll u = user.value();
    std::vector<Event> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kEventColumns) +
                           " WHERE e.id IN (SELECT event_id FROM event_registrations WHERE user_id = :u AND "
                           "status IN ('confirmed', 'waitlisted', 'pending')) ORDER BY e.starts_at, e.id",
         soci::use(u));
    for (const auto& row : rows) out.push_back(read_event_row(row));
    return out;
  }

  Result<bool> mark_reminded(RegistrationId registration, Seconds lead, Seconds at) override {
    ll r = registration.value(), l = lead, when = at;
    soci::statement st = (s_.prepare << "INSERT INTO event_reminders (registration_id, lead_seconds, sent_at) "
                                        "VALUES (:r, :l, :at) ON CONFLICT (registration_id, lead_seconds) DO NOTHING",
                          soci::use(r), soci::use(l), soci::use(when));
    st.execute(true);
    return st.get_affected_rows() > 0;
  }

  Status set_calendar_digest(accounts::UserId user, const std::string& digest, Seconds at) override {
    ll u = user.value(), when = at;
    s_ << "DELETE FROM event_calendars WHERE user_id = :u", soci::use(u);
    s_ << "INSERT INTO event_calendars (user_id, secret_digest, created_at) VALUES (:u, :d, :at)", soci::use(u),
        soci::use(digest), soci::use(when);
    return {};
  }

  Status remove_calendar_digest(accounts::UserId user) override {
    ll u = user.value();
    s_ << "DELETE FROM event_calendars WHERE user_id = :u", soci::use(u);
    return {};
  }

  Result<bool> has_calendar(accounts::UserId user) override {
    ll u = user.value();
    int n = 0;
    s_ << "SELECT COUNT(*) FROM event_calendars WHERE user_id = :u", soci::use(u), soci::into(n);
    return n > 0;
  }

  Result<std::optional<accounts::UserId>> calendar_owner(const std::string& digest) override {
    ll u = 0;
    soci::indicator ind = soci::i_null;
    s_ << "SELECT user_id FROM event_calendars WHERE secret_digest = :d", soci::use(digest), soci::into(u, ind);
    if (!s_.got_data() || ind != soci::i_ok) return std::optional<accounts::UserId>();
    return std::optional<accounts::UserId>(accounts::UserId(u));
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status EventRepositorySql::transaction(const std::function<Status(events::EventStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status EventRepositorySql::read(const std::function<Status(events::EventStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
