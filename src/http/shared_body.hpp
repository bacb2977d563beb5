// A response body that is either owned text or a shared, immutable buffer: cached pages and
// static files are sent without copying them for every request.
#pragma once

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional.hpp>
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
      return *this;
    }
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
    std::size_t size() const { return view().size(); }
    bool empty() const { return view().empty(); }
    void clear() {
      owned_.clear();
      shared_.reset();
    }
    friend bool operator==(const value_type& a, std::string_view b) { return a.view() == b; }

   private:
    std::string owned_;
    std::shared_ptr<const std::string> shared_;
  };

  static std::uint64_t size(const value_type& body) { return body.size(); }

  class writer {
   public:
    using const_buffers_type = boost::asio::const_buffer;
    template <bool isRequest, class Fields>
    writer(const boost::beast::http::header<isRequest, Fields>&, const value_type& body)
        : body_(body) {}
    void init(boost::beast::error_code& ec) { ec = {}; }
    boost::optional<std::pair<const_buffers_type, bool>> get(boost::beast::error_code& ec) {
      ec = {};
      auto text = body_.view();
      return {{const_buffers_type(text.data(), text.size()), false}};
    }

   private:
    const value_type& body_;
  };
};

}  // namespace cps::http
