// A helpdesk question's page: the question, who answers it by when, the answer (a knowledge
// item) and the forms to assign, answer and close it, each shown only to who may use it.
#include <boost/json.hpp>
#include <ctime>

#include "core/text.hpp"
#include "http/request.hpp"
#include "domain/knowledge/knowledge.hpp"
#include "web/helpdesk_labels.hpp"
#include "web/helpdesk_pages.hpp"
#include "web/knowledge_labels.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::helpdesk;

namespace {

int revision_of(const Form& f) { return int(text::parse_int(f.get("revision")).value_or(0)); }

}  // namespace

http::Response HelpdeskPages::question(http::Request& r, Language lang, const Visit& v) {
  return question_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response HelpdeskPages::assign(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<QuestionId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_assignment(json::object{{"expert", f.get("expert")}, {"due", f.get("due")}, {"note", f.get("note")}});
  if (!input) return question_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = helpdesk_.assign(v.principal, *id, revision_of(f), std::move(*input));
  if (!done) return question_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/helpdesk/" + std::to_string(id->value()) + "?done=assigned");
}

http::Response HelpdeskPages::answer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<QuestionId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_answer(json::object{{"kind", f.get("kind")},
                                        {"language", f.get("language")},
                                        {"title", f.get("title")},
                                        {"summary", f.get("summary")},
                                        {"body", f.get("body")},
                                        {"note", f.get("answer_note")}});
  if (!input) return question_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = helpdesk_.answer(v.principal, *id, revision_of(f), std::move(*input));
  if (!done) return question_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/helpdesk/" + std::to_string(id->value()) + "?done=answered");
}

http::Response HelpdeskPages::close(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<QuestionId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto note = read_closing(json::object{{"note", f.get("closing_note")}});
  if (!note) return question_page(r, lang, v, &f, form_error(site_, lang, note.error()), form_status(note.error()));
  auto done = helpdesk_.close(v.principal, *id, revision_of(f), *note);
  if (!done) return question_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/helpdesk/" + std::to_string(id->value()) + "?done=closed");
}

http::Response HelpdeskPages::question_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                            Object extra, Status status) {
  auto id = http::path_id<QuestionId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  const std::string language(i18n::code(lang));
  auto found = helpdesk_.question(v.principal, *id, language);
  if (!found) return site_.error_page(r, found.error());
  const Question& q = found->question;
  const Capabilities can = helpdesk_.capabilities(v.principal, q);
  const std::string prefix = Site::prefix(lang);
  auto field = [&](const char* name, const std::string& stored) { return typed ? typed->get(name) : stored; };

  List experts;
  if (can.assign)
    if (auto people = helpdesk_.experts(v.principal, q.area)) {
      std::string chosen = field("expert", q.expert ? std::to_string(q.expert->value()) : "");
      for (const auto& p : *people)
        experts.push_back(Object{{"id", std::to_string(p.id.value())},
                                 {"name", p.name},
                                 {"selected", std::to_string(p.id.value()) == chosen}});
    }
  List kinds;
  std::string kind = field("kind", "study");
  for (const auto& k : kAnswerKindNames)
    kinds.push_back(Object{{"code", std::string(k.name)},
                           {"name", site_.tr(lang, answer_kind_label(k.value))},
                           {"selected", k.name == kind}});
  List languages;
  std::string answer_language = field("language", language);
  for (auto code : knowledge::kContentLanguages)
    languages.push_back(Object{{"code", std::string(code)},
                               {"name", std::string(language_endonym(code))},
                               {"selected", answer_language == code}});
  const std::string base = prefix + "/helpdesk/" + std::to_string(q.id.value());
  Object data{{"number", std::to_string(q.id.value())},
              {"list_href", prefix + "/helpdesk"},
              {"text", q.text},
              {"text_lang", q.language},
              {"region", region_label(q.region)},
              {"region_href", prefix + "/regions/" + q.region.str()},
              {"need", q.need.empty() ? std::string() : need_label(q.need, lang)},
              {"has_need", !q.need.empty()},
              {"area", area_label(q.area, lang)},
              {"asker", q.asker_name},
              {"asked_on", date_text(lang, day_of(q.created_at))},
              {"status", site_.tr(lang, question_status_label(q.status))},
              {"status_code", std::string(to_string(q.status))},
              {"overdue", found->overdue},
              {"has_expert", q.expert.has_value()},
              {"expert", q.expert_name},
              {"due", date_text(lang, q.due)},
              {"has_due", !q.due.empty()},
              {"assignment_note", q.assignment_note},
              {"has_assignment_note", !q.assignment_note.empty()},
              {"has_answer", q.answer_item.has_value()},
              {"answer_href", q.answer_item ? prefix + "/knowledge/" + std::to_string(*q.answer_item) : std::string()},
              {"answer_title", found->answer_title},
              {"answered_on", q.answered_at ? date_text(lang, day_of(q.answered_at)) : std::string()},
              {"answer_note", q.answer_note},
              {"has_answer_note", !q.answer_note.empty()},
              {"closing_note", q.closing_note},
              {"has_closing_note", !q.closing_note.empty()},
              {"closed", q.status == QuestionStatus::closed},
              {"revision", std::to_string(q.revision)},
              {"can_assign", can.assign},
              {"can_answer", can.answer},
              {"can_close", can.close},
              {"assign_action", base + "/assignment"},
              {"answer_action", base + "/answer"},
              {"close_action", base + "/close"},
              {"experts", experts},
              {"has_experts", !experts.empty()},
              {"due_value", field("due", q.due.empty() ? days_after(day_of(std::time(nullptr)), 14) : q.due)},
              {"min_due", day_of(std::time(nullptr))},
              {"note_value", field("note", "")},
              {"kinds", kinds},
              {"languages", languages},
              {"title_value", field("title", "")},
              {"summary_value", field("summary", "")},
              {"body_value", field("body", "")},
              {"answer_note_value", field("answer_note", "")},
              {"closing_note_value", field("closing_note", "")}};
  if (auto done = r.query_value("done")) {
    if (*done == "asked")
      data["notice"] = site_.tr(lang, N_("Your question is with the helpdesk. You will get an e-mail when it has an answer."));
    if (*done == "assigned") data["notice"] = site_.tr(lang, N_("The question is assigned. The expert gets an e-mail."));
    if (*done == "answered")
      data["notice"] = site_.tr(lang, N_("The answer is saved as a draft knowledge item; submit it for review from its page."));
    if (*done == "closed") data["notice"] = site_.tr(lang, N_("The question is closed."));
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "helpdesk_question",
                    text::fill(site_.tr(lang, N_("Question {number}")), {{"number", std::to_string(q.id.value())}}),
                    std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
