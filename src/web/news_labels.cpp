#include "web/news_labels.hpp"

#include "i18n/catalogue.hpp"

namespace cps::web {

using i18n::N_;

const char* post_status_label(news::PostStatus s) {
  switch (s) {
    case news::PostStatus::draft: return N_("Draft");
    case news::PostStatus::published: return N_("Published");
  }
  return "";
}

const char* translation_status_label(news::TranslationStatus s) {
  switch (s) {
    case news::TranslationStatus::original: return N_("Original");
    case news::TranslationStatus::human_translation: return N_("Translation");
    case news::TranslationStatus::out_of_date: return N_("Translation out of date");
  }
  return "";
}

}  // namespace cps::web
