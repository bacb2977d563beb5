# The fuzzing build (-DCPS_FUZZ=ON, its own build directory, tools/fuzz): every library the
# fuzz targets link is compiled with libFuzzer's coverage hooks and ASan + UBSan, and each
# target in fuzz/ is linked with libFuzzer's main. The GCC builds never include this file.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
  message(FATAL_ERROR "CPS_FUZZ needs clang 16 or later (-DCMAKE_CXX_COMPILER=clang++-16): "
                      "libFuzzer comes with clang, and clang 14 cannot compile libstdc++ 12's <expected>.")
endif()
if(CPS_SANITIZE)
  message(FATAL_ERROR "CPS_FUZZ brings its own sanitizers; leave CPS_SANITIZE off.")
endif()
# Only the libraries the targets need are built (`ninja fuzz`), never the tests or benchmarks.
set(CPS_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(CPS_BUILD_BENCH OFF CACHE BOOL "" FORCE)

# libstdc++ 12 offers std::expected only when __cpp_concepts says C++20 concepts are complete,
# which clang 16 implements (conditionally trivial special members, P0848) but does not yet
# announce; the value is set to what it supports.
add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L)
# Optimised enough to run many inputs a second, asserts kept (they are invariants too);
# recoverable UBSan findings stop the run like ASan's, so libFuzzer saves the input.
add_compile_options(-O1 -g -fno-omit-frame-pointer
  -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined)
add_link_options(-fsanitize=address,undefined)
option(CPS_FUZZ_COVERAGE "Also instrument the fuzz targets for source-based coverage" OFF)
if(CPS_FUZZ_COVERAGE)
  # Source-based coverage for tools/fuzz --coverage (a separate build directory).
  add_compile_options(-fprofile-instr-generate -fcoverage-mapping)
  add_link_options(-fprofile-instr-generate)
endif()
