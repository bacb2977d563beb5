// "Discuss this" (see subjects.hpp): the discussion of a knowledge item, an assessment or a pilot,
// found or started in the workspace the subject's feature names.
#include <chrono>

#include "domain/groups/group_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::groups {

using accounts::Principal;
using i18n::N_;

namespace {

// A title as a thread's one-line subject: at most kSubjectLength code points.
std::string subject_line(const std::string& title) {
  std::string out;
  std::size_t points = 0;
  for (char c : title) {
    const bool starts = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts && points++ == kSubjectLength) break;
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

}  // namespace

std::string subject_target(const Subject& s) { return std::string(to_string(s.kind)) + ":" + std::to_string(s.id); }

std::string path_of(const Subject& s) {
  const std::string id = std::to_string(s.id);
  switch (s.kind) {
    case SubjectKind::knowledge_item: return "/knowledge/" + id;
    case SubjectKind::assessment: return "/assessments/" + id;
    case SubjectKind::pilot: return "/pilots/" + id;
  }
  return "/";
}

std::string_view to_string(SubjectKind k) { return name_of(k, kSubjectKindNames); }

Result<SubjectDiscussion> GroupService::discussion_of(const Principal& who, const Subject& subject) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  auto info = surroundings_.subject(who, subject);
  if (!info) return std::unexpected(info.error());
  if (!*info || !reads(who, (*info)->workspace)) return fail(ErrorKind::not_found, "Not found.");
  SubjectDiscussion out{std::move(**info), std::nullopt, false};
  auto read = repository_.read([&](GroupStore& store) -> Status {
    auto found = store.thread_about(subject);
    if (!found) return std::unexpected(found.error());
    out.thread = std::move(*found);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  out.can_start = !out.thread && capabilities(who, out.subject.workspace).post;
  return out;
}

Result<Thread> GroupService::discuss(const Principal& who, const Subject& subject, std::string body) {
  auto found = discussion_of(who, subject);
  if (!found) return std::unexpected(found.error());
  if (found->thread)
    return fail(ErrorKind::conflict, N_("This has a discussion already: reply there. Your text was not posted."),
                "body");
  const std::string code = found->subject.workspace;
  if (!capabilities(who, code).post) return fail(ErrorKind::forbidden, "You may not do this.");
  auto mentions = mentioned(code, body, "", subject);
  if (!mentions) return std::unexpected(mentions.error());
  const Seconds at = now();
  Thread t{ThreadId(0), code, subject_line(found->subject.title), *who.user, who.display_name, ThreadState::open, 0,
           at, at, subject};
  std::vector<Notification> made;
  auto done = repository_.transaction([&](GroupStore& store) -> Status {
    auto id = store.insert_thread(t);
    if (!id) return std::unexpected(id.error());
    t.id = *id;
    Post p{PostId(0), t.id, *who.user, who.display_name, std::move(body), at, 0, {}, {}};
    auto post = store.insert_post(p);
    if (!post) return std::unexpected(post.error());
    p.id = *post;
    t.posts = 1;
    if (auto ok = store.subscribe(t.id, *who.user); !ok) return ok;
    if (auto ok = store.mark_read(t.id, *who.user, at); !ok) return ok;
    auto n = notify(store, t, p, *mentions, Audience::mentioned);
    if (!n) return std::unexpected(n.error());
    made = std::move(*n);
    return audit(store, who, "group.thread_started", "thread:" + std::to_string(t.id.value()),
                 code + " " + subject_target(subject));
  });
  if (!done) return std::unexpected(done.error());
  mail_now(made);
  return t;
}

}  // namespace cps::groups
