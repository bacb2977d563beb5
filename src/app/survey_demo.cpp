// Loads the demo survey (see survey_demo.hpp). The answers follow simple patterns over the
// respondents' order, so that every chart has several bars and the conditional parts are
// answered by some and skipped by others.
#include "app/survey_demo.hpp"

#include <set>

#include "app/demo.hpp"

namespace cps::app {

using accounts::Principal;
using namespace cps::surveys;
namespace json = boost::json;

namespace {

constexpr const char* kTitle = "Needs of cluster organisations 2027";
constexpr std::size_t kResponses = 30;

constexpr const char* kSurvey = R"({
  "title": {"en": "Needs of cluster organisations 2027", "ro": "Nevoile organizațiilor de cluster 2027",
            "sq": "Nevojat e organizatave të klasterëve 2027", "hu": "A klaszterszervezetek igényei 2027",
            "el": "Ανάγκες των οργανισμών συστάδων 2027"},
  "description": {"en": "What cluster organisations and the agencies that support them need from regional cluster policies in the next programming years. About ten minutes; answers are anonymous.",
                  "ro": "De ce au nevoie organizațiile de cluster și agențiile care le sprijină de la politicile regionale de cluster în următorii ani de programare. Circa zece minute; răspunsurile sunt anonime."},
  "audience": "signed_in",
  "anonymity": "anonymous",
  "opens_at": "2026-11-01",
  "definition": {
    "languages": ["en", "ro", "sq", "hu", "el"],
    "sections": [
      {"key": "about", "title": {"en": "Your organisation", "ro": "Organizația dvs.", "sq": "Organizata juaj", "hu": "Az Ön szervezete", "el": "Ο οργανισμός σας"},
       "questions": [
        {"key": "kind", "type": "single_choice", "required": true,
         "text": {"en": "Which describes your organisation best?", "ro": "Ce descrie cel mai bine organizația dvs.?", "sq": "Cila e përshkruan më mirë organizatën tuaj?", "hu": "Mi írja le legjobban a szervezetét?", "el": "Τι περιγράφει καλύτερα τον οργανισμό σας;"},
         "options": [
          {"code": "cluster", "label": {"en": "A cluster organisation", "ro": "O organizație de cluster", "sq": "Një organizatë klasteri", "hu": "Klaszterszervezet", "el": "Οργανισμός συστάδας"}},
          {"code": "agency", "label": {"en": "A regional or national agency", "ro": "O agenție regională sau națională", "sq": "Një agjenci rajonale ose kombëtare", "hu": "Regionális vagy országos ügynökség", "el": "Περιφερειακός ή εθνικός φορέας"}},
          {"code": "research", "label": {"en": "A university or research institute", "ro": "O universitate sau un institut de cercetare", "sq": "Një universitet ose institut kërkimor", "hu": "Egyetem vagy kutatóintézet", "el": "Πανεπιστήμιο ή ερευνητικό ινστιτούτο"}}]},
        {"key": "staff", "type": "number", "min": 0, "max": 2000, "unit": "people",
         "text": {"en": "How many people work in your organisation?", "ro": "Câte persoane lucrează în organizația dvs.?"}}]},
      {"key": "cluster", "show_if": {"question": "kind", "any_of": ["cluster"]},
       "title": {"en": "Your cluster", "ro": "Clusterul dvs.", "sq": "Klasteri juaj", "hu": "Az Ön klasztere", "el": "Η συστάδα σας"},
       "intro": {"en": "Asked of cluster organisations only.", "ro": "Doar pentru organizațiile de cluster."},
       "questions": [
        {"key": "members", "type": "number", "required": true, "min": 1, "max": 5000, "unit": "members",
         "text": {"en": "How many members does the cluster have?", "ro": "Câți membri are clusterul?"}},
        {"key": "needs", "type": "multiple_choice", "required": true,
         "text": {"en": "Where do your members need support most?", "ro": "Unde au membrii dvs. cea mai mare nevoie de sprijin?"},
         "options": [
          {"code": "skills", "label": {"en": "Skills and training", "ro": "Competențe și formare"}},
          {"code": "export", "label": {"en": "Export and international partners", "ro": "Export și parteneri internaționali"}},
          {"code": "digital", "label": {"en": "Digital transition", "ro": "Tranziția digitală"}},
          {"code": "green", "label": {"en": "Green transition", "ro": "Tranziția verde"}}]},
        {"key": "export_help", "type": "text", "show_if": {"question": "needs", "any_of": ["export"]},
         "text": {"en": "Which help to export would make the greatest difference?", "ro": "Ce ajutor la export ar conta cel mai mult?"}},
        {"key": "services", "type": "matrix",
         "text": {"en": "How well do regional programmes serve your cluster?", "ro": "Cât de bine servesc programele regionale clusterul dvs.?"},
         "rows": [{"code": "funding", "label": {"en": "Funding", "ro": "Finanțare"}}, {"code": "advice", "label": {"en": "Advice", "ro": "Consiliere"}}],
         "options": [{"code": "poorly", "label": {"en": "Poorly", "ro": "Slab"}}, {"code": "fairly", "label": {"en": "Fairly", "ro": "Acceptabil"}}, {"code": "well", "label": {"en": "Well", "ro": "Bine"}}]}]},
      {"key": "policy", "title": {"en": "Regional policy", "ro": "Politica regională", "sq": "Politika rajonale", "hu": "Regionális politika", "el": "Περιφερειακή πολιτική"},
       "questions": [
        {"key": "fit", "type": "likert", "required": true, "scale_min": 1, "scale_max": 5,
         "text": {"en": "The regional cluster policy fits the needs of our members.", "ro": "Politica regională de cluster corespunde nevoilor membrilor noștri."},
         "low_label": {"en": "Disagree strongly", "ro": "Dezacord total"}, "high_label": {"en": "Agree strongly", "ro": "Acord total"}},
        {"key": "priorities", "type": "ranking",
         "text": {"en": "Rank these priorities for the next programme.", "ro": "Ordonați aceste priorități pentru următorul program."},
         "options": [{"code": "funding", "label": {"en": "Stable funding", "ro": "Finanțare stabilă"}}, {"code": "cooperation", "label": {"en": "Cross-border cooperation", "ro": "Cooperare transfrontalieră"}}, {"code": "data", "label": {"en": "Better data", "ro": "Date mai bune"}}]},
        {"key": "next_call", "type": "date",
         "text": {"en": "When do you expect the next regional call for clusters?", "ro": "Când vă așteptați la următorul apel regional pentru clustere?"}},
        {"key": "remarks", "type": "text",
         "text": {"en": "Anything else the policy makers should hear?", "ro": "Altceva ce ar trebui să audă decidenții?"}}]}]}
})";

