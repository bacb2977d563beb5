#include "domain/knowledge/knowledge_service.hpp"
#include "domain/knowledge/service_parts.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <span>

#include "core/text.hpp"
#include "files/inspection.hpp"
#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"
#include "retrieval/ranking.hpp"

namespace cps::knowledge {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

accounts::Target target_of(const KnowledgeItem& item) {
  return accounts::Target{.user = item.author, .areas = item.content.areas};
}

// Sectors are a set: kept in division order whatever order they came in.
void sort_sectors(ItemInput& in) { std::sort(in.sectors.begin(), in.sectors.end()); }

// A save that started from an older revision than the stored one: refused, nothing written.
std::unexpected<Error> stale_edit() {
  return fail(ErrorKind::conflict,
              N_("Somebody saved this item after you opened it. Your changes were not saved; open it again to see theirs."),
              "revision");
}

// The workflow as data: for each transition, who may take it (the writers of the item's areas
// too, or only its reviewers), the states it starts from, whether a note is needed, where it
// leads and what the revision history calls it. Who may is asked before the state, so that a
// person who may take the step but finds the item moved on (a form sent twice, a program
// behind) is told of the conflict, and anybody else only that they may not.
enum class Note { optional, required };
enum class Taker { writer_or_reviewer, reviewer };
constexpr ItemStatus kDraft[] = {ItemStatus::draft};
constexpr ItemStatus kInReview[] = {ItemStatus::in_review};
constexpr ItemStatus kInReviewOrArchived[] = {ItemStatus::in_review, ItemStatus::archived};
constexpr ItemStatus kPublished[] = {ItemStatus::published};
struct WorkflowStep {
  KnowledgeService::Transition transition;
  Taker taker;
  std::span<const ItemStatus> from;
  const char* wrong_state;  // message when the item is in another state
  Note note;
  ItemStatus to;
  const char* label;
  const char* audit;  // the audit log's action
};
constexpr WorkflowStep kWorkflow[] = {
    {KnowledgeService::Transition::submit, Taker::writer_or_reviewer, kDraft, N_("Only a draft can be sent for review."),
     Note::optional, ItemStatus::in_review, "submitted for review", "knowledge.submitted"},
    {KnowledgeService::Transition::publish, Taker::reviewer, kInReviewOrArchived,
     N_("Only an item in review can be published."), Note::optional, ItemStatus::published, "published",
     "knowledge.published"},
    {KnowledgeService::Transition::send_back, Taker::reviewer, kInReview,
     N_("Only an item in review can be sent back."), Note::required, ItemStatus::draft, "changes requested",
     "knowledge.sent_back"},
    {KnowledgeService::Transition::archive, Taker::reviewer, kPublished,
     N_("Only a published item can be archived."), Note::optional, ItemStatus::archived, "archived",
     "knowledge.archived"},
};

std::string target_of(ItemId id) {
  return "knowledge:" + std::to_string(id.value());
}

bool published(ItemStatus s) { return s == ItemStatus::published || s == ItemStatus::archived; }

}  // namespace

KnowledgeService::KnowledgeService(KnowledgeRepository& repository, reference::ReferenceService& reference,
                                   const retrieval::Analyzer& analyzer, const retrieval::Thesaurus& thesaurus,
                                   AttachmentSettings attachments, Clock clock, SearchGapService* gaps)
    : repository_(repository), reference_(reference), analyzer_(analyzer), thesaurus_(thesaurus),
      attachment_settings_(std::move(attachments)), store_(attachment_settings_.directory), clock_(std::move(clock)),
      gaps_(gaps) {}

accounts::AuditRecord KnowledgeService::audit_line(const Principal& who, std::string action, std::string target,
                                                  std::string detail) const {
  return accounts::AuditRecord{.actor = who.user,
                               .actor_label = who.label,
                               .action = std::move(action),
                               .target = std::move(target),
                               .detail = std::move(detail),
                               .client = who.client,
                               .at = now()};
}

Seconds KnowledgeService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool KnowledgeService::may_see(const Principal& who, const KnowledgeItem& item) const {
  return published(item.status) || accounts::allowed(who, Action::view_unpublished_knowledge, target_of(item));
}

