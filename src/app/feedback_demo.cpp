// The demo's feedback and helpdesk (see feedback_demo.hpp).
#include "app/feedback_demo.hpp"

#include <chrono>

#include "app/demo.hpp"

namespace cps::app {

namespace {

using accounts::Principal;

constexpr helpdesk::Seconds kDay = 24 * 60 * 60;

Error missing(const std::string& what) {
  return Error{ErrorKind::internal, "The demo feedback needs the demo partnership and knowledge items.", {}, what};
}

Result<const Principal*> person(const DemoPeople& people, const std::string& email) {
  const Principal* who = people.find(email);
  if (!who) return std::unexpected(missing(email));
  return who;
}

Result<std::int64_t> item(Services& services, const std::string& slug) {
  auto found = services.knowledge_repository.find_by_slug(slug);
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::unexpected(missing(slug));
  return (*found)->id.value();
}

helpdesk::Seconds now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// Judgments on recommendations for Nord-Est (RO21) and Észak-Alföld (HU32) in the areas of
// cluster management (WG1) and funding (WG4), and the WG4 coordinator's pin.
Status judge_and_curate(Services& services, const DemoPeople& people, FeedbackDemoReport& report) {
  struct Said {
    const char *email, *region, *need, *slug, *verdict, *reason;
  };
  const Said said[] = {
      {"raluca.toma@nord-est-cluster-agency.example", "RO21", "area:WG4", "cluster-initiative-greenbook-success-factors",
       "useful", "The success factors helped us write the funding call's criteria."},
      {"bence.varga@tisza-maros-innovation-centre.example", "RO21", "area:WG4",
       "hu-akkreditalt-innovacios-klaszter-cim", "adopted",
       "Our accreditation scheme started from it; RO21 could copy the criteria."},
      {"arben.hoxha@al-enterprise-cluster-agency.example", "RO21", "area:WG4", "eu-cosme-2014-2020", "not_relevant",
       "COSME has ended; its successor is what regions can apply to now."},
      {"mihai.constantinescu@ilfov-innovation-agency.example", "RO21", "area:WG1",
       "ro-transilvania-it-cluster-cluj", "useful", "A Romanian cluster that grew from its members' own money."},
      {"zuzana.hudakova@hornad-digital-cluster.example", "HU32", "area:WG1", "hu-polus-program-klaszterfejlesztes",
       "adopted", ""},
  };
  for (const auto& s : said) {
    auto who = person(people, s.email);
    if (!who) return std::unexpected(who.error());
    auto id = item(services, s.slug);
    if (!id) return std::unexpected(id.error());
    feedback::FeedbackInput input;
    input.subject = feedback::Subject::recommendation;
    input.recommendation = feedback::RecommendationKey{RegionCode(s.region), s.need, *id};
    input.key = feedback::key_text(*input.recommendation);
    input.verdict = *parse_name(std::string_view(s.verdict), feedback::kVerdictNames);
    input.reason = s.reason;
    auto given = services.feedback.give(**who, std::move(input));
    if (!given) return std::unexpected(given.error());
    ++report.judgments;
  }

  // The WG4 coordinator pins the practice the partnership adopted for Nord-Est, with a note.
  {
    auto who = person(people, "tomas.kovacik@danube-innovation-agency.example");
    if (!who) return std::unexpected(who.error());
    auto id = item(services, "hu-akkreditalt-innovacios-klaszter-cim");
    if (!id) return std::unexpected(id.error());
    feedback::CurationInput pin{feedback::RecommendationKey{RegionCode("RO21"), "area:WG4", *id}, true, false,
                                "Discussed at the WG4 meeting in Szeged: the accreditation's criteria fit the "
                                "region's funding call."};
    auto curated = services.feedback.curate(**who, std::move(pin));
    if (!curated) return std::unexpected(curated.error());
    ++report.curations;
  }

  return {};
}

}  // namespace

Result<FeedbackDemoReport> load_demo_feedback(Services& services) {
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  FeedbackDemoReport report;

  auto admin = person(people, "admin@clusterpolisee.example");
  if (!admin) return std::unexpected(admin.error());
  auto judged = services.feedback.judgments(**admin);
  if (!judged) return std::unexpected(judged.error());
  if (judged->empty())
    if (auto ok = judge_and_curate(services, people, report); !ok) return std::unexpected(ok.error());

  // The helpdesk's questions, once.
  auto existing = services.helpdesk.list(**admin, helpdesk::ListFilter{.view = helpdesk::View::all}, "en");
  if (!existing) return std::unexpected(existing.error());
  if (!existing->empty()) return report;

  // A month ago, so that the assigned question is overdue today and the answered one has a
  // history; the same storage and surroundings as the platform's own service.
  const helpdesk::Seconds then = now() - 30 * kDay;
  helpdesk::Seconds clock = then;
  helpdesk::HelpdeskService past(services.helpdesk_repository, services.helpdesk_platform, [&clock] { return clock; });

  auto ask = [&](const char* email, const char* region, const char* need, const char* area, const char* language,
                 const char* text) -> Result<helpdesk::QuestionView> {
    auto who = person(people, email);
    if (!who) return std::unexpected(who.error());
    helpdesk::QuestionInput input{RegionCode(region), need, std::nullopt, text, language};
    if (*area) input.area = AreaCode(area);
    if (auto of_need = feedback::area_of_need(input.need)) input.area = of_need;
    return past.ask(**who, std::move(input));
  };

  // Answered: Slovenia's western cohesion region on running a cluster programme's calls.
  auto answered = ask("petra.novak@si-smart-specialisation-agency.example", "SI04", "area:WG1", "", "en",
                      "Our new cluster programme will fund cluster managers' salaries for three years. How did other "
                      "regions keep clusters running once such support ended, and what should the call require from "
                      "the start?");
  if (!answered) return std::unexpected(answered.error());
  clock = then + 2 * kDay;
  auto wg1 = person(people, "chiara.benedetti@via-emilia-innovation-agency.example");
  auto expert = person(people, "nikolaos.karagiannis@athens-cluster-studies-institute.example");
  if (!wg1) return std::unexpected(wg1.error());
  if (!expert) return std::unexpected(expert.error());
  auto assigned = past.assign(**wg1, answered->question.id, answered->question.revision,
                              helpdesk::AssignmentInput{(*expert)->user.value(), helpdesk::days_after(helpdesk::day_of(clock), 14),
                                                        "Please draw on the Greek and Hungarian programmes."});
  if (!assigned) return std::unexpected(assigned.error());
  clock = then + 10 * kDay;
  auto answer = past.answer(
      **expert, answered->question.id, assigned->question.revision,
      helpdesk::AnswerInput{helpdesk::AnswerKind::study, "en",
                            "Keeping clusters running after start-up funding ends",
                            "What the Greek and Hungarian cluster programmes teach about tapering support and "
                            "members' fees.",
                            "Programmes that paid cluster managers for a fixed period kept most clusters alive when "
                            "they **tapered** the support (for example 70 %, 50 %, 30 % over three years) and asked "
                            "from the first year for a business plan with members' fees and paid services.\n\n"
                            "- Require a members' fee from year one, however small.\n"
                            "- Tie the third year's money to services sold to members.\n"
                            "- Accredit clusters (as Hungary did) so that later calls can rely on the label.",
                            "A first draft; the WG1 coordinator will review it."});
  if (!answer) return std::unexpected(answer.error());
  ++report.questions_added;

  // Assigned and overdue: Albania's central region on financing, due two weeks after assignment.
  clock = then + 3 * kDay;
  auto overdue = ask("arben.hoxha@al-enterprise-cluster-agency.example", "AL02", "area:WG4", "", "sq",
                     "Cilat instrumente financiare kanë funksionuar në rajone të ngjashme për të mbështetur "
                     "klasterët e rinj kur buxheti publik është i kufizuar?");
  if (!overdue) return std::unexpected(overdue.error());
  clock = then + 4 * kDay;
  auto wg4 = person(people, "tomas.kovacik@danube-innovation-agency.example");
  auto reka = person(people, "reka.fekete@hajdusag-university.example");
  if (!wg4) return std::unexpected(wg4.error());
  if (!reka) return std::unexpected(reka.error());
  auto late = past.assign(**wg4, overdue->question.id, overdue->question.revision,
                          helpdesk::AssignmentInput{(*reka)->user.value(), helpdesk::days_after(helpdesk::day_of(clock), 14), ""});
  if (!late) return std::unexpected(late.error());
  ++report.questions_added;

  // Waiting for an expert: a wood cluster in Nord-Est on a sector with no instrument.
  clock = now() - 2 * kDay;
  auto waiting = ask("cristian.lupu@valea-sucevei-wood-cluster.example", "RO21", "sector:C", "WG2", "ro",
                     "Regiunea noastră are multe firme de prelucrare a lemnului, dar niciun instrument de politică "
                     "pentru ele. Ce au făcut alte regiuni pentru a sprijini clusterele din industria lemnului?");
  if (!waiting) return std::unexpected(waiting.error());
  ++report.questions_added;
  return report;
}

}  // namespace cps::app
