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
  if [[ "${BOSAM_NEED_BROWSER:-0}" == 1 ]]; then
    [[ -x /usr/bin/chromium ]] || pkgs+=(chromium)
    # NetworkX reads the GraphML/GEXF/Pajek exports back in tests/cli/export.test.mjs (for /usr/bin/python3).
    [[ -f /usr/lib/python3/dist-packages/networkx/__init__.py ]] || pkgs+=(python3-networkx)
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

# Debian's em++ needs its own node modules (acorn) on NODE_PATH (design §1).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
