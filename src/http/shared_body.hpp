// A response body that is owned text, a shared immutable buffer (cached pages and static files
// are sent without copying them for every request), or a file streamed from disk in chunks
// (attachments: memory stays bounded whatever their size).
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace cps::http {

struct SharedBody {
  class value_type {
   public:
    value_type() = default;
    value_type& operator=(std::string text) {
      owned_ = std::move(text);
      shared_.reset();
      file_.reset();
      return *this;
    }
    // Sends the file's `size` bytes, read when the response is written; view() is empty.
    void stream(std::filesystem::path path, std::uint64_t size) {
      owned_.clear();
      shared_.reset();
      file_ = std::make_shared<const File>(File{std::move(path), size});
    }
    struct File {
      std::filesystem::path path;
      std::uint64_t size = 0;
    };
    const File* file() const { return file_.get(); }
    // Refers to text that stays unchanged for as long as any response holds it.
    void share(std::shared_ptr<const std::string> text) {
      shared_ = std::move(text);
      owned_.clear();
    }
    // Turns owned text into shared text (without copying) and returns it.
    std::shared_ptr<const std::string> freeze() {
      if (!shared_) shared_ = std::make_shared<const std::string>(std::move(owned_));
      owned_.clear();
      return shared_;
    }
    std::string_view view() const {
      return shared_ ? std::string_view(*shared_) : std::string_view(owned_);
    }
    std::size_t size() const { return file_ ? std::size_t(file_->size) : view().size(); }
    bool empty() const { return size() == 0; }
    void clear() {
      owned_.clear();
      shared_.reset();
      file_.reset();
    }
    friend bool operator==(const value_type& a, std::string_view b) { return a.view() == b; }

   private:
    std::string owned_;
    std::shared_ptr<const std::string> shared_;
    std::shared_ptr<const File> file_;
  };

  static std::uint64_t size(const value_type& body) { return body.size(); }

  class writer {
   public:
    using const_buffers_type = boost::asio::const_buffer;
    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>&, const value_type& body)
        : body_(body) {}
    ~writer() {
      if (file_) std::fclose(file_);
    }
    writer(const writer&) = delete;
    writer& operator=(const writer&) = delete;
    void init(boost::beast::error_code& ec) {
      ec = {};
      if (const value_type::File* f = body_.file()) {
        file_ = std::fopen(f->path.c_str(), "rb");
        if (!file_) ec = boost::beast::error_code(errno, boost::beast::generic_category());
        left_ = f->size;
      }
    }
    boost::optional<std::pair<const_buffers_type, bool>> get(boost::beast::error_code& ec) {
      ec = {};
      if (!body_.file()) {
        auto text = body_.view();
        return {{const_buffers_type(text.data(), text.size()), false}};
      }
      if (left_ == 0) return boost::none;
      std::size_t want = std::size_t(std::min<std::uint64_t>(left_, chunk_.size()));
      std::size_t got = std::fread(chunk_.data(), 1, want, file_);
      if (got == 0) {  // shorter than when the response was made: the stream cannot be completed
        ec = boost::beast::error_code(EIO, boost::beast::generic_category());
        return boost::none;
      }
      left_ -= got;
      return {{const_buffers_type(chunk_.data(), got), left_ > 0}};
    }

   private:
    const value_type& body_;
    std::FILE* file_ = nullptr;
    std::uint64_t left_ = 0;
    std::array<char, 64 * 1024> chunk_{};
  };
};

}  // namespace cps::http
