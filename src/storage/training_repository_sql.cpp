// The rows of the training programme (see training_repository_sql.hpp). The lists a module and
// an enrolment carry are JSON text written and read here only.
#include "storage/training_repository_sql.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::training;
namespace json = boost::json;
using ll = long long;

template <class T>
std::string list_json(const std::vector<T>& values) {
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

template <class T>
std::vector<T> numbers_of(const std::string& text) {
  std::vector<T> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) out.push_back(T(v.to_number<std::int64_t>()));
  return out;
}

std::string quiz_json(const std::vector<Question>& quiz) {
  json::array a;
  for (const auto& q : quiz) {
    json::array options;
    for (const auto& o : q.options) options.emplace_back(o);
    a.push_back(json::object{{"question", q.text}, {"options", options}, {"answer", q.answer}});
  }
  return json::serialize(a);
}

std::vector<Question> quiz_of(const std::string& text) {
  std::vector<Question> out;
  const json::value parsed = json::parse(text);
  for (const auto& v : parsed.as_array()) {
    const auto& o = v.as_object();
    Question q;
    q.text = o.at("question").as_string();
    for (const auto& option : o.at("options").as_array()) q.options.emplace_back(option.as_string());
    q.answer = int(o.at("answer").to_number<std::int64_t>());
    out.push_back(std::move(q));
  }
  return out;
}

constexpr const char* kModuleColumns =
    "SELECT id, area, title, summary, objectives, materials, knowledge_items, sessions, languages, status, quiz, "
    "pass_mark, sessions_required, created_by, revision, created_at, updated_at FROM training_modules";

Module read_module_row(const soci::row& row) {
  Module m;
  m.id = ModuleId(get_int(row, 0));
  m.area = get_text(row, 1);
  m.title = get_text(row, 2);
  m.summary = get_text(row, 3);
  m.objectives = strings_of(get_text(row, 4));
  m.materials = get_text(row, 5);
  m.knowledge_items = numbers_of<std::int64_t>(get_text(row, 6));
  m.sessions = numbers_of<std::int64_t>(get_text(row, 7));
  m.languages = strings_of(get_text(row, 8));
  auto status = parse_name(get_text(row, 9), kModuleStatusNames);
  if (!status) throw std::runtime_error("a stored module status does not read back: " + get_text(row, 9));
  m.status = *status;
  m.quiz = quiz_of(get_text(row, 10));
  m.pass_mark = int(get_int(row, 11));
  m.sessions_required = int(get_int(row, 12));
  if (auto by = get_optional_int(row, 13)) m.created_by = accounts::UserId(*by);
  m.revision = int(get_int(row, 14));
  m.created_at = get_int(row, 15);
  m.updated_at = get_int(row, 16);
  return m;
}

constexpr const char* kEnrolmentColumns =
    "SELECT id, module_id, user_id, name, active, enrolled_at, pre, pre_at, post, post_at, quiz_attempts, "
    "quiz_best, quiz_passed_at, completed_at, COALESCE(certificate_digest, '') FROM training_enrolments";

Enrolment read_enrolment_row(const soci::row& row) {
  Enrolment e;
  e.id = EnrolmentId(get_int(row, 0));
  e.module = ModuleId(get_int(row, 1));
  e.user = accounts::UserId(get_int(row, 2));
  e.name = get_text(row, 3);
  e.active = get_int(row, 4) != 0;
  e.enrolled_at = get_int(row, 5);
  e.pre = numbers_of<int>(get_text(row, 6));
  e.pre_at = get_int(row, 7);
  e.post = numbers_of<int>(get_text(row, 8));
  e.post_at = get_int(row, 9);
  e.quiz_attempts = int(get_int(row, 10));
  e.quiz_best = int(get_int(row, 11));
  e.quiz_passed_at = get_int(row, 12);
  e.completed_at = get_int(row, 13);
  e.certificate_digest = get_text(row, 14);
  return e;
}

// The values bound for a module's columns, kept alive while the statement runs.
struct ModuleValues {
  std::string objectives, items, sessions, languages, status, quiz;
  ll created_by = 0, created, updated;
  soci::indicator created_by_ind = soci::i_null;
  explicit ModuleValues(const Module& m)
      : objectives(list_json(m.objectives)),
        items(list_json(m.knowledge_items)),
        sessions(list_json(m.sessions)),
        languages(list_json(m.languages)),
        status(to_string(m.status)),
        quiz(quiz_json(m.quiz)),
        created(m.created_at),
        updated(m.updated_at) {
    if (m.created_by) {
      created_by = m.created_by->value();
      created_by_ind = soci::i_ok;
    }
  }
};

