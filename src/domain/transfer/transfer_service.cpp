// The transfers' rules (see transfer_service.hpp).
#include "domain/transfer/transfer_service.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::transfer {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

Seconds now_of(const TransferService::Clock& clock) {
  if (clock) return clock();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool writes(const Principal& who) {
  return who.signed_in() && !(who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write);
}

Status require_write(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!writes(who)) return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

std::unexpected<Error> refusal() { return fail(ErrorKind::forbidden, "You may not do this."); }
std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

std::string target_of(TransferId id) { return "transfer:" + std::to_string(id.value()); }

accounts::AuditRecord audit_line(const Principal& who, std::string_view verb, TransferId id, std::string detail,
                                 Seconds at) {
  accounts::AuditRecord r;
  r.actor = who.user;
  r.actor_label = who.label;
  r.action = "transfer." + std::string(verb);
  r.target = target_of(id);
  r.detail = std::move(detail);
  r.client = who.client;
  r.at = at;
  return r;
}

// "item 12 RO21 → RO32, adopted 2025-03, piloted"
std::string detail_of(const Transfer& t) {
  return "item " + std::to_string(t.item) + " " + t.origin.str() + " → " + t.destination.str() + ", " +
         std::string(to_string(t.status)) + " " + t.adopted_on;
}

bool contains(const std::vector<RegionCode>& codes, const RegionCode& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

void apply(Transfer& t, const TransferInput& in) {
  t.item = in.item;
  t.origin = *in.origin;
  t.destination = in.destination;
  t.adopter = *in.adopter;
  t.adopted_on = in.adopted_on;
  t.mode = in.mode;
  t.status = in.status;
  t.pilot = in.pilot;
  t.notes = in.notes;
  t.result = in.result;
}

}  // namespace

TransferService::TransferService(TransferRepository& repository, TransferSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

bool TransferService::may_record(const Principal& who) const {
  if (!writes(who)) return false;
  std::vector<std::string> areas(std::begin(accounts::kWorkingGroups), std::end(accounts::kWorkingGroups));
  return accounts::allowed(who, Action::record_transfer,
                           accounts::Target{.organisation = who.organisation, .areas = areas});
}

bool TransferService::may_edit(const Principal& who, const Transfer& t) const {
  if (!writes(who)) return false;
  auto practice = surroundings_.practice(t.item, "en");
  std::vector<std::string> areas;
  if (practice && *practice) areas = (*practice)->areas;
  return accounts::allowed(who, Action::record_transfer, accounts::Target{.organisation = t.adopter, .areas = areas});
}

Status TransferService::check(const Principal& who, TransferInput& in, const Transfer* stored) {
  auto practice = surroundings_.practice(in.item, "en");
  if (!practice) return std::unexpected(practice.error());
  if (!*practice) return fail(ErrorKind::unprocessable, N_("Choose a knowledge item from the list."), "item");
  const PracticeRef& p = **practice;
  // A transfer recorded before stays valid when its item is archived later.
  bool kept = stored && stored->item == in.item;
  if (!p.published && !kept)
    return fail(ErrorKind::unprocessable, N_("Only published knowledge items can be transferred."), "item");

  if (!in.adopter) in.adopter = stored ? std::optional(stored->adopter) : who.organisation;
  if (!in.adopter) {
    if (!may_record(who)) return refusal();
    return fail(ErrorKind::unprocessable, N_("Choose the organisation that adopts the practice."), "adopter");
  }
  auto adopter = surroundings_.organisation(*in.adopter);
  if (!adopter) return std::unexpected(adopter.error());
  if (!*adopter) return fail(ErrorKind::unprocessable, "This organisation does not exist.", "adopter");
  if (!accounts::allowed(who, Action::record_transfer,
                         accounts::Target{.organisation = in.adopter, .areas = p.areas}))
    return refusal();

  auto destination = surroundings_.region(in.destination);
  if (!destination) return std::unexpected(destination.error());
  if (!*destination || (*destination)->level != 2 || !(*destination)->programme_area)
    return fail_with(ErrorKind::unprocessable, N_("{region} is not a region of the programme area."),
                     {{"region", in.destination.str()}}, "destination");

  if (!in.origin) {
    if (p.regions.size() == 1) in.origin = p.regions.front();
    else if (p.regions.empty())
      return fail(ErrorKind::unprocessable, N_("Choose the region the practice comes from."), "origin");
    else
      return fail(ErrorKind::unprocessable,
                  N_("The practice names several regions: choose the one it comes from."), "origin");
  }
  auto origin = surroundings_.region(*in.origin);
  if (!origin) return std::unexpected(origin.error());
  bool fits = *origin && (*origin)->level == 2;
  if (fits && !p.regions.empty()) fits = contains(p.regions, *in.origin);
  else if (fits && !p.countries.empty())
    fits = std::find(p.countries.begin(), p.countries.end(), (*origin)->country) != p.countries.end();
  if (!fits)
    return fail(ErrorKind::unprocessable,
                N_("Choose the region the practice comes from among the item's regions or, for a national "
                   "practice, among the regions of its country."),
                "origin");
  if (*in.origin == in.destination)
    return fail(ErrorKind::unprocessable,
                N_("A practice is transferred to another region than the one it comes from."), "destination");

  std::optional<PilotEvidence> evidence;
  if (in.pilot) {
    auto pilots = surroundings_.pilots_of(who, in.item, "en");
    if (!pilots) return std::unexpected(pilots.error());
    for (const auto& e : *pilots)
      if (e.pilot == *in.pilot) evidence = e;
    if (!evidence) return fail(ErrorKind::unprocessable, N_("Choose a pilot that transfers this practice."), "pilot");
  }
  if (in.status == TransferStatus::piloted && !in.pilot)
    return fail(ErrorKind::unprocessable, N_("A piloted transfer names the pilot that tests it."), "pilot");
  if (in.status == TransferStatus::evaluated && in.result.empty() && !(evidence && !evidence->result.empty()))
    return fail(ErrorKind::unprocessable,
                N_("Say what the evaluation found, or link the pilot whose evaluation it was."), "result");
  return {};
}

Status TransferService::fill(const Principal& who, std::vector<Transfer>& transfers, const std::string& language) {
  std::map<std::int64_t, std::string> titles;
  std::map<std::int64_t, std::vector<PilotEvidence>> pilots;
  for (auto& t : transfers) {
    if (!titles.contains(t.item)) {
      auto practice = surroundings_.practice(t.item, language);
      if (!practice) return std::unexpected(practice.error());
      titles[t.item] = *practice ? (*practice)->title : "#" + std::to_string(t.item);
    }
    t.item_title = titles[t.item];
    if (!t.pilot) continue;
    if (!pilots.contains(t.item)) {
      auto found = surroundings_.pilots_of(who, t.item, language);
      if (!found) return std::unexpected(found.error());
      pilots[t.item] = std::move(*found);
    }
    for (const auto& e : pilots[t.item])
      if (e.pilot == *t.pilot) t.evidence = e;
  }
  return {};
}

Result<std::vector<Transfer>> TransferService::list(const Principal& who, const TransferFilter& filter,
                                                    const std::string& language) {
  std::vector<Transfer> out;
  auto ok = repository_.read([&](TransferStore& store) -> Status {
    auto found = store.transfers(filter);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (auto filled = fill(who, out, language); !filled) return std::unexpected(filled.error());
  return out;
}

Result<std::vector<Flow>> TransferService::flows(const Principal&, const TransferFilter& filter) {
  std::vector<Transfer> found;
  auto ok = repository_.read([&](TransferStore& store) -> Status {
    auto all = store.transfers(filter);
    if (!all) return std::unexpected(all.error());
    found = std::move(*all);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return flows_of(found);
}

Result<Transfer> TransferService::transfer(const Principal& who, TransferId id, const std::string& language) {
  std::optional<Transfer> out;
  auto ok = repository_.read([&](TransferStore& store) -> Status {
    auto found = store.transfer(id);
    if (!found) return std::unexpected(found.error());
    out = std::move(*found);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!out) return not_found();
  std::vector<Transfer> one{std::move(*out)};
  if (auto filled = fill(who, one, language); !filled) return std::unexpected(filled.error());
  return std::move(one.front());
}

Result<PracticeHistory> TransferService::history(const Principal& who, std::int64_t item, const std::string& language) {
  auto practice = surroundings_.practice(item, language);
  if (!practice) return std::unexpected(practice.error());
  if (!*practice) return not_found();
  PracticeHistory h;
  h.practice = std::move(**practice);
  auto found = list(who, TransferFilter{.item = item}, language);
  if (!found) return std::unexpected(found.error());
  if (!h.practice.published && found->empty()) return not_found();
  h.transfers = std::move(*found);
  for (const auto& t : h.transfers) {
    if (t.status == TransferStatus::adopted || t.status == TransferStatus::piloted ||
        t.status == TransferStatus::evaluated)
      ++h.adopted;
    if (t.status == TransferStatus::abandoned) ++h.abandoned;
    if (t.evidence) {
      ++h.piloted;
      h.targets_met += t.evidence->targets_met;
      h.targets += t.evidence->targets;
    }
  }
  return h;
}

Result<TransferId> TransferService::record(const Principal& who, TransferInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (auto ok = check(who, input, nullptr); !ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  TransferId id;
  auto ok = repository_.transaction([&](TransferStore& store) -> Status {
    auto twice = store.find(input.item, input.destination);
    if (!twice) return std::unexpected(twice.error());
    if (*twice)
      return fail_with(ErrorKind::conflict, N_("This practice is already recorded as transferred to {region}."),
                       {{"region", input.destination.str()}}, "destination");
    Transfer t;
    apply(t, input);
    t.revision = 1;
    t.recorded_by = who.user;
    t.recorded_at = now;
    t.updated_at = now;
    auto inserted = store.insert_transfer(t);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return store.append_audit(audit_line(who, "recorded", id, detail_of(t), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<Transfer> TransferService::update(const Principal& who, TransferId id, int revision, TransferInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto stored = transfer(who, id, "en");
  if (!stored) return std::unexpected(stored.error());
  if (!may_edit(who, *stored)) return refusal();
  if (auto ok = check(who, input, &*stored); !ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  auto ok = repository_.transaction([&](TransferStore& store) -> Status {
    auto twice = store.find(input.item, input.destination);
    if (!twice) return std::unexpected(twice.error());
    if (*twice && **twice != id)
      return fail_with(ErrorKind::conflict, N_("This practice is already recorded as transferred to {region}."),
                       {{"region", input.destination.str()}}, "destination");
    auto current = store.transfer(id);
    if (!current) return std::unexpected(current.error());
    if (!*current) return not_found();
    Transfer t = std::move(**current);
    if (t.revision != revision)
      return fail(ErrorKind::conflict,
                  N_("Somebody changed this transfer since you opened it. Your changes were not saved; open it "
                     "again to see theirs."),
                  "revision");
    apply(t, input);
    t.updated_at = now;
    auto written = store.update_transfer(t, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict,
                  N_("Somebody changed this transfer since you opened it. Your changes were not saved; open it "
                     "again to see theirs."),
                  "revision");
    return store.append_audit(audit_line(who, "updated", id, detail_of(t), now));
  });
  if (!ok) return std::unexpected(ok.error());
  return transfer(who, id, "en");
}

}  // namespace cps::transfer
