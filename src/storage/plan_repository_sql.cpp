// The plans' rows (see plan_repository_sql.hpp).
#include "storage/plan_repository_sql.hpp"

#include <algorithm>
#include <stdexcept>

#include "storage/audit_log_sql.hpp"
#include "storage/data_epoch.hpp"

namespace cps::storage {

namespace {

using namespace cps::plans;
using ll = long long;

template <class E, std::size_t N>
E stored(const std::string& text, const EnumName<E> (&names)[N]) {
  auto value = parse_name(text, names);
  if (!value) throw std::runtime_error("a stored plan value does not read back: " + text);
  return *value;
}

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> split(const std::string& codes) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < codes.size()) {
    auto end = codes.find(',', start);
    if (end == std::string::npos) end = codes.size();
    if (end > start) out.push_back(codes.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

constexpr const char* kPlanColumns =
    "SELECT id, title, kind, editor_group, languages, state, version, published_version, created_at, phase_opens, "
    "phase_closes FROM plans";

Plan read_plan_row(const soci::row& row) {
  return Plan{PlanId(get_int(row, 0)),
              get_text(row, 1),
              stored(get_text(row, 2), kPlanKindNames),
              get_text(row, 3),
              split(get_text(row, 4)),
              stored(get_text(row, 5), kPlanStateNames),
              int(get_int(row, 6)),
              int(get_int(row, 7)),
              get_int(row, 8),
              get_text(row, 9),
              get_text(row, 10)};
}

constexpr const char* kSuggestionColumns =
    "SELECT s.id, s.plan_id, s.paragraph_id, s.kind, s.body, s.reason, s.base_revision, s.original, s.author_id, "
    "u.display_name, s.state, s.decision_reason, s.decided_by, "
    "(SELECT COUNT(*) FROM plan_suggestion_support x WHERE x.suggestion_id = s.id), s.created_at, s.decided_at "
    "FROM plan_suggestions s JOIN users u ON u.id = s.author_id";

Suggestion read_suggestion_row(const soci::row& row) {
  return Suggestion{SuggestionId(get_int(row, 0)),
                    PlanId(get_int(row, 1)),
                    ParagraphId(get_int(row, 2)),
                    stored(get_text(row, 3), kSuggestionKindNames),
                    get_text(row, 4),
                    get_text(row, 5),
                    int(get_int(row, 6)),
                    get_text(row, 7),
                    accounts::UserId(get_int(row, 8)),
                    get_text(row, 9),
                    stored(get_text(row, 10), kSuggestionStateNames),
                    get_text(row, 11),
                    get_text(row, 12),
                    int(get_int(row, 13)),
                    get_int(row, 14),
                    get_int(row, 15),
                    {}};
}

class Store final : public PlanStore {
 public:
  explicit Store(soci::session& s) : s_(s) {}

  Result<PlanId> insert_plan(const Plan& p) override {
    ll version = p.version, published = p.published_version, created = p.created_at, id = 0;
    std::string kind(to_string(p.kind)), state(to_string(p.state)), languages = joined(p.languages);
    s_ << "INSERT INTO plans (title, kind, editor_group, languages, state, version, published_version, created_at) "
          "VALUES (:t, :k, :g, :l, :s, :v, :p, :c) RETURNING id",
        soci::use(p.title), soci::use(kind), soci::use(p.editor_group), soci::use(languages), soci::use(state),
        soci::use(version), soci::use(published), soci::use(created), soci::into(id);
    return PlanId(id);
  }

  Result<std::optional<Plan>> plan(PlanId id) override {
    ll v = id.value();
    std::optional<Plan> out;
    soci::rowset<soci::row> rows = (s_.prepare << std::string(kPlanColumns) + " WHERE id = :id", soci::use(v));
    for (const auto& row : rows) out = read_plan_row(row);
    return out;
  }

  Result<std::vector<Plan>> plans() override {
    std::vector<Plan> out;
    soci::rowset<soci::row> rows = s_.prepare << std::string(kPlanColumns) + " ORDER BY created_at DESC, id DESC";
    for (const auto& row : rows) out.push_back(read_plan_row(row));
    return out;
  }

  Status update_plan(const Plan& p) override {
    ll id = p.id.value(), version = p.version, published = p.published_version;
    std::string state(to_string(p.state));
    s_ << "UPDATE plans SET state = :s, version = :v, published_version = :p, phase_opens = :o, phase_closes = :c "
          "WHERE id = :id",
        soci::use(state), soci::use(version), soci::use(published), soci::use(p.phase_opens), soci::use(p.phase_closes),
        soci::use(id);
    return {};
  }

  Result<bool> begin_voting(PlanId plan) override {
    ll id = plan.value();
    // On PostgreSQL a second opener waits on the row, then finds the state changed.
    soci::statement st =
        (s_.prepare << "UPDATE plans SET state = 'voting' WHERE id = :id AND state <> 'voting'", soci::use(id));
    st.execute(true);
    return st.get_affected_rows() == 1;
  }

  Result<SectionId> insert_section(const Section& section) override {
    ll plan = section.plan.value(), position = section.position, id = 0;
    s_ << "INSERT INTO plan_sections (plan_id, position, heading) VALUES (:p, :n, :h) RETURNING id", soci::use(plan),
        soci::use(position), soci::use(section.heading), soci::into(id);
    return SectionId(id);
  }

  Result<std::vector<Section>> sections(PlanId plan) override {
    ll v = plan.value();
    std::vector<Section> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT id, plan_id, position, heading FROM plan_sections WHERE plan_id = :p "
                       "ORDER BY position, id",
         soci::use(v));
    for (const auto& row : rows)
      out.push_back(Section{SectionId(get_int(row, 0)), PlanId(get_int(row, 1)), int(get_int(row, 2)), get_text(row, 3)});
    return out;
  }

  Result<ParagraphId> insert_paragraph(const Paragraph& p) override {
    ll section = p.section.value(), position = p.position, revision = p.revision, id = 0;
    s_ << "UPDATE plan_paragraphs SET position = position + 1 WHERE section_id = :s AND position >= :n",
        soci::use(section), soci::use(position);
    s_ << "INSERT INTO plan_paragraphs (section_id, position, body, revision) VALUES (:s, :n, :b, :r) RETURNING id",
        soci::use(section), soci::use(position), soci::use(p.text), soci::use(revision), soci::into(id);
    return ParagraphId(id);
  }

  Result<std::vector<Paragraph>> paragraphs(PlanId plan) override {
    ll v = plan.value();
    std::vector<Paragraph> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT p.id, p.section_id, p.position, p.body, p.revision FROM plan_paragraphs p "
                       "JOIN plan_sections s ON s.id = p.section_id WHERE s.plan_id = :p "
                       "ORDER BY s.position, s.id, p.position, p.id",
         soci::use(v));
    for (const auto& row : rows)
      out.push_back(Paragraph{ParagraphId(get_int(row, 0)), SectionId(get_int(row, 1)), int(get_int(row, 2)),
                              get_text(row, 3), int(get_int(row, 4))});
    return out;
  }

  Status update_paragraph(const Paragraph& p) override {
    ll id = p.id.value(), revision = p.revision;
    s_ << "UPDATE plan_paragraphs SET body = :b, revision = :r WHERE id = :id", soci::use(p.text), soci::use(revision),
        soci::use(id);
    return {};
  }

  Status delete_paragraph(ParagraphId id) override {
    ll v = id.value();
    s_ << "DELETE FROM plan_paragraphs WHERE id = :id", soci::use(v);
    return {};
  }

  Status insert_version(const Version& v) override {
    ll plan = v.plan.value(), number = v.number, created = v.created_at;
    s_ << "INSERT INTO plan_versions (plan_id, number, body, note, author_name, created_at) "
          "VALUES (:p, :n, :b, :o, :a, :c)",
        soci::use(plan), soci::use(number), soci::use(v.text), soci::use(v.note), soci::use(v.author_name),
        soci::use(created);
    return {};
  }

  Result<std::vector<Version>> versions(PlanId plan) override {
    ll v = plan.value();
    std::vector<Version> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT plan_id, number, body, note, author_name, created_at FROM plan_versions "
                       "WHERE plan_id = :p ORDER BY number DESC",
         soci::use(v));
    for (const auto& row : rows)
      out.push_back(Version{PlanId(get_int(row, 0)), int(get_int(row, 1)), get_text(row, 2), get_text(row, 3),
                            get_text(row, 4), get_int(row, 5)});
    return out;
  }

