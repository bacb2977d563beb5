// In-memory news storage for the news service's tests, honest to the port's contract
// (optimistic revisions, one version per language in a family, all-or-nothing transactions).
// Test-only code.
#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "domain/news/news_repository.hpp"

namespace cps::news {

class FakeNewsRepository final : public NewsRepository, private NewsStore {
 public:
  std::vector<accounts::AuditRecord> audit;
  std::set<std::string> countries = {"AL", "EL", "HU", "RO", "MD"};

  Status transaction(const std::function<Status(NewsStore&)>& work) override {
    auto saved = std::tuple{posts_, audit, next_};
    auto done = work(*this);
    if (!done) std::tie(posts_, audit, next_) = saved;
    return done;
  }
  Status read(const std::function<Status(NewsStore&)>& work) override { return work(*this); }
  std::size_t stored() const { return posts_.size(); }

 private:
  Result<PostId> insert_post(const Post& p) override {
    for (const auto& [id, other] : posts_)
      if (p.original && other.original == p.original && other.language == p.language)
        return fail(ErrorKind::conflict, "This post has a version in this language already.", "language");
    Post kept = p;
    kept.id = PostId(next_++);
    kept.revision = 1;
    posts_[kept.id.value()] = kept;
    return kept.id;
  }
  Result<std::optional<Post>> post(PostId id) override {
    auto it = posts_.find(id.value());
    if (it == posts_.end()) return std::optional<Post>();
    return std::optional<Post>(it->second);
  }
  Result<std::vector<Post>> posts() override {
    std::vector<Post> out;
    for (auto it = posts_.rbegin(); it != posts_.rend(); ++it) out.push_back(it->second);
    return out;
  }
  Result<bool> update_post(const Post& p, int expected_revision) override {
    auto it = posts_.find(p.id.value());
    if (it == posts_.end() || it->second.revision != expected_revision) return false;
    it->second = p;
    it->second.revision = expected_revision + 1;
    return true;
  }
  Result<bool> country_exists(const std::string& code) override { return countries.contains(code); }
  Result<bool> image_in_use(const std::string& sha256) override {
    return std::any_of(posts_.begin(), posts_.end(),
                       [&](const auto& each) { return each.second.image && each.second.image->sha256 == sha256; });
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    audit.push_back(record);
    return {};
  }

  std::map<std::int64_t, Post> posts_;
  std::int64_t next_ = 1;
};

}  // namespace cps::news
