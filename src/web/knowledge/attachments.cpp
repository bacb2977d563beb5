// Files attached to a knowledge item: upload, download and removal.
#include "web/knowledge/parts.hpp"

#include "http/file_download.hpp"

namespace cps::web {

http::Response KnowledgePages::attach(http::Request& r, Language lang, const Visit& v, const Form& f) {
  auto id = http::path_id<ItemId>(r, "id");
  if (!id) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = f.file("file");
  Result<Attachment> done = file ? knowledge_.attach(v.principal, *id, file->file_name, file->data)
                                 : Result<Attachment>(fail(ErrorKind::invalid, N_("Choose a file to attach."), "file"));
  if (!done) {
    Error e = done.error();
    if (e.kind == ErrorKind::forbidden || e.kind == ErrorKind::unauthenticated || e.kind == ErrorKind::not_found)
      return site_.error_page(r, e);
    if (e.kind == ErrorKind::payload_too_large)
      e.message = text::fill(site_.tr(lang, e.message),
                             {{"mb", std::to_string(knowledge_.attachment_settings().max_bytes / (1024 * 1024))}});
    Object extra = form_error(site_, lang, e);
    Object prefixed{{"attach_error", extra["error"]}};
    return item_page(r, lang, v, std::move(prefixed), form_status(e));
  }
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=attached#attachments");
}

http::Response KnowledgePages::download(http::Request& r, Language, const Visit& v) {
  auto id = http::path_id<ItemId>(r, "id");
  auto attachment = http::path_id<AttachmentId>(r, "attachment");
  if (!id || !attachment) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto file = knowledge_.attachment_file(v.principal, *id, *attachment);
  if (!file) return site_.error_page(r, file.error());
  auto res = http::file_download(r, file->path, file->attachment.media_type, file->attachment.file_name,
                                 knowledge_.attachment_settings().max_bytes);
  if (!res) return site_.error_page(r, res.error());
  return std::move(*res);
}

http::Response KnowledgePages::detach(http::Request& r, Language lang, const Visit& v, const Form&) {
  auto id = http::path_id<ItemId>(r, "id");
  auto attachment = http::path_id<AttachmentId>(r, "attachment");
  if (!id || !attachment) return site_.error_page(r, Error{ErrorKind::not_found, "Not found."});
  auto done = knowledge_.detach(v.principal, *id, *attachment);
  if (!done) return site_.error_page(r, done.error());
  return see_other(site_, r, Site::prefix(lang) + "/knowledge/" + std::to_string(id->value()) + "?done=detached#attachments");
}

}  // namespace cps::web
