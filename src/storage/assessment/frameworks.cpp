// Framework versions: each stored once, with its criteria and their texts in every language.
#include "storage/assessment/parts.hpp"

namespace cps::storage::assessment_sql {

namespace {

constexpr const char* kFrameworkColumns =
    "SELECT version, note, sources, divergence, author_id, created_at FROM assessment_frameworks";

Framework read_framework(const soci::row& row) {
  Framework f;
  f.version = int(get_int(row, 0));
  f.note = get_text(row, 1);
  f.sources = get_text(row, 2);
  f.divergence = get_real(row, 3);
  if (auto a = get_optional_int(row, 4)) f.author = accounts::UserId(*a);
  f.created_at = get_int(row, 5);
  return f;
}

void read_criteria(soci::session& s, Framework& f) {
  int version = f.version;
  {
    // In the areas' order, then the criteria's within each.
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT c.code, c.area_code, c.position, c.weight, c.justification "
                      "FROM assessment_criteria c JOIN thematic_areas a ON a.code = c.area_code "
                      "WHERE c.framework_version = :v ORDER BY a.position, c.position, c.code",
         soci::use(version));
    for (const auto& row : rows) {
      Criterion c;
      c.code = get_text(row, 0);
      c.area = AreaCode(get_text(row, 1));
      c.position = int(get_int(row, 2));
      c.weight = get_real(row, 3);
      c.justification = value_of(get_text(row, 4), kJustificationNames, "justification");
      f.criteria.push_back(std::move(c));
    }
  }
  std::map<std::string, Criterion*> by_code;
  for (auto& c : f.criteria) by_code[c.code] = &c;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT criterion_code, language, title, question, guidance, evidence, level_1, "
                    "level_3, level_5 FROM assessment_criterion_texts WHERE framework_version = :v "
                    "ORDER BY criterion_code, position",
       soci::use(version));
  for (const auto& row : rows) {
    auto it = by_code.find(get_text(row, 0));
    if (it == by_code.end()) continue;
    it->second->texts.push_back({get_text(row, 1), get_text(row, 2), get_text(row, 3), get_text(row, 4),
                                 get_text(row, 5), get_text(row, 6), get_text(row, 7), get_text(row, 8)});
  }
}

}  // namespace

Result<std::vector<Framework>> Store::frameworks() {
  std::vector<Framework> out;
  soci::rowset<soci::row> rows = (s_.prepare << std::string(kFrameworkColumns) + " ORDER BY version DESC");
  for (const auto& row : rows) out.push_back(read_framework(row));
  return out;
}

Result<std::optional<Framework>> Store::framework(int version) {
  std::optional<Framework> out;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kFrameworkColumns) + " WHERE version = :v", soci::use(version));
    for (const auto& row : rows) out = read_framework(row);
  }
  if (out) read_criteria(s_, *out);
  return out;
}

Result<std::optional<int>> Store::latest_framework_version() {
  std::optional<int> out;
  soci::rowset<soci::row> rows = (s_.prepare << "SELECT MAX(version) FROM assessment_frameworks");
  for (const auto& row : rows)
    if (auto v = get_optional_int(row, 0)) out = int(*v);
  return out;
}

Status Store::insert_framework(const Framework& f) {
  int version = f.version;
  ll author = f.author ? f.author->value() : 0, created = f.created_at;
  soci::indicator author_ind = f.author ? soci::i_ok : soci::i_null;
  double divergence = f.divergence;
  // DO NOTHING rather than a unique violation, which would abort a PostgreSQL transaction.
  bool inserted = false;
  {
    soci::rowset<soci::row> rows =
        (s_.prepare << "INSERT INTO assessment_frameworks (version, note, sources, divergence, author_id, "
                       "created_at) VALUES (:v, :note, :sources, :divergence, :author, :t) "
                       "ON CONFLICT (version) DO NOTHING RETURNING version",
         soci::use(version), soci::use(f.note), soci::use(f.sources), soci::use(divergence),
         soci::use(author, author_ind), soci::use(created));
    for (const auto& row : rows) inserted = get_int(row, 0) == version;
  }
  if (!inserted)
    return fail(ErrorKind::conflict, "This framework version exists already.", "version",
                "framework version " + std::to_string(version));
  for (const auto& c : f.criteria) {
    std::string area = c.area.str(), justification = name(c.justification, kJustificationNames);
    int position = c.position;
    double weight = c.weight;
    s_ << "INSERT INTO assessment_criteria (framework_version, code, area_code, position, weight, "
          "justification) VALUES (:v, :code, :area, :position, :weight, :justification)",
        soci::use(version), soci::use(c.code), soci::use(area), soci::use(position), soci::use(weight),
        soci::use(justification);
    int text_position = 0;
    for (const auto& t : c.texts) {
      s_ << "INSERT INTO assessment_criterion_texts (framework_version, criterion_code, language, position, "
            "title, question, guidance, evidence, level_1, level_3, level_5) VALUES (:v, :code, :language, "
            ":position, :title, :question, :guidance, :evidence, :l1, :l3, :l5)",
          soci::use(version), soci::use(c.code), soci::use(t.language), soci::use(text_position),
          soci::use(t.title), soci::use(t.question), soci::use(t.guidance), soci::use(t.evidence),
          soci::use(t.level_1), soci::use(t.level_3), soci::use(t.level_5);
      ++text_position;
    }
  }
  return {};
}

}  // namespace cps::storage::assessment_sql
