// The application services on one open database, built from the configuration: what the
// server, the demo loader and the user commands share.
#pragma once

#include <memory>

#include "app/assessment_surroundings.hpp"
#include "app/cluster_profile_surroundings.hpp"
#include "app/config.hpp"
#include "app/mentoring_surroundings.hpp"
#include "app/event_surroundings.hpp"
#include "app/foresight_surroundings.hpp"
#include "app/survey_surroundings.hpp"
#include "domain/surveys/survey_service.hpp"
#include "storage/survey_repository_sql.hpp"
#include "domain/foresight/delphi_service.hpp"
#include "storage/delphi_repository_sql.hpp"
#include "app/feedback_surroundings.hpp"
#include "app/agenda_sources.hpp"
#include "domain/agenda/agenda_service.hpp"
#include "app/group_surroundings.hpp"
#include "app/learning_surroundings.hpp"
#include "app/monitoring_surroundings.hpp"
#include "app/partner_search_surroundings.hpp"
#include "app/pilot_surroundings.hpp"
#include "app/transfer_surroundings.hpp"
#include "domain/accounts/account_service.hpp"
#include "domain/accounts/organisation_service.hpp"
#include "domain/assessment/assessment_service.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "domain/helpdesk/helpdesk_service.hpp"
#include "domain/news/news_service.hpp"
#include "domain/newsletter/newsletter_service.hpp"
#include "domain/events/event_service.hpp"
#include "domain/groups/group_service.hpp"
#include "domain/plans/plan_service.hpp"
#include "domain/learning/learning_service.hpp"
#include "domain/matchmaking/profile_service.hpp"
#include "domain/matchmaking/published_profiles.hpp"
#include "domain/matchmaking/partner_search/partner_search_service.hpp"
#include "domain/monitoring/monitoring_service.hpp"
#include "domain/pilot/pilot_service.hpp"
#include "domain/transfer/transfer_service.hpp"
#include "domain/reference/reference_service.hpp"
#include "domain/statistics/cluster_categories.hpp"
#include "domain/statistics/statistics_service.hpp"
#include "i18n/catalogue.hpp"
#include "security/password.hpp"
#include "storage/account_repository_sql.hpp"
#include "storage/assessment_repository_sql.hpp"
#include "storage/cluster_profile_repository_sql.hpp"
#include "storage/partner_search_repository_sql.hpp"
#include "storage/database.hpp"
#include "storage/feedback_repository_sql.hpp"
#include "storage/helpdesk_repository_sql.hpp"
#include "storage/news_repository_sql.hpp"
#include "storage/newsletter_repository_sql.hpp"
#include "storage/event_repository_sql.hpp"
#include "storage/group_repository_sql.hpp"
#include "storage/plan_repository_sql.hpp"
#include "storage/reference_repository_sql.hpp"
#include "storage/cluster_categories_sql.hpp"
#include "storage/complexity_store_sql.hpp"
#include "storage/knowledge_repository_sql.hpp"
#include "storage/search_gap_repository_sql.hpp"
#include "storage/mentoring_repository_sql.hpp"
#include "storage/monitoring_repository_sql.hpp"
#include "storage/pilot_repository_sql.hpp"
#include "storage/transfer_repository_sql.hpp"
#include "storage/statistics_repository_sql.hpp"
#include "domain/knowledge/knowledge_service.hpp"
#include "machine_translation/apertium_translator.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/dictionaries.hpp"
#include "retrieval/thesaurus.hpp"
#include "retrieval/wordnet.hpp"
#include "app/training_surroundings.hpp"
#include "domain/training/training_service.hpp"
#include "storage/training_repository_sql.hpp"

namespace cps::app {

class Services {
 public:
  // Fails when the shipped list of common passwords or the thesaurus cannot be read, or when
  // the shipped assessment framework cannot be stored (a database without one gets it here).
  static Result<std::unique_ptr<Services>> build(storage::Database& db, const Config& config);

