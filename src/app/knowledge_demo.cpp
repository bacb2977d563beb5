#include "app/knowledge_demo.hpp"

#include <boost/json.hpp>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "app/application.hpp"
#include "app/demo.hpp"
#include "app/progress.hpp"
#include "core/text.hpp"
#include "domain/knowledge/item_import.hpp"
#include "domain/knowledge/item_input.hpp"
#include "domain/knowledge/item_table.hpp"

#include <fmt/format.h>

namespace cps::app {

namespace json = boost::json;
using namespace cps::knowledge;
using accounts::Principal;

namespace {

std::string text(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : "";
}

// A demo item in the input's JSON shape (read by read_input, as the API reads one): the file
// differs in its texts (an object by language, the original's first), its contact (an
// organisation's slug) and its status (reached through the workflow afterwards).
Result<ItemInput> demo_input(const json::object& item, const std::map<std::string, accounts::OrganisationId>& organisations) {
  json::object shape = item;
  shape.erase("contact");
  shape.erase("status");
  if (auto* contact = item.if_contains("contact"); contact && contact->is_object())
    if (auto org = organisations.find(text(contact->as_object(), "organisation")); org != organisations.end())
      shape["contact_organisation"] = org->second.value();
  json::array texts;
  std::string original = text(item, "original_language");
  if (auto* by_language = item.if_contains("texts"); by_language && by_language->is_object())
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& [language, t] : by_language->as_object()) {
        if (!t.is_object() || (language == original) != (pass == 0)) continue;
        json::object one = t.as_object();
        one["language"] = language;
        one["translation"] = language == original ? "original" : "human";
        texts.push_back(std::move(one));
      }
  shape["texts"] = std::move(texts);
  return read_input(shape);
}

// The principal a demo item is written as: a member of its contact organisation who may
// write items, else the first administrator.
Principal author_for(const std::vector<accounts::User>& users, std::optional<accounts::OrganisationId> organisation) {
  const accounts::User* chosen = nullptr;
  for (const auto& u : users) {
    bool writer = std::any_of(u.roles.begin(), u.roles.end(), [](const accounts::RoleAssignment& r) {
      return r.role == accounts::Role::partner_staff || r.role == accounts::Role::wg_member ||
             r.role == accounts::Role::wg_coordinator || r.role == accounts::Role::lead_coordinator;
    });
    if (writer && organisation && u.organisation == organisation && u.status == accounts::UserStatus::active) {
      chosen = &u;
      break;
    }
  }
  if (!chosen)
    for (const auto& u : users)
      if (std::any_of(u.roles.begin(), u.roles.end(), [](auto& r) { return r.role == accounts::Role::platform_admin; })) {
        chosen = &u;
        break;
      }
  Principal p;
  if (!chosen) return accounts::AccountService::command_line();
  p.via = Principal::Via::session;
  p.user = chosen->id;
  p.label = chosen->email;
  p.display_name = chosen->display_name;
  p.organisation = chosen->organisation;
  p.roles = chosen->roles;
  return p;
}

}  // namespace

