// `clusterpolisee newsletter bounce --email ADDRESS --kind hard|soft [--reason TEXT]`: a bounce
// recorded from the machine, for the scripts that read the bounce mailbox (the API's
// POST /api/v1/newsletter/bounces takes the same input). One hard or three soft bounces
// suppress the address.
#pragma once

#include <string>

#include "app/config.hpp"

namespace cps::app {

struct NewsletterBounceCommand {
  std::string email;
  std::string kind;
  std::string reason;
};

// Returns the exit code: 0 recorded, 2 for input that is refused or an address nobody
// subscribed with (the message and the field at fault on standard error), 1 otherwise.
int run_newsletter_bounce(const Config& config, const NewsletterBounceCommand& command);

}  // namespace cps::app
