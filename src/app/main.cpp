// clusterpolisee: the one program; see `clusterpolisee --help`.
#include <malloc.h>

#include "app/commands.hpp"

int main(int argc, char** argv) {
  // Pages of tens of kilobytes are allocated and freed on every request; without this, glibc
  // hands the freed top of the heap back to the kernel and faults it in again each time.
  mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
  return cps::app::run_command_line(argc, argv);
}
