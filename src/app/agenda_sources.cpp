// The start page's sources (see agenda_sources.hpp).
#include "app/agenda_sources.hpp"

#include <algorithm>

namespace cps::app {

using agenda::Entry;
using agenda::Kind;

namespace {

// What a person may not do at all in a feature is nothing waiting there for them; any other
// failure (the database) fails the start page.
bool nothing_for_them(const Error& e) {
  return e.kind == ErrorKind::forbidden || e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::not_found;
}

// The first words of a text, at most `limit` code points, on a character boundary, with "…"
// when cut: a question's text standing as its title.
std::string first_words(const std::string& text, std::size_t limit = 120) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (text[i] == '\n') return text.substr(0, i) + "…";
    if (points++ == limit) return text.substr(0, i) + "…";
  }
  return text;
}

Entry entry(Kind kind, std::string title, std::string path, std::string due = {}, std::string context = {}) {
  Entry e;
  e.kind = kind;
  e.title = std::move(title);
  e.path = std::move(path);
  e.due = std::move(due);
  e.context = std::move(context);
  return e;
}

}  // namespace

AgendaEntries ItemsToReview::waiting_for(const accounts::Principal& who, std::string_view, const std::string& language) {
  knowledge::ItemFilter filter;
  filter.status = knowledge::ItemStatus::in_review;
  auto found = knowledge_.list(who, filter, "date", 100, 0);
  if (!found) return nothing_for_them(found.error()) ? AgendaEntries{} : std::unexpected(found.error());
  std::vector<Entry> out;
  for (const auto& item : found->first) {
    // Whoever sent their own item to review waits for somebody else.
    if (item.author && item.author == who.user) continue;
    const auto& areas = item.content.areas;
    out.push_back(entry(Kind::item_review, item.text(language).title, "/knowledge/" + std::to_string(item.id.value()),
                        "", areas.empty() ? "" : areas.front()));
  }
  return out;
}

AgendaEntries AssessmentsWaiting::waiting_for(const accounts::Principal& who, std::string_view, const std::string&) {
  std::vector<Entry> out;
  auto region_name = [&](const RegionCode& code) {
    auto found = reference_.region(code.str());
    return found ? found->region.name_latin + " (" + code.str() + ")" : code.str();
  };
  if (who.organisation) {
    assessment::AssessmentFilter mine;
    mine.organisation = who.organisation;
    mine.statuses = {assessment::AssessmentStatus::draft};
    auto drafts = assessments_.list(who, mine);
    if (!drafts && !nothing_for_them(drafts.error())) return std::unexpected(drafts.error());
    if (drafts)
      for (const auto& a : *drafts) {
        Entry e = entry(Kind::assessment_to_fill, region_name(a.region), "/assessments/" + std::to_string(a.id.value()));
        e.period = a.period;
        out.push_back(std::move(e));
      }
  }
  assessment::AssessmentFilter reviews;
  reviews.reviewer = who.user;
  auto asked = assessments_.list(who, reviews);
  if (!asked && !nothing_for_them(asked.error())) return std::unexpected(asked.error());
  if (asked)
    for (const auto& listed : *asked) {
      if (listed.status != assessment::AssessmentStatus::submitted &&
          listed.status != assessment::AssessmentStatus::in_review)
        continue;
      // The listing holds the header; the reviewers come with the whole assessment.
      auto whole = assessments_.assessment(who, listed.id);
      if (!whole) {
        if (nothing_for_them(whole.error())) continue;
        return std::unexpected(whole.error());
      }
      bool waiting = std::ranges::any_of(whole->reviewers, [&](const assessment::Reviewer& r) {
        return r.user == who.user && (r.status == assessment::ReviewerStatus::invited ||
                                      r.status == assessment::ReviewerStatus::accepted);
      });
      if (!waiting) continue;
      Entry e = entry(Kind::assessment_review, region_name(listed.region),
                      "/assessments/" + std::to_string(listed.id.value()));
      e.period = listed.period;
      out.push_back(std::move(e));
    }
  return out;
}

AgendaEntries ReportsDue::waiting_for(const accounts::Principal& who, std::string_view today, const std::string&) {
  if (!who.organisation) return std::vector<Entry>{};
  auto overview = monitoring_.reports_overview(who);
  if (!overview) return nothing_for_them(overview.error()) ? AgendaEntries{} : std::unexpected(overview.error());
  std::vector<Entry> out;
  for (const auto& row : overview->rows) {
    if (row.partner.id != *who.organisation) continue;
    for (std::size_t i = 0; i < overview->periods.size() && i < row.by_period.size(); ++i) {
      const auto& period = overview->periods[i];
      // A period's report is asked for once the period has begun, until it is submitted.
      if (period.starts.empty() || period.starts > today) continue;
      const auto& report = row.by_period[i];
      if (report && (report->status == monitoring::ReportStatus::submitted ||
                     report->status == monitoring::ReportStatus::approved))
        continue;
      Entry e = entry(Kind::report_due, row.partner.name,
                      report ? "/monitoring/reports/" + std::to_string(report->id.value()) : "/monitoring/reports",
                      period.report_due, report ? std::string(monitoring::to_string(report->status)) : "");
      e.period = period.number;
      out.push_back(std::move(e));
    }
  }
  return out;
}

