#!/usr/bin/env bash
# search_recall.sh (gate): plan_zh word search must find at least 98% of
# the seed sentences that substring search finds, over the 121 terms of
# test/bench/search_terms.txt (see test/bench/search_recall.sh).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=$("$here/../bench/search_recall.sh" --misses 0 2>&1) || { echo "not ok - search recall script failed"; echo "$out" | sed 's/^/# /'; exit 1; }
if grep -q "is absent, skipping" <<<"$out"; then
	echo "ok - search recall # SKIP seeds absent"
	exit 0
fi
recall=$(awk -F'|' '$1 ~ /^ *ALL *$/ {gsub(/ /, "", $5); print $5}' <<<"$out")
echo "# plan_zh recall against substring search: ${recall:-?}"
if awk -v r="${recall:-0}" 'BEGIN {exit !(r >= 0.98)}'; then
	echo "ok - search recall ${recall} >= 0.98"
else
	echo "not ok - search recall ${recall:-?} < 0.98"
	echo "$out" | sed 's/^/# /'
	exit 1
fi
