#!/usr/bin/env bash
# parallel_bench.sh: parallel query over plan_indicators.
#
#   test/bench/parallel_bench.sh [MEGABYTES]      (default 8)
#
# Starts a throwaway cluster (with-cluster.sh --private-install), loads
# about MEGABYTES of real plan text (the seeds in ../shared/seeds, cut into
# documents at line breaks of about 4 kB and repeated), and times
#
#   SELECT count(*), sum(value) FROM bench_docs, LATERAL plan_indicators(body)
#
# with max_parallel_workers_per_gather = 0 (serial) and = 2 (both cores),
# best of three runs each.  Prints the parallel plan and the speed-up.
# Skips when ../shared/seeds is absent.  Never part of make test: timings
# depend on the machine; docs/batch.md records measured figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
seeds="${PLAN_EXT_SEEDS:-$top/../shared/seeds}"
mb="${1:-8}"

if [ "${2:-}" != "--inside" ]; then
	if [ ! -d "$seeds" ]; then
		echo "# SKIP: $seeds not found"
		exit 0
	fi
	cd "$top"
	exec test/scripts/with-cluster.sh --private-install \
		--conf "max_parallel_workers_per_gather = 2" \
		--conf "max_parallel_workers = 4" \
		-- bash "$here/parallel_bench.sh" "$mb" --inside
fi

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE EXTENSION plan_ext" -c "CREATE TABLE bench_seed (body text)"
# cut every seed into ~4 kB documents at line (or sentence) boundaries
python3 - "$seeds" > "${PLAN_EXT_CLUSTER}/bench_docs.tsv" <<'PY'
import glob, os, sys
out = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))):
    text = open(path, encoding="utf-8").read()
    chunk = ""
    for part in text.replace("。", "。\n").split("\n"):
        chunk += part
        if len(chunk.encode()) >= 4096:
            out.append(chunk); chunk = ""
    if chunk.strip():
        out.append(chunk)
for doc in out:
    print(doc.replace("\\", "\\\\").replace("\t", " ").replace("\r", " "))
PY
q -c "\\copy bench_seed (body) FROM '${PLAN_EXT_CLUSTER}/bench_docs.tsv'"
q <<SQL
CREATE TABLE bench_docs (id bigserial PRIMARY KEY, body text NOT NULL);
INSERT INTO bench_docs (body)
SELECT s.body FROM generate_series(1, greatest(1, ($mb * 1048576) /
		(SELECT sum(octet_length(body)) FROM bench_seed))::int) g, bench_seed s;
ALTER TABLE bench_docs SET (parallel_workers = 2);
VACUUM ANALYZE bench_docs;
SQL
echo "# documents: $(q -c 'SELECT count(*) FROM bench_docs'), text: $(q -c "SELECT pg_size_pretty(sum(octet_length(body))) FROM bench_docs")"
echo "# cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"

query="SELECT count(*), sum(i.value) FROM bench_docs d, LATERAL plan_indicators(d.body) i"
settings="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;"

echo "# plan with 2 workers:"
q -c "$settings SET max_parallel_workers_per_gather = 2; EXPLAIN (COSTS OFF) $query" | sed 's/^/#   /'

best() {	# best wall time in ms over three runs with $1 workers
	local w="$1" b="" t
	for _ in 1 2 3; do
		t=$(q -c "$settings SET max_parallel_workers_per_gather = $w;" -c "\\timing on" -c "$query" \
			| sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
		if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b="$t"; fi
	done
	echo "$b"
}
rows=$(q -c "$query" | cut -d'|' -f1)
serial=$(best 0)
parallel=$(best 2)
mbytes=$(q -c "SELECT sum(octet_length(body)) / 1048576.0 FROM bench_docs")
awk -v s="$serial" -v p="$parallel" -v r="$rows" -v m="$mbytes" 'BEGIN {
	printf "serial:   %8.0f ms  %6.2f MB/s  (%d rows)\n", s, m / (s / 1000), r;
	printf "parallel: %8.0f ms  %6.2f MB/s  (2 workers + leader)\n", p, m / (p / 1000);
	printf "speed-up: %.2fx\n", s / p }'

# plan_extract over the same table: first run, an idle re-run, and a re-run
# after 1% of the documents changed
timed() { q -c "\\timing on" -c "SET client_min_messages = warning" -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1; }
first=$(timed "CALL plan_extract('bench_docs', target => 'bench_rows', batch_size => 200)")
idle=$(timed "CALL plan_extract('bench_docs', target => 'bench_rows', batch_size => 200)")
q -c "UPDATE bench_docs SET body = body || '。' WHERE id % 100 = 0"
changed=$(timed "CALL plan_extract('bench_docs', target => 'bench_rows', batch_size => 200)")
awk -v f="$first" -v i="$idle" -v c="$changed" -v m="$mbytes" 'BEGIN {
	printf "plan_extract first run: %8.0f ms  %6.2f MB/s\n", f, m / (f / 1000);
	printf "plan_extract, nothing changed: %8.0f ms\n", i;
	printf "plan_extract, 1%% of documents changed: %8.0f ms\n", c }'
