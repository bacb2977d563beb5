// Loads the demo news through the news service (see news_demo.hpp).
#include "app/news_demo.hpp"

#include <boost/json.hpp>

#include "app/demo.hpp"
#include "domain/news/news.hpp"

namespace cps::app {

namespace json = boost::json;
using namespace cps::news;

namespace {

Error refused(const std::filesystem::path& file, const std::string& title, const Error& e) {
  return bad_demo_file(file, "the post '" + title + "' was refused: " + filled_message(e) +
                                 (e.field.empty() ? "" : " (" + e.field + ")"));
}

}  // namespace

Result<NewsDemoReport> load_demo_news(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("news") || !root.at("news").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of news"));
  const accounts::Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);

  NewsDemoReport report;
  for (const auto& value : root.at("news").as_array()) {
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "a news entry is not an object"));
    const json::object& entry = value.as_object();
    const accounts::Principal* by = people.find(demo_text(entry, "by"));
    if (!by) return std::unexpected(bad_demo_file(file, "nobody has the e-mail " + demo_text(entry, "by")));
    const auto& versions = demo_list(entry, "versions");
    if (versions.empty() || !versions.front().is_object())
      return std::unexpected(bad_demo_file(file, "a news entry has no versions"));
    report.total += versions.size();
    const json::object& first = versions.front().as_object();
    auto stored = services.news.list(*by, NewsFilter{.language = demo_text(first, "language"), .drafts = true},
                                     demo_text(first, "language"));
    if (!stored) return std::unexpected(stored.error());
    if (std::any_of(stored->begin(), stored->end(),
                    [&](const PostView& v) { return v.post.title == demo_text(first, "title"); }))
      continue;
    const bool publish = !(entry.contains("draft") && entry.at("draft").is_bool() && entry.at("draft").as_bool());
    std::optional<Post> original;
    for (const auto& each : versions) {
      if (!each.is_object()) return std::unexpected(bad_demo_file(file, "a version is not an object"));
      json::object typed = demo_only(each.as_object(), {"language", "title", "summary", "body"}).as_object();
      if (original) typed["translation_of"] = original->id.value();
      else {
        typed["areas"] = entry.contains("areas") ? entry.at("areas") : json::array{};
        typed["countries"] = entry.contains("countries") ? entry.at("countries") : json::array{};
      }
      std::string title = demo_text(each.as_object(), "title");
      auto input = read_post(typed);
      if (!input) return std::unexpected(refused(file, title, input.error()));
      auto made = services.news.create(*by, std::move(*input));
      if (!made) return std::unexpected(refused(file, title, made.error()));
      if (publish) {
        made = services.news.publish(*by, made->id, made->revision);
        if (!made) return std::unexpected(refused(file, title, made.error()));
      }
      if (!original) original = *made;
      ++report.added;
    }
    // The original changed after it was translated: its translations show as out of date.
    if (auto* later = entry.if_contains("later"); later && later->is_object()) {
      json::object typed = demo_only(first, {"language", "title", "summary", "body"}).as_object();
      typed["areas"] = entry.contains("areas") ? entry.at("areas") : json::array{};
      typed["countries"] = entry.contains("countries") ? entry.at("countries") : json::array{};
      for (const auto& [key, text] : later->as_object()) typed[key] = text;
      auto input = read_post(typed);
      if (!input) return std::unexpected(refused(file, original->title, input.error()));
      auto current = services.news.post(*by, original->id);
      if (!current) return std::unexpected(current.error());
      auto changed = services.news.update(*by, original->id, current->post.revision, std::move(*input));
      if (!changed) return std::unexpected(refused(file, original->title, changed.error()));
    }
  }
  return report;
}

}  // namespace cps::app
