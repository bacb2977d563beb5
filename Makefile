# The two commands a newcomer needs (see README.md):
#   make run    install everything, build, create the demo database, serve http://127.0.0.1:8080
#   make test   install everything, build, run every test (unit, both databases, HTTP, browser)
.PHONY: run test deps build demo bench bench-analytics bench-knowledge bench-europe-scope format clean

BUILD ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

deps:
	tools/install-deps

build: deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null
	ninja -C $(BUILD)

demo: build
	$(BUILD)/clusterpolisee demo

run: demo
	$(BUILD)/clusterpolisee serve

test: deps
	tools/test

bench: build
	bench/run

bench-analytics: build
	bench/analytics

bench-knowledge: build
	bench/knowledge

bench-europe-scope: build
	bench/europe-scope

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')

clean:
	rm -rf build build-asan
