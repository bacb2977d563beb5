#include "mail/transports.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <random>

namespace cps::mail {

namespace {

std::string base64(std::string_view in) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8 | (unsigned char)in[i + 2];
    out += table[v >> 18 & 63];
    out += table[v >> 12 & 63];
    out += table[v >> 6 & 63];
    out += table[v & 63];
  }
  if (i + 1 == in.size()) {
    unsigned v = (unsigned char)in[i] << 16;
    out += table[v >> 18 & 63];
    out += table[v >> 12 & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    unsigned v = (unsigned char)in[i] << 16 | (unsigned char)in[i + 1] << 8;
    out += table[v >> 18 & 63];
    out += table[v >> 12 & 63];
    out += table[v >> 6 & 63];
    out += '=';
  }
  return out;
}

// Header text: ASCII as is, anything else as an RFC 2047 encoded word. CR and LF never pass.
std::string header_text(std::string_view text) {
  std::string clean;
  for (char c : text) clean += (c == '\r' || c == '\n') ? ' ' : c;
  bool ascii = std::all_of(clean.begin(), clean.end(), [](unsigned char c) { return c < 0x80; });
  if (ascii) return clean;
  return "=?UTF-8?B?" + base64(clean) + "?=";
}

std::string rfc5322_date() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

std::string message_id(const std::string& from) {
  std::random_device rd;
  std::string domain = address_of(from);
  auto at = domain.find('@');
  domain = at == std::string::npos ? "clusterpolisee.invalid" : domain.substr(at + 1);
  return fmt::format("<{:016x}{:08x}@{}>", (uint64_t(rd()) << 32) | rd(), rd(), domain);
}

struct Upload {
  std::string data;
  std::size_t offset = 0;
};

size_t read_upload(char* buffer, size_t size, size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, up->data.size() - up->offset);
  std::memcpy(buffer, up->data.data() + up->offset, n);
  up->offset += n;
  return n;
}

}  // namespace

std::string address_of(const std::string& mailbox) {
  auto lt = mailbox.find('<');
  auto gt = mailbox.rfind('>');
  if (lt != std::string::npos && gt != std::string::npos && gt > lt)
    return mailbox.substr(lt + 1, gt - lt - 1);
  return mailbox;
}

std::string SmtpTransport::format(const Mail& mail, const std::string& from, const std::string& date,
                                  const std::string& id) {
  std::string name, address = address_of(from);
  if (auto lt = from.find('<'); lt != std::string::npos) {
    name = from.substr(0, lt);
    while (!name.empty() && name.back() == ' ') name.pop_back();
  }
  std::string out;
  out += "Date: " + date + "\r\n";
  out += "From: " + (name.empty() ? address : header_text(name) + " <" + address + ">") + "\r\n";
  out += "To: <" + address_of(mail.to) + ">\r\n";
  out += "Message-ID: " + id + "\r\n";
  out += "Subject: " + header_text(mail.subject) + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  // Checked when queued; checked again here, so that no stored row can add a header line.
  for (const auto& h : mail.headers)
    if (check_header(h)) out += h.name + ": " + h.value + "\r\n";
  out += "\r\n";
  // Base64 in lines of 76 characters: any text, any line length, passes every relay.
  std::string body = base64(mail.body);
  for (std::size_t i = 0; i < body.size(); i += 76) out += body.substr(i, 76) + "\r\n";
  return out;
}

SmtpTransport::SmtpTransport(SmtpSettings settings) : settings_(std::move(settings)) {
  static const bool once = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)once;
}

Status SmtpTransport::send(const Mail& mail) {
  CURL* curl = curl_easy_init();
  if (!curl) return fail(ErrorKind::unavailable, "The mail server cannot be reached.", {}, "curl_easy_init");
  Upload upload{format(mail, settings_.from, rfc5322_date(), message_id(settings_.from)), 0};
  std::string from = "<" + address_of(settings_.from) + ">";
  std::string to = "<" + address_of(mail.to) + ">";
  curl_slist* recipients = curl_slist_append(nullptr, to.c_str());
  char error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  // STARTTLS when the server offers it; smtps:// is TLS from the start.
  curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK)
    // The detail names the failure, never the URL: it may hold the password.
    return fail(ErrorKind::unavailable, "The mail server refused the message.", {},
                std::string(curl_easy_strerror(rc)) + (error[0] ? std::string(": ") + error : ""));
  return {};
}

LogTransport::LogTransport(std::filesystem::path file, std::string from)
    : file_(std::move(file)), from_(std::move(from)) {}

Status LogTransport::send(const Mail& mail) {
  std::lock_guard lock(mutex_);
  std::ofstream out(file_, std::ios::app | std::ios::binary);
  if (!out)
    return fail(ErrorKind::unavailable, "The mail log cannot be written.", {}, file_.string());
  out << "From: " << from_ << "\nTo: " << mail.to << "\nDate: " << rfc5322_date()
      << "\nSubject: " << mail.subject << "\n" << headers_text(mail.headers) << "\n" << mail.body << "\n\n----\n";
  if (!out) return fail(ErrorKind::unavailable, "The mail log cannot be written.", {}, file_.string());
  return {};
}

}  // namespace cps::mail
