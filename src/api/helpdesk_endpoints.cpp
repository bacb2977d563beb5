// The helpdesk's handlers of FeedbackEndpoints: the lists, asking, a question, and its
// assignment, answer and closing (each with the revision it started from).
#include <boost/json.hpp>

#include "api/feedback_endpoints.hpp"
#include "api/json.hpp"
#include "api/paging.hpp"
#include "core/text.hpp"

namespace cps::api {

namespace json = boost::json;
using namespace cps::helpdesk;

namespace {

json::value person_json(const std::optional<accounts::UserId>& id, const std::string& name) {
  if (!id) return nullptr;
  return json::object{{"id", id->value()}, {"name", name}};
}

json::object question_json(const QuestionView& v) {
  const Question& q = v.question;
  json::value answer = nullptr;
  if (q.answer_item)
    answer = json::object{{"item", *q.answer_item},
                          {"title", v.answer_title},
                          {"note", q.answer_note},
                          {"answered_at", q.answered_at}};
  return json::object{{"id", q.id.value()},
                      {"region", q.region.str()},
                      {"need", q.need.empty() ? json::value(nullptr) : json::value(q.need)},
                      {"area", q.area.str()},
                      {"text", q.text},
                      {"language", q.language},
                      {"asker", person_json(q.asker, q.asker_name)},
                      {"expert", person_json(q.expert, q.expert_name)},
                      {"due", q.due.empty() ? json::value(nullptr) : json::value(q.due)},
                      {"assignment_note", q.assignment_note},
                      {"status", std::string(to_string(q.status))},
                      {"overdue", v.overdue},
                      {"answer", answer},
                      {"closing_note", q.closing_note},
                      {"revision", q.revision},
                      {"created_at", q.created_at},
                      {"updated_at", q.updated_at},
                      {"closed_at", q.closed_at ? json::value(q.closed_at) : json::value(nullptr)}};
}

// A change's question id, body and revision; `lang` is the only query parameter.
struct Change {
  QuestionId id;
  json::object body;
  int revision = 0;
  std::string language;
};

Result<Change> read_change(const http::Request& r) {
  if (auto ok = check_query(r, {"lang"}); !ok) return std::unexpected(ok.error());
  auto lang = language_parameter(r);
  if (!lang) return std::unexpected(lang.error());
  auto id = id_in_path<QuestionId>(r);
  if (!id) return std::unexpected(id.error());
  auto body = parse_object(r.raw.body());
  if (!body) return std::unexpected(body.error());
  auto revision = revision_of(*body);
  if (!revision) return std::unexpected(revision.error());
  return Change{*id, std::move(*body), *revision, *lang};
}

}  // namespace

http::Response FeedbackEndpoints::questions(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"view", "status", "area", "lang", "limit", "cursor"}); !ok) return error_response(r, ok.error());
  auto page = page_request(r, kWholeList);
  if (!page) return error_response(r, page.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  ListFilter filter;
  if (auto view = r.query_value("view"); view && !view->empty()) {
    auto parsed = parse_name(*view, kViewNames);
    if (!parsed) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "view"});
    filter.view = *parsed;
  }
  if (auto status = r.query_value("status"); status && !status->empty()) {
    auto parsed = parse_name(*status, kQuestionStatusNames);
    if (!parsed) return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "status"});
    filter.status = *parsed;
  }
  if (auto area = r.query_value("area"); area && !area->empty()) {
    std::string code = text::to_upper_ascii(*area);
    if (!accounts::is_working_group(code))
      return error_response(r, Error{ErrorKind::invalid, "Choose a value from the list.", "area"});
    filter.area = AreaCode(code);
  }
  auto found = helpdesk_.list(v.principal, filter, *lang);
  if (!found) return error_response(r, found.error());
  json::array items;
  for (const auto& q : *found) items.push_back(question_json(q));
  return page_of(r, std::move(items), *page);
}

http::Response FeedbackEndpoints::ask(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto body = parse_object(r.raw.body());
  if (!body) return error_response(r, body.error());
  auto input = read_question(*body);
  if (!input) return error_response(r, input.error());
  auto asked = helpdesk_.ask(v.principal, std::move(*input));
  if (!asked) return error_response(r, asked.error());
  return created(r, question_json(*asked), "/api/v1/helpdesk/" + std::to_string(asked->question.id.value()));
}

http::Response FeedbackEndpoints::question(http::Request& r, const Visit& v) {
  if (auto ok = check_query(r, {"lang"}); !ok) return error_response(r, ok.error());
  auto lang = language_parameter(r);
  if (!lang) return error_response(r, lang.error());
  auto id = id_in_path<QuestionId>(r);
  if (!id) return error_response(r, id.error());
  auto found = helpdesk_.question(v.principal, *id, *lang);
  if (!found) return error_response(r, found.error());
  return json_response(r, question_json(*found));
}

http::Response FeedbackEndpoints::assign(http::Request& r, const Visit& v) {
  auto change = read_change(r);
  if (!change) return error_response(r, change.error());
  auto input = read_assignment(change->body);
  if (!input) return error_response(r, input.error());
  auto done = helpdesk_.assign(v.principal, change->id, change->revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, question_json(*done));
}

http::Response FeedbackEndpoints::answer(http::Request& r, const Visit& v) {
  auto change = read_change(r);
  if (!change) return error_response(r, change.error());
  auto input = read_answer(change->body);
  if (!input) return error_response(r, input.error());
  auto done = helpdesk_.answer(v.principal, change->id, change->revision, std::move(*input));
  if (!done) return error_response(r, done.error());
  return json_response(r, question_json(*done));
}

http::Response FeedbackEndpoints::close(http::Request& r, const Visit& v) {
  auto change = read_change(r);
  if (!change) return error_response(r, change.error());
  auto note = read_closing(change->body);
  if (!note) return error_response(r, note.error());
  auto done = helpdesk_.close(v.principal, change->id, change->revision, *note);
  if (!done) return error_response(r, done.error());
  return json_response(r, question_json(*done));
}

}  // namespace cps::api
