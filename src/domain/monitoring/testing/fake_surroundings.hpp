// An in-memory version of the ports monitoring uses to ask the rest of the platform (partners
// and their members, the figures of project indicators, the file store, the pilots' values and
// the outbox), filled by each test. Test-only code.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/monitoring/surroundings.hpp"

namespace cps::monitoring {

class FakeMonitoringSurroundings final : public MonitoringSurroundings {
 public:
  struct Mail {
    std::string to;
    std::string subject;
    std::string body;
  };

  std::vector<Partner> partner_list;                          // by name
  std::map<std::int64_t, std::vector<Recipient>> members;     // by organisation id
  std::vector<Recipient> lead;                                // the lead partner's coordinators
  std::map<Measured, ProjectIndicator> figures;
  std::map<std::string, std::string> files;                   // bytes by sha256
  std::map<int, std::vector<PilotValue>> pilots;              // by period
  std::vector<Mail> outbox;
  std::size_t largest_file = 1 << 20;

  Result<std::vector<Partner>> partners() override { return partner_list; }
  Result<std::optional<Partner>> partner(accounts::OrganisationId id) override {
    for (const auto& p : partner_list)
      if (p.id == id) return std::optional<Partner>(p);
    return std::optional<Partner>();
  }
  Result<std::string> display_name(accounts::UserId id) override { return "Person " + std::to_string(id.value()); }
  Result<std::vector<Recipient>> members_of(accounts::OrganisationId id) override { return members[id.value()]; }
  Result<std::vector<Recipient>> lead_coordinators() override { return lead; }
  Result<ProjectIndicator> measure(Measured measured, Seconds) override {
    auto it = figures.find(measured);
    if (it != figures.end()) return it->second;
    ProjectIndicator none;
    none.definition.measured = measured;
    return none;
  }
  // A stand-in digest: the file's name and size keep different files apart in tests.
  Result<Attachment> keep_file(const std::string& name, const std::string& bytes) override {
    if (bytes.size() > largest_file) return fail(ErrorKind::payload_too_large, "The file is larger than {mb} MB.", "file");
    Attachment a{name, "sha-" + std::to_string(std::hash<std::string>{}(bytes)), "application/pdf",
                 std::int64_t(bytes.size())};
    files[a.sha256] = bytes;
    return a;
  }
  Result<std::optional<std::string>> file_bytes(const std::string& sha256) override {
    auto it = files.find(sha256);
    if (it == files.end()) return std::optional<std::string>();
    return std::optional<std::string>(it->second);
  }
  Result<std::vector<PilotValue>> pilot_values(int period) override { return pilots[period]; }
  // Kept as the recipient would read it in English: the ids filled with their values.
  Status queue_mail(const Recipient& to, const MailText& text) override {
    outbox.push_back({to.email, text::fill(text.subject, text.values), text::fill(text.body, text.values)});
    return {};
  }
};

}  // namespace cps::monitoring
