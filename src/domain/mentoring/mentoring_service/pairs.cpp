// Mentoring pairs: the learner's request with its refusals, what each side may do, and each
// step of the pair's course, mailed to the other side.
#include <algorithm>

#include "domain/accounts/policy.hpp"
#include "domain/mentoring/mentoring_service.hpp"
#include "i18n/catalogue.hpp"

namespace cps::mentoring {

using accounts::Action;
using accounts::Principal;
using i18n::N_;

namespace {

std::unexpected<Error> not_found() { return fail(ErrorKind::not_found, "Not found."); }

bool writes(const Principal& who) {
  return who.signed_in() && !(who.via == Principal::Via::api_token && who.token_scope != accounts::TokenScope::write);
}

bool administers(const Principal& who) { return who.has(accounts::Role::platform_admin); }

std::string target_of(RequestId id) { return "mentoring:" + std::to_string(id.value()); }

}  // namespace

Status MentoringService::describe(MentoringRequest& r, const std::string& language) {
  for (auto [id, name] : {std::pair{r.learner, &r.learner_name}, {r.mentor, &r.mentor_name}}) {
    auto person = surroundings_.person(id);
    if (!person) return std::unexpected(person.error());
    *name = *person ? (*person)->name : std::string();
    if (id == r.mentor && *person && (*person)->organisation) {
      auto organisation = surroundings_.organisation(*(*person)->organisation);
      if (!organisation) return std::unexpected(organisation.error());
      if (*organisation) r.mentor_organisation = (*organisation)->name;
    }
  }
  auto region = surroundings_.region_name(r.need.region);
  if (!region) return std::unexpected(region.error());
  r.region_name = region->value_or(r.need.region.str());
  auto title = surroundings_.topic_title(r.need.need, language);
  if (!title) return std::unexpected(title.error());
  r.need_title = title->value_or(r.need.need);
  return {};
}

Capabilities MentoringService::capabilities(const Principal& who, const MentoringRequest& r) const {
  Capabilities can;
  if (!who.user) return can;
  if (*who.user == r.learner) can.side = Side::learner;
  if (*who.user == r.mentor) can.side = Side::mentor;
  if (!can.side || !writes(who)) return can;
  can.answer = *can.side == Side::mentor && r.status == RequestStatus::requested;
  can.withdraw = *can.side == Side::learner && r.status == RequestStatus::requested;
  can.agree_goals = can.record_meeting = can.record_outcome = r.status == RequestStatus::accepted;
  can.give_feedback = r.status == RequestStatus::completed && r.feedback_of(*can.side) == nullptr;
  return can;
}

Result<MentoringRequest> MentoringService::request(const Principal& who, RequestInput input,
                                                   const std::string& language) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!writes(who)) return fail(ErrorKind::forbidden, "This API token may only read.");
  if (!accounts::allowed(who, Action::request_mentoring, accounts::Target{.user = who.user}))
    return fail(ErrorKind::forbidden, "You may not do this.");
  if (input.mentor == *who.user)
    return fail(ErrorKind::unprocessable, "You cannot ask yourself for mentoring.", "mentor");
  auto region = surroundings_.region_name(input.need.region);
  if (!region) return std::unexpected(region.error());
  if (!*region) return fail(ErrorKind::unprocessable, "Choose a region of the partnership.", "region");
  auto topic = surroundings_.topic_title(input.need.need, language);
  if (!topic) return std::unexpected(topic.error());
  if (!*topic) return fail(ErrorKind::unprocessable, "Choose the criterion or thematic area you need help with.", "need");
  auto mentor = surroundings_.person(input.mentor);
  if (!mentor) return std::unexpected(mentor.error());
  if (!*mentor) return fail(ErrorKind::unprocessable, "This person does not offer mentoring at the moment.", "mentor");
  if (!(*mentor)->organisation)
    return fail(ErrorKind::unprocessable, "The mentor's organisation is not in the experienced group.", "mentor");
  auto organisation = surroundings_.organisation(*(*mentor)->organisation);
  if (!organisation) return std::unexpected(organisation.error());
  if (!*organisation || !(*organisation)->experienced)
    return fail(ErrorKind::unprocessable, "The mentor's organisation is not in the experienced group.", "mentor");

  MentoringRequest r;
  r.learner = *who.user;
  r.mentor = input.mentor;
  r.need = std::move(input.need);
  r.message = std::move(input.message);
  r.created_at = r.updated_at = now();
  auto done = repository_.transaction([&](MentoringStore& store) -> Status {
    auto offer = store.offer(input.mentor);
    if (!offer) return std::unexpected(offer.error());
    if (!*offer || !(*offer)->active || (*offer)->organisation != *(*mentor)->organisation)
      return fail(ErrorKind::unprocessable, "This person does not offer mentoring at the moment.", "mentor");
    // Checked inside the transaction, so that two requests at once cannot both pass.
    RequestFilter mine;
    mine.learner = r.learner;
    auto existing = store.requests(mine);
    if (!existing) return std::unexpected(existing.error());
    for (const auto& e : *existing)
      if (e.mentor == r.mentor && is_open(e.status))
        return fail(ErrorKind::conflict, "You already have an open mentoring request with this mentor.", "mentor");
    if ((*offer)->free_places() == 0)
      return fail(ErrorKind::conflict, "This mentor has no free place at the moment; choose another mentor or ask later.",
                  "mentor");
    auto id = store.insert_request(r);
    if (!id) return std::unexpected(id.error());
    r.id = *id;
    return store.append_audit(audit(who, "mentoring.requested", target_of(r.id),
                                    "mentor user:" + std::to_string(r.mentor.value()) + ", " + r.need.region.str() +
                                        " " + r.need.need));
  });
  if (!done) return std::unexpected(done.error());
  MailText mail{N_("A mentoring request from {learner}"),
                N_("{learner} asks you to mentor them on \"{need}\" for {region}:\n\n{message}\n\nAnswer the "
                   "request on the platform: {link}"),
                {{"learner", who.display_name},
                 {"need", **topic},
                 {"region", **region},
                 {"message", r.message},
                 {"link", "/mentoring/" + std::to_string(r.id.value())}}};
  if (auto sent = surroundings_.queue_mail(**mentor, mail); !sent) return std::unexpected(sent.error());
  return get(who, r.id, language);
}

