#include "retrieval/dictionaries.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace cps::retrieval {

namespace {

// FreeDict's three-letter codes of the platform's languages.
const std::map<std::string, std::string, std::less<>> kLanguages = {
    {"eng", "en"}, {"ron", "ro"}, {"sqi", "sq"}, {"hun", "hu"}, {"ell", "el"}, {"bul", "bg"}, {"slv", "sl"},
    {"hrv", "hr"}, {"srp", "sr"}, {"slk", "sk"}, {"deu", "de"}, {"ita", "it"}, {"mkd", "mk"}};

// Translations kept per headword: the first ones are the common senses.
constexpr std::size_t kTranslationsPerHeadword = 6;
// Headwords read per table for one query word (beside the word itself): the forms that share
// its stem are few, and each costs an analysis.
constexpr std::size_t kCandidatesPerTable = 40;
// English words a translation through English starts from.
constexpr std::size_t kPivotWords = 3;

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view first_code_points(std::string_view s, std::size_t n) {
  std::size_t i = 0, seen = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) break;
      ++seen;
    }
    ++i;
  }
  return s.substr(0, i);
}

// dictd's base-64 numbers (offsets and lengths in the .index file).
std::optional<std::uint64_t> base64_number(std::string_view s) {
  static constexpr std::string_view alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::uint64_t n = 0;
  for (char c : s) {
    auto at = alphabet.find(c);
    if (at == std::string_view::npos) return std::nullopt;
    n = n * 64 + at;
  }
  return n;
}

std::optional<std::string> gunzip(const std::filesystem::path& file) {
  gzFile in = gzopen(file.c_str(), "rb");
  if (in == nullptr) return std::nullopt;
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    int n = gzread(in, buffer, sizeof buffer);
    if (n < 0) {
      gzclose(in);
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buffer, std::size_t(n));
  }
  gzclose(in);
  return out;
}

bool latin_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// FreeDict's Hungarian writes ő ű as ô û (a Latin-1 legacy); Bulgarian marks stress with a
// combining accent. Both are evened out so the words meet the analysed texts.
std::string clean_word(std::string_view word, std::string_view language) {
  std::string s(word);
  // Most words have neither: a look at the bytes spares the replacements.
  const bool accents = s.find('\xCC') != std::string::npos;
  const bool hungarian = language == "hu" && s.find('\xC3') != std::string::npos;
  if (!accents && !hungarian) return s;
  auto replace = [&](std::string_view from, std::string_view to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  };
  if (language == "hu") {
    replace("ô", "ő");
    replace("û", "ű");
    replace("Ô", "Ő");
    replace("Û", "Ű");
  }
  replace("\u0301", "");
  replace("\u0300", "");
  return s;
}

// The one-word translations of a dictd definition: its first line names the headword; then
// lines of translations ("Möbel <pl>, Möbelstücke <pl>" or numbered "1. célkitűzés"), and
// examples, notes and cross-references, which are not translations.
std::vector<std::string> translations_of(std::string_view definition, std::string_view target) {
  std::vector<std::string> out;
  bool first = true;
  while (!definition.empty() && out.size() < kTranslationsPerHeadword) {
    auto end = definition.find('\n');
    std::string_view line = definition.substr(0, end);
    definition = end == std::string_view::npos ? std::string_view{} : definition.substr(end + 1);
    if (first) {
      first = false;
      continue;
    }
    if (line.empty() || line.front() == ' ' || line.front() == '\t') continue;
    if (line.starts_with("see:") || line.starts_with("Synonym") || line.starts_with("Note") ||
        line.starts_with("Antonym"))
      continue;
    // "12. word" → "word"
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.') line.remove_prefix(digits + 1);
    // Brackets hold grammar, domains and explanations.
    std::string plain;
    int depth = 0;
    for (char c : line) {
      if (c == '<' || c == '[' || c == '(' || c == '{') ++depth;
      else if ((c == '>' || c == ']' || c == ')' || c == '}') && depth > 0) --depth;
      else if (depth == 0) plain += c == ';' ? ',' : c;
    }
    std::string_view rest = plain;
    while (!rest.empty() && out.size() < kTranslationsPerHeadword) {
      auto comma = rest.find(',');
      std::string_view part = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      auto from = part.find_first_not_of(" \t/");
      auto to = part.find_last_not_of(" \t/.");
      if (from == std::string_view::npos) continue;
      part = part.substr(from, to - from + 1);
      if (part.empty() || part.find(' ') != std::string::npos) continue;  // one word only
      if (std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      // Greek and Cyrillic targets: a word in Latin letters is a gloss, not a translation.
      bool latin_target = target != "el" && target != "bg" && target != "mk";
      if (!latin_target && latin_letter(part.front())) continue;
      if (std::find(out.begin(), out.end(), part) == out.end()) out.emplace_back(part);
    }
  }
  return out;
}

}  // namespace

