#!/usr/bin/env bash
# soak.sh: many clients calling every kind of plan_ext function for a set
# time; reports throughput, failed transactions and each backend's private
# memory at the start and the end (make soak SOAK_SECONDS=600 SOAK_CLIENTS=16).
#
#   test/scripts/with-cluster.sh --private-install -- test/soak/soak.sh [SECONDS] [CLIENTS]
#
# The table: the paragraphs of the seed texts (../shared/seeds, else the
# bundled samples/docs), with a GIN index on to_tsvector('plan_zh', body)
# and a few user words. The mix (test/soak/*.sql, weights in the pgbench
# call below): extraction, search with plan_tsquery and ts_headline,
# document facts, sections and sentences, plan_compare of two paragraphs,
# quantity input, operators and conversion, plan_tsvector and plan_segment.
# Private memory is RssAnon of /proc/PID/status (anonymous pages: what the
# backend allocated itself; the lexicon and dictionary in the shared
# library's read-only data are file-backed and shared), read for every
# pgbench backend 15 s after the start and 5 s before the end.
# docs/reliability.md records the last run.
set -euo pipefail
seconds="${1:-600}"
clients="${2:-16}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$here/../shared/seeds"
[ -d "$src" ] || src="$here/samples/docs"
pgbench="$(pg_config --bindir)/pgbench"
[ -x "$pgbench" ] || pgbench=/usr/lib/postgresql/15/bin/pgbench
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
cat "$src"/*.txt > "$tmp/corpus.txt"
chmod 644 "$tmp/corpus.txt"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

psql -X -q -v ON_ERROR_STOP=1 -v f="$tmp/corpus.txt" <<'SQL'
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP TABLE IF EXISTS soak_docs;
CREATE TABLE soak_docs (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO soak_docs
SELECT row_number() OVER (), p
FROM regexp_split_to_table(pg_read_file(:'f'), E'\n+') p
WHERE length(p) >= 20;
CREATE INDEX ON soak_docs USING gin (to_tsvector('plan_zh', body));
INSERT INTO plan_user_words (word) VALUES ('硗碛藏族乡'), ('乡村振兴示范带') ON CONFLICT DO NOTHING;
ANALYZE soak_docs;
SQL
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
sleep 15
memory > "$tmp/mem0"
sleep $((seconds > 35 ? seconds - 20 : 15))
memory > "$tmp/mem1"
wait "$bench" || true
cat "$tmp/pgbench.out" | grep -E "SQL script|number of (transactions|failed)|tps|latency average" || cat "$tmp/pgbench.out"
join "$tmp/mem0" "$tmp/mem1" | awk '
	{ n++; d = $3 - $2; s0 += $2; s1 += $3; if (d > max) max = d; if (n == 1 || d < min) min = d }
	END { if (n) printf "# private memory (RssAnon) of %d backends: start %.0f kB, end %.0f kB on average; growth min %d kB, max %d kB\n", n, s0 / n, s1 / n, min, max }'
failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$tmp/pgbench.out")"
psql -X -q -c "DROP TABLE soak_docs"
[ "${failed:-1}" = 0 ]
