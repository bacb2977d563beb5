// Words for people for the states of news posts (catalogue message ids).
#pragma once

#include "domain/news/news.hpp"

namespace cps::web {

const char* post_status_label(news::PostStatus s);
const char* translation_status_label(news::TranslationStatus s);

}  // namespace cps::web
