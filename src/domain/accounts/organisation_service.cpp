#include "domain/accounts/organisation_service.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "i18n/languages.hpp"

namespace cps::accounts {

using i18n::N_;

namespace {

Status require(const Principal& who, Action action, const Target& target = {}) {
  if (allowed(who, action, target)) return {};
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  return fail(ErrorKind::forbidden, "You may not do this.");
}

Status require_write(const Principal& who) {
  if (who.via == Principal::Via::api_token && who.token_scope != TokenScope::write)
    return fail(ErrorKind::forbidden, "This API token may only read.");
  return {};
}

bool valid_slug(std::string_view s) {
  if (s.size() < 2 || s.size() > 60 || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool valid_website(std::string_view w) {
  if (w.empty()) return true;
  if (!(w.starts_with("https://") || w.starts_with("http://")) || w.size() > 300) return false;
  return std::none_of(w.begin(), w.end(), [](unsigned char c) {
    return c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7F;
  });
}

Status checked_text(std::string_view value, std::string_view field, std::size_t min,
                    std::size_t max, const char* message) {
  if (!text::is_valid_utf8(value) || text::has_control_characters(value))
    return fail(ErrorKind::unprocessable, "The text contains characters that are not allowed.",
                std::string(field));
  std::size_t n = text::utf8_length(value);
  if (n < min || n > max) return fail(ErrorKind::unprocessable, message, std::string(field));
  return {};
}

}  // namespace

const Person* OrganisationProfile::contact() const {
  if (!organisation.contact) return nullptr;
  for (const auto& p : members)
    if (p.user.id == *organisation.contact) return &p;
  return nullptr;
}

OrganisationService::OrganisationService(AccountRepository& repository,
                                         reference::ReferenceService& reference, Clock clock)
    : repository_(repository), reference_(reference), clock_(std::move(clock)) {}

Result<OrganisationFilter> OrganisationService::parse_filter(
    const std::optional<std::string>& country, const std::optional<std::string>& type,
    const std::optional<std::string>& role, const std::optional<std::string>& experience) {
  OrganisationFilter f;
  auto given = [](const std::optional<std::string>& v) { return v && !v->empty(); };
  if (given(country)) {
    if (country->size() != 2 || !std::all_of(country->begin(), country->end(),
                                             [](char c) { return c >= 'A' && c <= 'Z'; }))
      return fail(ErrorKind::invalid, "Choose a country from the list.", "country");
    auto known = reference_.country(*country);
    if (!known) {
      if (known.error().kind == ErrorKind::not_found || known.error().kind == ErrorKind::invalid)
        return fail(ErrorKind::invalid, "Choose a country from the list.", "country");
      return std::unexpected(known.error());
    }
    f.country = known->code;
  }
  if (given(type)) {
    if (std::find(std::begin(kPartnerTypes), std::end(kPartnerTypes), *type) ==
        std::end(kPartnerTypes))
      return fail(ErrorKind::invalid, "Choose a type of organisation from the list.", "type");
    f.type = *type;
  }
  if (given(role)) {
    f.role = parse_organisation_role(*role);
    if (!f.role) return fail(ErrorKind::invalid, "Choose a role in the partnership from the list.", "role");
  }
  if (given(experience)) {
    f.experience = parse_experience(*experience);
    if (!f.experience)
      return fail(ErrorKind::invalid, "Choose experienced or learning.", "experience");
  }
  return f;
}

Result<std::vector<Organisation>> OrganisationService::directory(const Principal& who,
                                                                 const OrganisationFilter& filter) {
  if (auto r = require(who, Action::view_directory); !r) return std::unexpected(r.error());
  std::vector<Organisation> out;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto o = store.organisations(filter);
    if (!o) return std::unexpected(o.error());
    out = std::move(*o);
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  return out;
}

Result<OrganisationProfile> OrganisationService::profile(const Principal& who, OrganisationId id) {
  if (auto r = require(who, Action::view_directory); !r) return std::unexpected(r.error());
  bool contacts = allowed(who, Action::view_member_contacts);
  OrganisationProfile out;
  bool found = false;
  auto ok = repository_.read([&](AccountStore& store) -> Status {
    auto o = store.organisation(id);
    if (!o) return std::unexpected(o.error());
    if (!*o) return {};
    found = true;
    out.organisation = std::move(**o);
    auto users = store.users();
    if (!users) return std::unexpected(users.error());
    for (auto& u : *users) {
      if (u.status != UserStatus::active || u.organisation != id) continue;
      if (!contacts) u.email.clear();
      out.members.push_back(Person{std::move(u), std::nullopt, contacts});
    }
    return {};
  });
  if (!ok) return std::unexpected(ok.error());
  if (!found) return fail(ErrorKind::not_found, "Not found.");
  return out;
}

bool OrganisationService::may_edit(const Principal& who, OrganisationId id) const {
  return allowed(who, Action::edit_organisation, Target{.organisation = id});
}

bool OrganisationService::may_create(const Principal& who) const {
  return allowed(who, Action::create_organisation);
}

Result<Organisation> OrganisationService::checked(const OrganisationInput& input) {
  Organisation o;
  o.slug = text::trim(input.slug);
  if (!valid_slug(o.slug))
    return fail(ErrorKind::unprocessable,
                "Use 2 to 60 lower-case letters, digits and hyphens for the short name.", "slug");
  if (std::find(std::begin(kPartnerTypes), std::end(kPartnerTypes), input.type) ==
      std::end(kPartnerTypes))
    return fail(ErrorKind::unprocessable, "Choose a type of organisation from the list.", "type");
  o.type = input.type;
  auto country = reference_.country(input.country);
  if (!country) {
    if (country.error().kind != ErrorKind::not_found && country.error().kind != ErrorKind::invalid)
      return std::unexpected(country.error());
    return fail(ErrorKind::unprocessable, "Choose a country from the list.", "country");
  }
  o.country = country->code;
  std::string region = text::trim(input.region);
  if (!region.empty()) {
    auto detail = reference_.region(region);
    if (!detail) {
      if (detail.error().kind != ErrorKind::not_found && detail.error().kind != ErrorKind::invalid)
        return std::unexpected(detail.error());
      return fail(ErrorKind::unprocessable, "This region does not exist.", "region");
    }
    if (detail->country.code != o.country)
      return fail(ErrorKind::unprocessable, "The region must lie in the organisation's country.",
                  "region");
    o.region = detail->region.code;
  }
  o.website = text::trim(input.website);
  if (!valid_website(o.website))
    return fail(ErrorKind::unprocessable, "Give the website as an address starting with https://.",
                "website");
  auto role = parse_organisation_role(input.role);
  if (!role)
    return fail(ErrorKind::unprocessable, "Choose a role in the partnership from the list.", "role");
  o.role = *role;
  auto experience = parse_experience(input.experience);
  if (!experience)
    return fail(ErrorKind::unprocessable, "Choose experienced or learning.", "experience");
  o.experience = *experience;
  for (const auto& t : input.texts) {
    // The UI languages, and the organisation's own language for its official name.
    bool tag = t.lang.size() >= 2 && t.lang.size() <= 3 &&
               std::all_of(t.lang.begin(), t.lang.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!tag) return fail(ErrorKind::unprocessable, "This is not a language code.", "lang");
    OrganisationText clean{t.lang, text::trim(t.name), text::trim(t.description)};
    if (clean.name.empty() && clean.description.empty()) continue;
    if (auto ok = checked_text(clean.name, "name_" + t.lang, 2, 200,
                               N_("The name must have between 2 and 200 characters."));
        !ok)
      return std::unexpected(ok.error());
    if (auto ok = checked_text(clean.description, "description_" + t.lang, 0, 5000,
                               N_("The description may have up to 5000 characters."));
        !ok)
      return std::unexpected(ok.error());
    o.texts.push_back(std::move(clean));
  }
  if (std::none_of(o.texts.begin(), o.texts.end(), [](auto& t) { return t.lang == "en"; }))
    return fail(ErrorKind::unprocessable, "Give the name in English at least.", "name_en");
  if (!input.contact.empty()) {
    auto id = text::parse_int(input.contact);
    if (!id || *id <= 0)
      return fail(ErrorKind::unprocessable, "Choose the contact person from the list.", "contact");
    o.contact = UserId(*id);
  }
  return o;
}

Result<OrganisationId> OrganisationService::create(const Principal& who,
                                                   const OrganisationInput& input) {
  if (auto w = require_write(who); !w) return std::unexpected(w.error());
  if (auto r = require(who, Action::create_organisation); !r) return std::unexpected(r.error());
  auto o = checked(input);
  if (!o) return std::unexpected(o.error());
  OrganisationId id;
  auto ok = repository_.transaction([&](AccountStore& store) -> Status {
    auto existing = store.organisation_by_slug(o->slug);
    if (!existing) return std::unexpected(existing.error());
    if (*existing)
      return fail(ErrorKind::conflict, "Another organisation has this short name.", "slug");
    if (o->contact)
      return fail(ErrorKind::unprocessable,
                  "A new organisation has no members yet; choose its contact person later.",
                  "contact");
    Seconds now = clock_();
    auto inserted = store.insert_organisation(*o, now);
    if (!inserted) return std::unexpected(inserted.error());
    id = *inserted;
    AuditRecord a{who.user, who.label, "organisation.created",
                  "organisation:" + std::to_string(id.value()), o->slug, who.client, now};
    return store.append_audit(a);
  });
  if (!ok) return std::unexpected(ok.error());
  return id;
}

Status OrganisationService::update(const Principal& who, OrganisationId id,
                                   const OrganisationInput& input) {
  if (auto w = require_write(who); !w) return w;
  if (auto r = require(who, Action::edit_organisation, Target{.organisation = id}); !r) return r;
  auto o = checked(input);
  if (!o) return std::unexpected(o.error());
  return repository_.transaction([&](AccountStore& store) -> Status {
    auto current = store.organisation(id);
    if (!current) return std::unexpected(current.error());
    if (!*current) return fail(ErrorKind::not_found, "Not found.");
    auto same_slug = store.organisation_by_slug(o->slug);
    if (!same_slug) return std::unexpected(same_slug.error());
    if (*same_slug && (*same_slug)->id != id)
      return fail(ErrorKind::conflict, "Another organisation has this short name.", "slug");
    // Only administrators and the lead partner decide who is a partner and who is experienced.
    if (!allowed(who, Action::create_organisation)) {
      o->role = (*current)->role;
      o->experience = (*current)->experience;
    }
    o->id = id;
    if (o->contact) {
      auto person = store.user(*o->contact);
      if (!person) return std::unexpected(person.error());
      if (!*person || (*person)->user.organisation != id ||
          (*person)->user.status != UserStatus::active)
        return fail(ErrorKind::unprocessable, "Choose the contact person from the list.", "contact");
    }
    Seconds now = clock_();
    if (auto u = store.update_organisation(*o, now); !u) return u;
    AuditRecord a{who.user, who.label, "organisation.updated",
                  "organisation:" + std::to_string(id.value()), o->slug, who.client, now};
    return store.append_audit(a);
  });
}

}  // namespace cps::accounts
