// The archive of sent issues (public), an issue's page (for a draft: its preview, whom it
// would reach and the send button), and the form to write one.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "http/request.hpp"
#include "web/knowledge_labels.hpp"
#include "web/markdown.hpp"
#include "web/newsletter_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using i18n::NP_;
using namespace cps::newsletter;

namespace {

// The one input shape of an issue, from the form's fields.
json::object issue_of(const Form& f) {
  json::array areas, countries;
  for (const auto& a : f.all("areas")) areas.emplace_back(a);
  for (const auto& c : f.all("countries")) countries.emplace_back(c);
  json::object o{{"language", f.get("language")}, {"subject", f.get("subject")}, {"body", f.get("body")},
                 {"areas", std::move(areas)},     {"countries", std::move(countries)}};
  if (!f.get("latest_news").empty()) o["latest_news"] = f.get("latest_news");
  return o;
}

}  // namespace

http::Response NewsletterPages::archive(http::Request& r, Language lang, const Visit& v) {
  auto found = newsletter_.issues(v.principal);
  if (!found) return site_.error_page(r, found.error());
  const std::string base = Site::prefix(lang) + "/newsletter/issues";
  List rows;
  for (const auto& i : *found)
    rows.push_back(Object{{"href", base + "/" + std::to_string(i.id.value())},
                          {"subject", i.subject},
                          {"text_lang", i.language},
                          {"language_name", std::string(language_endonym(i.language))},
                          {"draft", i.status == IssueStatus::draft},
                          {"date", date_text(lang, i.status == IssueStatus::sent ? i.sent_at : i.created_at)}});
  const bool sender = newsletter_.may_send(v.principal);
  Object data{{"rows", rows},
              {"has_rows", !rows.empty()},
              {"sender", sender},
              {"new_href", base + "/new"},
              {"subscribers_href", Site::prefix(lang) + "/newsletter/subscribers"},
              {"subscribe_href", Site::prefix(lang) + "/newsletter"}};
  return site_.page(r, lang, "newsletter_issues", site_.tr(lang, N_("Newsletter archive")), std::move(data));
}

http::Response NewsletterPages::issue(http::Request& r, Language lang, const Visit& v) {
  Object extra;
  if (r.query_value("done").value_or("") == "sent") extra["sent_notice"] = true;
  return issue_page(r, lang, v, std::move(extra), bhttp::status::ok);
}

