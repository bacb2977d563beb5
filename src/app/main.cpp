// clusterpolisee: the one program; see `clusterpolisee --help`.
#include "app/commands.hpp"

int main(int argc, char** argv) {
  return cps::app::run_command_line(argc, argv);
}