Result<MentoringRequest> MentoringService::get(const Principal& who, RequestId id, const std::string& language) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::optional<MentoringRequest> found;
  auto read = repository_.read([&](MentoringStore& store) -> Status {
    auto r = store.request(id);
    if (!r) return std::unexpected(r.error());
    found = std::move(*r);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  if (!found || (found->learner != *who.user && found->mentor != *who.user && !administers(who))) return not_found();
  if (auto ok = describe(*found, language); !ok) return std::unexpected(ok.error());
  return std::move(*found);
}

Result<MyMentoring> MentoringService::mine(const Principal& who, const std::string& language) {
  if (!who.user) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  MyMentoring out;
  auto read = repository_.read([&](MentoringStore& store) -> Status {
    RequestFilter f;
    f.learner = who.user;
    auto learner = store.requests(f);
    if (!learner) return std::unexpected(learner.error());
    out.as_learner = std::move(*learner);
    f.learner.reset();
    f.mentor = who.user;
    auto mentor = store.requests(f);
    if (!mentor) return std::unexpected(mentor.error());
    out.as_mentor = std::move(*mentor);
    return {};
  });
  if (!read) return std::unexpected(read.error());
  for (auto* list : {&out.as_learner, &out.as_mentor})
    for (auto& r : *list)
      if (auto ok = describe(r, language); !ok) return std::unexpected(ok.error());
  auto offer = my_offer(who);
  if (!offer) return std::unexpected(offer.error());
  out.offer = std::move(*offer);
  return out;
}

Result<MentoringRequest> MentoringService::step(const Principal& who, RequestId id, int revision,
                                                std::optional<Side> only, bool Capabilities::*allowed,
                                                const char* action,
                                                const std::function<Status(MentoringStore&, MentoringRequest&)>& change,
                                                const MailText& mail) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!writes(who)) return fail(ErrorKind::forbidden, "This API token may only read.");
  accounts::UserId other;
  auto done = repository_.transaction([&](MentoringStore& store) -> Status {
    auto found = store.request(id);
    if (!found) return std::unexpected(found.error());
    if (!*found || ((*found)->learner != *who.user && (*found)->mentor != *who.user && !administers(who)))
      return not_found();
    MentoringRequest& r = **found;
    Capabilities can = capabilities(who, r);
    if (!can.side) return fail(ErrorKind::forbidden, "Only the learner and the mentor of this pair can do this.");
    // The other side's step (the learner answering, the mentor withdrawing) is not theirs to take.
    if (only && *can.side != *only) return fail(ErrorKind::forbidden, "You may not do this.");
    if (!(can.*allowed))
      return fail(ErrorKind::conflict, "This cannot be done at this stage of the mentoring.");
    if (revision >= 0 && revision != r.revision)
      return fail(ErrorKind::conflict,
                  "The other side changed this mentoring since you opened it. Nothing was saved; open it again.",
                  "revision");
    other = *can.side == Side::learner ? r.mentor : r.learner;
    const int stored = r.revision;
    if (auto ok = change(store, r); !ok) return ok;
    r.updated_at = now();
    auto written = store.update_request(r, stored);
    if (!written) return std::unexpected(written.error());
    if (!*written)
      return fail(ErrorKind::conflict,
                  "The other side changed this mentoring since you opened it. Nothing was saved; open it again.",
                  "revision");
    return store.append_audit(audit(who, action, target_of(id), std::string(to_string(r.status))));
  });
  if (!done) return std::unexpected(done.error());
  auto to = surroundings_.person(other);
  if (!to) return std::unexpected(to.error());
  if (*to) {
    MailText filled = mail;
    filled.values.emplace_back("name", who.display_name);
    filled.values.emplace_back("link", "/mentoring/" + std::to_string(id.value()));
    if (auto sent = surroundings_.queue_mail(**to, filled); !sent) return std::unexpected(sent.error());
  }
  return get(who, id, "en");
}

