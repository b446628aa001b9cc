#!/usr/bin/env bash
# soak.sh: many clients calling every kind of plan_ext function for a set
# time; reports throughput, failed transactions and each backend's private
# memory at the start and the end (make soak SOAK_SECONDS=600 SOAK_CLIENTS=16).
#
#   test/scripts/with-cluster.sh --private-install -- test/soak/soak.sh [SECONDS] [CLIENTS]
#
# The table (test/soak/load.sh): the paragraphs of the seed texts
# (../shared/seeds, else the bundled samples/docs), with a GIN index on
# to_tsvector('plan_zh', body) and a few user words. The mix
# (test/soak/*.sql, weights in the pgbench call below): extraction, search
# with plan_tsquery and ts_headline, document facts, sections and
# sentences, plan_compare of two paragraphs, quantity input, operators and
# conversion, plan_tsvector and plan_segment.
# Private memory is RssAnon of /proc/PID/status (anonymous pages: what the
# backend allocated itself; the lexicon and dictionary in the shared
# library's read-only data are file-backed and shared), read for every
# pgbench backend 15 s after the start, at the middle and 5 s before the
# end. test/soak/memory.sh runs each script alone to tell a leak from the
# allocator's high-water mark.
# docs/reliability.md records the last run.
set -euo pipefail
seconds="${1:-600}"
clients="${2:-16}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pgbench="$(pg_config --bindir)/pgbench"
[ -x "$pgbench" ] || pgbench=/usr/lib/postgresql/15/bin/pgbench
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
"$here/test/soak/load.sh" "$tmp"
n="$(psql -X -At -c 'SELECT count(*) FROM soak_docs')"
echo "# soak: $n paragraphs, $clients clients, $seconds s"

"$pgbench" -n -c "$clients" -j 2 -T "$seconds" -D ndocs="$n" -r \
	-f "$here/test/soak/extract.sql@4" -f "$here/test/soak/search.sql@4" \
	-f "$here/test/soak/docfacts.sql@2" -f "$here/test/soak/compare.sql@1" \
	-f "$here/test/soak/quantity.sql@3" -f "$here/test/soak/segment.sql@2" \
	> "$tmp/pgbench.out" 2>&1 &
bench=$!

memory() {
	psql -X -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench' AND backend_type = 'client backend'" |
		while read -r pid; do
			awk -v p="$pid" '/^RssAnon/ {print p, $2}' "/proc/$pid/status" 2>/dev/null || true
		done | sort
}
half=$((seconds / 2 > 30 ? seconds / 2 : 30))
sleep 15
memory > "$tmp/mem0"
sleep $((half - 15))
memory > "$tmp/memh"
sleep $((seconds - half > 25 ? seconds - half - 5 : 15))
memory > "$tmp/mem1"
wait "$bench" || true
cat "$tmp/pgbench.out" | grep -E "SQL script|number of (transactions|failed)|tps|latency average" || cat "$tmp/pgbench.out"
join "$tmp/mem0" "$tmp/mem1" | awk '
	{ n++; d = $3 - $2; s0 += $2; s1 += $3; if (d > max) max = d; if (n == 1 || d < min) min = d }
	END { if (n) printf "# private memory (RssAnon) of %d backends: start %.0f kB, end %.0f kB on average; growth min %d kB, max %d kB\n", n, s0 / n, s1 / n, min, max }'
join "$tmp/memh" "$tmp/mem1" | awk '
	{ n++; d = $3 - $2; s0 += $2; s1 += $3; if (d > max) max = d; if (n == 1 || d < min) min = d }
	END { if (n) printf "# second half: %.0f kB at the middle, %.0f kB at the end on average; growth min %d kB, max %d kB\n", s0 / n, s1 / n, min, max }'
failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/pgbench.out")"
psql -X -q -c "DROP TABLE soak_docs"
[ "${failed:-1}" = 0 ]
