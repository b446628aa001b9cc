#!/usr/bin/env bash
# search_throughput.sh: to_tsvector('plan_zh') and plan_tsvector (the same
# tsvector, built directly) against to_tsvector('simple'), timed inside ONE
# session, alternating, so that all see the same load on a shared machine;
# plus diagnostic configurations that show where plan_zh's time goes.
#
#   test/scripts/with-cluster.sh --private-install -- test/bench/search_throughput.sh [MB] [RUNS]
#
# Builds a table of seed paragraphs (../shared/seeds, cut like
# bench-throughput does) repeated to about MB megabytes (default 5), then
# runs each configuration RUNS times (default 7) in rotation and prints,
# per configuration, the fastest and the median time and simple's time
# divided by it (the throughput ratio; 1.0 = as fast as simple).  The
# fastest run is the least disturbed by other processes; the median shows
# the spread.
#
#   plan_tsvector  plan_tsvector(body), equal to to_tsvector('plan_zh', body)
#   tp_none    plan_parser with no token type mapped: parsing only
#   tp_nosub   plan_zh without sub-words (dictionary option subwords = false)
#   tp_nochar  plan_zh with cjkchar unmapped (no single-character lexemes)
#   tp_words   neither sub-words nor single characters
# (the last three lose recall: they show what the lexemes cost, they are
# not alternatives)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
seeds="${PLAN_SEEDS:-$here/../../../shared/seeds}"
mb="${1:-5}"
runs="${2:-7}"
[ -d "$seeds" ] || { echo "search_throughput: $seeds is absent, skipping"; exit 0; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

reps=$("$here/seed_corpus.sh" "$seeds" "$mb" "$tmp/docs.tsv")

psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS plan_ext;
DROP TABLE IF EXISTS tp_docs;
CREATE UNLOGGED TABLE tp_docs (body text);
\copy tp_docs from '$tmp/docs.tsv'
VACUUM ANALYZE tp_docs;
DROP TEXT SEARCH CONFIGURATION IF EXISTS tp_none, tp_nosub, tp_nochar, tp_words;
DROP TEXT SEARCH DICTIONARY IF EXISTS tp_nosub_dict;
CREATE TEXT SEARCH CONFIGURATION tp_none (PARSER = plan_parser);
CREATE TEXT SEARCH DICTIONARY tp_nosub_dict (TEMPLATE = plan_zh_template, subwords = false);
CREATE TEXT SEARCH CONFIGURATION tp_nosub (COPY = plan_zh);
ALTER TEXT SEARCH CONFIGURATION tp_nosub ALTER MAPPING REPLACE plan_zh_dict WITH tp_nosub_dict;
CREATE TEXT SEARCH CONFIGURATION tp_nochar (COPY = plan_zh);
ALTER TEXT SEARCH CONFIGURATION tp_nochar DROP MAPPING FOR cjkchar;
CREATE TEXT SEARCH CONFIGURATION tp_words (COPY = tp_nosub);
ALTER TEXT SEARCH CONFIGURATION tp_words DROP MAPPING FOR cjkchar;
SQL
psql -X -At -c "select pg_size_pretty(sum(octet_length(body))), count(*),
	sum(length(to_tsvector('simple', body))), sum(length(to_tsvector('plan_zh', body)))
	from tp_docs" | awk -F'|' '{print "corpus: " $1 " in " $2 " paragraphs; distinct lexemes per row summed: simple " $3 ", plan_zh " $4}'
psql -X -At -c "select sum(cardinality(t.lexemes)) / $reps, sum(cardinality(t.lexemes)) filter (where t.alias = 'cjkchar') / $reps
	from tp_docs, ts_debug('plan_zh', tp_docs.body) t" |
	awk -F'|' '{print "plan_zh lexemes per copy of the seeds (before make_tsvector merges duplicates): " $1 ", of which single characters " $2}'

{
	echo '\timing on'
	for _ in $(seq "$runs"); do
		for cfg in simple plan_zh tp_none tp_nosub tp_nochar tp_words; do
			echo "select '$cfg', sum(length(to_tsvector('$cfg', body))) from tp_docs;"
		done
		echo "select 'plan_tsvector', sum(length(plan_tsvector(body))) from tp_docs;"
	done
} | psql -X -At -v ON_ERROR_STOP=1 | awk '
	/\|/ && !/^Time/ { split($0, f, "|"); cur = f[1] }
	/^Time: / && cur != "" { n[cur]++; t[cur, n[cur]] = $2; cur = "" }
	END {
		split("simple plan_zh plan_tsvector tp_none tp_nosub tp_nochar tp_words", order, " ");
		for (o = 1; o <= 7; o++) {
			c = order[o]; k = n[c];
			for (i = 1; i <= k; i++) v[i] = t[c, i];
			for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
			mn[c] = v[1]; md[c] = v[int((k + 1) / 2)];
		}
		printf "%-14s %10s %10s %14s %14s\n", "config", "min ms", "median ms", "simple/x min", "simple/x med";
		for (o = 1; o <= 7; o++) {
			c = order[o];
			printf "%-14s %10.1f %10.1f %14.3f %14.3f\n", c, mn[c], md[c], mn["simple"] / mn[c], md["simple"] / md[c];
		}
	}'
psql -X -q -c "DROP TABLE tp_docs" -c "DROP TEXT SEARCH CONFIGURATION tp_none, tp_nosub, tp_nochar, tp_words" -c "DROP TEXT SEARCH DICTIONARY tp_nosub_dict"
