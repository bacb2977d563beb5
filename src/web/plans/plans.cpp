// The plans' routes, the list of plans with the form that brings one in from Markdown, and a
// plan's page: its paragraphs with their open suggestions (each replacement shown as a word
// difference), the forms to suggest, support, accept and reject, the decided suggestions, the
// versions and the steering committee's vote. Every form works without JavaScript.
#include <boost/json.hpp>
#include <chrono>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/plan_labels.hpp"
#include "web/plan_pages.hpp"
#include "core/text_diff.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::plans;

void PlanPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  // A whole plan is up to kPlanTextLength code points, up to four bytes each, form-encoded.
  http::RouteOptions long_form{2 * 1024 * 1024};
  http::RouteOptions paragraph_form{128 * 1024};
  router.get("/{lang}/plans", page(&PlanPages::list));
  router.add(V::post, "/{lang}/plans", form(&PlanPages::create), long_form);
  router.get("/{lang}/plans/{id}", page(&PlanPages::plan));
  router.add(V::post, "/{lang}/plans/{id}/suggestions", form(&PlanPages::suggest), paragraph_form);
  router.add(V::post, "/{lang}/plans/{id}/suggestions/{suggestion}/support", form(&PlanPages::support));
  router.add(V::post, "/{lang}/plans/{id}/suggestions/{suggestion}/comments", form(&PlanPages::comment));
  router.add(V::post, "/{lang}/plans/{id}/suggestions/{suggestion}/accept", form(&PlanPages::accept));
  router.add(V::post, "/{lang}/plans/{id}/suggestions/{suggestion}/reject", form(&PlanPages::reject));
  router.add(V::post, "/{lang}/plans/{id}/phase", form(&PlanPages::set_phase));
  router.add(V::post, "/{lang}/plans/{id}/vote", form(&PlanPages::open_vote));
  router.add(V::post, "/{lang}/plans/{id}/vote/ballot", form(&PlanPages::cast));
  router.add(V::post, "/{lang}/plans/{id}/vote/close", form(&PlanPages::close_vote));
  router.get("/{lang}/plans/{id}/versions/{number}", page(&PlanPages::version));
  router.get("/{lang}/plans/{id}/versions/{number}/markdown", page(&PlanPages::version_markdown));
  router.get("/{lang}/plans/{id}/compare", page(&PlanPages::compare));
}

std::string PlanPages::group_name(Language lang, const std::string& code) const {
  return text::fill(site_.tr(lang, editor_group_label(code)), {{"number", code.size() > 2 ? code.substr(2) : code}});
}

Object PlanPages::moment(Language lang, Seconds at) const {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at)));
  return Object{{"text", site_.catalogue().format_date(lang, day)}, {"iso", text::utc_timestamp(at)}};
}

namespace {

std::string plan_base(i18n::Language lang, PlanId id) {
  return Site::prefix(lang) + "/plans/" + std::to_string(id.value());
}

// The word difference as HTML: what stays, <del> what goes, <ins> what comes.
std::string diff_html(std::string_view before, std::string_view after) {
  return text::diff_html(text::diff_words(before, after));
}

}  // namespace

http::Response PlanPages::list(http::Request& r, Language lang, const Visit& v) {
  return list_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PlanPages::create(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::array languages;
  for (const auto& l : f.all("languages")) languages.push_back(json::string(l));
  auto input = read_plan(json::object{{"title", f.get("title")},
                                      {"kind", f.get("kind")},
                                      {"editor_group", f.get("editor_group")},
                                      {"languages", std::move(languages)},
                                      {"text", f.get("text")}});
  if (!input) return list_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = plans_.create(v.principal, std::move(*input));
  if (!done) return list_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, done->id));
}

