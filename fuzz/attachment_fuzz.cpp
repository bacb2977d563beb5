// Knowledge item attachments: what a file is (libmagic, and the parts inside a zip) and the
// text a PDF, DOCX or XLSX holds, with the zip limits kept small.
#include "core/text.hpp"
#include "files/inspection.hpp"
#include "fuzz/fuzz.hpp"

using namespace cps;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  files::ZipLimits limits;
  limits.max_unpacked_bytes = 8u << 20;
  auto inspection = files::inspect(fuzz::text(data, size), limits);
  if (!inspection) return 0;
  fuzz::require(!inspection->media_type.empty(), "an accepted file has a type");
  fuzz::require(inspection->text.size() <= files::kMaxExtractedText, "extracted text within its limit");
  // The text is indexed and stored (PostgreSQL refuses what is not UTF-8).
  fuzz::require(text::is_valid_utf8(inspection->text), "extracted text is UTF-8");
  auto type = files::detect_media_type(fuzz::text(data, size), limits);
  fuzz::require(type && *type == inspection->media_type, "inspection and detection agree");
  return 0;
}
