#!/usr/bin/env bash
# End-to-end tests of 'sourcelint server' with real LSP clients nobody here wrote:
#   1. Node + vscode-languageserver-protocol (the library VS Code's client is built on): pull and push
#      diagnostics, edits, a code action, a hover (tests/lsp-e2e/e2e.mjs);
#   2. Neovim headless (Debian's package) attaching the server to a Markdown buffer and checking
#      vim.diagnostic.get() (tests/lsp-e2e/nvim-e2e.lua).
# Installs what it needs (npm packages from the lock file; neovim with apt-get when missing).
# Last line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
passed=0; failed=0; skipped=0
add() { # add the "N passed, N failed" line of a run's output
  local line; line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$1" | tail -n 1)
  if [ -z "$line" ]; then echo "$2 printed no result line"; failed=$((failed + 1)); return; fi
  passed=$((passed + $(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line")))
  failed=$((failed + $(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")))
}

# SOURCELINT_SERVER may name another build to test (e.g. the Native AOT binary from dotnet publish).
server="${SOURCELINT_SERVER:-}"
if [ -z "$server" ]; then
  echo "-- building sourcelint (Release)"
  if ! dotnet build src/SourceLint.Cli -c Release -v quiet -nologo > /tmp/sourcelint-e2e-build.log 2>&1; then
    cat /tmp/sourcelint-e2e-build.log; echo "0 passed, 1 failed"; exit 1
  fi
  server="$root/src/SourceLint.Cli/bin/Release/net10.0/sourcelint"
fi
echo "-- server: $server"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp samples/seed-draft.md "$work/seed-draft.md"

echo "-- node client (vscode-languageserver-protocol)"
if (cd tests/lsp-e2e && npm ci --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1); then
  out=$(timeout 300 node tests/lsp-e2e/e2e.mjs "$server" server --stdio 2>&1); echo "$out"
  add "$out" "node e2e"
else
  cat "$work/npm.log"; echo "npm ci failed"; failed=$((failed + 1))
fi

echo "-- neovim client"
if ! command -v nvim > /dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y neovim > "$work/apt.log" 2>&1 || { apt-get update > /dev/null 2>&1 && apt-get install -y neovim > "$work/apt.log" 2>&1; }) || cat "$work/apt.log"
  fi
fi
if command -v nvim > /dev/null 2>&1; then
  out=$(cd "$work" && SOURCELINT_SERVER="$server" E2E_DRAFT="$work/seed-draft.md" E2E_EXPECTED="$root/samples/seed-draft.expected.tsv" \
    timeout 300 nvim --headless --clean -u NONE -c "luafile $root/tests/lsp-e2e/nvim-e2e.lua" 2>&1); echo "$out"
  add "$out" "neovim e2e"
else
  echo "neovim is not installed and could not be installed (not root): skipped"; skipped=$((skipped + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
