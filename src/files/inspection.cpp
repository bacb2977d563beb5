#include "files/inspection.hpp"

#include <magic.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <utility>
#include <vector>

#include "i18n/catalogue.hpp"

namespace cps::files {

using i18n::N_;

namespace {

struct MagicClose {
  void operator()(magic_set* m) const { magic_close(m); }
};

// One libmagic handle per thread: loading the database costs milliseconds and a handle is
// not safe to share between threads.
Result<std::string> magic_type(std::string_view bytes) {
  thread_local std::unique_ptr<magic_set, MagicClose> cookie = [] {
    std::unique_ptr<magic_set, MagicClose> m(magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR));
    if (m && magic_load(m.get(), nullptr) != 0) m.reset();
    return m;
  }();
  if (!cookie) return fail(ErrorKind::internal, "The file type database cannot be loaded.");
  const char* type = magic_buffer(cookie.get(), bytes.data(), bytes.size());
  if (!type)
    return fail(ErrorKind::internal, "The file type cannot be determined.", {},
                magic_error(cookie.get()));
  return std::string(type);
}

std::unexpected<Error> not_allowed() {
  return fail(ErrorKind::unsupported_media_type,
              N_("Attach a PDF, DOCX or XLSX document or a PNG, JPEG, GIF or WebP image; this file "
                 "is none of them."),
              "file");
}

// An OOXML package is a zip with [Content_Types].xml and its main part.
Result<std::string> office_type(std::string_view bytes, const ZipLimits& limits) {
  auto zip = ZipArchive::open(bytes, limits);
  if (!zip) return not_allowed();
  if (!zip->has("[Content_Types].xml")) return not_allowed();
  if (zip->has("word/document.xml")) return std::string(kDocx);
  if (zip->has("xl/workbook.xml")) return std::string(kXlsx);
  return not_allowed();
}

// Collects the text of the elements named `run` (w:t, t), a line break after each `block`.
struct TextCollector final : XmlVisitor {
  std::string_view run, block;
  std::string& out;
  int depth = 0;
  TextCollector(std::string_view r, std::string_view b, std::string& o)
      : run(r), block(b), out(o) {}
  void open(std::string_view name, const XmlAttributes&) override {
    if (name == run) ++depth;
  }
  void close(std::string_view name) override {
    if (name == run && depth > 0) --depth;
    if (name == block && !out.empty() && out.back() != '\n') out += '\n';
  }
  void text(std::string_view s) override {
    if (depth > 0 && out.size() < kMaxExtractedText) out.append(s);
  }
};

Result<std::string> office_text(std::string_view bytes, std::string_view type,
                                const ZipLimits& limits) {
  auto zip = ZipArchive::open(bytes, limits);
  if (!zip) return std::unexpected(zip.error());
  std::string out;
  // Shared strings (si) hold most cell text; inline strings (is) the rest of the words.
  std::vector<std::pair<std::string, TextCollector>> parts;
  if (type == kDocx) {
    parts.emplace_back("word/document.xml", TextCollector("t", "p", out));
  } else {
    parts.emplace_back("xl/sharedStrings.xml", TextCollector("t", "si", out));
    for (int sheet = 1; sheet <= 50; ++sheet)
      parts.emplace_back("xl/worksheets/sheet" + std::to_string(sheet) + ".xml",
                         TextCollector("t", "is", out));
  }
  for (auto& [name, collector] : parts) {
    auto xml = zip->entry(name);
    if (!xml) return std::unexpected(xml.error());
    if (!*xml) continue;
    if (auto ok = visit_xml(**xml, collector); !ok) return std::unexpected(ok.error());
  }
  return out;
}

Result<std::string> pdf_text(std::string_view bytes) {
  // A damaged upload is the sender's problem, answered with a message: poppler's complaints
  // about it would only fill the server's log.
  static const bool quiet = [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    return true;
  }();
  (void)quiet;
  std::vector<char> data(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(data.data(), int(data.size())));
  if (!doc) return fail(ErrorKind::unprocessable, N_("The PDF cannot be read."), "file");
  if (doc->is_locked())
    return fail(ErrorKind::unprocessable,
                N_("The PDF is protected by a password; attach it without the protection."),
                "file");
  std::string out;
  for (int i = 0; i < doc->pages() && out.size() < kMaxExtractedText; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    auto utf8 = page->text().to_utf8();
    out.append(utf8.begin(), utf8.end());
    out += '\n';
  }
  return out;
}

}  // namespace

Result<std::string> detect_media_type(std::string_view bytes, const ZipLimits& limits) {
  if (bytes.empty()) return not_allowed();
  auto type = magic_type(bytes);
  if (!type) return std::unexpected(type.error());
  for (std::string_view allowed :
       {kPdf, std::string_view("image/png"), std::string_view("image/jpeg"),
        std::string_view("image/gif"), std::string_view("image/webp"), kDocx, kXlsx})
    if (*type == allowed) return *type;
  // libmagic names many OOXML files only by their container.
  if (*type == "application/zip" || *type == "application/octet-stream")
    return office_type(bytes, limits);
  return not_allowed();
}

Result<Inspection> inspect(std::string_view bytes, const ZipLimits& limits) {
  auto type = detect_media_type(bytes, limits);
  if (!type) return std::unexpected(type.error());
  Inspection out{*type, {}};
  Result<std::string> text = std::string();
  if (*type == kPdf)
    text = pdf_text(bytes);
  else if (*type == kDocx || *type == kXlsx)
    text = office_text(bytes, *type, limits);
  if (!text) return std::unexpected(text.error());
  out.text = std::move(*text);
  if (out.text.size() > kMaxExtractedText) {
    std::size_t end = kMaxExtractedText;
    while (end > 0 && (static_cast<unsigned char>(out.text[end]) & 0xC0) == 0x80)
      --end;  // whole characters
    out.text.resize(end);
  }
  return out;
}

}  // namespace cps::files
