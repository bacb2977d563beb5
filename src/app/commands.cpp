#include "app/commands.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>

#include "app/application.hpp"
#include "app/assessment_command.hpp"
#include "app/backup_command.hpp"
#include "app/monitoring_command.hpp"
#include "app/newsletter_command.hpp"
#include "app/config.hpp"
#include "app/demo.hpp"
#include "app/imports.hpp"
#include "app/services.hpp"
#include "app/users.hpp"
#include "app/analytics_command.hpp"
#include "app/knowledge_demo.hpp"
#include "app/assessment_demo.hpp"
#include "app/monitoring_demo.hpp"
#include "app/mentoring_demo.hpp"
#include "app/event_demo.hpp"
#include "app/foresight_demo.hpp"
#include "app/survey_demo.hpp"
#include "app/feedback_demo.hpp"
#include "app/discussion_demo.hpp"
#include "app/group_demo.hpp"
#include "app/plans_demo.hpp"
#include "app/newsletter_demo.hpp"
#include "app/pilot_demo.hpp"
#include "app/transfer_demo.hpp"
#include "app/news_demo.hpp"
#include "app/cluster_profile_demo.hpp"
#include "app/partner_search_demo.hpp"
#include "app/training_demo.hpp"
#include "domain/reference/reference_service.hpp"
#include "storage/outbox_sql.hpp"
#include "storage/reference_repository_sql.hpp"

