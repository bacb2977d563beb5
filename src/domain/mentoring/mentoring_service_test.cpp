// The mentoring rules through the service, against the in-memory fakes: who may offer, which
// mentors a region's needs show, the refusals of a request, and a pair's course with its audit
// lines and mails.
#include <gtest/gtest.h>

#include "domain/mentoring/mentoring_service.hpp"
#include "domain/mentoring/testing/fake_mentoring_repository.hpp"

namespace cps::mentoring {
namespace {

using accounts::OrganisationId;
using accounts::Principal;
using accounts::Role;
using accounts::UserId;

// Organisations: 10 experienced in SI03, 20 learning in RO21, 30 experienced in HU21.
// People: 1 mentor at 10, 2 learner at 20, 3 mentor at 30, 4 staff of the learning 20.
class Mentoring : public ::testing::Test {
 protected:
  Mentoring() : service(repository, surroundings, [] { return Seconds(1'800'000'000); }) {
    surroundings.organisations[10] = {OrganisationId(10), "Pohorje wood cluster", CountryCode("SI"), RegionCode("SI03"), true};
    surroundings.organisations[20] = {OrganisationId(20), "Nord-Est agency", CountryCode("RO"), RegionCode("RO21"), false};
    surroundings.organisations[30] = {OrganisationId(30), "Vertes cluster", CountryCode("HU"), RegionCode("HU21"), true};
    add_person(1, 10, "maja@example.org", {"sl", "en"});
    add_person(2, 20, "raluca@example.org", {"ro", "en"});
    add_person(3, 30, "gabor@example.org", {"hu", "de"});
    add_person(4, 20, "ioana@example.org", {"ro"});
    surroundings.regions = {{"RO21", "Nord-Est"}, {"SI03", "Vzhodna Slovenija"}, {"HU21", "Közép-Dunántúl"}};
    surroundings.topic_names = {{"area:WG2", "Cluster development"},
                                {"criterion:WG2.1", "Support for cluster organisations"},
                                {"area:WG6", "Digital transformation"},
                                {"criterion:WG6.4", "Digital tools for SMEs"}};
    RegionNeeds needs;
    needs.assessed = true;
    needs.needs.push_back({"WG2.1", "Support for cluster organisations", AreaCode("WG2"), 2, 5, 3,
                           {{RegionCode("SI03"), "Vzhodna Slovenija", 0.8, 5}}});
    surroundings.needs["RO21"] = needs;
  }

  void add_person(std::int64_t id, std::int64_t organisation, std::string email, std::vector<std::string> languages) {
    surroundings.people[id] = {UserId(id), email.substr(0, email.find('@')), email, "en", std::move(languages),
                               OrganisationId(organisation)};
  }

  static Principal staff(std::int64_t user, std::int64_t organisation) {
    Principal p;
    p.via = Principal::Via::session;
    p.user = UserId(user);
    p.label = "user" + std::to_string(user);
    p.display_name = p.label;
    p.organisation = OrganisationId(organisation);
    p.roles = {{Role::partner_staff, ""}};
    return p;
  }

  OfferInput offer_on(std::vector<std::string> topics, int capacity) {
    return OfferInput{std::move(topics), capacity, {"en", "sl"}, "Two hours a month", true};
  }

  RequestInput ask(std::int64_t mentor, std::string need = "criterion:WG2.1") {
    return RequestInput{UserId(mentor), NeedRef{RegionCode("RO21"), std::move(need)}, "Please help us."};
  }

  testing::FakeMentoringRepository repository;
  testing::FakeSurroundings surroundings;
  MentoringService service;
  Principal maja = staff(1, 10), raluca = staff(2, 20), gabor = staff(3, 30), ioana = staff(4, 20);
};

TEST_F(Mentoring, staff_of_an_experienced_organisation_offer_mentoring_with_an_audit_line) {
  auto saved = service.save_offer(maja, offer_on({"area:WG2"}, 2));
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->organisation_name, "Pohorje wood cluster");
  EXPECT_EQ(saved->free_places(), 2);
  ASSERT_EQ(repository.data.audit.size(), 1u);
  EXPECT_EQ(repository.data.audit[0].action, "mentoring.offer_saved");
  EXPECT_EQ(repository.data.audit[0].target, "mentor:1");
}

TEST_F(Mentoring, an_organisation_outside_the_experienced_group_may_not_offer_mentoring) {
  auto saved = service.save_offer(raluca, offer_on({"area:WG2"}, 1));
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(repository.data.offers.empty());
  EXPECT_FALSE(service.save_offer(Principal{}, offer_on({"area:WG2"}, 1)));
}

TEST_F(Mentoring, an_offer_on_an_unknown_topic_is_refused) {
  auto saved = service.save_offer(maja, offer_on({"criterion:WG9.9"}, 1));
  ASSERT_FALSE(saved);
  EXPECT_EQ(saved.error().field, "topics");
}

TEST_F(Mentoring, a_region_s_needs_show_peer_regions_and_mentors_on_the_criterion_or_its_area) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  ASSERT_TRUE(service.save_offer(gabor, offer_on({"area:WG6"}, 1)));
  auto peers = service.peers(raluca, RegionCode("RO21"), "en");
  ASSERT_TRUE(peers) << peers.error().message;
  ASSERT_TRUE(peers->assessed);
  ASSERT_EQ(peers->needs.size(), 1u);
  EXPECT_EQ(peers->needs[0].key, "criterion:WG2.1");
  ASSERT_EQ(peers->needs[0].need.peers.size(), 1u);
  EXPECT_EQ(peers->needs[0].need.peers[0].region.str(), "SI03");
  ASSERT_EQ(peers->needs[0].mentors.size(), 1u);
  EXPECT_EQ(peers->needs[0].mentors[0].mentor, UserId(1));
}

TEST_F(Mentoring, mentors_with_a_free_place_and_in_the_reader_s_languages_come_first) {
  ASSERT_TRUE(service.save_offer(gabor, OfferInput{{"area:WG2"}, 1, {"hu", "de"}, "Monthly", true}));
  ASSERT_TRUE(service.save_offer(maja, OfferInput{{"area:WG2"}, 1, {"en", "sl"}, "Monthly", true}));
  auto found = service.mentors(raluca, {}, "en");
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].mentor, UserId(1));  // reads English
}

