// What waits for a person in each feature, adapted from the feature's own service to the start
// page's port (domain/agenda): one source per feature, each asking its service with the
// person's rights, so that the start page shows nothing the person could not open.
#pragma once

#include "domain/agenda/agenda.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/events/event_service.hpp"
#include "domain/foresight/delphi_service.hpp"
#include "domain/groups/group_service.hpp"
#include "domain/helpdesk/helpdesk_service.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/reference/reference_service.hpp"

namespace cps::app {

using AgendaEntries = Result<std::vector<agenda::Entry>>;

// Items in review in the areas the person reviews (not their own).
class ItemsToReview final : public agenda::AgendaSource {
 public:
  explicit ItemsToReview(knowledge::KnowledgeService& knowledge) : knowledge_(knowledge) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  knowledge::KnowledgeService& knowledge_;
};

// Drafts of the person's organisation to fill, and the reviews the person was asked for and has
// not submitted.
class AssessmentsWaiting final : public agenda::AgendaSource {
 public:
  AssessmentsWaiting(assessment::AssessmentService& assessments, reference::ReferenceService& reference)
      : assessments_(assessments), reference_(reference) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  assessment::AssessmentService& assessments_;
  reference::ReferenceService& reference_;
};

// The progress reports of the person's organisation not yet submitted (drafts and returned
// ones), with their period's due day.
class ReportsDue final : public agenda::AgendaSource {
 public:
  explicit ReportsDue(monitoring::MonitoringService& monitoring) : monitoring_(monitoring) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  monitoring::MonitoringService& monitoring_;
};

// Open milestones of the planned and running pilots the person's organisation leads or takes
// part in.
class PilotMilestones final : public agenda::AgendaSource {
 public:
  explicit PilotMilestones(pilot::PilotService& pilots) : pilots_(pilots) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  pilot::PilotService& pilots_;
};

// Open Delphi rounds of the studies the person is a panellist of and has not answered.
class DelphiRounds final : public agenda::AgendaSource {
 public:
  explicit DelphiRounds(foresight::DelphiService& delphi) : delphi_(delphi) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  foresight::DelphiService& delphi_;
};

// Requests to the person as a mentor that wait for their answer.
class MentoringRequests final : public agenda::AgendaSource {
 public:
  explicit MentoringRequests(mentoring::MentoringService& mentoring) : mentoring_(mentoring) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  mentoring::MentoringService& mentoring_;
};

// Helpdesk questions assigned to the person and not answered yet.
class HelpdeskQuestions final : public agenda::AgendaSource {
 public:
  explicit HelpdeskQuestions(helpdesk::HelpdeskService& helpdesk) : helpdesk_(helpdesk) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  helpdesk::HelpdeskService& helpdesk_;
};

// Events the person holds a place at or waits for, until they end.
class EventsAhead final : public agenda::AgendaSource {
 public:
  explicit EventsAhead(events::EventService& events) : events_(events) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  events::EventService& events_;
};

// Discussions with posts the person has not read, in the workspaces they read, and the count
// of their unread notifications.
class DiscussionsUnread final : public agenda::AgendaSource {
 public:
  explicit DiscussionsUnread(groups::GroupService& groups) : groups_(groups) {}
  AgendaEntries waiting_for(const accounts::Principal& who, std::string_view today, const std::string& language) override;

 private:
  groups::GroupService& groups_;
};

}  // namespace cps::app
