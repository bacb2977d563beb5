// The rules of news (see news_service.hpp).
#include "domain/news/news_service.hpp"

#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "files/inspection.hpp"
#include "i18n/catalogue.hpp"

namespace cps::news {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

std::string target_of(PostId id) { return "news:" + std::to_string(id.value()); }

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

bool visible(const Post& p, bool drafts) { return drafts || p.status == PostStatus::published; }

bool is_image(std::string_view media_type) { return media_type.starts_with("image/"); }

std::size_t language_rank(const std::string& language) {
  auto at = std::find(std::begin(kNewsLanguages), std::end(kNewsLanguages), language);
  return std::size_t(at - std::begin(kNewsLanguages));
}

// When a post shows in lists: first publication, or creation for a draft.
Seconds shown_at(const Post& p) { return p.published_at ? p.published_at : p.created_at; }

}  // namespace

PostView view_of(const Post& post, const std::vector<Post>& family, bool drafts) {
  PostView v;
  v.post = post;
  const Post* original = &post;
  for (const auto& p : family)
    if (!p.original) original = &p;
  v.translation = translation_status(post, *original);
  v.areas = original->areas;
  v.countries = original->countries;
  for (const auto& p : family)
    if (visible(p, drafts) || p.id == post.id)
      v.versions.push_back(Version{p.id, p.language, p.status, translation_status(p, *original)});
  std::sort(v.versions.begin(), v.versions.end(),
            [](const Version& a, const Version& b) { return language_rank(a.language) < language_rank(b.language); });
  for (auto lang : kNewsLanguages)
    if (std::none_of(family.begin(), family.end(), [&](const Post& p) { return p.language == lang; }))
      v.untranslated.emplace_back(lang);
  return v;
}

NewsService::NewsService(NewsRepository& repository, ImageSettings images, Clock clock)
    : repository_(repository), images_(std::move(images)), store_(images_.directory), clock_(std::move(clock)) {}

Seconds NewsService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool NewsService::may_publish(const Principal& who) const {
  return who.signed_in() && accounts::allowed(who, Action::publish_news);
}

Status NewsService::require_publisher(const Principal& who) const {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  if (!may_publish(who)) return fail(ErrorKind::forbidden, "You may not do this.");
  return {};
}