std::string lower_case(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
  const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status))
    u = folding->normalize(u, status);
  else
    u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

Dictionaries Dictionaries::load(const std::filesystem::path& directory) {
  Dictionaries d;
  std::error_code ec;
  if (!std::filesystem::is_directory(directory, ec)) return d;
  struct Found {
    std::string from, to;
    std::filesystem::path index, dict;
  };
  std::vector<Found> found;
  for (const auto& file : std::filesystem::directory_iterator(directory, ec)) {
    const std::string name = file.path().filename().string();
    // freedict-hun-eng.index
    if (!name.starts_with("freedict-") || !name.ends_with(".index") || name.size() != 22) continue;
    auto from = kLanguages.find(name.substr(9, 3)), to = kLanguages.find(name.substr(13, 3));
    if (from == kLanguages.end() || to == kLanguages.end()) continue;
    auto dict = file.path();
    dict.replace_extension(".dict.dz");
    found.push_back({from->second, to->second, file.path(), dict});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.index < b.index; });
  auto has = [&](std::string_view from, std::string_view to) {
    return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.from == from && f.to == to; });
  };

  for (const auto& f : found) {
    std::ifstream index_in(f.index, std::ios::binary);
    auto dict = gunzip(f.dict);
    if (!index_in || !dict) {
      d.problems_.push_back("cannot read " + f.index.string() + " or " + f.dict.string());
      continue;
    }
    const std::string file = f.index.stem().string();
    // (key, translations): one pair per headword as written, one per translation backwards.
    std::vector<std::pair<std::string, std::string>> forward, backward;
    const bool reverse = !has(f.to, f.from);
    std::string line;
    while (std::getline(index_in, line)) {
      auto tab1 = line.find('\t');
      auto tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
      if (tab2 == std::string::npos) continue;
      std::string_view headword = std::string_view(line).substr(0, tab1);
      if (headword.starts_with("00database") || headword.find(' ') != std::string_view::npos) continue;
      auto offset = base64_number(std::string_view(line).substr(tab1 + 1, tab2 - tab1 - 1));
      auto length = base64_number(std::string_view(line).substr(tab2 + 1));
      if (!offset || !length || *offset + *length > dict->size()) continue;
      std::string joined;  // the headword's translations, '\t'-separated
      for (const auto& t : translations_of(std::string_view(*dict).substr(*offset, *length), f.to)) {
        std::string translation = clean_word(t, f.to);
        if (reverse) backward.emplace_back(lower_case(translation), clean_word(headword, f.from));
        if (!joined.empty()) joined += '\t';
        joined += translation;
      }
      if (!joined.empty()) forward.emplace_back(lower_case(clean_word(headword, f.from)), std::move(joined));
    }
    auto build = [&](std::vector<std::pair<std::string, std::string>>& pairs, Direction direction) {
      std::stable_sort(pairs.begin(), pairs.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      Table t;
      t.direction = std::move(direction);
      for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        Entry e{std::uint32_t(t.text.size()), 0};
        t.text += pairs[i].first;
        t.text += '\0';
        e.translations = std::uint32_t(t.text.size());
        std::set<std::string_view> seen;
        std::size_t kept = 0;
        for (; j < pairs.size() && pairs[j].first == pairs[i].first; ++j) {
          std::string_view list = pairs[j].second;
          while (!list.empty()) {
            auto tab = list.find('\t');
            std::string_view one = list.substr(0, tab);
            list = tab == std::string_view::npos ? std::string_view{} : list.substr(tab + 1);
            if (kept >= kTranslationsPerHeadword || !seen.insert(one).second) continue;
            if (kept++ > 0) t.text += '\t';
            t.text += one;
          }
        }
        t.text += '\0';
        t.entries.push_back(e);
        i = j;
      }
      t.text.shrink_to_fit();
      t.entries.shrink_to_fit();
      t.direction.headwords = t.entries.size();
      d.directions_.push_back(t.direction);
      d.tables_.push_back(std::move(t));
    };
    build(forward, {f.from, f.to, file, false, 0});
    if (reverse) build(backward, {f.to, f.from, file, true, 0});
  }
  return d;
}

