// The personal start page's use case: gathers what waits for the signed-in person from every
// feature's AgendaSource, judges due dates against today and sorts it. Visitors who are not
// signed in are refused (unauthenticated): the page is theirs only.
#pragma once

#include <functional>
#include <vector>

#include "domain/agenda/agenda.hpp"

namespace cps::agenda {

class AgendaService {
 public:
  using Clock = std::function<Seconds()>;
  // The sources outlive the service; their order does not matter (sections follow Kind).
  explicit AgendaService(std::vector<AgendaSource*> sources, Clock clock = {});

  // What waits for the person; a source's failure fails the whole agenda (never a partial
  // page that would look like "nothing waits").
  // Titles in `language` where a thing has a version in it.
  Result<Agenda> agenda(const accounts::Principal& who, const std::string& language);

 private:
  Seconds now() const;

  std::vector<AgendaSource*> sources_;
  Clock clock_;
};

}  // namespace cps::agenda
