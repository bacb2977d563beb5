// The command line: clusterpolisee serve | migrate | demo | backup | restore | copy-database | version | …, with the settings as
// flags on every command.
#pragma once

namespace cps::app {

// Returns the process exit code: 0 done, 1 failed, 2 bad usage or configuration.
int run_command_line(int argc, char** argv);

}  // namespace cps::app
