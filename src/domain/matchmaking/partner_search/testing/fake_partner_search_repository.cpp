// The in-memory partner-search store (see fake_partner_search_repository.hpp).
#include "domain/matchmaking/partner_search/testing/fake_partner_search_repository.hpp"

#include <algorithm>

namespace cps::partner_search {

namespace {

class Store final : public PartnerSearchStore {
 public:
  explicit Store(FakePartnerSearchRepository::State& s) : s_(s) {}

  Result<InterestId> insert_interest(const Interest& interest) override {
    Interest copy = interest;
    copy.id = InterestId(++s_.last_id);
    s_.interests.push_back(copy);
    return copy.id;
  }
  Result<std::size_t> interests_since(accounts::UserId sender, ProfileId profile, Seconds since) override {
    return std::size_t(std::count_if(s_.interests.begin(), s_.interests.end(), [&](const Interest& i) {
      return i.sender == sender && i.to_profile == profile && i.sent_at > since;
    }));
  }
  Result<std::vector<Interest>> interests_sent(accounts::UserId sender) override {
    std::vector<Interest> out;
    for (auto it = s_.interests.rbegin(); it != s_.interests.rend(); ++it)
      if (it->sender == sender) out.push_back(*it);
    return out;
  }
  Result<std::vector<Interest>> interests_received(const std::vector<ProfileId>& profiles) override {
    std::vector<Interest> out;
    for (auto it = s_.interests.rbegin(); it != s_.interests.rend(); ++it)
      if (std::find(profiles.begin(), profiles.end(), it->to_profile) != profiles.end()) out.push_back(*it);
    return out;
  }
  Result<SavedSearchId> insert_saved_search(const SavedSearch& search) override {
    SavedSearch copy = search;
    copy.id = SavedSearchId(++s_.last_id);
    s_.saved[copy.id.value()] = copy;
    return copy.id;
  }
  Result<std::vector<SavedSearch>> saved_searches(std::optional<accounts::UserId> owner) override {
    std::vector<SavedSearch> out;
    for (const auto& [id, s] : s_.saved)
      if (!owner || s.owner == *owner) out.push_back(s);
    return out;
  }
  Result<std::optional<SavedSearch>> saved_search(SavedSearchId id) override {
    auto it = s_.saved.find(id.value());
    if (it == s_.saved.end()) return std::optional<SavedSearch>();
    return std::optional<SavedSearch>(it->second);
  }
  Result<bool> delete_saved_search(SavedSearchId id) override { return s_.saved.erase(id.value()) > 0; }
  Status mark_checked(SavedSearchId id, Seconds at, const std::vector<std::string>& found) override {
    auto it = s_.saved.find(id.value());
    if (it == s_.saved.end()) return fail(ErrorKind::not_found, "Not found.");
    it->second.checked_at = at;
    for (const auto& f : found)
      if (std::find(it->second.known.begin(), it->second.known.end(), f) == it->second.known.end())
        it->second.known.push_back(f);
    return {};
  }
  Status enqueue_mail(const accounts::OutgoingMail& mail, Seconds) override {
    s_.outbox.push_back(mail);
    return {};
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    s_.audit.push_back(record);
    return {};
  }

 private:
  FakePartnerSearchRepository::State& s_;
};

}  // namespace

Status FakePartnerSearchRepository::transaction(const std::function<Status(PartnerSearchStore&)>& work) {
  State copy = state_;
  Store store(copy);
  auto done = work(store);
  if (done) state_ = std::move(copy);
  return done;
}

Status FakePartnerSearchRepository::read(const std::function<Status(PartnerSearchStore&)>& work) {
  State copy = state_;
  Store store(copy);
  return work(store);
}

std::vector<std::string> FakePartnerSearchRepository::audit_actions() const {
  std::vector<std::string> out;
  for (const auto& a : state_.audit) out.push_back(a.action);
  return out;
}

}  // namespace cps::partner_search
