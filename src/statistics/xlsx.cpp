#include "statistics/xlsx.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "i18n/catalogue.hpp"
#include "statistics/long_table.hpp"

namespace cps::statistics {

using i18n::N_;

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct ParserFree {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

Error not_a_workbook() {
  return Error{ErrorKind::unprocessable, "This is not an XLSX workbook (or it is damaged).",
               "file"};
}

// Reads the parts of a workbook, counting every byte unpacked against the limits.
class Workbook {
 public:
  Workbook(zip_t* zip, const XlsxLimits& limits) : zip_(zip), limits_(limits) {}

  // The part's bytes; nullopt when the archive has no such part.
  Result<std::optional<std::string>> part(const std::string& name) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), name.c_str(), 0, &st) != 0) return std::optional<std::string>{};
    if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
        st.size / std::max<zip_uint64_t>(st.comp_size, 1) > limits_.max_ratio)
      return too_packed();
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(zip_.get(), name.c_str(), 0));
    if (!file) return std::unexpected(not_a_workbook());
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
      zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
      if (n < 0) return std::unexpected(not_a_workbook());
      if (n == 0) break;
      unpacked_ += std::size_t(n);
      // The sizes in the archive may lie: what is actually unpacked is what counts.
      if (unpacked_ > limits_.max_unpacked_bytes) return too_packed();
      out.append(buffer, std::size_t(n));
      if (out.size() > (1u << 20) && (st.valid & ZIP_STAT_COMP_SIZE) &&
          out.size() / std::max<zip_uint64_t>(st.comp_size, 1) > limits_.max_ratio)
        return too_packed();
    }
    return std::optional<std::string>(std::move(out));
  }

 private:
  static std::unexpected<Error> too_packed() {
    return fail(
        ErrorKind::unprocessable,
        "The workbook unpacks to far more data than a table of statistics holds; it was not read.",
        "file");
  }
  std::unique_ptr<zip_t, ZipCloser> zip_;
  XlsxLimits limits_;
  std::size_t unpacked_ = 0;
};

// Element names come as "namespace|local" (or "local" without a namespace).
std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  if (auto bar = n.rfind('|'); bar != std::string_view::npos) n.remove_prefix(bar + 1);
  return n;
}

std::string_view attribute(const XML_Char** attrs, std::string_view local) {
  for (std::size_t i = 0; attrs[i]; i += 2)
    if (local_name(attrs[i]) == local) return attrs[i + 1];
  return {};
}

// A SAX pass over one XML part; entity declarations (the "billion laughs") stop it.
template <class Handler>
Status parse_xml(const std::string& xml, Handler& handler) {
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(nullptr, '|'));
  if (!parser) return fail(ErrorKind::internal, "Out of memory.");
  XML_SetUserData(parser.get(), &handler);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attrs) {
        static_cast<Handler*>(data)->open(local_name(name), attrs);
      },
      [](void* data, const XML_Char* name) {
        static_cast<Handler*>(data)->close(local_name(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
    static_cast<Handler*>(data)->text(std::string_view(s, std::size_t(len)));
  });
  XML_SetEntityDeclHandler(
      parser.get(),
      [](void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
         const XML_Char*, const XML_Char*) { static_cast<Handler*>(data)->stop(); });
  handler.parser = parser.get();
  if (XML_Parse(parser.get(), xml.data(), int(xml.size()), 1) == XML_STATUS_ERROR ||
      handler.parser_to_stop)
    return std::unexpected(not_a_workbook());
  return {};
}

struct XmlHandler {
  XML_Parser parser = nullptr;
  bool parser_to_stop = false;
  void stop() {
    parser_to_stop = true;
    XML_StopParser(parser, XML_FALSE);
  }
};

// xl/workbook.xml: the relationship id of the first sheet.
struct WorkbookXml : XmlHandler {
  std::string first_sheet;
  void open(std::string_view name, const XML_Char** attrs) {
    if (name == "sheet" && first_sheet.empty()) first_sheet = attribute(attrs, "id");
  }
  void close(std::string_view) {}
  void text(std::string_view) {}
};

// xl/_rels/workbook.xml.rels: targets by relationship id.
struct RelationshipsXml : XmlHandler {
  std::map<std::string, std::string> targets;
  void open(std::string_view name, const XML_Char** attrs) {
    if (name == "Relationship")
      targets[std::string(attribute(attrs, "Id"))] = attribute(attrs, "Target");
  }
  void close(std::string_view) {}
  void text(std::string_view) {}
};

// xl/sharedStrings.xml: the text of each <si>, phonetic runs left out.
struct SharedStringsXml : XmlHandler {
  std::vector<std::string> strings;
  bool in_text = false;
  int phonetic = 0;
  void open(std::string_view name, const XML_Char**) {
    if (name == "si")
      strings.emplace_back();
    else if (name == "rPh")
      ++phonetic;
    else if (name == "t" && !phonetic && !strings.empty())
      in_text = true;
  }
  void close(std::string_view name) {
    if (name == "t")
      in_text = false;
    else if (name == "rPh")
      --phonetic;
  }
  void text(std::string_view s) {
    if (in_text) strings.back().append(s);
  }
};

// "BC12" → column 55 (from 1); 0 when the reference has no letters.
std::size_t column_of(std::string_view ref) {
  std::size_t column = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + std::size_t(c - 'A' + 1);
    if (column > 16384) return 0;  // past Excel's last column
  }
  return column;
}