Capabilities KnowledgeService::capabilities(const Principal& who, const KnowledgeItem& item) const {
  auto target = target_of(item);
  Capabilities c;
  bool writer = accounts::allowed(who, Action::write_knowledge, target);
  bool reviewer = accounts::allowed(who, Action::review_knowledge, target);
  c.edit = item.status != ItemStatus::archived && (writer || reviewer);
  c.submit = item.status == ItemStatus::draft && (writer || reviewer);
  c.review = reviewer && item.status != ItemStatus::draft;
  c.restore = writer || reviewer;
  c.comment = who.signed_in() && item.status == ItemStatus::published;
  c.moderate = accounts::allowed(who, Action::moderate_comments, target);
  c.machine_translate = translator_ && accounts::allowed(who, Action::machine_translate_knowledge, target);
  return c;
}

ItemFilter KnowledgeService::visible_to(const Principal& who) const {
  ItemFilter f;
  f.statuses = {ItemStatus::published, ItemStatus::archived};
  if (!who.signed_in()) return f;
  f.statuses = {ItemStatus::draft, ItemStatus::in_review, ItemStatus::published, ItemStatus::archived};
  f.all_unpublished = accounts::allowed(who, Action::view_unpublished_knowledge, accounts::Target{});
  f.unpublished_author = who.user;
  for (const auto& r : who.roles)
    if (r.role == accounts::Role::wg_coordinator) f.unpublished_areas.push_back(r.working_group);
  return f;
}

std::vector<IndexedField> KnowledgeService::index_of(const ItemInput& input) const {
  std::vector<IndexedField> out;
  for (const auto& t : input.texts) {
    for (auto [field, value] : {std::pair<const char*, const std::string*>{"title", &t.title},
                                {"summary", &t.summary},
                                {"body", &t.body},
                                {"results", &t.results},
                                {"lessons", &t.lessons},
                                {"transferability", &t.transferability}}) {
      if (value->empty()) continue;
      std::string terms = retrieval::index_terms(*value, t.language, analyzer_, thesaurus_);
      if (!terms.empty()) out.push_back({t.language, field, std::move(terms)});
    }
  }
  return out;
}

Status KnowledgeService::check_references(const ItemInput& in) {
  if (auto ok = check_input(in); !ok) return ok;
  for (const auto& c : in.countries)
    if (auto country = reference_.country(c); !country) {
      if (country.error().kind == ErrorKind::not_found)
        return fail(ErrorKind::invalid, N_("Choose countries from the list."), "countries");
      return std::unexpected(country.error());
    }
  for (const auto& code : in.regions) {
    auto region = reference_.region(code);
    if (!region) {
      if (region.error().kind == ErrorKind::not_found)
        return fail(ErrorKind::invalid, N_("Choose regions from the list."), "regions");
      return std::unexpected(region.error());
    }
    if (std::find(in.countries.begin(), in.countries.end(), region->region.country.str()) == in.countries.end())
      return fail(ErrorKind::invalid, N_("A region must be in one of the item's countries."), "regions");
  }
  if (!in.sectors.empty()) {
    auto table = repository_.sectors();
    if (!table) return std::unexpected(table.error());
    for (const auto& division : in.sectors)
      if (std::none_of(table->begin(), table->end(), [&](const Sector& s) { return s.division == division; }))
        return fail(ErrorKind::invalid, N_("Choose sectors from the list of NACE divisions."), "sectors");
  }
  auto missing = repository_.missing_contact(in);
  if (!missing) return std::unexpected(missing.error());
  if (*missing == "contact_organisation")
    return fail(ErrorKind::invalid, N_("Choose the contact organisation from the list."), "contact_organisation");
  if (*missing) return fail(ErrorKind::invalid, N_("Choose the contact person from the list."), "contact_person");
  return {};
}

Result<KnowledgeItem> KnowledgeService::item(const Principal& who, ItemId id) {
  auto found = repository_.find(id);
  if (!found) return std::unexpected(found.error());
  if (!*found || !may_see(who, **found)) return fail(ErrorKind::not_found, "Not found.");
  return std::move(**found);
}