AgendaEntries PilotMilestones::waiting_for(const accounts::Principal& who, std::string_view, const std::string& language) {
  if (!who.organisation) return std::vector<Entry>{};
  pilot::PilotFilter filter;
  filter.organisation = who.organisation;
  filter.statuses = {pilot::PilotStatus::planned, pilot::PilotStatus::running};
  auto cards = pilots_.list(who, filter, language);
  if (!cards) return nothing_for_them(cards.error()) ? AgendaEntries{} : std::unexpected(cards.error());
  std::vector<Entry> out;
  for (const auto& card : *cards) {
    // The list holds the header; milestones come with the whole pilot.
    auto whole = pilots_.pilot(who, card.pilot.id, language);
    if (!whole) {
      if (nothing_for_them(whole.error())) continue;
      return std::unexpected(whole.error());
    }
    const std::string title = pilot::text_in(*whole, language).title;
    for (const auto& m : whole->milestones) {
      if (m.status != pilot::MilestoneStatus::open) continue;
      out.push_back(entry(Kind::pilot_milestone, m.title,
                          "/pilots/" + std::to_string(whole->id.value()) + "/milestones", m.due, title));
    }
  }
  return out;
}

AgendaEntries DelphiRounds::waiting_for(const accounts::Principal& who, std::string_view, const std::string&) {
  auto studies = delphi_.studies(who);
  if (!studies) return nothing_for_them(studies.error()) ? AgendaEntries{} : std::unexpected(studies.error());
  std::vector<Entry> out;
  for (const auto& study : *studies) {
    if (!study.round_open) continue;
    // The questionnaire is the panellists' own: anybody else is refused, which is nothing to do.
    auto sheet = delphi_.questionnaire(who, study.id);
    if (!sheet) {
      if (nothing_for_them(sheet.error()) || sheet.error().kind == ErrorKind::conflict) continue;
      return std::unexpected(sheet.error());
    }
    if (sheet->answered) continue;
    Entry e = entry(Kind::delphi_round, study.title, "/foresight/delphi/" + std::to_string(study.id.value()) + "/answer",
                    sheet->round.closes_at ? agenda::day_of(sheet->round.closes_at) : "");
    out.push_back(std::move(e));
  }
  return out;
}

AgendaEntries MentoringRequests::waiting_for(const accounts::Principal& who, std::string_view, const std::string& language) {
  auto mine = mentoring_.mine(who, language);
  if (!mine) return nothing_for_them(mine.error()) ? AgendaEntries{} : std::unexpected(mine.error());
  std::vector<Entry> out;
  for (const auto& request : mine->as_mentor) {
    if (request.status != mentoring::RequestStatus::requested) continue;
    out.push_back(entry(Kind::mentoring_request, request.learner_name,
                        "/mentoring/" + std::to_string(request.id.value()), "", request.region_name));
  }
  return out;
}

AgendaEntries HelpdeskQuestions::waiting_for(const accounts::Principal& who, std::string_view, const std::string& language) {
  helpdesk::ListFilter filter;
  filter.view = helpdesk::View::assigned;
  filter.status = helpdesk::QuestionStatus::assigned;
  auto found = helpdesk_.list(who, filter, language);
  if (!found) return nothing_for_them(found.error()) ? AgendaEntries{} : std::unexpected(found.error());
  std::vector<Entry> out;
  for (const auto& view : *found) {
    const auto& q = view.question;
    if (!q.expert || q.expert != who.user) continue;
    out.push_back(entry(Kind::helpdesk_question, first_words(q.text), "/helpdesk/" + std::to_string(q.id.value()),
                        q.due, q.area.str()));
  }
  return out;
}

AgendaEntries EventsAhead::waiting_for(const accounts::Principal& who, std::string_view, const std::string&) {
  auto found = events_.registered(who);
  if (!found) return nothing_for_them(found.error()) ? AgendaEntries{} : std::unexpected(found.error());
  std::vector<Entry> out;
  for (const auto& e : *found)
    out.push_back(entry(Kind::upcoming_event, e.title, "/events/" + std::to_string(e.id.value()),
                        agenda::day_of(e.starts_at), e.place));
  return out;
}

AgendaEntries DiscussionsUnread::waiting_for(const accounts::Principal& who, std::string_view, const std::string&) {
  std::vector<Entry> out;
  auto spaces = groups_.workspaces(who);
  if (!spaces && !nothing_for_them(spaces.error())) return std::unexpected(spaces.error());
  if (spaces)
    for (const auto& space : *spaces) {
      if (space.unread == 0) continue;
      auto view = groups_.workspace(who, space.code);
      if (!view) {
        if (nothing_for_them(view.error())) continue;
        return std::unexpected(view.error());
      }
      for (const auto& t : view->threads) {
        if (!t.unread) continue;
        out.push_back(entry(Kind::unread_discussion, t.thread.subject,
                            "/groups/" + t.thread.group + "/threads/" + std::to_string(t.thread.id.value()), "",
                            t.thread.group));
      }
    }
  auto unread = groups_.unread_notifications(who);
  if (!unread) return nothing_for_them(unread.error()) ? AgendaEntries{out} : std::unexpected(unread.error());
  if (*unread > 0) {
    Entry e = entry(Kind::unread_notifications, "", "/notifications");
    e.count = *unread;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace cps::app
