#!/usr/bin/env bash
# test/gates/indicators.sh: the quality bar of plan_indicators(), measured.
#
# Runs ../shared/tools/score-indicators (gold rows of five real plan texts)
# against the server in the PG* environment, where plan_ext is installed
# (the script creates the extension in $PGDATABASE when it is missing), and
# checks recall, precision, and agreement on measure, qualifier, kind, year
# and period against the bar of issue #5 (each >= 0.90).  Prints TAP-style
# "ok - ..." / "not ok - ..." lines and exits 1 below the bar.  Skips (exit
# 0) when ../shared is absent, as in a checkout without the test material.
#
#   test/scripts/with-cluster.sh --private-install -- test/gates/indicators.sh
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
shared="${PLAN_EXT_SHARED:-$top/../shared}"
scorer="$shared/tools/score-indicators"
bar="${PLAN_EXT_INDICATOR_BAR:-0.90}"

if [ ! -x "$scorer" ] || [ ! -f "$shared/gold/indicators.jsonl" ]; then
	echo "ok - indicators gate # SKIP ../shared (gold and scorer) not found"
	exit 0
fi

psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS plan_ext" >/dev/null || {
	echo "not ok - indicators gate: cannot create extension plan_ext"
	exit 1
}

out="$("$scorer" 2>&1)"
rc=$?
echo "$out" | sed 's/^/# /'
if [ $rc -ne 0 ]; then
	echo "not ok - indicators gate: score-indicators failed (exit $rc)"
	exit 1
fi

fail=0
check() {	# name value(0..1)
	if awk -v v="$2" -v b="$bar" 'BEGIN { exit !(v + 0 >= b + 0) }'; then
		echo "ok - indicators $1 $2 >= $bar"
	else
		echo "not ok - indicators $1 $2 < $bar"
		fail=1
	fi
}

last="$(echo "$out" | grep '^indicators: recall')"
recall="$(echo "$last" | awk '{print $3}')"
precision="$(echo "$last" | awk '{print $5}')"
if [ -z "$recall" ] || [ -z "$precision" ]; then
	echo "not ok - indicators gate: no result line from score-indicators"
	exit 1
fi
check recall "$recall"
check precision "$precision"
for f in measure qualifier kind year period; do
	pct="$(echo "$out" | awk -v f="$f" '$1 == f && $2 == "agrees" { gsub(/[()%]/, "", $NF); print $NF }')"
	if [ -z "$pct" ]; then
		echo "not ok - indicators $f: no agreement figure"
		fail=1
		continue
	fi
	check "$f" "$(awk -v p="$pct" 'BEGIN { printf "%.3f", p / 100 }')"
done
if echo "$out" | grep -q "quote is not substr"; then
	echo "not ok - indicators quote = substr(doc, pos, len) on every row"
	fail=1
else
	echo "ok - indicators quote = substr(doc, pos, len) on every row"
fi
exit $fail
