// The knowledge base's rules: who may see, write, review and restore which item; the
// workflow draft → in review → published → archived; revisions with optimistic concurrency
// (a save names the revision it started from and is refused when somebody saved since);
// comments and their moderation; and search, ranked the same way on every database.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/knowledge/about.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "domain/knowledge/knowledge_repository.hpp"
#include "domain/knowledge/search_gaps.hpp"
#include "domain/knowledge/machine_translator.hpp"
#include "domain/knowledge/search_index.hpp"
#include "domain/reference/reference_service.hpp"
#include "files/content_store.hpp"
#include "retrieval/analyzer.hpp"
#include "retrieval/query.hpp"
#include "retrieval/thesaurus.hpp"

namespace cps::knowledge {

// What the viewer may do with an item; pages show only these actions, the service checks
// them again on every request.
struct Capabilities {
  bool edit = false;
  bool submit = false;   // send a draft for review
  bool review = false;   // publish, send back, archive
  bool restore = false;  // restore an older revision
  bool comment = false;
  bool moderate = false;
  bool machine_translate = false;  // ask for a machine translation (a translator is there)
};

// A machine translation asked for, and whether this request made it or found it made.
enum class Made { now, earlier };
struct MachineTranslationAnswer {
  MachineTranslation translation;
  Made made = Made::now;
};

// Whether hits carry the highlighted extract a results page shows; a ranking that only
// scores the items (the learning engine's) skips the work.
enum class Extracts { shown, none };

struct SearchRequest {
  std::string q;
  std::string language;  // the UI language: queries are analysed in it, snippets prefer it
  ItemFilter facets;     // area, kind, country, region, timeframe, instrument, language, status
  std::string sort = "relevance";  // relevance, date or title
  std::size_t page = 1;
  std::size_t per_page = 20;
  Extracts extracts = Extracts::shown;
  // Concepts the searcher dropped from the query's expansions (ids): their words count only as
  // themselves. At most kMaxDropped, each a concept of the thesaurus.
  std::vector<std::string> dropped;
  // A person's search from a page or the API (not the learning engine's): its first page,
  // without filters, counts in the report of searches that found little (search_gaps.hpp).
  bool reported = false;
};
inline constexpr std::size_t kMaxDropped = 20;
// The `drop` parameter of the search page and the API: concept ids separated by commas, each
// kept once, empty parts left out.
std::vector<std::string> dropped_concepts(std::string_view list);

struct SearchHit {
  KnowledgeItem item;
  double score = 0;
  std::string language;                   // the language version that matched best
  std::string snippet_html;               // escaped, matches in <mark>
  std::vector<std::string> concepts;      // labels of the query's concepts the item holds
  About about;                            // with extracts only
};

// A concept the query was widened with (or, dropped, would be): what the results page lists
// under "also searched" with a link that runs the search without it (or with it again).
struct SearchExpansion {
  std::string concept_id;
  std::string label;                  // in the reader's language
  std::vector<std::string> words;     // the query's words that name it, as typed (none when dropped)
  bool transliterated = false;        // Latin words spelling its Greek term
  // Its terms in other languages that were searched too: language and preferred term, at most
  // kExpansionTerms.
  std::vector<std::pair<std::string, std::string>> terms;
};
inline constexpr std::size_t kExpansionTerms = 6;

struct SearchResult {
  std::vector<SearchHit> hits;  // the page asked for
  std::size_t total = 0;
  FacetCounts facets;
  bool ranked = false;  // false in browse mode (no query)
  std::vector<SearchExpansion> expansions;  // applied, in the query's order
  std::vector<SearchExpansion> dropped;     // as the request dropped them
};

// Where attachments are kept and how large one may be.
struct AttachmentSettings {
  std::filesystem::path directory = "attachments";  // <data_dir>/attachments
  std::size_t max_bytes = 20u << 20;
  std::size_t max_per_item = 20;
};

// An attachment and where its bytes are on disk, for a download.
struct AttachmentFile {
  Attachment attachment;
  std::filesystem::path path;
};

class KnowledgeService {
 public:
  using Clock = std::function<Seconds()>;
  // The analyzer and thesaurus turn texts into index terms and queries into what ranks.
  // With `gaps`, people's searches that find little are counted there.
  KnowledgeService(KnowledgeRepository& repository, reference::ReferenceService& reference,
                   const retrieval::Analyzer& analyzer, const retrieval::Thesaurus& thesaurus,
                   AttachmentSettings attachments = {}, Clock clock = {}, SearchGapService* gaps = nullptr);

  // Published and archived items for everybody; drafts and items in review for their author,
  // the coordinators of their areas, the lead partner and administrators (not found for
  // everybody else, so that their existence does not leak).
  Result<KnowledgeItem> item(const accounts::Principal& who, ItemId id);
  Result<KnowledgeItem> item_by_slug(const accounts::Principal& who, const std::string& slug);
  Capabilities capabilities(const accounts::Principal& who, const KnowledgeItem& item) const;
  // The filter of what `who` may see; facets narrow it further.
  ItemFilter visible_to(const accounts::Principal& who) const;

