// The newsletter's command (see newsletter_command.hpp).
#include "app/newsletter_command.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "app/application.hpp"
#include "app/services.hpp"
#include "domain/newsletter/newsletter.hpp"

namespace cps::app {

int run_newsletter_bounce(const Config& config, const NewsletterBounceCommand& command) {
  constexpr std::string_view kCommand = "newsletter bounce";
  // The API's input shape, read by its one parser.
  boost::json::object given{{"email", command.email}, {"kind", command.kind}, {"reason", command.reason}};
  auto input = newsletter::read_bounce(given);
  if (!input) return report_input_failure(kCommand, input.error());
  auto services = open_services(config);
  if (!services) return report_input_failure(kCommand, services.error());
  auto recorded = (*services)->newsletter.record_bounce(accounts::AccountService::command_line(), *input);
  if (!recorded) return report_input_failure(kCommand, recorded.error());
  fmt::print("subscriber {}: {} hard and {} soft bounces; {}\n", recorded->id.value(), recorded->hard_bounces,
             recorded->soft_bounces,
             recorded->suppressed() ? "suppressed (" + recorded->suppressed_reason + ")" : std::string("still sent to"));
  return 0;
}

}  // namespace cps::app
