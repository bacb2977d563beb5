// The plans' readers and their text as Markdown (see plans.hpp).
#include "domain/plans/plans.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>

#include "core/text.hpp"
#include "domain/helpdesk/helpdesk.hpp"
#include "i18n/catalogue.hpp"

namespace cps::plans {

namespace json = boost::json;
using i18n::N_;

namespace {

Status only_fields(const json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& member : o)
    if (std::none_of(known.begin(), known.end(), [&](std::string_view k) { return member.key() == k; }))
      return fail(ErrorKind::invalid, N_("This field is not known here."), std::string(member.key()));
  return {};
}

enum class Required { no, yes };
enum class Lines { one, many };

// Well-formed UTF-8 without control characters (line breaks only where `lines` allows them),
// at most `max` code points, trimmed.
Result<std::string> words_of(const json::object& o, std::string_view key, std::size_t max, Required required,
                             Lines lines = Lines::one) {
  auto* v = o.if_contains(key);
  std::string t;
  if (v && !v->is_null()) {
    if (!v->is_string()) return fail(ErrorKind::invalid, N_("This must be text."), std::string(key));
    t = text::trim(std::string_view(v->as_string()));
  }
  if (!text::is_valid_utf8(t) || text::has_control_characters(t) ||
      (lines == Lines::one && t.find('\n') != std::string::npos))
    return fail(ErrorKind::invalid, N_("This text has characters that cannot be stored."), std::string(key));
  if (required == Required::yes && t.empty())
    return fail(ErrorKind::unprocessable, N_("This field is required."), std::string(key));
  if (text::utf8_length(t) > max)
    return fail_with(ErrorKind::unprocessable, N_("This text is too long: at most {max} characters."),
                     {{"max", std::to_string(max)}}, std::string(key));
  return t;
}

// A whole number from JSON or from a form's text.
Result<long long> number_of(const json::object& o, std::string_view key) {
  auto* v = o.if_contains(key);
  std::optional<long long> n;
  if (v && v->is_int64()) n = v->as_int64();
  else if (v && v->is_string()) n = text::parse_int(text::trim_view(std::string_view(v->as_string())));
  if (!n) return fail(ErrorKind::invalid, N_("Write a whole number."), std::string(key));
  return *n;
}

template <class E, std::size_t N>
Result<E> choice_of(const json::object& o, std::string_view key, const EnumName<E> (&names)[N]) {
  auto* v = o.if_contains(key);
  std::optional<E> out;
  if (v && v->is_string()) out = parse_name(std::string_view(v->as_string()), names);
  if (!out) return fail(ErrorKind::invalid, N_("Choose a value from the list."), std::string(key));
  return *out;
}

// A paragraph is one line of running text: line breaks inside it become spaces.
std::string one_line(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

}  // namespace

Result<PlanInput> read_plan(const json::object& o) {
  if (auto ok = only_fields(o, {"title", "kind", "editor_group", "languages", "text"}); !ok)
    return std::unexpected(ok.error());
  PlanInput in;
  auto title = words_of(o, "title", kTitleLength, Required::yes);
  if (!title) return std::unexpected(title.error());
  in.title = std::move(*title);
  auto kind = choice_of(o, "kind", kPlanKindNames);
  if (!kind) return std::unexpected(kind.error());
  in.kind = *kind;
  auto* group = o.if_contains("editor_group");
  if (group && group->is_string()) in.editor_group = text::to_upper_ascii(std::string_view(group->as_string()));
  if (std::find(std::begin(kEditorGroups), std::end(kEditorGroups), in.editor_group) == std::end(kEditorGroups))
    return fail(ErrorKind::invalid, N_("Choose a value from the list."), "editor_group");
  auto* languages = o.if_contains("languages");
  if (!languages || !languages->is_array() || languages->as_array().empty())
    return fail(ErrorKind::unprocessable, N_("Choose at least one language."), "languages");
  for (const auto& l : languages->as_array()) {
    std::string code = l.is_string() ? std::string(l.as_string()) : std::string();
    if (std::find(std::begin(kPlanLanguages), std::end(kPlanLanguages), code) == std::end(kPlanLanguages))
      return fail(ErrorKind::invalid, N_("Choose a value from the list."), "languages");
    if (std::find(in.languages.begin(), in.languages.end(), code) == in.languages.end()) in.languages.push_back(code);
  }
  auto body = words_of(o, "text", kPlanTextLength, Required::yes, Lines::many);
  if (!body) return std::unexpected(body.error());
  if (auto sections = sections_of_markdown(*body); !sections) return std::unexpected(sections.error());
  in.text = std::move(*body);
  return in;
}

Result<SuggestionInput> read_suggestion(const json::object& o) {
  if (auto ok = only_fields(o, {"paragraph", "kind", "text", "reason", "revision"}); !ok)
    return std::unexpected(ok.error());
  SuggestionInput in;
  auto paragraph = number_of(o, "paragraph");
  if (!paragraph || *paragraph <= 0) return fail(ErrorKind::invalid, N_("Choose a paragraph."), "paragraph");
  in.paragraph = ParagraphId(*paragraph);
  auto kind = choice_of(o, "kind", kSuggestionKindNames);
  if (!kind) return std::unexpected(kind.error());
  in.kind = *kind;
  auto t = words_of(o, "text", kParagraphLength, Required::no, Lines::many);
  if (!t) return std::unexpected(t.error());
  in.text = one_line(*t);
  if (in.kind == SuggestionKind::remove) in.text.clear();
  else if (in.text.empty())
    return fail(ErrorKind::unprocessable, N_("Write the text you suggest."), "text");
  auto reason = words_of(o, "reason", kReasonLength, Required::no, Lines::many);
  if (!reason) return std::unexpected(reason.error());
  if (reason->empty()) return fail(ErrorKind::unprocessable, N_("Say why you suggest this."), "reason");
  in.reason = std::move(*reason);
  auto revision = number_of(o, "revision");
  if (!revision || *revision <= 0) return fail(ErrorKind::invalid, N_("Write a whole number."), "revision");
  in.revision = int(*revision);
  return in;
}

Result<std::string> read_rejection(const json::object& o) {
  if (auto ok = only_fields(o, {"reason"}); !ok) return std::unexpected(ok.error());
  auto reason = words_of(o, "reason", kReasonLength, Required::no, Lines::many);
  if (!reason) return reason;
  if (reason->empty()) return fail(ErrorKind::unprocessable, N_("Say why the suggestion is rejected."), "reason");
  return reason;
}

Result<std::string> read_comment(const json::object& o) {
  if (auto ok = only_fields(o, {"text"}); !ok) return std::unexpected(ok.error());
  auto text = words_of(o, "text", kCommentLength, Required::no, Lines::many);
  if (!text) return text;
  if (text->empty()) return fail(ErrorKind::unprocessable, N_("Write the comment first."), "text");
  return text;
}

Result<VoteInput> read_vote(const json::object& o) {
  if (auto ok = only_fields(o, {"deadline", "quorum", "majority", "procedure", "secrecy"}); !ok)
    return std::unexpected(ok.error());
  VoteInput in;
  auto deadline = words_of(o, "deadline", 10, Required::no);
  if (!deadline || !helpdesk::is_date(*deadline))
    return fail(ErrorKind::unprocessable, N_("Write the date as YYYY-MM-DD."), "deadline");
  in.deadline = std::move(*deadline);
  auto quorum = number_of(o, "quorum");
  if (!quorum) return std::unexpected(quorum.error());
  if (*quorum < 1 || *quorum > 100)
    return fail(ErrorKind::unprocessable, N_("The quorum is between 1 and 100 organisations."), "quorum");
  in.quorum = int(*quorum);
  auto majority = number_of(o, "majority");
  if (!majority) return std::unexpected(majority.error());
  if (*majority < 50 || *majority > 99)
    return fail(ErrorKind::unprocessable, N_("The majority is between 50 and 99 per cent."), "majority");
  in.majority = int(*majority);
  if (auto* v = o.if_contains("procedure"); v && !(v->is_string() && v->as_string().empty())) {
    auto procedure = choice_of(o, "procedure", kProcedureNames);
    if (!procedure) return std::unexpected(procedure.error());
    in.procedure = *procedure;
  }
  if (auto* v = o.if_contains("secrecy"); v && !(v->is_string() && v->as_string().empty())) {
    auto secrecy = choice_of(o, "secrecy", kSecrecyNames);
    if (!secrecy) return std::unexpected(secrecy.error());
    in.secrecy = *secrecy;
  }
  return in;
}

Result<PhaseInput> read_phase(const json::object& o) {
  if (auto ok = only_fields(o, {"opens", "closes"}); !ok) return std::unexpected(ok.error());
  PhaseInput in;
  for (auto [key, into] : {std::pair{"opens", &in.opens}, std::pair{"closes", &in.closes}}) {
    auto day = words_of(o, key, 10, Required::no);
    if (!day || !helpdesk::is_date(*day))
      return fail(ErrorKind::unprocessable, N_("Write the date as YYYY-MM-DD."), key);
    *into = std::move(*day);
  }
  if (in.closes < in.opens)
    return fail(ErrorKind::unprocessable, N_("The phase closes on or after the day it opens."), "closes");
  return in;
}

Result<Choice> read_ballot(const json::object& o) {
  if (auto ok = only_fields(o, {"choice"}); !ok) return std::unexpected(ok.error());
  return choice_of(o, "choice", kChoiceNames);
}

Result<std::string> read_statement(const json::object& o) {
  if (auto ok = only_fields(o, {"statement"}); !ok) return std::unexpected(ok.error());
  return words_of(o, "statement", kStatementLength, Required::no, Lines::many);
}

Result<std::vector<DraftSection>> sections_of_markdown(std::string_view markdown) {
  std::vector<DraftSection> out;
  std::string block;
  auto end_block = [&]() -> Status {
    std::string paragraph = one_line(block);
    block.clear();
    if (paragraph.empty()) return {};
    if (out.empty())
      return fail(ErrorKind::unprocessable, N_("Start the text with a heading: each heading starts a section."),
                  "text");
    if (text::utf8_length(paragraph) > kParagraphLength)
      return fail_with(ErrorKind::unprocessable, N_("A paragraph is too long: at most {max} characters."),
                       {{"max", std::to_string(kParagraphLength)}}, "text");
    out.back().paragraphs.push_back(std::move(paragraph));
    return {};
  };
  std::size_t start = 0;
  while (start <= markdown.size()) {
    std::size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = text::trim_view(markdown.substr(start, end - start));
    if (line.starts_with('#')) {
      if (auto ok = end_block(); !ok) return std::unexpected(ok.error());
      std::string heading = text::trim(line.substr(line.find_first_not_of('#') == std::string_view::npos
                                                       ? line.size()
                                                       : line.find_first_not_of('#')));
      if (heading.empty()) return fail(ErrorKind::unprocessable, N_("A heading has no text."), "text");
      if (!out.empty() && out.back().paragraphs.empty())
        return fail_with(ErrorKind::unprocessable, N_("The section \"{heading}\" has no paragraphs."),
                         {{"heading", out.back().heading}}, "text");
      out.push_back(DraftSection{std::move(heading), {}});
    } else if (line.empty()) {
      if (auto ok = end_block(); !ok) return std::unexpected(ok.error());
    } else {
      block += ' ';
      block += line;
    }
    start = end + 1;
  }
  if (auto ok = end_block(); !ok) return std::unexpected(ok.error());
  if (out.empty()) return fail(ErrorKind::unprocessable, N_("Start the text with a heading: each heading starts a section."), "text");
  if (out.back().paragraphs.empty())
    return fail_with(ErrorKind::unprocessable, N_("The section \"{heading}\" has no paragraphs."),
                     {{"heading", out.back().heading}}, "text");
  return out;
}

std::string markdown_of(const std::vector<DraftSection>& sections) {
  std::string out;
  for (const auto& s : sections) {
    if (!out.empty()) out += "\n";
    out += "## " + s.heading + "\n";
    for (const auto& p : s.paragraphs) out += "\n" + p + "\n";
  }
  return out;
}

std::string_view to_string(PlanKind k) { return name_of(k, kPlanKindNames); }
std::string_view to_string(PlanState s) { return name_of(s, kPlanStateNames); }
std::string_view to_string(SuggestionKind k) { return name_of(k, kSuggestionKindNames); }
std::string_view to_string(SuggestionState s) { return name_of(s, kSuggestionStateNames); }
std::string_view to_string(Choice c) { return name_of(c, kChoiceNames); }
std::string_view to_string(VoteState s) { return name_of(s, kVoteStateNames); }
std::string_view to_string(Procedure p) { return name_of(p, kProcedureNames); }
std::string_view to_string(Secrecy s) { return name_of(s, kSecrecyNames); }

}  // namespace cps::plans