Result<KnowledgeItem> KnowledgeService::item_by_slug(const Principal& who, const std::string& slug) {
  auto found = repository_.find_by_slug(slug);
  if (!found) return std::unexpected(found.error());
  if (!*found || !may_see(who, **found)) return fail(ErrorKind::not_found, "Not found.");
  return std::move(**found);
}

Result<ItemId> KnowledgeService::create(const Principal& who, ItemInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!accounts::allowed(who, Action::write_knowledge, accounts::Target{.user = who.user, .areas = input.areas}))
    return std::unexpected(refusal(who));
  if (input.slug.empty() && !input.texts.empty()) {
    auto original = std::find_if(input.texts.begin(), input.texts.end(),
                                 [&](const ItemText& t) { return t.language == input.original_language; });
    input.slug = slug_from(original != input.texts.end() ? original->title : input.texts.front().title);
    if (input.slug.empty()) input.slug = "item";
  }
  if (auto ok = check_references(input); !ok) return std::unexpected(ok.error());
  KnowledgeItem item = new_draft(who, std::move(input));
  return repository_.create(item, "created", index_of(item.content),
                            audit_line(who, "knowledge.created", {}, "slug " + item.content.slug));
}

KnowledgeItem KnowledgeService::new_draft(const Principal& who, ItemInput input) const {
  KnowledgeItem item;
  item.content = std::move(input);
  sort_sectors(item.content);
  item.status = ItemStatus::draft;
  item.author = who.user;
  item.author_name = who.display_name.empty() ? who.label : who.display_name;
  item.revision = 1;
  item.created_at = item.updated_at = now();
  return item;
}

Result<KnowledgeItem> KnowledgeService::update(const Principal& who, ItemId id, int revision, ItemInput input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).edit) return std::unexpected(refusal(who));
  if (input.slug.empty()) input.slug = current->content.slug;
  if (auto ok = check_references(input); !ok) return std::unexpected(ok.error());
  if (revision != current->revision)
    return stale_edit();
  KnowledgeItem next = std::move(*current);
  next.content = std::move(input);
  sort_sectors(next.content);
  next.revision = revision + 1;
  next.updated_at = now();
  auto saved = repository_.update(next, revision, "edited", index_of(next.content),
                                  audit_line(who, "knowledge.edited", target_of(id), "revision " + std::to_string(revision + 1)));
  if (!saved) return std::unexpected(saved.error());
  if (!*saved)
    return stale_edit();
  return next;
}

Result<KnowledgeItem> KnowledgeService::transition(const Principal& who, ItemId id, int revision, Transition t,
                                                   const std::string& note) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  const WorkflowStep& step = *std::ranges::find(kWorkflow, t, &WorkflowStep::transition);
  auto target = target_of(*current);
  bool may = accounts::allowed(who, Action::review_knowledge, target) ||
             (step.taker == Taker::writer_or_reviewer && accounts::allowed(who, Action::write_knowledge, target));
  if (!may) return std::unexpected(refusal(who));
  if (std::ranges::find(step.from, current->status) == step.from.end())
    return fail(ErrorKind::conflict, step.wrong_state, "status");
  if (step.note == Note::required && text::trim(note).empty())
    return fail(ErrorKind::invalid, N_("Say what should change."), "note");
  ItemStatus to = step.to;
  std::string label = step.label;
  if (text::utf8_length(note) > 2000) return fail(ErrorKind::invalid, N_("This text is too long."), "note");
  if (revision != current->revision)
    return stale_edit();
  KnowledgeItem next = std::move(*current);
  next.status = to;
  next.revision = revision + 1;
  next.updated_at = now();
  if (to == ItemStatus::published && !next.published_at) next.published_at = next.updated_at;
  std::string saved_note = note.empty() ? label : label + ": " + note;
  auto saved = repository_.update(next, revision, saved_note, index_of(next.content),
                                  audit_line(who, step.audit, target_of(id), note));
  if (!saved) return std::unexpected(saved.error());
  if (!*saved)
    return stale_edit();
  return next;
}