Result<std::vector<Post>> NewsService::all_posts() {
  std::vector<Post> out;
  auto ok = repository_.read([&](NewsStore& store) -> Status {
    auto all = store.posts();
    if (!all) return std::unexpected(all.error());
    out = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<std::vector<PostView>> NewsService::list(const Principal& who, const NewsFilter& filter,
                                                const std::string& reader_language) {
  const bool drafts = filter.drafts && may_publish(who);
  auto all = all_posts();
  if (!all) return std::unexpected(all.error());
  auto family_of = [&](PostId family) {
    std::vector<Post> out;
    for (const auto& p : *all)
      if (p.family() == family) out.push_back(p);
    return out;
  };
  std::vector<PostView> out;
  for (const auto& original : *all) {
    if (original.original) continue;
    auto family = family_of(original.id);
    // The version to show: in the asked language only, else the reader's, else the original.
    const Post* shown = nullptr;
    for (const auto& p : family) {
      if (!visible(p, drafts)) continue;
      if (filter.language) {
        if (p.language == *filter.language) shown = &p;
      } else if (p.language == reader_language || (!shown && !p.original)) {
        shown = &p;
      }
    }
    if (!filter.language && !shown)
      for (const auto& p : family)
        if (visible(p, drafts) && !shown) shown = &p;
    if (!shown) continue;
    const auto& areas = original.areas;
    const auto& countries = original.countries;
    if (filter.area && std::find(areas.begin(), areas.end(), *filter.area) == areas.end()) continue;
    if (filter.country && std::find(countries.begin(), countries.end(), *filter.country) == countries.end()) continue;
    out.push_back(view_of(*shown, family, drafts));
  }
  std::stable_sort(out.begin(), out.end(), [](const PostView& a, const PostView& b) {
    return shown_at(a.post) > shown_at(b.post);
  });
  return out;
}

Result<PostView> NewsService::post(const Principal& who, PostId id) {
  const bool drafts = may_publish(who);
  auto all = all_posts();
  if (!all) return std::unexpected(all.error());
  auto it = std::find_if(all->begin(), all->end(), [&](const Post& p) { return p.id == id; });
  if (it == all->end() || !visible(*it, drafts)) return not_found();
  std::vector<Post> family;
  for (const auto& p : *all)
    if (p.family() == it->family()) family.push_back(p);
  return view_of(*it, family, drafts);
}

Status NewsService::check_countries(NewsStore& store, const std::vector<std::string>& countries) {
  for (const auto& c : countries) {
    auto known = store.country_exists(c);
    if (!known) return std::unexpected(known.error());
    if (!*known) return fail(ErrorKind::invalid, N_("Choose values from the list."), "countries");
  }
  return {};
}

Result<Post> NewsService::create(const Principal& who, PostInput input) {
  if (auto ok = require_publisher(who); !ok) return std::unexpected(ok.error());
  Post p;
  p.language = input.language;
  p.title = std::move(input.title);
  p.summary = std::move(input.summary);
  p.body = std::move(input.body);
  p.areas = std::move(input.areas);
  p.countries = std::move(input.countries);
  p.author = *who.user;
  p.author_name = who.display_name;
  p.created_at = p.updated_at = now();
  auto ok = repository_.transaction([&](NewsStore& store) -> Status {
    if (input.translation_of) {
      auto original = store.post(*input.translation_of);
      if (!original) return std::unexpected(original.error());
      if (!*original || (*original)->original)
        return fail(ErrorKind::unprocessable, N_("Translate the original post, not a translation of it."), "translation_of");
      auto all = store.posts();
      if (!all) return std::unexpected(all.error());
      for (const auto& other : *all)
        if (other.family() == (*original)->id && other.language == p.language)
          return fail(ErrorKind::conflict, N_("This post has a version in this language already."), "language");
      p.original = (*original)->id;
      p.translated_version = (*original)->text_version;
      p.areas = (*original)->areas;
      p.countries = (*original)->countries;
    } else if (auto known = check_countries(store, p.countries); !known) {
      return known;
    }
    auto id = store.insert_post(p);
    if (!id) return std::unexpected(id.error());
    p.id = *id;
    return store.append_audit(accounts::AuditRecord{who.user, who.label, "news.created", target_of(p.id),
                                                    p.language + (p.original ? " translation" : " original"),
                                                    who.client, p.created_at});
  });
  if (!ok) return std::unexpected(ok.error());
  return p;
}

Result<Post> NewsService::change(const Principal& who, PostId id, int revision, std::string_view verb,
                                 const Change& edit) {
  if (auto ok = require_publisher(who); !ok) return std::unexpected(ok.error());
  Post out;
  auto ok = repository_.transaction([&](NewsStore& store) -> Status {
    auto found = store.post(id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return not_found();
    Post p = std::move(**found);
    if (p.revision != revision)
      return fail(ErrorKind::conflict, N_("Somebody changed this post meanwhile. Reload it and try again."), "revision");
    auto detail = edit(p, store);
    if (!detail) return std::unexpected(detail.error());
    p.updated_at = now();
    auto written = store.update_post(p, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict, N_("Somebody changed this post meanwhile. Reload it and try again."), "revision");
    p.revision = revision + 1;
    out = p;
    return store.append_audit(accounts::AuditRecord{who.user, who.label, "news." + std::string(verb), target_of(p.id),
                                                    *detail, who.client, p.updated_at});
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<Post> NewsService::update(const Principal& who, PostId id, int revision, PostInput input) {
  return change(who, id, revision, "updated", [&](Post& p, NewsStore& store) -> Result<std::string> {
    if (input.language != p.language)
      return fail(ErrorKind::unprocessable, N_("The language of a post stays; write a translation instead."), "language");
    bool text_changed = input.title != p.title || input.summary != p.summary || input.body != p.body;
    p.title = std::move(input.title);
    p.summary = std::move(input.summary);
    p.body = std::move(input.body);
    if (p.original) {
      // Saving a translation says it renders the original as it is now.
      auto original = store.post(*p.original);
      if (!original) return std::unexpected(original.error());
      if (*original) p.translated_version = (*original)->text_version;
    } else {
      if (auto known = check_countries(store, input.countries); !known) return std::unexpected(known.error());
      p.areas = std::move(input.areas);
      p.countries = std::move(input.countries);
    }
    if (text_changed) ++p.text_version;
    return std::string(text_changed ? "text changed" : "tags changed");
  });
}

Result<Post> NewsService::publish(const Principal& who, PostId id, int revision) {
  return change(who, id, revision, "published", [&](Post& p, NewsStore& store) -> Result<std::string> {
    if (p.status == PostStatus::published)
      return fail(ErrorKind::conflict, N_("This post is published already."), "status");
    if (p.original) {
      auto original = store.post(*p.original);
      if (!original) return std::unexpected(original.error());
      if (!*original || (*original)->status != PostStatus::published)
        return fail(ErrorKind::conflict, N_("Publish the original first."), "status");
    }
    p.status = PostStatus::published;
    if (!p.published_at) p.published_at = now();
    return std::string(p.language);
  });
}

Result<Post> NewsService::withdraw(const Principal& who, PostId id, int revision) {
  return change(who, id, revision, "withdrawn", [&](Post& p, NewsStore&) -> Result<std::string> {
    if (p.status != PostStatus::published) return fail(ErrorKind::conflict, N_("This post is not published."), "status");
    p.status = PostStatus::draft;
    return std::string(p.language);
  });
}

Result<Post> NewsService::set_image(const Principal& who, PostId id, int revision, std::string_view bytes,
                                    std::string_view alt_text) {
  if (auto ok = require_publisher(who); !ok) return std::unexpected(ok.error());
  auto alt = read_alt(alt_text);
  if (!alt) return std::unexpected(alt.error());
  if (bytes.size() > images_.max_bytes)
    // "{mb}" is filled in by whoever shows the message, after translating it.
    return fail(ErrorKind::payload_too_large, N_("The file is larger than {mb} MB."), "file");
  if (bytes.empty()) return fail(ErrorKind::invalid, N_("Choose an image."), "file");
  auto type = files::detect_media_type(bytes);
  if (!type || !is_image(*type))
    return fail(ErrorKind::unsupported_media_type, N_("Choose a PNG, JPEG, GIF or WebP image."), "file");
  // The file goes to disk before the row: a failed write leaves at most an unused file that
  // the next upload of the same content reuses.
  auto digest = store_.put(bytes);
  if (!digest) return std::unexpected(digest.error());
  std::string replaced;
  auto done = change(who, id, revision, "image_set", [&](Post& p, NewsStore&) -> Result<std::string> {
    if (p.image && p.image->sha256 != *digest) replaced = p.image->sha256;
    p.image = Image{*digest, *type, std::int64_t(bytes.size()), *alt};
    return *type;
  });
  if (!done) return done;
  if (!replaced.empty()) release_image(replaced);
  return done;
}

Result<Post> NewsService::remove_image(const Principal& who, PostId id, int revision) {
  std::string removed;
  auto done = change(who, id, revision, "image_removed", [&](Post& p, NewsStore&) -> Result<std::string> {
    if (!p.image) return fail(ErrorKind::conflict, N_("This post has no image."), "file");
    removed = p.image->sha256;
    p.image.reset();
    return std::string();
  });
  if (done && !removed.empty()) release_image(removed);
  return done;
}

void NewsService::release_image(const std::string& sha256) {
  // A file left behind is harmless (the next upload of that content reuses it), so a failure
  // here is not the change's.
  (void)store_.release(sha256, [&]() -> Result<bool> {
    bool used = true;
    auto ok = repository_.read([&](NewsStore& store) -> Status {
      auto in_use = store.image_in_use(sha256);
      if (!in_use) return std::unexpected(in_use.error());
      used = *in_use;
      return {};
    });
    if (!ok) return std::unexpected(ok.error());
    return used;
  });
}

Result<ImageFile> NewsService::image(const Principal& who, PostId id) {
  auto v = post(who, id);
  if (!v) return std::unexpected(v.error());
  if (!v->post.image) return not_found();
  return ImageFile{*v->post.image, store_.path_of(v->post.image->sha256)};
}

}  // namespace cps::news
