// The in-memory knowledge store: each method does what the storage contract asks of the SQL
// one (tests/storage_contract/knowledge_contract_test.cpp), on maps.
#include "domain/knowledge/testing/fake_knowledge_repository.hpp"

#include <algorithm>
#include <tuple>

#include "retrieval/fold.hpp"

namespace cps::knowledge {

namespace {

bool unpublished(ItemStatus s) { return s == ItemStatus::draft || s == ItemStatus::in_review; }

bool holds(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<std::string> languages_of(const KnowledgeItem& item) {
  std::vector<std::string> out;
  for (const auto& t : item.content.texts) out.push_back(t.language);
  return out;
}

std::string title_key(const KnowledgeItem& item) {
  return item.content.texts.empty() ? "" : retrieval::fold(item.text(item.content.original_language).title);
}

}  // namespace

bool FakeKnowledgeRepository::slug_taken(const std::string& slug, ItemId except) const {
  return std::any_of(items_.begin(), items_.end(), [&](const auto& entry) {
    return entry.second.item.content.slug == slug && entry.second.item.id != except;
  });
}

void FakeKnowledgeRepository::note_change(ItemId id) { changed_at_[id.value()] = ++version_; }

void FakeKnowledgeRepository::write_index(Stored& stored, const std::vector<IndexedField>& index, IndexPart part) {
  auto of_attachments = [](const IndexedField& f) { return f.field == "attachment"; };
  if (part == IndexPart::texts) {
    // Attachment rows stay, in the item's (perhaps new) original language.
    std::erase_if(stored.index, [&](const IndexedField& f) { return !of_attachments(f); });
    for (auto& f : stored.index) f.language = stored.item.content.original_language;
  } else {
    std::erase_if(stored.index, of_attachments);
  }
  stored.index.insert(stored.index.end(), index.begin(), index.end());
  note_change(stored.item.id);
}

ItemId FakeKnowledgeRepository::insert(const KnowledgeItem& item, const std::string& note,
                                       const std::vector<IndexedField>& index) {
  Stored stored;
  stored.item = item;
  stored.item.id = ItemId(++last_id_);
  stored.item.revision = 1;
  stored.revisions.push_back(
      {1, item.author, item.author_name, item.updated_at, note, item.status, item.content});
  auto& placed = items_[stored.item.id.value()] = std::move(stored);
  write_index(placed, index, IndexPart::texts);
  return placed.item.id;
}

Result<ItemId> FakeKnowledgeRepository::create(const KnowledgeItem& item, const std::string& note,
                                                const std::vector<IndexedField>& index,
                                                const accounts::AuditRecord& line) {
  if (slug_taken(item.content.slug, ItemId{})) return fail(ErrorKind::conflict, "Another item has this address.", "slug");
  auto id = insert(item, note, index);
  audit.push_back(line);
  if (audit.back().target.empty()) audit.back().target = "knowledge:" + std::to_string(id.value());
  return id;
}

Result<std::vector<ItemId>> FakeKnowledgeRepository::create_all(const std::vector<KnowledgeItem>& items,
                                                               const std::string& note,
                                                               const std::vector<std::vector<IndexedField>>& index,
                                                               const accounts::AuditRecord& line) {
  std::set<std::string> slugs;
  for (const auto& item : items)
    if (slug_taken(item.content.slug, ItemId{}) || !slugs.insert(item.content.slug).second)
      return fail(ErrorKind::conflict, "Another item has this address.", "slug");
  std::vector<ItemId> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out.push_back(insert(items[i], note, i < index.size() ? index[i] : std::vector<IndexedField>{}));
    audit.push_back(line);
    if (audit.back().target.empty()) audit.back().target = "knowledge:" + std::to_string(out.back().value());
  }
  return out;
}

Result<std::optional<std::string>> FakeKnowledgeRepository::missing_contact(const ItemInput& input) {
  if (input.contact_organisation && !organisations.contains(input.contact_organisation->value()))
    return std::optional<std::string>("contact_organisation");
  if (input.contact_person && !people.contains(input.contact_person->value()))
    return std::optional<std::string>("contact_person");
  return std::optional<std::string>();
}

Result<std::vector<Sector>> FakeKnowledgeRepository::sectors() { return sector_table; }

Result<std::optional<KnowledgeItem>> FakeKnowledgeRepository::find(ItemId id) {
  auto it = items_.find(id.value());
  if (it == items_.end()) return std::optional<KnowledgeItem>();
  return std::optional<KnowledgeItem>(it->second.item);
}

Result<std::optional<KnowledgeItem>> FakeKnowledgeRepository::find_by_slug(const std::string& slug) {
  for (const auto& [id, stored] : items_)
    if (stored.item.content.slug == slug) return std::optional<KnowledgeItem>(stored.item);
  return std::optional<KnowledgeItem>();
}

Result<bool> FakeKnowledgeRepository::update(const KnowledgeItem& item, int expected_revision, const std::string& note,
                                             const std::vector<IndexedField>& index,
                                             const accounts::AuditRecord& line) {
  auto it = items_.find(item.id.value());
  if (it == items_.end() || it->second.item.revision != expected_revision) return false;
  if (slug_taken(item.content.slug, item.id)) return fail(ErrorKind::conflict, "Another item has this address.", "slug");
  Stored& stored = it->second;
  stored.item = item;
  stored.item.revision = expected_revision + 1;
  stored.revisions.push_back({expected_revision + 1, item.author, item.author_name, item.updated_at, note,
                              item.status, item.content});
  write_index(stored, index, IndexPart::texts);
  audit.push_back(line);
  return true;
}

Result<std::vector<Revision>> FakeKnowledgeRepository::revisions(ItemId id) {
  auto it = items_.find(id.value());
  if (it == items_.end()) return std::vector<Revision>{};
  return std::vector<Revision>(it->second.revisions.rbegin(), it->second.revisions.rend());
}

Status FakeKnowledgeRepository::remove(ItemId id, const accounts::AuditRecord& line) {
  if (!items_.erase(id.value())) return fail(ErrorKind::not_found, "This item does not exist.", "id");
  std::erase_if(comments_, [&](const auto& entry) { return entry.second.item == id; });
  std::erase_if(attachments_, [&](const auto& entry) { return entry.second.item == id; });
  std::erase_if(machine_, [&](const auto& entry) { return entry.first.first == id.value(); });
  note_change(id);
  audit.push_back(line);
  return {};
}

bool FakeKnowledgeRepository::visible(const ItemFilter& f, const KnowledgeItem& item) const {
  const ItemInput& c = item.content;
  if (std::find(f.statuses.begin(), f.statuses.end(), item.status) == f.statuses.end()) return false;
  if (unpublished(item.status) && !f.all_unpublished) {
    bool own = f.unpublished_author && item.author == f.unpublished_author;
    bool reviewed = std::any_of(c.areas.begin(), c.areas.end(),
                                [&](const std::string& a) { return holds(f.unpublished_areas, a); });
    if (!own && !reviewed) return false;
  }
  if (f.area && !holds(c.areas, *f.area)) return false;
  if (f.country && !holds(c.countries, *f.country)) return false;
  if (f.region && !holds(c.regions, *f.region)) return false;
  if (f.sector && !holds(c.sectors, *f.sector)) return false;
  if (f.language && !holds(languages_of(item), *f.language)) return false;
  if (f.kind && c.kind != *f.kind) return false;
  if (f.timeframe && c.timeframe != *f.timeframe) return false;
  if (f.instrument && c.instrument != f.instrument) return false;
  if (f.status && item.status != *f.status) return false;
  if (f.author && item.author != f.author) return false;
  return true;
}

Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> FakeKnowledgeRepository::list(const ItemFilter& filter,
                                                                                        std::string_view order,
                                                                                        std::size_t limit,
                                                                                        std::size_t offset) {
  if (!order.empty() && order != "date" && order != "title")
    return fail(ErrorKind::invalid, "Choose an order from the list.", "order");
  std::vector<KnowledgeItem> all;
  for (const auto& [id, stored] : items_)
    if (visible(filter, stored.item)) all.push_back(stored.item);
  if (order == "title")
    std::sort(all.begin(), all.end(), [](const KnowledgeItem& a, const KnowledgeItem& b) {
      return std::make_tuple(title_key(a), a.id) < std::make_tuple(title_key(b), b.id);
    });
  else
    std::sort(all.begin(), all.end(), [](const KnowledgeItem& a, const KnowledgeItem& b) {
      return std::tie(a.updated_at, a.id) > std::tie(b.updated_at, b.id);
    });
  std::size_t total = all.size();
  std::vector<KnowledgeItem> page;
  for (std::size_t i = offset; i < all.size() && page.size() < limit; ++i) page.push_back(std::move(all[i]));
  return std::pair(std::move(page), total);
}

Result<std::int64_t> FakeKnowledgeRepository::search_version() { return version_; }

Result<KnowledgeRepository::SearchChanges> FakeKnowledgeRepository::search_changes(
    std::optional<std::int64_t> since, const std::function<void(SearchEntry&&)>& each) {
  SearchChanges out;
  out.version = version_;
  std::vector<std::int64_t> ids;
  if (since) {
    for (const auto& [id, at] : changed_at_)
      if (at > *since) {
        ids.push_back(id);
        out.changed.push_back(ItemId(id));
      }
  } else {
    for (const auto& [id, stored] : items_) ids.push_back(id);
  }
  for (auto id : ids) {
    auto it = items_.find(id);
    if (it == items_.end()) continue;
    const KnowledgeItem& item = it->second.item;
    SearchEntry e;
    e.id = item.id;
    e.status = std::string(to_string(item.status));
    e.kind = std::string(to_string(item.content.kind));
    e.timeframe = std::string(to_string(item.content.timeframe));
    e.instrument = item.content.instrument ? std::string(to_string(*item.content.instrument)) : "";
    e.author = item.author;
    e.areas = item.content.areas;
    e.countries = item.content.countries;
    e.regions = item.content.regions;
    e.sectors = item.content.sectors;
    e.languages = languages_of(item);
    e.updated_at = item.updated_at;
    e.title_key = title_key(item);
    e.fields = it->second.index;
    each(std::move(e));
  }
  return out;
}

Result<std::vector<IndexedItem>> FakeKnowledgeRepository::indexed_fields(const std::vector<ItemId>& ids) {
  std::vector<IndexedItem> out;
  for (auto id : ids)
    if (auto it = items_.find(id.value()); it != items_.end() && !it->second.index.empty())
      out.push_back({id, it->second.index});
  return out;
}

Result<std::vector<ItemId>> FakeKnowledgeRepository::item_ids() {
  std::vector<ItemId> out;
  for (const auto& [id, stored] : items_) out.push_back(ItemId(id));
  return out;
}

Status FakeKnowledgeRepository::replace_index(ItemId id, const std::vector<IndexedField>& index) {
  auto it = items_.find(id.value());
  if (it == items_.end()) return fail(ErrorKind::not_found, "Not found.");
  it->second.index = index;
  note_change(id);
  return {};
}

Result<std::string> FakeKnowledgeRepository::index_analysis() { return analysis_; }

Status FakeKnowledgeRepository::set_index_analysis(const std::string& analysis) {
  analysis_ = analysis;
  return {};
}

Result<FacetCounts> FakeKnowledgeRepository::facets(const ItemFilter& filter) {
  FacetCounts out;
  for (const char* facet : {"area", "kind", "country", "region", "sector", "timeframe", "instrument", "language", "status"})
    out[facet];
  for (const auto& [id, stored] : items_) {
    const KnowledgeItem& item = stored.item;
    if (!visible(filter, item)) continue;
    for (const auto& a : item.content.areas) ++out["area"][a];
    for (const auto& c : item.content.countries) ++out["country"][c];
    for (const auto& r : item.content.regions) ++out["region"][r];
    for (const auto& s : item.content.sectors) ++out["sector"][s];
    for (const auto& l : languages_of(item)) ++out["language"][l];
    ++out["kind"][std::string(to_string(item.content.kind))];
    ++out["timeframe"][std::string(to_string(item.content.timeframe))];
    if (item.content.instrument) ++out["instrument"][std::string(to_string(*item.content.instrument))];
    ++out["status"][std::string(to_string(item.status))];
  }
  return out;
}

Result<std::vector<KnowledgeItem>> FakeKnowledgeRepository::items(const std::vector<ItemId>& ids) {
  std::vector<KnowledgeItem> out;
  for (auto id : ids)
    if (auto it = items_.find(id.value()); it != items_.end()) out.push_back(it->second.item);
  return out;
}

Result<std::vector<MachineTranslation>> FakeKnowledgeRepository::machine_translations(ItemId item) {
  std::vector<MachineTranslation> out;
  for (const auto& [key, t] : machine_)
    if (key.first == item.value()) out.push_back(t);
  return out;
}

Status FakeKnowledgeRepository::save_machine_translation(const MachineTranslation& translation,
                                                         const accounts::AuditRecord& line) {
  if (!items_.count(translation.item.value())) return fail(ErrorKind::not_found, "This item does not exist.", "id");
  machine_[{translation.item.value(), translation.text.language}] = translation;
  audit.push_back(line);
  return {};
}

Result<CommentId> FakeKnowledgeRepository::add_comment(const Comment& comment, const accounts::AuditRecord& line) {
  Comment stored = comment;
  stored.id = CommentId(++last_id_);
  comments_[stored.id.value()] = stored;
  audit.push_back(line);
  return stored.id;
}

Result<std::vector<Comment>> FakeKnowledgeRepository::comments(ItemId item) {
  std::vector<Comment> out;
  for (const auto& [id, c] : comments_)
    if (c.item == item) out.push_back(c);
  std::stable_sort(out.begin(), out.end(),
                   [](const Comment& a, const Comment& b) { return a.created_at < b.created_at; });
  return out;
}

Result<bool> FakeKnowledgeRepository::hide_comment(CommentId id, const std::string& reason,
                                                  const accounts::AuditRecord& line) {
  auto it = comments_.find(id.value());
  if (it == comments_.end()) return false;
  it->second.hidden = true;
  it->second.hidden_reason = reason;
  audit.push_back(line);
  return true;
}

Result<AttachmentId> FakeKnowledgeRepository::add_attachment(const Attachment& attachment,
                                                             const std::vector<IndexedField>& attachment_index,
                                                             const accounts::AuditRecord& line) {
  auto it = items_.find(attachment.item.value());
  if (it == items_.end()) return fail(ErrorKind::not_found, "This item does not exist.", "id");
  Attachment stored = attachment;
  stored.id = AttachmentId(++last_id_);
  attachments_[stored.id.value()] = stored;
  write_index(it->second, attachment_index, IndexPart::attachments);
  audit.push_back(line);
  return stored.id;
}

Result<std::vector<Attachment>> FakeKnowledgeRepository::attachments(ItemId item) {
  std::vector<Attachment> out;
  for (const auto& [id, a] : attachments_)
    if (a.item == item) out.push_back(a);
  std::stable_sort(out.begin(), out.end(),
                   [](const Attachment& a, const Attachment& b) { return a.uploaded_at < b.uploaded_at; });
  return out;
}

Result<bool> FakeKnowledgeRepository::content_in_use(const std::string& sha256) {
  return std::any_of(attachments_.begin(), attachments_.end(),
                     [&](const auto& entry) { return entry.second.sha256 == sha256; });
}

Result<bool> FakeKnowledgeRepository::remove_attachment(ItemId item, AttachmentId id,
                                                        const std::vector<IndexedField>& attachment_index,
                                                        const accounts::AuditRecord& line) {
  auto it = attachments_.find(id.value());
  if (it == attachments_.end() || it->second.item != item) return false;
  attachments_.erase(it);
  write_index(items_.at(item.value()), attachment_index, IndexPart::attachments);
  audit.push_back(line);
  return true;
}

}  // namespace cps::knowledge