  Result<ItemId> create(const accounts::Principal& who, ItemInput input);
  // Saves a new revision; fails with kind conflict when the item is no longer at `revision`.
  Result<KnowledgeItem> update(const accounts::Principal& who, ItemId id, int revision, ItemInput input);

  enum class Transition { submit, publish, send_back, archive };
  // Moves an item through the workflow; `note` is kept with the revision (a reviewer's
  // reason for sending it back, required there: invalid, field "note"). Refused (forbidden)
  // when `who` may not take the step on this item at all; conflict with field "status" when
  // they may but the item is in another state, with field "revision" when it is not at `revision`.
  Result<KnowledgeItem> transition(const accounts::Principal& who, ItemId id, int revision, Transition transition,
                                   const std::string& note);

  Result<std::vector<Revision>> revisions(const accounts::Principal& who, ItemId id);
  // Deletes an item for good: its author while it is a draft, or a reviewer of its areas.
  // Files of its attachments that no other attachment holds are deleted from disk.
  Status remove(const accounts::Principal& who, ItemId id);
  // Makes an older revision's content the current one (as a new revision).
  Result<KnowledgeItem> restore(const accounts::Principal& who, ItemId id, int revision, int number);

  // Machine translation of titles and summaries, with the engine the composition root found
  // (none: nothing is offered and asking fails with kind unavailable).
  void use_translator(MachineTranslator* translator) { translator_ = translator; }
  // The language a reader of `reader_language` (a UI language) is offered a machine
  // translation of `item` into: their own, else English; only one the item has no version in
  // and the translator has a pair for from the item's original language.
  std::optional<std::string> machine_target(const KnowledgeItem& item, std::string_view reader_language) const;
  // Every language the item could be machine-translated into: the translator's pairs from its
  // original language into a language it has no version in.
  std::vector<std::string> machine_targets(const KnowledgeItem& item) const;
  // The item's machine translations that still count: made from the original's current title
  // and summary, in a language the item has no version in. Whoever may see the item sees them.
  Result<std::vector<MachineTranslation>> machine_translations(const KnowledgeItem& item);
  // The machine translation of the item's title and summary into `language`: the one kept
  // when it still counts, else made now from the original and kept (replacing a stale one),
  // with an audit line. Anyone signed in who may see the item asks (forbidden or
  // unauthenticated otherwise; a read-only token is refused). Fails with invalid, field
  // "language", for a language that is not a content language, that the item has a version
  // in, or that the translator has no pair for; with unavailable when the engine fails.
  Result<MachineTranslationAnswer> machine_translate(const accounts::Principal& who, ItemId id,
                                                     const std::string& language);

  // The division table: the sectors an item may name, by division (anyone may read it).
  Result<std::vector<Sector>> sectors() { return repository_.sectors(); }

  Result<std::pair<std::vector<KnowledgeItem>, std::size_t>> list(const accounts::Principal& who, ItemFilter filter,
                                                                 std::string_view order, std::size_t limit,
                                                                 std::size_t offset);

  // Comments: any signed-in member comments on a published item; coordinators of its areas
  // hide a comment with a reason (its author still sees it, marked hidden).
  Result<CommentId> comment(const accounts::Principal& who, ItemId id, const std::string& body);
  Result<std::vector<Comment>> comments(const accounts::Principal& who, ItemId id);
  Status hide_comment(const accounts::Principal& who, ItemId id, CommentId comment, const std::string& reason);

  // Full-text and cross-lingual search with facets, ranked by BM25F over every language
  // version (an item scores by its best version); without a query, a listing with facets.
  Result<SearchResult> search(const accounts::Principal& who, const SearchRequest& request);
  // Every result of the request (its page and page size aside), up to kMaxDownload, ranked
  // once: what downloads of a list hold.
  static constexpr std::size_t kMaxDownload = 1000;
  Result<SearchResult> download(const accounts::Principal& who, SearchRequest request);

  // What the item is about, for a reader of `language` shown its `shown_language` version;
  // `matched` marks the concepts a query names.
  Result<About> about(const KnowledgeItem& item, std::string_view language, std::string_view shown_language,
                      const std::vector<std::string>& matched = {});

  // Published items that share the most concepts with `item` (Jaccard overlap of their
  // concept sets, in any language), most related first.
  Result<std::vector<KnowledgeItem>> related(const accounts::Principal& who, const KnowledgeItem& item,
                                             std::size_t limit);