namespace cps::app {

namespace {

int report(const Error& e) {
  fmt::print(stderr, "clusterpolisee: {}{}\n", filled_message(e),
             e.detail.empty() ? "" : " (" + e.detail + ")");
  return e.kind == ErrorKind::invalid ? 2 : 1;
}

Status reset_database(const Config& config) {
  auto url = storage::parse_database_url(config.database_url);
  if (!url) return std::unexpected(url.error());
  if (url->dialect == storage::Dialect::sqlite) {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::error_code ec;
      std::filesystem::remove(url->sqlite_path + suffix, ec);
    }
    return {};
  }
  auto db = open_database(config);
  if (!db) return std::unexpected(db.error());
  return (*db)->with_session([](soci::session& s) {
    s << "DROP SCHEMA public CASCADE";
    s << "CREATE SCHEMA public";
  });
}

// The daily check of saved searches, at once: every search with alerts (with Due::now even those
// checked less than a day ago) mails its owner the matches found since.
int partner_search_alerts(const Config& config, partner_search::Due due) {
  auto services = open_services(config);
  if (!services) return report(services.error());
  auto queued = (*services)->partner_search.send_alerts(due);
  if (!queued) return report(queued.error());
  fmt::print("{} e-mail(s) about new partners queued\n", *queued);
  return 0;
}

// The hourly round's event reminders, now: for an operator who restarted the server across the
// hour, and for tests. Each person is reminded once per reminder whoever sends it.
int event_reminders(const Config& config) {
  auto services = open_services(config);
  if (!services) return report(services.error());
  auto queued = (*services)->events.send_reminders();
  if (!queued) return report(queued.error());
  fmt::print("{} event reminder e-mail(s) queued\n", *queued);
  return 0;
}

int demo(const Config& config, bool reset) {
  if (reset) {
    if (auto ok = reset_database(config); !ok) return report(ok.error());
  }
  auto services = open_services(config);
  if (!services) return report(services.error());
  // The demo's steps go through the services, which queue mails to the demo's fictional
  // people (mentoring answers, helpdesk questions, expressions of interest): none is kept.
  storage::SqlOutbox outbox(*services->db);
  auto mails_before = outbox.last_id();
  if (!mails_before) return report(mails_before.error());
  auto& service = (*services)->reference;
  auto countries = service.countries();
  auto regions = service.find_regions({});
  auto areas = service.areas("en");
  if (!countries || !regions || !areas)
    return report(Error{ErrorKind::internal, "The demo data cannot be read back."});
  auto partnership =
      load_demo_partnership(**services, config.resources_dir / "demo" / "partnership.json");
  if (!partnership) return report(partnership.error());
  // Real Eurostat figures for the programme area, once each (a dataset with a version is
  // kept). GDP in million euro beside GDP per inhabitant gives the population, and so the
  // people in employment per 100 inhabitants.
  struct ShippedDataset {
    const char *file, *code, *title, *unit, *source, *sector_dimension;
    std::vector<std::string> select;
  };
  const ShippedDataset kShipped[] = {
      {"lfst_r_lfe2en2.tsv", "employment-nace", "Employment by economic activity (NACE Rev. 2)",
       "thousand persons", "Eurostat, Labour Force Survey (lfst_r_lfe2en2)", "nace_r2", {"age=Y_GE15", "unit=THS"}},
      {"nama_10r_2gdp.tsv", "gdp-per-inhabitant", "Gross domestic product per inhabitant", "euro per inhabitant",
       "Eurostat, regional accounts (nama_10r_2gdp)", "", {"unit=EUR_HAB"}},
      {"nama_10r_2gdp.tsv", "gdp-million-eur", "Gross domestic product", "million euro",
       "Eurostat, regional accounts (nama_10r_2gdp)", "", {"unit=MIO_EUR"}},
  };
  const std::filesystem::path eurostat = config.resources_dir / "eurostat";
  std::vector<ImportCommand> shipped;
  for (const auto& d : kShipped)
    shipped.push_back(ImportCommand{.format = "eurostat-tsv",
                                    .file = (eurostat / d.file).string(),
                                    .code = d.code,
                                    .title = d.title,
                                    .unit = d.unit,
                                    .source = d.source,
                                    .licence = "Source: Eurostat",
                                    .sector_dimension = d.sector_dimension,
                                    .select = d.select,
                                    .invalid_rows = statistics::InvalidRows::skip});
  auto known = (*services)->statistics.datasets();
  if (!known) return report(known.error());
  std::size_t datasets_loaded = 0;
  for (const auto& command : shipped) {
    bool present = std::any_of(known->begin(), known->end(), [&](const statistics::Dataset& d) {
      return d.code == command.code;
    });
    if (present) continue;
    std::vector<readers::Issue> issues;
    auto imported = import_file(**services, command, issues);
    if (!imported) return report(imported.error());
    ++datasets_loaded;
  }
  if (datasets_loaded > 0) {
    auto computed = recompute_with_progress(**services);
    if (!computed) return report(computed.error());
  }
  auto categories = load_shipped_categories(**services, config);
  if (!categories) return report(categories.error());
  if (auto current = reindex_with_progress(**services, Reindex::when_stale); !current) return report(current.error());
  auto knowledge = load_demo_knowledge(**services, config.resources_dir / "demo" / "knowledge.json");
  if (!knowledge) return report(knowledge.error());
  auto assessments = load_demo_assessments(**services, config.resources_dir / "demo" / "assessments.json");
  if (!assessments) return report(assessments.error());
  // The monitoring first: its work plan sets the reporting periods that pilots record values in.
  auto monitoring = load_demo_monitoring(**services, config.resources_dir / "demo" / "monitoring.json");
  if (!monitoring) return report(monitoring.error());
  auto pilots = load_demo_pilots(**services, config.resources_dir / "demo" / "pilots.json");
  if (!pilots) return report(pilots.error());
  auto transfers = load_demo_transfers(**services, config.resources_dir / "demo" / "transfers.json");
  if (!transfers) return report(transfers.error());
  auto mentoring = load_demo_mentoring(**services, config.resources_dir / "demo" / "mentoring.json");
  if (!mentoring) return report(mentoring.error());
  auto feedback = load_demo_feedback(**services);
  if (!feedback) return report(feedback.error());
  auto events = load_demo_events(**services);
  if (!events) return report(events.error());
  auto profiles = load_demo_cluster_profiles(**services, config.resources_dir / "demo" / "cluster_profiles.json");
  if (!profiles) return report(profiles.error());
  auto partner_search = load_demo_partner_search(**services, config.resources_dir / "demo" / "partner_search.json");
  if (!partner_search) return report(partner_search.error());
  auto news = load_demo_news(**services, config.resources_dir / "demo" / "news.json");
  if (!news) return report(news.error());
  auto foresight = load_demo_foresight(**services);
  if (!foresight) return report(foresight.error());
  auto group_demo = load_demo_groups(**services);
  if (!group_demo) return report(group_demo.error());
  auto plans_demo = load_demo_plans(**services);
  if (!plans_demo) return report(plans_demo.error());
  auto discussions = load_demo_discussions(**services);
  if (!discussions) return report(discussions.error());
  auto survey_demo = load_demo_surveys(**services);
  if (!survey_demo) return report(survey_demo.error());
  auto newsletter_demo = load_demo_newsletter(**services, *services->db);
  if (!newsletter_demo) return report(newsletter_demo.error());
  auto training_demo = load_demo_training(**services);
  if (!training_demo) return report(training_demo.error());
  auto unsent = outbox.drop_unsent_after(*mails_before);
  if (!unsent) return report(unsent.error());
  fmt::print("Demo database ready: {}\n", services->db->url().redacted);
  fmt::print("  {} regional datasets from Eurostat ({} new)\n", shipped.size(), datasets_loaded);
  fmt::print("  {} new knowledge items\n", *knowledge);
  std::string added;
  for (const auto& [status, n] : assessments->added_by_status)
    added += fmt::format("{}{} {}", added.empty() ? ": " : ", ", n, status);
  fmt::print("  {} assessments of regions' cluster policies ({} new{})\n", assessments->total, assessments->added, added);
  added.clear();
  for (const auto& [status, n] : pilots->added_by_status)
    added += fmt::format("{}{} {}", added.empty() ? ": " : ", ", n, status);
  fmt::print("  {} pilot initiatives ({} new{})\n", pilots->total, pilots->added, added);
  fmt::print("  {} policy transfers ({} new)\n", transfers->total, transfers->added);
  fmt::print("  {} mentoring requests ({} new), {} new mentor offers\n", mentoring->requests_total,
             mentoring->requests_added, mentoring->offers_added);
  fmt::print("  {} judgments on recommendations, {} curated, {} new helpdesk questions\n", feedback->judgments,
             feedback->curations, feedback->questions_added);
  fmt::print("  {} new events, {} registrations, {} knowledge items from study visits\n", events->events_added,
             events->registrations, events->knowledge_items);
  fmt::print("  {} cluster profiles ({} new)\n", profiles->total, profiles->added);
  fmt::print("  {} news posts in five languages ({} new)\n", news->total, news->added);
  fmt::print("  working groups: {} new discussions with {} replies, {} decisions\n", group_demo->threads,
             group_demo->posts, group_demo->decisions);
  fmt::print("  joint plans: {} new plans, {} suggestions, {} votes of the steering committee\n", plans_demo->plans,
             plans_demo->suggestions, plans_demo->ballots);
  fmt::print("  discussions about subjects: {} new\n", discussions->discussions);
  fmt::print("  newsletter: {} new subscribers, {} issue sent\n", newsletter_demo->subscribers,
             newsletter_demo->issues);
  fmt::print("  training: {} new modules, {} enrolments, {} certificates\n", training_demo->modules_added,
             training_demo->enrolments, training_demo->certificates);
  fmt::print("  partner search: {} new saved searches, {} new expressions of interest\n",
             partner_search->saved_searches, partner_search->interests);
  if (foresight->added)
    fmt::print("  the Delphi study \"SEE clusters 2035\": 3 rounds, {} panellists from {} countries\n",
               foresight->panellists, foresight->countries);
  if (survey_demo->added)
    fmt::print("  the stakeholder survey \"Needs of cluster organisations 2027\": {} responses from {} countries\n",
               survey_demo->responses, survey_demo->countries);
  std::string reports;
  for (const auto& [status, n] : monitoring->reports_by_status)
    reports += fmt::format("{}{} {}", reports.empty() ? "" : ", ", n, status);
  if (monitoring->added)
    fmt::print("  the partnership's monitoring: {} activities updated, {} spending entries ({} verified), "
               "progress reports: {}\n",
               monitoring->activities, monitoring->spending, monitoring->verified, reports);
  else
    fmt::print("  the partnership's monitoring as it was (progress reports: {})\n", reports);
  fmt::print("  {} countries, {} statistical regions, {} thematic areas\n", countries->size(),
             regions->total, areas->size());
  fmt::print("  {} organisations ({} new), {} people ({} new)\n", partnership->organisations_total,
             partnership->organisations_added, partnership->people_total,
             partnership->people_added);
  fmt::print("Demo sign-ins (password: {}):\n", kDemoPassword);
  for (const auto& [role, email] : partnership->logins) fmt::print("  {:<18} {}\n", role, email);
  fmt::print("Serve it with: clusterpolisee serve   (then open http://{}:{}/)\n", config.host,
             config.port);
  return 0;
}

int migrate(const Config& config, bool status_only) {
  auto db = open_database(config);
  if (!db) return report(db.error());
  storage::Migrator migrator(**db, config.resources_dir / "migrations");
  if (status_only) {
    auto state = migrator.inspect();
    if (!state) return report(state.error());
    fmt::print("database schema version {}, program knows {}; {} pending\n",
               state->database_version, state->program_version, state->pending.size());
    for (const auto& m : state->pending) fmt::print("  pending: {:04d} {}\n", m.version, m.name);
    return 0;
  }
  auto applied = migrate_with_progress(**db, config);
  if (!applied) return report(applied.error());
  fmt::print("{} migration(s) applied to {}\n", *applied, (*db)->url().redacted);
  return 0;
}

}  // namespace

