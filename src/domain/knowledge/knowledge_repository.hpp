// What the knowledge base needs from storage. Items, their texts, revisions and comments, and
// the search index rows the service computes (stems and concept tokens per field), kept in
// the same transaction as the item so search never sees half a save.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/knowledge/knowledge.hpp"

namespace cps::knowledge {

// The index form of one field of one language version: what search matches and ranks on.
struct IndexedField {
  std::string language;
  std::string field;  // title, summary, body, results, lessons, transferability, attachment
  std::string terms;  // space-separated index terms (retrieval::index_terms)
};

// Which items a listing or a search may return, and what the facets narrow it to.
struct ItemFilter {
  std::vector<ItemStatus> statuses;  // never empty: what the viewer may see
  // Unpublished items are listed only when the viewer wrote them or reviews their area.
  std::optional<accounts::UserId> unpublished_author;
  std::vector<std::string> unpublished_areas;
  bool all_unpublished = false;  // lead partner and administrators
  std::optional<std::string> area, country, region, language;
  std::optional<std::string> sector;  // a NACE division
  std::optional<Kind> kind;
  std::optional<Timeframe> timeframe;
  std::optional<Instrument> instrument;
  std::optional<ItemStatus> status;
  std::optional<accounts::UserId> author;  // "my items"
};

// The index rows of one item's fields (to check phrases, which need the terms' order).
struct IndexedItem {
  ItemId id;
  std::vector<IndexedField> fields;
};

// Counts of items per value of each facet, over every item a query matches.
using FacetCounts = std::map<std::string, std::map<std::string, std::size_t>>;  // facet → value → count

// What search keeps of an item in memory: the values it filters, counts and sorts by, and
// the index rows of its fields. Codes as stored (to_string of the enums; instrument empty
// for none).
struct SearchEntry {
  ItemId id;
  std::string status, kind, timeframe, instrument;
  std::optional<accounts::UserId> author;
  std::vector<std::string> areas, countries, regions, languages, sectors;
  Seconds updated_at = 0;
  std::string title_key;  // folded title of the original language
  std::vector<IndexedField> fields;
};

class KnowledgeRepository {
 public:
  virtual ~KnowledgeRepository() = default;

  // Item saves (create, update) write the index rows of the texts' fields and keep those of
  // field "attachment", moving them to the item's original language.
  // Every change writes its audit line in the same transaction; where the change makes an
  // item, an empty audit target becomes "knowledge:<new id>" (one line per item made).
  // Stores a new item (revision 1) with its index rows; fails (conflict, field "slug") when
  // the slug is taken.
  virtual Result<ItemId> create(const KnowledgeItem& item, const std::string& note,
                                const std::vector<IndexedField>& index, const accounts::AuditRecord& audit) = 0;
  // All of `items` (revision 1, with index[i] as the index rows of items[i]) in one
  // transaction: none is stored when one fails.
  virtual Result<std::vector<ItemId>> create_all(const std::vector<KnowledgeItem>& items, const std::string& note,
                                                 const std::vector<std::vector<IndexedField>>& index,
                                                 const accounts::AuditRecord& audit) = 0;
  // The first contact field of `input` naming an organisation or person that does not exist
  // ("contact_organisation" or "contact_person"), or nothing.
  virtual Result<std::optional<std::string>> missing_contact(const ItemInput& input) = 0;
  // The NACE divisions items may name as sectors (the division table, which also gives the
  // analytics' cluster categories), by division.
  virtual Result<std::vector<Sector>> sectors() = 0;
  virtual Result<std::optional<KnowledgeItem>> find(ItemId id) = 0;
  virtual Result<std::optional<KnowledgeItem>> find_by_slug(const std::string& slug) = 0;
  // Saves `item` as revision expected_revision + 1 when the stored item is still at
  // expected_revision; returns false (nothing written) when somebody saved in between.
  virtual Result<bool> update(const KnowledgeItem& item, int expected_revision, const std::string& note,
                              const std::vector<IndexedField>& index, const accounts::AuditRecord& audit) = 0;
  virtual Result<std::vector<Revision>> revisions(ItemId id) = 0;  // newest first
  virtual Status remove(ItemId id, const accounts::AuditRecord& audit) = 0;

