#include "domain/statistics/import_jobs.hpp"

#include <random>
#include <sstream>

#include "domain/accounts/policy.hpp"

namespace cps::statistics {

struct ImportJobs::Job {
  std::optional<accounts::UserId> owner;
  mutable std::mutex mutex;
  ImportJobStatus status;
  std::chrono::steady_clock::time_point ended{};
  std::jthread thread;
};

namespace {

// 128 random bits in hex: ids nobody can guess, so that a job's address gives nothing away.
std::string new_job_id() {
  static thread_local std::random_device device;
  std::string out;
  for (int i = 0; i < 4; ++i) {
    char part[9];
    std::snprintf(part, sizeof part, "%08x", unsigned(device()));
    out += part;
  }
  return out;
}

// The share of the whole import a step has reached: reading is most of the time.
int percent_of(std::string_view step, std::size_t done, std::size_t total) {
  double part = total == 0 ? 0.0 : std::min(1.0, double(done) / double(total));
  if (step == "read") return int(60 * part);
  if (step == "check") return 60 + int(30 * part);
  if (step == "compute") return 95 + int(5 * part);
  return 90;
}

}  // namespace

ImportJobs::ImportJobs(StatisticsService& service, std::size_t max_running)
    : service_(service), max_running_(max_running) {}

ImportJobs::~ImportJobs() {
  std::map<std::string, std::shared_ptr<Job>, std::less<>> jobs;
  {
    std::lock_guard lock(mutex_);
    jobs.swap(jobs_);
  }
  for (auto& [id, job] : jobs)
    if (job->thread.joinable()) job->thread.join();
}

void ImportJobs::forget_old_jobs() {
  auto now = std::chrono::steady_clock::now();
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    bool old;
    {
      std::lock_guard lock(it->second->mutex);
      auto state = it->second->status.state;
      old = (state == ImportJobStatus::State::done || state == ImportJobStatus::State::failed) &&
            now - it->second->ended > std::chrono::hours(1);
    }
    it = old ? jobs_.erase(it) : std::next(it);
  }
}

Result<std::string> ImportJobs::start(const accounts::Principal& who, FileFormat format,
                                      std::string bytes, ImportRequest request) {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  if (!accounts::allowed(who, accounts::Action::manage_statistics))
    return fail(ErrorKind::forbidden, "You may not do this.");
  auto job = std::make_shared<Job>();
  job->owner = who.user;
  job->status.file_name = request.file_name;
  job->status.format = format;
  job->status.dataset_code = request.dataset.code;
  {
    std::lock_guard lock(mutex_);
    forget_old_jobs();
    std::size_t running = 0;
    for (const auto& [id, j] : jobs_) {
      std::lock_guard job_lock(j->mutex);
      if (j->status.state == ImportJobStatus::State::waiting ||
          j->status.state == ImportJobStatus::State::running)
        ++running;
    }
    if (running >= max_running_)
      return fail(ErrorKind::unavailable,
                  "Other imports are running; please try again in a minute.");
    job->status.id = new_job_id();
    jobs_.emplace(job->status.id, job);
  }
  // The thread keeps the job alive even when the registry forgets it.
  job->thread = std::jthread(
      [this, job, who, format, bytes = std::move(bytes), request = std::move(request)] {
        {
          std::lock_guard lock(job->mutex);
          job->status.state = ImportJobStatus::State::running;
          job->status.step = "read";
        }
        std::istringstream in(bytes);
        std::vector<Issue> issues;
        auto report =
            service_.import_dataset(who, format, in, bytes.size(), request, issues,
                                    [&job](std::size_t done, std::size_t total, const char* step) {
                                      std::lock_guard lock(job->mutex);
                                      job->status.step = step;
                                      job->status.percent = percent_of(step, done, total);
                                    });
        // The new version's complexity results, computed now rather than on a first visit.
        if (report) {
          auto computed = service_.recompute(who, [&job](std::size_t done, std::size_t total, const char*) {
            std::lock_guard lock(job->mutex);
            job->status.step = "compute";
            job->status.percent = percent_of("compute", done, total);
          });
          if (!computed) report = std::unexpected(computed.error());
        }
        std::lock_guard lock(job->mutex);
        if (issues.size() > StatisticsService::kMaxIssues)
          issues.resize(StatisticsService::kMaxIssues);
        job->status.issues = std::move(issues);
        if (report) {
          job->status.state = ImportJobStatus::State::done;
          job->status.percent = 100;
          job->status.report = std::move(*report);
        } else {
          job->status.state = ImportJobStatus::State::failed;
          job->status.error = report.error();
        }
        job->status.step.clear();
        job->ended = std::chrono::steady_clock::now();
      });
  return job->status.id;
}

Result<ImportJobStatus> ImportJobs::status(const accounts::Principal& who,
                                           std::string_view id) const {
  if (!who.signed_in()) return fail(ErrorKind::unauthenticated, "Please sign in first.");
  std::shared_ptr<Job> job;
  {
    std::lock_guard lock(mutex_);
    auto it = jobs_.find(id);
    if (it != jobs_.end()) job = it->second;
  }
  if (!job || job->owner != *who.user)
    return fail(ErrorKind::not_found, "There is no such import.");
  std::lock_guard lock(job->mutex);
  return job->status;
}

}  // namespace cps::statistics
