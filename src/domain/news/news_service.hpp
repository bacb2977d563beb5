// The rules of news: everybody reads published posts; the communication roles of the policy
// table (Action::publish_news) write, translate, publish and withdraw them and see drafts. A
// post is written in one language and translated by people into the others, each language
// version a post of its own (its family is its original's); a translation is out of date once
// the original's text changed after it was made, and saving the translation brings it up to
// date. An image needs its text alternative; its type comes from the bytes. Every change moves
// the post's revision and writes an audit line ("news.created", "news.updated",
// "news.published", "news.withdrawn", "news.image_set", "news.image_removed"; target
// "news:<id>") in the same transaction.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/news/news.hpp"
#include "domain/news/news_repository.hpp"
#include "files/content_store.hpp"

namespace cps::news {

// Where images are kept and how large one may be.
struct ImageSettings {
  std::filesystem::path directory = "news-images";  // <data_dir>/news-images
  std::size_t max_bytes = 5u << 20;
};

// One language version of a family, for the links between them.
struct Version {
  PostId id;
  std::string language;
  PostStatus status = PostStatus::draft;
  TranslationStatus translation = TranslationStatus::original;
};

// A post as a page shows it: its translation status and its family's versions the viewer may
// see (itself included), in the order of kNewsLanguages.
struct PostView {
  Post post;
  TranslationStatus translation = TranslationStatus::original;
  // A translation shows its original's tags; so does this view's.
  std::vector<std::string> areas;
  std::vector<std::string> countries;
  std::vector<Version> versions;
  // Languages of kNewsLanguages the family has no version in yet (for who may translate).
  std::vector<std::string> untranslated;
};

struct NewsFilter {
  std::optional<std::string> area = std::nullopt;     // WG1 … WG6
  std::optional<std::string> country = std::nullopt;  // a country code
  // Only versions in this language; without it, one version per family: the reader's
  // language when there is one the viewer may see, else the original.
  std::optional<std::string> language = std::nullopt;
  bool drafts = false;  // drafts too (only for who may publish news)
};

struct ImageFile {
  Image image;
  std::filesystem::path path;
};

class NewsService {
 public:
  using Clock = std::function<Seconds()>;
  NewsService(NewsRepository& repository, ImageSettings images = {}, Clock clock = {});

  // Whether the viewer may write, translate, publish and withdraw news.
  bool may_publish(const accounts::Principal& who) const;
  const ImageSettings& image_settings() const { return images_; }

  // Newest first (by first publication, then creation).
  Result<std::vector<PostView>> list(const accounts::Principal& who, const NewsFilter& filter,
                                     const std::string& reader_language);
  // Not found unless published or the viewer may publish news.
  Result<PostView> post(const accounts::Principal& who, PostId id);

  // A draft. With input.translation_of, a translation of that original into another language
  // the family has no version in yet; it takes the original's tags.
  Result<Post> create(const accounts::Principal& who, PostInput input);
  // The language and the family stay; saving a translation makes it current with its original.
  Result<Post> update(const accounts::Principal& who, PostId id, int revision, PostInput input);
  // A translation is published only once its original is.
  Result<Post> publish(const accounts::Principal& who, PostId id, int revision);
  Result<Post> withdraw(const accounts::Principal& who, PostId id, int revision);
  // The image (PNG, JPEG, GIF or WebP by its bytes, at most max_bytes) with its required text
  // alternative; replaces the one there was.
  Result<Post> set_image(const accounts::Principal& who, PostId id, int revision, std::string_view bytes,
                         std::string_view alt);
  Result<Post> remove_image(const accounts::Principal& who, PostId id, int revision);
  // The image of a post the viewer may see; not found when it has none.
  Result<ImageFile> image(const accounts::Principal& who, PostId id);

 private:
  Seconds now() const;
  Status require_publisher(const accounts::Principal& who) const;
  Result<std::vector<Post>> all_posts();
  using Change = std::function<Result<std::string>(Post&, NewsStore&)>;
  // One change: loads the post, refuses a stale revision, runs `change` (checks and edits;
  // returns the audit detail) and writes it with the audit line "news.<verb>".
  Result<Post> change(const accounts::Principal& who, PostId id, int revision, std::string_view verb,
                      const Change& change);
  Status check_countries(NewsStore& store, const std::vector<std::string>& countries);
  // Deletes an image's file once no post shows it.
  void release_image(const std::string& sha256);

  NewsRepository& repository_;
  ImageSettings images_;
  files::ContentStore store_;
  Clock clock_;
};

PostView view_of(const Post& post, const std::vector<Post>& family, bool drafts);

}  // namespace cps::news