Result<std::vector<Revision>> KnowledgeService::revisions(const Principal& who, ItemId id) {
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  return repository_.revisions(id);
}

Result<KnowledgeService::ImportSummary> KnowledgeService::import_items(const Principal& who,
                                                                       const std::vector<ItemInput>& items,
                                                                       std::vector<ImportProblem>& problems) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (!who.signed_in() && who.label.empty()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (items.empty()) return fail(ErrorKind::invalid, N_("The file holds no items."), "items");
  if (items.size() > 5000) return fail(ErrorKind::invalid, N_("Import at most 5,000 items at a time."), "items");
  ImportSummary summary;
  std::vector<const ItemInput*> fresh;
  std::set<std::string> slugs;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ItemInput& in = items[i];
    if (!accounts::allowed(who, Action::write_knowledge, accounts::Target{.user = who.user, .areas = in.areas}))
      return std::unexpected(refusal(who));
    if (in.slug.empty()) {
      problems.push_back({i + 1, "slug", N_("Each imported item needs its address (slug).")});
      continue;
    }
    if (!slugs.insert(in.slug).second) {
      problems.push_back({i + 1, "slug", N_("This address is given twice in the file.")});
      continue;
    }
    if (auto ok = check_references(in); !ok) {
      problems.push_back({i + 1, ok.error().field, ok.error().message});
      continue;
    }
    auto existing = repository_.find_by_slug(in.slug);
    if (!existing) return std::unexpected(existing.error());
    if (*existing)
      summary.already_present.push_back(in.slug);
    else
      fresh.push_back(&in);
  }
  if (!problems.empty()) return fail(ErrorKind::unprocessable, N_("The file has problems; nothing was stored."), "items");
  std::vector<KnowledgeItem> drafts;
  std::vector<std::vector<IndexedField>> index;
  for (const ItemInput* in : fresh) {
    drafts.push_back(new_draft(who, *in));
    index.push_back(index_of(drafts.back().content));
  }
  auto ids = repository_.create_all(drafts, "created", index, audit_line(who, "knowledge.imported", {}));
  if (!ids) return std::unexpected(ids.error());
  summary.added = ids->size();
  return summary;
}

Status KnowledgeService::remove(const Principal& who, ItemId id) {
  if (auto w = require_write(who); !w) return w;
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  auto target = target_of(*current);
  bool author_of_draft = current->status == ItemStatus::draft && who.user && current->author == who.user;
  if (!author_of_draft && !accounts::allowed(who, Action::review_knowledge, target)) return std::unexpected(refusal(who));
  auto files = repository_.attachments(id);
  if (!files) return std::unexpected(files.error());
  if (auto removed = repository_.remove(id, audit_line(who, "knowledge.deleted", target_of(id))); !removed)
    return removed;
  for (const auto& a : *files) release_content(a.sha256);
  return {};
}

void KnowledgeService::release_content(const std::string& sha256) {
  // A failure leaves an unused file behind, which costs disk space and nothing else: the
  // removal the caller made stands.
  (void)store_.release(sha256, [&] { return repository_.content_in_use(sha256); });
}

Result<KnowledgeItem> KnowledgeService::restore(const Principal& who, ItemId id, int revision, int number) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).restore) return std::unexpected(refusal(who));
  auto all = repository_.revisions(id);
  if (!all) return std::unexpected(all.error());
  auto old = std::find_if(all->begin(), all->end(), [&](const Revision& r) { return r.number == number; });
  if (old == all->end()) return fail(ErrorKind::not_found, "Not found.");
  if (revision != current->revision)
    return stale_edit();
  KnowledgeItem next = std::move(*current);
  next.content = old->content;
  next.revision = revision + 1;
  next.updated_at = now();
  auto saved = repository_.update(next, revision, "restored revision " + std::to_string(number), index_of(next.content),
                                  audit_line(who, "knowledge.restored", target_of(id), "revision " + std::to_string(number)));
  if (!saved) return std::unexpected(saved.error());
  if (!*saved)
    return stale_edit();
  return next;
}

Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> KnowledgeService::list(const Principal& who,
                                                                                 ItemFilter filter,
                                                                                 std::string_view order,
                                                                                 std::size_t limit,
                                                                                 std::size_t offset) {
  if (limit == 0 || limit > 500) return fail(ErrorKind::invalid, "The limit must be a whole number from 1 to 500.", "limit");
  ItemFilter allowed = visible_to(who);
  filter.statuses = allowed.statuses;
  filter.all_unpublished = allowed.all_unpublished;
  filter.unpublished_author = allowed.unpublished_author;
  filter.unpublished_areas = allowed.unpublished_areas;
  return repository_.list(filter, order, limit, offset);
}

