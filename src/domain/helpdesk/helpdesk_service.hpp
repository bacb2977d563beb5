// The helpdesk's rules: anyone signed in asks about a region's need; the coordinators of the
// question's area (and the committee, the lead partner, administrators) assign it to an expert
// who may answer that area, with a due date; the expert (or any of those) answers it with a
// draft knowledge item; the asker or an answerer closes it. Questions are seen by their asker,
// their expert and who may answer their area. Mails go through the outbox at each step and
// before and after the due date. Every change moves the question's revision and writes an
// audit line ("helpdesk.asked", "helpdesk.assigned", "helpdesk.answered", "helpdesk.closed";
// target "question:<id>") in the same transaction.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domain/accounts/accounts.hpp"
#include "domain/helpdesk/helpdesk.hpp"
#include "domain/helpdesk/helpdesk_repository.hpp"
#include "domain/helpdesk/surroundings.hpp"

namespace cps::helpdesk {

// Which questions a list shows: those the viewer asked, those assigned to them, or every one
// the viewer may answer.
enum class View { mine, assigned, all };
inline constexpr EnumName<View> kViewNames[] = {{View::mine, "mine"}, {View::assigned, "assigned"}, {View::all, "all"}};
static_assert(names_each_value_once(kViewNames));

struct Capabilities {
  bool assign = false;  // open or assigned, and the viewer may answer its area
  bool answer = false;  // open or assigned, the viewer is its expert or may answer its area, and writes its knowledge items
  bool close = false;   // not closed, and the viewer asked it or may answer its area
};

// A question as a page shows it: whether it is overdue, and the answer item's title.
struct QuestionView {
  Question question;
  bool overdue = false;
  std::string answer_title;  // "" when there is no answer item (or it is gone)
};

struct ListFilter {
  View view = View::mine;
  std::optional<QuestionStatus> status = std::nullopt;
  std::optional<AreaCode> area = std::nullopt;
};

class HelpdeskService {
 public:
  using Clock = std::function<Seconds()>;
  HelpdeskService(HelpdeskRepository& repository, HelpdeskSurroundings& surroundings, Clock clock = {});

  Result<QuestionView> ask(const accounts::Principal& who, QuestionInput input);
  Result<std::vector<QuestionView>> list(const accounts::Principal& who, const ListFilter& filter,
                                         const std::string& language);
  // Not found unless the viewer may see it.
  Result<QuestionView> question(const accounts::Principal& who, QuestionId id, const std::string& language);
  Capabilities capabilities(const accounts::Principal& who, const Question& question) const;
  // Whether the viewer may answer some area (and so sees the "all" list).
  bool answers_any(const accounts::Principal& who) const;
  // The people who may answer questions of the area and write its knowledge items, by name.
  Result<std::vector<Person>> experts(const accounts::Principal& who, const AreaCode& area);

  // The expert must be able to answer the area; the due date today or later.
  Result<QuestionView> assign(const accounts::Principal& who, QuestionId id, int revision, AssignmentInput input);
  // Writes the answer as a draft knowledge item of the question's area and region (as `who`,
  // who must be allowed to write knowledge items), then links it to the question.
  Result<QuestionView> answer(const accounts::Principal& who, QuestionId id, int revision, AnswerInput input);
  Result<QuestionView> close(const accounts::Principal& who, QuestionId id, int revision, const std::string& note);

  // Queues the reminders due at the clock's now — to the expert two days before the due date,
  // and to the expert and the area's coordinators once it has passed — each once, by its key.
  // Returns how many mails were queued.
  Result<std::size_t> send_reminders();

 private:
  Seconds now() const;
  std::string today() const;
  Result<QuestionView> view_of(Question q, const std::string& language);
  Result<Question> load(const accounts::Principal& who, QuestionId id);
  using Change = std::function<Result<std::string>(Question&)>;
  // One change: loads the question as the viewer may see it, refuses a stale revision, runs
  // `change` (checks and edits; returns the audit detail) and writes it with the audit line.
  Result<Question> change(const accounts::Principal& who, QuestionId id, int revision, std::string_view verb,
                          const Change& change);
  // Mails, outside any transaction (the outbox is another store); a failure is reported but
  // does not undo the change.
  Status tell(const std::vector<Person>& to, const HelpdeskSurroundings::MailText& text);
  Result<std::vector<Person>> coordinators_of(const AreaCode& area);

  HelpdeskRepository& repository_;
  HelpdeskSurroundings& surroundings_;
  Clock clock_;
};

std::string_view to_string(View v);

}  // namespace cps::helpdesk
