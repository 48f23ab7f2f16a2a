#!/usr/bin/env bash
# Run by hand (not part of the test suite): whole-process time of `sourcelint check` next to the prose
# linters newsrooms might otherwise use, on the same folder of published articles, plus cold start on one file.
#   bash bench/anchors.sh [CORPUS_DIR]        default ../shared/corpus/bbc-news (2,225 BBC stories in topic folders)
#   env: REPEAT=N runs per tool (default 3); ANCHORS_DIR (default $HOME/.cache/sourcelint-anchors);
#        SKIP_INSTALL=1 to reuse installed anchors; SKIP_AOT=1 to skip the Native AOT build.
# Uses ../shared/bench/anchors/install.sh and run-anchors.sh for write-good, textlint + write-good and
# retext-intensify, and GNU /usr/bin/time for sourcelint in the same format. The corpus is only read:
# run-anchors.sh wants one flat folder, so the articles are copied into a temp folder (outside the repository,
# deleted at exit). Not symlinks: write-good silently skipped symlinked files (0.67 s for the folder, rc 0).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="$(cd "$ROOT/../shared" && pwd)"
CORPUS="$(cd "${1:-$SHARED/corpus/bbc-news}" && pwd)"
ANCHORS="${ANCHORS_DIR:-$HOME/.cache/sourcelint-anchors}"
REPEAT="${REPEAT:-3}"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
[ "${SKIP_INSTALL:-0}" = 1 ] || bash "$SHARED/bench/anchors/install.sh" "$ANCHORS" >"$TMP/install.log" 2>&1 \
  || { cat "$TMP/install.log"; exit 2; }

# One flat folder of the corpus's articles (temp copies: topic/123.txt becomes topic-123.txt).
mkdir -p "$TMP/flat"
python3 - "$CORPUS" "$TMP/flat" <<'PY'
import os, shutil, sys
src, dst = sys.argv[1], sys.argv[2]
for root, _, files in sorted(os.walk(src)):
    for name in sorted(files):
        if name.endswith(('.txt', '.md')) and not name.startswith(('README', 'PROVENANCE')):
            rel = os.path.relpath(os.path.join(root, name), src).replace(os.sep, '-')
            shutil.copyfile(os.path.join(root, name), os.path.join(dst, rel))
PY
i=$(ls "$TMP/flat" | wc -l)
BYTES=$(cat "$TMP"/flat/* | wc -c)
FLAT=("$TMP"/flat/*)
ONE="${FLAT[0]}"
echo "corpus: $CORPUS ($i files, $BYTES bytes); $(nproc) cores; REPEAT=$REPEAT"

# sourcelint builds: framework-dependent (Release) and Native AOT (linux-x64).
dotnet build "$ROOT/src/SourceLint.Cli" -c Release -o "$TMP/fdd" >"$TMP/build.log" 2>&1 || { cat "$TMP/build.log"; exit 2; }
SL_FDD=("$TMP/fdd/sourcelint")
SL_AOT=()
if [ "${SKIP_AOT:-0}" != 1 ]; then
  if dotnet publish "$ROOT/src/SourceLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$TMP/aot" >"$TMP/aot.log" 2>&1; then
    SL_AOT=("$TMP/aot/sourcelint")
  else
    echo "(Native AOT build failed; see below)"; tail -n 20 "$TMP/aot.log"
  fi
fi

row() { # name files bytes -- command...
  local name=$1 nf=$2 nb=$3; shift 4
  : >"$TMP/t"
  for ((r = 0; r < REPEAT; r++)); do /usr/bin/time -o "$TMP/t" -a -f '%e %U %S %M %x' "$@" >/dev/null 2>&1 || true; done
  python3 - "$TMP/t" "$name" "$nf" "$nb" <<'PY'
import sys, statistics
path, tool, nf, nb = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = []
for line in open(path):
    p = line.split()
    if len(p) == 5 and p[0][0].isdigit():
        rows.append((float(p[0]), float(p[1]) + float(p[2]), int(p[3]), p[4]))
walls = sorted(r[0] for r in rows); med = statistics.median(walls)
cpu = statistics.median(r[1] for r in rows); peak = max(r[2] for r in rows) / 1024
mbs = nb / 1e6 / med if med > 0 else float('inf')
print(f"{tool:<20} {nf:>6} {nb:>10} {f'{med:.3f} ({walls[0]:.3f}-{walls[-1]:.3f})':>22} {cpu:>8.2f} {mbs:>9.3f} {peak:>9.0f} {rows[-1][3]:>4}")
PY
}

echo
echo "== whole folder, one process per tool"
REPEAT="$REPEAT" TOOLS="write-good textlint-write-good retext-intensify" bash "$SHARED/bench/anchors/run-anchors.sh" "$TMP/flat" "$ANCHORS"
row "sourcelint (fdd)" "$i" "$BYTES" -- "${SL_FDD[@]}" check --quiet "$TMP/flat"
[ ${#SL_AOT[@]} -eq 0 ] || row "sourcelint (aot)" "$i" "$BYTES" -- "${SL_AOT[@]}" check --quiet "$TMP/flat"

echo
echo "== cold start, one file ($(wc -c <"$ONE") bytes), REPEAT=$((REPEAT * 3))"
REPEAT=$((REPEAT * 3))
row "sourcelint (fdd)" 1 "$(wc -c <"$ONE")" -- "${SL_FDD[@]}" check --quiet "$ONE"
[ ${#SL_AOT[@]} -eq 0 ] || row "sourcelint (aot)" 1 "$(wc -c <"$ONE")" -- "${SL_AOT[@]}" check --quiet "$ONE"
row "write-good" 1 "$(wc -c <"$ONE")" -- "$ANCHORS/node_modules/.bin/write-good" --parse "$ONE"
