// The helpdesk's rules (see helpdesk_service.hpp).
#include "domain/helpdesk/helpdesk_service.hpp"

#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::helpdesk {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

inline constexpr int kDaysBeforeDue = 2;

Status require_writer(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

bool answers(const Principal& who, const AreaCode& area) {
  return accounts::allowed(who, Action::answer_helpdesk, accounts::Target{.areas = {area.str()}});
}

bool may_see(const Principal& who, const Question& q) {
  if (!who.user) return false;
  return q.asker == *who.user || (q.expert && *q.expert == *who.user) || answers(who, q.area);
}

bool is_expert(const Principal& who, const Question& q) { return who.user && q.expert && *q.expert == *who.user; }

// An answer becomes a knowledge item of the question's area, written by whoever answers.
bool writes_answers(const Principal& who, const AreaCode& area) {
  return accounts::allowed(who, Action::write_knowledge, accounts::Target{.user = who.user, .areas = {area.str()}});
}

bool still_open(const Question& q) {
  return q.status == QuestionStatus::open || q.status == QuestionStatus::assigned;
}

std::string target_of(QuestionId id) { return "question:" + std::to_string(id.value()); }
std::string path_of(QuestionId id) { return "/helpdesk/" + std::to_string(id.value()); }

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

}  // namespace

