// The common knowledge base: cluster policies and programmes, instruments, good practices,
// experiences (failures too), success and failure factors, studies and training material in
// the six thematic areas. An item is written in one original language and may have any number
// of translations; every save is a revision. Plain types and the rules every item obeys.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/strong.hpp"
#include "domain/accounts/accounts.hpp"

namespace cps::knowledge {

using ItemId = StrongId<struct ItemIdTag>;
using CommentId = StrongId<struct CommentIdTag>;
using AttachmentId = StrongId<struct AttachmentIdTag>;
using Seconds = std::int64_t;

// Each enum's names table sits beside it; its "every value" list comes from the table.
enum class Kind { programme, instrument, good_practice, experience, factor, study, training };
inline constexpr EnumName<Kind> kKindNames[] = {
    {Kind::programme, "programme"}, {Kind::instrument, "instrument"}, {Kind::good_practice, "good_practice"},
    {Kind::experience, "experience"}, {Kind::factor, "factor"},       {Kind::study, "study"},
    {Kind::training, "training"}};
static_assert(names_each_value_once(kKindNames));
inline constexpr auto kAllKinds = values_of(kKindNames);

enum class Timeframe { past, current, planned };
inline constexpr EnumName<Timeframe> kTimeframeNames[] = {
    {Timeframe::past, "past"}, {Timeframe::current, "current"}, {Timeframe::planned, "planned"}};
static_assert(names_each_value_once(kTimeframeNames));
inline constexpr auto kAllTimeframes = values_of(kTimeframeNames);

enum class Instrument {
  grants, vouchers, tax_incentive, loans_guarantees, equity, networking, training, infrastructure,
  regulation, procurement, other
};
inline constexpr EnumName<Instrument> kInstrumentNames[] = {
    {Instrument::grants, "grants"},
    {Instrument::vouchers, "vouchers"},
    {Instrument::tax_incentive, "tax_incentive"},
    {Instrument::loans_guarantees, "loans_guarantees"},
    {Instrument::equity, "equity"},
    {Instrument::networking, "networking"},
    {Instrument::training, "training"},
    {Instrument::infrastructure, "infrastructure"},
    {Instrument::regulation, "regulation"},
    {Instrument::procurement, "procurement"},
    {Instrument::other, "other"}};
static_assert(names_each_value_once(kInstrumentNames));
inline constexpr auto kAllInstruments = values_of(kInstrumentNames);

// draft → in_review → published → archived; a reviewer may send an item back to draft.
enum class ItemStatus { draft, in_review, published, archived };
inline constexpr EnumName<ItemStatus> kStatusNames[] = {{ItemStatus::draft, "draft"},
                                                        {ItemStatus::in_review, "in_review"},
                                                        {ItemStatus::published, "published"},
                                                        {ItemStatus::archived, "archived"}};
static_assert(names_each_value_once(kStatusNames));
inline constexpr auto kAllStatuses = values_of(kStatusNames);

// How a language version came to be: written in it, translated by a person, or made by a
// machine translation engine. Machine versions are never part of what people write and save
// (inputs, revisions, downloads, the search index): they are kept apart, beside the item
// (MachineTranslation), and always shown labelled as such.
enum class Translation { original, human, machine };
inline constexpr EnumName<Translation> kTranslationNames[] = {
    {Translation::original, "original"}, {Translation::human, "human"}, {Translation::machine, "machine"}};
static_assert(names_each_value_once(kTranslationNames));

// One language version of an item's texts. Body, results, lessons and transferability are
// Markdown (rendered without raw HTML).
struct ItemText {
  std::string language;  // ISO 639-1: en, ro, sq, hu, el, bg, sl, hr, sr, sk, de, it, mk
  std::string title;
  std::string summary;
  std::string body;
  std::string results;
  std::string lessons;
  std::string transferability;
  Translation translation = Translation::original;
  bool operator==(const ItemText&) const = default;
};

struct Source {
  std::string title;
  std::string url;
  std::string publisher;
  std::optional<int> year;
  bool operator==(const Source&) const = default;
};

// A budget as the source states it, and its value in euro at a stated rate.
struct Budget {
  double amount = 0;
  std::string currency = "EUR";  // ISO 4217
  double eur_rate = 1;           // euro per unit of the currency
  std::string rate_date;         // YYYY-MM-DD the rate is of; "" for EUR
  double eur() const { return amount * eur_rate; }
  bool operator==(const Budget&) const = default;
};

// What people type or send for an item: every field but its identity and history.
struct ItemInput {
  std::string slug;  // stable address part; made from the title when empty
  Kind kind = Kind::good_practice;
  std::string original_language;
  std::vector<std::string> areas;      // WG1–WG6, at least one
  std::vector<std::string> countries;  // Eurostat country codes
  std::vector<std::string> regions;    // NUTS codes of those countries
  Timeframe timeframe = Timeframe::current;
  std::optional<int> start_year;
  std::optional<int> end_year;
  std::optional<Instrument> instrument;
  std::string funding_source;
  std::optional<Budget> budget;
  std::vector<std::string> target_groups;
  // The sectors the item concerns, as NACE Rev. 2 divisions (two digits, "16"); their NACE
  // sections and cluster categories follow from the division table, so that the learning
  // engine can match them with a region's employment by section.
  std::vector<std::string> sectors;
  std::optional<accounts::OrganisationId> contact_organisation;
  std::optional<accounts::UserId> contact_person;
  std::vector<Source> sources;
  std::vector<ItemText> texts;  // the original language first; one per language
  bool operator==(const ItemInput&) const = default;
};

// A NACE Rev. 2 division of the division table, which items may name as a sector: the section
// it is in and the traded cluster category it mainly belongs to.
struct Sector {
  std::string division;  // two digits, "16"
  char section = 'A';    // A–U
  std::string category;  // "Wood Products"
  bool operator==(const Sector&) const = default;
};
inline constexpr std::size_t kMaxSectors = 10;

struct KnowledgeItem {
  ItemId id;
  ItemInput content;
  ItemStatus status = ItemStatus::draft;
  std::optional<accounts::UserId> author;
  std::string author_name;
  int revision = 1;  // increases with every save; edits name the revision they started from
  Seconds created_at = 0;
  Seconds updated_at = 0;
  std::optional<Seconds> published_at;

