#!/usr/bin/env bash
# Loads every page of the web UI over the demo data in headless Chromium, fails on any
# console message (script errors and Content-Security-Policy refusals land there), and saves
# a screenshot of each page.
#
#   Tools/ui-check.sh [SITREP_BINARY] [SCREENSHOT_FOLDER]
#
# Defaults: .build/debug/sitrep and ui-screenshots/. Needs Debian's chromium
# (`apt-get install -y chromium`) and curl. Serves on 127.0.0.1 only.
set -euo pipefail

binary=${1:-.build/debug/sitrep}
shots=${2:-ui-screenshots}
port=${UI_CHECK_PORT:-18080}
work=$(mktemp -d)
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "ui-check: chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
mkdir -p "$shots"

server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$binary" demo --db "$work/demo.sqlite" > "$work/demo.log"
"$binary" serve --db "$work/demo.sqlite" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/api/articles?limit=1" > /dev/null && break; sleep 0.2; done

article=$(curl -fs "$base/api/events?limit=1" | python3 -c 'import json,sys; rows=json.load(sys.stdin)["items"]; print(rows[0]["articleId"] if rows else "")')
[ -n "$article" ] || article=$(curl -fs "$base/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"][0]["id"])')

failed=0
check() {
    local name=$1 path=$2 height=${3:-1000}
    local log="$work/$name.log"
    "$browser" --headless --no-sandbox --hide-scrollbars --no-first-run --disable-extensions \
        --enable-logging=stderr --v=0 --user-data-dir="$work/profile" --window-size=1400,"$height" \
        --virtual-time-budget=10000 --screenshot="$shots/$name.png" "$base$path" 2> "$log" > /dev/null || true
    if grep -E "CONSOLE|Uncaught|Refused to" "$log" > "$work/$name.errors"; then
        echo "FAIL $path: console messages:"; sed 's/^/    /' "$work/$name.errors"
        failed=$((failed + 1))
    elif [ ! -s "$shots/$name.png" ]; then
        echo "FAIL $path: no screenshot"; failed=$((failed + 1))
    else
        echo "ok   $path -> $shots/$name.png"
    fi
}

check articles "/"
check reader "/articles/$article" 1400
check events "/events" 1200
check timeline "/timeline" 1000
check network "/network" 1300
check map "/map" 900
check board "/board"
check brief "/brief" 1200

pages=8
echo "$((pages - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
