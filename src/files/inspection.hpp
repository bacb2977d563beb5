// What an uploaded file is and what text it holds. The type comes from the bytes (libmagic,
// and for office files the parts inside the zip), never from the name the sender gave it.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "files/zip_archive.hpp"

namespace cps::files {

inline constexpr std::string_view kPdf = "application/pdf";
inline constexpr std::string_view kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr std::string_view kXlsx =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The media type of `bytes` when it is one attachments may have (PDF, DOCX, XLSX, PNG, JPEG,
// GIF, WebP); fails (unsupported_media_type, field "file") for anything else.
Result<std::string> detect_media_type(std::string_view bytes, const ZipLimits& limits = {});

struct Inspection {
  std::string media_type;
  std::string text;  // for search: the words of a PDF, DOCX or XLSX ("" for images)
};

inline constexpr std::size_t kMaxExtractedText = 1u << 20;  // what search keeps of one file

// The type and text of an uploaded file. Fails with unsupported_media_type for a type that is
// not allowed, and with unprocessable (and a message people can act on) for a PDF poppler
// cannot read or that is locked, a damaged office file or a zip bomb.
Result<Inspection> inspect(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace cps::files
