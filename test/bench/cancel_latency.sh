#!/usr/bin/env bash
# cancel_latency.sh: how soon each long-running function stops after a
# statement_timeout fires, on one document of about 45 MB.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/cancel_latency.sh [MB]
#
# Builds the document by repeating the seed texts (../shared/seeds, or the
# bundled samples/docs when ../shared is absent), then runs each function
# with statement_timeout = 200ms in one session and prints psql's elapsed
# time per statement: the latency after the timeout is that minus 200 ms.
# The first ~200 ms of each are PostgreSQL reading the 45 MB value
# (detoasting it), which no function can interrupt. docs/reliability.md
# gives the figures of the last run.
set -euo pipefail
mb="${1:-45}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="$here/../shared/seeds"
[ -d "$src" ] || src="$here/samples/docs"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat "$src"/*.txt > "$tmp/unit.txt"
chmod 755 "$tmp"; chmod 644 "$tmp/unit.txt"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -c "CREATE EXTENSION IF NOT EXISTS plan_ext"
psql -X -q -v ON_ERROR_STOP=1 -v f="$tmp/unit.txt" -v mb="$mb" <<'SQL'
CREATE TABLE cancel_doc AS
SELECT string_agg(u, E'\n') AS body
FROM (SELECT pg_read_file(:'f') AS u) s,
     generate_series(1, ceil(:mb * 1048576.0 / octet_length(pg_read_file(:'f')))::int);
SQL
psql -X -q -At -c "SELECT 'document: ' || round(octet_length(body) / 1048576.0, 1) || ' MB' FROM cancel_doc"
for f in "to_tsvector('plan_zh', body)" "plan_tsvector(body)" \
	"(SELECT count(*) FROM plan_indicators(body))" "(SELECT count(*) FROM plan_sections(body))" \
	"(SELECT count(*) FROM plan_sentences(body))" "plan_segment(body)" "plan_doc_info(body)" \
	"plan_normalize(body)"; do
	out="$(psql -X -q <<SQL 2>&1
\\timing on
SET statement_timeout = '200ms';
SELECT $f IS NULL FROM cancel_doc;
SQL
)"
	ms="$(printf '%s\n' "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)"
	how="finished"
	if printf '%s\n' "$out" | grep -q "canceling statement due to statement timeout"; then
		how="cancelled"
	elif printf '%s\n' "$out" | grep -q "ERROR"; then
		how="$(printf '%s\n' "$out" | grep -m1 ERROR)"
	fi
	printf '%-50s %8s ms  %s\n' "$f" "$ms" "$how"
done
psql -X -q -c "DROP TABLE cancel_doc"
