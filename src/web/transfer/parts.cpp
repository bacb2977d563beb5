// The transfer pages' shared pieces (see parts.hpp), and the knowledge item page's section.
#include "web/transfer/parts.hpp"

#include <set>

#include "web/markdown.hpp"

namespace cps::web {

namespace transfer_parts {

std::string transfer_href(i18n::Language lang, TransferId id) {
  return Site::prefix(lang) + "/transfers/" + std::to_string(id.value());
}

std::string practice_href(i18n::Language lang, std::int64_t item) {
  return Site::prefix(lang) + "/knowledge/" + std::to_string(item);
}

RegionNames::RegionNames(reference::ReferenceService& reference, const std::vector<std::string>& codes) {
  if (codes.empty()) return;
  if (auto found = reference.lookup_regions(codes))
    for (const auto& r : found->found) names_[r.code.str()] = r.name_latin;
}

std::string RegionNames::name(const RegionCode& code) const {
  auto it = names_.find(code.str());
  return it == names_.end() ? code.str() : it->second;
}

std::string RegionNames::label(const RegionCode& code) const {
  auto it = names_.find(code.str());
  return it == names_.end() ? code.str() : it->second + " (" + code.str() + ")";
}

std::vector<std::string> region_codes(const std::vector<Transfer>& transfers) {
  std::set<std::string> codes;
  for (const auto& t : transfers) {
    codes.insert(t.origin.str());
    codes.insert(t.destination.str());
  }
  return {codes.begin(), codes.end()};
}

Object transfer_row(const Site& site, i18n::Language lang, const RegionNames& names, const Transfer& t) {
  const auto& cat = site.catalogue();
  Object row{{"href", transfer_href(lang, t.id)},
             {"practice", t.item_title},
             {"practice_href", practice_href(lang, t.item)},
             {"origin", names.label(t.origin)},
             {"origin_href", Site::prefix(lang) + "/regions/" + t.origin.str()},
             {"destination", names.label(t.destination)},
             {"destination_href", Site::prefix(lang) + "/regions/" + t.destination.str()},
             {"adopter", t.adopter_name},
             {"month", t.adopted_on},
             {"status", site.tr(lang, transfer_status_label(t.status))},
             {"status_code", std::string(to_string(t.status))},
             {"mode", site.tr(lang, transfer_mode_label(t.mode))},
             {"result", t.result},
             {"has_result", !t.result.empty()},
             {"has_evidence", t.evidence.has_value()}};
  if (t.evidence) {
    row["pilot_title"] = t.evidence->title;
    row["pilot_href"] = Site::prefix(lang) + "/pilots/" + std::to_string(t.evidence->pilot);
    row["targets"] = text::fill(site.tr(lang, N_("{met} of {of} targets met")),
                                {{"met", cat.format_integer(lang, (long long)t.evidence->targets_met)},
                                 {"of", cat.format_integer(lang, (long long)t.evidence->targets)}});
    row["pilot_result"] = t.evidence->result;
    row["has_pilot_result"] = !t.evidence->result.empty();
    row["lessons_html"] = render_markdown(t.evidence->lessons);
    row["has_lessons"] = !t.evidence->lessons.empty();
  }
  return row;
}

}  // namespace transfer_parts

Result<Object> practice_transfers(const Site& site, reference::ReferenceService& reference,
                                  TransferService& transfers, const accounts::Principal& who, i18n::Language lang,
                                  std::int64_t item) {
  auto history = transfers.history(who, item, std::string(i18n::code(lang)));
  if (!history) {
    if (history.error().kind == ErrorKind::not_found) return Object{};
    return std::unexpected(history.error());
  }
  const auto& cat = site.catalogue();
  RegionNames names(reference, region_codes(history->transfers));
  List rows;
  for (const auto& t : history->transfers) rows.push_back(transfer_row(site, lang, names, t));
  std::string summary = text::fill(site.tr(lang, N_("Transfers recorded: {count}")),
                                   {{"count", cat.format_integer(lang, (long long)history->transfers.size())}});
  if (history->targets > 0)
    summary += " · " + text::fill(site.tr(lang, N_("its pilots met {met} of {of} targets")),
                                  {{"met", cat.format_integer(lang, (long long)history->targets_met)},
                                   {"of", cat.format_integer(lang, (long long)history->targets)}});
  std::string base = practice_href(lang, item);
  return Object{{"transfers", rows},
                {"has_transfers", !rows.empty()},
                {"transfer_summary", summary},
                {"transfers_href", base + "/transfers"},
                {"may_record_transfer", history->practice.published && transfers.may_record(who)},
                {"record_transfer_href", Site::prefix(lang) + "/transfers/new?item=" + std::to_string(item)}};
}

}  // namespace cps::web
