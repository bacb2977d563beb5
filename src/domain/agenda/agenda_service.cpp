// The start page's gathering (see agenda_service.hpp).
#include "domain/agenda/agenda_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <tuple>

namespace cps::agenda {

AgendaService::AgendaService(std::vector<AgendaSource*> sources, Clock clock)
    : sources_(std::move(sources)), clock_(std::move(clock)) {}

Seconds AgendaService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Result<Agenda> AgendaService::agenda(const accounts::Principal& who, const std::string& language) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  Agenda out;
  out.today = day_of(now());
  std::map<Kind, std::vector<Entry>> by_kind;
  for (AgendaSource* source : sources_) {
    auto found = source->waiting_for(who, out.today, language);
    if (!found) return std::unexpected(found.error());
    for (auto& entry : *found) {
      entry.overdue = has_deadline(entry.kind) && !entry.due.empty() && entry.due < out.today;
      by_kind[entry.kind].push_back(std::move(entry));
    }
  }
  for (Kind kind : kAllKinds) {
    auto it = by_kind.find(kind);
    if (it == by_kind.end() || it->second.empty()) continue;
    auto& entries = it->second;
    // Dated things first, the earliest first; then the rest by title.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return std::tuple(a.due.empty(), a.due, a.title) < std::tuple(b.due.empty(), b.due, b.title);
    });
    out.total += entries.size();
    out.sections.push_back(Section{kind, std::move(entries)});
  }
  return out;
}

}  // namespace cps::agenda
