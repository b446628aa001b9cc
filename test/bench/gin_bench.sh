#!/usr/bin/env bash
# gin_bench.sh: GIN index on to_tsvector('plan_zh', body), and on
# plan_tsvector(body) (the same tsvector, built directly), against the same
# index with 'simple': build time and size, side by side.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/gin_bench.sh [MB] [RUNS]
#
# Builds a table of seed paragraphs (../shared/seeds, cut like
# bench-throughput does) repeated to about MB megabytes (default 20), then
# builds each index RUNS times (default 3, maintenance_work_mem 256MB, no
# parallel workers) and prints the median build time and the index size.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seeds="${PLAN_SEEDS:-$here/../../../shared/seeds}"
mb="${1:-20}"
runs="${2:-3}"
[ -d "$seeds" ] || { echo "gin_bench: $seeds is absent, skipping"; exit 0; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

reps=$("$here/seed_corpus.sh" "$seeds" "$mb" "$tmp/docs.tsv")

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP TABLE IF EXISTS gin_bench_docs;
CREATE TABLE gin_bench_docs (id serial, body text);
\copy gin_bench_docs (body) from '$tmp/docs.tsv'
VACUUM ANALYZE gin_bench_docs;
SQL
psql -X -At -c "select pg_size_pretty(sum(octet_length(body))), count(*) from gin_bench_docs" | \
	awk -F'|' '{print "corpus: " $1 " in " $2 " paragraphs"}'

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for cfg in simple plan_zh plan_tsvector; do
	: > "$tmp/t_$cfg"
	expr="to_tsvector('$cfg', body)"
	[ "$cfg" = plan_tsvector ] && expr="plan_tsvector(body)"
	for _ in $(seq "$runs"); do
		psql -X -q -c "DROP INDEX IF EXISTS gin_bench_$cfg"
		t0=$(date +%s.%N)
		psql -X -q -v ON_ERROR_STOP=1 -c "SET maintenance_work_mem = '256MB'; SET max_parallel_maintenance_workers = 0;
			CREATE INDEX gin_bench_$cfg ON gin_bench_docs USING gin ($expr)"
		t1=$(date +%s.%N)
		echo "$t1 - $t0" | bc -l >> "$tmp/t_$cfg"
	done
	size=$(psql -X -At -c "select pg_relation_size('gin_bench_$cfg')")
	printf '%s %s %s\n' "$cfg" "$(median < "$tmp/t_$cfg")" "$size" >> "$tmp/result"
	psql -X -q -c "DROP INDEX gin_bench_$cfg"
done
awk '{ t[$1] = $2; s[$1] = $3 }
	END {
		printf "%-14s %10s %12s\n", "index on", "build s", "size MB";
		printf "%-14s %10.2f %12.1f\n", "simple", t["simple"], s["simple"] / 1e6;
		printf "%-14s %10.2f %12.1f\n", "plan_zh", t["plan_zh"], s["plan_zh"] / 1e6;
		printf "%-14s %10.2f %12.1f\n", "plan_tsvector", t["plan_tsvector"], s["plan_tsvector"] / 1e6;
		printf "gin: plan_zh/simple build time %.2f x, size %.2f x\n", t["plan_zh"] / t["simple"], s["plan_zh"] / s["simple"];
		printf "gin: plan_tsvector/simple build time %.2f x, size %.2f x\n", t["plan_tsvector"] / t["simple"], s["plan_tsvector"] / s["simple"];
	}' "$tmp/result"
psql -X -q -c "DROP TABLE gin_bench_docs"
