// "Discuss this": /{lang}/knowledge/{id}/discussion, /{lang}/assessments/{id}/discussion and
// /{lang}/pilots/{id}/discussion open the subject's discussion in its workspace, or, before
// there is one, offer the form that starts it (without JavaScript). Who may read it is the
// subject's own feature's call, through the service.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/group_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::groups;

namespace {

// The subject the address names: its second segment is the kind ("/ro/pilots/4/discussion").
std::optional<Subject> subject_in(const http::Request& r) {
  auto number = text::parse_int(r.param("id"));
  if (!number || *number <= 0) return std::nullopt;
  const std::int64_t id = *number;
  const std::string_view path = r.path;
  const auto second = path.find('/', 1);
  if (second == std::string_view::npos) return std::nullopt;
  const std::string_view rest = path.substr(second);
  if (rest.starts_with("/knowledge/")) return Subject{SubjectKind::knowledge_item, id};
  if (rest.starts_with("/assessments/")) return Subject{SubjectKind::assessment, id};
  if (rest.starts_with("/pilots/")) return Subject{SubjectKind::pilot, id};
  return std::nullopt;
}

const char* kind_label(SubjectKind kind) {
  switch (kind) {
    case SubjectKind::knowledge_item: return N_("Knowledge item:");
    case SubjectKind::assessment: return N_("Assessment:");
    case SubjectKind::pilot: return N_("Pilot initiative:");
  }
  return "";
}

std::string thread_href(i18n::Language lang, const Thread& t) {
  return Site::prefix(lang) + "/groups/" + t.group + "/threads/" + std::to_string(t.id.value());
}

}  // namespace

Object about_link(const Site& site, i18n::Language lang, const Subject& subject, const std::string& title) {
  return Object{{"label", site.tr(lang, kind_label(subject.kind))},
                {"title", title},
                {"href", Site::prefix(lang) + path_of(subject)}};
}

http::Response GroupPages::discussion(http::Request& r, Language lang, const Visit& v) {
  return discussion_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response GroupPages::discuss(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto subject = subject_in(r);
  if (!subject) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto body = read_post(json::object{{"body", f.get("body")}});
  if (!body) return discussion_page(r, lang, v, &f, form_error(site_, lang, body.error()), form_status(body.error()));
  auto done = groups_.discuss(v.principal, *subject, std::move(*body));
  if (!done) return discussion_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, thread_href(lang, *done));
}

http::Response GroupPages::discussion_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                           Object extra, Status status) {
  auto subject = subject_in(r);
  if (!subject) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = groups_.discussion_of(v.principal, *subject);
  if (!found) return site_.error_page(r, found.error());
  // The discussion exists: reading it is on its own page (a refused start lands here too).
  if (found->thread && !typed) return see_other(site_, r, thread_href(lang, *found->thread));
  const std::string& code = found->subject.workspace;
  Object data{{"title", found->subject.title},
              {"about", about_link(site_, lang, *subject, found->subject.title)},
              {"workspace", workspace_name(lang, code)},
              {"workspace_href", Site::prefix(lang) + "/groups/" + code},
              {"list_href", Site::prefix(lang) + "/groups"},
              {"can_start", found->can_start},
              {"action", r.path},
              {"body_value", typed ? typed->get("body") : std::string()}};
  if (found->thread) data["thread_href"] = thread_href(lang, *found->thread);
  merge(data, std::move(extra));
  return site_.page(r, lang, "groups_discuss",
                    text::fill(site_.tr(lang, N_("Discuss: {title}")), {{"title", found->subject.title}}),
                    std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
