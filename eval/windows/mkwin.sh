#!/bin/sh
# mkwin.sh BOT DIR: ingest the FA-KES articles into DIR/db.sqlite and write, per window W,
# DIR/digest-W.md (markdown), DIR/embeds-W.txt (discord embeds), DIR/digest-W.json, DIR/win-W.jsonl.
# WINDOWS="name first last;..." chooses other windows (default: the three development windows; the
# fresh windows of README "Fresh windows" are WINDOWS="0403 2017-04-03 2017-04-09;0704 2016-07-04 2016-07-10").
set -e
BOT=$1; DIR=$2; mkdir -p "$DIR"
A=${ARTICLES:-$(cd "$(dirname "$0")/../../../shared/eval" && pwd)/articles.jsonl}
rm -f "$DIR/db.sqlite"*
"$BOT" ingest --db "$DIR/db.sqlite" --jsonl "$A" > "$DIR/ingest.txt" 2>&1
WINDOWS=${WINDOWS:-"2017 2017-04-10 2017-04-16;2013 2013-08-19 2013-08-25;2016 2016-09-19 2016-09-25"}
echo "$WINDOWS" | tr ';' '\n' | while read -r w; do
  [ -n "$w" ] || continue
  set -- $w
  "$BOT" digest --db "$DIR/db.sqlite" --since $2 --until $3 --limit 10 > "$DIR/digest-$1.md"
  "$BOT" digest --db "$DIR/db.sqlite" --since $2 --until $3 --limit 10 --format embeds > "$DIR/embeds-$1.txt"
  "$BOT" digest --db "$DIR/db.sqlite" --since $2 --until $3 --limit 10 --format json > "$DIR/digest-$1.json"
  jq -c --arg a $2 --arg b $3 'select(.published >= $a and .published[0:10] <= $b)' "$A" > "$DIR/win-$1.jsonl"
done
wc -l "$DIR"/win-*.jsonl
