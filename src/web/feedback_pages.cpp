// Feedback's partial and the routes it posts to (see feedback_pages.hpp).
#include "web/feedback_pages.hpp"

#include <boost/json.hpp>

#include "core/text.hpp"
#include "web/helpdesk_labels.hpp"

namespace cps::web {

namespace json = boost::json;
using i18n::N_;
using feedback::Subject;
using feedback::Verdict;

namespace {

// An id for the partial's elements and the anchor to come back to: "fb-" and the key with
// anything but letters and digits as "-".
std::string anchor_of(const std::string& key) {
  std::string out = "fb-";
  for (char c : key) out += (std::isalnum(static_cast<unsigned char>(c)) ? c : '-');
  return out;
}

std::string key_of(const FeedbackSlot& slot) {
  return slot.recommendation ? feedback::key_text(*slot.recommendation) : slot.key;
}

// Where to go back to: the address the form came from when it is on this site.
std::string back_to(const Form& f, i18n::Language lang, const std::string& anchor) {
  std::string to = safe_next(f.get("return_to"), Site::prefix(lang));
  if (auto hash = to.find('#'); hash != std::string::npos) to.resize(hash);
  return to + "#" + anchor;
}

}  // namespace

Object feedback_slot(const Site& site, i18n::Language lang, const FeedbackSlot& slot) {
  const std::string key = key_of(slot);
  const std::string id = anchor_of(std::string(feedback::to_string(slot.subject)) + "-" + key);
  const auto& t = slot.summary.tally;
  std::optional<Verdict> mine;
  std::string reason;
  if (slot.summary.mine) {
    mine = slot.summary.mine->verdict;
    reason = slot.summary.mine->reason;
  }
  List verdicts;
  for (auto v : {Verdict::useful, Verdict::not_relevant, Verdict::adopted})
    verdicts.push_back(Object{{"fb_value", std::string(feedback::to_string(v))},
                              {"fb_name", site.tr(lang, verdict_label(v))},
                              {"fb_chosen", mine == v}});
  const std::string prefix = Site::prefix(lang);
  Object data{{"fb_id", id},
              {"fb_label", slot.label},
              {"fb_action", prefix + "/learning/feedback"},
              {"fb_subject", std::string(feedback::to_string(slot.subject))},
              {"fb_key", key},
              {"fb_return_to", slot.return_to},
              {"fb_verdicts", verdicts},
              {"fb_reason", reason},
              {"fb_may_give", slot.may_give},
              {"fb_has_mine", mine.has_value()},
              {"fb_mine", mine ? site.tr(lang, verdict_label(*mine)) : std::string()},
              {"fb_has_tally", t.total() > 0},
              {"fb_tally", text::fill(site.tr(lang, N_("{useful} useful · {not_relevant} not relevant · {adopted} adopted")),
                                      {{"useful", std::to_string(t.useful)},
                                       {"not_relevant", std::to_string(t.not_relevant)},
                                       {"adopted", std::to_string(t.adopted)}})}};
  bool recommendation = slot.subject == Subject::recommendation && slot.recommendation;
  data["fb_may_curate"] = recommendation && slot.may_curate;
  if (recommendation) {
    const auto& k = *slot.recommendation;
    std::string state = !slot.curation ? "shown" : slot.curation->pinned ? "pinned" : slot.curation->hidden ? "hidden" : "shown";
    data["fb_curation_action"] = prefix + "/learning/curation";
    data["fb_region"] = k.region.str();
    data["fb_need"] = k.need;
    data["fb_item"] = std::to_string(k.item);
    data["fb_shown"] = state == "shown";
    data["fb_pinned"] = state == "pinned";
    data["fb_hidden"] = state == "hidden";
    data["fb_note"] = slot.curation ? slot.curation->note : std::string();
    data["fb_has_note"] = slot.curation && !slot.curation->note.empty();
    if (slot.curation && (slot.curation->pinned || slot.curation->hidden))
      data["fb_curated"] = text::fill(site.tr(lang, slot.curation->pinned ? N_("Pinned by {curator}.")
                                                                          : N_("Hidden by {curator}.")),
                                      {{"curator", slot.curation->curator_name}});
  }
  return data;
}

void FeedbackPages::add_routes(http::Router& router) {
  using V = http::bhttp::verb;
  router.add(V::post, "/{lang}/learning/feedback", on_form(site_, this, &FeedbackPages::give));
  router.add(V::post, "/{lang}/learning/curation", on_form(site_, this, &FeedbackPages::curate));
}

http::Response FeedbackPages::give(http::Request& r, Language lang, const Visit& v, const Form& f) {
  json::object body{{"subject", f.get("subject")}, {"verdict", f.get("verdict")}, {"reason", f.get("reason")}};
  // The partial sends a recommendation's key as one text; other forms may send its parts.
  if (!f.get("region").empty()) {
    body["region"] = f.get("region");
    body["need"] = f.get("need");
    body["item"] = f.get("item");
  } else {
    body["key"] = f.get("key");
  }
  auto input = feedback::read_feedback(body);
  if (!input) return site_.error_page(r, input.error());
  const std::string anchor = anchor_of(std::string(feedback::to_string(input->subject)) + "-" + input->key);
  auto given = feedback_.give(v.principal, std::move(*input));
  if (!given) return site_.error_page(r, given.error());
  return see_other(site_, r, back_to(f, lang, anchor));
}

http::Response FeedbackPages::curate(http::Request& r, Language lang, const Visit& v, const Form& f) {
  const std::string state = f.get("state");
  if (state != "shown" && state != "pinned" && state != "hidden")
    return site_.error_page(r, Error{ErrorKind::invalid, N_("Choose a value from the list."), "state"});
  json::object body{{"region", f.get("region")}, {"need", f.get("need")},   {"item", f.get("item")},
                    {"pinned", state == "pinned"}, {"hidden", state == "hidden"}, {"note", f.get("note")}};
  auto input = feedback::read_curation(body);
  if (!input) return site_.error_page(r, input.error());
  const std::string anchor = anchor_of("recommendation-" + feedback::key_text(input->key));
  auto curated = feedback_.curate(v.principal, std::move(*input));
  if (!curated) return site_.error_page(r, curated.error());
  return see_other(site_, r, back_to(f, lang, anchor));
}

}  // namespace cps::web
