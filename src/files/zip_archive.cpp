#include "files/zip_archive.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>

#include "i18n/catalogue.hpp"

namespace cps::files {

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

std::unexpected<Error> damaged() {
  return fail(ErrorKind::unprocessable, N_("The file is damaged and cannot be read."), "file");
}

constexpr const char* kOverLimits = "over the zip limits";

std::unexpected<Error> too_packed() {
  return fail(ErrorKind::unprocessable,
              N_("The file unpacks to more than 100 MB or packs too tightly: refused."), "file",
              kOverLimits);
}

}  // namespace

bool is_over_limits(const Error& error) {
  return error.detail == kOverLimits;
}

struct ZipArchive::State {
  std::unique_ptr<zip_t, ZipCloser> zip;
  ZipLimits limits;
  std::size_t unpacked = 0;
};

ZipArchive::ZipArchive(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const ZipLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return damaged();
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (!zip) {
    zip_source_free(source);
    return damaged();
  }
  auto state = std::make_unique<State>();
  state->zip.reset(zip);
  state->limits = limits;
  if (zip_int64_t n = zip_get_num_entries(zip, 0); n < 0 || std::size_t(n) > limits.max_entries)
    return too_packed();
  return ZipArchive(std::move(state));
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(state_->zip.get(), name.c_str(), 0) >= 0;
}

Result<std::optional<std::string>> ZipArchive::entry(const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(state_->zip.get(), name.c_str(), 0, &st) != 0) return std::optional<std::string>{};
  const ZipLimits& limits = state_->limits;
  zip_uint64_t packed =
      (st.valid & ZIP_STAT_COMP_SIZE) ? std::max<zip_uint64_t>(st.comp_size, 1) : 0;
  // Small entries may pack well beyond the ratio (a page of spaces); only size makes a bomb.
  auto over_ratio = [&](zip_uint64_t size) {
    return packed && size > (1u << 20) && size / packed > limits.max_ratio;
  };
  if ((st.valid & ZIP_STAT_SIZE) &&
      (over_ratio(st.size) ||
       st.size > limits.max_unpacked_bytes - std::min(state_->unpacked, limits.max_unpacked_bytes)))
    return too_packed();
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen(state_->zip.get(), name.c_str(), 0));
  if (!file) return damaged();
  std::string out;
  char buffer[64 * 1024];
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
    if (n < 0) return damaged();
    if (n == 0) break;
    state_->unpacked += std::size_t(n);
    // The sizes in the archive may lie: what is actually unpacked is what counts.
    if (state_->unpacked > limits.max_unpacked_bytes) return too_packed();
    out.append(buffer, std::size_t(n));
    if (over_ratio(out.size())) return too_packed();
  }
  return std::optional<std::string>(std::move(out));
}

namespace {

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  if (auto bar = n.rfind('|'); bar != std::string_view::npos) n.remove_prefix(bar + 1);
  return n;
}

struct Run {
  XmlVisitor* visitor = nullptr;
  XML_Parser parser = nullptr;
  bool entities = false;
  void check() {
    if (visitor->stop || entities) XML_StopParser(parser, XML_FALSE);
  }
};

}  // namespace

std::string_view XmlAttributes::get(std::string_view local) const {
  for (std::size_t i = 0; attributes_[i]; i += 2)
    if (local_name(attributes_[i]) == local) return attributes_[i + 1];
  return {};
}

Status visit_xml(const std::string& xml, XmlVisitor& visitor) {
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(nullptr, '|'));
  if (!parser) return fail(ErrorKind::internal, "Out of memory.");
  Run run{&visitor, parser.get(), false};
  XML_SetUserData(parser.get(), &run);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const XML_Char* name, const XML_Char** attrs) {
        auto* run = static_cast<Run*>(data);
        run->visitor->open(local_name(name), XmlAttributes(attrs));
        run->check();
      },
      [](void* data, const XML_Char* name) {
        auto* run = static_cast<Run*>(data);
        run->visitor->close(local_name(name));
        run->check();
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int len) {
    auto* run = static_cast<Run*>(data);
    run->visitor->text(std::string_view(s, std::size_t(len)));
    run->check();
  });
  XML_SetEntityDeclHandler(
      parser.get(), [](void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                       const XML_Char*, const XML_Char*, const XML_Char*) {
        auto* run = static_cast<Run*>(data);
        run->entities = true;
        run->check();
      });
  if (XML_Parse(parser.get(), xml.data(), int(xml.size()), 1) == XML_STATUS_ERROR || run.entities ||
      visitor.stop)
    return damaged();
  return {};
}

}  // namespace cps::files
