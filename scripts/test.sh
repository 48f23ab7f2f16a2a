#!/usr/bin/env bash
# Runs every test of the project: the .NET test projects (engine, CLI, language server) and, where
# present, the extension's and the real-client end-to-end tests. Prints one closing line:
# "N passed, N failed, N skipped". Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log=$(mktemp -d)
status=0

echo "== dotnet test (Release)"
dotnet test SourceLint.sln -c Release 2>&1 | tee "$log/dotnet.txt"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# Extra suites register themselves as scripts/test.d/*.sh; each prints "N passed, N failed[, N skipped]" last.
if [ -d scripts/test.d ]; then
  for suite in scripts/test.d/*.sh; do
    [ -e "$suite" ] || continue
    echo "== $suite"
    bash "$suite" 2>&1 | tee "$log/$(basename "$suite").txt"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
fi

passed=0; failed=0; skipped=0
# dotnet: "Passed!  - Failed: 0, Passed: 7, Skipped: 0, Total: 7" (or "Failed!  - …") per test assembly.
while read -r f p s; do
  failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(grep -hE '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log/dotnet.txt" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/')
for f in "$log"/*.sh.txt; do
  [ -e "$f" ] || continue
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$f" | tail -n 1)
  [ -n "$line" ] || { echo "suite $(basename "$f" .txt) printed no result line"; status=1; continue; }
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
  f2=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  s=$(echo "$line" | grep -oE '[0-9]+ skipped' | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + p)); failed=$((failed + f2)); skipped=$((skipped + ${s:-0}))
done
[ "$passed" -gt 0 ] || status=1
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
