// The demo's newsletter: subscribers in several languages who confirmed from their mails (so
// the consent log has both steps), one address suppressed after a hard bounce, and one issue
// sent, in the public archive.
#pragma once

#include "app/services.hpp"
#include "storage/database.hpp"

namespace cps::app {

struct NewsletterDemoReport {
  std::size_t subscribers = 0;  // 0 when the newsletter had subscribers already
  std::size_t issues = 0;
};

// Needs the demo partnership stored first (the lead partner's coordinator writes the issue).
// Reads the confirmation links from the outbox of `db`, as a subscriber reads them in the mail.
Result<NewsletterDemoReport> load_demo_newsletter(Services& services, storage::Database& db);

}  // namespace cps::app
