// What the partnership's monitoring learns from the rest of the platform, adapted to its
// ports: partners and people from the accounts, the project indicators' figures from the
// knowledge base, the assessments, the pilots and the accounts' activity, files through a
// content store, and reminders through the outbox.
#pragma once

#include <filesystem>

#include "domain/accounts/account_repository.hpp"
#include "domain/assessment/assessment_repository.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/monitoring/surroundings.hpp"
#include "domain/pilot/pilot_repository.hpp"
#include "files/content_store.hpp"

namespace cps::app {

struct MonitoringFiles {
  // Its own folder: the knowledge base deletes a file once no knowledge attachment holds it,
  // not knowing of monitoring's.
  std::filesystem::path directory = "monitoring-files";  // <data_dir>/monitoring-files
  std::size_t max_bytes = 20u << 20;
};

class PlatformForMonitoring final : public monitoring::MonitoringSurroundings {
 public:
  // `pilots` may be null where pilots are not stored: their figures are then 0.
  PlatformForMonitoring(accounts::AccountRepository& accounts, knowledge::KnowledgeRepository& knowledge,
                        assessment::AssessmentRepository& assessments, pilot::PilotRepository* pilots,
                        MonitoringFiles files)
      : accounts_(accounts),
        knowledge_(knowledge),
        assessments_(assessments),
        pilots_(pilots),
        store_(files.directory),
        max_bytes_(files.max_bytes) {}

  // Organisations with at least one active member, by English name.
  Result<std::vector<monitoring::Partner>> partners() override;
  Result<std::optional<monitoring::Partner>> partner(accounts::OrganisationId id) override;
  // "" for an account that does not exist.
  Result<std::string> display_name(accounts::UserId id) override;
  Result<std::vector<monitoring::Recipient>> members_of(accounts::OrganisationId id) override;
  // Active accounts with the lead coordinator's role.
  Result<std::vector<monitoring::Recipient>> lead_coordinators() override;
  // Practices: published knowledge items (by the items' countries and their authors'
  // organisation type). Assessments: published ones, and those whose action plan has a
  // completed action (by the assessment's country and organisation). Pilots: by status and
  // final evaluation (by the countries of their regions and the lead's type). Organisations
  // and members: activity (signing in, a session's use) in the last 12 months or 90 days.
  Result<monitoring::ProjectIndicator> measure(monitoring::Measured measured, monitoring::Seconds now) override;
  // Checks the type from the bytes (the attachments' types) and the size, keeps the bytes
  // once per content.
  Result<monitoring::Attachment> keep_file(const std::string& name, const std::string& bytes) override;
  Result<std::optional<std::string>> file_bytes(const std::string& sha256) override;
  Result<std::vector<PilotValue>> pilot_values(int period) override;
  Status queue_mail(const monitoring::Recipient& to, const std::string& subject, const std::string& body) override;

 private:
  // The figure, with breakdowns, of things counted once each with their countries and types.
  struct Counted {
    std::vector<std::string> countries;
    std::vector<std::string> types;
  };
  static monitoring::ProjectIndicator tally(const std::vector<Counted>& things);
  Result<monitoring::ProjectIndicator> practices();
  Result<monitoring::ProjectIndicator> assessments(monitoring::Measured measured);
  Result<monitoring::ProjectIndicator> pilots(monitoring::Measured measured);
  Result<monitoring::ProjectIndicator> activity(monitoring::Measured measured, monitoring::Seconds now);

  accounts::AccountRepository& accounts_;
  knowledge::KnowledgeRepository& knowledge_;
  assessment::AssessmentRepository& assessments_;
  pilot::PilotRepository* pilots_;
  files::ContentStore store_;
  std::size_t max_bytes_;
};

}  // namespace cps::app
