#!/usr/bin/env bash
# Renders icon.svg to the 256×256 icon.png the marketplace shows, with Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")"
html=$(mktemp --suffix=.html)
printf '<html><body style="margin:0;background:transparent">%s</body></html>' "$(cat icon.svg)" > "$html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=256,256 --screenshot="$PWD/icon.png" "file://$html" 2>/dev/null
rm -f "$html"