  // One problem of an import file: which item (1-based) and field, and what is wrong.
  struct ImportProblem {
    std::size_t item = 0;
    std::string field;
    std::string message;    // English message id
    std::size_t line = 0;   // the line of a CSV file it is on; 0 when the file has no lines (JSON)
  };
  struct ImportSummary {
    std::size_t added = 0;
    std::vector<std::string> already_present;  // slugs that exist: left as they are
  };
  // Adds the items (as drafts written by `who`) in one transaction; every item is checked
  // first and a file with any problem adds nothing. Items whose slug exists are reported and
  // left alone.
  Result<ImportSummary> import_items(const accounts::Principal& who, const std::vector<ItemInput>& items,
                                     std::vector<ImportProblem>& problems);

  // Attachments: whoever may edit the item attaches and removes files; whoever may see it
  // lists and downloads them. attach checks the size (payload_too_large), the real type
  // (unsupported_media_type) and the content (unprocessable: a PDF that cannot be read, a
  // zip bomb), stores the file by its digest and indexes its text under field "attachment".
  // detach deletes the file from disk once no attachment of any item holds that content.
  Result<Attachment> attach(const accounts::Principal& who, ItemId id, const std::string& file_name,
                            std::string_view bytes);
  Result<std::vector<Attachment>> attachments(const accounts::Principal& who, ItemId id);
  Result<AttachmentFile> attachment_file(const accounts::Principal& who, ItemId id, AttachmentId attachment);
  Status detach(const accounts::Principal& who, ItemId id, AttachmentId attachment);
  const AttachmentSettings& attachment_settings() const { return attachment_settings_; }

  // Where search widens query words the thesaurus has no concept for: bilingual dictionaries
  // and WordNet, held by the caller for the service's lifetime. Without a call (or with empty
  // sources), queries are matched by their words, concepts and cognate keys only.
  void widen_queries_with(const retrieval::QuerySources& sources) { query_sources_ = sources; }

  KnowledgeRepository& repository() { return repository_; }
  // The in-memory search index, brought up to date (the server calls it at start, so that the
  // first search does not load it).
  Result<SearchIndex::Size> prepare_search();

  // The analysis and thesaurus that index terms are made with (stored beside them).
  std::string analysis() const;
  using Progress = std::function<void(std::size_t done, std::size_t total)>;
  // Makes every item's index terms again with this analysis and records it; progress(done,
  // total) after each item. Returns the number of items indexed.
  Result<std::size_t> reindex(const Progress& progress = {});
  // reindex() when the stored terms were made by another analysis (an empty knowledge base
  // is only marked current); 0 when nothing had to be done.
  Result<std::size_t> reindex_if_stale(const Progress& progress = {});
  std::vector<IndexedField> index_of(const ItemInput& input) const;

 private:
  Status check_references(const ItemInput& input);
  KnowledgeItem new_draft(const accounts::Principal& who, ItemInput input) const;
  // Deletes the stored file of `sha256` when no attachment holds it any more.
  void release_content(const std::string& sha256);
  // search() without the limits on page and page size that people and programs get.
  Result<SearchResult> run_search(const accounts::Principal& who, const SearchRequest& request);
  // Counts the query's phrases in the stored terms of the best-bounded items until no other
  // item can reach the first `wanted`, which it leaves in their exact order.
  Result<void> check_phrases(const retrieval::Query& query, Ranking& ranking, std::size_t wanted,
                             std::string_view preferred_language);
  bool may_see(const accounts::Principal& who, const KnowledgeItem& item) const;
  Seconds now() const;
  // The audit line of a change by `who`; an empty target is the new item's (see the port).
  accounts::AuditRecord audit_line(const accounts::Principal& who, std::string action, std::string target,
                                   std::string detail = {}) const;
  // The query's expansions and the dropped concepts, as SearchResult lists them.
  void describe_expansions(const retrieval::Query& query, const SearchRequest& request, SearchResult& out) const;
  // about() on an index already brought up to date (a search has just done so).
  About about_refreshed(const KnowledgeItem& item, std::string_view language, std::string_view shown_language,
                        const std::vector<std::string>& matched);
  // The concepts an item's original text names, weighted by field: analysed once per revision.
  std::map<std::string, double> named_concepts(const KnowledgeItem& item);
  std::vector<IndexedField> attachment_index(const KnowledgeItem& item, const std::vector<Attachment>& all) const;

  KnowledgeRepository& repository_;
  reference::ReferenceService& reference_;
  const retrieval::Analyzer& analyzer_;
  const retrieval::Thesaurus& thesaurus_;
  retrieval::QuerySources query_sources_;
  AttachmentSettings attachment_settings_;
  files::ContentStore store_;
  Clock clock_;
  SearchIndex index_;
  SearchGapService* gaps_;
  MachineTranslator* translator_ = nullptr;
  // named_concepts by item: analysing the whole text of each result of each search was most
  // of a search's time. Emptied when it grows past kConceptCacheItems.
  static constexpr std::size_t kConceptCacheItems = 50000;
  struct NamedConcepts {
    int revision = 0;
    std::map<std::string, double> weight;
  };
  std::mutex concepts_mutex_;
  std::unordered_map<std::int64_t, NamedConcepts> concepts_cache_;
};

}  // namespace cps::knowledge
