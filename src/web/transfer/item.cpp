// A transfer's page, following it step by step from the practice to the evidence that flows
// back to it (adopted in a region → pilot → indicators → evaluation), and a practice's history
// of transfers with their results.
#include "web/markdown.hpp"
#include "http/request.hpp"
#include "web/transfer/parts.hpp"

namespace cps::web {

http::Response TransferPages::item(http::Request& r, Language lang, const Visit& v) {
  auto id = http::path_id<TransferId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto found = transfers_.transfer(v.principal, *id, std::string(i18n::code(lang)));
  if (!found) return site_.error_page(r, found.error());
  const Transfer& t = *found;
  const auto& cat = site_.catalogue();
  RegionNames names(reference_, region_codes({t}));
  Object data = transfer_row(site_, lang, names, t);
  bool adopted = t.status != TransferStatus::considered && t.status != TransferStatus::abandoned;
  bool evaluated = !t.result.empty() || (t.evidence && !t.evidence->result.empty());
  // The chain of the issue, each step done or still to come.
  List steps;
  auto step = [&](const char* label, bool done, std::string text) {
    steps.push_back(Object{{"label", site_.tr(lang, label)},
                           {"done", done},
                           {"state", site_.tr(lang, done ? N_("done") : N_("not yet"))},
                           {"text", std::move(text)}});
  };
  step(N_("Practice"), true, t.item_title + " · " + names.label(t.origin));
  step(N_("Adopted in a region"), adopted,
       text::fill(site_.tr(lang, N_("{region}, by {organisation}, {month}")),
                  {{"region", names.label(t.destination)}, {"organisation", t.adopter_name}, {"month", t.adopted_on}}));
  step(N_("Pilot"), t.evidence.has_value(), t.evidence ? t.evidence->title : site_.tr(lang, N_("No pilot linked yet.")));
  step(N_("Indicators"), t.evidence && t.evidence->targets > 0,
       t.evidence ? text::fill(site_.tr(lang, N_("{met} of {of} targets met")),
                               {{"met", cat.format_integer(lang, (long long)t.evidence->targets_met)},
                                {"of", cat.format_integer(lang, (long long)t.evidence->targets)}})
                  : std::string("–"));
  step(N_("Evaluation"), evaluated,
       !t.result.empty() ? t.result
       : t.evidence && !t.evidence->result.empty() ? t.evidence->result
                                                   : site_.tr(lang, N_("Not evaluated yet.")));
  step(N_("Evidence on the practice"), evaluated || t.evidence.has_value(),
       site_.tr(lang, N_("Shown on the practice's page with its other transfers.")));
  data["steps"] = steps;
  data["notes_html"] = render_markdown(t.notes);
  data["has_notes"] = !t.notes.empty();
  data["history_href"] = practice_href(lang, t.item) + "/transfers";
  data["list_href"] = Site::prefix(lang) + "/transfers";
  data["may_edit"] = transfers_.may_edit(v.principal, t);
  data["edit_href"] = transfer_href(lang, t.id) + "/edit";
  std::string done = r.query_value("done").value_or("");
  if (done == "recorded") data["notice"] = site_.tr(lang, N_("The transfer is recorded."));
  if (done == "saved") data["notice"] = site_.tr(lang, N_("The transfer is saved."));
  std::string heading = text::fill(site_.tr(lang, N_("{practice} in {region}")),
                                   {{"practice", t.item_title}, {"region", names.name(t.destination)}});
  data["heading"] = heading;
  return site_.page(r, lang, "transfer_item", heading, std::move(data));
}

http::Response TransferPages::history(http::Request& r, Language lang, const Visit& v) {
  auto id = text::parse_int(r.param("id"));
  if (!id || *id < 1) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto history = transfers_.history(v.principal, *id, std::string(i18n::code(lang)));
  if (!history) return site_.error_page(r, history.error());
  auto section = practice_transfers(site_, reference_, transfers_, v.principal, lang, *id);
  if (!section) return site_.error_page(r, section.error());
  Object data = std::move(*section);
  data["practice"] = history->practice.title;
  data["practice_href"] = practice_href(lang, *id);
  data["list_href"] = Site::prefix(lang) + "/transfers";
  std::string title = text::fill(site_.tr(lang, N_("Transfers of {practice}")), {{"practice", history->practice.title}});
  data["heading"] = title;
  return site_.page(r, lang, "transfer_history", title, std::move(data));
}

}  // namespace cps::web
