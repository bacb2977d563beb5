// The in-memory transfer ports (see fake_transfer_repository.hpp).
#include "domain/transfer/testing/fake_transfer_repository.hpp"

#include <algorithm>

namespace cps::transfer {

namespace {

class FakeStore final : public TransferStore {
 public:
  explicit FakeStore(FakeTransferRepository::State& s) : s_(s) {}

  Result<TransferId> insert_transfer(const Transfer& t) override {
    if (find_id(t.item, t.destination))
      return fail_with(ErrorKind::conflict, "This practice is already recorded as transferred to {region}.",
                       {{"region", t.destination.str()}}, "destination");
    Transfer stored = t;
    stored.id = TransferId(++s_.last_id);
    s_.transfers[stored.id.value()] = stored;
    return stored.id;
  }
  Result<std::optional<Transfer>> transfer(TransferId id) override {
    auto it = s_.transfers.find(id.value());
    if (it == s_.transfers.end()) return std::optional<Transfer>();
    return std::optional(named(it->second));
  }
  Result<std::vector<Transfer>> transfers(const TransferFilter& f) override {
    std::vector<Transfer> out;
    for (const auto& [id, t] : s_.transfers) {
      if (f.item && t.item != *f.item) continue;
      if (f.region && t.origin != *f.region && t.destination != *f.region) continue;
      if (f.country && country(t.origin) != *f.country && country(t.destination) != *f.country) continue;
      if (f.year && year_of(t) != *f.year) continue;
      if (f.until && year_of(t) > *f.until) continue;
      if (f.area) {
        const auto& areas = s_.item_areas[t.item];
        if (std::find(areas.begin(), areas.end(), f.area->str()) == areas.end()) continue;
      }
      if (!f.statuses.empty() && std::find(f.statuses.begin(), f.statuses.end(), t.status) == f.statuses.end())
        continue;
      out.push_back(named(t));
    }
    std::stable_sort(out.begin(), out.end(), [](const Transfer& a, const Transfer& b) {
      return a.adopted_on != b.adopted_on ? a.adopted_on > b.adopted_on : a.id > b.id;
    });
    return out;
  }
  Result<std::optional<TransferId>> find(std::int64_t item, const RegionCode& destination) override {
    return find_id(item, destination);
  }
  Result<bool> update_transfer(const Transfer& t, int expected_revision) override {
    auto it = s_.transfers.find(t.id.value());
    if (it == s_.transfers.end() || it->second.revision != expected_revision) return false;
    Transfer stored = t;
    stored.revision = expected_revision + 1;
    stored.adopter_name.clear();
    stored.evidence.reset();
    it->second = stored;
    return true;
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    if (s_.audit_failure) return std::unexpected(*s_.audit_failure);
    s_.audit.push_back(record);
    return {};
  }

 private:
  std::optional<TransferId> find_id(std::int64_t item, const RegionCode& destination) const {
    for (const auto& [id, t] : s_.transfers)
      if (t.item == item && t.destination == destination) return t.id;
    return std::nullopt;
  }
  CountryCode country(const RegionCode& r) const {
    auto it = s_.region_countries.find(r.str());
    return it == s_.region_countries.end() ? CountryCode() : it->second;
  }
  Transfer named(Transfer t) const {
    auto it = s_.organisation_names.find(t.adopter.value());
    t.adopter_name = it == s_.organisation_names.end() ? "" : it->second;
    return t;
  }
  FakeTransferRepository::State& s_;
};

}  // namespace

Status FakeTransferRepository::transaction(const std::function<Status(TransferStore&)>& work) {
  State copy = state_;
  FakeStore store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakeTransferRepository::read(const std::function<Status(TransferStore&)>& work) {
  State copy = state_;
  FakeStore store(copy);
  return work(store);
}

std::vector<std::string> FakeTransferRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& a : state_.audit) out.push_back(a.action);
  return out;
}

Result<std::optional<PracticeRef>> FakeTransferSurroundings::practice(std::int64_t id, const std::string& language) {
  auto it = practices.find(id);
  if (it == practices.end()) return std::optional<PracticeRef>();
  PracticeRef p = it->second;
  if (auto t = titles.find({id, language}); t != titles.end()) p.title = t->second;
  return std::optional(p);
}

Result<std::optional<RegionRef>> FakeTransferSurroundings::region(const RegionCode& code) {
  auto it = regions.find(code.str());
  if (it == regions.end()) return std::optional<RegionRef>();
  return std::optional(it->second);
}

Result<std::optional<OrganisationRef>> FakeTransferSurroundings::organisation(accounts::OrganisationId id) {
  auto it = organisations.find(id.value());
  if (it == organisations.end()) return std::optional<OrganisationRef>();
  return std::optional(OrganisationRef{id, it->second});
}

Result<std::vector<PilotEvidence>> FakeTransferSurroundings::pilots_of(const accounts::Principal&, std::int64_t item,
                                                                       const std::string&) {
  auto it = pilots.find(item);
  if (it == pilots.end()) return std::vector<PilotEvidence>();
  return it->second;
}

}  // namespace cps::transfer