HelpdeskService::HelpdeskService(HelpdeskRepository& repository, HelpdeskSurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds HelpdeskService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string HelpdeskService::today() const { return day_of(now()); }

bool HelpdeskService::answers_any(const Principal& who) const {
  return std::any_of(std::begin(accounts::kWorkingGroups), std::end(accounts::kWorkingGroups),
                     [&](std::string_view wg) { return answers(who, AreaCode(std::string(wg))); });
}

Capabilities HelpdeskService::capabilities(const Principal& who, const Question& q) const {
  Capabilities can;
  bool writes = require_writer(who).has_value();
  if (!writes) return can;
  bool answerer = answers(who, q.area);
  can.assign = still_open(q) && answerer;
  can.answer = still_open(q) && (answerer || is_expert(who, q)) && writes_answers(who, q.area);
  can.close = q.status != QuestionStatus::closed && (answerer || (who.user && q.asker == *who.user));
  return can;
}

Result<QuestionView> HelpdeskService::view_of(Question q, const std::string& language) {
  QuestionView v{std::move(q), false, {}};
  v.overdue = v.question.overdue(today());
  if (v.question.answer_item) {
    auto title = surroundings_.practice_title(*v.question.answer_item, language);
    if (!title) return std::unexpected(title.error());
    if (*title) v.answer_title = **title;
  }
  return v;
}

Status HelpdeskService::tell(const std::vector<Person>& to, const HelpdeskSurroundings::MailText& text) {
  for (const auto& person : to)
    if (auto ok = surroundings_.queue_mail(person, text); !ok) return ok;
  return {};
}

Result<std::vector<Person>> HelpdeskService::coordinators_of(const AreaCode& area) {
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  std::vector<Person> out;
  for (auto& p : *people)
    if (p.principal.has(accounts::Role::wg_coordinator, area.str())) out.push_back(p);
  // An area without a coordinator: the lead partner's coordinators route its questions.
  if (out.empty())
    for (auto& p : *people)
      if (p.principal.has(accounts::Role::lead_coordinator)) out.push_back(p);
  return out;
}

Result<QuestionView> HelpdeskService::ask(const Principal& who, QuestionInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::ask_helpdesk, accounts::Target{.user = who.user}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  auto region = surroundings_.region_exists(input.region);
  if (!region) return std::unexpected(region.error());
  if (!*region) return fail(ErrorKind::unprocessable, N_("Choose regions from the list."), "region");
  Question q;
  q.region = input.region;
  q.need = input.need;
  q.area = *input.area;
  q.text = input.text;
  q.language = input.language.empty() ? "en" : input.language;
  q.asker = *who.user;
  q.asker_name = who.display_name;
  q.created_at = q.updated_at = now();
  auto done = repository_.transaction([&](HelpdeskStore& store) -> Status {
    auto id = store.insert_question(q);
    if (!id) return std::unexpected(id.error());
    q.id = *id;
    return store.append_audit(accounts::AuditRecord{who.user, who.label, "helpdesk.asked", target_of(q.id),
                                                    q.region.str() + (q.need.empty() ? "" : " " + q.need),
                                                    who.client, q.created_at});
  });
  if (!done) return std::unexpected(done.error());
  // The question is stored whatever becomes of the mails: a failing outbox means a failing
  // database, which the coordinators see anyway, and the question waits in their list.
  if (auto to = coordinators_of(q.area))
    (void)tell(*to, {N_("New question to the policy helpdesk: {region}, {area}"),
                     N_("{asker} asked the policy helpdesk about {region} ({area}):\n\n{text}\n\nAssign it to an "
                        "expert with a due date: {link}"),
                     {{"region", q.region.str()}, {"area", q.area.str()}, {"asker", q.asker_name},
                      {"text", q.text}, {"path", path_of(q.id)}}});
  const std::string language = q.language;
  return view_of(std::move(q), language);
}

Result<std::vector<QuestionView>> HelpdeskService::list(const Principal& who, const ListFilter& filter,
                                                        const std::string& language) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  QuestionFilter f;
  switch (filter.view) {
    case View::mine: f.asker = *who.user; break;
    case View::assigned: f.expert = *who.user; break;
    case View::all:
      for (auto wg : accounts::kWorkingGroups)
        if (answers(who, AreaCode(std::string(wg)))) f.areas.emplace_back(std::string(wg));
      if (f.areas.empty()) return fail(ErrorKind::forbidden, "You may not do this.");
      break;
  }
  if (filter.area) {
    if (!f.areas.empty() && std::find(f.areas.begin(), f.areas.end(), *filter.area) == f.areas.end())
      return std::vector<QuestionView>{};
    f.areas = {*filter.area};
  }
  if (filter.status) f.statuses = {*filter.status};
  std::vector<Question> found;
  auto read = repository_.read([&](HelpdeskStore& store) -> Status {
    auto q = store.questions(f);
    if (!q) return std::unexpected(q.error());
    found = std::move(*q);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::vector<QuestionView> out;
  for (auto& q : found) {
    auto v = view_of(std::move(q), language);
    if (!v) return std::unexpected(v.error());
    out.push_back(std::move(*v));
  }
  return out;
}

Result<Question> HelpdeskService::load(const Principal& who, QuestionId id) {
  std::optional<Question> found;
  auto read = repository_.read([&](HelpdeskStore& store) -> Status {
    auto q = store.question(id);
    if (!q) return std::unexpected(q.error());
    found = std::move(*q);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!found || !may_see(who, *found)) return not_found();
  return std::move(*found);
}

Result<QuestionView> HelpdeskService::question(const Principal& who, QuestionId id, const std::string& language) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  auto q = load(who, id);
  if (!q) return std::unexpected(q.error());
  return view_of(std::move(*q), language);
}

Result<std::vector<Person>> HelpdeskService::experts(const Principal& who, const AreaCode& area) {
  if (!answers(who, area)) return fail(ErrorKind::forbidden, "You may not do this.");
  auto people = surroundings_.people();
  if (!people) return std::unexpected(people.error());
  std::vector<Person> out;
  for (auto& p : *people)
    if (answers(p.principal, area) && writes_answers(p.principal, area)) out.push_back(std::move(p));
  std::sort(out.begin(), out.end(), [](const Person& a, const Person& b) { return a.name < b.name; });
  return out;
}

Result<Question> HelpdeskService::change(const Principal& who, QuestionId id, int revision, std::string_view verb,
                                         const Change& change) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  std::optional<Question> out;
  auto done = repository_.transaction([&](HelpdeskStore& store) -> Status {
    auto found = store.question(id);
    if (!found) return std::unexpected(found.error());
    if (!*found || !may_see(who, **found)) return not_found();
    Question q = std::move(**found);
    if (q.revision != revision)
      return fail(ErrorKind::conflict,
                  N_("Somebody changed this question since you opened it. Your changes were not saved; open it "
                     "again to see theirs."),
                  "revision");
    auto detail = change(q);
    if (!detail) return std::unexpected(detail.error());
    q.updated_at = now();
    auto written = store.update_question(q, revision);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict,
                  N_("Somebody changed this question since you opened it. Your changes were not saved; open it "
                     "again to see theirs."),
                  "revision");
    q.revision = revision + 1;
    if (auto ok = store.append_audit(accounts::AuditRecord{who.user, who.label, "helpdesk." + std::string(verb),
                                                           target_of(q.id), *detail, who.client, q.updated_at});
        !ok)
      return ok;
    out = std::move(q);
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return std::move(*out);
}

Result<QuestionView> HelpdeskService::assign(const Principal& who, QuestionId id, int revision, AssignmentInput input) {
  if (input.due < today())
    return fail(ErrorKind::unprocessable, N_("The due date cannot be in the past."), "due");
  auto expert = surroundings_.person(input.expert);
  if (!expert) return std::unexpected(expert.error());
  auto changed = change(who, id, revision, "assigned", [&](Question& q) -> Result<std::string> {
    if (!answers(who, q.area)) return fail(ErrorKind::forbidden, "You may not do this.");
    if (!still_open(q))
      return fail(ErrorKind::conflict, N_("This question is answered or closed already."), "status");
    if (!*expert || !answers((*expert)->principal, q.area) || !writes_answers((*expert)->principal, q.area))
      return fail(ErrorKind::unprocessable, N_("Choose an expert who answers questions of this area."), "expert");
    q.expert = (*expert)->id;
    q.expert_name = (*expert)->name;
    q.due = input.due;
    q.assignment_note = input.note;
    q.status = QuestionStatus::assigned;
    return "user:" + std::to_string(q.expert->value()) + " due " + q.due;
  });
  if (!changed) return std::unexpected(changed.error());
  (void)tell({**expert}, {N_("Policy helpdesk: a question for you, due on {due}"),
                          N_("{assigner} asks you to answer a question to the policy helpdesk about {region} ({area}) "
                             "by {due}:\n\n{text}\n\n{note}\n\nWrite the answer on the platform: {link}"),
                          {{"assigner", who.display_name}, {"region", changed->region.str()},
                           {"area", changed->area.str()}, {"due", changed->due}, {"text", changed->text},
                           {"note", changed->assignment_note}, {"path", path_of(changed->id)}}});
  const std::string language = changed->language;
  return view_of(std::move(*changed), language);
}

Result<QuestionView> HelpdeskService::answer(const Principal& who, QuestionId id, int revision, AnswerInput input) {
  if (auto ok = require_writer(who); !ok) return std::unexpected(ok.error());
  // Checked before the item is written, so that a refused answer leaves no draft behind.
  auto seen = load(who, id);
  if (!seen) return std::unexpected(seen.error());
  if (!(answers(who, seen->area) || is_expert(who, *seen))) return fail(ErrorKind::forbidden, "You may not do this.");
  if (!writes_answers(who, seen->area))
    return fail(ErrorKind::forbidden,
                N_("An answer becomes a knowledge item: ask the lead partner for a role that writes them."));
  if (!still_open(*seen)) return fail(ErrorKind::conflict, N_("This question is answered or closed already."), "status");
  if (seen->revision != revision)
    return fail(ErrorKind::conflict,
                N_("Somebody changed this question since you opened it. Your changes were not saved; open it "
                   "again to see theirs."),
                "revision");
  auto item = surroundings_.write_answer(
      who, DraftAnswer{input.kind, seen->area, seen->region, input.language, input.title, input.summary, input.body});
  if (!item) return std::unexpected(item.error());
  auto changed = change(who, id, revision, "answered", [&](Question& q) -> Result<std::string> {
    if (!still_open(q)) return fail(ErrorKind::conflict, N_("This question is answered or closed already."), "status");
    if (!q.expert) {
      q.expert = *who.user;
      q.expert_name = who.display_name;
    }
    q.status = QuestionStatus::answered;
    q.answer_item = *item;
    q.answer_note = input.note;
    q.answered_at = now();
    return "item:" + std::to_string(*item);
  });
  if (!changed) return std::unexpected(changed.error());
  if (auto asker = surroundings_.person(changed->asker); asker && *asker)
    (void)tell({**asker}, {N_("Policy helpdesk: your question about {region} has an answer"),
                           N_("{expert} answered your question to the policy helpdesk about {region} ({area}) with "
                              "\"{title}\", a draft in the knowledge base until it is reviewed.\n\n{note}\n\nRead "
                              "it on the platform: {link}"),
                           {{"expert", who.display_name}, {"region", changed->region.str()},
                            {"area", changed->area.str()}, {"title", input.title}, {"note", changed->answer_note},
                            {"path", path_of(changed->id)}}});
  const std::string language = changed->language;
  return view_of(std::move(*changed), language);
}

Result<QuestionView> HelpdeskService::close(const Principal& who, QuestionId id, int revision, const std::string& note) {
  auto changed = change(who, id, revision, "closed", [&](Question& q) -> Result<std::string> {
    bool asker = who.user && q.asker == *who.user;
    if (!asker && !answers(who, q.area)) return fail(ErrorKind::forbidden, "You may not do this.");
    if (q.status == QuestionStatus::closed)
      return fail(ErrorKind::conflict, N_("This question is closed already."), "status");
    q.status = QuestionStatus::closed;
    q.closing_note = note;
    q.closed_at = now();
    return note;
  });
  if (!changed) return std::unexpected(changed.error());
  if (changed->asker != *who.user)
    if (auto asker = surroundings_.person(changed->asker); asker && *asker)
      (void)tell({**asker}, {N_("Policy helpdesk: your question about {region} is closed"),
                             N_("{closer} closed your question to the policy helpdesk about {region} ({area}).\n\n"
                                "{note}\n\n{link}"),
                             {{"closer", who.display_name}, {"region", changed->region.str()},
                              {"area", changed->area.str()}, {"note", note}, {"path", path_of(changed->id)}}});
  const std::string language = changed->language;
  return view_of(std::move(*changed), language);
}

Result<std::size_t> HelpdeskService::send_reminders() {
  const std::string day = today();
  const std::string soon = days_after(day, kDaysBeforeDue);
  std::vector<Question> assigned;
  auto read = repository_.read([&](HelpdeskStore& store) -> Status {
    auto q = store.questions(QuestionFilter{.statuses = {QuestionStatus::assigned}});
    if (!q) return std::unexpected(q.error());
    assigned = std::move(*q);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  std::size_t queued = 0;
  for (const auto& q : assigned) {
    if (!q.expert || q.due.empty() || q.due > soon) continue;
    const bool overdue = q.due < day;
    const std::string key = target_of(q.id) + (overdue ? ":overdue:" : ":due-soon:") + q.due;
    bool sent = false;
    auto checked = repository_.read([&](HelpdeskStore& store) -> Status {
      auto found = store.reminder_sent(key);
      if (!found) return std::unexpected(found.error());
      sent = *found;
      return {};
    });
    if (!checked) return std::unexpected(checked.error());
    if (sent) continue;
    std::vector<Person> to;
    auto expert = surroundings_.person(*q.expert);
    if (!expert) return std::unexpected(expert.error());
    if (*expert) to.push_back(**expert);
    HelpdeskSurroundings::MailText text;
    text.values = {{"region", q.region.str()}, {"area", q.area.str()}, {"due", q.due}, {"expert", q.expert_name},
                   {"text", q.text}, {"path", path_of(q.id)}};
    if (overdue) {
      // Past the due date the area's coordinators hear of it too, to reassign or follow up.
      auto coordinators = coordinators_of(q.area);
      if (!coordinators) return std::unexpected(coordinators.error());
      for (auto& c : *coordinators)
        if (std::none_of(to.begin(), to.end(), [&](const Person& p) { return p.id == c.id; })) to.push_back(c);
      text.subject = N_("Policy helpdesk: overdue since {due} — {region}, {area}");
      text.body = N_("The question to the policy helpdesk about {region} ({area}) assigned to {expert} was due on "
                     "{due} and has no answer yet:\n\n{text}\n\n{link}");
    } else {
      text.subject = N_("Policy helpdesk: due on {due} — {region}, {area}");
      text.body = N_("The question to the policy helpdesk about {region} ({area}) assigned to you is due on {due}:"
                     "\n\n{text}\n\nWrite the answer on the platform: {link}");
    }
    // Marked after the mails are queued: a failure leaves the reminder for the next run.
    if (auto ok = tell(to, text); !ok) return std::unexpected(ok.error());
    queued += to.size();
    auto marked = repository_.transaction([&](HelpdeskStore& store) { return store.mark_reminder_sent(key, now()); });
    if (!marked) return std::unexpected(marked.error());
  }
  return queued;
}

std::string_view to_string(View v) { return name_of(v, kViewNames); }

}  // namespace cps::helpdesk
