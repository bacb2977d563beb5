// The personal start page (see me_pages.hpp).
#include "web/me_pages.hpp"

#include <cctype>
#include <chrono>

#include "core/text.hpp"

namespace cps::web {

using i18n::N_;
using agenda::Kind;

namespace {

// Each kind's heading, and the page that lists all of that kind (with its link's words).
struct KindText {
  const char* heading;
  const char* all_label;
  const char* all_path;
};

KindText text_of(Kind kind) {
  switch (kind) {
    case Kind::item_review:
      return {N_("Knowledge items waiting for your review"), N_("All items to review"), "/knowledge/review"};
    case Kind::assessment_to_fill:
      return {N_("Assessments to fill in"), N_("All assessments"), "/assessments"};
    case Kind::assessment_review:
      return {N_("Assessments to review"), N_("Reviews for me"), "/assessments/reviews"};
    case Kind::report_due:
      return {N_("Progress reports due"), N_("All progress reports"), "/monitoring/reports"};
    case Kind::pilot_milestone:
      return {N_("Pilot milestones ahead"), N_("Pilot initiatives"), "/pilots"};
    case Kind::delphi_round:
      return {N_("Delphi rounds waiting for your answers"), N_("Delphi studies"), "/foresight/delphi"};
    case Kind::mentoring_request:
      return {N_("Mentoring requests waiting for your answer"), N_("My mentoring"), "/mentoring"};
    case Kind::helpdesk_question:
      return {N_("Helpdesk questions assigned to you"), N_("Policy helpdesk"), "/helpdesk?view=assigned"};
    case Kind::upcoming_event:
      return {N_("Events you registered for"), N_("All events"), "/events"};
    case Kind::unread_discussion:
      return {N_("Discussions with new posts"), N_("Working groups"), "/groups"};
    case Kind::unread_notifications:
      return {N_("Notifications"), N_("All notifications"), "/notifications"};
  }
  return {"", "", "/"};
}

bool is_day(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && std::isdigit(static_cast<unsigned char>(s[0]));
}

}  // namespace

void MePages::add_routes(http::Router& router) {
  router.get("/{lang}/me", on_page(site_, this, &MePages::start));
}

std::string MePages::date_text(Language lang, const std::string& day) const {
  if (!is_day(day)) return day;
  auto y = text::parse_int(day.substr(0, 4)), m = text::parse_int(day.substr(5, 2)), d = text::parse_int(day.substr(8, 2));
  if (!y || !m || !d) return day;
  return site_.catalogue().format_date(
      lang, std::chrono::sys_days(std::chrono::year{int(*y)} / std::chrono::month{unsigned(*m)} /
                                  std::chrono::day{unsigned(*d)}));
}

http::Response MePages::start(http::Request& r, Language lang, const Visit& v) {
  auto found = agenda_.agenda(v.principal, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  const std::string prefix = Site::prefix(lang);
  List sections;
  for (const auto& section : found->sections) {
    const KindText kt = text_of(section.kind);
    List entries;
    for (const auto& e : section.entries) {
      std::string title = e.title;
      if (section.kind == Kind::unread_notifications)
        title = text::fill(site_.tr(lang, N_("Unread notifications: {count}")), {{"count", std::to_string(e.count)}});
      else if (section.kind == Kind::mentoring_request)
        title = text::fill(site_.tr(lang, N_("A request from {name}")), {{"name", e.title}});
      List meta;
      if (!e.context.empty()) meta.push_back(Object{{"text", e.context}});
      if (e.period > 0)
        meta.push_back(
            Object{{"text", text::fill(site_.tr(lang, N_("Reporting period {number}")), {{"number", std::to_string(e.period)}})}});
      Object row{{"title", title},
                 {"href", prefix + e.path},
                 {"meta", meta},
                 {"has_meta", !meta.empty()},
                 {"overdue", e.overdue}};
      if (!e.due.empty())
        row["due"] = Object{{"text", text::fill(site_.tr(lang, agenda::has_deadline(e.kind) ? N_("Due {date}")
                                                                                         : N_("Starts {date}")),
                                                {{"date", date_text(lang, e.due)}})},
                            {"iso", e.due}};
      entries.push_back(std::move(row));
    }
    const std::string code(agenda::to_string(section.kind));
    sections.push_back(Object{{"id", "waiting-" + code},
                              {"kind", code},
                              {"heading", site_.tr(lang, kt.heading)},
                              {"count", std::to_string(section.entries.size())},
                              {"entries", entries},
                              {"all_label", site_.tr(lang, kt.all_label)},
                              {"all_href", prefix + kt.all_path}});
  }
  Object data{{"sections", sections},
              {"has_sections", !sections.empty()},
              {"total", std::to_string(found->total)},
              {"today", Object{{"text", date_text(lang, found->today)}, {"iso", found->today}}},
              {"knowledge_href", prefix + "/knowledge"},
              {"groups_href", prefix + "/groups"},
              {"events_href", prefix + "/events"},
              {"new_item_href", prefix + "/knowledge/new"}};
  return site_.page(r, lang, "me", site_.tr(lang, N_("What waits for me")), std::move(data));
}

}  // namespace cps::web
