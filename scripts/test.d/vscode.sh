#!/usr/bin/env bash
# The VS Code extension's suite:
#   1. unit tests (vitest) of the extension's own logic, including the settings-vs-registry drift test;
#   2. packaging: `npm run package` builds the linux-x64 .vsix from the checkout; it is unpacked and its
#      bundled server completes an LSP conversation (initialize, diagnostics, sourcelint/sources, exit);
#   3. the real editor: the .vsix installed into code-server (VS Code 1.139), driven by playwright-core
#      and Debian's chromium on the seed draft (Problems, status bar, Sources view, a quick fix), with a
#      screenshot kept in artifacts/vscode-e2e.png. Its tools are cached in ~/.cache/sourcelint-e2e.
#      SOURCELINT_SKIP_EDITOR=1 skips this part (reported as skipped).
# Ends with "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
client="$root/vscode-client"
log=$(mktemp -d)
passed=0; failed=0; skipped=0
ok()   { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
# Adds the ok/FAIL/skip lines a sub-step printed.
tally() {
  passed=$((passed + $(grep -c '^ok ' "$1"))); failed=$((failed + $(grep -c '^FAIL' "$1"))); skipped=$((skipped + $(grep -c '^skip ' "$1")))
}
finish() { rm -rf "$log"; echo "$passed passed, $failed failed, $skipped skipped"; [ "$failed" -eq 0 ]; exit $?; }
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

echo "-- npm ci"
if (cd "$client" && npm ci --no-audit --no-fund) >"$log/npm-ci.txt" 2>&1; then ok "npm ci"; else cat "$log/npm-ci.txt"; fail "npm ci"; finish; fi

echo "-- unit tests (vitest)"
(cd "$client" && npx vitest run --reporter=default --reporter=json --outputFile="$log/vitest.json") 2>&1 | grep -v 'Unknown user config' | tail -n 25
if [ -s "$log/vitest.json" ]; then
  read -r vp vf vs ve < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests,r.numPendingTests+r.numTodoTests,r.success?0:1)' "$log/vitest.json")
  passed=$((passed + vp)); failed=$((failed + vf)); skipped=$((skipped + vs))
  echo "vitest: $vp passed, $vf failed, $vs skipped"
  # Errors outside any test (an unhandled rejection, a failed suite file) fail the run too.
  [ "$vf" -eq 0 ] && [ "$ve" -ne 0 ] && fail "vitest reported errors outside the tests"
else
  fail "vitest wrote no report"
fi

echo "-- package the linux-x64 .vsix"
version=$(node -p 'require(process.argv[1]).version' "$client/package.json")
vsix="$client/dist/vsix/sourcelint-linux-x64-$version.vsix"
rm -f "$vsix"
start=$SECONDS
if (cd "$client" && npm run package -- --targets linux-x64) >"$log/package.txt" 2>&1 && [ -f "$vsix" ]; then
  ok "npm run package builds $(basename "$vsix") ($(du -m "$vsix" | cut -f1) MB, $((SECONDS - start)) s)"
else
  tail -n 40 "$log/package.txt"; fail "npm run package (linux-x64)"; finish
fi

echo "-- the bundled server, from inside the unpacked .vsix"
unpacked="$log/unpacked"
# Unpacks as VS Code does, keeping the executable bit recorded in the archive.
python3 - "$vsix" "$unpacked" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        path = z.extract(info, sys.argv[2])
        mode = (info.external_attr >> 16) & 0o777
        if mode: os.chmod(path, mode)
PY
server="$unpacked/extension/server/linux-x64/sourcelint"
if [ -x "$server" ]; then ok "the .vsix carries an executable server/linux-x64/sourcelint"; else fail "no executable server in the .vsix"; fi
for other in linux-arm64 win32-x64 darwin-x64 darwin-arm64; do
  [ -e "$unpacked/extension/server/$other" ] && fail "the linux-x64 .vsix also carries server/$other"
done
node -e 'const p=require(process.argv[1]); process.exit(p.main==="./dist/extension.js"?0:1)' "$unpacked/extension/package.json" \
  && [ -f "$unpacked/extension/dist/extension.js" ] && ok "the .vsix carries dist/extension.js" || fail "dist/extension.js missing from the .vsix"
cmp -s "$unpacked/extension/LICENSE.txt" "$root/LICENSE" && ok "the .vsix carries the repository's LICENSE" || fail "LICENSE.txt missing from the .vsix or not the repository's"
grep -q 'TargetPlatform="linux-x64"' "$unpacked/extension.vsixmanifest" && ok "the manifest targets linux-x64" || fail "the manifest does not target linux-x64"
sources="$log/sources.json"
node "$client/e2e/lsp-smoke.mjs" "$server" "$root/samples/seed-draft.md" --record "$sources" | tee "$log/smoke.txt"
tally "$log/smoke.txt"

echo "-- the real editor (code-server + chromium)"
if [ "${SOURCELINT_SKIP_EDITOR:-}" = "1" ]; then
  echo "skip real-editor test: SOURCELINT_SKIP_EDITOR=1"; skipped=$((skipped + 1)); finish
fi
start=$SECONDS
if cache=$(bash "$client/e2e/install-code-server.sh" 2>"$log/install.txt" | tail -n 1) && [ -d "$cache" ]; then
  ok "code-server, Node 24 and playwright-core ready ($((SECONDS - start)) s)"
else
  cat "$log/install.txt"; tail -n 30 "${SOURCELINT_E2E_CACHE:-$HOME/.cache/sourcelint-e2e}/install.log" 2>/dev/null
  fail "installing the real-editor test's tools"; finish
fi
expected="$root/tests/fixtures/samples/seed-draft.expected.tsv"
[ -f "$expected" ] || expected="$root/../shared/samples/seed-draft.expected.tsv"
timeout 600 node "$client/e2e/editor-test.mjs" --vsix "$vsix" --cache "$cache" --draft "$root/samples/seed-draft.md" \
  --expected "$expected" --sources "$sources" --screenshot "$root/artifacts/vscode-e2e.png" 2>&1 \
  | grep -v -e '^\[' -e '^File not found' -e '^$' -e 'passed, .* failed' | tee "$log/editor.txt"
tally "$log/editor.txt"
finish
