// The in-memory fakes of mentoring's ports (see fake_mentoring_repository.hpp).
#include "domain/mentoring/testing/fake_mentoring_repository.hpp"

#include <algorithm>

namespace cps::mentoring::testing {

namespace {

class Store final : public MentoringStore {
 public:
  explicit Store(FakeMentoringRepository::Data& d) : d_(d) {}

  Result<std::optional<MentorOffer>> offer(accounts::UserId mentor) override {
    auto it = d_.offers.find(mentor.value());
    if (it == d_.offers.end()) return std::optional<MentorOffer>();
    return std::optional(counted(it->second));
  }
  Result<std::vector<MentorOffer>> offers() override {
    std::vector<MentorOffer> out;
    for (const auto& [_, o] : d_.offers) out.push_back(counted(o));
    return out;
  }
  Status save_offer(const MentorOffer& offer) override {
    MentorOffer stored = offer;
    stored.open_pairs = 0;
    stored.mentor_name.clear();
    stored.organisation_name.clear();
    d_.offers[offer.mentor.value()] = stored;
    return {};
  }
  Result<RequestId> insert_request(const MentoringRequest& r) override {
    MentoringRequest stored = r;
    stored.id = RequestId(d_.next_request++);
    stored.revision = 1;
    d_.requests[stored.id.value()] = stored;
    return stored.id;
  }
  Result<std::optional<MentoringRequest>> request(RequestId id) override {
    auto it = d_.requests.find(id.value());
    if (it == d_.requests.end()) return std::optional<MentoringRequest>();
    return std::optional(it->second);
  }
  Result<std::vector<MentoringRequest>> requests(const RequestFilter& f) override {
    std::vector<MentoringRequest> out;
    for (auto it = d_.requests.rbegin(); it != d_.requests.rend(); ++it) {
      const auto& r = it->second;
      bool learner = !f.learner || r.learner == *f.learner, mentor = !f.mentor || r.mentor == *f.mentor;
      if (f.either && f.learner && f.mentor ? (r.learner == *f.learner || r.mentor == *f.mentor) : (learner && mentor)) {
        MentoringRequest header = r;
        header.meetings.clear();
        header.feedback.clear();
        out.push_back(std::move(header));
      }
    }
    return out;
  }
  Result<bool> update_request(const MentoringRequest& r, int expected_revision) override {
    auto it = d_.requests.find(r.id.value());
    if (it == d_.requests.end() || it->second.revision != expected_revision) return false;
    MentoringRequest stored = r;
    stored.meetings = it->second.meetings;
    stored.feedback = it->second.feedback;
    stored.revision = expected_revision + 1;
    it->second = std::move(stored);
    return true;
  }
  Result<MeetingId> insert_meeting(RequestId request, const Meeting& m) override {
    auto& r = d_.requests.at(request.value());
    Meeting stored = m;
    stored.id = MeetingId(d_.next_meeting++);
    r.meetings.push_back(stored);
    std::stable_sort(r.meetings.begin(), r.meetings.end(),
                     [](const Meeting& a, const Meeting& b) { return a.held_on < b.held_on; });
    return stored.id;
  }
  Status insert_feedback(RequestId request, const Feedback& f) override {
    auto& r = d_.requests.at(request.value());
    if (r.feedback_of(f.side)) return fail(ErrorKind::conflict, "You have given your feedback on this mentoring already.", "rating");
    r.feedback.push_back(f);
    return {};
  }
  Status append_audit(const accounts::AuditRecord& record) override {
    d_.audit.push_back(record);
    return {};
  }

 private:
  MentorOffer counted(MentorOffer o) const {
    o.open_pairs = int(std::count_if(d_.requests.begin(), d_.requests.end(), [&](const auto& entry) {
      return entry.second.mentor == o.mentor && entry.second.status == RequestStatus::accepted;
    }));
    return o;
  }

  FakeMentoringRepository::Data& d_;
};

}  // namespace

Status FakeMentoringRepository::transaction(const std::function<Status(MentoringStore&)>& work) {
  Data copy = data;
  Store store(copy);
  auto done = work(store);
  if (done) data = std::move(copy);
  return done;
}

Status FakeMentoringRepository::read(const std::function<Status(MentoringStore&)>& work) {
  Data copy = data;
  Store store(copy);
  return work(store);
}

Result<std::optional<Person>> FakeSurroundings::person(accounts::UserId id) {
  auto it = people.find(id.value());
  if (it == people.end()) return std::optional<Person>();
  return std::optional(it->second);
}

Result<std::optional<OrganisationRef>> FakeSurroundings::organisation(accounts::OrganisationId id) {
  auto it = organisations.find(id.value());
  if (it == organisations.end()) return std::optional<OrganisationRef>();
  return std::optional(it->second);
}

Result<RegionNeeds> FakeSurroundings::learning_needs(const accounts::Principal&, const RegionCode& region,
                                                     const std::string&) {
  auto it = needs.find(region.str());
  if (it == needs.end()) return RegionNeeds{};
  return it->second;
}

Result<std::optional<std::string>> FakeSurroundings::region_name(const RegionCode& region) {
  auto it = regions.find(region.str());
  if (it == regions.end()) return std::optional<std::string>();
  return std::optional(it->second);
}

Result<std::optional<std::string>> FakeSurroundings::topic_title(const std::string& key, const std::string&) {
  auto it = topic_names.find(key);
  if (it == topic_names.end()) return std::optional<std::string>();
  return std::optional(it->second);
}

Result<std::vector<Topic>> FakeSurroundings::topics(const std::string&) {
  std::vector<Topic> out;
  for (const auto& [key, title] : topic_names) out.push_back({key, title});
  return out;
}

Status FakeSurroundings::queue_mail(const Person& to, const MailText& text) {
  mails.push_back({to.email, text});
  return {};
}

}  // namespace cps::mentoring::testing