  // Items the filter allows, newest first (or by title), in pages; with the total.
  virtual Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> list(const ItemFilter& filter,
                                                                         std::string_view order,
                                                                         std::size_t limit,
                                                                         std::size_t offset) = 0;
  // Every save, workflow step, attachment change and deletion of an item moves a change
  // counter and records the item with the counter's new value, in the same transaction.
  // Writers take the counter in turn until they commit, so a reader that sees value v also
  // sees every change up to v.
  virtual Result<std::int64_t> search_version() = 0;
  // Hands `each` the search entry of every item (since = nullopt) or of the items changed
  // after counter value `since`, and returns the counter as it was read before them, with
  // the items changed since (those that `each` did not receive were deleted).
  struct SearchChanges {
    std::int64_t version = 0;
    std::vector<ItemId> changed;
  };
  virtual Result<SearchChanges> search_changes(std::optional<std::int64_t> since,
                                               const std::function<void(SearchEntry&&)>& each) = 0;
  virtual Result<std::vector<IndexedItem>> indexed_fields(const std::vector<ItemId>& ids) = 0;
  // Re-indexing after the analysis changed: every item's id, replacing all its index rows
  // (attachments' included), and the name of the analysis that made the stored terms.
  virtual Result<std::vector<ItemId>> item_ids() = 0;
  virtual Status replace_index(ItemId id, const std::vector<IndexedField>& index) = 0;
  virtual Result<std::string> index_analysis() = 0;
  virtual Status set_index_analysis(const std::string& analysis) = 0;
  // Facet counts (area, kind, country, region, sector, timeframe, instrument, language, status) over
  // the items the filter allows (browsing without a query).
  virtual Result<FacetCounts> facets(const ItemFilter& filter) = 0;
  virtual Result<std::vector<KnowledgeItem>> items(const std::vector<ItemId>& ids) = 0;

  // Machine translations of an item's title and summary, at most one per language, by
  // language; stale ones too (the service decides which still count). Deleting the item
  // deletes them.
  virtual Result<std::vector<MachineTranslation>> machine_translations(ItemId item) = 0;
  // Keeps `translation`, replacing the item's earlier one in its language, with its audit line
  // in the same transaction; fails with not_found when the item does not exist. It changes no
  // revision and no index row.
  virtual Status save_machine_translation(const MachineTranslation& translation,
                                          const accounts::AuditRecord& audit) = 0;

  virtual Result<CommentId> add_comment(const Comment& comment, const accounts::AuditRecord& audit) = 0;
  virtual Result<std::vector<Comment>> comments(ItemId item) = 0;
  virtual Result<bool> hide_comment(CommentId id, const std::string& reason, const accounts::AuditRecord& audit) = 0;

  // Attachments. Adding and removing one replaces the item's index rows of field
  // "attachment" with `attachment_index` in the same transaction (the other fields stay).
  virtual Result<AttachmentId> add_attachment(const Attachment& attachment,
                                              const std::vector<IndexedField>& attachment_index,
                                              const accounts::AuditRecord& audit) = 0;
  virtual Result<std::vector<Attachment>> attachments(ItemId item) = 0;  // oldest first
  // Whether any attachment of any item holds the content with this digest.
  virtual Result<bool> content_in_use(const std::string& sha256) = 0;
  // False when the item has no such attachment (nothing changed).
  virtual Result<bool> remove_attachment(ItemId item, AttachmentId id,
                                         const std::vector<IndexedField>& attachment_index,
                                         const accounts::AuditRecord& audit) = 0;
};

}  // namespace cps::knowledge