std::size_t Dictionaries::memory() const {
  std::size_t bytes = 0;
  for (const auto& t : tables_) bytes += t.text.capacity() + t.entries.capacity() * sizeof(Entry);
  return bytes;
}

std::vector<std::string> Dictionaries::lookup(const Table& table, std::string_view lower, std::string_view stem,
                                              const Analyzer& analyzer) const {
  std::vector<std::string> out;
  auto add = [&](const Entry& e) {
    std::string_view list = table.text.c_str() + e.translations;
    while (!list.empty()) {
      auto tab = list.find('\t');
      std::string t(list.substr(0, tab));
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
      list = tab == std::string_view::npos ? std::string_view{} : list.substr(tab + 1);
    }
  };
  auto by_key = [&](const Entry& e, std::string_view k) { return table.key(e) < k; };
  auto exact = [&](std::string_view key) {
    auto it = std::lower_bound(table.entries.begin(), table.entries.end(), key, by_key);
    if (it != table.entries.end() && table.key(*it) == key) add(*it);
  };
  // The word itself, then the headwords it may be an inflected form of: in English by its
  // regular endings (cheap, and English is the language most dictionaries start from); in
  // the others, the headwords beginning with its stem's letters that stem alike.
  exact(lower);
  if (table.direction.from == "en") {
    static const std::pair<std::string_view, std::string_view> endings[] = {
        {"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}};
    for (const auto& [ending, replacement] : endings) {
      if (lower.size() > ending.size() + 2 && lower.ends_with(ending))
        exact(std::string(lower.substr(0, lower.size() - ending.size())) + std::string(replacement));
    }
    return out;
  }
  if (code_points(stem) < 3) return out;
  const std::string_view prefix = first_code_points(lower, code_points(stem));
  const std::size_t longest = code_points(lower) + 3;
  std::size_t read = 0;
  for (auto it = std::lower_bound(table.entries.begin(), table.entries.end(), prefix, by_key);
       it != table.entries.end() && read < kCandidatesPerTable; ++it) {
    std::string_view key = table.key(*it);
    if (!key.starts_with(prefix)) break;
    if (key == lower || code_points(key) > longest) continue;
    ++read;
    auto terms = analyzer.terms(key, table.direction.from);
    if (terms.size() == 1 && terms.front() == stem) add(*it);
  }
  return out;
}

std::vector<Translation> Dictionaries::translate(std::string_view word, std::string_view language,
                                                 const Analyzer& analyzer, std::size_t per_language) const {
  std::vector<Translation> out;
  const auto own = analyzer.terms(word, language);
  if (own.size() != 1) return out;  // a stop word, or not one word
  const std::string lower = lower_case(word);
  std::map<std::string, std::size_t, std::less<>> counts;
  auto add = [&](const std::string& target, const std::vector<std::string>& words) {
    for (const auto& w : words) {
      if (counts[target] >= per_language) return;
      auto terms = analyzer.terms(w, target);
      if (terms.size() != 1 || terms.front() == own.front()) continue;
      bool known = std::any_of(out.begin(), out.end(), [&](const Translation& t) {
        return t.language == target && t.term == terms.front();
      });
      if (known) continue;
      out.push_back({target, terms.front()});
      ++counts[target];
    }
  };
  std::vector<std::string> english;
  std::set<std::string> direct;
  for (const auto& t : tables_) {
    if (t.direction.from != language) continue;
    auto words = lookup(t, lower, own.front(), analyzer);
    add(t.direction.to, words);
    direct.insert(t.direction.to);
    if (t.direction.to == "en") english = std::move(words);
  }
  if (language == "en" || english.empty()) return out;
  if (english.size() > kPivotWords) english.resize(kPivotWords);
  for (const auto& t : tables_) {
    if (t.direction.from != "en" || t.direction.to == language || direct.contains(t.direction.to)) continue;
    for (const auto& e : english) {
      const auto stem = analyzer.terms(e, "en");
      if (stem.size() != 1) continue;
      add(t.direction.to, lookup(t, lower_case(e), stem.front(), analyzer));
    }
  }
  return out;
}

}  // namespace cps::retrieval
