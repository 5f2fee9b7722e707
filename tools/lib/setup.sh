# Shared by tools/build and tools/test: install what is missing (as root on Debian 12), or say exactly what to
# run. Sourced, not executed.

# Debian packages the build and tests need, by the command or file that shows each is present.
bosam_required_packages() {
  local pkgs=()
  command -v cmake >/dev/null || pkgs+=(cmake)
  command -v g++ >/dev/null || pkgs+=(g++)
  command -v make >/dev/null || pkgs+=(make)
  command -v em++ >/dev/null || pkgs+=(emscripten)
  [[ -f /usr/include/boost/graph/adjacency_list.hpp ]] || pkgs+=(libboost-graph-dev)
  [[ -f /usr/include/nlohmann/json.hpp ]] || pkgs+=(nlohmann-json3-dev)
  [[ -f /usr/include/doctest/doctest.h ]] || pkgs+=(doctest-dev)
  command -v node >/dev/null || pkgs+=(nodejs)
  command -v npm >/dev/null || pkgs+=(npm)
  # What the test layers need besides the build. tools/test asks per layer (BOSAM_NEED_CHROMIUM for browser,
  # _FIREFOX for firefox, _NETWORKX for node and cli-sanitized); BOSAM_NEED_BROWSER=1 (the whole suite) means all.
  local all=${BOSAM_NEED_BROWSER:-0}
  if [[ "${BOSAM_NEED_CHROMIUM:-$all}" == 1 ]]; then
    [[ -x /usr/bin/chromium ]] || pkgs+=(chromium)
    # pdftotext reads the printed report's PDF back in tests/e2e/report-print.test.mjs.
    command -v pdftotext >/dev/null || pkgs+=(poppler-utils)
  fi
  if [[ "${BOSAM_NEED_FIREFOX:-$all}" == 1 ]]; then
    # The Firefox smoke layer (tests/firefox, puppeteer-core over WebDriver BiDi).
    [[ -x /usr/bin/firefox-esr ]] || pkgs+=(firefox-esr)
  fi
  if [[ "${BOSAM_NEED_NETWORKX:-$all}" == 1 ]]; then
    # NetworkX reads the GraphML/GEXF/Pajek exports back in tests/cli/export.test.mjs (for /usr/bin/python3).
    [[ -f /usr/lib/python3/dist-packages/networkx/__init__.py ]] || pkgs+=(python3-networkx)
    # python-igraph reads the UCINET DL export back in tests/cli/research-formats.test.mjs.
    [[ -f /usr/lib/python3/dist-packages/igraph/__init__.py ]] || pkgs+=(python3-igraph)
    # tests/js/format.test.mjs checks the C++ with Debian 12's clang-format (14), the version .clang-format is for.
    command -v clang-format >/dev/null || pkgs+=(clang-format)
  fi
  if [[ "${BOSAM_NEED_SANITIZERS:-0}" == 1 ]]; then
    # build/san (tools/test, tools/fuzz): clang 14 with its ASan/UBSan/libFuzzer runtimes.
    command -v clang++ >/dev/null || pkgs+=(clang)
    compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a' >/dev/null || pkgs+=(libclang-rt-14-dev)
  fi
  echo "${pkgs[@]:-}"
}

bosam_install_packages() {
  local missing
  missing=$(bosam_required_packages)
  [[ -z "$missing" ]] && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "bosam: missing packages: $missing" >&2
    echo "Install them with:  sudo apt-get update && sudo apt-get install -y $missing" >&2
    exit 1
  fi
  echo "==> Installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# npm packages from the committed lockfile; reinstalled only when the lockfile changed.
bosam_install_node_modules() {
  local stamp=node_modules/.bosam-lock
  if [[ -f $stamp ]] && cmp -s package-lock.json "$stamp"; then return 0; fi
  echo "==> Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
}

# Debian's em++ needs its own node modules (acorn) on NODE_PATH, else "Cannot find module 'acorn'".
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# build/san: the core, tests and CLI with AddressSanitizer + UndefinedBehaviorSanitizer, and the libFuzzer
# targets of tests/fuzz (clang; see CMakeLists.txt). Under the same lock as tools/build. Output: build/san/bin.
# With arguments, only those CMake targets (bosam-tests, bosam, fuzz_project, …).
bosam_build_san() {
  local only=()
  (($#)) && only=(--target "$@")
  (
    exec 9>build/.build.lock
    flock 9
    if [[ ! -f build/san/CMakeCache.txt ]]; then
      cmake -S . -B build/san -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DBOSAM_SANITIZE=ON -DBOSAM_FUZZ=ON \
        "-DBOSAM_OUT_DIR=$(pwd)/build/san/bin" >/dev/null || exit 1
    fi
    cmake --build build/san -j "$(nproc 2>/dev/null || echo 2)" "${only[@]}"
  )
}

# Sanitizer settings for everything run from build/san: stop at the first finding, with a stack trace.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
