#!/usr/bin/env bash
# search_recall.sh (gate): plan_zh word search must find at least 99% of
# the seed sentences that substring search finds over the terms of
# test/bench/search_terms.txt, at least 98% for the parts of compounds
# (group subpart), and nothing for the boundary terms (和县 in 市政府和县委)
# (see test/bench/search_recall.sh).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=$("$here/../bench/search_recall.sh" --misses 0 2>&1) || { echo "not ok - search recall script failed"; echo "$out" | sed 's/^/# /'; exit 1; }
if grep -q "is absent, skipping" <<<"$out"; then
	echo "ok - search recall # SKIP seeds absent"
	exit 0
fi
field() { awk -F'|' -v g="$1" -v f="$2" '$1 ~ "^ *"g" *$" {gsub(/ /, "", $f); print $f}' <<<"$out"; }
recall=$(field ALL 5)
sub=$(field subpart 5)
false_hits=$(field BOUNDARY 4)
echo "# plan_zh recall against substring search: ${recall:-?}, parts of compounds ${sub:-?}, boundary false hits ${false_hits:-?}"
rc=0
if awk -v r="${recall:-0}" -v s="${sub:-0}" 'BEGIN {exit !(r >= 0.99 && s >= 0.98)}'; then
	echo "ok - search recall ${recall} >= 0.99, parts of compounds ${sub} >= 0.98"
else
	echo "not ok - search recall ${recall:-?} (>= 0.99), parts of compounds ${sub:-?} (>= 0.98)"
	rc=1
fi
# 和县 in 市政府和县委, 监督和县政协, 国门医院和县人民医院: a function word
# before a word ties and stands alone (和|县政协, 和|县人民医院), and the
# query side finds nothing across a boundary
if [ "${false_hits:-x}" = "0" ]; then
	echo "ok - no boundary false hits"
else
	echo "not ok - boundary false hits: ${false_hits:-?}"
	rc=1
fi
[ $rc -eq 0 ] || echo "$out" | sed 's/^/# /'
exit $rc