const char* kRemarks[] = {"Simplify the reporting for small clusters.", "Keep the calls open all year.",
                          "Fund cluster managers' training.", "", "Publish the evaluation results.", ""};
const char* kExportHelp[] = {"Joint stands at trade fairs.", "Matchmaking with clusters abroad.", "Export vouchers for SMEs."};

json::object answers_of(std::size_t i) {
  const char* kinds[] = {"cluster", "cluster", "agency", "cluster", "research"};
  std::string kind = kinds[i % 5];
  json::object a{{"kind", kind}, {"staff", std::int64_t(3 + (i * 7) % 40)}, {"fit", std::int64_t(1 + (i * 3) % 5)}};
  if (kind == "cluster") {
    a["members"] = std::int64_t(15 + (i * 13) % 120);
    json::array needs{"skills"};
    if (i % 2) needs.push_back("export");
    if (i % 3 == 0) needs.push_back("digital");
    if (i % 4 == 1) needs.push_back("green");
    a["needs"] = needs;
    if (i % 2) a["export_help"] = kExportHelp[i % 3];
    const char* levels[] = {"poorly", "fairly", "well"};
    a["services"] = json::object{{"funding", levels[i % 3]}, {"advice", levels[(i + 1) % 3]}};
  }
  const char* orders[][3] = {{"funding", "cooperation", "data"}, {"cooperation", "funding", "data"}, {"funding", "data", "cooperation"}};
  const auto& order = orders[i % 3];
  a["priorities"] = json::array{order[0], order[1], order[2]};
  if (i % 3 != 2) a["next_call"] = i % 2 ? "2027-03-01" : "2027-09-15";
  if (*kRemarks[i % 6]) a["remarks"] = kRemarks[i % 6];
  return a;
}

Error refused(const std::string& doing, const Error& e) {
  return Error{ErrorKind::internal, "The demo survey cannot be loaded: " + doing + ": " + filled_message(e)};
}

}  // namespace

Result<SurveyDemoReport> load_demo_surveys(Services& services) {
  SurveyDemoReport report;
  const Principal platform = accounts::AccountService::command_line();
  auto users = services.accounts.users(platform);
  if (!users) return std::unexpected(users.error());
  const DemoPeople people(*users);
  const Principal* organiser = people.find("admin@clusterpolisee.example");
  if (!organiser) return std::unexpected(refused("the organiser", Error{ErrorKind::not_found, "no administrator"}));
  auto existing = services.surveys.surveys(*organiser, {});
  if (!existing) return std::unexpected(existing.error());
  for (const auto& s : *existing)
    if (in_language(s.survey.title, "en") == kTitle) return report;

  auto input = read_survey(json::parse(kSurvey));
  if (!input) return std::unexpected(refused("the questionnaire", input.error()));
  auto survey = services.surveys.create(*organiser, std::move(*input));
  if (!survey) return std::unexpected(refused("the survey", survey.error()));

  // The partnership's staff answer; the stakeholders and the administrator are left to try it.
  std::set<std::string> countries;
  for (const auto& u : *users) {
    if (report.responses == kResponses) break;
    if (u.status != accounts::UserStatus::active || u.email == "admin@clusterpolisee.example") continue;
    const Principal* who = people.find(u.email);
    if (!who || !who->has(accounts::Role::partner_staff)) continue;
    auto sent = services.surveys.answer(*who, survey->id, {}, "", answers_of(report.responses), Step::submit);
    if (!sent) return std::unexpected(refused("the answers of " + u.email, sent.error()));
    auto profile = services.survey_surroundings.profile(u.id);
    if (profile && !profile->country.empty()) countries.insert(profile->country);
    ++report.responses;
  }
  report.added = true;
  report.countries = countries.size();
  return report;
}

}  // namespace cps::app
