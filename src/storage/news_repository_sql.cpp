// News posts' rows (see news_repository_sql.hpp).
#include "storage/news_repository_sql.hpp"

#include <sstream>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::news;
using ll = long long;

constexpr const char* kPostColumns =
    "SELECT p.id, p.original_id, p.language, p.title, p.summary, p.body, p.areas, p.countries, p.status, "
    "p.image_sha256, p.image_type, p.image_size, p.image_alt, p.author_id, u.display_name, p.revision, "
    "p.text_version, p.translated_version, p.created_at, p.updated_at, p.published_at "
    "FROM news_posts p JOIN users u ON u.id = p.author_id";

// Tags are kept as codes separated by single spaces.
std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : " ") + c;
  return out;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string code; in >> code;) out.push_back(code);
  return out;
}

Post read_post_row(const soci::row& row) {
  Post p;
  p.id = PostId(get_int(row, 0));
  if (auto o = get_optional_int(row, 1)) p.original = PostId(*o);
  p.language = get_text(row, 2);
  p.title = get_text(row, 3);
  p.summary = get_text(row, 4);
  p.body = get_text(row, 5);
  p.areas = split(get_text(row, 6));
  p.countries = split(get_text(row, 7));
  auto status = parse_name(get_text(row, 8), kPostStatusNames);
  if (!status) throw std::runtime_error("a stored news status does not read back: " + get_text(row, 8));
  p.status = *status;
  if (auto sha = get_text(row, 9); !sha.empty()) p.image = Image{sha, get_text(row, 10), get_int(row, 11), get_text(row, 12)};
  p.author = accounts::UserId(get_int(row, 13));
  p.author_name = get_text(row, 14);
  p.revision = int(get_int(row, 15));
  p.text_version = int(get_int(row, 16));
  p.translated_version = int(get_int(row, 17));
  p.created_at = get_int(row, 18);
  p.updated_at = get_int(row, 19);
  p.published_at = get_int(row, 20);
  return p;
}

// The values bound for a post's columns, kept alive while the statement runs.
struct Values {
  std::string areas, countries, status, sha256, type, alt;
  ll original = 0, size = 0, created, updated, published;
  soci::indicator original_ind = soci::i_null;
  explicit Values(const Post& p)
      : areas(joined(p.areas)), countries(joined(p.countries)), status(to_string(p.status)),
        created(p.created_at), updated(p.updated_at), published(p.published_at) {
    if (p.original) {
      original = p.original->value();
      original_ind = soci::i_ok;
    }
    if (p.image) {
      sha256 = p.image->sha256;
      type = p.image->media_type;
      size = p.image->size;
      alt = p.image->alt;
    }
  }
};

class Store final : public NewsStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<PostId> insert_post(const Post& p) override {
    Values v(p);
    ll author = p.author.value();
    int text_version = p.text_version, translated = p.translated_version;
    ll id = 0;
    s_ << "INSERT INTO news_posts (original_id, language, title, summary, body, areas, countries, status, "
          "image_sha256, image_type, image_size, image_alt, author_id, revision, text_version, translated_version, "
          "created_at, updated_at, published_at) VALUES (:original, :language, :title, :summary, :body, :areas, "
          ":countries, :status, :sha, :type, :size, :alt, :author, 1, :text_version, :translated, :created, "
          ":updated, :published) RETURNING id",
        soci::use(v.original, v.original_ind), soci::use(p.language), soci::use(p.title), soci::use(p.summary),
        soci::use(p.body), soci::use(v.areas), soci::use(v.countries), soci::use(v.status), soci::use(v.sha256),
        soci::use(v.type), soci::use(v.size), soci::use(v.alt), soci::use(author), soci::use(text_version),
        soci::use(translated), soci::use(v.created), soci::use(v.updated), soci::use(v.published), soci::into(id);
    return PostId(id);
  }

  Result<std::optional<Post>> post(PostId id) override {
    ll v = id.value();
    std::optional<Post> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kPostColumns) + " WHERE p.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_post_row(row);
    return out;
  }

  Result<std::vector<Post>> posts() override {
    std::vector<Post> out;
    soci::rowset<soci::row> rows = s_.prepare << std::string(kPostColumns) + " ORDER BY p.created_at DESC, p.id DESC";
    for (const auto& row : rows) out.push_back(read_post_row(row));
    return out;
  }

  Result<bool> update_post(const Post& p, int expected_revision) override {
    Values v(p);
    ll id = p.id.value();
    int expected = expected_revision, next = expected_revision + 1;
    int text_version = p.text_version, translated = p.translated_version;
    soci::statement st =
        (s_.prepare << "UPDATE news_posts SET title = :title, summary = :summary, body = :body, areas = :areas, "
                       "countries = :countries, status = :status, image_sha256 = :sha, image_type = :type, "
                       "image_size = :size, image_alt = :alt, revision = :next, text_version = :text_version, "
                       "translated_version = :translated, updated_at = :updated, published_at = :published "
                       "WHERE id = :id AND revision = :expected",
         soci::use(p.title), soci::use(p.summary), soci::use(p.body), soci::use(v.areas), soci::use(v.countries),
         soci::use(v.status), soci::use(v.sha256), soci::use(v.type), soci::use(v.size), soci::use(v.alt),
         soci::use(next), soci::use(text_version), soci::use(translated), soci::use(v.updated),
         soci::use(v.published), soci::use(id), soci::use(expected));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<bool> country_exists(const std::string& code) override {
    int n = 0;
    s_ << "SELECT COUNT(*) FROM countries WHERE code = :code", soci::use(code), soci::into(n);
    return n > 0;
  }

  Result<bool> image_in_use(const std::string& sha256) override {
    int n = 0;
    s_ << "SELECT COUNT(*) FROM news_posts WHERE image_sha256 = :sha", soci::use(sha256), soci::into(n);
    return n > 0;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status NewsRepositorySql::transaction(const std::function<Status(news::NewsStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status NewsRepositorySql::read(const std::function<Status(news::NewsStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
