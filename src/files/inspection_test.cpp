#include "files/inspection.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

namespace cps::files {
namespace {

// A one-page PDF saying `words` in Helvetica, with a correct cross-reference table.
std::string pdf_saying(const std::string& words) {
  std::string stream = "BT /F1 12 Tf 72 720 Td (" + words + ") Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << "
      "/F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A zip archive with the given entries, built with libzip in memory.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(target);
  zip_t* zip = zip_open_from_source(target, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(zip, data.data(), data.size(), 0);
    zip_file_add(zip, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(zip);
  zip_source_open(target);
  zip_source_seek(target, 0, SEEK_END);
  auto size = zip_source_tell(target);
  zip_source_seek(target, 0, SEEK_SET);
  std::string out(std::size_t(size), '\0');
  zip_source_read(target, out.data(), zip_uint64_t(size));
  zip_source_close(target);
  zip_source_free(target);
  zip_error_fini(&error);
  return out;
}

const std::string kContentTypes =
    "<?xml version=\"1.0\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

std::string docx_saying(const std::string& first, const std::string& second) {
  return zip_of({{"[Content_Types].xml", kContentTypes},
                 {"word/document.xml",
                  "<?xml version=\"1.0\"?><w:document "
                  "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                  "<w:body><w:p><w:r><w:t>" +
                      first + "</w:t></w:r></w:p><w:p><w:r><w:t>" + second +
                      "</w:t></w:r></w:p></w:body></w:document>"}});
}

// The bytes of a 1 × 1 PNG (signature, IHDR, IDAT, IEND); sizeof keeps the embedded NULs.
constexpr char kPngBytes[] =
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
    "\0\0\0\rIDATx\x9c\x63\0\x01\0\0\x05\0\x01\x0d\x0a\x2d\xb4\0\0\0\0IEND\xae\x42\x60\x82";
const std::string kPngHeader(kPngBytes, sizeof kPngBytes - 1);

TEST(Inspection, a_pdf_is_recognised_and_its_words_extracted) {
  auto got = inspect(pdf_saying("Smart specialisation quinoaberry"));
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->media_type, kPdf);
  EXPECT_NE(got->text.find("quinoaberry"), std::string::npos) << got->text;
}

TEST(Inspection, a_pdf_that_cannot_be_parsed_is_refused_with_a_message) {
  auto got = inspect("%PDF-1.7\nthis is not really a portable document at all\n");
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().kind, ErrorKind::unprocessable);
  EXPECT_EQ(got.error().message, "The PDF cannot be read.");
}

TEST(Inspection, a_text_file_named_pdf_is_refused_by_its_content) {
  auto got = inspect("Just some words in a text file that pretends to be a PDF.\n");
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().kind, ErrorKind::unsupported_media_type);
}

TEST(Inspection, a_png_is_an_image_without_text) {
  auto got = inspect(kPngHeader);
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->media_type, "image/png");
  EXPECT_TRUE(got->text.empty());
}

TEST(Inspection, a_docx_gives_its_paragraphs_as_lines) {
  auto got = inspect(docx_saying("Cluster lessons", "Second paragraph"));
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->media_type, kDocx);
  EXPECT_EQ(got->text, "Cluster lessons\nSecond paragraph\n");
}

TEST(Inspection, an_xlsx_gives_shared_and_inline_strings) {
  auto xlsx =
      zip_of({{"[Content_Types].xml", kContentTypes},
              {"xl/workbook.xml", "<workbook/>"},
              {"xl/sharedStrings.xml",
               "<sst><si><t>Region</t></si><si><r><t>Tur</t></r><r><t>ism</t></r></si></sst>"},
              {"xl/worksheets/sheet1.xml",
               "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>Inline "
               "words</t></is></c></row></sheetData></worksheet>"}});
  auto got = inspect(xlsx);
  ASSERT_TRUE(got) << got.error().message;
  EXPECT_EQ(got->media_type, kXlsx);
  EXPECT_EQ(got->text, "Region\nTurism\nInline words\n");
}

TEST(Inspection, a_zip_that_is_no_office_document_is_refused) {
  auto got = inspect(zip_of({{"notes.txt", "hello"}}));
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().kind, ErrorKind::unsupported_media_type);
}

TEST(Inspection, a_zip_bomb_in_a_docx_is_refused) {
  std::string bomb = zip_of(
      {{"[Content_Types].xml", kContentTypes}, {"word/document.xml", std::string(8u << 20, ' ')}});
  ASSERT_LT(bomb.size(), 100u * 1024);
  auto got = inspect(bomb);
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().kind, ErrorKind::unprocessable);
  EXPECT_NE(got.error().message.find("unpacks to more than"), std::string::npos);
}

TEST(Inspection, unpacking_counts_against_the_total_limit) {
  std::string docx = docx_saying(std::string(4000, 'a'), "b");
  auto got =
      inspect(docx, ZipLimits{.max_unpacked_bytes = 1000, .max_ratio = 100, .max_entries = 10});
  ASSERT_FALSE(got);
  EXPECT_EQ(got.error().kind, ErrorKind::unprocessable);
}

}  // namespace
}  // namespace cps::files