  i18n::Catalogue catalogue;
  storage::SqlReferenceRepository reference_repository;
  reference::ReferenceService reference;
  storage::SqlAccountRepository account_repository;
  security::PasswordRules password_rules;
  accounts::AccountService accounts;
  accounts::OrganisationService organisations;
  storage::SqlStatisticsRepository statistics_repository;
  storage::SqlComplexityStore complexity_store;
  storage::SqlClusterCategoryRepository cluster_category_repository;
  statistics::StatisticsService statistics;
  statistics::ClusterCategoryService cluster_categories;
  retrieval::Analyzer analyzer;
  retrieval::Thesaurus thesaurus;
  // Read at start from the installed packages (config dictionaries_dir, wordnet_dir); empty
  // when they are not installed.
  retrieval::Dictionaries dictionaries;
  retrieval::WordNet wordnet;
  storage::SqlKnowledgeRepository knowledge_repository;
  storage::SearchGapRepositorySql search_gap_repository;
  knowledge::SearchGapService search_gaps;
  knowledge::KnowledgeService knowledge;
  // The machine translation engine, when the setting asks for one (the service offers what
  // its installed pairs cover).
  std::unique_ptr<machine_translation::ApertiumTranslator> machine_translator;
  storage::AssessmentRepositorySql assessment_repository;
  AccountDirectory assessment_directory;
  KnowledgeCatalogue assessment_practices;
  RegionalFigures assessment_figures;
  assessment::AssessmentService assessments;
  storage::MonitoringRepositorySql monitoring_repository;
  storage::PilotRepositorySql pilot_repository;
  PilotSurroundings pilot_surroundings;
  pilot::PilotService pilots;
  PlatformForMonitoring monitoring_platform;
  monitoring::MonitoringService monitoring;
  storage::TransferRepositorySql transfer_repository;
  TransferSurroundings transfer_surroundings;
  transfer::TransferService transfers;
  storage::MentoringRepositorySql mentoring_repository;
  MentoringSurroundings mentoring_surroundings;
  mentoring::MentoringService mentoring;
  storage::FeedbackRepositorySql feedback_repository;
  FeedbackPlatform feedback_platform;
  feedback::FeedbackService feedback;
  CurationsFromFeedback curations;  // the learning engine's learning::CurationSource
  storage::HelpdeskRepositorySql helpdesk_repository;
  HelpdeskPlatform helpdesk_platform;
  helpdesk::HelpdeskService helpdesk;
  storage::EventRepositorySql event_repository;
  EventPlatform event_platform;
  events::EventService events;
  LearningSurroundings learning_surroundings;
  learning::LearningService learning;
  storage::ClusterProfileRepositorySql cluster_profile_repository;
  ClusterProfileSurroundings cluster_profile_surroundings;
  matchmaking::ClusterProfileService cluster_profiles;
  // What partner search reads of published profiles.
  matchmaking::PublishedProfiles cluster_profile_catalogue;
  storage::PartnerSearchRepositorySql partner_search_repository;
  PlatformForPartnerSearch partner_search_platform;
  partner_search::PartnerSearchService partner_search;
  storage::NewsRepositorySql news_repository;
  news::NewsService news;
  storage::DelphiRepositorySql delphi_repository;
  ForesightSurroundings foresight_surroundings;
  foresight::DelphiService delphi;
  storage::GroupRepositorySql group_repository;
  GroupPlatform group_platform;
  groups::GroupService groups;
  storage::PlanRepositorySql plan_repository;
  plans::PlanService plans;
  // The personal start page: each feature's part of what waits for a person, read through
  // its service above.
  ItemsToReview agenda_items;
  AssessmentsWaiting agenda_assessments;
  ReportsDue agenda_reports;
  PilotMilestones agenda_pilots;
  DelphiRounds agenda_delphi;
  MentoringRequests agenda_mentoring;
  HelpdeskQuestions agenda_helpdesk;
  EventsAhead agenda_events;
  DiscussionsUnread agenda_discussions;
  agenda::AgendaService agenda;
  storage::SurveyRepositorySql survey_repository;
  SurveySurroundings survey_surroundings;
  surveys::SurveyService surveys;
  storage::NewsletterRepositorySql newsletter_repository;
  newsletter::NewsletterService newsletter;
  storage::TrainingRepositorySql training_repository;
  TrainingPlatform training_platform;
  training::TrainingService training;

  // Whether the services can answer now: their database is reachable. Fails with kind
  // unavailable when it is not.
  Status ready();

 private:
  Services(storage::Database& db, const Config& config, security::PasswordRules rules, retrieval::Thesaurus thesaurus,
           std::string respondent_secret, std::string survey_secret);

  storage::Database& db_;
};

accounts::AccountSettings account_settings(const Config& config);

// Reads the installed bilingual dictionaries and WordNet the configuration names and hands
// them to the knowledge search; what is missing is logged, and search works without it.
// The server calls it at start (commands, which do not search, leave it: it takes seconds);
// no search may run meanwhile.
void load_search_sources(Services& services, const Config& config);

// Stores `<resources>/assessment/framework.json` as the first framework version when the
// database has none; a missing file is only logged.
Status ensure_assessment_framework(assessment::AssessmentService& assessments, const Config& config);

// Loads `<resources>/monitoring/workplan.json` (periods, activities, indicator targets) into a
// database without a work plan; a missing file is only logged.
Status ensure_work_plan(monitoring::MonitoringService& monitoring, const Config& config);

}  // namespace cps::app
