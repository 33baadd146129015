#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the data exports of a timeline in programs Entente did not write (docs/FORMAT.md):
# TimelineJS3 in headless Chromium, Python's icalendar library, Python's csv module.
# Not run by the tests: it needs npm (for TimelineJS), chromium and python3-icalendar.
#   scripts/check-exports/check.sh [ENTENTE [TIMELINE]]
# ENTENTE defaults to build/app/entente; TIMELINE to a new one made from the bundled seed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
entente=${1:-build/app/entente}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -ge 2 ]; then
    timeline=$2
else
    # The user's timeline is made from the bundled one on first use: use a fresh data folder.
    XDG_DATA_HOME="$work/data" "$entente" --list > /dev/null
    timeline=$(find "$work/data" -name '*.entente' | head -n 1)
fi

"$entente" --database "$timeline" --export "$work/timeline.json"
"$entente" --database "$timeline" --export "$work/timeline.csv"
"$entente" --database "$timeline" --export "$work/timeline.ics"
"$entente" --database "$timeline" --export "$work/timelinejs.json" --format timelinejs

# Debian's python3-icalendar is for the system's Python.
python=${PYTHON:-/usr/bin/python3}
"$python" "$here/check_csv.py" "$work/timeline.csv" "$work/timeline.json"
"$python" "$here/check_ics.py" "$work/timeline.ics" "$work/timeline.json"

# TimelineJS from npm, its dist files beside the page.
(cd "$work" && npm pack --silent @knight-lab/timelinejs > /dev/null && tar xzf knight-lab-timelinejs-*.tgz)
mkdir -p "$work/page"
cp "$here/timelinejs.html" "$work/page/"
cp -r "$work/package/dist" "$work/page/vendor"
{ printf 'window.ENTENTE_EXPORT = '; cat "$work/timelinejs.json"; printf ';\n'; } > "$work/page/data.js"
chromium=${CHROMIUM:-/usr/bin/chromium}
flags="--headless --no-sandbox --disable-gpu --window-size=1280,800 --virtual-time-budget=6000"
# shellcheck disable=SC2086
"$chromium" $flags --dump-dom "file://$work/page/timelinejs.html" 2> /dev/null \
    | sed -n 's/.*<pre id="result">\(.*\)<\/pre>.*/timelinejs: \1/p'
# shellcheck disable=SC2086
"$chromium" $flags --screenshot="${SCREENSHOT:-timelinejs.png}" \
    "file://$work/page/timelinejs.html" 2> /dev/null
echo "timelinejs: screenshot in ${SCREENSHOT:-timelinejs.png}"
