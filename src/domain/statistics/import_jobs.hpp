// Imports started from a page run in the background, so the page can show their progress.
// Each job belongs to the person who started it: nobody else may see it. Jobs live in the
// memory of the server that runs them (the stored version is what lasts); a finished job is
// forgotten an hour after it ends.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/error.hpp"
#include "domain/statistics/statistics_service.hpp"

namespace cps::statistics {

struct ImportJobStatus {
  enum class State { waiting, running, done, failed };
  std::string id;
  State state = State::waiting;
  std::string step;  // "read", "check", "store" while running
  int percent = 0;   // of the whole import
  std::string file_name;
  FileFormat format = FileFormat::csv;
  std::string dataset_code;
  std::optional<ImportReport> report;  // when done
  std::optional<Error> error;          // when failed
  std::vector<Issue> issues;           // either way, at most StatisticsService::kMaxIssues
};

class ImportJobs {
 public:
  explicit ImportJobs(StatisticsService& service, std::size_t max_running = 2);
  // Waits for the imports still running.
  ~ImportJobs();
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Starts importing `bytes` for `who` and returns the job's id at once. Fails (forbidden or
  // unauthenticated) for anybody who may not import, and (unavailable) while max_running
  // imports are running already.
  Result<std::string> start(const accounts::Principal& who, FileFormat format, std::string bytes,
                            ImportRequest request);

  // A job of `who`'s; not_found for unknown ids and for other people's jobs alike.
  Result<ImportJobStatus> status(const accounts::Principal& who, std::string_view id) const;

 private:
  struct Job;
  void forget_old_jobs();

  StatisticsService& service_;
  std::size_t max_running_;
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<Job>, std::less<>> jobs_;
};

}  // namespace cps::statistics
