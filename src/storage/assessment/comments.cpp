// Comments on an assessment or one of its criteria, read with their authors' display names.
#include "storage/assessment/parts.hpp"

namespace cps::storage::assessment_sql {

Result<CommentId> Store::insert_comment(const Comment& c) {
  ll id = 0, assessment = c.assessment.value(), author = c.author.value(), at = c.at;
  ll reply_to = c.reply_to ? c.reply_to->value() : 0;
  soci::indicator reply_ind = c.reply_to ? soci::i_ok : soci::i_null;
  s_ << "INSERT INTO assessment_comments (assessment_id, criterion_code, reply_to, author_id, body, created_at) "
        "VALUES (:a, :c, :reply, :author, :body, :at) RETURNING id",
      soci::use(assessment), soci::use(c.criterion), soci::use(reply_to, reply_ind), soci::use(author),
      soci::use(c.body), soci::use(at), soci::into(id);
  return CommentId(id);
}

Result<std::vector<Comment>> Store::comments(std::optional<AssessmentId> assessment) {
  SqlQuery q;
  q.sql("SELECT c.id, c.assessment_id, c.criterion_code, c.reply_to, c.author_id, u.display_name, c.body, "
        "c.created_at FROM assessment_comments c JOIN users u ON u.id = c.author_id");
  if (assessment) q.sql(" WHERE c.assessment_id = ").integer(assessment->value());
  q.sql(" ORDER BY c.created_at, c.id");
  std::vector<Comment> out;
  soci::rowset<soci::row> rows = q.rows(s_);
  for (const auto& row : rows) {
    Comment c;
    c.id = CommentId(get_int(row, 0));
    c.assessment = AssessmentId(get_int(row, 1));
    c.criterion = get_text(row, 2);
    if (auto r = get_optional_int(row, 3)) c.reply_to = CommentId(*r);
    c.author = accounts::UserId(get_int(row, 4));
    c.author_name = get_text(row, 5);
    c.body = get_text(row, 6);
    c.at = get_int(row, 7);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace cps::storage::assessment_sql