http::Response NewsletterPages::issue_page(http::Request& r, Language lang, const Visit& v, Object extra,
                                           Status status) {
  auto id = http::path_id<IssueId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = newsletter_.issue(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  const Issue& i = *found;
  const std::string base = Site::prefix(lang) + "/newsletter/issues";
  Object data{{"subject", i.subject},
              {"text_lang", i.language},
              {"language_name", std::string(language_endonym(i.language))},
              {"body_html", render_markdown(i.body)},
              {"has_body", !text::trim(i.body).empty()},
              {"draft", i.status == IssueStatus::draft},
              {"date", date_text(lang, i.status == IssueStatus::sent ? i.sent_at : i.created_at)},
              {"archive_href", base},
              {"subscribe_href", Site::prefix(lang) + "/newsletter"},
              {"send_action", base + "/" + std::to_string(i.id.value()) + "/send"},
              {"edit_href", base + "/" + std::to_string(i.id.value()) + "/edit"}};
  if (newsletter_.may_send(v.principal)) {
    data["sender"] = true;
    data["segment"] = segment_text(lang, i.segment);
    data["recipients_text"] =
        site_.catalogue().translate_count(lang, NP_("Sent to {count} subscriber", "Sent to {count} subscribers"), i.recipients);
    if (i.status == IssueStatus::draft) {
      auto reach = newsletter_.audience(v.principal, i.id);
      if (!reach) return site_.error_page(r, reach.error());
      data["audience_text"] = site_.catalogue().translate_count(
          lang, NP_("It would go to {count} subscriber now.", "It would go to {count} subscribers now."), *reach);
    }
  }
  merge(data, std::move(extra));
  return site_.page(r, lang, "newsletter_issue", i.subject, std::move(data), PageOptions{status, {}, {}});
}

http::Response NewsletterPages::new_issue(http::Request& r, Language lang, const Visit& v) {
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (!newsletter_.may_send(v.principal)) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  return issue_form(r, lang, nullptr, nullptr, {}, bhttp::status::ok);
}

http::Response NewsletterPages::edit_issue(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<IssueId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  if (!v.principal.signed_in()) return site_.error_page(r, Error{ErrorKind::unauthenticated, "Please sign in first."});
  if (!newsletter_.may_send(v.principal)) return site_.error_page(r, Error{ErrorKind::forbidden, "You may not do this."});
  auto found = newsletter_.issue(v.principal, *id);
  if (!found) return site_.error_page(r, found.error());
  if (found->status != IssueStatus::draft)
    return site_.error_page(r, Error{ErrorKind::conflict, N_("This issue was sent already: a sent issue cannot be changed.")});
  return issue_form(r, lang, &*found, nullptr, {}, bhttp::status::ok);
}

http::Response NewsletterPages::change_issue(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<IssueId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  Issue target;
  target.id = *id;
  auto input = read_issue(issue_of(f));
  if (!input) return issue_form(r, lang, &target, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto changed = newsletter_.change_issue(v.principal, *id, *input);
  if (!changed) {
    const Error& e = changed.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden || e.kind == ErrorKind::not_found)
      return site_.error_page(r, e);
    return issue_form(r, lang, &target, &f, form_error(site_, lang, e), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/newsletter/issues/" + std::to_string(id->value()));
}

http::Response NewsletterPages::issue_form(http::Request& r, Language lang, const Issue* saved, const Form* typed,
                                           Object extra, Status status) {
  const std::string base = Site::prefix(lang) + "/newsletter/issues";
  const std::string language = typed ? typed->get("language") : saved ? saved->language : std::string(i18n::code(lang));
  const std::string title = site_.tr(lang, saved ? N_("Change the draft") : N_("Write a newsletter issue"));
  Object data{{"action", saved ? base + "/" + std::to_string(saved->id.value()) : base},
              {"heading", title},
              {"archive_href", base},
              {"cancel_href", saved ? base + "/" + std::to_string(saved->id.value()) : base},
              {"languages", language_choices(language)},
              {"subject", typed ? typed->get("subject") : saved ? saved->subject : std::string()},
              {"body", typed ? typed->get("body") : saved ? saved->body : std::string()},
              {"latest_news", typed && !typed->get("latest_news").empty()},
              {"areas", area_choices(lang, typed ? typed->all("areas") : saved ? saved->segment.areas : std::vector<std::string>{})},
              {"countries", country_choices(lang, typed ? typed->all("countries")
                                                        : saved ? saved->segment.countries : std::vector<std::string>{})}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "newsletter_issue_form", title, std::move(data), PageOptions{status, {}, {}});
}

http::Response NewsletterPages::create_issue(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto input = read_issue(issue_of(f));
  if (!input) return issue_form(r, lang, nullptr, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto made = newsletter_.create_issue(v.principal, *input);
  if (!made) {
    const Error& e = made.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden) return site_.error_page(r, e);
    return issue_form(r, lang, nullptr, &f, form_error(site_, lang, e), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/newsletter/issues/" + std::to_string(made->id.value()));
}

http::Response NewsletterPages::send_issue(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<IssueId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto sent = newsletter_.send_issue(v.principal, *id);
  if (!sent) {
    const Error& e = sent.error();
    if (e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::forbidden || e.kind == ErrorKind::not_found)
      return site_.error_page(r, e);
    return issue_page(r, lang, v, form_error(site_, lang, e), form_status(e));
  }
  return see_other(site_, r,
                   Site::prefix(lang) + "/newsletter/issues/" + std::to_string(id->value()) + "?done=sent");
}

}  // namespace cps::web