http::Response PlanPages::list_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                                    Status status) {
  auto found = plans_.plans(v.principal);
  if (!found) return site_.error_page(r, found.error());
  auto can = plans_.capabilities(v.principal);
  const std::string prefix = Site::prefix(lang);
  List items;
  for (const auto& p : *found) {
    Object row{{"title", p.title},
               {"kind", site_.tr(lang, plan_kind_label(p.kind))},
               {"group", group_name(lang, p.editor_group)},
               {"state", site_.tr(lang, plan_state_label(p.state))},
               {"version", std::to_string(p.version)},
               {"published", p.published_version > 0}};
    // Visitors who may not read drafts go straight to the published text.
    row["href"] = can.read_drafts ? plan_base(lang, p.id)
                                  : plan_base(lang, p.id) + "/versions/" + std::to_string(p.published_version);
    row["published_href"] = plan_base(lang, p.id) + "/versions/" + std::to_string(p.published_version);
    row["published_version"] = std::to_string(p.published_version);
    items.push_back(std::move(row));
  }
  auto field = [&](const char* name) { return typed ? typed->get(name) : std::string(); };
  List kinds, groups, languages;
  for (const auto& [k, name] : kPlanKindNames)
    kinds.push_back(Object{{"value", std::string(name)}, {"label", site_.tr(lang, plan_kind_label(k))},
                           {"selected", field("kind") == name}});
  for (auto code : kEditorGroups)
    groups.push_back(Object{{"value", std::string(code)}, {"label", group_name(lang, std::string(code))},
                            {"selected", field("editor_group") == code}});
  std::vector<std::string> chosen = typed ? typed->all("languages") : std::vector<std::string>{"en"};
  for (auto code : kPlanLanguages)
    languages.push_back(Object{{"value", std::string(code)},
                               {"label", std::string(language_endonym(code))},
                               {"checked", std::find(chosen.begin(), chosen.end(), code) != chosen.end()}});
  Object data{{"plans", items},
              {"has_plans", !items.empty()},
              {"can_create", can.manage},
              {"create_action", prefix + "/plans"},
              {"kinds", kinds},
              {"groups", groups},
              {"languages", languages},
              {"title_value", field("title")},
              {"text_value", field("text")}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "plans_list", site_.tr(lang, N_("Joint plans")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response PlanPages::plan(http::Request& r, Language lang, const Visit& v) {
  return plan_page(r, lang, v, nullptr, {}, bhttp::status::ok);
}

http::Response PlanPages::suggest(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_suggestion(json::object{{"paragraph", f.get("paragraph")},
                                            {"kind", f.get("kind")},
                                            {"text", f.get("text")},
                                            {"reason", f.get("reason")},
                                            {"revision", f.get("revision")}});
  if (!input) return plan_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = plans_.suggest(v.principal, *id, std::move(*input));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "#suggestion-" + std::to_string(done->id.value()));
}

http::Response PlanPages::support(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  auto sid = http::path_id<SuggestionId>(r, "suggestion");
  if (!id || !sid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = plans_.support(v.principal, *id, *sid);
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "#suggestion-" + std::to_string(sid->value()));
}

http::Response PlanPages::comment(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  auto sid = http::path_id<SuggestionId>(r, "suggestion");
  if (!id || !sid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto text = read_comment(json::object{{"text", f.get("text")}});
  if (!text) return plan_page(r, lang, v, &f, form_error(site_, lang, text.error()), form_status(text.error()));
  auto done = plans_.comment(v.principal, *id, *sid, std::move(*text));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "#suggestion-" + std::to_string(sid->value()));
}

http::Response PlanPages::accept(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  auto sid = http::path_id<SuggestionId>(r, "suggestion");
  if (!id || !sid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = plans_.accept(v.principal, *id, *sid);
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "?done=accepted#decided");
}

http::Response PlanPages::reject(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  auto sid = http::path_id<SuggestionId>(r, "suggestion");
  if (!id || !sid) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto reason = read_rejection(json::object{{"reason", f.get("reason")}});
  if (!reason) return plan_page(r, lang, v, &f, form_error(site_, lang, reason.error()), form_status(reason.error()));
  auto done = plans_.reject(v.principal, *id, *sid, std::move(*reason));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "?done=rejected#decided");
}

http::Response PlanPages::set_phase(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_phase(json::object{{"opens", f.get("opens")}, {"closes", f.get("closes")}});
  if (!input) return plan_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = plans_.set_phase(v.principal, *id, std::move(*input));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "?done=phase#phase");
}

http::Response PlanPages::open_vote(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto input = read_vote(json::object{{"deadline", f.get("deadline")},
                                      {"quorum", f.get("quorum")},
                                      {"majority", f.get("majority")},
                                      {"procedure", f.get("procedure")},
                                      {"secrecy", f.get("secrecy")}});
  if (!input) return plan_page(r, lang, v, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = plans_.open_vote(v.principal, *id, std::move(*input));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "#vote");
}

http::Response PlanPages::cast(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto choice = read_ballot(json::object{{"choice", f.get("choice")}});
  if (!choice) return plan_page(r, lang, v, &f, form_error(site_, lang, choice.error()), form_status(choice.error()));
  auto done = plans_.cast(v.principal, *id, *choice);
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "?done=voted#vote");
}

http::Response PlanPages::close_vote(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto statement = read_statement(json::object{{"statement", f.get("statement")}});
  if (!statement)
    return plan_page(r, lang, v, &f, form_error(site_, lang, statement.error()), form_status(statement.error()));
  auto done = plans_.close_vote(v.principal, *id, std::move(*statement));
  if (!done) return plan_page(r, lang, v, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, plan_base(lang, *id) + "#vote");
}

