// The pieces the knowledge repository's files share (storage/knowledge/*.cpp): reading an
// item's rows, the conditions of a filter, and the writes every save of an item makes.
#pragma once

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/knowledge/knowledge_repository.hpp"
#include "storage/data_epoch.hpp"
#include "storage/database.hpp"
#include "storage/knowledge_repository_sql.hpp"
#include "storage/sql_query.hpp"

namespace cps::storage::knowledge_sql {

using ll = long long;

// Ids per IN list: far below the parameter limits of both databases.
inline constexpr std::size_t kChunk = 500;

template <class Fn>
void for_each_chunk(const std::vector<ll>& ids, Fn fn) {
  for (std::size_t start = 0; start < ids.size(); start += kChunk) {
    std::vector<ll> chunk(ids.begin() + long(start), ids.begin() + long(std::min(ids.size(), start + kChunk)));
    fn(chunk);
  }
}

double get_double(const soci::row& row, std::size_t column);
// A unique violation of `column`; SQLite names "table.column", PostgreSQL the constraint.
bool is_unique_violation(const soci::soci_error& e, std::string_view column);

boost::json::array string_array(const std::vector<std::string>& values);
std::vector<std::string> strings_of(const boost::json::value& v);
// A stored input or list of sources read back; throws on a document that does not read back.
knowledge::ItemInput input_of(const boost::json::value& value);
std::vector<knowledge::Source> sources_of(const boost::json::value& value);

inline constexpr const char* kItemColumns =
    "SELECT i.id, i.slug, i.kind, i.original_language, i.timeframe, i.start_year, i.end_year, "
    "i.instrument, "
    "i.funding_source, i.budget_amount, i.budget_currency, i.budget_eur_rate, i.budget_rate_date, "
    "i.target_groups, i.sources, i.contact_organisation_id, i.contact_user_id, i.status, "
    "i.author_id, "
    "i.author_name, i.revision, i.created_at, i.updated_at, i.published_at FROM knowledge_items i";
knowledge::KnowledgeItem read_item(const soci::row& row);

SqlQuery& id_list(SqlQuery& q, const std::vector<ll>& ids);
// "(SELECT …)" of the ids as one bound value (a JSON array or an array literal).
SqlQuery& id_set(SqlQuery& q, const std::vector<ll>& ids, Dialect dialect);
// The items of `ids` with their texts and code lists, by id; in_order keeps the order of `ids`.
std::map<ll, knowledge::KnowledgeItem> load(soci::session& s, const std::vector<ll>& ids);
std::vector<knowledge::KnowledgeItem> in_order(soci::session& s, const std::vector<ll>& ids);
// Appends " AND …" conditions on the items aliased `i` for what `f` allows.
void add_filter(SqlQuery& q, const knowledge::ItemFilter& f);

knowledge::Attachment read_attachment(const soci::row& row);
knowledge::Comment read_comment(const soci::row& row);

// Which of an item's index rows a save replaces: an item save the texts' fields, an
// attachment change those of field "attachment", deleting the item all of them.
enum class IndexScope { texts, attachments, everything };

// Replaces the item's index rows in `scope` and notes the change for search. Rows outside
// the scope stay; with `kept_language`, they move to that language (attachments are indexed
// in the item's original language, which an edit may change).
void write_index(soci::session& s, ll id, const std::vector<knowledge::IndexedField>& index,
                 IndexScope scope = IndexScope::texts, const std::string& kept_language = {});

// Keeps the item's whole input as revision `number`, with its author, time and `note`.
void write_revision(soci::session& s, ll id, int number, const knowledge::KnowledgeItem& item,
                    const std::string& note);

}  // namespace cps::storage::knowledge_sql

// Only the files in storage/knowledge/ include this header: the names below are theirs alone.
namespace cps::storage {

using namespace cps::knowledge;
using namespace knowledge_sql;
namespace json = boost::json;
using ll = long long;

}  // namespace cps::storage