// The worksheet: rows of cells by column, each row handed on as it ends.
struct SheetXml : XmlHandler {
  const std::vector<std::string>* shared = nullptr;
  std::function<void(std::size_t row, std::vector<std::string>& cells)> on_row;
  std::function<void(Issue)> on_issue;
  std::size_t row = 0, next_row = 1, column = 0, next_column = 1;
  std::string type, value;
  bool in_value = false, in_inline = false;
  std::vector<std::string> cells;

  void open(std::string_view name, const XML_Char** attrs) {
    if (name == "row") {
      auto r = attribute(attrs, "r");
      row = r.empty() ? next_row : std::size_t(std::strtoull(std::string(r).c_str(), nullptr, 10));
      if (row == 0 || row > 1048576) row = next_row;
      next_row = row + 1;
      next_column = 1;
      cells.clear();
    } else if (name == "c") {
      auto ref = attribute(attrs, "r");
      column = ref.empty() ? next_column : column_of(ref);
      if (column == 0) column = next_column;
      next_column = column + 1;
      type = attribute(attrs, "t");
      value.clear();
    } else if (name == "v") {
      in_value = true;
    } else if (name == "is") {
      in_inline = true;
    } else if (name == "t" && in_inline) {
      in_value = true;
    }
  }
  void close(std::string_view name) {
    if (name == "v" || name == "t")
      in_value = false;
    else if (name == "is")
      in_inline = false;
    else if (name == "c") {
      // Only the first columns matter; a stray cell far to the right is not a reason to
      // allocate thousands of empty ones.
      if (column > 64) {
        if (!value.empty())
          on_issue(
              {row, column, N_("The line has a different number of columns than the header."), ""});
        return;
      }
      std::string cell = value;
      if (type == "s") {
        char* end = nullptr;
        unsigned long long index = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || *end || index >= shared->size()) {
          on_issue({row, column, N_("The cell refers to a shared text the workbook does not have."),
                    value});
          cell.clear();
        } else {
          cell = (*shared)[index];
        }
      }
      if (cells.size() < column) cells.resize(column);
      cells[column - 1] = std::move(cell);
    } else if (name == "row") {
      on_row(row, cells);
    }
  }
  void text(std::string_view s) {
    if (in_value) value.append(s);
  }
};

}  // namespace

Result<ObservationTable> read_xlsx(std::string_view bytes, const ReadProgress& progress,
                                   const XlsxLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return std::unexpected(not_a_workbook());
  zip_t* opened = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!opened) {
    zip_source_free(source);
    return std::unexpected(not_a_workbook());
  }
  Workbook book(opened, limits);

  auto workbook_xml = book.part("xl/workbook.xml");
  if (!workbook_xml) return std::unexpected(workbook_xml.error());
  if (!*workbook_xml) return std::unexpected(not_a_workbook());
  WorkbookXml workbook;
  if (auto ok = parse_xml(**workbook_xml, workbook); !ok) return std::unexpected(ok.error());
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  auto rels_xml = book.part("xl/_rels/workbook.xml.rels");
  if (!rels_xml) return std::unexpected(rels_xml.error());
  if (*rels_xml && !workbook.first_sheet.empty()) {
    RelationshipsXml rels;
    if (auto ok = parse_xml(**rels_xml, rels); !ok) return std::unexpected(ok.error());
    if (auto it = rels.targets.find(workbook.first_sheet); it != rels.targets.end()) {
      const std::string& target = it->second;
      sheet_path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
    }
  }
  SharedStringsXml shared;
  auto strings_xml = book.part("xl/sharedStrings.xml");
  if (!strings_xml) return std::unexpected(strings_xml.error());
  if (*strings_xml)
    if (auto ok = parse_xml(**strings_xml, shared); !ok) return std::unexpected(ok.error());
  auto sheet_xml = book.part(sheet_path);
  if (!sheet_xml) return std::unexpected(sheet_xml.error());
  if (!*sheet_xml) return std::unexpected(not_a_workbook());
  if (progress) progress(bytes.size() / 2);

  std::optional<LongTableRows> rows;
  std::optional<Error> header_error;
  std::vector<Issue> early;  // issues of cells before the header row
  SheetXml sheet;
  sheet.shared = &shared.strings;
  sheet.on_issue = [&](Issue issue) {
    if (rows)
      rows->report(std::move(issue));
    else
      early.push_back(std::move(issue));
  };
  sheet.on_row = [&](std::size_t row, std::vector<std::string>& cells) {
    if (header_error) return;
    if (!rows) {
      auto started = LongTableRows::start(cells);
      if (!started) {
        header_error = started.error();
        header_error->field = "line " + std::to_string(row);
        sheet.stop();
        return;
      }
      rows.emplace(std::move(*started));
      for (auto& i : early) rows->report(std::move(i));
      return;
    }
    // Empty cells are not written at all: a missing value ends the row early.
    if (cells.size() < 5) cells.resize(5);
    rows->add(row, cells);
  };
  if (auto ok = parse_xml(**sheet_xml, sheet); !ok && !header_error)
    return std::unexpected(ok.error());
  if (header_error) return std::unexpected(*header_error);
  if (!rows) return fail(ErrorKind::unprocessable, "The file is empty.", "line 1");
  if (progress) progress(bytes.size());
  return rows->finish();
}

}  // namespace cps::statistics
