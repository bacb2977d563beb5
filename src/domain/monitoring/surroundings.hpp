// What monitoring needs from the rest of the platform, as small ports: partner organisations
// and people (who reports, whom to remind), the figures the project indicators are computed
// from, the file store for attachments, and the outbox for due-date reminders. The
// composition root adapts the accounts, knowledge, assessment, pilot, files and mail parts to
// them; unit tests use fakes (testing/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/monitoring/monitoring.hpp"

namespace cps::monitoring {

struct Partner {
  accounts::OrganisationId id;
  std::string name;
  std::optional<CountryCode> country;
  std::string type;  // the organisation's type as the directory names it
};

struct Recipient {
  accounts::UserId id;
  std::string display_name;
  std::string email;
  std::string language;  // the person's interface language
};

class MonitoringSurroundings {
 public:
  virtual ~MonitoringSurroundings() = default;
  // Partner organisations of the partnership (those with members), by name.
  virtual Result<std::vector<Partner>> partners() = 0;
  virtual Result<std::optional<Partner>> partner(accounts::OrganisationId id) = 0;
  virtual Result<std::string> display_name(accounts::UserId id) = 0;
  // Active members of the organisation (whom a reminder about its report goes to).
  virtual Result<std::vector<Recipient>> members_of(accounts::OrganisationId id) = 0;
  // The lead partner's coordinators.
  virtual Result<std::vector<Recipient>> lead_coordinators() = 0;
  // The figure with its breakdowns, computed from the platform's own records at `now`.
  virtual Result<ProjectIndicator> measure(Measured measured, Seconds now) = 0;
  // Keeps an uploaded file (checking its type from the bytes and its size) and describes it.
  virtual Result<Attachment> keep_file(const std::string& name, const std::string& bytes) = 0;
  virtual Result<std::optional<std::string>> file_bytes(const std::string& sha256) = 0;
  // The pilots' indicator values recorded for the period (for the period's workbook).
  struct PilotValue {
    std::string pilot;  // title in English
    std::string indicator;  // code
    std::string name;
    std::string unit;
    double value = 0;
    std::optional<double> target;
  };
  virtual Result<std::vector<PilotValue>> pilot_values(int period) = 0;
  // Queues an e-mail in the outbox (sent by the outbox worker). Subject and body are catalogue
  // message ids with "{name}" places: the adapter translates them into the recipient's
  // language and fills in the values.
  struct MailText {
    std::string subject;
    std::string body;
    std::vector<std::pair<std::string, std::string>> values;
  };
  virtual Status queue_mail(const Recipient& to, const MailText& text) = 0;
};

}  // namespace cps::monitoring