  Result<SuggestionId> insert_suggestion(const Suggestion& s) override {
    ll plan = s.plan.value(), paragraph = s.paragraph.value(), base = s.base_revision, author = s.author.value(),
       created = s.created_at, id = 0;
    std::string kind(to_string(s.kind)), state(to_string(s.state));
    s_ << "INSERT INTO plan_suggestions (plan_id, paragraph_id, kind, body, reason, base_revision, original, "
          "author_id, state, created_at) VALUES (:p, :g, :k, :b, :r, :v, :o, :a, :s, :c) RETURNING id",
        soci::use(plan), soci::use(paragraph), soci::use(kind), soci::use(s.text), soci::use(s.reason), soci::use(base),
        soci::use(s.original), soci::use(author), soci::use(state), soci::use(created), soci::into(id);
    return SuggestionId(id);
  }

  Result<std::optional<Suggestion>> suggestion(SuggestionId id) override {
    ll v = id.value();
    std::optional<Suggestion> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kSuggestionColumns) + " WHERE s.id = :id", soci::use(v));
    for (const auto& row : rows) out = read_suggestion_row(row);
    return out;
  }

  Result<std::vector<Suggestion>> suggestions(PlanId plan) override {
    ll v = plan.value();
    std::vector<Suggestion> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << std::string(kSuggestionColumns) + " WHERE s.plan_id = :p ORDER BY s.id", soci::use(v));
    for (const auto& row : rows) out.push_back(read_suggestion_row(row));
    return out;
  }

  Status update_suggestion(const Suggestion& s) override {
    ll id = s.id.value(), decided = s.decided_at;
    std::string state(to_string(s.state));
    s_ << "UPDATE plan_suggestions SET state = :s, decision_reason = :r, decided_by = :b, decided_at = :d "
          "WHERE id = :id",
        soci::use(state), soci::use(s.decision_reason), soci::use(s.decided_by_name), soci::use(decided),
        soci::use(id);
    return {};
  }

  Result<bool> add_support(SuggestionId id, accounts::UserId user) override {
    ll sid = id.value(), uid = user.value(), found = 0;
    s_ << "SELECT COUNT(*) FROM plan_suggestion_support WHERE suggestion_id = :s AND user_id = :u", soci::use(sid),
        soci::use(uid), soci::into(found);
    if (found) return false;
    s_ << "INSERT INTO plan_suggestion_support (suggestion_id, user_id) VALUES (:s, :u)", soci::use(sid),
        soci::use(uid);
    return true;
  }

  Result<std::vector<SuggestionId>> supported_by(PlanId plan, accounts::UserId user) override {
    ll p = plan.value(), u = user.value();
    std::vector<SuggestionId> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT x.suggestion_id FROM plan_suggestion_support x JOIN plan_suggestions s ON "
                       "s.id = x.suggestion_id WHERE s.plan_id = :p AND x.user_id = :u ORDER BY x.suggestion_id",
         soci::use(p), soci::use(u));
    for (const auto& row : rows) out.push_back(SuggestionId(get_int(row, 0)));
    return out;
  }

  Result<CommentId> insert_comment(const Comment& c) override {
    ll suggestion = c.suggestion.value(), author = c.author.value(), created = c.created_at, id = 0;
    s_ << "INSERT INTO plan_suggestion_comments (suggestion_id, author_id, body, created_at) "
          "VALUES (:s, :a, :b, :c) RETURNING id",
        soci::use(suggestion), soci::use(author), soci::use(c.text), soci::use(created), soci::into(id);
    return CommentId(id);
  }

  Result<std::vector<Comment>> comments(PlanId plan) override {
    ll p = plan.value();
    std::vector<Comment> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT c.id, c.suggestion_id, c.author_id, u.display_name, c.body, c.created_at "
                       "FROM plan_suggestion_comments c JOIN plan_suggestions s ON s.id = c.suggestion_id "
                       "JOIN users u ON u.id = c.author_id WHERE s.plan_id = :p ORDER BY c.created_at, c.id",
         soci::use(p));
    for (const auto& row : rows)
      out.push_back(Comment{CommentId(get_int(row, 0)), SuggestionId(get_int(row, 1)), accounts::UserId(get_int(row, 2)),
                            get_text(row, 3), get_text(row, 4), get_int(row, 5)});
    return out;
  }

  Status insert_vote(const Vote& v) override {
    ll plan = v.plan.value(), version = v.version, quorum = v.quorum, majority = v.majority, opened = v.opened_at;
    std::string state(to_string(v.state)), procedure(to_string(v.procedure)), secrecy(to_string(v.secrecy));
    s_ << "INSERT INTO plan_votes (plan_id, version, deadline, quorum, majority, state, statement, opened_at, "
          "procedure, secrecy) VALUES (:p, :v, :d, :q, :m, :s, :t, :o, :r, :c)",
        soci::use(plan), soci::use(version), soci::use(v.deadline), soci::use(quorum), soci::use(majority),
        soci::use(state), soci::use(v.statement), soci::use(opened), soci::use(procedure), soci::use(secrecy);
    return {};
  }

  Result<std::optional<Vote>> vote(PlanId plan) override {
    ll v = plan.value();
    std::optional<Vote> out;
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT plan_id, version, deadline, quorum, majority, state, statement, opened_at, closed_at, "
                       "procedure, secrecy FROM plan_votes WHERE plan_id = :p ORDER BY opened_at DESC, version DESC LIMIT 1",
         soci::use(v));
    for (const auto& row : rows)
      out = Vote{PlanId(get_int(row, 0)), int(get_int(row, 1)), get_text(row, 2), int(get_int(row, 3)),
                 int(get_int(row, 4)), stored(get_text(row, 5), kVoteStateNames), get_text(row, 6), get_int(row, 7),
                 get_int(row, 8), stored(get_text(row, 9), kProcedureNames), stored(get_text(row, 10), kSecrecyNames)};
    return out;
  }

  Status update_vote(const Vote& v) override {
    ll plan = v.plan.value(), version = v.version, opened = v.opened_at, closed = v.closed_at;
    std::string state(to_string(v.state));
    s_ << "UPDATE plan_votes SET state = :s, statement = :t, closed_at = :c WHERE plan_id = :p AND version = :v "
          "AND opened_at = :o",
        soci::use(state), soci::use(v.statement), soci::use(closed), soci::use(plan), soci::use(version),
        soci::use(opened);
    return {};
  }

  Status put_ballot(PlanId plan, int version, const Ballot& b) override {
    ll p = plan.value(), v = version, organisation = b.organisation.value(), voter = b.voter.value(), at = b.cast_at;
    std::string choice(to_string(b.choice));
    s_ << "DELETE FROM plan_ballots WHERE plan_id = :p AND version = :v AND organisation_id = :o", soci::use(p),
        soci::use(v), soci::use(organisation);
    s_ << "INSERT INTO plan_ballots (plan_id, version, organisation_id, voter_id, choice, cast_at) "
          "VALUES (:p, :v, :o, :u, :c, :t)",
        soci::use(p), soci::use(v), soci::use(organisation), soci::use(voter), soci::use(choice), soci::use(at);
    return {};
  }

  Result<std::vector<Ballot>> ballots(PlanId plan, int version) override {
    ll p = plan.value(), v = version;
    std::vector<Ballot> out;
    // The organisation's name in English where it has one, else in any language, else its slug.
    soci::rowset<soci::row> rows =
        (s_.prepare << "SELECT b.organisation_id, COALESCE((SELECT t.name FROM organisation_texts t WHERE "
                       "t.organisation_id = b.organisation_id ORDER BY CASE WHEN t.lang = 'en' THEN 0 ELSE 1 END, "
                       "t.lang LIMIT 1), o.slug), b.voter_id, u.display_name, b.choice, b.cast_at "
                       "FROM plan_ballots b JOIN organisations o ON o.id = b.organisation_id "
                       "JOIN users u ON u.id = b.voter_id WHERE b.plan_id = :p AND b.version = :v",
         soci::use(p), soci::use(v));
    for (const auto& row : rows)
      out.push_back(Ballot{accounts::OrganisationId(get_int(row, 0)), get_text(row, 1),
                           accounts::UserId(get_int(row, 2)), get_text(row, 3), stored(get_text(row, 4), kChoiceNames),
                           get_int(row, 5)});
    std::stable_sort(out.begin(), out.end(),
                     [](const Ballot& a, const Ballot& b) { return a.organisation_name < b.organisation_name; });
    return out;
  }

  Status append_audit(const accounts::AuditRecord& record) override {
    storage::append_audit(s_, record);
    return {};
  }

 private:
  soci::session& s_;
};

}  // namespace

Status PlanRepositorySql::transaction(const std::function<Status(plans::PlanStore&)>& work) {
  return store_transaction<Store>(db_, work);
}

Status PlanRepositorySql::read(const std::function<Status(plans::PlanStore&)>& work) {
  return store_read<Store>(db_, work);
}

}  // namespace cps::storage