TEST_F(Mentoring, a_paused_offer_or_one_whose_organisation_left_the_experienced_group_is_not_shown) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  ASSERT_TRUE(service.save_offer(gabor, OfferInput{{"area:WG2"}, 1, {"en"}, "Monthly", false}));
  surroundings.organisations[10].experienced = false;
  auto found = service.mentors(raluca, {}, "en");
  ASSERT_TRUE(found);
  EXPECT_TRUE(found->empty());
  auto refused = service.request(raluca, ask(1), "en");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "The mentor's organisation is not in the experienced group.");
}

TEST_F(Mentoring, a_request_to_oneself_is_refused) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  auto refused = service.request(maja, ask(1), "en");
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "You cannot ask yourself for mentoring.");
  EXPECT_TRUE(repository.data.requests.empty());
}

TEST_F(Mentoring, a_second_request_while_one_is_open_is_refused) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 2)));
  ASSERT_TRUE(service.request(raluca, ask(1), "en"));
  auto twice = service.request(raluca, ask(1, "area:WG2"), "en");
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::conflict);
  EXPECT_EQ(repository.data.requests.size(), 1u);
}

TEST_F(Mentoring, a_mentor_at_capacity_is_refused_and_cannot_accept_more_pairs) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  auto first = service.request(raluca, ask(1), "en");
  auto second = service.request(ioana, ask(1), "en");
  ASSERT_TRUE(first && second);
  ASSERT_TRUE(service.answer(maja, first->id, first->revision, {Answer::accept, ""}));
  auto full = service.answer(maja, second->id, second->revision, {Answer::accept, ""});
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().kind, ErrorKind::conflict);
  RequestInput third{UserId(1), NeedRef{RegionCode("RO21"), "area:WG2"}, "Us too."};
  Principal someone = staff(3, 30);
  auto at_capacity = service.request(someone, third, "en");
  ASSERT_FALSE(at_capacity);
  EXPECT_EQ(at_capacity.error().message,
            "This mentor has no free place at the moment; choose another mentor or ask later.");
}

TEST_F(Mentoring, a_pair_goes_from_request_to_feedback_with_audit_lines_and_mails_to_the_other_side) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  auto r = service.request(raluca, ask(1), "en");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->status, RequestStatus::requested);
  ASSERT_EQ(surroundings.mails.size(), 1u);
  EXPECT_EQ(surroundings.mails[0].to, "maja@example.org");
  EXPECT_FALSE(service.capabilities(raluca, *r).answer);
  EXPECT_TRUE(service.capabilities(maja, *r).answer);
  EXPECT_FALSE(service.answer(raluca, r->id, r->revision, {Answer::accept, ""}));

  auto step = service.answer(maja, r->id, r->revision, {Answer::accept, "Gladly."});
  ASSERT_TRUE(step) << step.error().message;
  EXPECT_EQ(step->status, RequestStatus::accepted);
  EXPECT_EQ(surroundings.mails.back().to, "raluca@example.org");
  auto stale = service.agree_goals(raluca, r->id, r->revision, "Goals");
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().field, "revision");
  step = service.agree_goals(raluca, r->id, step->revision, "1. Map the SMEs' needs.");
  ASSERT_TRUE(step);
  step = service.record_meeting(maja, r->id, step->revision, Meeting{MeetingId(), "2026-10-06", "First call.", {}, 0});
  ASSERT_TRUE(step);
  ASSERT_EQ(step->meetings.size(), 1u);
  step = service.record_outcome(raluca, r->id, step->revision, {OutcomeResult::partly_achieved, "Lab drafted."});
  ASSERT_TRUE(step);
  EXPECT_EQ(step->status, RequestStatus::completed);
  EXPECT_FALSE(service.record_meeting(maja, r->id, step->revision, Meeting{MeetingId(), "2026-11-06", "Late.", {}, 0}));
  ASSERT_TRUE(service.give_feedback(raluca, r->id, Feedback{Side::mentor, 5, "Very helpful."}));
  auto twice = service.give_feedback(raluca, r->id, Feedback{Side::learner, 4, ""});
  ASSERT_FALSE(twice);
  auto last = service.give_feedback(maja, r->id, Feedback{Side::learner, 4, "Well prepared."});
  ASSERT_TRUE(last);
  ASSERT_EQ(last->feedback.size(), 2u);
  EXPECT_EQ(last->feedback_of(Side::learner)->rating, 5);  // the side is the giver's, whatever was sent
  std::vector<std::string> actions;
  for (const auto& a : repository.data.audit) actions.push_back(a.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"mentoring.offer_saved", "mentoring.requested", "mentoring.accepted",
                                               "mentoring.goals_agreed", "mentoring.meeting_recorded",
                                               "mentoring.completed", "mentoring.feedback_given",
                                               "mentoring.feedback_given"}));
  // The place is free again once the pair is closed.
  auto offer = service.my_offer(maja);
  ASSERT_TRUE(offer && *offer);
  EXPECT_EQ((*offer)->free_places(), 1);
}

