// The training programme's surroundings (see training_surroundings.hpp).
#include "app/training_surroundings.hpp"

#include <algorithm>

namespace cps::app {

namespace {

training::Session session_of(const events::Event& e, bool attended) {
  return training::Session{e.id.value(), e.title, e.starts_at, e.zone, attended};
}

void by_start(std::vector<training::Session>& sessions) {
  std::stable_sort(sessions.begin(), sessions.end(),
                   [](const training::Session& a, const training::Session& b) { return a.starts_at < b.starts_at; });
}

}  // namespace

Result<std::vector<training::Session>> TrainingPlatform::sessions(const accounts::Principal& who,
                                                                  const std::vector<std::int64_t>& ids) {
  std::vector<training::Session> out;
  for (auto id : ids) {
    auto view = events_.event(who, events::EventId(id));
    if (!view) {
      if (view.error().kind == ErrorKind::not_found) continue;
      return std::unexpected(view.error());
    }
    if (view->event.kind != events::EventKind::training_session) continue;
    out.push_back(session_of(view->event, view->mine && view->mine->checked_in_at != 0));
  }
  by_start(out);
  return out;
}

Result<std::vector<training::Session>> TrainingPlatform::training_sessions() {
  std::vector<training::Session> out;
  for (auto when : {events::When::upcoming, events::When::past}) {
    auto list = events_.list(events::ListFilter{when, events::EventKind::training_session});
    if (!list) return std::unexpected(list.error());
    for (const auto& e : *list) out.push_back(session_of(e, false));
  }
  by_start(out);
  return out;
}

Result<std::vector<training::LinkedItem>> TrainingPlatform::knowledge_items(const std::vector<std::int64_t>& ids) {
  std::vector<knowledge::ItemId> wanted;
  for (auto id : ids) wanted.emplace_back(id);
  if (wanted.empty()) return std::vector<training::LinkedItem>{};
  auto found = items_.items(wanted);
  if (!found) return std::unexpected(found.error());
  std::vector<training::LinkedItem> out;
  for (auto id : ids)
    for (const auto& item : *found)
      if (item.id.value() == id && item.status == knowledge::ItemStatus::published)
        out.push_back(training::LinkedItem{id, item.text("en").title});
  return out;
}

Result<std::string> TrainingPlatform::name_of(accounts::UserId user) {
  std::string out;
  auto read = accounts_.read([&](accounts::AccountStore& store) -> Status {
    auto found = store.user(user);
    if (!found) return std::unexpected(found.error());
    if (*found) out = (*found)->user.display_name;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

}  // namespace cps::app
