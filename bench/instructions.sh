#!/usr/bin/env bash
# Load-independent scaling figures: counts the instructions the Native AOT `sourcelint check` executes
# (valgrind's callgrind: the same count whatever else the machine is doing) on the engine benchmark's
# drafts, and prints the ratios next to issue 2/3's time targets (doubled <= 2.1x, 50k/10k words <= 5.2x).
# The time ratios of bench/SourceLint.Bench swing widely on a busy 2-core machine; these do not. They
# count work, not memory stalls, so they complement the time figures rather than replace them.
#   bash bench/instructions.sh [AOT_BINARY]     (default: publishes the AOT build to a temp folder)
# Needs valgrind; reads ../shared/corpus at run time and deletes the drafts it writes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed (apt-get install -y valgrind)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
binary=${1:-}
if [ -z "$binary" ]; then
  echo "publishing the Native AOT build (a few minutes) ..."
  dotnet publish src/SourceLint.Cli/SourceLint.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" >"$work/publish.log" 2>&1 \
    || { tail -n 20 "$work/publish.log"; exit 2; }
  binary="$work/aot/sourcelint"
fi
# valgrind cannot read the AOT build's separate debug file; count on a copy without it.
mkdir -p "$work/bin" && cp "$binary" "$work/bin/sourcelint"
dotnet run -c Release --project bench/SourceLint.Bench -- drafts "$work/drafts" >/dev/null

count() { # instructions of one run of `sourcelint ARGS`
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/bin/sourcelint" "$@" >/dev/null 2>"$work/cg.err" || true
  grep -oE 'refs: +[0-9,]+' "$work/cg.err" | tr -dc '0-9'
}
start=$(count --version)
small=$(count check "$work/drafts/draft-10k.md")
doubled=$(count check "$work/drafts/draft-10k-doubled.md")
large=$(count check "$work/drafts/draft-50k.md")
python3 - "$start" "$small" "$doubled" "$large" <<'PY'
import sys
start, small, doubled, large = map(int, sys.argv[1:])
net = lambda n: n - start
print(f"instructions: start-up (--version) {start:,}; 10k words {small:,}; doubled {doubled:,}; 50k words {large:,}")
print(f"(b) doubled / 10k, whole process  {doubled/small:5.2f}x   net of start-up {net(doubled)/net(small):5.2f}x   target <= 2.1x")
print(f"(c) 50k / 10k, whole process      {large/small:5.2f}x   net of start-up {net(large)/net(small):5.2f}x   target <= 5.2x")
PY