class Store final : public TrainingStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<ModuleId> insert_module(const Module& m) override {
    ModuleValues v(m);
    ll id = 0;
    s_ << "INSERT INTO training_modules (area, title, summary, objectives, materials, knowledge_items, sessions, "
          "languages, status, quiz, pass_mark, sessions_required, created_by, revision, created_at, updated_at) "
          "VALUES (:area, :title, :summary, :objectives, :materials, :items, :sessions, :languages, :status, :quiz, "
          ":pass, :required, :by, 1, :created, :updated) RETURNING id",
        soci::use(m.area), soci::use(m.title), soci::use(m.summary), soci::use(v.objectives), soci::use(m.materials),
        soci::use(v.items), soci::use(v.sessions), soci::use(v.languages), soci::use(v.status), soci::use(v.quiz),
        soci::use(m.pass_mark), soci::use(m.sessions_required), soci::use(v.created_by, v.created_by_ind),
        soci::use(v.created), soci::use(v.updated), soci::into(id);
    return ModuleId(id);
  }

  Result<std::optional<Module>> module(ModuleId id) override {
    ll v = id.value();
    std::optional<Module> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kModuleColumns) + " WHERE id = :id", soci::use(v));
    for (const auto& row : rows) out = read_module_row(row);
    return out;
  }

  Result<std::vector<Module>> modules() override {
    std::vector<Module> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kModuleColumns) + " ORDER BY area, title, id");
    for (const auto& row : rows) out.push_back(read_module_row(row));
    return out;
  }

  Result<bool> update_module(const Module& m, int expected_revision) override {
    ModuleValues v(m);
    ll id = m.id.value();
    int expected = expected_revision, next = expected_revision + 1;
    soci::statement st =
        (s_.prepare << "UPDATE training_modules SET area = :area, title = :title, summary = :summary, "
                       "objectives = :objectives, materials = :materials, knowledge_items = :items, "
                       "sessions = :sessions, languages = :languages, status = :status, quiz = :quiz, "
                       "pass_mark = :pass, sessions_required = :required, revision = :next, updated_at = :updated "
                       "WHERE id = :id AND revision = :expected",
         soci::use(m.area), soci::use(m.title), soci::use(m.summary), soci::use(v.objectives), soci::use(m.materials),
         soci::use(v.items), soci::use(v.sessions), soci::use(v.languages), soci::use(v.status), soci::use(v.quiz),
         soci::use(m.pass_mark), soci::use(m.sessions_required), soci::use(next), soci::use(v.updated), soci::use(id),
         soci::use(expected));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<std::vector<Enrolment>> enrolments(ModuleId module) override {
    ll v = module.value();
    std::vector<Enrolment> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kEnrolmentColumns) +
                                                      " WHERE module_id = :id ORDER BY enrolled_at, id",
                                    soci::use(v));
    for (const auto& row : rows) out.push_back(read_enrolment_row(row));
    return out;
  }

  Result<std::optional<Enrolment>> enrolment(ModuleId module, accounts::UserId user) override {
    ll m = module.value(), u = user.value();
    std::optional<Enrolment> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kEnrolmentColumns) + " WHERE module_id = :m AND user_id = :u", soci::use(m),
         soci::use(u));
    for (const auto& row : rows) out = read_enrolment_row(row);
    return out;
  }

  Result<std::optional<Enrolment>> enrolment_by_certificate(const std::string& digest) override {
    std::optional<Enrolment> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kEnrolmentColumns) + " WHERE certificate_digest = :d", soci::use(digest));
    for (const auto& row : rows) out = read_enrolment_row(row);
    return out;
  }

  Result<EnrolmentId> insert_enrolment(const Enrolment& e) override {
    ll module = e.module.value(), user = e.user.value(), at = e.enrolled_at, id = 0;
    int active = e.active ? 1 : 0;
    s_ << "INSERT INTO training_enrolments (module_id, user_id, name, active, enrolled_at) VALUES (:module, :user, "
          ":name, :active, :at) RETURNING id",
        soci::use(module), soci::use(user), soci::use(e.name), soci::use(active), soci::use(at), soci::into(id);
    EnrolmentId out(id);
    Enrolment stored = e;
    stored.id = out;
    if (auto ok = update_enrolment(stored); !ok) return std::unexpected(ok.error());
    return out;
  }

  Status update_enrolment(const Enrolment& e) override {
    ll id = e.id.value(), pre_at = e.pre_at, post_at = e.post_at, passed = e.quiz_passed_at,
       completed = e.completed_at;
    int active = e.active ? 1 : 0, attempts = e.quiz_attempts, best = e.quiz_best;
    std::string pre = list_json(e.pre), post = list_json(e.post);
    soci::indicator digest_ind = e.certificate_digest.empty() ? soci::i_null : soci::i_ok;
    s_ << "UPDATE training_enrolments SET active = :active, pre = :pre, pre_at = :pre_at, post = :post, "
          "post_at = :post_at, quiz_attempts = :attempts, quiz_best = :best, quiz_passed_at = :passed, "
          "completed_at = :completed, certificate_digest = :digest WHERE id = :id",
        soci::use(active), soci::use(pre), soci::use(pre_at), soci::use(post), soci::use(post_at), soci::use(attempts),
        soci::use(best), soci::use(passed), soci::use(completed), soci::use(e.certificate_digest, digest_ind),
        soci::use(id);
    return {};
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status TrainingRepositorySql::transaction(const std::function<Status(training::TrainingStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status TrainingRepositorySql::read(const std::function<Status(training::TrainingStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
