// The demo news, from data/demo/news.json: posts in five languages written, translated and
// published through the news service by the demo person named in the file.
#pragma once

#include <filesystem>

#include "app/services.hpp"

namespace cps::app {

struct NewsDemoReport {
  std::size_t added = 0;  // posts (language versions) added
  std::size_t total = 0;  // the file's posts stored now, added or already there
};

// Adds each post of the file whose original is not stored yet (same language and title); a
// family that is there is left as it is. Fails naming the post and what the service refused.
Result<NewsDemoReport> load_demo_news(Services& services, const std::filesystem::path& file);

}  // namespace cps::app
