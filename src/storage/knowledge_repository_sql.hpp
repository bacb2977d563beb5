// The knowledge base in either database: items with texts, code lists, revisions, comments,
// and the index rows search loads (each field's index terms) with the change log that tells
// search which items to reload, all written in the transaction of the save that changes them.
#pragma once

#include "domain/knowledge/knowledge_repository.hpp"
#include "storage/database.hpp"

namespace cps::storage {

class SqlKnowledgeRepository final : public knowledge::KnowledgeRepository {
 public:
  explicit SqlKnowledgeRepository(Database& db) : db_(db) {}

  // create ignores item.id and item.revision (a new item is revision 1). Both saves write every
  // stored field of `item`, author included, and record item.author as the revision's author.
  Result<knowledge::ItemId> create(const knowledge::KnowledgeItem& item, const std::string& note,
                                   const std::vector<knowledge::IndexedField>& index,
                                   const accounts::AuditRecord& audit) override;
  Result<std::vector<knowledge::ItemId>> create_all(const std::vector<knowledge::KnowledgeItem>& items,
                                                    const std::string& note,
                                                    const std::vector<std::vector<knowledge::IndexedField>>& index,
                                                    const accounts::AuditRecord& audit) override;
  Result<std::optional<std::string>> missing_contact(const knowledge::ItemInput& input) override;
  Result<std::vector<knowledge::Sector>> sectors() override;
  Result<std::optional<knowledge::KnowledgeItem>> find(knowledge::ItemId id) override;
  Result<std::optional<knowledge::KnowledgeItem>> find_by_slug(const std::string& slug) override;
  Result<bool> update(const knowledge::KnowledgeItem& item, int expected_revision,
                      const std::string& note,
                      const std::vector<knowledge::IndexedField>& index,
                      const accounts::AuditRecord& audit) override;
  Result<std::vector<knowledge::Revision>> revisions(knowledge::ItemId id) override;
  // Fails with not_found when there is no such item.
  Status remove(knowledge::ItemId id, const accounts::AuditRecord& audit) override;

  // order: "date" (or empty) or "title"; anything else fails with invalid, field "order".
  Result<std::pair<std::vector<knowledge::KnowledgeItem>, std::size_t>> list(
      const knowledge::ItemFilter& filter, std::string_view order, std::size_t limit,
      std::size_t offset) override;
  Result<std::int64_t> search_version() override;
  Result<SearchChanges> search_changes(std::optional<std::int64_t> since,
                                       const std::function<void(knowledge::SearchEntry&&)>& each) override;
  Result<std::vector<knowledge::IndexedItem>> indexed_fields(const std::vector<knowledge::ItemId>& ids) override;
  Result<std::vector<knowledge::ItemId>> item_ids() override;
  // Fails with not_found when there is no such item.
  Status replace_index(knowledge::ItemId id, const std::vector<knowledge::IndexedField>& index) override;
  Result<std::string> index_analysis() override;
  Status set_index_analysis(const std::string& analysis) override;
  Result<knowledge::FacetCounts> facets(const knowledge::ItemFilter& filter) override;
  Result<std::vector<knowledge::KnowledgeItem>> items(
      const std::vector<knowledge::ItemId>& ids) override;

  Result<std::vector<knowledge::MachineTranslation>> machine_translations(knowledge::ItemId item) override;
  Status save_machine_translation(const knowledge::MachineTranslation& translation,
                                  const accounts::AuditRecord& audit) override;

  Result<knowledge::CommentId> add_comment(const knowledge::Comment& comment,
                                           const accounts::AuditRecord& audit) override;
  Result<std::vector<knowledge::Comment>> comments(knowledge::ItemId item) override;
  Result<bool> hide_comment(knowledge::CommentId id, const std::string& reason,
                            const accounts::AuditRecord& audit) override;

  // add_attachment fails with not_found when the item does not exist.
  Result<knowledge::AttachmentId> add_attachment(
      const knowledge::Attachment& attachment,
      const std::vector<knowledge::IndexedField>& attachment_index,
      const accounts::AuditRecord& audit) override;
  Result<std::vector<knowledge::Attachment>> attachments(knowledge::ItemId item) override;
  Result<bool> content_in_use(const std::string& sha256) override;
  Result<bool> remove_attachment(
      knowledge::ItemId item, knowledge::AttachmentId id,
      const std::vector<knowledge::IndexedField>& attachment_index,
      const accounts::AuditRecord& audit) override;

 private:
  Database& db_;
};

}  // namespace cps::storage