int run_command_line(int argc, char** argv) {
  CLI::App cli{
      "ClusterPoliSEE: mutual policy learning on regional cluster policies in South East Europe",
      "clusterpolisee"};
  cli.require_subcommand(1);
  std::string config_file;
  std::map<std::string, std::string> flag_values;
  std::vector<std::pair<CLI::App*, std::map<std::string, CLI::Option*>>> commands_with_settings;
  // Every command that touches the database takes every setting, so `serve --help` lists them.
  auto with_settings = [&](CLI::App* command) {
    command->add_option("--config", config_file,
                        "TOML file with settings (flags and CLUSTERPOLISEE_* variables win)");
    std::map<std::string, CLI::Option*> options;
    for (const auto& spec : setting_specs()) {
      std::string help = fmt::format("{} [env {}]", spec.help, environment_name(spec));
      if (*spec.default_value) help += fmt::format(" (default {})", spec.default_value);
      options[spec.key] = command->add_option(flag_name(spec), flag_values[spec.key], help);
    }
    commands_with_settings.emplace_back(command, std::move(options));
    return command;
  };

  auto* serve_cmd = with_settings(cli.add_subcommand("serve", "Serve the web pages and the API"));
  auto* routes_cmd = with_settings(
      cli.add_subcommand("routes", "Print every route the server would serve (method and path pattern)"));
  auto* migrate_cmd =
      with_settings(cli.add_subcommand("migrate", "Apply pending database migrations"));
  bool status_only = false;
  migrate_cmd->add_flag("--status", status_only, "Only show which migrations are pending");
  auto* demo_cmd = with_settings(cli.add_subcommand("demo", "Create or refresh the demo database"));
  bool reset = false;
  demo_cmd->add_flag("--reset", reset, "Delete the database first (all its data)");
  auto* version_cmd = cli.add_subcommand("version", "Print the program version");

  UserCommand user;
  auto* user_cmd = cli.add_subcommand("user", "Manage people and their roles");
  user_cmd->require_subcommand(1);
  auto* user_add = with_settings(user_cmd->add_subcommand(
      "add", "Add a person: invited by e-mail, or active at once with --password-stdin"));
  user_add->add_option("--email", user.email, "e-mail address")->required();
  user_add->add_option("--name", user.name, "display name")->required();
  user_add->add_option("--organisation", user.organisation, "short name of the organisation");
  user_add->add_option("--language", user.language,
                       "language of the interface and e-mails (en, ro, sq, hu, el)");
  user_add->add_option("--role", user.roles,
                       "a role, e.g. partner_staff or wg_coordinator:WG3 (repeatable)");
  user_add->add_flag("--password-stdin", user.password_from_stdin,
                     "read the password from standard input");
  auto* user_set_role = with_settings(user_cmd->add_subcommand(
      "set-role", "Give a person exactly these roles (none: take all away)"));
  user_set_role->add_option("--email", user.email, "e-mail address")->required();
  user_set_role->add_option("--role", user.roles,
                            "a role, e.g. sc_member or wg_member:WG1 (repeatable)");
  auto* user_reset = with_settings(user_cmd->add_subcommand(
      "reset-password", "Print a one-time link (one hour) to choose a new password"));
  user_reset->add_option("--email", user.email, "e-mail address")->required();
  auto* user_list =
      with_settings(user_cmd->add_subcommand("list", "List every account with its roles"));

  ImportCommand import;
  bool valid_rows_only = false, negative_values = false;
  auto* import_cmd = cli.add_subcommand("import", "Import data");
  import_cmd->require_subcommand(1);
  std::string knowledge_file, knowledge_format;
  auto* import_knowledge = with_settings(import_cmd->add_subcommand(
      "knowledge", "Add the items of a JSON or CSV download of the knowledge base (as drafts)"));
  import_knowledge
      ->add_option("file", knowledge_file, "the JSON or CSV file (GET /api/v1/knowledge?format=json or format=csv)")
      ->required();
  import_knowledge
      ->add_option("--format", knowledge_format,
                   "json or csv; by default told by the file's extension (.json, .csv), else by its content")
      ->check(CLI::IsMember({"json", "csv"}));
  auto* import_dataset = with_settings(import_cmd->add_subcommand(
      "dataset", "Import regional statistics as a new version of a dataset"));
  import_dataset->add_option("file", import.file, "the file to import")->required();
  import_dataset
      ->add_option(
          "--format", import.format,
          "file format: eurostat-tsv, sdmx-csv, csv (region,sector,year,value[,flag]) "
          "or xlsx (the same in the first worksheet); guessed from the file when not given")
      ->check(CLI::IsMember({"eurostat-tsv", "sdmx-csv", "csv", "xlsx", "auto"}));
  import_dataset->add_option("--code", import.code, "dataset code, e.g. employment-nace")
      ->required();
  import_dataset->add_option("--title", import.title, "title people read")->required();
  import_dataset->add_option("--unit", import.unit, "unit of the values, e.g. thousand persons");
  import_dataset->add_option("--source", import.source, "where the data comes from");
  import_dataset->add_option("--licence", import.licence, "licence or attribution");
  import_dataset->add_option("--sector-dimension", import.sector_dimension,
                             "the dimension holding sectors in Eurostat files, e.g. nace_r2");
  import_dataset->add_option(
      "--select", import.select,
      "keep only rows with this dimension value, e.g. age=Y_GE15 (repeatable)");
  import_dataset->add_flag("--valid-rows-only", valid_rows_only,
                           "import the rows without problems instead of refusing the file");
  import_dataset->add_flag("--negative-values", negative_values,
                           "the values may be below zero (e.g. growth rates); counts may not");

  CodeChangeCommand code_change;
  bool split = false;
  auto* regions_cmd = cli.add_subcommand("regions", "Statistical regions");
  regions_cmd->require_subcommand(1);
  auto* code_changes_cmd = regions_cmd->add_subcommand(
      "code-changes", "Codes of older NUTS versions that imports rename to NUTS 2021 or report");
  code_changes_cmd->require_subcommand(1);
  auto* code_changes_list =
      with_settings(code_changes_cmd->add_subcommand("list", "List the code changes"));
  auto* code_changes_add = with_settings(code_changes_cmd->add_subcommand(
      "add", "Add a change: OLD NEW, or OLD --split for a region split or merged"));
  code_changes_add->add_option("old", code_change.old_code, "the older code, e.g. HU10")
      ->required();
  code_changes_add->add_option("new", code_change.new_code,
                               "its NUTS 2021 code of the programme area");
  code_changes_add->add_flag("--split", split,
                             "the region was split or merged: its figures are reported, not kept");
  code_changes_add->add_option("--vintage", code_change.vintage,
                               "the NUTS version of the old code, e.g. NUTS 2013");
  code_changes_add->add_option("--note", code_change.note, "a note, e.g. the region's name");
  auto* code_changes_remove =
      with_settings(code_changes_cmd->add_subcommand("remove", "Remove a change"));
  code_changes_remove->add_option("old", code_change.old_code, "the older code")->required();

  auto* analytics_cmd = cli.add_subcommand("analytics", "Regional analytics");
  analytics_cmd->require_subcommand(1);
  auto* recompute_cmd = with_settings(analytics_cmd->add_subcommand(
      "recompute", "Compute and keep the economic complexity of every dataset with sectors again"));
  std::string recompute_scope;
  recompute_cmd->add_option("--scope", recompute_scope,
                            "programme (the programme area) or europe; both when left out");

  auto* knowledge_cmd = cli.add_subcommand("knowledge", "The knowledge base");
  knowledge_cmd->require_subcommand(1);
  auto* reindex_cmd = with_settings(knowledge_cmd->add_subcommand(
      "reindex", "Make every item's search terms again (after the analysis or the thesaurus changed)"));

  FrameworkCommand framework;
  int framework_version = 0;
  auto* assessment_cmd = cli.add_subcommand("assessment", "Policy assessments");
  assessment_cmd->require_subcommand(1);
  auto* framework_cmd = assessment_cmd->add_subcommand("framework", "The assessment framework as a file");
  framework_cmd->require_subcommand(1);
  auto* framework_export = with_settings(framework_cmd->add_subcommand(
      "export", "Write a version of the framework as a file (JSON; standard output without FILE)"));
  framework_export->add_option("--version", framework_version, "the version (default: the latest)")
      ->check(CLI::Range(1, 1000000));
  framework_export->add_option("file", framework.file, "the file to write");
  auto* framework_import = with_settings(framework_cmd->add_subcommand(
      "import", "Store the framework of a file (an export) as a new version"));
  framework_import->add_option("file", framework.file, "the framework file (JSON)")->required();

  MonitoringCommand monitoring_command;
  auto* monitoring_cmd = cli.add_subcommand("monitoring", "The partnership's monitoring");
  monitoring_cmd->require_subcommand(1);
  auto* workplan_cmd = monitoring_cmd->add_subcommand("workplan", "The work plan as a file");
  workplan_cmd->require_subcommand(1);
  auto* workplan_export = with_settings(workplan_cmd->add_subcommand(
      "export", "Write the periods, activities and indicator targets as a file (JSON; standard output without FILE)"));
  workplan_export->add_option("file", monitoring_command.file, "the file to write");
  auto* workplan_import = with_settings(workplan_cmd->add_subcommand(
      "import", "Store the periods, activities (by code: changed or added) and targets of a work plan file"));
  workplan_import->add_option("file", monitoring_command.file, "the work plan file (JSON)")->required();
  auto* rates_cmd = monitoring_cmd->add_subcommand("rates", "The programme's monthly exchange rates");
  rates_cmd->require_subcommand(1);
  auto* rates_import = with_settings(rates_cmd->add_subcommand(
      "import", "Store the rates of a CSV file with the columns currency, month (YYYY-MM), per_euro"));
  rates_import->add_option("file", monitoring_command.file, "the rates (CSV, header row first)")->required();

  NewsletterBounceCommand bounce;
  auto* newsletter_cmd = cli.add_subcommand("newsletter", "The newsletter's subscribers");
  newsletter_cmd->require_subcommand(1);
  auto* bounce_cmd = with_settings(newsletter_cmd->add_subcommand(
      "bounce", "Record a bounce of a subscriber's address (one hard or three soft suppress it)"));
  bounce_cmd->add_option("--email", bounce.email, "the subscriber's address")->required();
  bounce_cmd->add_option("--kind", bounce.kind, "hard (the address does not exist) or soft (a full mailbox)")->required();
  bounce_cmd->add_option("--reason", bounce.reason, "what the mail server said, one line");

  auto* events_cmd = cli.add_subcommand("events", "Events and study visits");
  events_cmd->require_subcommand(1);
  auto* remind_cmd = with_settings(events_cmd->add_subcommand(
      "remind", "Queue the reminders due now, a week and a day before events (the server does it every hour)"));

  auto* partner_search_cmd = cli.add_subcommand("partner-search", "International partner search among cluster profiles");
  partner_search_cmd->require_subcommand(1);
  bool all_due = false;
  auto* alerts_cmd = with_settings(partner_search_cmd->add_subcommand(
      "alerts", "Mail the owners of saved searches their new matches now (the server does it once a day)"));
  alerts_cmd->add_flag("--all", all_due, "every saved search with alerts, also those checked less than a day ago");

  CategoriesCommand categories;
  auto* sectors_cmd = cli.add_subcommand("sectors", "Sector classifications");
  sectors_cmd->require_subcommand(1);
  auto* categories_cmd = sectors_cmd->add_subcommand("categories", "The NACE division → cluster category table");
  categories_cmd->require_subcommand(1);
  auto* categories_list = with_settings(categories_cmd->add_subcommand("list", "Print the table as CSV"));
  auto* categories_load = with_settings(categories_cmd->add_subcommand(
      "load", "Replace the table from a CSV file: nace_division,section,category"));
  categories_load->add_option("file", categories.file, "the file to load")->required();

  std::string backup_file, copy_from, copy_to;
  auto* backup_cmd = with_settings(cli.add_subcommand(
      "backup",
      "Write the database and the uploaded files into one file (a tar archive with a manifest), "
      "while the server keeps serving"));
  backup_cmd->add_option("file", backup_file, "the backup file to write (replaced whole, or left as it was)")
      ->required();
  auto* restore_cmd = with_settings(cli.add_subcommand(
      "restore",
      "Restore a backup file into an empty installation (a new database and data directory); "
      "an older schema is migrated"));
  restore_cmd->add_option("file", backup_file, "the backup file (made by clusterpolisee backup)")->required();
  auto* copy_cmd = with_settings(cli.add_subcommand(
      "copy-database",
      "Copy every table of one database into another, empty one (SQLite to PostgreSQL or back), "
      "checked row by row"));
  copy_cmd->add_option("--from", copy_from, "database URL to copy from (e.g. sqlite:///srv/cps/data/clusterpolisee.db)")
      ->required();
  copy_cmd->add_option("--to", copy_to, "database URL to copy into (e.g. postgresql://cps@127.0.0.1/cps): "
                                        "empty; its schema is made when absent")
      ->required();

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    cli.exit(e);
    return 2;
  }

  if (version_cmd->parsed()) {
    fmt::print("clusterpolisee {}\n", CPS_VERSION);
    return 0;
  }

  SettingSources sources;
  for (const auto& [command, options] : commands_with_settings)
    if (command->parsed())
      for (const auto& [key, option] : options)
        if (option->count() > 0) sources.flags[key] = flag_values[key];
  if (!config_file.empty()) sources.config_file = config_file;
  sources.environment = read_environment();
  auto config = load_config(sources);
  if (!config) {
    fmt::print(stderr, "clusterpolisee: {}\n", config.error().message);
    return 2;
  }
  // Diagnostics go to standard error; standard output carries the access log and results.
  spdlog::set_default_logger(spdlog::stderr_color_mt("clusterpolisee"));
  spdlog::set_level(spdlog::level::from_str(config->log_level));

  if (migrate_cmd->parsed()) return migrate(*config, status_only);
  if (backup_cmd->parsed()) return run_backup(*config, backup_file);
  if (restore_cmd->parsed()) return run_restore(*config, backup_file);
  if (copy_cmd->parsed()) return run_copy_database(*config, copy_from, copy_to);
  if (import_dataset->parsed()) {
    if (valid_rows_only) import.invalid_rows = statistics::InvalidRows::skip;
    if (negative_values) import.negative_values = readers::NegativeValues::allowed;
    return run_import_command(*config, import);
  }
  if (recompute_cmd->parsed()) return run_recompute_command(*config, recompute_scope);
  if (import_knowledge->parsed()) return run_knowledge_import(*config, knowledge_file, knowledge_format);
  if (reindex_cmd->parsed()) return run_reindex_command(*config);
  if (framework_export->parsed() || framework_import->parsed()) {
    framework.kind = framework_import->parsed() ? FrameworkCommand::Kind::import_file : FrameworkCommand::Kind::export_file;
    if (framework_version > 0) framework.version = framework_version;
    return run_framework_command(*config, framework);
  }
  if (workplan_export->parsed() || workplan_import->parsed() || rates_import->parsed()) {
    monitoring_command.kind = workplan_export->parsed()   ? MonitoringCommand::Kind::export_work_plan
                              : workplan_import->parsed() ? MonitoringCommand::Kind::import_work_plan
                                                          : MonitoringCommand::Kind::import_rates;
    return run_monitoring_command(*config, monitoring_command);
  }
  if (bounce_cmd->parsed()) return run_newsletter_bounce(*config, bounce);
  if (remind_cmd->parsed()) return event_reminders(*config);
  if (alerts_cmd->parsed()) return partner_search_alerts(*config, all_due ? partner_search::Due::now : partner_search::Due::daily);
  if (categories_list->parsed() || categories_load->parsed()) {
    categories.kind = categories_load->parsed() ? CategoriesCommand::Kind::load : CategoriesCommand::Kind::list;
    return run_categories_command(*config, categories);
  }
  if (code_changes_cmd->parsed()) {
    if (code_changes_add->parsed()) code_change.kind = CodeChangeCommand::Kind::add;
    if (code_changes_remove->parsed()) code_change.kind = CodeChangeCommand::Kind::remove;
    if (code_changes_list->parsed()) code_change.kind = CodeChangeCommand::Kind::list;
    if (split) code_change.successor = CodeChangeCommand::Successor::split;
    return run_code_change_command(*config, code_change);
  }
  if (user_cmd->parsed()) {
    if (user_add->parsed()) user.kind = UserCommand::Kind::add;
    if (user_set_role->parsed()) user.kind = UserCommand::Kind::set_role;
    if (user_reset->parsed()) user.kind = UserCommand::Kind::reset_password;
    if (user_list->parsed()) user.kind = UserCommand::Kind::list;
    return run_user_command(*config, user);
  }
  if (demo_cmd->parsed()) return demo(*config, reset);
  if (serve_cmd->parsed()) {
    auto db = open_database(*config);
    if (!db) return report(db.error());
    return serve(*config, **db);
  }
  if (routes_cmd->parsed()) {
    auto db = open_database(*config);
    if (!db) return report(db.error());
    return serve(*config, **db, ServeMode::list_routes);
  }
  return 2;
}

}  // namespace cps::app
