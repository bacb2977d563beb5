// Mentoring pairs' pages: one's pairs as learner and as mentor, the request form, and a pair's
// page with the forms of each step (answer, withdraw, goals, meetings, outcome, feedback).
#include "web/mentoring/parts.hpp"

namespace cps::web {

using namespace mentoring_parts;
namespace json = boost::json;

namespace {

// The revision a form started from (0 when missing, which the service refuses as stale).
int revision_of(const Form& f) {
  auto n = text::parse_int(f.get("revision"));
  return n && *n > 0 && *n < 1'000'000'000 ? int(*n) : 0;
}

http::Response sign_in_first(const Site& site, const http::Request& r, i18n::Language lang) {
  return see_other(site, r, Site::prefix(lang) + "/login?next=" + text::encode_uri_component(std::string(r.raw.target())));
}

Object row_of(const Site& site, i18n::Language lang, const MentoringRequest& x, bool as_learner) {
  return Object{{"href", pair_href(lang, x.id)},
                {"other", as_learner ? x.mentor_name : x.learner_name},
                {"organisation", as_learner ? x.mentor_organisation : std::string()},
                {"need", x.need_title},
                {"region", x.region_name + " (" + x.need.region.str() + ")"},
                {"status", site.tr(lang, status_label(x.status))},
                {"status_code", std::string(to_string(x.status))},
                {"since", moment_text(site.catalogue(), lang, x.created_at)}};
}

}  // namespace

http::Response MentoringPages::mine(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return sign_in_first(site_, r, lang);
  auto found = mentoring_.mine(v.principal, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  List learner, mentor;
  for (const auto& x : found->as_learner) learner.push_back(row_of(site_, lang, x, true));
  for (const auto& x : found->as_mentor) mentor.push_back(row_of(site_, lang, x, false));
  Object data{{"as_learner", learner},
              {"has_learner", !learner.empty()},
              {"as_mentor", mentor},
              {"has_mentor", !mentor.empty()},
              {"has_offer", found->offer.has_value()},
              {"hub_href", Site::prefix(lang) + "/matchmaking"},
              {"mentors_href", Site::prefix(lang) + "/matchmaking/mentors"},
              {"offer_href", Site::prefix(lang) + "/matchmaking/offer"}};
  if (found->offer)
    data["offer_text"] = text::fill(site_.tr(lang, N_("Your offer: {open} of {capacity} pairs under way.")),
                                    {{"open", std::to_string(found->offer->open_pairs)},
                                     {"capacity", std::to_string(found->offer->capacity)}});
  return site_.page(r, lang, "mentoring_list", site_.tr(lang, N_("My mentoring")), std::move(data));
}

http::Response MentoringPages::new_request(http::Request& r, Language lang, const Visit& v) {
  return new_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response MentoringPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::object given{{"mentor", f.get("mentor")},
                     {"region", f.get("region")},
                     {"need", f.get("need")},
                     {"message", f.get("message")}};
  auto input = read_request(given);
  if (!input) return new_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = mentoring_.request(v.principal, std::move(*input), std::string(i18n::code(lang)));
  if (!made) return new_page(r, lang, v, &f, form_error(site_, lang, made.error()), form_status(made.error()));
  return see_other(site_, r, pair_href(lang, made->id) + "?done=requested");
}

http::Response MentoringPages::new_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                        Object extra, Status status) {
  if (!v.principal.signed_in()) return sign_in_first(site_, r, lang);
  const std::string language(i18n::code(lang));
  auto field = [&](const char* name) { return typed ? typed->get(name) : r.query_value(name).value_or(""); };
  std::string mentor = field("mentor"), region = text::to_upper_ascii(field("region")), need = field("need");
  auto offers = mentoring_.mentors(v.principal, {}, language);
  if (!offers) return site_.error_page(r, offers.error());
  List mentors;
  for (const auto& o : *offers) {
    if (v.principal.user && o.mentor == *v.principal.user) continue;
    std::string id = std::to_string(o.mentor.value());
    std::string label = o.mentor_name + " · " + o.organisation_name;
    if (o.free_places() == 0) label += " · " + site_.tr(lang, N_("no free place"));
    mentors.push_back(Object{{"id", id}, {"label", label}, {"selected", id == mentor}});
  }
  List regions;
  reference::RegionQueryInput level_two;
  level_two.level = "2";
  if (region.empty())
    if (auto home = mentoring_.home_region(v.principal); home && *home) region = (*home)->str();
  if (auto query = reference_.parse_region_query(level_two, reference::ReferenceService::Paging::all))
    if (auto found = reference_.find_regions(*query))
      for (const auto& rg : found->regions)
        regions.push_back(Object{{"code", rg.code.str()},
                                 {"name", rg.name_latin + " (" + rg.code.str() + ")"},
                                 {"selected", rg.code.str() == region}});
  List needs;
  if (auto all = mentoring_.topics(language))
    for (const auto& t : *all) {
      std::string code = t.key.substr(t.key.find(':') + 1);
      needs.push_back(Object{{"key", t.key}, {"label", code + " · " + t.title}, {"selected", t.key == need}});
    }
  Object data{{"mentors", mentors},
              {"regions", regions},
              {"needs", needs},
              {"message", typed ? typed->get("message") : std::string()},
              {"action", Site::prefix(lang) + "/mentoring"},
              {"hub_href", Site::prefix(lang) + "/matchmaking"},
              {"mentors_href", Site::prefix(lang) + "/matchmaking/mentors"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "mentoring_new", site_.tr(lang, N_("Ask for mentoring")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response MentoringPages::pair(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return sign_in_first(site_, r, lang);
  return pair_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response MentoringPages::after_step(http::Request& r, Language lang, const Visit& v, const Form& f,
                                          const Result<MentoringRequest>& done, const char* notice) {
  if (!done) return pair_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, pair_href(lang, done->id) + "?done=" + notice);
}

http::Response MentoringPages::answer(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_answer(json::object{{"answer", f.get("answer")}, {"reason", f.get("reason")}});
  if (!input) return pair_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  const char* notice = input->answer == Answer::accept ? "accepted" : "declined";
  return after_step(r, lang, v, f, mentoring_.answer(v.principal, *id, revision_of(f), std::move(*input)), notice);
}

http::Response MentoringPages::withdraw(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  return after_step(r, lang, v, f, mentoring_.withdraw(v.principal, *id, revision_of(f)), "withdrawn");
}

http::Response MentoringPages::goals(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto goals = read_goals(json::object{{"goals", f.get("goals")}});
  if (!goals) return pair_page(r, lang, v, &f, form_error(site_, lang, goals.error()), form_status(goals.error()));
  return after_step(r, lang, v, f, mentoring_.agree_goals(v.principal, *id, revision_of(f), std::move(*goals)), "goals");
}

http::Response MentoringPages::meeting(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto meeting = read_meeting(json::object{{"date", f.get("date")}, {"notes", f.get("notes")}});
  if (!meeting) return pair_page(r, lang, v, &f, form_error(site_, lang, meeting.error()), form_status(meeting.error()));
  return after_step(r, lang, v, f, mentoring_.record_meeting(v.principal, *id, revision_of(f), std::move(*meeting)),
                    "meeting");
}

http::Response MentoringPages::outcome(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto outcome = read_outcome(json::object{{"result", f.get("result")}, {"text", f.get("text")}});
  if (!outcome) return pair_page(r, lang, v, &f, form_error(site_, lang, outcome.error()), form_status(outcome.error()));
  return after_step(r, lang, v, f, mentoring_.record_outcome(v.principal, *id, revision_of(f), std::move(*outcome)),
                    "completed");
}

http::Response MentoringPages::feedback(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto feedback = read_feedback(json::object{{"rating", f.get("rating")}, {"comment", f.get("comment")}});
  if (!feedback)
    return pair_page(r, lang, v, &f, form_error(site_, lang, feedback.error()), form_status(feedback.error()));
  return after_step(r, lang, v, f, mentoring_.give_feedback(v.principal, *id, std::move(*feedback)), "feedback");
}

http::Response MentoringPages::pair_page(http::Request& r, Language lang, const Visit& v, const Form* typed,
                                         Object extra, Status status) {
  auto id = http::path_id<RequestId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = mentoring_.get(v.principal, *id, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  const MentoringRequest& x = *found;
  const Capabilities can = mentoring_.capabilities(v.principal, x);
  const auto& cat = site_.catalogue();
  const std::string base = pair_href(lang, x.id);
  List meetings, feedback, results, ratings;
  for (const auto& m : x.meetings)
    meetings.push_back(Object{{"date", day_text(cat, lang, m.held_on)}, {"notes", m.notes}});
  for (const auto& fb : x.feedback)
    feedback.push_back(Object{{"who", fb.side == Side::learner ? x.learner_name : x.mentor_name},
                              {"side", site_.tr(lang, fb.side == Side::learner ? N_("learner") : N_("mentor"))},
                              {"rating", text::fill(site_.tr(lang, N_("{rating} of 5")), {{"rating", std::to_string(fb.rating)}})},
                              {"comment", fb.comment}});
  auto typed_or = [&](const char* name, const std::string& fallback) { return typed ? typed->get(name) : fallback; };
  for (const auto& n : kOutcomeResultNames)
    results.push_back(Object{{"code", std::string(n.name)},
                             {"name", site_.tr(lang, outcome_label(n.value))},
                             {"checked", typed_or("result", "achieved") == n.name}});
  for (int i = 5; i >= 1; --i)
    ratings.push_back(Object{{"value", std::to_string(i)}, {"checked", typed_or("rating", "") == std::to_string(i)}});
  Object data{{"id", std::to_string(x.id.value())},
              {"revision", std::to_string(x.revision)},
              {"title", text::fill(site_.tr(lang, N_("Mentoring on {need}")), {{"need", x.need_title}})},
              {"learner", x.learner_name},
              {"mentor", x.mentor_name},
              {"mentor_organisation", x.mentor_organisation},
              {"region", x.region_name + " (" + x.need.region.str() + ")"},
              {"need", x.need_title},
              {"need_code", x.need.need.substr(x.need.need.find(':') + 1)},
              {"message", x.message},
              {"status", site_.tr(lang, status_label(x.status))},
              {"status_code", std::string(to_string(x.status))},
              {"since", moment_text(cat, lang, x.created_at)},
              {"reason", x.answer_reason},
              {"has_reason", !x.answer_reason.empty()},
              {"goals", x.goals},
              {"has_goals", !x.goals.empty()},
              {"meetings", meetings},
              {"has_meetings", !meetings.empty()},
              {"has_outcome", x.outcome.has_value()},
              {"outcome", x.outcome ? site_.tr(lang, outcome_label(*x.outcome)) : std::string()},
              {"outcome_text", x.outcome_text},
              {"feedback", feedback},
              {"has_feedback", !feedback.empty()},
              {"can_answer", can.answer},
              {"can_withdraw", can.withdraw},
              {"can_goals", can.agree_goals},
              {"can_meeting", can.record_meeting},
              {"can_outcome", can.record_outcome},
              {"can_feedback", can.give_feedback},
              {"is_learner", can.side == Side::learner},
              {"typed_goals", typed_or("goals", x.goals)},
              {"typed_reason", typed_or("reason", "")},
              {"typed_date", typed_or("date", "")},
              {"typed_notes", typed_or("notes", "")},
              {"typed_text", typed_or("text", "")},
              {"typed_comment", typed_or("comment", "")},
              {"results", results},
              {"ratings", ratings},
              {"base", base},
              {"mine_href", Site::prefix(lang) + "/mentoring"}};
  if (auto done = r.query_value("done")) {
    static constexpr std::pair<const char*, const char*> kNotices[] = {
        {"requested", N_("Your request is sent; the mentor gets an e-mail.")},
        {"accepted", N_("You accepted the request. Agree your goals next.")},
        {"declined", N_("You declined the request; the learner gets an e-mail.")},
        {"withdrawn", N_("You withdrew the request.")},
        {"goals", N_("The goals are saved.")},
        {"meeting", N_("The meeting is recorded.")},
        {"completed", N_("The mentoring is closed. Please give your feedback.")},
        {"feedback", N_("Thank you for your feedback.")}};
    for (const auto& [key, message] : kNotices)
      if (*done == key) data["notice"] = site_.tr(lang, message);
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "mentoring_request", site_.tr(lang, N_("Mentoring")), std::move(data),
                    PageOptions{status, {}, {}});
}

}  // namespace cps::web