Result<std::size_t> load_demo_knowledge(Services& services, const std::filesystem::path& file) {
  auto loaded = read_demo_json(file);
  if (!loaded) return std::unexpected(loaded.error());
  const json::value& root = *loaded;
  if (!root.is_object() || !root.as_object().contains("items") || !root.at("items").is_array())
    return std::unexpected(bad_demo_file(file, "it is not an object with a list of items"));
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  auto organisations = services.organisations.directory(platform, {});
  if (!organisations) return std::unexpected(organisations.error());
  std::map<std::string, accounts::OrganisationId> organisation_by_slug;
  for (const auto& o : *organisations) organisation_by_slug[o.slug] = o.id;

  const auto& items = root.at("items").as_array();
  ProgressBar bar("Loading the demo knowledge base", items.size());
  std::size_t added = 0, done = 0;
  for (const auto& value : items) {
    bar.update(++done);
    if (!value.is_object()) return std::unexpected(bad_demo_file(file, "an item is not an object"));
    const auto& o = value.as_object();
    ItemInput input;
    input.slug = text(o, "slug");
    auto existing = services.knowledge_repository.find_by_slug(input.slug);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) continue;
    auto status = parse_status(text(o, "status") == "review" ? "in_review" : text(o, "status"));
    if (!status) return std::unexpected(bad_demo_file(file, "item " + input.slug + " has an unknown code"));
    auto read = demo_input(o, organisation_by_slug);
    if (!read)
      return std::unexpected(bad_demo_file(file, "item " + input.slug + ": " + read.error().field + ": " + read.error().message));
    input = std::move(*read);
    Principal author = author_for(*users, input.contact_organisation);
    auto id = services.knowledge.create(author, input);
    if (!id) return std::unexpected(Error{id.error().kind, id.error().message, id.error().field, input.slug});
    ++added;
    // Through the workflow as people would: the author sends it for review, an administrator
    // publishes (and archives what the file marks archived).
    using T = KnowledgeService::Transition;
    std::vector<std::pair<T, const Principal*>> steps;
    if (*status != ItemStatus::draft) steps.push_back({T::submit, &author});
    if (*status == ItemStatus::published || *status == ItemStatus::archived) steps.push_back({T::publish, &platform});
    if (*status == ItemStatus::archived) steps.push_back({T::archive, &platform});
    int revision = 1;
    for (const auto& [step, who] : steps) {
      auto moved = services.knowledge.transition(*who, *id, revision, step, "");
      if (!moved) return std::unexpected(Error{moved.error().kind, moved.error().message, moved.error().field, input.slug});
      revision = moved->revision;
    }
  }
  bar.finish();
  return added;
}

namespace {

ImportFormat import_format(const std::string& file, const std::string& chosen, std::string_view bytes) {
  if (chosen == "csv") return ImportFormat::csv;
  if (chosen == "json") return ImportFormat::json;
  std::string extension = text::to_lower_ascii(std::filesystem::path(file).extension().string());
  if (extension == ".csv") return ImportFormat::csv;
  if (extension == ".json") return ImportFormat::json;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{' ? ImportFormat::json : ImportFormat::csv;
}

}  // namespace

Result<std::size_t> reindex_with_progress(Services& services, Reindex which) {
  std::unique_ptr<ProgressBar> bar;
  auto progress = [&](std::size_t done, std::size_t total) {
    if (!bar) bar = std::make_unique<ProgressBar>("Indexing knowledge items", total);
    bar->update(done);
  };
  auto indexed = which == Reindex::everything ? services.knowledge.reindex(progress)
                                              : services.knowledge.reindex_if_stale(progress);
  if (bar) bar->finish();
  return indexed;
}

int run_reindex_command(const Config& config) {
  const char* command = "knowledge reindex";
  auto services = open_services(config);
  if (!services) return report_input_failure(command, services.error());
  auto indexed = reindex_with_progress(**services, Reindex::everything);
  if (!indexed) return report_input_failure(command, indexed.error());
  fmt::print("{} items indexed ({})\n", *indexed, (*services)->knowledge.analysis());
  return 0;
}

int run_knowledge_import(const Config& config, const std::string& file, const std::string& format) {
  const char* command = "import knowledge";
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  if (ec) return report_input_failure(command, Error{ErrorKind::invalid, "The file cannot be read.", "file", file});
  if (size > kMaxImportBytes)
    return report_input_failure(
        command, Error{ErrorKind::payload_too_large, "The file is too large to import (at most 16 MB).", "file", file});
  std::ifstream in(file, std::ios::binary);
  if (!in) return report_input_failure(command, Error{ErrorKind::invalid, "The file cannot be read.", "file", file});
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  auto services = open_services(config);
  if (!services) return report_input_failure(command, services.error());
  if (auto current = reindex_with_progress(**services, Reindex::when_stale); !current)
    return report_input_failure(command, current.error());
  std::vector<KnowledgeService::ImportProblem> problems;
  auto summary = import_knowledge((*services)->knowledge, accounts::AccountService::command_line(), bytes,
                                       import_format(file, format, bytes), problems);
  for (const auto& p : problems)
    fmt::print(stderr, "{}{}: item {}{}: {}\n", file, p.line ? ":" + std::to_string(p.line) : "", p.item,
               p.field.empty() ? "" : " (" + p.field + ")", p.message);
  if (!summary) return report_input_failure(command, summary.error());
  fmt::print("{} items added; {} already present (left as they are)\n", summary->added, summary->already_present.size());
  return 0;
}

}  // namespace cps::app
