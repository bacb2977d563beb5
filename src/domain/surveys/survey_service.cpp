// Surveys: the list, one survey, writing and changing it, and answering it (see
// survey_service.hpp).
#include "domain/surveys/survey_service.hpp"

#include <algorithm>
#include <chrono>

#include "domain/accounts/policy.hpp"
#include "i18n/catalogue.hpp"

namespace cps::surveys {

using accounts::Action;
using accounts::Principal;
using i18n::N_;
namespace json = boost::json;

namespace {

std::string target(SurveyId id) { return "survey:" + std::to_string(id.value()); }

Status require_write(const Principal& who) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, N_("Please sign in first."));
  if (who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write)
    return fail(ErrorKind::forbidden, N_("This API token may only read."));
  return {};
}

std::string first_area(const Principal& who) {
  for (const auto& r : who.roles)
    if (!r.working_group.empty()) return r.working_group;
  return "";
}

}  // namespace

std::string_view to_string(Step s) { return name_of(s, kStepNames); }

SurveyService::SurveyService(SurveyRepository& repository, SurveySurroundings& surroundings, Clock clock)
    : repository_(repository), surroundings_(surroundings), clock_(std::move(clock)) {}

Seconds SurveyService::now() const {
  if (clock_) return clock_();
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

accounts::AuditRecord SurveyService::audit(const Principal& who, std::string action, SurveyId id,
                                           std::string detail) const {
  return accounts::AuditRecord{who.user, who.label, std::move(action), target(id), std::move(detail), who.client, now()};
}

Result<Survey> SurveyService::load(SurveyStore& store, SurveyId id) {
  auto found = store.survey(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return fail(ErrorKind::not_found, N_("There is no such survey."));
  return std::move(**found);
}

Result<bool> SurveyService::in_audience(const Principal& who, const Survey& survey) {
  if (survey.audience == Audience::public_link) return true;
  if (!who.signed_in() || !accounts::allowed(who, Action::answer_foresight, {.user = who.user})) return false;
  const auto& values = survey.audience_values;
  auto listed = [&](std::string_view v) { return std::find(values.begin(), values.end(), v) != values.end(); };
  switch (survey.audience) {
    case Audience::signed_in:
    case Audience::public_link: return true;
    case Audience::roles:
      return std::any_of(who.roles.begin(), who.roles.end(), [&](const auto& r) { return listed(accounts::to_string(r.role)); });
    case Audience::working_groups:
      return std::any_of(who.roles.begin(), who.roles.end(), [&](const auto& r) { return listed(r.working_group); });
    case Audience::countries: {
      auto profile = surroundings_.profile(*who.user);
      if (!profile) return std::unexpected(profile.error());
      return listed(profile->country);
    }
    case Audience::event_attendees: {
      auto facts = surroundings_.event(survey.event);
      if (!facts) return std::unexpected(facts.error());
      if (!*facts) return false;
      const auto& list = (*facts)->attendees;
      return std::any_of(list.begin(), list.end(), [&](const Attendee& a) { return a.user == *who.user; });
    }
  }
  return false;
}

Result<bool> SurveyService::open_now(const Survey& survey) {
  if (!is_open(survey, now())) return false;
  if (survey.event == 0) return true;
  auto facts = surroundings_.event(survey.event);
  if (!facts) return std::unexpected(facts.error());
  return *facts && now() >= (*facts)->ends_at;
}

SurveyCapabilities SurveyService::capabilities(const Principal& who, const Survey& survey, bool audience,
                                               std::optional<ResponseState> mine, bool open) const {
  SurveyCapabilities can;
  const bool organiser = accounts::allowed(who, Action::run_foresight, {.user = survey.organiser});
  can.organise = organiser;
  can.see_results = organiser;
  can.answer = audience && open && mine != ResponseState::submitted;
  return can;
}

Result<std::string> SurveyService::respondent_key(const Principal& who, const Survey& survey, const Respondent& respondent) {
  auto audience = in_audience(who, survey);
  if (!audience) return std::unexpected(audience.error());
  if (!*audience) {
    if (!who.signed_in()) return fail(ErrorKind::unauthenticated, N_("Please sign in first."));
    return fail(ErrorKind::forbidden, N_("This survey is for another audience."));
  }
  if (who.signed_in()) {
    std::string person = "user:" + std::to_string(who.user->value());
    return survey.anonymity == Anonymity::identified ? person : surroundings_.respondent_key(survey.id, person);
  }
  // A public link without an account: the browser's random token, kept only as a digest.
  if (respondent.browser_token.size() < 16) return std::string();
  return surroundings_.respondent_key(survey.id, "browser:" + respondent.browser_token);
}

Result<std::vector<SurveyEntry>> SurveyService::surveys(const Principal& who, const Respondent& respondent) {
  std::vector<SurveyEntry> out;
  auto read = repository_.read([&](SurveyStore& store) -> Status {
    auto all = store.surveys();
    if (!all) return std::unexpected(all.error());
    for (auto& s : *all) {
      auto audience = in_audience(who, s);
      if (!audience) return std::unexpected(audience.error());
      std::optional<ResponseState> mine;
      if (*audience) {
        auto key = respondent_key(who, s, respondent);
        if (key && !key->empty()) {
          auto response = store.response(s.id, *key);
          if (!response) return std::unexpected(response.error());
          if (*response) mine = (*response)->state;
        }
      }
      auto open = open_now(s);
      if (!open) return std::unexpected(open.error());
      SurveyEntry entry{s, *open, mine, capabilities(who, s, *audience, mine, *open)};
      // A survey one can neither answer nor organise is not listed (a public one still is).
      if (!*audience && !entry.can.organise) continue;
      out.push_back(std::move(entry));
    }
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<SurveyView> SurveyService::survey(const Principal& who, SurveyId id) {
  SurveyView view;
  auto read = repository_.read([&](SurveyStore& store) -> Status {
    auto s = load(store, id);
    if (!s) return std::unexpected(s.error());
    auto audience = in_audience(who, *s);
    if (!audience) return std::unexpected(audience.error());
    auto open = open_now(*s);
    if (!open) return std::unexpected(open.error());
    view.can = capabilities(who, *s, *audience, std::nullopt, *open);
    if (!*audience && !view.can.organise) return fail(ErrorKind::not_found, N_("There is no such survey."));
    auto responses = store.responses(id);
    if (!responses) return std::unexpected(responses.error());
    view.responses = int(std::count_if(responses->begin(), responses->end(),
                                       [](const Response& r) { return r.state == ResponseState::submitted; }));
    view.open = *open;
    view.survey = std::move(*s);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return view;
}

Result<Survey> SurveyService::create(const Principal& who, SurveyInput input) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  if (!accounts::allowed(who, Action::run_foresight, {.user = who.user}))
    return fail(ErrorKind::forbidden, N_("You may not organise surveys."));
  Survey s;
  s.title = std::move(input.title);
  s.description = std::move(input.description);
  s.audience = input.audience;
  s.audience_values = std::move(input.audience_values);
  s.anonymity = input.anonymity;
  s.opens_at = input.opens_at;
  s.closes_at = input.closes_at;
  s.definition = std::move(input.definition);
  s.event = input.event;
  if (s.event != 0) {
    auto facts = surroundings_.event(s.event);
    if (!facts) return std::unexpected(facts.error());
    if (!*facts) return fail(ErrorKind::invalid, N_("There is no such event."), "event");
  }
  s.organiser = *who.user;
  s.created_at = s.updated_at = now();
  auto done = repository_.transaction([&](SurveyStore& store) -> Status {
    auto id = store.insert_survey(s);
    if (!id) return std::unexpected(id.error());
    s.id = *id;
    return store.append_audit(audit(who, "survey.created", s.id, "version 1"));
  });
  if (!done) return std::unexpected(done.error());
  return s;
}

Result<Survey> SurveyService::change(const Principal& who, SurveyId id, int revision, SurveyInput input) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  Survey s;
  auto done = repository_.transaction([&](SurveyStore& store) -> Status {
    auto found = load(store, id);
    if (!found) return std::unexpected(found.error());
    s = std::move(*found);
    if (!accounts::allowed(who, Action::run_foresight, {.user = s.organiser}))
      return fail(ErrorKind::forbidden, N_("Only the survey's organiser may change it."));
    if (s.anonymity != input.anonymity) {
      auto any = store.responses(id);
      if (!any) return std::unexpected(any.error());
      if (!any->empty())
        return fail(ErrorKind::conflict, N_("People have answered already: their answers keep the anonymity they were given under."),
                    "anonymity");
    }
    auto answered = store.response_count(id, s.version);
    if (!answered) return std::unexpected(answered.error());
    // Answers keep the questionnaire they answered: a change after the first answer is a new version.
    const bool new_version = *answered > 0 && definition_json(s.definition) != definition_json(input.definition);
    if (new_version) ++s.version;
    s.title = std::move(input.title);
    s.description = std::move(input.description);
    s.audience = input.audience;
    s.audience_values = std::move(input.audience_values);
    s.anonymity = input.anonymity;
    s.opens_at = input.opens_at;
    s.closes_at = input.closes_at;
    if (input.event != s.event) {
      auto facts = surroundings_.event(input.event);
      if (!facts) return std::unexpected(facts.error());
      if (input.event != 0 && !*facts) return fail(ErrorKind::invalid, N_("There is no such event."), "event");
    }
    s.event = input.event;
    s.definition = std::move(input.definition);
    s.updated_at = now();
    auto updated = store.update_survey(s, revision);
    if (!updated) return std::unexpected(updated.error());
    if (!*updated)
      return fail(ErrorKind::conflict, N_("Someone changed this survey meanwhile. Reload it and make your change again."), "revision");
    s.revision = revision + 1;
    return store.append_audit(audit(who, "survey.changed", id, "version " + std::to_string(s.version)));
  });
  if (!done) return std::unexpected(done.error());
  return s;
}

Result<Sheet> SurveyService::sheet(const Principal& who, SurveyId id, const Respondent& respondent) {
  Sheet out;
  auto read = repository_.read([&](SurveyStore& store) -> Status {
    auto s = load(store, id);
    if (!s) return std::unexpected(s.error());
    auto key = respondent_key(who, *s, respondent);
    if (!key) return std::unexpected(key.error());
    auto open = open_now(*s);
    if (!open) return std::unexpected(open.error());
    out.open = *open;
    out.version = s->version;
    out.definition = s->definition;
    if (!key->empty()) {
      auto response = store.response(id, *key);
      if (!response) return std::unexpected(response.error());
      if (*response) {
        out.state = (*response)->state;
        out.answers = (*response)->answers;
        if ((*response)->version != s->version) {
          auto earlier = store.definition(id, (*response)->version);
          if (!earlier) return std::unexpected(earlier.error());
          if (*earlier) out.definition = std::move(**earlier);
          out.version = (*response)->version;
        }
      }
    }
    out.survey = std::move(*s);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<Sheet> SurveyService::answer(const Principal& who, SurveyId id, const Respondent& respondent,
                                    const std::string& section, const json::value& given, Step step) {
  if (who.signed_in()) {
    if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  }
  Sheet out;
  auto done = repository_.transaction([&](SurveyStore& store) -> Status {
    auto s = load(store, id);
    if (!s) return std::unexpected(s.error());
    auto key = respondent_key(who, *s, respondent);
    if (!key) return std::unexpected(key.error());
    if (key->empty()) return fail(ErrorKind::invalid, N_("Your browser must accept cookies to answer through this link."));
    if (now() < s->opens_at) return fail(ErrorKind::conflict, N_("This survey is not open yet."));
    if (s->closes_at != 0 && now() >= s->closes_at) return fail(ErrorKind::conflict, N_("This survey is closed."));
    if (auto open = open_now(*s); !open) return std::unexpected(open.error());
    else if (!*open) return fail(ErrorKind::conflict, N_("The feedback form opens when the event ends."));
    auto stored = store.response(id, *key);
    if (!stored) return std::unexpected(stored.error());
    Response r;
    r.survey = id;
    r.version = s->version;
    r.respondent = *key;
    Definition definition = s->definition;
    if (*stored) {
      if ((*stored)->state == ResponseState::submitted)
        return fail(ErrorKind::conflict, N_("You have already answered this survey. Thank you!"));
      r = std::move(**stored);
      if (r.version != s->version) {
        auto earlier = store.definition(id, r.version);
        if (!earlier) return std::unexpected(earlier.error());
        if (*earlier) definition = std::move(**earlier);
      }
    }
    if (!section.empty() && !definition.section(section))
      return fail(ErrorKind::invalid, N_("The survey has no such section."), "section");
    auto answers = read_answers(definition, section, given, r.answers,
                                step == Step::save ? Completeness::partial : Completeness::complete);
    if (!answers) return std::unexpected(answers.error());
    r.answers = std::move(*answers);
    if (step == Step::submit) {
      if (auto complete = check_complete(definition, r.answers); !complete) return std::unexpected(complete.error());
      r.state = ResponseState::submitted;
    }
    const bool identified = s->anonymity == Anonymity::identified;
    r.user = identified ? who.user : std::nullopt;
    r.submitted_at = identified && step == Step::submit ? now() : 0;
    if (who.signed_in()) {
      auto profile = surroundings_.profile(*who.user);
      if (!profile) return std::unexpected(profile.error());
      r.profile = *profile;
      r.profile.area = first_area(who);
    }
    if (auto saved = store.save_response(r); !saved) return std::unexpected(saved.error());
    // An anonymous response's line names no one: not the actor, nor their address.
    auto line = audit(who, step == Step::submit ? "survey.answered" : "survey.draft_saved", id,
                      "version " + std::to_string(r.version));
    if (!identified) {
      line.actor.reset();
      line.actor_label = "anonymous";
      line.client.clear();
    }
    if (auto logged = store.append_audit(line); !logged) return std::unexpected(logged.error());
    out.version = r.version;
    out.definition = std::move(definition);
    out.answers = r.answers;
    out.state = r.state;
    out.open = true;
    out.survey = std::move(*s);
    return {};
  });
  if (!done) return std::unexpected(done.error());
  return out;
}

Result<std::optional<SurveyId>> SurveyService::feedback_form(const Principal& who, std::int64_t event) {
  std::optional<SurveyId> out;
  if (!who.signed_in()) return out;
  auto read = repository_.read([&](SurveyStore& store) -> Status {
    auto id = store.event_survey(event);
    if (!id) return std::unexpected(id.error());
    if (!*id) return {};
    auto s = load(store, **id);
    if (!s) return std::unexpected(s.error());
    auto audience = in_audience(who, *s);
    if (!audience) return std::unexpected(audience.error());
    auto open = open_now(*s);
    if (!open) return std::unexpected(open.error());
    if (*audience && *open) out = s->id;
    return {};
  });
  if (!read) return std::unexpected(read.error());
  return out;
}

Result<int> SurveyService::invite_attendees(const Principal& who, SurveyId id) {
  if (auto ok = require_write(who); !ok) return std::unexpected(ok.error());
  std::vector<Attendee> waiting;
  std::string title;
  auto done = repository_.transaction([&](SurveyStore& store) -> Status {
    auto s = load(store, id);
    if (!s) return std::unexpected(s.error());
    if (!accounts::allowed(who, Action::run_foresight, {.user = s->organiser}))
      return fail(ErrorKind::forbidden, N_("Only the survey's organiser may change it."));
    if (s->event == 0) return fail(ErrorKind::conflict, N_("Only an event's feedback form is mailed to its attendees."));
    auto open = open_now(*s);
    if (!open) return std::unexpected(open.error());
    if (!*open) return fail(ErrorKind::conflict, N_("The feedback form opens when the event ends."));
    auto facts = surroundings_.event(s->event);
    if (!facts) return std::unexpected(facts.error());
    if (!*facts) return fail(ErrorKind::not_found, N_("There is no such event."));
    title = (*facts)->title;
    for (const auto& a : (*facts)->attendees) {
      // Those who have sent their answers are not asked again.
      std::string person = "user:" + std::to_string(a.user.value());
      std::string key = s->anonymity == Anonymity::identified ? person : surroundings_.respondent_key(id, person);
      auto response = store.response(id, key);
      if (!response) return std::unexpected(response.error());
      if (!*response || (*response)->state != ResponseState::submitted) waiting.push_back(a);
    }
    return store.append_audit(audit(who, "survey.invited", id, std::to_string(waiting.size()) + " mailed"));
  });
  if (!done) return std::unexpected(done.error());
  // The outbox has its own transaction: mailed once the invitation is recorded.
  for (const auto& a : waiting) {
    MailText mail{N_("Your feedback on {event}"),
                  N_("Thank you for taking part in {event}. Please tell the organisers what you thought of it; it takes a few minutes: {link}"),
                  {{"event", title}},
                  "/foresight/surveys/" + std::to_string(id.value())};
    if (auto sent = surroundings_.queue_mail(a, mail); !sent) return std::unexpected(sent.error());
  }
  return int(waiting.size());
}

}  // namespace cps::surveys
