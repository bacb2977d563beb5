// The routes of the newsletter's pages, the choices every form shares, and the subscriber's
// own pages: subscribing, confirming and unsubscribing.
#include <boost/json.hpp>
#include <chrono>

#include "core/text.hpp"
#include "web/knowledge_labels.hpp"
#include "web/newsletter_pages.hpp"

namespace cps::web {

namespace json = boost::json;
namespace bhttp = http::bhttp;
using i18n::N_;
using namespace cps::newsletter;

void NewsletterPages::add_routes(http::Router& router) {
  auto page = [this](auto handler) { return on_page(site_, this, handler); };
  auto form = [this](auto handler) { return on_form(site_, this, handler); };
  using V = bhttp::verb;
  router.get("/{lang}/newsletter", page(&NewsletterPages::subscribe_page));
  router.add(V::post, "/{lang}/newsletter", form(&NewsletterPages::subscribe));
  router.get("/{lang}/newsletter/confirm/{token}", page(&NewsletterPages::confirm_page));
  router.add(V::post, "/{lang}/newsletter/confirm/{token}", form(&NewsletterPages::confirm));
  router.get("/{lang}/newsletter/unsubscribe/{token}", page(&NewsletterPages::unsubscribe_page));
  router.add(V::post, "/{lang}/newsletter/unsubscribe/{token}", page(&NewsletterPages::unsubscribe));
  router.get("/{lang}/newsletter/issues", page(&NewsletterPages::archive));
  router.get("/{lang}/newsletter/issues/new", page(&NewsletterPages::new_issue));
  router.add(V::post, "/{lang}/newsletter/issues", form(&NewsletterPages::create_issue), http::RouteOptions{128 * 1024});
  router.get("/{lang}/newsletter/issues/{id}", page(&NewsletterPages::issue));
  router.get("/{lang}/newsletter/issues/{id}/edit", page(&NewsletterPages::edit_issue));
  router.add(V::post, "/{lang}/newsletter/issues/{id}", form(&NewsletterPages::change_issue), http::RouteOptions{128 * 1024});
  router.add(V::post, "/{lang}/newsletter/issues/{id}/send", form(&NewsletterPages::send_issue));
  router.get("/{lang}/newsletter/subscribers", page(&NewsletterPages::subscribers));
}

List NewsletterPages::area_choices(Language lang, const std::vector<std::string>& chosen) const {
  List out;
  if (auto named = reference_.areas(i18n::code(lang)))
    for (const auto& a : *named)
      out.push_back(Object{{"code", a.code.str()},
                           {"name", a.code.str() + " · " + a.name},
                           {"checked", std::find(chosen.begin(), chosen.end(), a.code.str()) != chosen.end()}});
  return out;
}

List NewsletterPages::country_choices(Language lang, const std::vector<std::string>& chosen) const {
  List out;
  if (auto all = reference_.countries())
    for (const auto& c : *all)
      out.push_back(Object{{"code", c.code.str()},
                           {"name", site_.catalogue().country_name(lang, c.iso_code)},
                           {"checked", std::find(chosen.begin(), chosen.end(), c.code.str()) != chosen.end()}});
  return out;
}

List NewsletterPages::language_choices(const std::string& chosen) const {
  List out;
  for (auto code : kLanguages)
    out.push_back(Object{{"code", std::string(code)},
                         {"name", std::string(language_endonym(code))},
                         {"selected", code == chosen}});
  return out;
}

std::string NewsletterPages::segment_text(Language lang, const Segment& segment) const {
  std::string areas, countries;
  for (const auto& a : segment.areas) areas += (areas.empty() ? "" : ", ") + a;
  for (const auto& c : segment.countries) {
    std::string name = c;
    if (auto found = reference_.country(c)) name = site_.catalogue().country_name(lang, found->iso_code);
    countries += (countries.empty() ? "" : ", ") + name;
  }
  return (areas.empty() ? site_.tr(lang, N_("All areas")) : areas) + " · " +
         (countries.empty() ? site_.tr(lang, N_("All countries")) : countries);
}

std::string NewsletterPages::date_text(Language lang, Seconds at) const {
  auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(at)));
  return site_.catalogue().format_date(lang, day);
}

namespace {

// The one input shape of a subscription, from the form's fields.
json::object subscription_of(const Form& f) {
  json::array areas, countries;
  for (const auto& a : f.all("areas")) areas.emplace_back(a);
  for (const auto& c : f.all("countries")) countries.emplace_back(c);
  json::object o{{"email", f.get("email")}, {"language", f.get("language")}, {"areas", std::move(areas)},
                 {"countries", std::move(countries)}};
  if (!f.get("consent").empty()) o["consent"] = f.get("consent");
  return o;
}

}  // namespace