Result<CommentId> KnowledgeService::comment(const Principal& who, ItemId id, const std::string& body) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).comment) return std::unexpected(refusal(who));
  std::string text = text::trim(body);
  if (text.empty()) return fail(ErrorKind::invalid, N_("Write a comment first."), "body");
  if (text::utf8_length(text) > 4000 || !text::is_valid_utf8(text) || text::has_control_characters(text))
    return fail(ErrorKind::invalid, N_("This text is too long."), "body");
  Comment c;
  c.item = id;
  c.author = who.user;
  c.author_name = who.display_name.empty() ? who.label : who.display_name;
  c.body = std::move(text);
  c.created_at = now();
  return repository_.add_comment(c, audit_line(who, "knowledge.commented", target_of(c.item)));
}

Result<std::vector<Comment>> KnowledgeService::comments(const Principal& who, ItemId id) {
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  auto all = repository_.comments(id);
  if (!all) return std::unexpected(all.error());
  bool moderator = capabilities(who, *current).moderate;
  // Hidden comments stay visible to moderators and to their author, marked hidden.
  std::erase_if(*all, [&](const Comment& c) { return c.hidden && !moderator && !(who.user && c.author == who.user); });
  return all;
}

Status KnowledgeService::hide_comment(const Principal& who, ItemId id, CommentId comment, const std::string& reason) {
  if (auto w = require_write(who); !w) return w;
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).moderate) return std::unexpected(refusal(who));
  std::string why = text::trim(reason);
  if (why.empty()) return fail(ErrorKind::invalid, N_("Say why the comment is hidden."), "reason");
  if (text::utf8_length(why) > 500) return fail(ErrorKind::invalid, N_("This text is too long."), "reason");
  auto all = repository_.comments(id);
  if (!all) return std::unexpected(all.error());
  if (std::none_of(all->begin(), all->end(), [&](const Comment& c) { return c.id == comment; }))
    return fail(ErrorKind::not_found, "Not found.");
  auto hidden = repository_.hide_comment(
      comment, why, audit_line(who, "knowledge.comment_hidden", target_of(id), "comment " + std::to_string(comment.value())));
  if (!hidden) return std::unexpected(hidden.error());
  if (!*hidden) return fail(ErrorKind::not_found, "Not found.");
  return {};
}

// --- attachments ---

std::vector<IndexedField> KnowledgeService::attachment_index(const KnowledgeItem& item,
                                                             const std::vector<Attachment>& all) const {
  std::vector<IndexedField> out;
  const std::string& language = item.content.original_language;
  for (const auto& a : all) {
    if (a.extracted_text.empty()) continue;
    std::string terms = retrieval::index_terms(a.extracted_text, language, analyzer_, thesaurus_);
    if (!terms.empty()) out.push_back({language, "attachment", std::move(terms)});
  }
  return out;
}

namespace {

// The name without folders or control characters, at most 200 bytes of whole characters.
std::string clean_file_name(const std::string& name) {
  std::string base = name;
  if (auto slash = base.find_last_of("/\\"); slash != std::string::npos) base = base.substr(slash + 1);
  std::string out;
  for (char c : base)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  if (out.size() > 200) {
    std::size_t end = 200;
    while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;
    out.resize(end);
  }
  out = text::trim(out);
  if (out.empty() || !text::is_valid_utf8(out) || out == "." || out == "..") out = "attachment";
  return out;
}

}  // namespace