Result<MentoringRequest> MentoringService::answer(const Principal& who, RequestId id, int revision, AnswerInput input) {
  const bool accept = input.answer == Answer::accept;
  MailText mail = accept ? MailText{N_("{name} accepted your mentoring request"),
                                    N_("{name} accepted your mentoring request. {reason}\n\nAgree your goals and plan "
                                       "the first meeting: {link}"),
                                    {{"reason", input.reason}}}
                         : MailText{N_("{name} declined your mentoring request"),
                                    N_("{name} declined your mentoring request: {reason}\n\nOther mentors on the same "
                                       "need are listed on the platform: {link}"),
                                    {{"reason", input.reason}}};
  return step(who, id, revision, Side::mentor, &Capabilities::answer, accept ? "mentoring.accepted" : "mentoring.declined",
              [&](MentoringStore& store, MentoringRequest& r) -> Status {
                if (accept) {
                  // Capacity counts accepted pairs, so a mentor cannot take more than offered.
                  auto offer = store.offer(r.mentor);
                  if (!offer) return std::unexpected(offer.error());
                  if (*offer && (*offer)->free_places() == 0)
                    return fail(ErrorKind::conflict,
                                "You mentor as many pairs as your offer allows. Close a pair or raise your capacity "
                                "first.",
                                "answer");
                }
                r.status = accept ? RequestStatus::accepted : RequestStatus::declined;
                r.answer_reason = input.reason;
                r.answered_at = now();
                if (!accept) r.closed_at = r.answered_at;
                return {};
              },
              mail);
}

Result<MentoringRequest> MentoringService::withdraw(const Principal& who, RequestId id, int revision) {
  return step(who, id, revision, Side::learner, &Capabilities::withdraw, "mentoring.withdrawn",
              [&](MentoringStore&, MentoringRequest& r) -> Status {
                r.status = RequestStatus::withdrawn;
                r.closed_at = now();
                return {};
              },
              MailText{N_("{name} withdrew a mentoring request"),
                       N_("{name} withdrew the mentoring request sent to you: {link}"), {}});
}

Result<MentoringRequest> MentoringService::agree_goals(const Principal& who, RequestId id, int revision,
                                                       std::string goals) {
  return step(who, id, revision, std::nullopt, &Capabilities::agree_goals, "mentoring.goals_agreed",
              [&](MentoringStore&, MentoringRequest& r) -> Status {
                r.goals = goals;
                return {};
              },
              MailText{N_("Mentoring goals written down by {name}"),
                       N_("{name} wrote down the goals of your mentoring:\n\n{goals}\n\n{link}"), {{"goals", goals}}});
}

Result<MentoringRequest> MentoringService::record_meeting(const Principal& who, RequestId id, int revision,
                                                          Meeting meeting) {
  meeting.recorded_by = who.user;
  meeting.recorded_at = now();
  return step(who, id, revision, std::nullopt, &Capabilities::record_meeting, "mentoring.meeting_recorded",
              [&](MentoringStore& store, MentoringRequest&) -> Status {
                auto added = store.insert_meeting(id, meeting);
                if (!added) return std::unexpected(added.error());
                return {};
              },
              MailText{N_("A mentoring meeting recorded by {name}"),
                       N_("{name} recorded the meeting of {date}:\n\n{notes}\n\n{link}"),
                       {{"date", meeting.held_on}, {"notes", meeting.notes}}});
}

Result<MentoringRequest> MentoringService::record_outcome(const Principal& who, RequestId id, int revision,
                                                          OutcomeInput outcome) {
  return step(who, id, revision, std::nullopt, &Capabilities::record_outcome, "mentoring.completed",
              [&](MentoringStore&, MentoringRequest& r) -> Status {
                r.outcome = outcome.result;
                r.outcome_text = outcome.text;
                r.status = RequestStatus::completed;
                r.closed_at = now();
                return {};
              },
              MailText{N_("{name} closed your mentoring"),
                       N_("{name} recorded the outcome of your mentoring and closed it:\n\n{outcome}\n\nPlease give "
                          "your feedback on it: {link}"),
                       {{"outcome", outcome.text}}});
}

Result<MentoringRequest> MentoringService::give_feedback(const Principal& who, RequestId id, Feedback feedback) {
  feedback.given_at = now();
  return step(who, id, -1, std::nullopt, &Capabilities::give_feedback, "mentoring.feedback_given",
              [&](MentoringStore& store, MentoringRequest& r) -> Status {
                feedback.side = r.learner == *who.user ? Side::learner : Side::mentor;
                return store.insert_feedback(id, feedback);
              },
              MailText{N_("{name} gave feedback on your mentoring"),
                       N_("{name} rated your mentoring {rating} of 5: {comment}\n\n{link}"),
                       {{"rating", std::to_string(feedback.rating)}, {"comment", feedback.comment}}});
}

}  // namespace cps::mentoring