http::Response NewsletterPages::subscribe_page(http::Request& r, Language lang, const Visit&) {
  return subscribe_form(r, lang, nullptr, {}, bhttp::status::ok);
}

http::Response NewsletterPages::subscribe_form(http::Request& r, Language lang, const Form* typed, Object extra,
                                               Status status) {
  std::string language = typed ? typed->get("language") : std::string(i18n::code(lang));
  Object data{{"action", Site::prefix(lang) + "/newsletter"},
              {"archive_href", Site::prefix(lang) + "/newsletter/issues"},
              {"email", typed ? typed->get("email") : std::string()},
              {"languages", language_choices(language)},
              {"areas", area_choices(lang, typed ? typed->all("areas") : std::vector<std::string>{})},
              {"countries", country_choices(lang, typed ? typed->all("countries") : std::vector<std::string>{})},
              {"consent_text", site_.tr(lang, kConsentWording)},
              {"consent", typed && !typed->get("consent").empty()},
              {"done", r.query_value("done").value_or("") == "asked"}};
  merge(data, std::move(extra));
  return site_.page(r, lang, "newsletter_subscribe", site_.tr(lang, N_("The newsletter")), std::move(data),
                    PageOptions{status, {}, {}});
}

http::Response NewsletterPages::subscribe(http::Request& r, Language lang, const Visit&, const Form& f) {
  auto input = read_subscription(subscription_of(f));
  if (!input) return subscribe_form(r, lang, &f, form_error(site_, lang, input.error()), form_status(input.error()));
  auto done = newsletter_.subscribe(*input, i18n::code(lang));
  if (!done) return subscribe_form(r, lang, &f, form_error(site_, lang, done.error()), form_status(done.error()));
  return see_other(site_, r, Site::prefix(lang) + "/newsletter?done=asked");
}

http::Response NewsletterPages::confirm_page(http::Request& r, Language lang, const Visit&) {
  return site_.page(r, lang, "newsletter_confirm", site_.tr(lang, N_("Confirm your subscription")),
                    Object{{"asking", true},
                           {"action", Site::prefix(lang) + "/newsletter/confirm/" +
                                          text::encode_uri_component(r.param("token"))}});
}

http::Response NewsletterPages::confirm(http::Request& r, Language lang, const Visit&, const Form&) {
  auto done = newsletter_.confirm(r.param("token"));
  Object data{{"asking", false}, {"archive_href", Site::prefix(lang) + "/newsletter/issues"}};
  if (!done) {
    merge(data, form_error(site_, lang, done.error()));
    return site_.page(r, lang, "newsletter_confirm", site_.tr(lang, N_("Confirm your subscription")), std::move(data),
                      PageOptions{form_status(done.error()), {}, {}});
  }
  data["confirmed"] = true;
  data["language_name"] = std::string(language_endonym(done->language));
  data["segment"] = segment_text(lang, done->segment);
  return site_.page(r, lang, "newsletter_confirm", site_.tr(lang, N_("Confirm your subscription")), std::move(data));
}

http::Response NewsletterPages::unsubscribe_page(http::Request& r, Language lang, const Visit&) {
  return site_.page(r, lang, "newsletter_unsubscribe", site_.tr(lang, N_("Unsubscribe from the newsletter")),
                    Object{{"asking", true},
                           {"action", Site::prefix(lang) + "/newsletter/unsubscribe/" +
                                          text::encode_uri_component(r.param("token"))}});
}

http::Response NewsletterPages::unsubscribe(http::Request& r, Language lang, const Visit&) {
  auto done = newsletter_.unsubscribe(r.param("token"));
  Object data{{"asking", false}, {"subscribe_href", Site::prefix(lang) + "/newsletter"}};
  if (!done) {
    merge(data, form_error(site_, lang, done.error()));
    return site_.page(r, lang, "newsletter_unsubscribe", site_.tr(lang, N_("Unsubscribe from the newsletter")),
                      std::move(data), PageOptions{form_status(done.error()), {}, {}});
  }
  data["left"] = true;
  return site_.page(r, lang, "newsletter_unsubscribe", site_.tr(lang, N_("Unsubscribe from the newsletter")),
                    std::move(data));
}

}  // namespace cps::web
