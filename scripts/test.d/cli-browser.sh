#!/usr/bin/env bash
# The CLI's HTML review page in a real browser: installs Debian's chromium when it is missing (CI starts
# from a fresh machine), then runs only the HTML tests, whose chromium tests would otherwise report
# themselves skipped. The screenshot lands in artifacts/cli-html-review.png.
# Why a suite and not an install from inside the test run: apt needs root and minutes, and a unit test
# that installs system packages would surprise anyone running `dotnet test` on their own machine.
set -uo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium missing: installing Debian's chromium"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null 2>&1
fi
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium could not be installed"
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
dotnet test tests/SourceLint.Cli.Tests/SourceLint.Cli.Tests.csproj -c Release --filter "FullyQualifiedName~HtmlFormatTests" 2>&1 | tee "$log"
line=$(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | tail -n 1)
if [ -z "$line" ]; then echo "0 passed, 1 failed"; exit 1; fi
f=$(echo "$line" | sed -E 's/.*Failed: *([0-9]+),.*/\1/')
p=$(echo "$line" | sed -E 's/.*Passed: *([0-9]+),.*/\1/')
s=$(echo "$line" | sed -E 's/.*Skipped: *([0-9]+),.*/\1/')
# With chromium present nothing may be skipped: a skip here would hide the browser test.
if [ "$s" -gt 0 ]; then f=$((f + s)); s=0; fi
[ -f artifacts/cli-html-review.png ] && echo "screenshot: artifacts/cli-html-review.png"
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
