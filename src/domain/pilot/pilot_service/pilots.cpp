// Pilots: listing and reading them as the viewer may see them, what the viewer may do now, and
// opening and describing a pilot (texts, lead and participants, regions, areas, transfers,
// the learning need it answers, status, dates and budget).
#include <algorithm>

#include "domain/pilot/pilot_service.hpp"
#include "domain/pilot/pilot_service/internal.hpp"
#include "i18n/catalogue.hpp"

namespace cps::pilot {

using namespace service_parts;
using i18n::N_;

namespace {

std::unexpected<Error> missing_organisation(std::string field) {
  return fail(ErrorKind::unprocessable, "This organisation does not exist.", std::move(field));
}

Status organisation_exists(PilotSurroundings& surroundings, accounts::OrganisationId id, std::string field) {
  auto found = surroundings.organisation(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return missing_organisation(std::move(field));
  return {};
}

// The rules that need the rest of the platform: the organisations and regions exist, the need's
// criterion is in the assessment framework, and each newly transferred item is a published one
// (an item transferred before stays, whatever became of it since). Fills a transfer's region
// from its item when it was left out.
Status check_surroundings(PilotSurroundings& surroundings, PilotInput& input, const Pilot* stored) {
  if (auto ok = organisation_exists(surroundings, *input.lead, "lead"); !ok) return ok;
  for (auto participant : input.participants)
    if (auto ok = organisation_exists(surroundings, participant, "participants"); !ok) return ok;
  for (const auto& region : input.regions) {
    auto exists = surroundings.region_exists(region);
    if (!exists) return std::unexpected(exists.error());
    if (!*exists) return fail(ErrorKind::unprocessable, "Choose regions from the list.", "regions");
  }
  if (input.need) {
    auto region = surroundings.region_exists(input.need->region);
    if (!region) return std::unexpected(region.error());
    if (!*region) return fail(ErrorKind::unprocessable, "Choose regions from the list.", "need.region");
    auto criterion = surroundings.criterion_exists(input.need->criterion);
    if (!criterion) return std::unexpected(criterion.error());
    if (!*criterion)
      return fail(ErrorKind::unprocessable, "This criterion is not in the assessment's framework.", "need.criterion");
  }
  for (std::size_t i = 0; i < input.transfers.size(); ++i) {
    auto& t = input.transfers[i];
    std::string at = "transfers." + std::to_string(i);
    auto practice = surroundings.practice(t.item, "en");
    if (!practice) return std::unexpected(practice.error());
    if (!*practice) return fail(ErrorKind::unprocessable, N_("Choose a knowledge item from the list."), at + ".item");
    bool kept = stored && std::any_of(stored->transfers.begin(), stored->transfers.end(),
                                      [&](const Transfer& s) { return s.item == t.item; });
    if (!(*practice)->published && !kept)
      return fail(ErrorKind::unprocessable, N_("Only published knowledge items can be transferred."), at + ".item");
    if (!t.from_region) t.from_region = (*practice)->region;
    if (t.from_organisation)
      if (auto ok = organisation_exists(surroundings, *t.from_organisation, at + ".from_organisation"); !ok) return ok;
  }
  return {};
}

// The description of `input` on `pilot`, the rest kept.
void describe(Pilot& pilot, const PilotInput& input) {
  pilot.texts = input.texts;
  pilot.original_language = input.original_language;
  pilot.lead = *input.lead;
  pilot.participants = input.participants;
  pilot.regions = input.regions;
  pilot.areas = input.areas;
  pilot.transfers = input.transfers;
  pilot.need = input.need;
  pilot.status = input.status;
  pilot.starts = input.starts;
  pilot.ends = input.ends;
  pilot.budget = input.budget;
}

}  // namespace

PilotService::PilotService(PilotRepository& repository, PilotSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Result<std::vector<PilotCard>> PilotService::list(const Principal& who, PilotFilter filter,
                                                  const std::string& language) {
  std::vector<Pilot> found;
  auto ok = repository_.read([&](PilotStore& store) -> Status {
    auto pilots = store.pilots(filter);
    if (!pilots) return std::unexpected(pilots.error());
    for (auto& p : *pilots)
      if (may_see(who, p)) found.push_back(as_seen_by(who, std::move(p)));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  Names names(surroundings_, language);
  std::vector<PilotCard> out;
  for (auto& p : found) {
    if (auto filled = names.fill(p); !filled) return std::unexpected(filled.error());
    auto achievement = achievement_of(p);
    out.push_back(PilotCard{std::move(p), std::move(achievement)});
  }
  return out;
}

Result<Pilot> PilotService::pilot(const Principal& who, PilotId id, const std::string& language) {
  Pilot out;
  auto ok = repository_.read([&](PilotStore& store) -> Status {
    auto p = load_visible(store, who, id);
    if (!p) return std::unexpected(p.error());
    out = as_seen_by(who, std::move(*p));
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  Names names(surroundings_, language);
  if (auto filled = names.fill(out); !filled) return std::unexpected(filled.error());
  return out;
}

Capabilities PilotService::capabilities(const Principal& who, const Pilot& p) const {
  Capabilities c;
  if (!who.signed_in() || !may_see(who, p)) return c;
  c.see_internals = is_member(who);
  if (!writes(who)) return c;
  bool lead = runs(who, p);
  bool approver = accounts::allowed(who, Action::approve_baseline);
  bool approved = p.baseline_version >= 1;
  bool open_request = std::any_of(p.modifications.begin(), p.modifications.end(), [](const Modification& m) {
    return m.status == ModificationStatus::requested;
  });
  std::vector<std::string> areas;
  for (const auto& a : p.areas) areas.push_back(a.str());
  c.edit = lead;
  c.record_values = takes_part(who, p);
  c.approve_baseline = approver && !approved && !p.logframe.empty() && !p.indicators.empty();
  c.request_modification = lead && approved && !open_request;
  c.decide_modification = approver && open_request;
  c.evaluate = accounts::allowed(who, Action::evaluate_pilot, accounts::Target{.areas = areas}) &&
               p.status != PilotStatus::planned;
  return c;
}

Result<PilotId> PilotService::create(const Principal& who, PilotInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!who.signed_in()) return std::unexpected(refusal(who));
  if (!input.lead) input.lead = who.organisation;
  if (!input.lead)
    return fail(ErrorKind::unprocessable, N_("Choose the organisation that leads the pilot."), "lead");
  if (!accounts::allowed(who, Action::run_pilot, accounts::Target{.organisation = input.lead}))
    return std::unexpected(refusal(who));
  if (auto ok = check_pilot(input); !ok) return std::unexpected(ok.error());
  if (auto ok = check_surroundings(surroundings_, input, nullptr); !ok) return std::unexpected(ok.error());
  Seconds now = now_of(clock_);
  PilotId id;
  auto ok = repository_.transaction([&](PilotStore& store) -> Status {
    Pilot p;
    describe(p, input);
    p.revision = 1;
    p.created_by = who.user;
    p.created_at = now;
    p.updated_at = now;
    auto inserted = store.insert_pilot(p);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    return store.append_audit(audit_line(who, "created", target_of(id), text_in(p, p.original_language).title, now));
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Result<Pilot> PilotService::update(const Principal& who, PilotId id, int revision, PilotInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  // The stored pilot first: its lead stays when none is given, and its transfers stay allowed.
  Pilot stored;
  auto read = repository_.read([&](PilotStore& store) -> Status {
    auto p = load_visible(store, who, id);
    if (!p) return std::unexpected(p.error());
    stored = std::move(*p);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!capabilities(who, stored).edit) return std::unexpected(refusal(who));
  if (!input.lead) input.lead = stored.lead;
  if (auto ok = check_pilot(input); !ok) return std::unexpected(ok.error());
  if (auto ok = check_surroundings(surroundings_, input, &stored); !ok) return std::unexpected(ok.error());
  auto after = change_pilot(repository_, who, id, revision, now_of(clock_), "updated",
                            [&](PilotStore&, Pilot& p) -> Result<std::string> {
                              if (!capabilities(who, p).edit) return std::unexpected(refusal(who));
                              // Handing the pilot to another organisation needs the right to run its pilots.
                              if (*input.lead != p.lead &&
                                  !accounts::allowed(who, Action::run_pilot,
                                                     accounts::Target{.organisation = input.lead}))
                                return std::unexpected(refusal(who));
                              if (p.baseline_version >= 1 && (input.budget != p.budget || input.ends != p.ends))
                                return fail(ErrorKind::conflict,
                                            N_("The budget and end date of an approved pilot change through a "
                                               "modification request."),
                                            input.budget != p.budget ? "budget" : "ends");
                              describe(p, input);
                              return std::string(to_string(p.status));
                            });
  return shown(surroundings_, who, std::move(after));
}

std::string_view to_string(Decision d) { return name_of(d, kDecisionNames); }

}  // namespace cps::pilot
