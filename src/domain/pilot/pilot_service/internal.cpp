// The shared parts of PilotService (see internal.hpp).
#include "domain/pilot/pilot_service/internal.hpp"

#include <algorithm>
#include <chrono>

#include "i18n/catalogue.hpp"

namespace cps::pilot::service_parts {

using i18n::N_;

Seconds now_of(const PilotService::Clock& clock) {
  if (clock) return clock();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

bool writes(const Principal& who) {
  return who.signed_in() && !(who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write);
}

Error refusal(const Principal& who) {
  return who.signed_in() ? Error{ErrorKind::forbidden, "You may not do this."}
                         : Error{ErrorKind::unauthenticated, "Please sign in first."};
}

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

std::unexpected<Error> stale_revision() {
  return fail(ErrorKind::conflict,
              N_("Somebody changed this pilot since you opened it. Your changes were not saved; open it again to "
                 "see theirs."),
              "revision");
}

bool is_member(const Principal& who) { return accounts::allowed(who, Action::view_monitoring); }

bool may_see(const Principal& who, const Pilot& pilot) {
  return is_member(who) || pilot.baseline_version >= 1 || pilot.status != PilotStatus::planned;
}

bool runs(const Principal& who, const Pilot& pilot) {
  return accounts::allowed(who, Action::run_pilot, accounts::Target{.organisation = pilot.lead});
}

bool takes_part(const Principal& who, const Pilot& pilot) {
  return runs(who, pilot) ||
         std::any_of(pilot.participants.begin(), pilot.participants.end(), [&](accounts::OrganisationId o) {
           return accounts::allowed(who, Action::run_pilot, accounts::Target{.organisation = o});
         });
}

Pilot as_seen_by(const Principal& who, Pilot pilot) {
  if (is_member(who)) return pilot;
  pilot.risks.clear();
  pilot.modifications.clear();
  return pilot;
}

std::string target_of(PilotId id) { return "pilot:" + std::to_string(id.value()); }

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, std::string target,
                                 std::string detail, Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label.empty() ? (who.signed_in() ? "" : "system") : who.label;
  r.action = "pilot." + std::string(verb);
  r.target = std::move(target);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

Result<Pilot> load_visible(PilotStore& store, const Principal& who, PilotId id) {
  auto found = store.pilot(id);
  if (!found) return std::unexpected(found.error());
  if (!*found || !may_see(who, **found)) return not_found();
  return std::move(**found);
}

Result<Pilot> change_pilot(PilotRepository& repository, const Principal& who, PilotId id, int revision,
                           Seconds now, std::string_view verb, const Change& change) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  Pilot after;
  auto ok = repository.transaction([&](PilotStore& store) -> Status {
    auto p = load_visible(store, who, id);
    if (!p) return std::unexpected(p.error());
    // What the viewer saw is out of date: nothing they ask for applies any more.
    if (p->revision != revision) return stale_revision();
    auto detail = change(store, *p);
    if (!detail) return std::unexpected(detail.error());
    p->updated_at = now;
    auto written = store.update_pilot(*p, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written) return stale_revision();
    if (auto s = store.append_audit(audit_line(who, verb, target_of(id), *detail, now)); !s) return s;
    auto reread = store.pilot(id);
    if (!reread) return std::unexpected(reread.error());
    if (!*reread) return not_found();
    after = std::move(**reread);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return after;
}

Status Names::fill(Pilot& pilot) {
  for (auto& t : pilot.transfers) {
    auto it = practices_.find(t.item);
    if (it == practices_.end()) {
      auto found = surroundings_.practice(t.item, language_);
      if (!found) return std::unexpected(found.error());
      it = practices_.emplace(t.item, *found).first;
    }
    if (it->second && !it->second->title.empty()) t.item_title = it->second->title;
  }
  for (auto& e : pilot.evaluations) {
    if (!e.evaluator || !e.evaluator_name.empty()) continue;
    auto it = people_.find(e.evaluator->value());
    if (it == people_.end()) {
      auto name = surroundings_.display_name(*e.evaluator);
      if (!name) return std::unexpected(name.error());
      it = people_.emplace(e.evaluator->value(), *name).first;
    }
    e.evaluator_name = it->second;
  }
  return {};
}

Result<Pilot> shown(PilotSurroundings& surroundings, const Principal& who, Result<Pilot> changed) {
  if (!changed) return changed;
  Pilot out = as_seen_by(who, std::move(*changed));
  Names names(surroundings, "en");
  if (auto filled = names.fill(out); !filled) return std::unexpected(filled.error());
  return out;
}

const Indicator* indicator_coded(const Pilot& pilot, const std::string& code) {
  for (const auto& i : pilot.indicators)
    if (i.code == code) return &i;
  return nullptr;
}

}  // namespace cps::pilot::service_parts
