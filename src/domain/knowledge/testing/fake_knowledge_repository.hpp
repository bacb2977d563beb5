// An in-memory KnowledgeRepository for unit tests: items, revisions, index rows, comments,
// attachments and the change counter kept in maps, as the storage contract asks of the SQL
// repository. Test-only code.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "domain/knowledge/knowledge_repository.hpp"

namespace cps::knowledge {

class FakeKnowledgeRepository final : public KnowledgeRepository {
 public:
  // The organisations and people contact fields may name (the account tables, elsewhere).
  std::set<std::int64_t> organisations, people;
  // The division table items' sectors are checked against (the cluster categories, elsewhere).
  std::vector<Sector> sector_table = {{"10", 'C', "Food Processing and Manufacturing"},
                                      {"16", 'C', "Wood Products"},
                                      {"29", 'C', "Automotive"},
                                      {"62", 'J', "Information Technology and Analytical Instruments"}};

  // The audit lines written with the changes, oldest first.
  std::vector<accounts::AuditRecord> audit;

  Result<ItemId> create(const KnowledgeItem& item, const std::string& note,
                        const std::vector<IndexedField>& index, const accounts::AuditRecord& audit) override;
  Result<std::vector<ItemId>> create_all(const std::vector<KnowledgeItem>& items, const std::string& note,
                                         const std::vector<std::vector<IndexedField>>& index,
                                         const accounts::AuditRecord& audit) override;
  Result<std::optional<std::string>> missing_contact(const ItemInput& input) override;
  Result<std::vector<Sector>> sectors() override;
  Result<std::optional<KnowledgeItem>> find(ItemId id) override;
  Result<std::optional<KnowledgeItem>> find_by_slug(const std::string& slug) override;
  Result<bool> update(const KnowledgeItem& item, int expected_revision, const std::string& note,
                      const std::vector<IndexedField>& index, const accounts::AuditRecord& audit) override;
  Result<std::vector<Revision>> revisions(ItemId id) override;
  Status remove(ItemId id, const accounts::AuditRecord& audit) override;

  Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> list(const ItemFilter& filter, std::string_view order,
                                                                 std::size_t limit, std::size_t offset) override;
  Result<std::int64_t> search_version() override;
  Result<SearchChanges> search_changes(std::optional<std::int64_t> since,
                                       const std::function<void(SearchEntry&&)>& each) override;
  Result<std::vector<IndexedItem>> indexed_fields(const std::vector<ItemId>& ids) override;
  Result<std::vector<ItemId>> item_ids() override;
  Status replace_index(ItemId id, const std::vector<IndexedField>& index) override;
  Result<std::string> index_analysis() override;
  Status set_index_analysis(const std::string& analysis) override;
  Result<FacetCounts> facets(const ItemFilter& filter) override;
  Result<std::vector<KnowledgeItem>> items(const std::vector<ItemId>& ids) override;

  Result<std::vector<MachineTranslation>> machine_translations(ItemId item) override;
  Status save_machine_translation(const MachineTranslation& translation, const accounts::AuditRecord& audit) override;

  Result<CommentId> add_comment(const Comment& comment, const accounts::AuditRecord& audit) override;
  Result<std::vector<Comment>> comments(ItemId item) override;
  Result<bool> hide_comment(CommentId id, const std::string& reason, const accounts::AuditRecord& audit) override;

  Result<AttachmentId> add_attachment(const Attachment& attachment,
                                      const std::vector<IndexedField>& attachment_index,
                                      const accounts::AuditRecord& audit) override;
  Result<std::vector<Attachment>> attachments(ItemId item) override;
  Result<bool> content_in_use(const std::string& sha256) override;
  Result<bool> remove_attachment(ItemId item, AttachmentId id,
                                 const std::vector<IndexedField>& attachment_index,
                                 const accounts::AuditRecord& audit) override;

 private:
  struct Stored {
    KnowledgeItem item;
    std::vector<Revision> revisions;  // oldest first
    std::vector<IndexedField> index;
  };
  bool slug_taken(const std::string& slug, ItemId except) const;
  ItemId insert(const KnowledgeItem& item, const std::string& note, const std::vector<IndexedField>& index);
  // Replaces the index rows of the texts (or, for attachments, of field "attachment").
  enum class IndexPart { texts, attachments };
  void write_index(Stored& stored, const std::vector<IndexedField>& index, IndexPart part);
  void note_change(ItemId id);
  bool visible(const ItemFilter& filter, const KnowledgeItem& item) const;

  std::map<std::int64_t, Stored> items_;
  std::map<std::int64_t, Comment> comments_;
  std::map<std::pair<std::int64_t, std::string>, MachineTranslation> machine_;  // (item, language)
  std::map<std::int64_t, Attachment> attachments_;
  std::map<std::int64_t, std::int64_t> changed_at_;  // item id → counter value of its last change
  std::int64_t version_ = 0;
  std::int64_t last_id_ = 0;
  std::string analysis_;
};

}  // namespace cps::knowledge
