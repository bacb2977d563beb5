// What news need from storage: small operations on one open transaction, composed by the
// service so that a change and its audit line are written together or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/news/news.hpp"

namespace cps::news {

class NewsStore {
 public:
  virtual ~NewsStore() = default;
  // The post's id; a second post of one family in one language is refused (conflict).
  virtual Result<PostId> insert_post(const Post& post) = 0;
  // With the author's name.
  virtual Result<std::optional<Post>> post(PostId id) = 0;
  // Every post, newest first (by creation). News are a few hundred posts, so the service
  // filters them itself.
  virtual Result<std::vector<Post>> posts() = 0;
  // Writes the post as revision expected_revision + 1 when the stored one is still at
  // expected_revision; false (nothing written) when somebody changed it in between.
  virtual Result<bool> update_post(const Post& post, int expected_revision) = 0;
  // Whether the reference data know the country (code as stored there: EL for Greece).
  virtual Result<bool> country_exists(const std::string& code) = 0;
  // Whether some post still shows the image with this content.
  virtual Result<bool> image_in_use(const std::string& sha256) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class NewsRepository {
 public:
  virtual ~NewsRepository() = default;
  virtual Status transaction(const std::function<Status(NewsStore&)>& work) = 0;
  virtual Status read(const std::function<Status(NewsStore&)>& work) = 0;
};

}  // namespace cps::news
