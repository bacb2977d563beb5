// A zip archive read from memory with limits, for the office formats (OOXML) people upload:
// every byte unpacked counts against a total and against each entry's packing ratio, so a
// zip bomb is refused before it fills the memory.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace cps::files {

struct ZipLimits {
  std::size_t max_unpacked_bytes = 100u << 20;  // all entries read, together
  std::size_t max_ratio = 100;                  // unpacked / packed size of one entry
  std::size_t max_entries = 10000;
};

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive); fails (unprocessable, field "file") when
  // they are not a zip archive or hold more entries than the limit allows.
  static Result<ZipArchive> open(std::string_view bytes, const ZipLimits& limits = {});

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  bool has(const std::string& name) const;
  // The entry's bytes; nullopt when there is no such entry. Fails (unprocessable) when the
  // entry is damaged or unpacking it breaks a limit ("The file unpacks to more than …").
  Result<std::optional<std::string>> entry(const std::string& name);

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// Whether a failure of ZipArchive is a limit (a zip bomb) rather than a damaged archive.
bool is_over_limits(const Error& error);

// The attributes of an element, by local name (namespaces stripped).
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** attributes) : attributes_(attributes) {}
  std::string_view get(std::string_view local_name) const;  // "" when absent

 private:
  const char** attributes_;
};

// Visits the elements and text of an XML document (namespaces stripped from element names).
// A visitor may set `stop` to end the pass early. Documents declaring entities (the "billion
// laughs") are refused. Fails (unprocessable) on XML that does not parse or a stopped pass.
struct XmlVisitor {
  virtual ~XmlVisitor() = default;
  virtual void open(std::string_view name, const XmlAttributes& attributes) = 0;
  virtual void close(std::string_view name) = 0;
  virtual void text(std::string_view text) = 0;
  bool stop = false;
};
Status visit_xml(const std::string& xml, XmlVisitor& visitor);

}  // namespace cps::files
