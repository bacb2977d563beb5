#include "app/services.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

#include "security/keyed_digest.hpp"

namespace cps::app {

accounts::AccountSettings account_settings(const Config& config) {
  accounts::AccountSettings s;
  s.session_idle = std::chrono::duration_cast<std::chrono::seconds>(config.session_idle).count();
  s.session_absolute =
      std::chrono::duration_cast<std::chrono::seconds>(config.session_absolute).count();
  s.self_registration =
      config.self_registration ? accounts::SelfRegistration::on : accounts::SelfRegistration::off;
  s.public_url = config.public_url;
  return s;
}

Result<std::unique_ptr<Services>> Services::build(storage::Database& db, const Config& config) {
  auto rules = security::PasswordRules::load(config.resources_dir / "security" / "common-passwords.txt");
  if (!rules) return std::unexpected(rules.error());
  auto thesaurus = retrieval::Thesaurus::load(config.resources_dir / "knowledge" / "thesaurus.json", retrieval::Analyzer());
  if (!thesaurus) return std::unexpected(thesaurus.error());
  // Delphi respondent keys: the secret lives beside the data, never in the database.
  auto respondent_secret = security::secret_file(config.data_dir / "delphi-respondents.key");
  if (!respondent_secret) return std::unexpected(respondent_secret.error());
  // Survey respondent keys: their own secret, beside the data as well.
  auto survey_secret = security::secret_file(config.data_dir / "survey-respondents.key");
  if (!survey_secret) return std::unexpected(survey_secret.error());
  std::unique_ptr<Services> services(
      new Services(db, config, std::move(*rules), std::move(*thesaurus), std::move(*respondent_secret),
                   std::move(*survey_secret)));
  if (config.machine_translation == MachineTranslationEngine::apertium) {
    services->machine_translator = std::make_unique<machine_translation::ApertiumTranslator>();
    std::string directions;
    for (const auto& p : services->machine_translator->pairs()) directions += " " + p.from + "→" + p.to;
    if (directions.empty()) {
      spdlog::info("knowledge: no machine translation (apertium or its pairs are not installed)");
    } else {
      spdlog::info("knowledge: machine translation by {}:{}", services->machine_translator->version(), directions);
      services->knowledge.use_translator(services->machine_translator.get());
    }
  }
  if (auto framework = ensure_assessment_framework(services->assessments, config); !framework)
    return std::unexpected(framework.error());
  if (auto work_plan = ensure_work_plan(services->monitoring, config); !work_plan)
    return std::unexpected(work_plan.error());
  return services;
}

void load_search_sources(Services& services, const Config& config) {
  if (!config.dictionaries_dir.empty()) services.dictionaries = retrieval::Dictionaries::load(config.dictionaries_dir);
  for (const auto& problem : services.dictionaries.problems()) spdlog::warn("search: {}", problem);
  if (services.dictionaries.empty()) {
    spdlog::warn("search: no bilingual dictionaries in '{}' (Debian packages dict-freedict-*): query words "
                 "outside the thesaurus are not translated",
                 config.dictionaries_dir.string());
  } else {
    std::string directions;
    for (const auto& d : services.dictionaries.directions())
      directions += (directions.empty() ? "" : " ") + d.from + "→" + d.to + (d.reversed ? "*" : "");
    spdlog::info("search: {} dictionary directions from {} ({}; * read backwards), {} MiB",
                 services.dictionaries.directions().size(), config.dictionaries_dir.string(), directions,
                 services.dictionaries.memory() >> 20);
  }
  if (!config.wordnet_dir.empty()) services.wordnet = retrieval::WordNet::load(config.wordnet_dir);
  if (services.wordnet.empty())
    spdlog::warn("search: no WordNet in '{}' (Debian package wordnet-base): English queries are not widened",
                 config.wordnet_dir.string());
  else
    spdlog::info("search: WordNet from {} ({} lemmas, {} MiB)", config.wordnet_dir.string(),
                 services.wordnet.lemmas(), services.wordnet.memory() >> 20);
  services.knowledge.widen_queries_with({.dictionaries = &services.dictionaries, .wordnet = &services.wordnet});
}

Status ensure_assessment_framework(assessment::AssessmentService& assessments, const Config& config) {
  const std::filesystem::path file = config.resources_dir / "assessment" / "framework.json";
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    // Tests run without the shipped resources; a database may also hold a framework already.
    spdlog::info("assessments: no default framework at {}", file.string());
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto framework = assessments.ensure_framework(text.str());
  if (!framework) {
    auto e = framework.error();
    e.detail = file.string() + (e.field.empty() ? "" : " (" + e.field + ")") + ": " + e.detail;
    return std::unexpected(std::move(e));
  }
  return {};
}

Status ensure_work_plan(monitoring::MonitoringService& monitoring, const Config& config) {
  const std::filesystem::path file = config.resources_dir / "monitoring" / "workplan.json";
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    spdlog::info("monitoring: no default work plan at {}", file.string());
    return {};
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto loaded = monitoring.ensure_work_plan(text.str());
  if (!loaded) {
    auto e = loaded.error();
    e.detail = file.string() + (e.field.empty() ? "" : " (" + e.field + ")") + ": " + e.detail;
    return std::unexpected(std::move(e));
  }
  if (*loaded > 0) spdlog::info("monitoring: the default work plan loaded ({} activities)", *loaded);
  return {};
}

namespace {

// What a newsletter issue lists of the news: the latest posts published in its language, as
// anybody reads them.
Result<std::vector<newsletter::Headline>> headlines(news::NewsService& news, const std::string& language,
                                                    std::size_t count) {
  auto posts = news.list(accounts::Principal{}, news::NewsFilter{.language = language}, language);
  if (!posts) return std::unexpected(posts.error());
  std::vector<newsletter::Headline> out;
  for (const auto& view : *posts) {
    if (out.size() == count) break;
    out.push_back({view.post.title, view.post.summary, "/news/" + std::to_string(view.post.id.value())});
  }
  return out;
}

}  // namespace

Services::Services(storage::Database& db, const Config& config, security::PasswordRules rules,
                   retrieval::Thesaurus loaded_thesaurus, std::string respondent_secret,
                   std::string survey_secret)
    : catalogue(config.resources_dir / "locale"),
      reference_repository(db),
      reference(reference_repository),
      account_repository(db),
      password_rules(std::move(rules)),
      accounts(account_repository, password_rules, catalogue, account_settings(config)),
      organisations(account_repository, reference),
      statistics_repository(db),
      complexity_store(db),
      cluster_category_repository(db),
      statistics(statistics_repository, complexity_store, reference),
      cluster_categories(cluster_category_repository),
      thesaurus(std::move(loaded_thesaurus)),
      knowledge_repository(db),
      search_gap_repository(db),
      search_gaps(search_gap_repository),
      knowledge(knowledge_repository, reference, analyzer, thesaurus,
                knowledge::AttachmentSettings{.directory = config.data_dir / "attachments",
                                              .max_bytes = config.max_attachment_bytes,
                                              .max_per_item = 20},
                {}, &search_gaps),
      assessment_repository(db),
      assessment_directory(account_repository),
      assessment_practices(knowledge_repository),
      assessment_figures(statistics, statistics_repository, reference),
      assessments(assessment_repository, reference, assessment_directory, assessment_practices, assessment_figures),
      monitoring_repository(db),
      pilot_repository(db),
      pilot_surroundings(account_repository, knowledge_repository, monitoring_repository, reference,
                         assessment_repository),
      pilots(pilot_repository, pilot_surroundings),
      monitoring_platform(account_repository, knowledge_repository, assessment_repository, &pilot_repository,
                          MonitoringFiles{.directory = config.data_dir / "monitoring-files",
                                          .max_bytes = config.max_attachment_bytes},
                          catalogue),
      monitoring(monitoring_repository, monitoring_platform),
      transfer_repository(db),
      transfer_surroundings(account_repository, knowledge_repository, reference, pilots),
      transfers(transfer_repository, transfer_surroundings),
      mentoring_repository(db),
      mentoring_surroundings(account_repository, assessments, assessment_repository, reference, catalogue,
                             config.public_url),
      mentoring(mentoring_repository, mentoring_surroundings),
      feedback_repository(db),
      feedback_platform(reference, knowledge_repository),
      feedback(feedback_repository, feedback_platform),
      curations(feedback),
      helpdesk_repository(db),
      helpdesk_platform(account_repository, accounts, reference, knowledge_repository, knowledge, catalogue),
      helpdesk(helpdesk_repository, helpdesk_platform),
      event_repository(db),
      event_platform(account_repository, accounts, knowledge_repository, knowledge, catalogue),
      events(event_repository, event_platform),
      learning_surroundings(assessments, statistics, knowledge, pilots, reference, catalogue),
      learning(learning_surroundings, curations),
      cluster_profile_repository(db),
      cluster_profile_surroundings(account_repository, cluster_category_repository, accounts, catalogue),
      cluster_profiles(cluster_profile_repository, cluster_profile_surroundings),
      cluster_profile_catalogue(cluster_profile_repository, cluster_profile_surroundings),
      partner_search_repository(db),
      partner_search_platform({account_repository, accounts, reference, statistics, cluster_categories, analyzer,
                               thesaurus, catalogue}),
      partner_search(partner_search_repository, cluster_profile_catalogue, partner_search_platform),
      news_repository(db),
      news(news_repository, news::ImageSettings{.directory = config.data_dir / "news-images",
                                                .max_bytes = std::min<std::size_t>(config.max_attachment_bytes, 5u << 20)}),
      delphi_repository(db),
      foresight_surroundings(account_repository, catalogue, std::move(respondent_secret)),
      delphi(delphi_repository, foresight_surroundings),
      group_repository(db),
      group_platform(account_repository, accounts, catalogue, {knowledge, assessments, pilots, reference}),
      groups(group_repository, group_platform),
      plan_repository(db),
      plans(plan_repository),
      agenda_items(knowledge),
      agenda_assessments(assessments, reference),
      agenda_reports(monitoring),
      agenda_pilots(pilots),
      agenda_delphi(delphi),
      agenda_mentoring(mentoring),
      agenda_helpdesk(helpdesk),
      agenda_events(events),
      agenda_discussions(groups),
      agenda({&agenda_items, &agenda_assessments, &agenda_reports, &agenda_pilots, &agenda_delphi, &agenda_mentoring,
              &agenda_helpdesk, &agenda_events, &agenda_discussions}),
      survey_repository(db),
      survey_surroundings(account_repository, event_repository, catalogue, config.public_url, std::move(survey_secret)),
      surveys(survey_repository, survey_surroundings),
      newsletter_repository(db),
      newsletter(newsletter_repository, catalogue,
                 newsletter::NewsletterSettings{
                     [this] { return accounts.settings().public_url; },
                     [this](const std::string& language, std::size_t count) { return headlines(news, language, count); }}),
      training_repository(db),
      training_platform(events, knowledge_repository, account_repository),
      training(training_repository, training_platform),
      db_(db) {}

Status Services::ready() { return db_.ping(); }

}  // namespace cps::app
