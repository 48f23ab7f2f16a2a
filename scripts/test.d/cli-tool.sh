#!/usr/bin/env bash
# The CLI as newsrooms install it: pack the .NET tool, install it with --tool-path into a temp folder from
# that folder as the package source, run it on samples/ and check what it prints and how it exits.
set -uo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
check() { # name, command status (0 = ok)
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

dotnet pack src/SourceLint.Cli/SourceLint.Cli.csproj -c Release -o "$tmp/feed" >"$tmp/pack.log" 2>&1
for package in SourceLint SourceLint.linux-x64 SourceLint.any; do
  check "dotnet pack writes $package.<version>.nupkg" $([ -n "$(ls "$tmp"/feed/$package.[0-9]*.nupkg 2>/dev/null)" ]; echo $?)
done

# Only the freshly packed feed: a package of the same name on a public source must not be picked instead.
cat >"$tmp/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$tmp/feed" /></packageSources></configuration>
XML
dotnet tool install --tool-path "$tmp/tools" --configfile "$tmp/nuget.config" --add-source "$tmp/feed" SourceLint >"$tmp/install.log" 2>&1
check "dotnet tool install --tool-path from the local feed" $([ -x "$tmp/tools/sourcelint" ]; echo $?)
[ -x "$tmp/tools/sourcelint" ] || cat "$tmp/pack.log" "$tmp/install.log"

sl="$tmp/tools/sourcelint"
"$sl" --version >"$tmp/version.txt" 2>&1
check "sourcelint --version prints a version" $(grep -qE '^[0-9]+\.[0-9]+\.[0-9]+' "$tmp/version.txt"; echo $?)

"$sl" check samples/ >"$tmp/out.txt" 2>"$tmp/err.txt"; code=$?
check "check samples/ exits 1 (the seed draft has warnings)" $([ "$code" -eq 1 ]; echo $?)
check "check samples/ reports the seed draft's unattributed figure" $(grep -q '^samples/seed-draft.md:5:1: warning SL101 unattributed-figure: ' "$tmp/out.txt"; echo $?)
check "check samples/ prints the source line and caret" $(grep -q '^5 | More than 30 soldiers' "$tmp/out.txt" && grep -qE '^  \| \^{21}' "$tmp/out.txt"; echo $?)
check "check samples/ ends with the summary line" $(tail -n 1 "$tmp/out.txt" | grep -qE '^3 files checked: [0-9]+ errors, [1-9][0-9]* warnings'; echo $?)
check "check writes nothing to stderr" $([ ! -s "$tmp/err.txt" ]; echo $?)

"$sl" check --format sarif --output "$tmp/out.sarif" samples/ >/dev/null 2>&1
check "check --format sarif --output writes SARIF 2.1.0" $(grep -q '"version": "2.1.0"' "$tmp/out.sarif" && grep -q '"ruleId": "SL101"' "$tmp/out.sarif"; echo $?)

"$sl" check --bogus samples/ >/dev/null 2>&1; code=$?
check "an unknown option exits 2" $([ "$code" -eq 2 ]; echo $?)

"$sl" explain SL101 >"$tmp/explain.txt" 2>&1
check "explain SL101 prints the rule page" $(grep -q 'SL101' "$tmp/explain.txt" && grep -qi 'unattributed' "$tmp/explain.txt"; echo $?)

# On linux-x64 the installer takes the ReadyToRun package; the portable one is what every other platform gets.
if [ "$(uname -m)" = "x86_64" ]; then
  check "on linux-x64 the installed tool is the ReadyToRun package" $(ls -d "$tmp"/tools/.store/sourcelint/*/sourcelint.linux-x64 >/dev/null 2>&1; echo $?)
fi
dotnet tool install --tool-path "$tmp/any" --configfile "$tmp/nuget.config" --add-source "$tmp/feed" SourceLint.any >"$tmp/install-any.log" 2>&1
"$tmp/any/sourcelint" check samples/ >"$tmp/any.txt" 2>&1; code=$?
check "the portable package (SourceLint.any) installs and prints the same report (exit $code)" $([ "$code" -eq 1 ] && cmp -s "$tmp/any.txt" "$tmp/out.txt"; echo $?)
[ "$code" -eq 1 ] || cat "$tmp/install-any.log"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
