#include "domain/statistics/cluster_categories.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::statistics {

using i18n::N_;

namespace {

Status may_manage(const accounts::Principal& who) {
  if (who.via == accounts::Principal::Via::api_token &&
      who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  if (accounts::allowed(who, accounts::Action::manage_statistics)) return {};
  if (!who.signed_in() && who.label.empty())
    return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return fail(ErrorKind::forbidden, "You may not do this.");
}

// The cells of one CSV line (RFC 4180 quotes; no line breaks inside cells).
std::vector<std::string> csv_cells(std::string_view line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace

std::vector<char> sections_of(std::string_view sector) {
  std::vector<char> out;
  auto letter = [](char c) { return c >= 'A' && c <= 'U'; };
  if (sector.size() == 1 && letter(sector[0])) return {sector[0]};
  if (sector.size() == 3 && letter(sector[0]) && letter(sector[2]) && sector[0] < sector[2]) {
    if (sector[1] == '-')
      for (char c = sector[0]; c <= sector[2]; ++c) out.push_back(c);
    else if (sector[1] == '_')
      out = {sector[0], sector[2]};
  }
  return out;
}

Status check_cluster_category(const ClusterCategory& row) {
  if (row.division.size() != 2 || !std::isdigit(static_cast<unsigned char>(row.division[0])) ||
      !std::isdigit(static_cast<unsigned char>(row.division[1])))
    return fail(ErrorKind::invalid, N_("A NACE division is two digits, e.g. 29."), "division");
  if (row.section < 'A' || row.section > 'U')
    return fail(ErrorKind::invalid, N_("A NACE section is one letter from A to U."), "section");
  std::string category = text::trim(row.category);
  if (category.empty() || text::utf8_length(category) > 120 || !text::is_valid_utf8(category) ||
      text::has_control_characters(category))
    return fail(ErrorKind::invalid, N_("Give the cluster category in 1 to 120 characters."),
                "category");
  return {};
}

Result<std::vector<ClusterCategory>> read_cluster_categories(std::istream& in,
                                                             std::vector<Issue>& issues) {
  std::string line;
  std::size_t number = 0;
  std::vector<ClusterCategory> rows;
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1) {
      if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (text::to_lower_ascii(line) != "nace_division,section,category")
        return fail(ErrorKind::unprocessable,
                    N_("The first line must be: nace_division,section,category"), "file");
      continue;
    }
    if (text::trim(line).empty()) continue;
    if (issues.size() >= 200) break;
    auto cells = csv_cells(line);
    if (cells.size() != 3) {
      issues.push_back({number, 1, N_("A line needs three values: division, section, category."),
                        line.substr(0, 80)});
      continue;
    }
    ClusterCategory row{text::trim(cells[0]), cells[1].size() == 1 ? cells[1][0] : '?',
                        text::trim(cells[2])};
    if (auto ok = check_cluster_category(row); !ok) {
      std::size_t column = ok.error().field == "division"  ? 1
                           : ok.error().field == "section" ? 2
                                                           : 3;
      issues.push_back({number, column, ok.error().message, cells[column - 1].substr(0, 80)});
      continue;
    }
    if (!seen.insert(row.division).second) {
      issues.push_back({number, 1, N_("This division is already in the file."), row.division});
      continue;
    }
    rows.push_back(std::move(row));
  }
  if (in.bad()) return fail(ErrorKind::invalid, "The file cannot be read.", "file");
  if (number == 0) return fail(ErrorKind::unprocessable, N_("The file is empty."), "file");
  if (!issues.empty())
    return fail(ErrorKind::unprocessable, N_("The file has problems; nothing was stored."), "file");
  return rows;
}

Result<std::vector<ClusterCategory>> ClusterCategoryService::categories_of_sector(
    std::string_view sector) {
  auto sections = sections_of(sector);
  auto all = repository_.all();
  if (!all) return std::unexpected(all.error());
  std::vector<ClusterCategory> out;
  for (auto& row : *all)
    if (std::find(sections.begin(), sections.end(), row.section) != sections.end())
      out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(),
                   [](auto& a, auto& b) { return a.category < b.category; });
  return out;
}

Result<std::size_t> ClusterCategoryService::load(const accounts::Principal& who, std::istream& in,
                                                 std::vector<Issue>& issues) {
  if (auto ok = may_manage(who); !ok) return std::unexpected(ok.error());
  auto rows = read_cluster_categories(in, issues);
  if (!rows) return std::unexpected(rows.error());
  if (auto stored = repository_.replace_all(*rows); !stored) return std::unexpected(stored.error());
  return rows->size();
}

Status ClusterCategoryService::put(const accounts::Principal& who, const ClusterCategory& row) {
  if (auto ok = may_manage(who); !ok) return ok;
  ClusterCategory clean{text::trim(row.division), row.section, text::trim(row.category)};
  if (auto ok = check_cluster_category(clean); !ok) return ok;
  return repository_.put(clean);
}

Status ClusterCategoryService::remove(const accounts::Principal& who, const std::string& division) {
  if (auto ok = may_manage(who); !ok) return ok;
  auto removed = repository_.remove(division);
  if (!removed) return std::unexpected(removed.error());
  if (!*removed) return fail(ErrorKind::not_found, "Not found.");
  return {};
}

}  // namespace cps::statistics