Result<Attachment> KnowledgeService::attach(const Principal& who, ItemId id, const std::string& file_name,
                                            std::string_view bytes) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).edit) return std::unexpected(refusal(who));
  if (bytes.size() > attachment_settings_.max_bytes)
    // "{mb}" is filled in by whoever shows the message, after translating it.
    return fail(ErrorKind::payload_too_large, N_("The file is larger than {mb} MB."), "file");
  if (bytes.empty()) return fail(ErrorKind::invalid, N_("Choose a file to attach."), "file");
  auto all = repository_.attachments(id);
  if (!all) return std::unexpected(all.error());
  if (all->size() >= attachment_settings_.max_per_item)
    return fail(ErrorKind::conflict, N_("An item may have at most 20 attachments; remove one first."), "file");
  auto inspected = files::inspect(bytes);
  if (!inspected) return std::unexpected(inspected.error());
  // The file goes to disk before the row: a failed database write leaves at most an orphan
  // file (found by its digest and reused by the next identical upload), never a row without
  // its file.
  auto digest = store_.put(bytes);
  if (!digest) return std::unexpected(digest.error());
  Attachment a;
  a.item = id;
  a.sha256 = std::move(*digest);
  a.file_name = clean_file_name(file_name);
  a.media_type = std::move(inspected->media_type);
  a.size = std::int64_t(bytes.size());
  a.extracted_text = std::move(inspected->text);
  a.uploaded_by = who.user;
  a.uploaded_at = now();
  all->push_back(a);
  // Two uploads to one item at the same moment may each index without the other's text;
  // the next attachment change of the item indexes them all again.
  auto added = repository_.add_attachment(a, attachment_index(*current, *all),
                                          audit_line(who, "knowledge.attachment_added", target_of(a.item), a.file_name));
  if (!added) return std::unexpected(added.error());
  a.id = *added;
  // Another attachment of the same content may have been removed meanwhile, and its file
  // with it (release_content); now that this one is recorded, the file is put back if so.
  if (auto again = store_.put(bytes); !again) return std::unexpected(again.error());
  return a;
}

Result<std::vector<Attachment>> KnowledgeService::attachments(const Principal& who, ItemId id) {
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  return repository_.attachments(id);
}

Result<AttachmentFile> KnowledgeService::attachment_file(const Principal& who, ItemId id, AttachmentId attachment) {
  auto all = attachments(who, id);
  if (!all) return std::unexpected(all.error());
  auto found = std::find_if(all->begin(), all->end(), [&](const Attachment& a) { return a.id == attachment; });
  if (found == all->end()) return fail(ErrorKind::not_found, "Not found.");
  auto path = store_.path_of(found->sha256);
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec))
    return fail(ErrorKind::unavailable, "The file of this attachment is missing.", "attachment", path.string());
  return AttachmentFile{std::move(*found), std::move(path)};
}

Status KnowledgeService::detach(const Principal& who, ItemId id, AttachmentId attachment) {
  if (auto w = require_write(who); !w) return w;
  auto current = item(who, id);
  if (!current) return std::unexpected(current.error());
  if (!capabilities(who, *current).edit) return std::unexpected(refusal(who));
  auto all = repository_.attachments(id);
  if (!all) return std::unexpected(all.error());
  const std::vector<Attachment> current_attachments = *all;
  if (std::erase_if(*all, [&](const Attachment& a) { return a.id == attachment; }) == 0)
    return fail(ErrorKind::not_found, "Not found.");
  auto gone = std::find_if(current_attachments.begin(), current_attachments.end(),
                           [&](const Attachment& a) { return a.id == attachment; });
  auto removed = repository_.remove_attachment(
      id, attachment, attachment_index(*current, *all),
      audit_line(who, "knowledge.attachment_removed", target_of(id), "attachment " + std::to_string(attachment.value())));
  if (!removed) return std::unexpected(removed.error());
  if (*removed && gone != current_attachments.end()) release_content(gone->sha256);
  if (!*removed) return fail(ErrorKind::not_found, "Not found.");
  return {};
}

}  // namespace cps::knowledge
