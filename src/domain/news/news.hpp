// News of the partnership: a post written in one language (its original) and its human
// translations, each with its own draft/published state, tags by thematic area and country,
// a Markdown body and at most one image, which always has a text alternative. Plain types, the
// one reader of each input shape, and the translation status.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::news {

using PostId = StrongId<struct PostIdTag>;
using Seconds = std::int64_t;

enum class PostStatus { draft, published };
inline constexpr EnumName<PostStatus> kPostStatusNames[] = {{PostStatus::draft, "draft"},
                                                            {PostStatus::published, "published"}};
static_assert(names_each_value_once(kPostStatusNames));

// Where a language version stands: the original, a translation made from the original's
// current text, or a translation made from a text the original has changed since.
enum class TranslationStatus { original, human_translation, out_of_date };
inline constexpr EnumName<TranslationStatus> kTranslationStatusNames[] = {
    {TranslationStatus::original, "original"},
    {TranslationStatus::human_translation, "human_translation"},
    {TranslationStatus::out_of_date, "out_of_date"}};
static_assert(names_each_value_once(kTranslationStatusNames));

inline constexpr std::size_t kTitleLength = 200;    // code points
inline constexpr std::size_t kSummaryLength = 600;
inline constexpr std::size_t kBodyLength = 20000;
inline constexpr std::size_t kAltLength = 300;
inline constexpr std::size_t kShortestAlt = 5;       // "Photo" says nothing; five characters at least
inline constexpr std::size_t kMaxTags = 16;          // areas and countries each

// The languages news are written in: those of the interface.
inline constexpr std::string_view kNewsLanguages[] = {"en", "ro", "sq", "hu", "el"};
bool is_news_language(std::string_view code);

// The picture of a post, stored once per content by its SHA-256 (files::ContentStore).
struct Image {
  std::string sha256;
  std::string media_type;  // from the bytes: image/png, image/jpeg, image/gif, image/webp
  std::int64_t size = 0;
  std::string alt;         // the text alternative, required
};

struct Post {
  PostId id;
  std::optional<PostId> original;  // the post this one translates; nullopt for an original
  std::string language;
  std::string title;
  std::string summary;
  std::string body;  // Markdown
  std::vector<std::string> areas;      // WG1 … WG6
  std::vector<std::string> countries;  // country codes of the reference data (EL for Greece)
  PostStatus status = PostStatus::draft;
  std::optional<Image> image;
  accounts::UserId author;
  std::string author_name;
  int revision = 1;            // moves with every change (stale edits are refused)
  int text_version = 1;        // moves when the title, summary or body changes
  int translated_version = 0;  // a translation: the original's text_version it renders
  Seconds created_at = 0;
  Seconds updated_at = 0;
  Seconds published_at = 0;  // 0 until first published

  // The id of the original of this post's family (itself for an original).
  PostId family() const { return original.value_or(id); }
};

// A translation is out of date once its original's text moved past the version it renders.
TranslationStatus translation_status(const Post& post, const Post& original);

// {"language","title","summary","body","areas":[…],"countries":[…],"translation_of"}: the
// post's text and tags. A translation takes its tags from its original; "translation_of" is
// read only when a post is created.
struct PostInput {
  std::string language;
  std::string title;
  std::string summary;
  std::string body;
  std::vector<std::string> areas;
  std::vector<std::string> countries;
  std::optional<PostId> translation_of;
};
Result<PostInput> read_post(const boost::json::object& object);

// The text alternative of an image: required, words of at least kShortestAlt characters.
Result<std::string> read_alt(std::string_view alt);

std::string_view to_string(PostStatus s);
std::string_view to_string(TranslationStatus s);

}  // namespace cps::news