  // The text in `language`, else the original.
  const ItemText& text(std::string_view language) const;
};

// One saved state of an item: who saved it, when, why, and everything it held.
struct Revision {
  int number = 0;
  std::optional<accounts::UserId> author;
  std::string author_name;
  Seconds saved_at = 0;
  std::string note;  // e.g. "published", "restored revision 3"
  ItemStatus status = ItemStatus::draft;
  ItemInput content;
};

struct Comment {
  CommentId id;
  ItemId item;
  std::optional<accounts::UserId> author;
  std::string author_name;
  std::string body;  // plain text
  Seconds created_at = 0;
  bool hidden = false;
  std::string hidden_reason;
};

// A file attached to an item (a study as PDF, a table, a picture). The bytes live on disk by
// their SHA-256; the row says what they are and holds the text search indexes.
struct Attachment {
  AttachmentId id;
  ItemId item;
  std::string sha256;
  std::string file_name;   // as uploaded, without folders
  std::string media_type;  // found from the bytes, never from the name
  std::int64_t size = 0;
  std::string extracted_text;  // of a PDF, DOCX or XLSX; "" for images
  std::optional<accounts::UserId> uploaded_by;
  Seconds uploaded_at = 0;
};

// A machine translation of an item's title and summary (plain text; the Markdown fields are
// not translated, so that no markup is passed through an engine that does not know it). It
// is made once on request and kept; it holds the original title and summary it was made from,
// and stops counting (stale: not shown, made again on request) once the original's differ.
struct MachineTranslation {
  ItemId item;
  ItemText text;                // language, title, summary; translation = machine
  std::string source_language;  // the item's original language when it was made
  std::string source_title;
  std::string source_summary;
  int revision = 0;             // the item's revision it was made from
  std::string engine;           // what made it, e.g. "apertium hbs-eng"
  std::optional<accounts::UserId> requested_by;
  Seconds made_at = 0;
};

std::string_view to_string(Kind k);
std::optional<Kind> parse_kind(std::string_view s);
std::string_view to_string(Timeframe t);
std::optional<Timeframe> parse_timeframe(std::string_view s);
std::string_view to_string(Instrument i);
std::optional<Instrument> parse_instrument(std::string_view s);
std::string_view to_string(ItemStatus s);
std::optional<ItemStatus> parse_status(std::string_view s);
std::string_view to_string(Translation t);
std::optional<Translation> parse_translation(std::string_view s);

// The languages items may be written in (the region's, beyond the five UI languages).
inline constexpr std::string_view kContentLanguages[] = {"en", "ro", "sq", "hu", "el", "bg", "sl",
                                                         "hr", "sr", "sk", "de", "it", "mk"};
bool is_content_language(std::string_view code);
// A content language's name in English ("Serbian"), a message id pages translate; nullptr for
// a code that is not a content language.
const char* language_name(std::string_view code);

// The thematic areas an item belongs to are the working groups (WG1–WG6).
inline constexpr const auto& kAreas = accounts::kWorkingGroups;
bool is_area(std::string_view code);

// A slug made from a title: lower-case ASCII letters, digits and hyphens (folded), at most 80.
std::string slug_from(std::string_view title);

// Checks an input on its own (the service checks references to other data): required fields,
// lengths, codes, years, URLs, one text per language, the original language's text present;
// sectors as two-digit divisions, at most kMaxSectors, each once (the service sorts them and
// checks that the division table knows them).
// Fails with kind invalid naming the field ("texts.ro.title", "sources.2.url", …).
Status check_input(const ItemInput& input);

}  // namespace cps::knowledge
