// What partner search needs from storage: expressions of interest, saved searches with what
// their alerts told about, and — in the same transaction as each change — its audit line and
// the mails it sends (so that a change and its notice are kept together or not at all).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/matchmaking/partner_search/partner_search.hpp"

namespace cps::partner_search {

class PartnerSearchStore {
 public:
  virtual ~PartnerSearchStore() = default;

  virtual Result<InterestId> insert_interest(const Interest& interest) = 0;
  // How many expressions of interest the person sent to the profile after `since`.
  virtual Result<std::size_t> interests_since(accounts::UserId sender, ProfileId profile, Seconds since) = 0;
  // Newest first.
  virtual Result<std::vector<Interest>> interests_sent(accounts::UserId sender) = 0;
  virtual Result<std::vector<Interest>> interests_received(const std::vector<ProfileId>& profiles) = 0;

  // Inserts the search with its `known` matches.
  virtual Result<SavedSearchId> insert_saved_search(const SavedSearch& search) = 0;
  // The person's searches (every person's when none is named), oldest first, with `known`.
  virtual Result<std::vector<SavedSearch>> saved_searches(std::optional<accounts::UserId> owner) = 0;
  virtual Result<std::optional<SavedSearch>> saved_search(SavedSearchId id) = 0;
  // False when there was none.
  virtual Result<bool> delete_saved_search(SavedSearchId id) = 0;
  // The alert check at `at`, and the matches it told about added to `known`.
  virtual Status mark_checked(SavedSearchId id, Seconds at, const std::vector<std::string>& found) = 0;

  virtual Status enqueue_mail(const accounts::OutgoingMail& mail, Seconds now) = 0;
  virtual Status append_audit(const accounts::AuditRecord& record) = 0;
};

class PartnerSearchRepository {
 public:
  virtual ~PartnerSearchRepository() = default;
  // Runs work in one transaction: committed when it succeeds, rolled back when it fails.
  virtual Status transaction(const std::function<Status(PartnerSearchStore&)>& work) = 0;
  virtual Status read(const std::function<Status(PartnerSearchStore&)>& work) = 0;
};

}  // namespace cps::partner_search