http::Response PlanPages::plan_page(http::Request& r, Language lang, const Visit& v, const Form* typed, Object extra,
                                    Status status) {
  auto id = http::path_id<PlanId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = plans_.plan(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Plan& p = found->plan;
  const std::string base = plan_base(lang, p.id);
  const std::string typed_paragraph = typed ? typed->get("paragraph") : std::string();
  auto supported = [&](SuggestionId sid) {
    return std::find(found->supported.begin(), found->supported.end(), sid) != found->supported.end();
  };
  auto suggestion_row = [&](const Suggestion& s) {
    const std::string sid = std::to_string(s.id.value());
    Object row{{"id", sid},
               {"kind", site_.tr(lang, suggestion_kind_label(s.kind))},
               {"is_replace", s.kind == SuggestionKind::replace},
               {"is_insert", s.kind == SuggestionKind::insert},
               {"is_delete", s.kind == SuggestionKind::remove},
               {"diff_html", diff_html(s.original, s.text)},
               {"text", s.text},
               {"original", s.original},
               {"reason", s.reason},
               {"author", s.author_name},
               {"when", moment(lang, s.created_at)},
               {"supporters", std::to_string(s.supporters)},
               {"supported", supported(s.id)},
               {"state", site_.tr(lang, suggestion_state_label(s.state))},
               {"accepted", s.state == SuggestionState::accepted},
               {"decision_reason", s.decision_reason},
               {"decided_by", s.decided_by_name},
               {"decided_when", moment(lang, s.decided_at)}};
    const bool mine = v.principal.user && *v.principal.user == s.author;
    row["can_support"] = found->can.suggest && !mine && !supported(s.id);
    row["can_decide"] = found->can.edit;
    List comments;
    for (const auto& c : s.comments)
      comments.push_back(Object{{"author", c.author_name}, {"text", c.text}, {"when", moment(lang, c.created_at)}});
    row["comments"] = comments;
    row["has_comments"] = !comments.empty();
    row["can_comment"] = found->can.comment && s.state == SuggestionState::open;
    row["comment_action"] = base + "/suggestions/" + sid + "/comments";
    row["support_action"] = base + "/suggestions/" + sid + "/support";
    row["accept_action"] = base + "/suggestions/" + sid + "/accept";
    row["reject_action"] = base + "/suggestions/" + sid + "/reject";
    return row;
  };
  List sections;
  for (const auto& sv : found->sections) {
    List paragraphs;
    for (const auto& pv : sv.paragraphs) {
      const Paragraph& para = pv.paragraph;
      const std::string pid = std::to_string(para.id.value());
      const bool refused_here = typed && typed_paragraph == pid;
      List suggestions;
      for (const auto& s : pv.open) suggestions.push_back(suggestion_row(s));
      List kinds;
      const std::string chosen_kind = refused_here ? typed->get("kind") : std::string("replace");
      for (const auto& [k, name] : kSuggestionKindNames)
        kinds.push_back(Object{{"value", std::string(name)},
                               {"label", site_.tr(lang, suggestion_kind_label(k))},
                               {"checked", chosen_kind == name}});
      paragraphs.push_back(Object{{"id", pid},
                                  {"text", para.text},
                                  {"revision", std::to_string(para.revision)},
                                  {"suggestions", suggestions},
                                  {"has_suggestions", !suggestions.empty()},
                                  {"open_form", refused_here},
                                  {"kinds", kinds},
                                  {"text_value", refused_here ? typed->get("text") : para.text},
                                  {"reason_value", refused_here ? typed->get("reason") : std::string()}});
    }
    sections.push_back(Object{{"id", std::to_string(sv.section.id.value())},
                              {"heading", sv.section.heading},
                              {"paragraphs", paragraphs}});
  }
  List decided;
  for (const auto& s : found->decided) decided.push_back(suggestion_row(s));
  List versions, from_choices, to_choices;
  const std::string from = r.query_value("from").value_or(""), to = r.query_value("to").value_or("");
  for (const auto& ver : found->versions) {
    const std::string n = std::to_string(ver.number);
    versions.push_back(Object{{"number", n},
                              {"href", base + "/versions/" + n},
                              {"when", moment(lang, ver.created_at)},
                              {"author", ver.author_name},
                              {"note", ver.note},
                              {"has_note", !ver.note.empty()},
                              {"published", ver.number == p.published_version}});
    from_choices.push_back(Object{{"value", n}, {"selected", ver.number == p.version - 1}});
    to_choices.push_back(Object{{"value", n}, {"selected", ver.number == p.version}});
  }
  Object data{{"title", p.title},
              {"kind", site_.tr(lang, plan_kind_label(p.kind))},
              {"group", group_name(lang, p.editor_group)},
              {"languages", [&] {
                 std::string out;
                 for (const auto& l : p.languages) out += (out.empty() ? "" : ", ") + l;
                 return out;
               }()},
              {"state", site_.tr(lang, plan_state_label(p.state))},
              {"version", std::to_string(p.version)},
              {"list_href", Site::prefix(lang) + "/plans"},
              {"published", p.published_version > 0},
              {"published_href", base + "/versions/" + std::to_string(p.published_version)},
              {"published_version", std::to_string(p.published_version)},
              {"sections", sections},
              {"decided", decided},
              {"has_decided", !decided.empty()},
              {"versions", versions},
              {"from_choices", from_choices},
              {"to_choices", to_choices},
              {"can_compare", found->versions.size() > 1},
              {"compare_action", base + "/compare"},
              {"can_suggest", found->can.suggest},
              {"frozen", p.state == PlanState::voting},
              {"suggest_action", base + "/suggestions"},
              {"has_phase", !p.phase_opens.empty()},
              {"phase_text", text::fill(site_.tr(lang, N_("Open for suggestions from {opens} to {closes}.")),
                                        {{"opens", p.phase_opens}, {"closes", p.phase_closes}})},
              {"phase_opens", p.phase_opens},
              {"phase_closes", p.phase_closes},
              {"can_set_phase", found->can.manage},
              {"phase_action", base + "/phase"}};
  // The vote: its terms, the tally and each organisation's ballot, and the forms.
  Object vote;
  if (found->vote) {
    const Vote& vt = *found->vote;
    List ballots;
    for (const auto& b : found->ballots)
      ballots.push_back(Object{{"organisation", b.organisation_name},
                               {"voter", b.voter_name},
                               {"choice", site_.tr(lang, choice_label(b.choice))}});
    vote = Object{{"version", std::to_string(vt.version)},
                  {"version_href", base + "/versions/" + std::to_string(vt.version)},
                  {"deadline", vt.deadline},
                  {"quorum", std::to_string(vt.quorum)},
                  {"majority", std::to_string(vt.majority)},
                  {"open", vt.state == VoteState::open},
                  {"written", vt.procedure == Procedure::written},
                  {"secret", vt.secrecy == Secrecy::secret},
                  {"outcome", site_.tr(lang, vote_state_label(vt.state))},
                  {"statement", vt.statement},
                  {"has_statement", !vt.statement.empty()},
                  {"in_favour", std::to_string(found->tally.in_favour)},
                  {"against", std::to_string(found->tally.against)},
                  {"abstain", std::to_string(found->tally.abstain)},
                  {"ballots", ballots},
                  {"has_ballots", !ballots.empty()}};
  }
  List choices;
  for (const auto& [c, name] : kChoiceNames)
    choices.push_back(Object{{"value", std::string(name)},
                             {"label", site_.tr(lang, choice_label(c))},
                             {"checked", found->my_ballot && *found->my_ballot == c}});
  data["vote"] = vote;
  data["has_vote"] = found->vote.has_value();
  data["choices"] = choices;
  data["my_ballot"] = found->my_ballot ? site_.tr(lang, choice_label(*found->my_ballot)) : std::string();
  data["has_my_ballot"] = found->my_ballot.has_value();
  data["can_vote"] = found->can.vote;
  data["can_open_vote"] = found->can.manage && p.state != PlanState::voting &&
                          !(p.state == PlanState::approved && p.published_version == p.version);
  data["can_close_vote"] = found->can.manage && p.state == PlanState::voting;
  data["vote_action"] = base + "/vote";
  data["ballot_action"] = base + "/vote/ballot";
  data["close_action"] = base + "/vote/close";
  auto field = [&](const char* name, std::string fallback) { return typed ? typed->get(name) : fallback; };
  data["deadline_value"] = field("deadline", "");
  data["quorum_value"] = field("quorum", "3");
  data["majority_value"] = field("majority", "50");
  data["statement_value"] = field("statement", "");
  data["written_chosen"] = field("procedure", "") == to_string(Procedure::written);
  data["secret_chosen"] = field("secrecy", "") == to_string(Secrecy::secret);
  data["opens_value"] = field("opens", p.phase_opens);
  data["closes_value"] = field("closes", p.phase_closes);
  if (auto done = r.query_value("done")) {
    if (*done == "accepted") data["notice"] = site_.tr(lang, N_("The suggestion is accepted: a new version is made."));
    else if (*done == "rejected") data["notice"] = site_.tr(lang, N_("The suggestion is rejected."));
    else if (*done == "voted") data["notice"] = site_.tr(lang, N_("Your organisation's vote is recorded."));
    else if (*done == "phase") data["notice"] = site_.tr(lang, N_("The phase for suggestions is set."));
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "plans_plan", p.title, std::move(data), PageOptions{status, {}, {}});
}

}  // namespace cps::web
