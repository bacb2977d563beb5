#include "web/templates.hpp"

#include <atomic>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "core/text.hpp"

namespace cps::web {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kOpen = "{{#t}}";
constexpr std::string_view kClose = "{{/t}}";

std::string fold_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

template <class F>
std::string replace_messages(std::string_view source, F&& translate) {
  std::string out;
  size_t pos = 0;
  while (true) {
    size_t open = source.find(kOpen, pos);
    if (open == std::string_view::npos) break;
    size_t close = source.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) break;
    out.append(source.substr(pos, open - pos));
    out += translate(fold_space(source.substr(open + kOpen.size(), close - open - kOpen.size())));
    pos = close + kClose.size();
  }
  out.append(source.substr(pos));
  return out;
}

std::atomic<uint64_t> next_generation{1};

// Every template can be included in another as a partial ({{> learning_feedback}}), in the
// same language; data of the same name still comes first.
class WithPartials final : public kainjow::mustache::context<std::string> {
 public:
  WithPartials(const Data* data, const std::map<std::string, std::string>& sources)
      : kainjow::mustache::context<std::string>(data), sources_(sources) {}

  const Data* get_partial(const std::string& name) const override {
    if (const Data* given = kainjow::mustache::context<std::string>::get_partial(name)) return given;
    auto source = sources_.find(name);
    if (source == sources_.end()) return nullptr;
    auto& slot = partials_[name];
    if (!slot) slot = std::make_unique<Data>(source->second);
    return slot.get();
  }

 private:
  const std::map<std::string, std::string>& sources_;
  mutable std::map<std::string, std::unique_ptr<Data>> partials_;
};

}  // namespace

std::vector<std::string> Templates::message_ids(std::string_view source) {
  std::vector<std::string> ids;
  replace_messages(source, [&](std::string id) {
    ids.push_back(id);
    return std::string();
  });
  return ids;
}

Result<Templates> Templates::load(const fs::path& dir, const i18n::Catalogue& catalogue) {
  Templates t;
  t.generation_ = next_generation++;
  t.sources_.resize(i18n::kLanguages.size());
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return fail(ErrorKind::internal, "The templates folder is missing.", {}, dir.string());
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string name = fs::relative(entry.path(), dir).replace_extension().generic_string();
    for (const auto& l : i18n::kLanguages) {
      std::string translated = replace_messages(buf.str(), [&](const std::string& id) {
        return text::escape_html(catalogue.translate(l.language, id));
      });
      kainjow::mustache::mustache compiled(translated);
      if (!compiled.is_valid())
        return fail(ErrorKind::internal, "A template does not compile.", {},
                    name + " (" + std::string(l.code) + "): " + compiled.error_message());
      t.sources_[std::size_t(l.language)][name] = std::move(translated);
    }
  }
  return t;
}

Result<std::string> Templates::render(i18n::Language language, const std::string& name,
                                      const Data& data) const {
  // kainjow's render is not const, so each thread keeps its own compiled copies.
  thread_local std::unordered_map<std::string, std::unique_ptr<kainjow::mustache::mustache>>
      compiled;
  const auto& by_name = sources_[std::size_t(language)];
  auto source = by_name.find(name);
  if (source == by_name.end()) return fail(ErrorKind::internal, "A template is missing.", {}, name);
  std::string key =
      std::to_string(generation_) + '/' + std::string(i18n::code(language)) + '/' + name;
  auto it = compiled.find(key);
  if (it == compiled.end())
    it = compiled.emplace(key, std::make_unique<kainjow::mustache::mustache>(source->second)).first;
  WithPartials context(&data, by_name);
  std::string out = it->second->render(context);
  if (!it->second->error_message().empty())
    return fail(ErrorKind::internal, "A template failed to render.", {},
                name + ": " + it->second->error_message());
  return out;
}

}  // namespace cps::web
