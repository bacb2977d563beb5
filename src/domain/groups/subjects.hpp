// "Discuss this": a discussion can be about a knowledge item, an assessment or a pilot. It lives
// in the workspace of the subject's first thematic area (an assessment, which covers every area
// of a region's policy, in WG5's, the working group on regional and smart specialisation), and
// only people who may read the subject read it: a draft item's discussion is as closed as the
// draft. What a subject is called, where it lives and who may read it is the subject's own
// feature's answer, asked through GroupSurroundings::subject.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/enum_names.hpp"
#include "core/error.hpp"

namespace cps::groups {

enum class SubjectKind { knowledge_item, assessment, pilot };
inline constexpr EnumName<SubjectKind> kSubjectKindNames[] = {{SubjectKind::knowledge_item, "knowledge_item"},
                                                              {SubjectKind::assessment, "assessment"},
                                                              {SubjectKind::pilot, "pilot"}};
static_assert(names_each_value_once(kSubjectKindNames));

// The workspace an assessment's discussion lives in.
inline constexpr std::string_view kAssessmentWorkspace = "WG5";

struct Subject {
  SubjectKind kind = SubjectKind::knowledge_item;
  std::int64_t id = 0;
  bool operator==(const Subject&) const = default;
};

// A subject as the person asking may read it.
struct SubjectInfo {
  Subject subject;
  std::string title;      // its title in its original language
  std::string workspace;  // the workspace its discussion lives in (a code of kWorkspaceCodes)
  std::string path;       // its page without the language: "/knowledge/12"
};

// "knowledge_item:12", as audit lines name a subject.
std::string subject_target(const Subject& s);
// Its page without the language: "/knowledge/12", "/assessments/3", "/pilots/4".
std::string path_of(const Subject& s);

std::string_view to_string(SubjectKind k);

}  // namespace cps::groups