TEST_F(Mentoring, a_decline_needs_a_reason_and_only_the_pair_sees_the_request) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  auto r = service.request(raluca, ask(1), "en");
  ASSERT_TRUE(r);
  EXPECT_FALSE(read_answer(boost::json::object{{"answer", "decline"}, {"reason", ""}}));
  auto outsider = service.get(gabor, r->id, "en");
  ASSERT_FALSE(outsider);
  EXPECT_EQ(outsider.error().kind, ErrorKind::not_found);
  auto declined = service.answer(maja, r->id, r->revision, {Answer::decline, "No time until spring."});
  ASSERT_TRUE(declined);
  EXPECT_EQ(declined->status, RequestStatus::declined);
  // Declined is closed: the learner may ask the same mentor again.
  EXPECT_TRUE(service.request(raluca, ask(1), "en"));
}

TEST_F(Mentoring, the_learner_withdraws_a_request_not_yet_answered) {
  ASSERT_TRUE(service.save_offer(maja, offer_on({"area:WG2"}, 1)));
  auto r = service.request(raluca, ask(1), "en");
  ASSERT_TRUE(r);
  EXPECT_FALSE(service.withdraw(maja, r->id, r->revision));
  auto withdrawn = service.withdraw(raluca, r->id, r->revision);
  ASSERT_TRUE(withdrawn);
  EXPECT_EQ(withdrawn->status, RequestStatus::withdrawn);
}

TEST(MentoringInput, reads_an_offer_from_form_fields_and_refuses_bad_ones) {
  auto offer = read_offer(boost::json::object{{"topics", boost::json::array{"area:WG2", "criterion:WG4.2"}},
                                              {"capacity", "2"},
                                              {"languages", "RO, en"},
                                              {"availability", " Monthly "}});
  ASSERT_TRUE(offer) << offer.error().message;
  EXPECT_EQ(offer->capacity, 2);
  EXPECT_EQ(offer->languages, (std::vector<std::string>{"ro", "en"}));
  EXPECT_EQ(offer->availability, "Monthly");
  EXPECT_TRUE(offer->active);
  auto no_topics = read_offer(boost::json::object{{"capacity", 1}, {"languages", "en"}, {"availability", "x"}});
  ASSERT_FALSE(no_topics);
  EXPECT_EQ(no_topics.error().field, "topics");
  auto too_many = read_offer(boost::json::object{
      {"topics", "area:WG2"}, {"capacity", 11}, {"languages", "en"}, {"availability", "x"}});
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().field, "capacity");
  auto bad_language = read_offer(boost::json::object{
      {"topics", "area:WG2"}, {"capacity", 1}, {"languages", "english"}, {"availability", "x"}});
  ASSERT_FALSE(bad_language);
  EXPECT_EQ(bad_language.error().field, "languages");
}

TEST(MentoringInput, reads_meetings_outcomes_and_feedback) {
  EXPECT_TRUE(read_meeting(boost::json::object{{"date", "2024-02-29"}, {"notes", "x"}}));
  EXPECT_FALSE(read_meeting(boost::json::object{{"date", "2023-02-29"}, {"notes", "x"}}));
  EXPECT_FALSE(read_meeting(boost::json::object{{"date", "2024-02-01"}, {"notes", ""}}));
  EXPECT_FALSE(read_outcome(boost::json::object{{"result", "great"}, {"text", "x"}}));
  EXPECT_TRUE(read_outcome(boost::json::object{{"result", "not_achieved"}, {"text", "x"}}));
  EXPECT_FALSE(read_feedback(boost::json::object{{"rating", 6}}));
  EXPECT_TRUE(read_feedback(boost::json::object{{"rating", "3"}}));
  EXPECT_TRUE(is_topic_key("criterion:WG4.2"));
  EXPECT_FALSE(is_topic_key("sector:C"));
  EXPECT_FALSE(read_request(boost::json::object{{"mentor", 1}, {"region", "RO21"}, {"need", "x"}, {"message", "m"}}));
}

}  // namespace
}  // namespace cps::mentoring
